/**
 * The hook for the built web UI (issue 6): `--static DIR` serves DIR for every path outside
 * `/api/` and `/health`, with `index.html` for paths that name no file (client-side routes).
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function mountStatic(app: Hono, dir: string): void {
  const root = relative(process.cwd(), resolve(dir)) || '.';
  const index = join(resolve(dir), 'index.html');
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/health') return next();
    return serveStatic({ root })(c, next);
  });
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || !existsSync(index)) return next();
    return serveStatic({ path: relative(process.cwd(), index) })(c, next);
  });
}
