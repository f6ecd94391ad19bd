// Builds HTTP/2 bytes by hand for tests: frames, HPACK literals and indexed fields, and a runner
// that feeds a scripted conversation to a fresh Http2Session (optionally byte by byte).
import type { ChunkMeta, Direction } from '../../engine/types.js';
import type { EngineLimits } from '../../limits.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import { createHttp2Dissector } from '../index.js';
import type { Http2Refiner } from '../build.js';
import { PREFACE } from '../frame.js';

export { PREFACE };

export function cat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const hex = (s: string): Uint8Array => new Uint8Array((s.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));

export function frame(type: number, flags: number, stream: number, payload: Uint8Array | number[] = []): Uint8Array {
  const p = payload instanceof Uint8Array ? payload : Uint8Array.from(payload);
  return cat([p.length >> 16, (p.length >> 8) & 0xff, p.length & 0xff, type, flags, (stream >>> 24) & 0x7f, (stream >> 16) & 0xff, (stream >> 8) & 0xff, stream & 0xff], p);
}

/** HPACK integer with an N-bit prefix and the given high bits. */
export function hpackInt(value: number, prefix: number, high: number): number[] {
  const max = (1 << prefix) - 1;
  if (value < max) return [high | value];
  const out = [high | max];
  value -= max;
  while (value >= 128) {
    out.push((value & 0x7f) | 0x80);
    value >>= 7;
  }
  out.push(value);
  return out;
}

function str(s: string): number[] {
  const b = utf8(s);
  return [...hpackInt(b.length, 7, 0), ...b];
}

/** Literal without indexing, new name. */
export const lit = (name: string, value: string): number[] => [0x00, ...str(name), ...str(value)];
/** Literal with incremental indexing, new name (enters the dynamic table). */
export const litIdx = (name: string, value: string): number[] => [0x40, ...str(name), ...str(value)];
/** Literal with incremental indexing, name from the table. */
export const litIdxName = (index: number, value: string): number[] => [...hpackInt(index, 6, 0x40), ...str(value)];
/** Indexed field. */
export const idx = (index: number): number[] => hpackInt(index, 7, 0x80);
export const block = (...fields: number[][]): Uint8Array => Uint8Array.from(fields.flat());

export const GET = 2;
export const POST = 3;
export const PATH_ROOT = 4;
export const SCHEME_HTTP = 6;
export const STATUS_200 = 8;
export const STATUS_404 = 13;

export type Step = { dir: Direction; data: Uint8Array; ts?: number } | { gap: Direction; length: number; ts?: number };

export interface RunOptions {
  split?: number;
  limits?: Partial<EngineLimits>;
  refiners?: readonly Http2Refiner[];
  noClose?: boolean;
}

export function run(steps: Step[], options: RunOptions = {}): FakeContext {
  const ctx = fakeContext(options.limits);
  const session = createHttp2Dissector(options.refiners ? { refiners: options.refiners } : {}).createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    ts = step.ts ?? ts;
    if ('gap' in step) {
      session.gap(step.gap, step.length, meta(offset[step.gap], ts));
      offset[step.gap] += step.length;
      continue;
    }
    const size = Math.max(options.split ?? step.data.length, 1);
    for (let i = 0; i < step.data.length; i += size) {
      const piece = step.data.slice(i, i + size);
      session.feed(step.dir, piece, meta(offset[step.dir], ts));
      offset[step.dir] += piece.length;
    }
  }
  if (!options.noClose) session.close(ts);
  return ctx;
}

const meta = (offset: number, ts: number): ChunkMeta => ({ offset, ts, peerAck: -1 });
export const c2s = (data: Uint8Array, ts?: number): Step => ({ dir: 0, data, ts });
export const s2c = (data: Uint8Array, ts?: number): Step => ({ dir: 1, data, ts });
