// tshark as the HTTP/2 oracle: per capture, the request HEADERS (:method, :path), the response
// HEADERS (:status, interim included) and the gRPC messages it dissects, with decode-as for the
// port (HTTP/2 has no default cleartext port). Nothing is cached between runs.
import { execFile } from 'node:child_process';

export interface H2Oracle {
  requests: string[];
  statuses: number[];
  grpcMessages: number;
}

const AGG = '\x1f';

export function tsharkHttp2(file: string, decodeAs: string[]): Promise<H2Oracle> {
  const args = ['-r', file, '-n', '-Y', 'http2', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a', '-E', `aggregator=${AGG}`];
  for (const rule of decodeAs) args.push('-d', rule);
  for (const f of ['http2.headers.method', 'http2.headers.path', 'http2.headers.status', 'grpc.message_length']) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 26, encoding: 'utf8' }, (err, stdout) => {
      if (err) return reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      const out: H2Oracle = { requests: [], statuses: [], grpcMessages: 0 };
      for (const line of stdout.split('\n')) {
        if (!line) continue;
        const [methods, paths, statuses, grpc] = line.split('\t').map((v) => (v ? v.split(AGG) : []));
        methods.forEach((m, i) => out.requests.push(`${m} ${paths[i] ?? ''}`));
        for (const s of statuses) out.statuses.push(Number(s));
        out.grpcMessages += grpc.length;
      }
      resolve(out);
    });
  });
}
