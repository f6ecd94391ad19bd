// JSON helpers with bounds: parse without throwing, and copy a parsed value keeping at most a
// fixed number of nodes, depth, string length and entries (for `request.variables`).
import { GRAPHQL_LIMITS } from './limits.js';

/** Parsed JSON, or `undefined` when the text is not JSON or is over `maxJsonChars`. */
export function parseJson(text: string): unknown {
  if (text.length > GRAPHQL_LIMITS.maxJsonChars) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Does the text start, after white space, with `{` or `[` (cheap check before parsing)? */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    return c === 123 || c === 91;
  }
  return false;
}

export interface Bounded {
  value: unknown;
  /** Something was cut (a string, entries, depth, or the node budget). */
  cut: boolean;
}

/**
 * A copy of `value` within the variable limits: strings cut with `…`, arrays and objects keep their
 * first entries, deeper values and values past the node budget become `"[…]"`.
 */
export function boundJson(value: unknown): Bounded {
  const L = GRAPHQL_LIMITS;
  let nodes = 0;
  let cut = false;
  const copy = (v: unknown, depth: number): unknown => {
    if (++nodes > L.maxVariableNodes || depth > L.maxVariableDepth) {
      cut = true;
      return '[…]';
    }
    if (typeof v === 'string') {
      if (v.length <= L.maxVariableStringChars) return v;
      cut = true;
      return `${v.slice(0, L.maxVariableStringChars)}…`;
    }
    if (Array.isArray(v)) {
      if (v.length > L.maxVariableEntries) cut = true;
      const out: unknown[] = [];
      for (let i = 0; i < v.length && i < L.maxVariableEntries; i++) out.push(copy(v[i], depth + 1));
      return out;
    }
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      let n = 0;
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        if (n++ >= L.maxVariableEntries) {
          cut = true;
          break;
        }
        // defineProperty: a `__proto__` key stays a plain key of the copy.
        Object.defineProperty(out, k, { value: copy((v as Record<string, unknown>)[k], depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return v;
  };
  return { value: copy(value, 0), cut };
}
