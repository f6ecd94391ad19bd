/** `GET /api/servicemap?q=&from=&to=`. */
import type { Hono } from 'hono';
import type { ServiceMapResponse } from '@trawl/api';
import { compileQuery } from '../../query/compiled.js';
import { serviceMap } from '../../query/servicemap.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter } from '../errors.js';
import { Params } from '../params.js';

export function servicemapRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/servicemap', (c) => {
    const p = new Params(c, ['q', 'from', 'to']);
    const from = p.time('from');
    const to = p.time('to');
    if (from !== undefined && to !== undefined && to < from) throw new BadParameter('to', 'to must not be before from');
    const q = compileQuery(p.query());
    return c.json({ from: from ?? null, to: to ?? null, ...serviceMap(deps.store.db, q, { from, to }) } satisfies ServiceMapResponse);
  });
}
