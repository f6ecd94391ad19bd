'use client';
/**
 * One inventory endpoint: its numbers, query parameters, the full URL of its example, the example
 * request and response (headers and bodies), and a link to the traffic view filtered to it.
 * Escape or "Close" closes it.
 */
import Link from 'next/link';
import { buildHref } from '@/lib/useFilter';
import { endpointClause } from '@/lib/endpointClause';
import { formatDateTime, formatLatency } from '@/lib/entry';
import type { EndpointSummary } from '@/lib/outputs-api';
import { BodyViewer } from './BodyViewer';
import { HeaderTable } from './HeaderTable';
import { StatusChips } from './StatusChips';

function contentType(h: Record<string, unknown>): string | undefined {
  const k = Object.keys(h).find((x) => x.toLowerCase() === 'content-type');
  const v = k ? h[k] : undefined;
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
}

function ExampleBody({ text, headers }: { text: string | undefined; headers: Record<string, unknown> }) {
  if (text === undefined) return <p className="muted">No body in the example (none, binary, or truncated when captured).</p>;
  return <BodyViewer body={{ encoding: 'utf8', text, size: new TextEncoder().encode(text).length }} contentType={contentType(headers)} />;
}

export function EndpointDetail({ ep, token, onClose }: { ep: EndpointSummary; token: string | null; onClose: () => void }) {
  const x = ep.example;
  const q = endpointClause(ep);
  const l = ep.latency;
  return (
    <aside className="detail ep-detail" aria-label="Endpoint detail" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="detail-head">
        <h2>
          {ep.method} {ep.template}
        </h2>
        <button type="button" className="btn small" onClick={onClose} aria-label="Close the endpoint detail">
          Close
        </button>
      </div>
      <dl className="facts ep-facts">
        <dt>Service</dt>
        <dd>{ep.service}</dd>
        <dt>Protocol</dt>
        <dd>{ep.protocol}</dd>
        <dt>Requests</dt>
        <dd>{ep.count}</dd>
        <dt>Status codes</dt>
        <dd>
          <StatusChips statuses={ep.statuses} protocol={ep.protocol} />
        </dd>
        <dt>Latency</dt>
        <dd>
          avg {formatLatency(l.avgMs)} · p50 {formatLatency(l.p50Ms)} · p95 {formatLatency(l.p95Ms)} · p99 {formatLatency(l.p99Ms)} · max {formatLatency(l.maxMs)}
        </dd>
        <dt>First seen</dt>
        <dd>{formatDateTime(ep.firstSeen)}</dd>
        <dt>Last seen</dt>
        <dd>{formatDateTime(ep.lastSeen)}</dd>
        <dt>Query parameters</dt>
        <dd data-testid="ep-query-params">{ep.queryParams.length ? <code>{ep.queryParams.join(', ')}</code> : <span className="muted">none seen</span>}</dd>
        <dt>Revision</dt>
        <dd>{ep.revision}</dd>
      </dl>
      <p>
        <Link href={buildHref('/', { q, token })} data-testid="ep-traffic-link">
          Show this endpoint&apos;s traffic
        </Link>{' '}
        <span className="muted mono small">{q}</span>
      </p>
      <h3>Example</h3>
      <p className="line mono" data-testid="ep-full-url">
        {ep.method} {x.fullUrl}
      </p>
      <div className="sides">
        <section className="side" aria-label="Example request">
          <h3>Request</h3>
          <h4>Headers</h4>
          <HeaderTable headers={x.requestHeaders} label="Example request headers" />
          <h4>Body</h4>
          <ExampleBody text={x.requestBody} headers={x.requestHeaders} />
        </section>
        <section className="side" aria-label="Example response">
          <h3>Response</h3>
          <p className="line mono">{x.status === null ? 'no response' : `${x.status} ${x.statusText}`}</p>
          <h4>Headers</h4>
          <HeaderTable headers={x.responseHeaders} label="Example response headers" />
          <h4>Body</h4>
          <ExampleBody text={x.responseBody} headers={x.responseHeaders} />
        </section>
      </div>
      <p className="muted small">Example entry {x.entryId}, {formatDateTime(x.timestamp)}.</p>
    </aside>
  );
}
