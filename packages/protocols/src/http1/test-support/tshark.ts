// tshark as the oracle: which HTTP/1 requests and responses it dissects in a capture, per TCP
// connection, in order. Needs tshark on PATH (CI installs it); nothing is cached between runs.
import { connKey, normalizeIp, tsharkFields } from '../../capture/test-support/tshark.js';

export interface OracleMessage {
  frame: number;
  stream: number;
  /** The connection, as both endpoints sorted: the same key trawl's entries map to. */
  conn: string;
  kind: 'request' | 'response';
  method?: string;
  uri?: string;
  status?: number;
}

const FIELDS = ['frame.number', 'tcp.stream', 'ip.src', 'ipv6.src', 'tcp.srcport', 'ip.dst', 'ipv6.dst', 'tcp.dstport', 'http.request.method', 'http.request.uri', 'http.response.code'];
/** Separates the occurrences of one field in a frame (several PDUs per segment); never in a URI. */
const AGG = '\x1f';

/** `decodeAs`: MANIFEST's rules, e.g. `tcp.port==8000,http;tcp.port==35635,http`. */
export async function tsharkHttp(file: string, decodeAs: string): Promise<OracleMessage[]> {
  const rows = await tsharkFields(file, { filter: 'http.request || http.response', decodeAs: decodeAs.split(';').filter(Boolean), fields: FIELDS, aggregator: AGG });
  return parseFields(rows);
}

function parseFields(rows: string[][]): OracleMessage[] {
  const messages: OracleMessage[] = [];
  for (const [frame, stream, ip4s, ip6s, sport, ip4d, ip6d, dport, methods, uris, codes] of rows) {
    // Tunnels repeat the address fields: the innermost (last) one carries the TCP segment.
    const last = (v: string): string => v.split(AGG).pop()!;
    const src = `${normalizeIp(last(ip6s) || last(ip4s))} ${sport}`;
    const dst = `${normalizeIp(last(ip6d) || last(ip4d))} ${dport}`;
    const base = { frame: Number(frame), stream: Number(stream), conn: connKey(src, dst) };
    if (methods) {
      const us = uris.split(AGG);
      methods.split(AGG).forEach((method, i) => messages.push({ ...base, kind: 'request', method, uri: us[i] ?? '' }));
    }
    if (codes) for (const c of codes.split(AGG)) messages.push({ ...base, kind: 'response', status: Number(c) });
  }
  return messages;
}
