/**
 * The endpoint inventory (endpoints/): `GET /api/endpoints?service=&includeHealthChecks=`,
 * `GET /api/endpoints/services`, `GET /api/endpoints/export` (`captured-endpoints.json`),
 * `DELETE /api/endpoints` (clear), `GET /api/openapi/:service` (OpenAPI 3.1).
 */
import type { Context, Hono } from 'hono';
import type { EndpointServicesResponse, EndpointsClearedResponse, EndpointsResponse } from '@trawl/api';
import { endpointSummary, type EndpointInventory } from '../../endpoints/inventory.js';
import { capturedEndpoints } from '../../endpoints/export.js';
import { openapiDocument } from '../../endpoints/openapi.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter, sendError } from '../errors.js';
import { Params } from '../params.js';

function flag(p: Params, name: string): boolean {
  const v = p.raw(name);
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new BadParameter(name, `${name} must be true or false`);
}

function service(p: Params): string | undefined {
  const s = p.raw('service');
  if (s !== undefined && s.length > 512) throw new BadParameter('service', 'service must be at most 512 characters');
  return s === '' ? undefined : s;
}

export function endpointsRoutes(app: Hono, deps: ApiDeps): void {
  const off = (c: Context) => sendError(c, 404, 'not_found', 'the endpoint inventory is off on this hub');

  app.get('/api/endpoints', (c) => {
    const p = new Params(c, ['service', 'includeHealthChecks']);
    const inv = deps.endpoints;
    if (!inv) return off(c);
    const list = inv.list({ service: service(p), includeHealthChecks: flag(p, 'includeHealthChecks') });
    return c.json({ endpoints: list.map(endpointSummary), total: list.length, counters: inv.counters } satisfies EndpointsResponse);
  });

  app.get('/api/endpoints/services', (c) => {
    new Params(c, []);
    if (!deps.endpoints) return off(c);
    return c.json({ services: deps.endpoints.services() } satisfies EndpointServicesResponse);
  });

  app.get('/api/endpoints/export', (c) => {
    const p = new Params(c, ['service', 'includeHealthChecks']);
    const inv = deps.endpoints;
    if (!inv) return off(c);
    const records = capturedEndpoints(inv.list({ service: service(p), includeHealthChecks: flag(p, 'includeHealthChecks') }));
    c.header('content-disposition', 'attachment; filename="captured-endpoints.json"');
    return c.json(records);
  });

  app.delete('/api/endpoints', (c) => {
    new Params(c, []);
    const inv: EndpointInventory | undefined = deps.endpoints;
    if (!inv) return off(c);
    const cleared = inv.size;
    inv.clear();
    deps.onEndpointsCleared?.();
    return c.json({ cleared } satisfies EndpointsClearedResponse);
  });

  app.get('/api/openapi/:service', (c) => {
    new Params(c, []);
    const inv = deps.endpoints;
    if (!inv) return off(c);
    const name = c.req.param('service');
    const list = inv.list({ service: name });
    if (list.length === 0) return sendError(c, 404, 'not_found', `no endpoints seen for service ${JSON.stringify(name.slice(0, 200))}`);
    c.header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.openapi.json"`);
    return c.json(openapiDocument(name, list));
  });
}
