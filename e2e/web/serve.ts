// A tiny static server for apps/web/out that proxies /api/ and /health to the hub: the stand-in
// for the hub's own `--static DIR` while `trawl start` does not pass it. Same origin, as in production.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { once } from 'node:events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export async function serveUi(outDir: string, hub: string, port = 0): Promise<{ url: string; server: Server }> {
  const root = resolve(outDir);
  const target = new URL(hub);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') || url.pathname === '/health' || url.pathname === '/metrics') {
      const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unavailable', message: 'the hub does not answer' }));
      });
      req.pipe(up);
      res.on('close', () => up.destroy());
      return;
    }
    let file = join(root, normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) file = join(root, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = existsSync(`${file}.html`) ? `${file}.html` : join(root, '404.html');
    res.writeHead(file.endsWith('404.html') ? 404 : 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

// `node --import tsx e2e/web/serve.ts OUT HUB [PORT]` for trying the UI by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [out, hub, port] = process.argv.slice(2);
  const { url } = await serveUi(out ?? 'apps/web/out', hub ?? 'http://127.0.0.1:8898', Number(port ?? 0));
  console.log(`UI on ${url}`);
}
