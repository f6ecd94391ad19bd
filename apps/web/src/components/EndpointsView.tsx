'use client';
/**
 * The endpoint inventory (`/endpoints/`): every API endpoint the hub has seen, filtered by service,
 * path text and health checks, sorted, with one endpoint's detail open beside the table; below it
 * the APISec push. Filters, sort and the open endpoint live in the URL (`?service=&path=&health=1
 * &sort=&ep=`). Refreshes every 10 s.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getJson } from '@/lib/api';
import type { EndpointsResponse } from '@/lib/outputs-api';
import { useUrlState } from '@/lib/useUrlParams';
import { ApisecPanel } from './ApisecPanel';
import { EndpointDetail } from './EndpointDetail';
import { EndpointFilters, SORTS, type EndpointFilterValues, type EndpointSort } from './EndpointFilters';
import { EndpointTable } from './EndpointTable';
import { InventoryActions } from './InventoryActions';
import { QueryError } from './QueryError';

const byKey: Record<EndpointSort, (a: EndpointsResponse['endpoints'][number], b: EndpointsResponse['endpoints'][number]) => number> = {
  count: (a, b) => b.count - a.count || a.template.localeCompare(b.template),
  lastSeen: (a, b) => b.lastSeen - a.lastSeen || a.template.localeCompare(b.template),
  template: (a, b) => a.template.localeCompare(b.template) || a.method.localeCompare(b.method) || a.service.localeCompare(b.service),
};

const KEYS = ['service', 'path', 'health', 'sort', 'ep'] as const;

export function EndpointsView() {
  const { values: raw, patch, url } = useUrlState(KEYS);
  const values: EndpointFilterValues = {
    service: raw.service,
    text: raw.path,
    health: raw.health === '1',
    sort: SORTS.some((s) => s.id === raw.sort) ? (raw.sort as EndpointSort) : 'count',
  };
  const selected = raw.ep;
  const list = useQuery({
    queryKey: ['endpoints', 'list', values.service, values.health],
    queryFn: ({ signal }) => getJson<EndpointsResponse>('/api/endpoints', { service: values.service, includeHealthChecks: values.health ? 'true' : undefined }, signal),
    refetchInterval: 10_000,
  });
  const services = useQuery({
    queryKey: ['endpoints', 'services'],
    queryFn: ({ signal }) => getJson<{ services: string[] }>('/api/endpoints/services', {}, signal),
    refetchInterval: 10_000,
  });
  const shown = useMemo(() => {
    const t = values.text.trim().toLowerCase();
    const all = list.data?.endpoints ?? [];
    return (t ? all.filter((e) => e.template.toLowerCase().includes(t)) : [...all]).sort(byKey[values.sort]);
  }, [list.data, values.text, values.sort]);
  const open = list.data?.endpoints.find((e) => e.id === selected);

  const change = (p: Partial<EndpointFilterValues>) =>
    patch({
      ...(p.service !== undefined ? { service: p.service } : {}),
      ...(p.text !== undefined ? { path: p.text } : {}),
      ...(p.health !== undefined ? { health: p.health ? '1' : '' } : {}),
      ...(p.sort !== undefined ? { sort: p.sort === 'count' ? '' : p.sort } : {}),
    });

  const total = list.data?.total ?? 0;
  let body: React.ReactNode;
  if (list.error && !list.data) body = <QueryError err={list.error} what="the endpoint inventory" onRetry={() => void list.refetch()} />;
  else if (!list.data) body = <div className="empty">Loading…</div>;
  else if (total === 0)
    body = (
      <div className="empty" role="status">
        <h2>No endpoints {values.service ? `for ${values.service} ` : ''}yet</h2>
        <p>The inventory is built from captured HTTP, HTTP/2, gRPC and GraphQL requests. Send some traffic to a service trawl captures (<code>curl http://127.0.0.1:8000/api/users</code>) and it appears here within seconds.</p>
        {!values.health && <p className="muted">Health checks (/health, /ready, …) are hidden: tick &ldquo;Include health checks&rdquo; to see them.</p>}
      </div>
    );
  else if (shown.length === 0)
    body = (
      <div className="empty" role="status">
        <h2>No endpoint path contains &ldquo;{values.text}&rdquo;</h2>
        <p>
          {total} endpoints are hidden by the path filter.{' '}
          <button type="button" className="linklike" onClick={() => change({ text: '' })}>
            Clear the path filter
          </button>
        </p>
      </div>
    );
  else body = <EndpointTable endpoints={shown} sort={values.sort} selected={selected} onOpen={(id) => patch({ ep: id === selected ? '' : id })} />;

  return (
    <div className="page endpoints">
      <div className="toolbar wrap">
        <EndpointFilters values={values} services={services.data?.services ?? []} onChange={change} />
        <InventoryActions service={values.service} openapiService={values.service || open?.service || ''} health={values.health} total={total} />
      </div>
      <p className="toolbar muted small" aria-live="polite" data-testid="endpoints-count">
        {list.data ? `${shown.length} of ${total} endpoints` : ''}
        {list.data && list.data.counters.droppedEndpoints > 0 ? ` · ${list.data.counters.droppedEndpoints} dropped (inventory full)` : ''}
      </p>
      <div className="ep-scroll">
        <div className={`ep-split${open ? ' with-detail' : ''}`}>
          <div className="ep-list">{body}</div>
          {open && <EndpointDetail ep={open} token={url.token} onClose={() => patch({ ep: '' })} />}
        </div>
        <ApisecPanel />
      </div>
    </div>
  );
}
