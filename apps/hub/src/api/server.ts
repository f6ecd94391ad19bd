/** Runs the Hono app on Node's HTTP server and closes it cleanly (open streams included). */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { MAX_QUERY_STRING } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port,
        // Big enough for a maximal query string, so the API (not Node) answers an oversized one.
        serverOptions: { maxHeaderSize: MAX_QUERY_STRING + 16_384, requestTimeout: 60_000, headersTimeout: 20_000 },
      },
      (info: AddressInfo) => {
        const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${h}:${info.port}`,
          port: info.port,
          // Open streams got their `close` event already (LiveFeed.close); give them a moment to
          // flush it, then cut whatever is left.
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              server.closeIdleConnections();
              setTimeout(() => server.closeAllConnections(), 1_000).unref();
            }),
        });
      },
    ) as Server;
    server.once('error', reject);
    // Past maxHeaderSize, or a request Node cannot parse: answer in JSON, like every other error.
    server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy();
      const tooBig = err.code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify(tooBig ? { error: 'bad_parameter', message: 'the request line or headers are too large' } : { error: 'bad_request', message: 'malformed HTTP request' });
      socket.end(
        `HTTP/1.1 ${tooBig ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
  });
}
