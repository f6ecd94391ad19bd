'use client';
import { formatDateTime } from '@/lib/entry';
import type { WebhookDelivery } from '@/lib/outputs-api';

/** A rule's recent deliveries, newest first: time, outcome in words and colour, HTTP status, attempts, error, message. */
export function WebhookDeliveries({ deliveries, name }: { deliveries: WebhookDelivery[]; name: string }) {
  if (deliveries.length === 0) return <p className="muted small">No deliveries yet: a matching entry (or &ldquo;Send test&rdquo;) sends one.</p>;
  return (
    <table className="map-edges deliveries" data-testid="deliveries">
      <caption>Recent deliveries of {name}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Outcome</th>
          <th scope="col" className="num">HTTP</th>
          <th scope="col" className="num">Attempts</th>
          <th scope="col">Error</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d, i) => (
          <tr key={`${d.at}-${i}`} data-ok={d.ok}>
            <td className="c-when">{formatDateTime(d.at)}</td>
            <td>
              <span className={`status ${d.ok ? 'st-ok' : 'st-server-error'}`}>
                <span className="st-dot" aria-hidden="true" />
                {d.ok ? 'delivered' : 'failed'}
              </span>
            </td>
            <td className="num">{d.status ?? '–'}</td>
            <td className="num">{d.attempts}</td>
            <td>{d.error ? <span className="kfl-error">{d.error}</span> : <span className="muted">none</span>}</td>
            <td className="mono small" data-testid="delivery-text">
              {d.entryId === null && <span className="tag">test</span>} {d.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
