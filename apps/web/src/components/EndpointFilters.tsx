'use client';
/** The inventory's filters: service (from `/api/endpoints/services`), template text, health checks, sort. */
import { useId } from 'react';

export type EndpointSort = 'count' | 'lastSeen' | 'template';
export const SORTS: { id: EndpointSort; label: string }[] = [
  { id: 'count', label: 'Requests (most first)' },
  { id: 'lastSeen', label: 'Last seen (newest first)' },
  { id: 'template', label: 'Path template (A–Z)' },
];

export interface EndpointFilterValues {
  service: string;
  text: string;
  health: boolean;
  sort: EndpointSort;
}

export function EndpointFilters({ values, services, onChange }: { values: EndpointFilterValues; services: string[]; onChange: (patch: Partial<EndpointFilterValues>) => void }) {
  const id = useId();
  // A service named in the URL that the hub no longer knows stays selectable (and shows nothing).
  const options = values.service && !services.includes(values.service) ? [values.service, ...services] : services;
  return (
    <div className="filters" role="group" aria-label="Filter endpoints">
      <label htmlFor={`${id}-svc`}>Service</label>
      <select id={`${id}-svc`} value={values.service} onChange={(e) => onChange({ service: e.target.value })}>
        <option value="">All services</option>
        {options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>Path contains</label>
      <input id={`${id}-text`} type="search" className="text-input" placeholder="/api/users" value={values.text} onChange={(e) => onChange({ text: e.target.value })} />
      <label className="check">
        <input type="checkbox" checked={values.health} onChange={(e) => onChange({ health: e.target.checked })} /> Include health checks
      </label>
      <label htmlFor={`${id}-sort`}>Sort by</label>
      <select id={`${id}-sort`} value={values.sort} onChange={(e) => onChange({ sort: e.target.value as EndpointSort })}>
        {SORTS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </div>
  );
}
