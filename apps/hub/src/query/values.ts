/**
 * Values for KFL completion, read from the store: distinct values of the common fields among the
 * most recent entries (a bounded scan through the ts index), cached for a few seconds so typing
 * does not query the database on every key.
 */
import type { QueryTarget } from '@trawl/kfl';

/** KFL field → indexed column whose recent values are offered. */
export const COMPLETION_COLUMNS: Readonly<Record<string, string>> = {
  'src.name': 'src_name',
  'dst.name': 'dst_name',
  'src.namespace': 'src_namespace',
  'dst.namespace': 'dst_namespace',
  'request.method': 'method',
  'request.path': 'path',
  'response.status': 'status',
  'protocol.name': 'protocol',
  node: 'node',
};

export const COMPLETION_RECENT_ROWS = 10_000;
export const COMPLETION_MAX_VALUES = 50;
const CACHE_MS = 5_000;

export class CompletionValues {
  private cache = new Map<string, { at: number; values: string[] }>();

  constructor(private readonly db: QueryTarget) {}

  values(field: string, now = Date.now()): string[] {
    const column = COMPLETION_COLUMNS[field];
    if (!column) return [];
    const hit = this.cache.get(column);
    if (hit && now - hit.at < CACHE_MS) return hit.values;
    const rows = this.db
      .prepare(
        `SELECT ${column} AS v, count(*) AS n FROM (SELECT ${column} FROM entries ORDER BY ts DESC LIMIT ${COMPLETION_RECENT_ROWS}) ` +
          `WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY n DESC, v LIMIT ${COMPLETION_MAX_VALUES}`,
      )
      .all() as Array<{ v: string | number }>;
    const values = rows.map((r) => String(r.v));
    this.cache.set(column, { at: now, values });
    return values;
  }
}
