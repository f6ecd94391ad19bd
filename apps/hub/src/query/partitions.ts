/**
 * The store's time partitions as queries read them (store/partitions.ts): newest first, each with
 * the range of timestamps it can hold, `[lo, hi)`. Queries that read newest first (pages, stats,
 * the service map) read one partition after another, `FROM <partition> AS entries`, so the
 * compiled KFL (which names `entries`) applies unchanged; counts and id lookups use the view.
 */
import type { QueryTarget } from '@trawl/kfl';
import { readPartitions } from '../store/partitions.js';

export interface PartitionRange {
  name: string;
  /** -Infinity for the oldest. */
  lo: number;
  /** Infinity for the newest. */
  hi: number;
}

/**
 * The partitions that can hold a timestamp in `[from, to)` (or `[from, through]`), newest first.
 * A database without the catalog (a bare kfl `entries` table) reads as one partition `entries`.
 */
export function partitionsNewestFirst(db: QueryTarget, range: { from?: number; to?: number; through?: number } = {}): PartitionRange[] {
  let rows: Array<{ name: string; lo: number | null }>;
  try {
    rows = readPartitions(db as Parameters<typeof readPartitions>[0]).reverse();
  } catch (e) {
    if (!/no such table/.test((e as Error).message)) throw e;
    rows = [{ name: 'entries', lo: null }];
  }
  const out: PartitionRange[] = [];
  let hi = Infinity;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const lo = i === rows.length - 1 || row.lo === null ? -Infinity : row.lo;
    const below = (range.to === undefined || lo < range.to) && (range.through === undefined || lo <= range.through);
    if ((range.from === undefined || hi > range.from) && below) out.push({ name: row.name, lo, hi });
    hi = lo;
  }
  return out;
}

/** `FROM` source of one partition under the name the compiled KFL uses. */
export const fromPartition = (p: PartitionRange) => (p.name === 'entries' ? 'entries' : `${p.name} AS entries`);

/**
 * The rows of `select(from)` (a query ordered by `entries.ts DESC`) over each partition overlapping
 * `range`, newest first: one ordered stream, as one table would give it.
 */
export function* newestFirst<T>(db: QueryTarget, range: { from?: number; to?: number }, select: (from: string) => string, params: readonly unknown[]): Generator<T> {
  for (const part of partitionsNewestFirst(db, range)) {
    yield* db.prepare(select(fromPartition(part))).iterate(...params) as IterableIterator<T>;
  }
}
