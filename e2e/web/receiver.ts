// A loopback HTTP receiver that records every request (method, path, headers, JSON body) and
// answers with `reply` (200 `{}` by default): the stand-in for a Slack webhook or the APISec API.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { once } from 'node:events';

export interface Received {
  at: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface Receiver {
  url: string;
  got: Received[];
  server: Server;
  close(): Promise<void>;
}

export async function startReceiver(reply: (r: Received) => { status: number; body?: unknown } = () => ({ status: 200, body: {} })): Promise<Receiver> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: kept as text
      }
      const r: Received = { at: Date.now(), method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      got.push(r);
      const out = reply(r);
      res.writeHead(out.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out.body ?? {}));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    got,
    server,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
