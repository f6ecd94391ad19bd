/**
 * Retention: keep at most `maxCount` entries, `maxBytes` of live database pages, and nothing older
 * than `maxAgeMs`. The oldest entries (by timestamp) go first. Deletes run in chunks, each its own
 * short transaction with the event loop free in between, so ingest and queries keep going while a
 * large backlog is trimmed. Freed pages are reused by later inserts, so the file stops growing at
 * about `maxBytes` (it is not shrunk: a VACUUM would stall everything).
 */
import type { RetentionCounters, RetentionPolicy } from '@trawl/api';
import { writeWhenFree } from './lock.js';
import type { EntryStore } from './store.js';

// The shapes are the API's (`/api/stats` shows them as `retention`).
export type { RetentionCounters, RetentionPolicy };

/** Rows per DELETE statement: ~50 ms of work on the bench machine. */
export const RETENTION_CHUNK = 5_000;
/** Bytes retention trims to this fraction of the limit, so it does not run again at once. */
const BYTES_LOW_WATER = 0.9;

export function newRetentionCounters(): RetentionCounters {
  return { runs: 0, dropped: { count: 0, bytes: 0, age: 0 }, lastRunAt: null, lastError: null };
}

const tick = () => new Promise<void>((r) => setImmediate(r));

/** One retention pass: deletes until every limit holds. Counts what it dropped by reason. */
export async function runRetention(store: EntryStore, policy: RetentionPolicy, counters: RetentionCounters, now = Date.now()): Promise<void> {
  counters.runs++;
  counters.lastRunAt = now;
  const oldest = store.db.prepare(
    'DELETE FROM entries WHERE rowid IN (SELECT rowid FROM entries ORDER BY ts ASC, rowid ASC LIMIT ?)',
  );
  const olderThan = store.db.prepare(
    'DELETE FROM entries WHERE rowid IN (SELECT rowid FROM entries WHERE ts < ? ORDER BY ts ASC LIMIT ?)',
  );
  // Each chunk waits for the ingest writer's lock with the event loop free (lock.ts); one still
  // locked out after 30 s, or a store closed meanwhile, ends the pass (`null`): the next carries on.
  const drop = async (reason: keyof RetentionCounters['dropped'], statement: typeof oldest, ...args: number[]): Promise<number | null> => {
    const done = await writeWhenFree(store.db, () => statement.run(...args).changes, { isOpen: () => store.isOpen });
    if (done === null) return null;
    const n = done.value;
    store.noteDeleted(n);
    counters.dropped[reason] += n;
    return n;
  };
  try {
    if (policy.maxAgeMs !== undefined) {
      const bound = now - policy.maxAgeMs;
      for (;;) {
        const n = await drop('age', olderThan, bound, RETENTION_CHUNK);
        if (n === null) return;
        if (n === 0) break;
        await tick();
      }
    }
    if (policy.maxCount !== undefined) {
      for (;;) {
        if (!store.isOpen) return;
        const excess = store.rows - policy.maxCount;
        if (excess <= 0) break;
        const n = await drop('count', oldest, Math.min(excess, RETENTION_CHUNK));
        if (n === null) return;
        if (n === 0) break;
        await tick();
      }
    }
    if (policy.maxBytes !== undefined) {
      for (;;) {
        if (!store.isOpen) return;
        const used = store.usedBytes();
        if (used <= policy.maxBytes || store.rows === 0) break;
        // Rows to drop, from the average row size; freed pages show up in `freelist_count` at once.
        const perRow = used / store.rows;
        const want = Math.ceil((used - policy.maxBytes * BYTES_LOW_WATER) / perRow);
        const n = await drop('bytes', oldest, Math.max(1, Math.min(want, RETENTION_CHUNK)));
        if (n === null) return;
        if (n === 0) break;
        await tick();
      }
    }
    counters.lastError = null;
  } catch (e) {
    counters.lastError = (e as Error).message;
    throw e;
  }
}

/** Parses `24h`, `7d`, `30m`, `90s`, `500ms` or plain milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d{1,12})(ms|s|m|h|d|w)?$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 }[(m[2] ?? 'ms') as 'ms'];
  return n * unit;
}

/** Parses `1000000`, `512MB`, `2GiB`, `100k` … (decimal and binary units). */
export function parseBytes(text: string): number | undefined {
  const m = /^(\d{1,15}(?:\.\d{1,6})?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult: Record<string, number> = {
    b: 1, k: 1e3, kb: 1e3, kib: 2 ** 10, m: 1e6, mb: 1e6, mib: 2 ** 20, g: 1e9, gb: 1e9, gib: 2 ** 30, t: 1e12, tb: 1e12, tib: 2 ** 40,
  };
  return Math.floor(Number(m[1]) * (mult[unit] as number));
}
