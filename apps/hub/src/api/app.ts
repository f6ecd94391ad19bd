/**
 * The hub's HTTP API (DESIGN.md §9): JSON everywhere, errors as `{error, message}` (+ `position`
 * for KFL), GET only except the few routes that change settings (DELETE /api/endpoints, webhooks,
 * recordings, capture jobs). Routes live in `routes/`; this file adds the guards every route shares.
 */
import { Hono } from 'hono';
import { audit, requireAuth } from './auth.js';
import type { ApiDeps } from './deps.js';
import { errorResponse, sendError } from './errors.js';
import { exportRoutes } from './routes/export.js';
import { entriesRoutes } from './routes/entries.js';
import { endpointsRoutes } from './routes/endpoints.js';
import { kflRoutes } from './routes/kfl.js';
import { metricsRoutes } from './routes/metrics.js';
import { webhooksRoutes } from './routes/webhooks.js';
import { apisecRoutes } from './routes/apisec.js';
import { jobsRoutes } from './routes/jobs.js';
import { trafficRoutes } from './routes/traffic.js';
import { recordingsRoutes } from './routes/recordings.js';
import { servicemapRoutes } from './routes/servicemap.js';
import { statsRoutes } from './routes/stats.js';
import { statusRoutes } from './routes/status.js';
import { streamRoutes } from './routes/stream.js';
import { mountStatic } from './static.js';

/** Longest query string accepted: a maximal KFL query (64 KiB) percent-encoded, plus the rest. */
export const MAX_QUERY_STRING = 3 * 65_536 + 4_096;
/** No route takes a big body; anything bigger than this is refused before it is read. */
export const MAX_BODY = 64 * 1024;

const API_PATHS = [/^\/api\/entries(\/.*)?$/, /^\/api\/stream$/, /^\/api\/kfl\/(validate|complete)$/, /^\/api\/servicemap$/, /^\/api\/stats(\/(timeseries|top))?$/, /^\/health$/, /^\/metrics$/, /^\/api\/openapi\/.*$/, /^\/api\/endpoints\/(services|export)$/, /^\/api\/traffic\/(total|overview|flow)$/];

export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const url = c.req.url;
    const qs = url.indexOf('?');
    if (qs >= 0 && url.length - qs - 1 > MAX_QUERY_STRING) {
      return sendError(c, 400, 'bad_parameter', `the query string is longer than ${MAX_QUERY_STRING} bytes`);
    }
    const length = Number(c.req.header('content-length') ?? 0);
    if (!Number.isFinite(length) || length > MAX_BODY) return sendError(c, 413, 'payload_too_large', `request bodies are limited to ${MAX_BODY} bytes`);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && API_PATHS.some((r) => r.test(c.req.path))) {
      c.header('Allow', 'GET, HEAD');
      return sendError(c, 405, 'method_not_allowed', `${c.req.method} is not allowed here; use GET`);
    }
    return next();
  });
  // Around the auth check, so refused attempts are written down too.
  app.use('*', audit(deps.log));
  if (deps.token !== undefined || deps.forwardAuth !== undefined) app.use('*', requireAuth(deps.token, deps.forwardAuth));

  // Before entriesRoutes: its /api/entries/:id would take "export" for an id.
  exportRoutes(app, deps);
  entriesRoutes(app, deps);
  kflRoutes(app, deps);
  servicemapRoutes(app, deps);
  statsRoutes(app, deps);
  statusRoutes(app, deps);
  streamRoutes(app, deps);
  metricsRoutes(app, deps);
  endpointsRoutes(app, deps);
  webhooksRoutes(app, deps);
  apisecRoutes(app, deps);
  recordingsRoutes(app, deps);
  jobsRoutes(app, deps);
  trafficRoutes(app, deps);
  if (deps.staticDir) mountStatic(app, deps.staticDir);

  app.notFound((c) => sendError(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path.slice(0, 200)}`));
  app.onError((e, c) => errorResponse(c, e, deps.log));
  return app;
}
