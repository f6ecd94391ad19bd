/** `GET /metrics`: Prometheus text exposition of the hub's registry (metrics/hub-metrics.ts). */
import type { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { Params } from '../params.js';
import { sendError } from '../errors.js';

export function metricsRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/metrics', async (c) => {
    new Params(c, []);
    if (!deps.metrics) return sendError(c, 404, 'not_found', 'metrics are off on this hub');
    const text = await deps.metrics.text();
    return c.body(text, 200, { 'content-type': deps.metrics.contentType });
  });
}
