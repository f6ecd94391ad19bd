import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** `/metrics` (Prometheus text) and `/health` (JSON) on the worker's own port. */
export function startHttp(register: Registry, health: () => { ok: boolean } & Record<string, unknown>, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET' }).end(JSON.stringify({ error: 'method_not_allowed', message: 'only GET' }));
      return;
    }
    if (path === '/metrics') {
      register.metrics().then(
        (text) => res.writeHead(200, { 'content-type': register.contentType }).end(text),
        (e: Error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'metrics_failed', message: e.message })),
      );
    } else if (path === '/health') {
      const h = health();
      res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(h));
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found', message: 'try /metrics or /health' }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
