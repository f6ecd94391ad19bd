'use client';
/**
 * The Network page (`/network/`): bytes and packets between the ends the workers name, from
 * every packet (parsed or not, TLS included), per minute: `/api/traffic/total`, `/overview` and
 * `/flow` in the shared time range, optionally for one namespace (`?namespace=`). Refreshes every
 * 10 s for a preset range, like the dashboard.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useId, useState } from 'react';
import type { TrafficEnd, TrafficFlowResponse, TrafficOverviewResponse, TrafficTotalResponse } from '@trawl/api';
import { ApiError, getJson } from '@/lib/api';
import { formatBytes } from '@/lib/entry';
import { endTrafficClause, exactCounts, fmtCount, pairTrafficClause, trafficRange } from '@/lib/network';
import { describeRange, fmtPct, type RangeSpec } from '@/lib/range';
import { useFilter } from '@/lib/useFilter';
import { Card } from './Card';
import { EndsTable, FlowsTable } from './NetworkTables';
import { QueryError } from './QueryError';
import { RangePicker } from './RangePicker';

const OWN = ['namespace'] as const;
const ENDS_LIMIT = 200;
const FLOWS_LIMIT = 50;

function useOverviewQuery<T>(what: 'total' | 'overview' | 'flow', range: RangeSpec, namespace: string, limit?: number): UseQueryResult<T> {
  return useQuery({
    queryKey: ['traffic', what, range, namespace, limit],
    queryFn: ({ signal }) => getJson<T>(`/api/traffic/${what}`, { ...trafficRange(range), namespace, limit }, signal),
    refetchInterval: range.preset !== null ? 10_000 : false,
    placeholderData: (p) => p,
  });
}

/** The namespace, applied on Enter or when the field loses focus (empty: all). */
function NamespaceFilter({ value, onApply }: { value: string; onApply: (v: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const apply = () => {
    if (draft.trim() !== value) onApply(draft.trim());
  };
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter by namespace"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label htmlFor={id}>Namespace</label>
      <input id={id} type="search" className="text-input" placeholder="all (Enter applies)" maxLength={253} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={apply} data-testid="net-namespace" />
    </form>
  );
}

export function NetworkView() {
  const { q, range, set, trafficHref } = useFilter(OWN);
  const namespace = useSearchParams().get('namespace') ?? '';
  const total = useOverviewQuery<TrafficTotalResponse>('total', range, namespace);
  const overview = useOverviewQuery<TrafficOverviewResponse>('overview', range, namespace, ENDS_LIMIT);
  const flows = useOverviewQuery<TrafficFlowResponse>('flow', range, namespace, FLOWS_LIMIT);
  const queries = [total, overview, flows];
  const err = queries.find((x) => x.error)?.error ?? null;
  const t = total.data;
  const where = namespace ? ` in namespace ${namespace}` : '';

  let body;
  if (err instanceof ApiError && err.code === 'traffic_off') {
    body = (
      <div className="empty" role="status">
        <h2>The traffic overview is off on this hub</h2>
        <p>{err.message}</p>
      </div>
    );
  } else if (err && !(t && overview.data && flows.data)) {
    body = <QueryError err={err} what="the traffic overview" onRetry={() => queries.forEach((x) => void x.refetch())} />;
  } else if (!t) {
    body = (
      <div className="empty" role="status">
        Loading the traffic overview…
      </div>
    );
  } else if (t.total.packets === 0) {
    body = (
      <div className="empty" role="status" data-testid="net-empty">
        <h2>
          No traffic counted in {describeRange(range)}
          {where}
        </h2>
        <p>The workers count every packet they capture (parsed or not, TLS included) and send their counters to the hub every 5 s, so traffic shows here within about 10 s.</p>
        <p>{namespace ? <>Clear the namespace (empty means all namespaces) or widen the range (<em>All</em>).</> : <>Make some traffic, for example <code>python3 -m http.server 8000 &amp; curl http://127.0.0.1:8000/</code>, or widen the range (<em>All</em>).</>}</p>
      </div>
    );
  } else {
    const endHref = (e: TrafficEnd) => trafficHref(endTrafficClause(e));
    const pairHref = (a: TrafficEnd, b: TrafficEnd) => trafficHref(pairTrafficClause(a, b));
    body = (
      <div className="dash">
        <div className="cards" role="group" aria-label="Totals">
          <Card label="Bytes" value={formatBytes(t.total.bytes)} sub={`${describeRange(range)}${where}`} title={exactCounts(t.total)} testId="net-total-bytes" />
          <Card label="Packets" value={fmtCount(t.total.packets)} sub="every packet, parsed or not" title={exactCounts(t.total)} testId="net-total-packets" />
          <Card label="Local" value={formatBytes(t.local.bytes)} sub={`${fmtPct(t.local.bytes, t.total.bytes)} of bytes, between ends trawl knows`} title={exactCounts(t.local)} testId="net-local-bytes" subTestId="net-local-share" />
          <Card label="External" value={formatBytes(t.external.bytes)} sub={`${fmtPct(t.external.bytes, t.total.bytes)} of bytes, with an end outside what trawl knows`} title={exactCounts(t.external)} testId="net-external-bytes" subTestId="net-external-share" />
          <Card label="Nodes reporting" value={fmtCount(t.nodes.length)} sub={t.nodes.join(', ')} title={t.nodes.join('\n')} testId="net-nodes" subTestId="net-node-names" />
        </div>
        <EndsTable data={overview.data} hrefOf={endHref} />
        <FlowsTable data={flows.data} hrefOf={pairHref} />
      </div>
    );
  }

  return (
    <div className="page">
      <h1 className="sr-only">Network</h1>
      <div className="toolbar wrap">
        <RangePicker value={range} onChange={(r) => set({ range: r })} />
        <NamespaceFilter key={namespace} value={namespace} onApply={(v) => set({ own: { namespace: v || null } })} />
        <span className="muted small" aria-live="polite">
          {t ? `${describeRange(range)}${where} · bytes and packets from every packet, per minute` : total.isFetching ? 'Loading…' : ''}
          {err && t && <span className="warn-text"> · the last refresh failed: {err.message}</span>}
          {q && <span title={q}> · the KFL filter applies to the Traffic view, not to these counters</span>}
        </span>
      </div>
      {body}
    </div>
  );
}
