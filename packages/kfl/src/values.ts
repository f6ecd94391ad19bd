/**
 * The meaning of values, shared by the predicate (and mirrored in SQL by sql/values.ts):
 * null = missing; numbers and numeric strings compare as numbers; strings as strings; booleans only
 * equal booleans; lists and maps equal nothing. `!=` is always `not ==`; ordering with null is false.
 */
import type { CompareOp, Segment } from './ast.js';

/** What counts as a number written as a string: `-?digits(.digits)?`. SQL checks the same shape. */
export const NUMERIC_STRING = /^-?[0-9]+(?:\.[0-9]+)?$/;

export const isNumericString = (s: string): boolean => NUMERIC_STRING.test(s);

export function eq(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) return ta === 'object' ? false : a === b;
  if (ta === 'number' && tb === 'string') return isNumericString(b as string) && Number(b) === a;
  if (ta === 'string' && tb === 'number') return isNumericString(a as string) && Number(a) === b;
  return false;
}

function ordered(op: CompareOp, a: number | string, b: number | string): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    default:
      return false;
  }
}

export function compare(op: CompareOp, a: unknown, b: unknown): boolean {
  if (op === '==') return eq(a, b);
  if (op === '!=') return !eq(a, b);
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'number' && tb === 'number') return ordered(op, a as number, b as number);
  if (ta === 'string' && tb === 'string') return ordered(op, a as string, b as string);
  if (ta === 'number' && tb === 'string') return isNumericString(b as string) && ordered(op, a as number, Number(b));
  if (ta === 'string' && tb === 'number') return isNumericString(a as string) && ordered(op, Number(a), b as number);
  return false;
}

export function truthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'object':
      return Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0;
    default:
      return false;
  }
}

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One step: keys only into maps (own keys), indexes only into lists; anything else is missing. */
export function step(v: unknown, s: Segment): unknown {
  if ('key' in s) return isMap(v) && Object.hasOwn(v, s.key) ? v[s.key] : null;
  if ('index' in s) return Array.isArray(v) && s.index < v.length ? v[s.index] : null;
  return null;
}

/** Every value a path with `[*]` reaches; `[*]` walks list items and map values. */
export function collect(root: unknown, path: readonly Segment[], from = 0, out: unknown[] = []): unknown[] {
  let v = root;
  for (let i = from; i < path.length; i++) {
    const s = path[i] as Segment;
    if ('any' in s) {
      const items = Array.isArray(v) ? v : isMap(v) ? Object.values(v) : [];
      for (const item of items) collect(item, path, i + 1, out);
      return out;
    }
    // Missing stops the walk; a JSON null at the end is a reached value (SQL sees it too).
    if ('key' in s) {
      if (!isMap(v) || !Object.hasOwn(v, s.key)) return out;
      v = v[s.key];
    } else {
      if (!Array.isArray(v) || s.index >= v.length) return out;
      v = v[s.index];
    }
    if ((v === null || v === undefined) && i < path.length - 1) return out;
  }
  out.push(v);
  return out;
}

/** `len(x)`: characters of a string, items of a list, keys of a map; otherwise null. */
export function len(v: unknown): number | null {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (isMap(v)) return Object.keys(v).length;
  return null;
}

/** ASCII-only case folding, exactly what SQLite's lower()/upper() do without ICU. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
export function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
