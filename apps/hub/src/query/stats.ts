/**
 * Aggregates for the dashboard over stored entries matching a query in a time range: a time series
 * (requests, errors, latency p50/p95/p99 per bucket, plus totals and the protocol mix) and the top
 * endpoints by volume, errors or latency. Errors are counted as on the service map (`isError`).
 *
 * Like the service map, a read is bounded (`STATS_MAX_ROWS`, newest first) because it blocks the
 * event loop; `truncated` says when the bound was reached.
 */
import type { LatencyPercentiles, TimeBucket, TimeSeriesResponse, TopBy, TopEndpoint, TopResponse } from '@trawl/api';
import type { QueryTarget } from '@trawl/kfl';
import { withTimeRange, type HubQuery } from './compiled.js';
import { newestFirst } from './partitions.js';
import { isError, percentile } from './servicemap.js';

export const STATS_MAX_ROWS = 200_000;
/** Most buckets a series may have (an explicit `step` that would make more is refused). */
export const MAX_BUCKETS = 2_000;
/** Steps an automatic series picks from: the smallest giving at most TARGET_BUCKETS. */
const NICE_STEPS = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);
const TARGET_BUCKETS = 120;

// The shapes are the API's (@trawl/api `stats.ts`), under the names the hub uses.
export type { TopBy };
export type Latency = LatencyPercentiles;
export type Bucket = TimeBucket;
export type TimeSeries = TimeSeriesResponse;
export type Endpoint = TopEndpoint;
/** The top endpoints as `topEndpoints` builds them: the API's answer without the range the route adds. */
export type Top = Omit<TopResponse, 'from' | 'to'>;

interface Row {
  ts: number;
  p: string | null;
  st: number | null;
  lat: number | null;
  m: string | null;
  path: string | null;
  dn: string | null;
  dns: string | null;
  dip: string | null;
  json?: string;
}

const lat = (sorted: number[]): Latency => ({ p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) });

function* rows(db: QueryTarget, q: HubQuery, range: { from?: number; to?: number }, cols: string, maxRows: number, state: { used: number; truncated: boolean }): Generator<Row> {
  const sql = withTimeRange(q.sql, range);
  const select = (from: string) => `SELECT ${cols}${sql.postFilter ? ', json(entries.json) AS json' : ''} FROM ${from} WHERE ${sql.where} ORDER BY entries.ts DESC`;
  for (const r of newestFirst<Row>(db, range, select, sql.params)) {
    if (sql.postFilter && !q.predicate(JSON.parse(r.json as string))) continue;
    if (state.used >= maxRows || (q.limit !== undefined && state.used >= q.limit)) {
      state.truncated = state.used >= maxRows;
      return;
    }
    state.used++;
    yield r;
  }
}

/** The step an automatic series uses for a span. */
export function autoStep(span: number): number {
  for (const s of NICE_STEPS) if (span / s <= TARGET_BUCKETS) return s;
  return Math.ceil(span / TARGET_BUCKETS / 86_400_000) * 86_400_000;
}

/**
 * Buckets cover [from, to) aligned to `step`; without `from` the oldest matching entry starts it,
 * without `to` now (or the newest entry, when later) ends it. Empty buckets are included.
 */
export function timeSeries(db: QueryTarget, q: HubQuery, range: { from?: number; to?: number }, step: number | undefined, options: { maxRows?: number; now?: number } = {}): TimeSeries {
  const state = { used: 0, truncated: false };
  const ts: number[] = [];
  const errs: boolean[] = [];
  const lats: (number | null)[] = [];
  const protocols = new Map<string | null, { protocol: string | null; count: number; errors: number }>();
  for (const r of rows(db, q, range, 'entries.ts AS ts, entries.protocol AS p, entries.status AS st, entries.latency AS lat', options.maxRows ?? STATS_MAX_ROWS, state)) {
    const e = isError(r.p, r.st);
    ts.push(r.ts);
    errs.push(e);
    lats.push(typeof r.lat === 'number' ? r.lat : null);
    let p = protocols.get(r.p);
    if (!p) protocols.set(r.p, (p = { protocol: r.p, count: 0, errors: 0 }));
    p.count++;
    if (e) p.errors++;
  }
  const now = options.now ?? Date.now();
  const newest = ts.length ? (ts[0] as number) : null;
  const oldest = ts.length ? (ts[ts.length - 1] as number) : null;
  const lo = range.from ?? oldest ?? now;
  const hi = range.to ?? Math.max(now, newest !== null ? newest + 1 : now);
  const s = step ?? autoStep(Math.max(1, hi - lo));
  const start = Math.floor(lo / s) * s;
  const n = Math.max(1, Math.ceil((hi - start) / s));
  if (n > MAX_BUCKETS) throw new RangeError(`step ${s} ms makes ${n} buckets over this range (at most ${MAX_BUCKETS}): use a larger step or a shorter range`);
  const buckets = Array.from({ length: n }, (_, i) => ({ t: start + i * s, count: 0, errors: 0, lats: [] as number[] }));
  const all: number[] = [];
  let errors = 0;
  for (let i = 0; i < ts.length; i++) {
    const b = buckets[Math.min(n - 1, Math.max(0, Math.floor(((ts[i] as number) - start) / s)))]!;
    b.count++;
    if (errs[i]) {
      b.errors++;
      errors++;
    }
    const l = lats[i];
    if (l !== null && l !== undefined) {
      b.lats.push(l);
      all.push(l);
    }
  }
  all.sort((a, b) => a - b);
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    step: s,
    buckets: buckets.map(({ lats: l, ...b }) => ({ ...b, ...lat(l.sort((x, y) => x - y)) })),
    totals: { count: ts.length, errors, ...lat(all) },
    protocols: [...protocols.values()].sort((a, b) => b.count - a.count),
    truncated: state.truncated,
  };
}

/** Endpoints are (destination, protocol, method, path); `errors` lists only endpoints with errors, `latency` only those with a latency. */
export function topEndpoints(db: QueryTarget, q: HubQuery, range: { from?: number; to?: number }, by: TopBy, limit: number, maxRows = STATS_MAX_ROWS): Top {
  const state = { used: 0, truncated: false };
  const groups = new Map<string, Endpoint & { lats: number[] }>();
  const cols =
    'entries.ts AS ts, entries.protocol AS p, entries.status AS st, entries.latency AS lat, entries.method AS m, entries.path AS path, ' +
    'entries.dst_name AS dn, entries.dst_namespace AS dns, entries.dst_ip AS dip';
  for (const r of rows(db, q, range, cols, maxRows, state)) {
    const dst = r.dn !== null ? (r.dns !== null ? `${r.dns}/${r.dn}` : r.dn) : (r.dip ?? 'unknown');
    const key = `${dst}\u0000${r.p ?? ''}\u0000${r.m ?? ''}\u0000${r.path ?? ''}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { protocol: r.p, method: r.m, path: r.path, dst, dstName: r.dn, dstNamespace: r.dns, dstIp: r.dn === null ? r.dip : null, count: 0, errors: 0, p50: null, p95: null, p99: null, lats: [] }),
      );
    g.count++;
    if (isError(r.p, r.st)) g.errors++;
    if (typeof r.lat === 'number') g.lats.push(r.lat);
  }
  let list: Endpoint[] = [...groups.values()].map(({ lats, ...g }) => ({ ...g, ...lat(lats.sort((a, b) => a - b)) }));
  const tie = (a: Endpoint, b: Endpoint) => b.count - a.count || (a.dst + (a.path ?? '')).localeCompare(b.dst + (b.path ?? ''));
  if (by === 'volume') list.sort(tie);
  else if (by === 'errors') list = list.filter((e) => e.errors > 0).sort((a, b) => b.errors - a.errors || tie(a, b));
  else list = list.filter((e) => e.p95 !== null).sort((a, b) => (b.p95 as number) - (a.p95 as number) || tie(a, b));
  return { by, endpoints: list.slice(0, limit), total: list.length, entries: state.used, truncated: state.truncated };
}
