'use client';
/**
 * The inventory as a table, one row per service + method + path template. A row is focusable and
 * opens the endpoint's detail on click, Enter or Space; the open row is marked (not only by colour:
 * `aria-current` and a bar at its start).
 */
import { formatDateTime, formatLatency } from '@/lib/entry';
import type { EndpointSummary } from '@/lib/outputs-api';
import type { EndpointSort } from './EndpointFilters';
import { StatusChips } from './StatusChips';

const SORT_COLUMN: Record<EndpointSort, string> = { count: 'Requests', lastSeen: 'Last seen', template: 'Path template' };

export function EndpointTable({ endpoints, sort, selected, onOpen }: { endpoints: EndpointSummary[]; sort: EndpointSort; selected: string; onOpen: (id: string) => void }) {
  const th = (label: string, cls?: string) => (
    <th scope="col" className={cls} aria-sort={SORT_COLUMN[sort] === label ? (sort === 'template' ? 'ascending' : 'descending') : undefined}>
      {label}
    </th>
  );
  return (
    <table className="ep-table" data-testid="endpoints-table">
      <caption className="sr-only">Endpoints seen: press Enter on a row to open its detail</caption>
      <thead>
        <tr>
          {th('Service')}
          {th('Method')}
          {th('Path template')}
          {th('Requests', 'num')}
          {th('Status codes')}
          {th('p50', 'num')}
          {th('p95', 'num')}
          {th('First seen')}
          {th('Last seen')}
        </tr>
      </thead>
      <tbody>
        {endpoints.map((e) => (
          <tr
            key={e.id}
            data-service={e.service}
            data-endpoint={`${e.method} ${e.template}`}
            tabIndex={0}
            aria-current={e.id === selected ? 'true' : undefined}
            className={e.id === selected ? 'open' : undefined}
            onClick={() => onOpen(e.id)}
            onKeyDown={(k) => {
              if (k.key === 'Enter' || k.key === ' ') {
                k.preventDefault();
                onOpen(e.id);
              }
            }}
          >
            <td>{e.service}</td>
            <td className="c-method">{e.method}</td>
            <td className="c-path" data-testid="ep-template">
              {e.template}
              {e.healthCheck && <span className="tag">health check</span>}
            </td>
            <td className="num" data-testid="ep-count">
              {e.count}
            </td>
            <td>
              <StatusChips statuses={e.statuses} protocol={e.protocol} />
            </td>
            <td className="num">{formatLatency(e.latency.p50Ms)}</td>
            <td className="num">{formatLatency(e.latency.p95Ms)}</td>
            <td className="c-when">{formatDateTime(e.firstSeen)}</td>
            <td className="c-when">{formatDateTime(e.lastSeen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
