/**
 * Pages and counts over stored entries for a compiled query. Pages are newest first by
 * (timestamp, insertion order) and read through kfl's `selectPage` (its two-step window keeps an
 * indexed filter's first page fast on millions of rows); the cursor adds the entries that share
 * the previous page's last timestamp, so paging visits every entry exactly once.
 */
import { selectEntryJsonSql, selectPage, type PageRow, type QueryTarget, type SqlQuery } from '@trawl/kfl';
import { formatCursor, type Cursor } from './cursor.js';
import type { HubQuery } from './compiled.js';
import { fromPartition, partitionsNewestFirst, type PartitionRange } from './partitions.js';

export interface PageRequest {
  limit: number;
  /** Entries older than this cursor (or time). */
  before?: Cursor;
  /** Entries newer than this cursor (or time). */
  after?: Cursor;
}

export interface PageResult {
  /** Each entry as JSON text (the store's own serialisation; the route splices them). */
  rows: PageRow[];
  /** Cursor for the following (older) page; null when this page is the last. */
  next: string | null;
}

function afterClause(sql: SqlQuery, after: Cursor | undefined): SqlQuery {
  if (!after) return sql;
  if (after.rowid === undefined) return { ...sql, where: `entries.ts > ? AND (${sql.where})`, params: [after.ts, ...sql.params] };
  // `ts >= ?` first: a range the ts index serves; the OR only sorts out the ties.
  return {
    ...sql,
    where: `entries.ts >= ? AND (entries.ts > ? OR entries.rowid > ?) AND (${sql.where})`,
    params: [after.ts, after.ts, after.rowid, ...sql.params],
  };
}

export function pageEntries(db: QueryTarget, q: HubQuery, req: PageRequest): PageResult {
  const limit = Math.max(1, Math.min(req.limit, q.limit ?? Infinity));
  const sql = afterClause(q.sql, req.after);
  const rows: PageRow[] = [];
  const before = req.before;
  // Partitions hold disjoint ranges of timestamps: read newest first, one after another, those
  // that can hold an entry between the cursors, until the page is full.
  // A cursor with a rowid also wants the rest of its own timestamp; a plain time bound only what is below it.
  const range = before === undefined ? {} : before.rowid === undefined ? { to: before.ts } : { through: before.ts };
  const parts = partitionsNewestFirst(db, { from: req.after?.ts, ...range });
  let lastFrom: PartitionRange | undefined;
  let visited = 0;
  for (const part of parts) {
    const from = fromPartition(part);
    const taken = rows.length;
    if (before?.rowid !== undefined && before.ts >= part.lo && before.ts < part.hi) {
      // The rest of the previous page's last timestamp: inserted earlier than the cursor's row.
      const tie = db.prepare(
        `SELECT entries.id AS id, entries.ts AS ts, ${selectEntryJsonSql()} FROM ${from} ` +
          `WHERE entries.ts = ? AND entries.rowid < ? AND (${sql.where}) ORDER BY entries.rowid DESC`,
      );
      for (const row of tie.iterate(before.ts, before.rowid, ...sql.params) as IterableIterator<PageRow>) {
        if (sql.postFilter && !q.predicate(JSON.parse(row.json))) continue;
        rows.push(row);
        if (rows.length >= limit) break;
      }
    }
    if (rows.length < limit) {
      // kfl's two-step window (the newest rows first) serves common matches; it is used in the
      // newest two partitions read (the newest may have just been started). A page still short
      // after them is a rare match: one query per older partition, the planner's choice of index
      // (100 partitions of 10k, no match: 23 ms a page with the window in every one, 1.5-2.4 ms so).
      const window = visited++ < 2 ? undefined : Infinity;
      rows.push(...selectPage(db, sql, { limit: limit - rows.length, before: before?.ts, predicate: q.predicate, from, window }));
    }
    if (rows.length > taken) lastFrom = part;
    if (rows.length >= limit) break;
  }
  let next: string | null = null;
  // `limit(n)` in the query caps the whole answer: no further page.
  if (rows.length === limit && q.limit === undefined && lastFrom) {
    const last = rows[rows.length - 1] as PageRow;
    const r = db.prepare(`SELECT rowid FROM ${lastFrom.name} WHERE id = ?`).get(last.id) as { rowid: number } | undefined;
    if (r && last.ts !== null) next = formatCursor({ ts: last.ts, rowid: r.rowid });
  }
  return { rows, next };
}

export function countEntries(db: QueryTarget, q: HubQuery, storedRows?: number): number {
  const cap = q.limit ?? Infinity;
  if (q.sql.where === '1' && !q.sql.postFilter && storedRows !== undefined) return Math.min(storedRows, cap);
  if (!q.sql.postFilter) {
    const r = db.prepare(`SELECT count(*) AS n FROM entries WHERE ${q.sql.where}`).get(...q.sql.params) as { n: number };
    return Math.min(r.n, cap);
  }
  let n = 0;
  const it = db.prepare(`SELECT ${selectEntryJsonSql()} FROM entries WHERE ${q.sql.where}`).iterate(...q.sql.params) as IterableIterator<{ json: string }>;
  for (const row of it) {
    if (q.predicate(JSON.parse(row.json))) n++;
    if (n >= cap) break;
  }
  return n;
}
