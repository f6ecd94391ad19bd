'use client';
/**
 * The service map (`/map/`): the named ends of the traffic matching `?q=` in the time range, as a
 * cytoscape graph grouped by namespace, edges labelled with requests, error rate and p95 latency.
 * Clicking a node or an edge (on the graph or in the table beside it) opens the traffic view
 * filtered to it. The table carries the same numbers as text for keyboards and screen readers.
 */
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, getJson, type MapEdge, type MapNode, type ServiceMapData } from '@/lib/api';
import { addClause } from '@/lib/kfl';
import { edgeClause, nodeClause } from '@/lib/mapClauses';
import { describeRange, fmtMs, fmtPct, resolveRange } from '@/lib/range';
import { useFilter } from '@/lib/useFilter';
import { KflBar } from './KflBar';
import { edgeElementId, Graph, graphEdges } from './MapGraph';
import { MapKeyboard, type MapItem } from './MapKeyboard';
import { QueryError } from './QueryError';
import { RangePicker } from './RangePicker';
import { useStats } from './StatusBar';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** `ns/name` when the map spans namespaces (the same name may be in two), else the name. */
function shortName(n: MapNode): string {
  return n.name === null ? (n.ip ?? n.id) : n.id;
}

export function ServiceMap() {
  const { q, range, set, trafficHref } = useFilter();
  const router = useRouter();
  const stats = useStats();
  const map = useQuery({
    queryKey: ['servicemap', q, range],
    queryFn: ({ signal }) => {
      const r = resolveRange(range);
      return getJson<ServiceMapData>('/api/servicemap', { q, from: r.from, to: r.to }, signal);
    },
    refetchInterval: range.preset !== null ? 10_000 : false,
    placeholderData: (prev) => prev,
  });
  const data = map.data;
  const byId = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const go = (clause: string) => router.push(trafficHref(addClause(q, clause)));
  const onNode = (n: MapNode) => go(nodeClause(n));
  const onEdge = (e: MapEdge) => {
    const s = byId.get(e.source);
    const d = byId.get(e.target);
    if (s && d) go(edgeClause(s, d, e.protocol));
  };
  const drawn = useMemo(() => (data ? graphEdges(data) : []), [data]);
  const [selected, setSelected] = useState<string | null>(null);
  const items = useMemo((): MapItem[] => {
    if (!data) return [];
    const name = (id: string) => {
      const n = byId.get(id);
      return n ? shortName(n) : id;
    };
    return [
      ...data.nodes.map((n) => {
        const links = drawn.filter((e) => e.source === n.id || e.target === n.id).length;
        return {
          key: `n:${n.id}`,
          kind: 'node' as const,
          label: `${n.name ?? n.ip ?? n.id} (${n.kind ?? 'unknown'})`,
          detail: `${n.name ?? n.ip ?? n.id}, ${n.kind ?? 'unknown kind'}${n.namespace ? `, namespace ${n.namespace}` : ''}, ${plural(n.count, 'entry', 'entries')}, ${plural(links, 'connection')}`,
          open: () => onNode(n),
        };
      }),
      ...drawn.map((e, i) => ({
        key: edgeElementId(e, i),
        kind: 'edge' as const,
        label: `${name(e.source)} → ${name(e.target)} ${e.protocols.join('/')}: ${plural(e.count, 'req')}${e.errors ? `, ${e.errors} err` : ''}`,
        detail: `${name(e.source)} to ${name(e.target)}${e.protocols.length ? ` over ${e.protocols.join(', ')}` : ''}, ${plural(e.count, 'request')}, ${plural(e.errors, 'error')} (${fmtPct(e.errors, e.count)}), p50 ${fmtMs(e.p50)}, p95 ${e.merged ? '≤ ' : ''}${fmtMs(e.p95)}`,
        open: () => onEdge(e),
      })),
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, drawn, byId, q]);
  useEffect(() => {
    if (selected !== null && !items.some((x) => x.key === selected)) setSelected(null);
  }, [items, selected]);
  const err = map.error;
  const workersUp = stats.data ? stats.data.workers.filter((w) => w.state === 'up').length : null;

  return (
    <div className="page">
      <KflBar value={q} onApply={(nq) => set({ q: nq })} />
      <div className="toolbar">
        <RangePicker value={range} onChange={(r) => set({ range: r })} />
        <span className="muted small" aria-live="polite" data-testid="map-summary">
          {data
            ? `${plural(data.entries, 'entry', 'entries')} · ${plural(data.nodes.length, 'node')} · ${plural(data.edges.length, 'edge')} · ${describeRange(range)}`
            : map.isFetching
              ? 'Loading…'
              : ''}
          {data?.truncated && <span className="warn-text"> · only the newest entries were used: narrow the range or the filter</span>}
          {map.isFetching && data ? ' · refreshing' : ''}
        </span>
      </div>
      {err && (err instanceof ApiError && err.code === 'invalid_query' || !data) ? (
        <QueryError err={err} what="the service map" onRetry={() => void map.refetch()} />
      ) : !data ? (
        <div className="empty" role="status">
          Loading the service map…
        </div>
      ) : data.edges.length === 0 ? (
        <div className="empty" role="status">
          <h2>No traffic {q ? 'matches this filter' : 'yet'} in {describeRange(range)}</h2>
          {q ? (
            <p>
              <code>{q}</code> matched nothing in this time range. Widen the range (<em>All</em>), loosen the filter, or{' '}
              <button type="button" className="linklike" onClick={() => set({ q: '' })}>
                clear it
              </button>
              .
            </p>
          ) : workersUp === 0 ? (
            <p>
              No worker is connected, so nothing is being captured. Run <code>trawl start</code> on this machine, or a worker on each node (<code>apps/worker</code>, with <code>--kubeconfig</code> to name pods).
            </p>
          ) : (
            <>
              <p>The map draws who talks to whom from captured requests. Make some traffic and it appears here (it refreshes every 10 s):</p>
              <pre className="code">{`# any HTTP service on this machine, for example:\npython3 -m http.server 8000 &\nfor i in $(seq 20); do curl -s http://127.0.0.1:8000/ >/dev/null; done`}</pre>
              <p className="muted">Traffic to the hub itself is not captured.</p>
            </>
          )}
        </div>
      ) : (
        <div className="map-split">
          <Graph data={data} onNode={onNode} onEdge={onEdge} selected={selected} />
          <aside className="map-side" aria-label="Nodes and edges">
            <MapKeyboard items={items} selected={selected} onSelect={setSelected} />
            <table className="map-edges" data-testid="map-edges">
              <caption>Connections — click one to see its traffic</caption>
              <thead>
                <tr>
                  <th scope="col">From → to</th>
                  <th scope="col">Proto</th>
                  <th scope="col" className="num">Requests</th>
                  <th scope="col" className="num">Errors</th>
                  <th scope="col" className="num">p50</th>
                  <th scope="col" className="num">p95</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map((e) => {
                  const s = byId.get(e.source);
                  const d = byId.get(e.target);
                  return (
                    <tr key={`${e.source}>${e.target}>${e.protocol}`} data-source={e.source} data-target={e.target} data-protocol={e.protocol ?? ''}>
                      <td>
                        <button type="button" className="linklike" onClick={() => onEdge(e)} title="Show this traffic">
                          {s ? shortName(s) : e.source} → {d ? shortName(d) : e.target}
                        </button>
                      </td>
                      <td>{e.protocol ?? '–'}</td>
                      <td className="num" data-testid="edge-count">
                        {e.count.toLocaleString()}
                      </td>
                      <td className={`num${e.errors ? ' tone-bad' : ''}`}>
                        {e.errors.toLocaleString()} ({fmtPct(e.errors, e.count)})
                      </td>
                      <td className="num">{fmtMs(e.p50)}</td>
                      <td className="num">{fmtMs(e.p95)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <h3 className="small">Nodes</h3>
            <ul className="map-nodes" data-testid="map-nodes">
              {data.nodes.map((n) => (
                <li key={n.id} data-node={n.id}>
                  <button type="button" className="linklike" onClick={() => onNode(n)} title="Show traffic to or from it">
                    {n.name ?? n.ip ?? n.id}
                  </button>{' '}
                  <span className="tag">{n.kind ?? 'unknown'}</span>
                  {n.namespace && <span className="tag">namespace {n.namespace}</span>}
                  <span className="muted small"> {n.count.toLocaleString()}</span>
                </li>
              ))}
            </ul>
            <p className="muted small legend">
              Shapes: ▭ service · ◯ pod · ⬡ process · ▯ host · ◇ external. Edge width grows with requests; errors are drawn dashed (and orange/red) and counted in the label. The selection is outlined on the graph and marked in the list.
            </p>
          </aside>
        </div>
      )}
    </div>
  );
}
