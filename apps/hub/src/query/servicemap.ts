/**
 * The service map over stored entries matching a query in a time range: nodes are the named ends
 * (`namespace/name`, `name`, or the ip when the end has no name) and edges are (source, target, protocol) with
 * the number of entries, errors and latency percentiles.
 *
 * An error is an HTTP-like status ≥ 500 (http, http2, graphql) or, for every other protocol, a
 * non-zero status (gRPC status, Postgres error, DNS rcode …): the "server failed" half of KFL's
 * `error` macro, which also counts 4xx.
 */
import type { MapEdge, MapNode, ServiceMapResponse } from '@trawl/api';
import type { QueryTarget } from '@trawl/kfl';
import { fromPartition, newestFirst, partitionsNewestFirst } from './partitions.js';
import { withTimeRange, type HubQuery } from './compiled.js';

export type { MapEdge, MapNode };

/**
 * The map as `serviceMap` builds it: the API's answer without the range the route adds.
 * `truncated` is true when the range held more than `maxRows` matching entries.
 */
export type ServiceMap = Omit<ServiceMapResponse, 'from' | 'to'>;

/**
 * Rows a map reads at most, newest first (~0.5 s on the bench machine: the read blocks the event
 * loop, so it is bounded; `truncated` says when it was reached — narrow with from/to or q).
 */
export const SERVICEMAP_MAX_ROWS = 200_000;
const HTTP_LIKE = new Set(['http', 'http2', 'graphql']);

interface Row {
  sn: string | null; sip: string | null; sns: string | null;
  dn: string | null; dip: string | null; dns: string | null;
  p: string | null; st: number | null; lat: number | null; json?: string;
}

export function isError(protocol: string | null, status: number | null): boolean {
  if (typeof status !== 'number') return false;
  return protocol !== null && HTTP_LIKE.has(protocol) ? status >= 500 : status !== 0;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function serviceMap(db: QueryTarget, q: HubQuery, range: { from?: number; to?: number }, maxRows = SERVICEMAP_MAX_ROWS): ServiceMap {
  const sql = withTimeRange(q.sql, range);
  const cols =
    'entries.src_name AS sn, entries.src_ip AS sip, entries.src_namespace AS sns, ' +
    'entries.dst_name AS dn, entries.dst_ip AS dip, entries.dst_namespace AS dns, ' +
    'entries.protocol AS p, entries.status AS st, entries.latency AS lat';
  const select = (from: string) => `SELECT ${cols}${sql.postFilter ? ', json(entries.json) AS json' : ''} FROM ${from} WHERE ${sql.where} ORDER BY entries.ts DESC`;
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge & { latencies: number[] }>();
  const node = (name: string | null, ip: string | null, ns: string | null): string => {
    // Same name in two namespaces: two nodes.
    const id = name !== null ? (ns !== null ? `${ns}/${name}` : name) : (ip ?? 'unknown');
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, name, ip: name === null ? ip : null, kind: null, namespace: ns, count: 0 }));
    n.count++;
    n.namespace ??= ns;
    return id;
  };
  let used = 0;
  let truncated = false;
  for (const r of newestFirst<Row>(db, range, select, sql.params)) {
    if (sql.postFilter && !q.predicate(JSON.parse(r.json as string))) continue;
    if (used >= maxRows || (q.limit !== undefined && used >= q.limit)) {
      truncated = used >= maxRows;
      break;
    }
    used++;
    const s = node(r.sn, r.sip, r.sns);
    const d = node(r.dn, r.dip, r.dns);
    const key = `${s}\u0000${d}\u0000${r.p ?? ''}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source: s, target: d, protocol: r.p, count: 0, errors: 0, p50: null, p95: null, latencies: [] }));
    e.count++;
    if (isError(r.p, r.st)) e.errors++;
    if (typeof r.lat === 'number') e.latencies.push(r.lat);
  }
  for (const n of nodes.values()) n.kind = kindOf(db, n);
  const outEdges: MapEdge[] = [];
  for (const { latencies, ...e } of edges.values()) {
    latencies.sort((a, b) => a - b);
    outEdges.push({ ...e, p50: percentile(latencies, 50), p95: percentile(latencies, 95) });
  }
  outEdges.sort((a, b) => b.count - a.count);
  return { nodes: [...nodes.values()].sort((a, b) => b.count - a.count), edges: outEdges, entries: used, truncated };
}

/**
 * A node's kind, from its newest entry (one indexed lookup per node rather than a JSON read per
 * row: the kind lives only in the entry JSON).
 */
function kindOf(db: QueryTarget, n: MapNode): string | null {
  for (const side of ['src', 'dst'] as const) {
    const [col, v] = n.name !== null ? [`${side}_name`, n.name] : [`${side}_ip`, n.ip];
    if (v === null) continue;
    const nsCond = n.name !== null ? (n.namespace === null ? ` AND entries.${side}_namespace IS NULL` : ` AND entries.${side}_namespace = ?`) : '';
    const params = n.name !== null && n.namespace !== null ? [v, n.namespace] : [v];
    for (const part of partitionsNewestFirst(db)) {
      const r = db
        .prepare(`SELECT json_extract(entries.json, '$.${side}.kind') AS k FROM ${fromPartition(part)} WHERE entries.${col} = ?${nsCond} ORDER BY entries.ts DESC LIMIT 1`)
        .get(...params) as { k: unknown } | undefined;
      if (r === undefined) continue;
      if (typeof r.k === 'string') return r.k;
      break;
    }
  }
  return null;
}
