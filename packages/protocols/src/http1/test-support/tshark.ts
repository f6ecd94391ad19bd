// tshark as the oracle: which HTTP/1 requests and responses it dissects in a capture, per TCP
// connection, in order. Needs tshark on PATH (CI installs it); nothing is cached between runs.
import { execFile } from 'node:child_process';

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

export function tsharkAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('tshark', ['--version'], (err) => resolve(!err)));
}

/** `decodeAs`: MANIFEST's rules, e.g. `tcp.port==8000,http;tcp.port==35635,http`. */
export function tsharkHttp(file: string, decodeAs: string): Promise<OracleMessage[]> {
  const args = ['-r', file, '-n', '-Y', 'http.request || http.response', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a', '-E', `aggregator=${AGG}`];
  for (const rule of decodeAs.split(';').filter(Boolean)) args.push('-d', rule);
  for (const f of FIELDS) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout) => {
      if (err) reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      else resolve(parseFields(stdout));
    });
  });
}

function parseFields(out: string): OracleMessage[] {
  const messages: OracleMessage[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [frame, stream, ip4s, ip6s, sport, ip4d, ip6d, dport, methods, uris, codes] = line.split('\t');
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

export function connKey(a: string, b: string): string {
  return a < b ? `${a} | ${b}` : `${b} | ${a}`;
}

/** One spelling per address (tshark and trawl may compress IPv6 differently). */
export function normalizeIp(ip: string): string {
  return ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}
