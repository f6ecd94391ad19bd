/** `GET /api/stats/timeseries?q=&from=&to=&step=` and `GET /api/stats/top?q=&from=&to=&by=&limit=` (the dashboard). */
import type { Hono } from 'hono';
import type { TimeSeriesResponse, TopResponse } from '@trawl/api';
import { compileQuery } from '../../query/compiled.js';
import { timeSeries, topEndpoints, type TopBy } from '../../query/stats.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter } from '../errors.js';
import { Params } from '../params.js';

const BY: readonly TopBy[] = ['volume', 'errors', 'latency'];

function range(p: Params): { from?: number; to?: number } {
  const from = p.time('from');
  const to = p.time('to');
  if (from !== undefined && to !== undefined && to < from) throw new BadParameter('to', 'to must not be before from');
  return { from, to };
}

export function statsRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/stats/timeseries', (c) => {
    const p = new Params(c, ['q', 'from', 'to', 'step']);
    const r = range(p);
    const step = p.int('step', 1_000, 86_400_000 * 7);
    const q = compileQuery(p.query());
    try {
      return c.json(timeSeries(deps.store.db, q, r, step) satisfies TimeSeriesResponse);
    } catch (e) {
      if (e instanceof RangeError) throw new BadParameter('step', e.message);
      throw e;
    }
  });

  app.get('/api/stats/top', (c) => {
    const p = new Params(c, ['q', 'from', 'to', 'by', 'limit']);
    const r = range(p);
    const by = (p.raw('by') || 'volume') as TopBy;
    if (!BY.includes(by)) throw new BadParameter('by', `by must be one of ${BY.join(', ')}`);
    const limit = p.int('limit', 1, 100, 10);
    const q = compileQuery(p.query());
    return c.json({ from: r.from ?? null, to: r.to ?? null, ...topEndpoints(deps.store.db, q, r, by, limit) } satisfies TopResponse);
  });
}
