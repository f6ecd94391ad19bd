/**
 * The traffic overview: `GET /api/traffic/total`, `/api/traffic/overview`, `/api/traffic/flow`
 * (`?from=&to=&namespace=&limit=`), bytes and packets between named ends from the workers' L4
 * counters (traffic/store.ts). The range defaults to the last hour; minutes are the resolution.
 */
import type { Context, Hono } from 'hono';
import type { TrafficFlowResponse, TrafficOverviewResponse, TrafficTotalResponse } from '@trawl/api';
import type { TrafficStore, TrafficRange } from '../../traffic/store.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter, sendError } from '../errors.js';
import { Params } from '../params.js';

const HOUR = 3_600_000;

function range(p: Params): TrafficRange {
  const to = p.time('to') ?? Date.now();
  const from = p.time('from') ?? to - HOUR;
  if (to < from) throw new BadParameter('to', 'to must not be before from');
  const namespace = p.raw('namespace');
  if (namespace !== undefined && (namespace === '' || namespace.length > 253)) throw new BadParameter('namespace', 'namespace must be a name of 1..253 characters');
  return { from, to, ...(namespace !== undefined ? { namespace } : {}) };
}

export function trafficRoutes(app: Hono, deps: ApiDeps): void {
  const store = (c: Context): TrafficStore | Response => deps.traffic ?? sendError(c, 503, 'traffic_off', 'the traffic overview is not running in this hub');
  app.get('/api/traffic/total', (c) => {
    const s = store(c);
    if (s instanceof Response) return s;
    const r = range(new Params(c, ['from', 'to', 'namespace']));
    return c.json({ from: r.from, to: r.to, ...s.total(r) } satisfies TrafficTotalResponse);
  });
  app.get('/api/traffic/overview', (c) => {
    const s = store(c);
    if (s instanceof Response) return s;
    const p = new Params(c, ['from', 'to', 'namespace', 'limit']);
    const r = range(p);
    return c.json({ from: r.from, to: r.to, ...s.overview(r, p.int('limit', 1, 10_000, 500)) } satisfies TrafficOverviewResponse);
  });
  app.get('/api/traffic/flow', (c) => {
    const s = store(c);
    if (s instanceof Response) return s;
    const p = new Params(c, ['from', 'to', 'namespace', 'limit']);
    const r = range(p);
    return c.json({ from: r.from, to: r.to, ...s.flows(r, p.int('limit', 1, 10_000, 500)) } satisfies TrafficFlowResponse);
  });
}
