/**
 * Values for KFL completion, read from the store: distinct values of the common fields among the
 * most recent entries (a bounded scan through the ts index), cached for a few seconds so typing
 * does not query the database on every key.
 */
import type { QueryTarget } from '@trawl/kfl';
import { fromPartition, partitionsNewestFirst } from './partitions.js';

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
    // The newest rows, partition after partition (newest first), counted by value.
    const counts = new Map<string | number, number>();
    let seen = 0;
    for (const part of partitionsNewestFirst(this.db)) {
      const rows = this.db.prepare(`SELECT entries.${column} AS v FROM ${fromPartition(part)} ORDER BY entries.ts DESC LIMIT ${COMPLETION_RECENT_ROWS - seen}`).all() as Array<{ v: string | number | null }>;
      seen += rows.length;
      for (const r of rows) if (r.v !== null) counts.set(r.v, (counts.get(r.v) ?? 0) + 1);
      if (seen >= COMPLETION_RECENT_ROWS) break;
    }
    // Most frequent first; ties in SQLite's order of values (numbers before text, then ascending).
    const order = (a: string | number, b: string | number) => (typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === 'number' ? -1 : 1);
    const values = [...counts]
      .sort((a, b) => b[1] - a[1] || order(a[0], b[0]))
      .slice(0, COMPLETION_MAX_VALUES)
      .map(([v]) => String(v));
    this.cache.set(column, { at: now, values });
    return values;
  }
}
