'use client';
/**
 * The Network page's tables: every end with what it sent and received (local and external
 * apart), and the flows (one direction between two ends). Bytes are formatted; each cell's title
 * holds the exact bytes and packets. Names link to the traffic view filtered to them.
 */
import Link from 'next/link';
import type { TrafficCounts, TrafficEnd, TrafficFlowResponse, TrafficOverviewResponse } from '@trawl/api';
import { formatBytes } from '@/lib/entry';
import { endText, exactCounts, fmtCount } from '@/lib/network';

function BytesCell({ c }: { c: TrafficCounts }) {
  if (c.bytes === 0 && c.packets === 0)
    return (
      <td className="num muted" title="nothing">
        –
      </td>
    );
  return (
    <td className="num" title={exactCounts(c)}>
      {formatBytes(c.bytes)}
    </td>
  );
}

function More({ n, what, testId }: { n: number; what: string; testId: string }) {
  if (n <= 0) return null;
  return (
    <p className="muted small" data-testid={testId}>
      {fmtCount(n)} more {what}, quieter than these, not shown.
    </p>
  );
}

export function EndsTable({ data, hrefOf }: { data: TrafficOverviewResponse | undefined; hrefOf: (e: TrafficEnd) => string }) {
  return (
    <section className="panel" aria-label="Ends">
      <h3>Ends, busiest first</h3>
      {!data ? (
        <p className="muted small">Loading…</p>
      ) : data.ends.length === 0 ? (
        <p className="muted small">No end counted in this range.</p>
      ) : (
        <table className="map-edges net-table net-ends" data-testid="net-ends">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>Kind</th>
              <th scope="col" rowSpan={2}>Namespace</th>
              <th scope="col" rowSpan={2}>Name</th>
              <th scope="colgroup" colSpan={2} className="net-group">Sent</th>
              <th scope="colgroup" colSpan={2} className="net-group">Received</th>
              <th scope="col" rowSpan={2} className="num">Total</th>
            </tr>
            <tr>
              <th scope="col" className="num">local</th>
              <th scope="col" className="num">external</th>
              <th scope="col" className="num">local</th>
              <th scope="col" className="num">external</th>
            </tr>
          </thead>
          <tbody>
            {data.ends.map((e) => {
              const packets = e.sent.local.packets + e.sent.external.packets + e.received.local.packets + e.received.external.packets;
              return (
                <tr key={`${e.kind}|${e.namespace ?? ''}|${e.name}`} data-testid="net-end" data-kind={e.kind} data-name={e.name}>
                  <td>{e.kind}</td>
                  <td>{e.namespace ?? <span className="muted">–</span>}</td>
                  <th scope="row">
                    <Link href={hrefOf(e)} title={`Show the requests to and from ${endText(e)} in the Traffic view`}>
                      {e.name}
                    </Link>
                  </th>
                  <BytesCell c={e.sent.local} />
                  <BytesCell c={e.sent.external} />
                  <BytesCell c={e.received.local} />
                  <BytesCell c={e.received.external} />
                  <td className="num net-total" title={exactCounts({ bytes: e.bytes, packets })} data-testid="net-end-total">
                    {formatBytes(e.bytes)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {data && <More n={data.more} what="ends" testId="net-ends-more" />}
    </section>
  );
}

export function FlowsTable({ data, hrefOf }: { data: TrafficFlowResponse | undefined; hrefOf: (a: TrafficEnd, b: TrafficEnd) => string }) {
  return (
    <section className="panel" aria-label="Flows">
      <h3>Flows (one direction between two ends), busiest first</h3>
      {!data ? (
        <p className="muted small">Loading…</p>
      ) : data.flows.length === 0 ? (
        <p className="muted small">No flow counted in this range.</p>
      ) : (
        <table className="map-edges net-table" data-testid="net-flows">
          <thead>
            <tr>
              <th scope="col">Source → destination</th>
              <th scope="col">Transport</th>
              <th scope="col">Where</th>
              <th scope="col" className="num">Bytes</th>
              <th scope="col" className="num">Packets</th>
            </tr>
          </thead>
          <tbody>
            {data.flows.map((f) => (
              <tr key={`${f.src.kind}|${endText(f.src)}|${f.dst.kind}|${endText(f.dst)}|${f.transport}`} data-testid="net-flow">
                <th scope="row">
                  <Link href={hrefOf(f.src, f.dst)} title={`Show the requests between ${endText(f.src)} and ${endText(f.dst)} in the Traffic view`}>
                    {endText(f.src)} → {endText(f.dst)}
                  </Link>{' '}
                  <span className="muted small">
                    ({f.src.kind} → {f.dst.kind})
                  </span>
                </th>
                <td>{f.transport.toUpperCase()}</td>
                <td>
                  <span className={`badge${f.external ? ' net-external' : ''}`}>{f.external ? 'external' : 'local'}</span>
                </td>
                <td className="num" title={exactCounts(f)}>
                  {formatBytes(f.bytes)}
                </td>
                <td className="num">{fmtCount(f.packets)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <More n={data.more} what="flows" testId="net-flows-more" />}
    </section>
  );
}
