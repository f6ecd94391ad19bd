/**
 * Entries of known shape for the hub's tests and bench: deterministic by index, several protocols,
 * names, methods and statuses (every 5th HTTP entry is a 5xx), timestamps 10 ms apart.
 */
import type { EntryBatch } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';

const NAMES = ['frontend', 'backend', 'orders', 'users', 'payments', 'cart', 'search', 'my-service'];
const PROTOCOLS = ['http', 'http', 'http', 'http2', 'grpc', 'redis', 'kafka', 'postgres', 'dns', 'amqp'];
const STATUS = [200, 200, 200, 200, 201, 204, 301, 404, 500, 503];
export const T0 = 1_764_900_000_000;

export function makeEntry(i: number, options: { node?: string; prefix?: string; t0?: number } = {}): Entry {
  const node = options.node ?? 'node-a';
  const p = PROTOCOLS[i % PROTOCOLS.length] as string;
  const http = p === 'http' || p === 'http2' || p === 'grpc';
  const name = NAMES[i % 8] as string;
  return {
    schema: 1,
    id: `${options.prefix ?? node}/${i}`,
    node,
    timestamp: (options.t0 ?? T0) + i * 10,
    elapsedTime: (i * 7919) % 3000,
    protocol: { name: p, version: '1.1', abbr: p.toUpperCase() },
    transport: p === 'dns' ? 'udp' : 'tcp',
    src: { ip: `10.0.${i % 7}.${i % 200}`, port: 40000 + (i % 1000), name, namespace: i % 3 ? 'production' : 'staging', kind: 'pod' },
    dst:
      i % 11 === 0
        ? { ip: `93.184.216.${i % 3}`, port: 443, kind: 'external' }
        : { ip: `10.1.${i % 5}.${i % 100}`, port: 8080, name: NAMES[(i * 3) % 8], namespace: 'production', kind: 'service' },
    request: http
      ? {
          method: i % 3 ? 'GET' : 'POST',
          path: `/api/${name}/${i % 1000}`,
          url: `/api/${name}/${i % 1000}`,
          queryString: {},
          httpVersion: '1.1',
          headers: { 'user-agent': i % 50 ? 'Mozilla/5.0' : 'curl/8.5', 'content-type': 'application/json' },
          body: { text: `{"id":${i}}`, size: 10, captured: 10, truncated: false, encoding: 'utf8' },
        }
      : { command: 'GET', key: `k${i % 100}` },
    response: {
      status: http ? (STATUS[(Math.floor(i / PROTOCOLS.length) * 3 + i) % STATUS.length] as number) : 0,
      statusText: 'OK',
      headers: { 'content-type': 'application/json' },
      body: null,
    },
    requestSize: 200 + (i % 500),
    responseSize: 100 + (i % 900),
  };
}

export function makeEntries(from: number, n: number, options?: Parameters<typeof makeEntry>[1]): Entry[] {
  return Array.from({ length: n }, (_, k) => makeEntry(from + k, options));
}

/** A batch in the current wire version (2); `v: 1` publishes the old format (compatibility). */
export function makeBatch(batchId: string, entries: Entry[], node = 'node-a', v: EntryBatch['v'] = 2): EntryBatch {
  return { v, node, batchId, entries };
}
