/**
 * What the store requires of an entry before it keeps it: a string id (the idempotence key) and a
 * numeric timestamp (paging, retention by age). Anything else in the Entry is the worker's business
 * and stored as sent; a value of the wrong type in an indexed column is stored as NULL by kfl.
 */
import type { Entry } from '@trawl/protocols';

/** An entry as the store sees it: the Entry's shape is trusted only for `id` and `timestamp`. */
export type StoredEntry = Pick<Entry, 'id' | 'timestamp'> & Record<string, unknown>;

/** Longest id the hub accepts (ids are `<node>/<capture>-<conn>-<n>`, far shorter). */
export const MAX_ID_LENGTH = 512;

export function checkEntry(e: unknown): StoredEntry | undefined {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return undefined;
  const r = e as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0 || r.id.length > MAX_ID_LENGTH) return undefined;
  if (typeof r.timestamp !== 'number' || !Number.isFinite(r.timestamp)) return undefined;
  return r as StoredEntry;
}
