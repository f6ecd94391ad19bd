/**
 * Retention: keep at most `maxCount` entries, `maxBytes` of live database pages, and nothing older
 * than `maxAgeMs`. The oldest entries (by timestamp) go first: whole partitions dropped as tables
 * when they are wholly past a limit, the rest deleted in chunks, each its own short transaction
 * with the event loop free in between, so ingest and queries keep going while a large backlog is
 * trimmed. Freed pages are reused by later inserts, so the file stops growing at
 * about `maxBytes` (it is not shrunk: a VACUUM would stall everything).
 */
import type { RetentionCounters, RetentionPolicy } from '@trawl/api';
import { writeWhenFree } from './lock.js';
import { dropPartition, readPartitions, type Partition } from './partitions.js';
import { partitionLayout } from './rows.js';
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

/**
 * One retention pass: drops until every limit holds, oldest first. A partition (partitions.ts) that
 * is wholly past a limit is dropped as a table (one short transaction whatever its size); the
 * rest is deleted in chunks. Counts what it dropped by reason.
 */
export async function runRetention(store: EntryStore, policy: RetentionPolicy, counters: RetentionCounters, now = Date.now()): Promise<void> {
  counters.runs++;
  counters.lastRunAt = now;
  const db = store.db;
  const columns = partitionLayout().columns;
  // Each step waits for the ingest writer's lock with the event loop free (lock.ts); one still
  // locked out after 30 s, or a store closed meanwhile, ends the pass (`null`): the next carries on.
  // `step` runs in one IMMEDIATE transaction and returns how many entries it removed, and whether
  // it did anything (an empty partition dropped removes no entry). `drop` answers 0 when it did not.
  type Step = { removed: number; acted: boolean };
  const drop = async (reason: keyof RetentionCounters['dropped'], step: (oldest: Partition, parts: Partition[]) => Step): Promise<number | null> => {
    const run = db.transaction(() => {
      const parts = readPartitions(db);
      return step(parts[0] as Partition, parts);
    });
    const done = await writeWhenFree(db, () => run.immediate(), { isOpen: () => store.isOpen });
    if (done === null) return null;
    const { removed, acted } = done.value;
    store.noteDeleted(removed);
    counters.dropped[reason] += removed;
    return acted ? Math.max(1, removed) : 0;
  };
  const deleted = (changes: number): Step => ({ removed: changes, acted: changes > 0 });
  const count = (p: Partition) => (db.prepare(`SELECT count(*) AS n FROM ${p.name}`).get() as { n: number }).n;
  /** Drops the oldest partition as a table (never the only one). */
  const dropWhole = (oldest: Partition, parts: Partition[], rows = count(oldest)): Step => {
    dropPartition(db, parts, oldest, columns);
    return { removed: rows, acted: true };
  };
  /** Removes the oldest `want` entries of the oldest partition, or all of it (as a table) when it has no more and is not the only one. */
  const removeOldest = (want: number) => (oldest: Partition, parts: Partition[]): Step => {
    const n = count(oldest);
    if (parts.length > 1 && n <= want) return dropWhole(oldest, parts, n);
    const chunk = Math.min(want, RETENTION_CHUNK);
    return deleted(db.prepare(`DELETE FROM ${oldest.name} WHERE rowid IN (SELECT rowid FROM ${oldest.name} ORDER BY ts ASC, rowid ASC LIMIT ?)`).run(chunk).changes);
  };
  try {
    if (policy.maxAgeMs !== undefined) {
      const bound = now - policy.maxAgeMs;
      for (;;) {
        const n = await drop('age', (oldest, parts) => {
          const newest = (db.prepare(`SELECT max(ts) AS m FROM ${oldest.name}`).get() as { m: number | null }).m;
          if (parts.length > 1 && (newest === null || newest < bound)) return dropWhole(oldest, parts);
          return deleted(db.prepare(`DELETE FROM ${oldest.name} WHERE rowid IN (SELECT rowid FROM ${oldest.name} WHERE ts < ? ORDER BY ts ASC LIMIT ?)`).run(bound, RETENTION_CHUNK).changes);
        });
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
        const n = await drop('count', removeOldest(excess));
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
        const n = await drop('bytes', removeOldest(Math.max(1, want)));
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
