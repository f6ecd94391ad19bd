/**
 * A KFL query compiled once for the hub: the SQL over the entries table and the predicate that
 * post-filters rows the SQL over-selects (and filters the live stream). An empty query is "all".
 */
import { compile, normalize, type Compiled, type SqlQuery } from '@trawl/kfl';

export interface HubQuery {
  text: string;
  normalized: string;
  compiled: Compiled;
  sql: SqlQuery;
  predicate: (entry: unknown) => boolean;
  /** `limit(n)` in the query: caps the entries a page or a count answers with. */
  limit: number | undefined;
}

/** Throws KflError for a bad query (the API turns it into a 400 with the position). */
export function compileQuery(text: string, now = Date.now()): HubQuery {
  const compiled = compile(text);
  return {
    text,
    normalized: normalize(compiled.ast),
    compiled,
    sql: compiled.sql(undefined, { now }),
    predicate: compiled.predicate,
    limit: compiled.limit,
  };
}

/** Adds `ts` bounds to a compiled WHERE (kept first, so SQLite can use the ts index). */
export function withTimeRange(sql: SqlQuery, range: { from?: number; to?: number }): SqlQuery {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (range.from !== undefined) {
    parts.push('entries.ts >= ?');
    params.push(range.from);
  }
  if (range.to !== undefined) {
    parts.push('entries.ts < ?');
    params.push(range.to);
  }
  if (parts.length === 0) return sql;
  return { where: `${parts.join(' AND ')} AND (${sql.where})`, params: [...params, ...sql.params], postFilter: sql.postFilter };
}
