/** `GET /api/apisec` (config and push status per service), `POST /api/apisec/push` (push now). */
import type { Hono } from 'hono';
import type { ApisecStatus } from '@trawl/api';
import type { ApiDeps } from '../deps.js';
import { sendError } from '../errors.js';
import { Params } from '../params.js';

export function apisecRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/apisec', (c) => {
    new Params(c, []);
    if (!deps.apisec) return c.json({ enabled: false, message: 'the APISec push is off: start the hub with --apisec-config service_config.json' } satisfies ApisecStatus);
    return c.json({ enabled: true, ...deps.apisec.status() } satisfies ApisecStatus);
  });

  app.post('/api/apisec/push', async (c) => {
    new Params(c, []);
    if (!deps.apisec) return sendError(c, 404, 'not_found', 'the APISec push is off on this hub');
    await deps.apisec.pushNow(true);
    return c.json({ enabled: true, ...deps.apisec.status() } satisfies ApisecStatus);
  });
}
