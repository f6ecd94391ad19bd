/**
 * Query-parameter validation. Each route names the parameters it accepts; an unknown or repeated
 * parameter, or a value out of range, is a BadParameter naming it (a 400).
 */
import type { Context } from 'hono';
import { MAX_QUERY_LENGTH } from '@trawl/kfl';
import { parseCursor, parseTime, type Cursor } from '../query/cursor.js';
import { BadParameter } from './errors.js';

/** `token` is accepted everywhere: EventSource cannot send an Authorization header. */
const ALWAYS_ALLOWED = ['token'];

export class Params {
  private readonly all: Record<string, string[]>;

  constructor(c: Context, allowed: readonly string[]) {
    this.all = c.req.queries();
    for (const [name, values] of Object.entries(this.all)) {
      if (!allowed.includes(name) && !ALWAYS_ALLOWED.includes(name)) {
        const list = allowed.length ? `accepted: ${allowed.join(', ')}` : 'this route takes none';
        throw new BadParameter(name, `unknown parameter ${JSON.stringify(name.slice(0, 64))} (${list})`);
      }
      if (values.length > 1) throw new BadParameter(name, `${name} is given more than once`);
    }
  }

  raw(name: string): string | undefined {
    return this.all[name]?.[0];
  }

  /** The KFL query (`q`), empty meaning every entry. */
  query(name = 'q'): string {
    const v = this.raw(name) ?? '';
    if (v.length > MAX_QUERY_LENGTH) throw new BadParameter(name, `${name} must be at most ${MAX_QUERY_LENGTH} characters`);
    return v;
  }

  int(name: string, min: number, max: number, fallback: number): number;
  int(name: string, min: number, max: number): number | undefined;
  int(name: string, min: number, max: number, fallback?: number): number | undefined {
    const v = this.raw(name);
    if (v === undefined || v === '') return fallback;
    const n = /^-?\d{1,16}$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new BadParameter(name, `${name} must be an integer ${min}..${max}`);
    return n;
  }

  cursor(name: string): Cursor | undefined {
    const v = this.raw(name);
    if (v === undefined || v === '') return undefined;
    const c = parseCursor(v);
    if (!c) throw new BadParameter(name, `${name} must be a cursor from "next", a time in ms since the epoch, or an ISO 8601 date-time`);
    return c;
  }

  time(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined || v === '') return undefined;
    const t = parseTime(v);
    if (t === undefined) throw new BadParameter(name, `${name} must be a time in ms since the epoch or an ISO 8601 date-time`);
    return t;
  }
}
