// tshark as the framing oracle (it has no GraphQL dissector): the HTTP/1 and HTTP/2 requests of a
// capture with their method, target, content type and body, in capture order.
import { execFileSync } from 'node:child_process';

export interface WireRequest {
  method: string;
  uri: string;
  contentType: string;
  body: string;
}

function tsharkJson(file: string, args: string[]): Record<string, string[]>[] {
  const out = execFileSync('tshark', ['-r', file, '-n', '-T', 'json', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { _source: { layers: Record<string, string[]> } }[]).map((p) => p._source.layers);
}

/** HTTP/1 requests (decode-as `port`), one per request tshark dissected. */
export function http1Requests(file: string, port: number): WireRequest[] {
  const rows = tsharkJson(file, ['-d', `tcp.port==${port},http`, '-Y', 'http.request', '-e', 'http.request.method', '-e', 'http.request.uri', '-e', 'http.content_type', '-e', 'http.file_data']);
  return rows.map((l) => ({ method: l['http.request.method'][0], uri: l['http.request.uri'][0], contentType: l['http.content_type']?.[0] ?? '', body: l['http.file_data']?.[0] ?? '' }));
}

/**
 * HTTP/2 requests (decode-as `port`): client HEADERS and DATA frames gathered per connection and
 * stream. The content type is left empty (the oracle reads JSON bodies by their first byte).
 */
export function http2Requests(file: string, port: number): WireRequest[] {
  const rows = tsharkJson(file, ['-d', `tcp.port==${port},http2`, '-Y', `tcp.dstport==${port} && (http2.type==0 || http2.type==1)`, '-e', 'tcp.srcport', '-e', 'http2.streamid', '-e', 'http2.type', '-e', 'http2.headers.method', '-e', 'http2.headers.path', '-e', 'http2.data.data']);
  const streams = new Map<string, { method: string; uri: string; hex: string }>();
  for (const l of rows) {
    const ids = l['http2.streamid'] ?? [];
    const methods = [...(l['http2.headers.method'] ?? [])];
    const paths = [...(l['http2.headers.path'] ?? [])];
    const data = [...(l['http2.data.data'] ?? [])];
    (l['http2.type'] ?? []).forEach((t, i) => {
      const key = `${l['tcp.srcport'][0]}/${ids[i]}`;
      if (t === '1') streams.set(key, { method: methods.shift() ?? '', uri: paths.shift() ?? '', hex: '' });
      else if (t === '0' && streams.has(key)) streams.get(key)!.hex += (data.shift() ?? '').replace(/:/g, '');
    });
  }
  return [...streams.values()].map((s) => ({ method: s.method, uri: s.uri, contentType: '', body: Buffer.from(s.hex, 'hex').toString('utf8') }));
}
