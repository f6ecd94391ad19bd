'use client';
/**
 * The dashboard (`/dashboard/`): request rate, error rate and latency percentiles over time, the
 * protocol mix and the top endpoints by volume, errors and latency, for the traffic matching `?q=`
 * in the time range. Numbers are always there as text too (the cards and the tables).
 */
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ApiError, getJson, type TimeSeries, type Top } from '@/lib/api';
import type { TopEndpoint } from '@trawl/api';
import { addClause, kflString } from '@/lib/kfl';
import { describeRange, fmtMs, fmtPct, resolveRange } from '@/lib/range';
import { useFilter } from '@/lib/useFilter';
import { Card } from './Card';
import { KflBar } from './KflBar';
import { QueryError } from './QueryError';
import { RangePicker } from './RangePicker';

type Endpoint = TopEndpoint;

const COLORS = ['#1f6feb', '#1a7f37', '#7d5bd6', '#b35900', '#cf222e', '#0a7ea4', '#6e7781', '#bf3989', '#8a5300', '#2d3a4a'];

function endpointClause(e: Endpoint): string {
  const parts = [e.dstName !== null ? `dst.name == ${kflString(e.dstName)}` : `dst.ip == ${kflString(e.dstIp ?? e.dst)}`];
  if (e.protocol) parts.push(`protocol.name == ${kflString(e.protocol)}`);
  if (e.method) parts.push(`request.method == ${kflString(e.method)}`);
  if (e.path) parts.push(`request.path == ${kflString(e.path)}`);
  return parts.join(' and ');
}

function timeFmt(step: number) {
  return (t: number) => {
    const d = new Date(t);
    return step >= 3_600_000 ? d.toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: step < 60_000 ? '2-digit' : undefined });
  };
}

type Row = Record<string, number | null>;
/**
 * A dot only where a value stands alone (its neighbours are gaps): a line needs two points, so with
 * sparse traffic the series would otherwise draw nothing at all.
 */
function isolatedDot(data: Row[], key: string, colour: string) {
  const Dot = (props: { cx?: number; cy?: number; index?: number }) => {
    const i = props.index ?? -1;
    const v = data[i]?.[key];
    const alone = v !== null && v !== undefined && (data[i - 1]?.[key] ?? null) === null && (data[i + 1]?.[key] ?? null) === null;
    if (!alone || props.cx === undefined || props.cy === undefined) return <g key={`${key}-${i}`} />;
    return <circle key={`${key}-${i}`} cx={props.cx} cy={props.cy} r={3.5} fill={colour} stroke="#fff" strokeWidth={1} />;
  };
  return Dot;
}

function TopTable({ title, rows, metric, onPick }: { title: string; rows: Endpoint[] | undefined; metric: 'volume' | 'errors' | 'latency'; onPick: (e: Endpoint) => void }) {
  return (
    <section className="panel" aria-label={title}>
      <h3>{title}</h3>
      {!rows ? (
        <p className="muted small">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted small">{metric === 'errors' ? 'No errors in this range.' : 'Nothing in this range.'}</p>
      ) : (
        <table className="map-edges" data-testid={`top-${metric}`}>
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col" className="num">Requests</th>
              <th scope="col" className="num">Errors</th>
              <th scope="col" className="num">p95</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={`${e.dst}|${e.protocol}|${e.method}|${e.path}`}>
                <td className="ep">
                  <button type="button" className="linklike" onClick={() => onPick(e)} title="Show this traffic">
                    <span className="badge">{(e.protocol ?? '?').toUpperCase()}</span> {e.method ?? ''} {e.path ?? ''} <span className="muted">→ {e.dst}</span>
                  </button>
                </td>
                <td className="num">{e.count.toLocaleString()}</td>
                <td className={`num${e.errors ? ' tone-bad' : ''}`}>
                  {e.errors.toLocaleString()} ({fmtPct(e.errors, e.count)})
                </td>
                <td className="num">{fmtMs(e.p95)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Dashboard() {
  const { q, range, set, trafficHref } = useFilter();
  const router = useRouter();
  const refetchInterval = range.preset !== null ? 10_000 : false;
  const series = useQuery({
    queryKey: ['timeseries', q, range],
    queryFn: ({ signal }) => {
      const r = resolveRange(range);
      return getJson<TimeSeries>('/api/stats/timeseries', { q, from: r.from, to: r.to }, signal);
    },
    refetchInterval,
    placeholderData: (p) => p,
  });
  const top = (by: 'volume' | 'errors' | 'latency') =>
    // eslint-disable-next-line react-hooks/rules-of-hooks
    useQuery({
      queryKey: ['top', by, q, range],
      queryFn: ({ signal }) => {
        const r = resolveRange(range);
        return getJson<Top>('/api/stats/top', { q, from: r.from, to: r.to, by, limit: 8 }, signal);
      },
      refetchInterval,
      placeholderData: (p) => p,
    });
  const byVolume = top('volume');
  const byErrors = top('errors');
  const byLatency = top('latency');
  const pick = (e: Endpoint) => router.push(trafficHref(addClause(q, endpointClause(e))));

  const d = series.data;
  const err = series.error;
  const fmt = timeFmt(d?.step ?? 60_000);
  const perSec: Row[] = d ? d.buckets.map((b) => ({ t: b.t, rate: b.count / (d.step / 1000), errorRate: b.count ? (100 * b.errors) / b.count : null, p50: b.p50, p95: b.p95, p99: b.p99 })) : [];
  const stepLabel = d ? (d.step >= 60_000 ? `${d.step / 60_000} min` : `${d.step / 1000} s`) : '';

  return (
    <div className="page">
      <KflBar value={q} onApply={(nq) => set({ q: nq })} />
      <div className="toolbar">
        <RangePicker value={range} onChange={(r) => set({ range: r })} />
        <span className="muted small" aria-live="polite">
          {d ? `${describeRange(range)} · buckets of ${stepLabel}` : series.isFetching ? 'Loading…' : ''}
          {d?.truncated && <span className="warn-text"> · only the newest entries were used: narrow the range or the filter</span>}
        </span>
      </div>
      {err && (err instanceof ApiError && err.code === 'invalid_query' || !d) ? (
        <QueryError err={err} what="the dashboard" />
      ) : !d ? (
        <div className="empty" role="status">
          Loading the dashboard…
        </div>
      ) : d.totals.count === 0 ? (
        <div className="empty" role="status">
          <h2>No traffic {q ? 'matches this filter' : 'yet'} in {describeRange(range)}</h2>
          <p>{q ? <>Widen the range (<em>All</em>) or loosen the filter.</> : <>Make some traffic, for example <code>python3 -m http.server 8000 &amp; curl http://127.0.0.1:8000/</code>: it shows here within 10 s.</>}</p>
        </div>
      ) : (
        <div className="dash">
          <div className="cards">
            <Card label="Requests" value={d.totals.count.toLocaleString()} sub={describeRange(range)} testId="total-requests" />
            <Card label="Errors" value={d.totals.errors.toLocaleString()} sub={`${fmtPct(d.totals.errors, d.totals.count)} of requests (HTTP 5xx, error replies)`} title="HTTP, HTTP/2 and GraphQL: status 5xx; other protocols: a non-zero status (gRPC status, DNS rcode such as NXDOMAIN, Redis and SQL errors)" tone={d.totals.errors ? 'tone-bad' : undefined} testId="total-errors" />
            <Card label="Latency p50" value={fmtMs(d.totals.p50)} testId="total-p50" />
            <Card label="Latency p95" value={fmtMs(d.totals.p95)} testId="total-p95" />
            <Card label="Latency p99" value={fmtMs(d.totals.p99)} testId="total-p99" />
          </div>
          <div className="charts">
            <section className="panel" aria-label="Request rate">
              <h3>Request rate (req/s)</h3>
              <ResponsiveContainer width="100%" height={180}>
                <AreaChart data={perSec} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#eef0f3" />
                  <XAxis dataKey="t" tickFormatter={fmt} minTickGap={40} fontSize={11} />
                  <YAxis fontSize={11} width={44} />
                  <Tooltip labelFormatter={(t) => fmt(Number(t))} formatter={(v) => [`${Number(v).toFixed(2)} req/s`, 'rate']} />
                  <Area type="monotone" dataKey="rate" name="req/s" stroke="#1f6feb" fill="#1f6feb33" isAnimationActive={false} />
                </AreaChart>
              </ResponsiveContainer>
            </section>
            <section className="panel" aria-label="Error rate">
              <h3>Error rate (%)</h3>
              <ResponsiveContainer width="100%" height={180}>
                <LineChart data={perSec} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#eef0f3" />
                  <XAxis dataKey="t" tickFormatter={fmt} minTickGap={40} fontSize={11} />
                  <YAxis fontSize={11} width={44} domain={[0, 'auto']} unit="%" />
                  <Tooltip labelFormatter={(t) => fmt(Number(t))} formatter={(v) => [`${Number(v).toFixed(1)}%`, 'errors']} />
                  <Line type="monotone" dataKey="errorRate" name="error %" stroke="#cf222e" strokeDasharray="5 3" dot={isolatedDot(perSec, 'errorRate', '#cf222e')} connectNulls={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </section>
            <section className="panel" aria-label="Latency">
              <h3>Latency p50 / p95 / p99 (ms)</h3>
              <ResponsiveContainer width="100%" height={180}>
                <LineChart data={perSec} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#eef0f3" />
                  <XAxis dataKey="t" tickFormatter={fmt} minTickGap={40} fontSize={11} />
                  <YAxis fontSize={11} width={44} />
                  <Tooltip labelFormatter={(t) => fmt(Number(t))} formatter={(v, n) => [fmtMs(Number(v)), String(n)]} />
                  <Legend wrapperStyle={{ fontSize: 11 }} />
                  <Line type="monotone" dataKey="p50" stroke="#1a7f37" dot={isolatedDot(perSec, 'p50', '#1a7f37')} isAnimationActive={false} />
                  <Line type="monotone" dataKey="p95" stroke="#b35900" strokeDasharray="6 3" dot={isolatedDot(perSec, 'p95', '#b35900')} isAnimationActive={false} />
                  <Line type="monotone" dataKey="p99" stroke="#cf222e" strokeDasharray="2 2" dot={isolatedDot(perSec, 'p99', '#cf222e')} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </section>
            <section className="panel" aria-label="Protocol mix">
              <h3>Protocol mix</h3>
              <ResponsiveContainer width="100%" height={180}>
                <BarChart data={d.protocols.map((p) => ({ name: p.protocol ?? 'unknown', count: p.count, errors: p.errors }))} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#eef0f3" />
                  <XAxis type="number" fontSize={11} />
                  <YAxis type="category" dataKey="name" fontSize={11} width={70} interval={0} />
                  <Tooltip />
                  <Legend wrapperStyle={{ fontSize: 11 }} />
                  <Bar dataKey="count" name="requests" fill={COLORS[0]} isAnimationActive={false} />
                  <Bar dataKey="errors" name="errors" fill="#cf222e" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </section>
          </div>
          <div className="tops">
            <TopTable title="Top endpoints by volume" rows={byVolume.data?.endpoints} metric="volume" onPick={pick} />
            <TopTable title="Top endpoints by errors" rows={byErrors.data?.endpoints} metric="errors" onPick={pick} />
            <TopTable title="Slowest endpoints (p95)" rows={byLatency.data?.endpoints} metric="latency" onPick={pick} />
          </div>
        </div>
      )}
    </div>
  );
}
