// The two oracles of the Kafka dissector: tshark (classic versions; 4.0 cannot decode flexible
// bodies and leaves their responses unmatched) and deepflow's `.result` files (one KafkaInfo
// line per message, flexible versions included).
import { existsSync, readFileSync } from 'node:fs';
import { tsharkFields } from '../../capture/test-support/tshark.js';

export interface OracleRequest {
  /** The client's port (correlation ids repeat across connections); absent for deepflow. */
  client?: number;
  apiKey: number | string;
  apiVersion: number;
  correlationId: number;
  clientId?: string;
  topic?: string;
  /** Bytes on the wire, size prefix included (deepflow's captured_request_byte). */
  size?: number;
}

export interface OracleResponse {
  client?: number;
  correlationId: number;
  /** First non-zero error code tshark/deepflow decoded, else 0; undefined when it decoded none. */
  status?: number;
  size?: number;
}

export interface OracleView {
  requests: OracleRequest[];
  responses: OracleResponse[];
  pdus: number;
}

const AGG = '\x1f';
const FIELDS = ['tcp.srcport', 'tcp.dstport', 'kafka.api_key', 'kafka.api_version', 'kafka.correlation_id', 'kafka.request_frame', 'kafka.client_id', 'kafka.error', 'kafka.len'];

/** tshark's Kafka PDUs, with decode-as for the non-standard broker ports of the fixtures and ours. */
export async function tsharkKafka(file: string, ports: number[]): Promise<OracleView> {
  const rows = await tsharkFields(file, { filter: 'kafka', decodeAs: ports.map((p) => `tcp.port==${p},kafka`), fields: FIELDS, aggregator: AGG });
  const view: OracleView = { requests: [], responses: [], pdus: 0 };
  for (const row of rows) {
    const [[sport], [dport], keys, versions, corrs, , clients, errors, lens] = row.map((v) => (v === '' ? [] : v.split(AGG)));
    view.pdus += lens.length;
    if (versions.length > 0) {
      versions.forEach((v, i) => view.requests.push({ client: Number(sport), apiKey: Number(keys[i]), apiVersion: Number(v), correlationId: Number(corrs[i]), clientId: clients[i] }));
    } else {
      // Several responses in one frame would mix their error lists; the fixtures have one per frame.
      const errs = errors.map(Number);
      for (const c of corrs) view.responses.push({ client: Number(dport), correlationId: Number(c), status: errs.length ? errs.find((x) => x !== 0) ?? 0 : undefined });
    }
  }
  return view;
}

/** deepflow's decode of a capture, from its `.result` companion; null when there is none. */
export function deepflowResult(pcap: string): OracleView | null {
  const file = pcap.replace(/\.pcap$/, '.result');
  if (!existsSync(file)) return null;
  const view: OracleView = { requests: [], responses: [], pdus: 0 };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('KafkaInfo')) continue;
    view.pdus++;
    const field = (name: string) => new RegExp(`${name}: ([^,]+)`).exec(line)?.[1];
    const num = (name: string) => Number(/Some\((-?\d+)\)/.exec(field(name) ?? '')?.[1] ?? NaN);
    const text = (name: string) => /"(.*?)"/.exec(field(name) ?? '')?.[1] ?? '';
    const int = (name: string) => Number(field(name));
    if (field('msg_type') === 'Request') {
      const topic = text('topic_name');
      view.requests.push({ apiKey: field('api_key')!, apiVersion: Number(field('api_version')), correlationId: num('correlation_id'), clientId: text('client_id'), size: int('captured_request_byte'), ...(topic ? { topic } : {}) });
    } else {
      const s = num('status_code');
      view.responses.push({ correlationId: num('correlation_id'), size: int('captured_response_byte'), ...(Number.isNaN(s) ? {} : { status: s }) });
    }
  }
  return view;
}
