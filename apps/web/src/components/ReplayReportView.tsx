'use client';
/** The report of a replay: counts first, then what answered differently and what failed. */
import type { ReplayReport } from '@trawl/api';

export function ReplayReportView({ report: r }: { report: ReplayReport }) {
  const skipped = Object.entries(r.skipped);
  const lat = (p: ReplayReport['latencyMs']['recorded']) => (p ? `p50 ${p.p50} ms, p95 ${p.p95} ms` : '—');
  return (
    <section className="replay-report" aria-label="Replay report" data-testid="replay-report">
      <p>
        <strong>{r.sent}</strong> sent to <code>{r.target}</code> in {(r.durationMs / 1000).toFixed(1)} s: <strong data-testid="replay-same">{r.sameStatus}</strong> answered as recorded,{' '}
        <strong data-testid="replay-different">{r.differentStatus}</strong> with another status, <strong data-testid="replay-failed">{r.failed}</strong> failed
        {skipped.length > 0 && <>; not sent: {skipped.map(([why, n]) => `${n} (${why})`).join(', ')}</>}.
      </p>
      <p className="muted small">
        Latency recorded {lat(r.latencyMs.recorded)}; now {lat(r.latencyMs.replayed)}.
        {r.redacted.headersDropped > 0 && ` ${r.redacted.headersDropped} redacted header values were not sent.`}
        {r.redacted.queryValuesSent + r.redacted.bodiesWithRedactedFields > 0 && ` ${r.redacted.queryValuesSent + r.redacted.bodiesWithRedactedFields} requests went out with [redacted] in their query or body.`}
      </p>
      {r.differences.length > 0 && (
        <table className="ep-table">
          <caption>Another status</caption>
          <thead>
            <tr>
              <th>Method</th>
              <th>URL</th>
              <th>Recorded</th>
              <th>Now</th>
            </tr>
          </thead>
          <tbody>
            {r.differences.map((d, i) => (
              <tr key={`${d.id}-${i}`}>
                <td>{d.method}</td>
                <td className="mono">{d.url}</td>
                <td>{d.recorded ?? '—'}</td>
                <td>{d.replayed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.failures.length > 0 && (
        <table className="ep-table">
          <caption>Failed</caption>
          <thead>
            <tr>
              <th>Method</th>
              <th>URL</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {r.failures.map((f, i) => (
              <tr key={`${f.id}-${i}`}>
                <td>{f.method}</td>
                <td className="mono">{f.url}</td>
                <td>{f.error}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
