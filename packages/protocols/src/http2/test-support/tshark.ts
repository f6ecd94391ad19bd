// tshark as the HTTP/2 oracle: per capture, the request HEADERS (:method, :path), the response
// HEADERS (:status, interim included) and the gRPC messages it dissects, with decode-as for the
// port (HTTP/2 has no default cleartext port). Nothing is cached between runs.
import { tsharkFields } from '../../capture/test-support/tshark.js';

export interface H2Oracle {
  requests: string[];
  statuses: number[];
  grpcMessages: number;
}

const AGG = '\x1f';

export async function tsharkHttp2(file: string, decodeAs: string[]): Promise<H2Oracle> {
  const rows = await tsharkFields(file, { filter: 'http2', decodeAs, fields: ['http2.headers.method', 'http2.headers.path', 'http2.headers.status', 'grpc.message_length'], aggregator: AGG });
  const out: H2Oracle = { requests: [], statuses: [], grpcMessages: 0 };
  for (const row of rows) {
    const [methods, paths, statuses, grpc] = row.map((v) => (v ? v.split(AGG) : []));
    methods.forEach((m, i) => out.requests.push(`${m} ${paths[i] ?? ''}`));
    for (const s of statuses) out.statuses.push(Number(s));
    out.grpcMessages += grpc.length;
  }
  return out;
}
