/**
 * HTTP/2 requests to one origin for a replay: one connection (h2c with prior knowledge for
 * http://, TLS with ALPN h2 for https://), opened at the first request, every request a stream on
 * it, as HTTP/2 clients do. A connection that fails or goes away is opened again for the next one.
 */
import { connect, constants, type ClientHttp2Session } from 'node:http2';

export class H2Client {
  private session: ClientHttp2Session | null = null;

  constructor(private readonly target: URL) {}

  /** The answer's status, once its body has been read to the end. */
  send(method: string, url: string, headers: readonly [string, string][], body: Uint8Array | null, timeoutMs: number): Promise<number> {
    const session = this.open();
    const u = new URL(url);
    const h: Record<string, string | string[]> = { ':method': method, ':path': u.pathname + u.search, ':scheme': u.protocol.slice(0, -1), ':authority': u.host };
    for (const [k, v] of headers) {
      if (k === 'te' && v !== 'trailers') continue; // the only TE HTTP/2 allows
      const prev = h[k];
      h[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return new Promise((resolve, reject) => {
      let status = 0;
      const stream = session.request(h, { endStream: body === null });
      const timer = setTimeout(() => {
        stream.close(constants.NGHTTP2_CANCEL);
        reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' }));
      }, timeoutMs);
      stream.on('response', (res) => (status = Number(res[':status'])));
      stream.on('data', () => {});
      stream.on('end', () => {
        clearTimeout(timer);
        resolve(status);
      });
      stream.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      if (body !== null) stream.end(body);
    });
  }

  close(): void {
    this.session?.close();
    this.session = null;
  }

  private open(): ClientHttp2Session {
    if (this.session && !this.session.closed && !this.session.destroyed) return this.session;
    const session = connect(this.target.origin);
    // A connection error is each waiting stream's error too; this keeps it from being unhandled.
    session.on('error', () => {});
    session.on('close', () => {
      if (this.session === session) this.session = null;
    });
    this.session = session;
    return session;
  }
}
