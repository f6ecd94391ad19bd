import type { PartialEntry } from '../engine/types.js';
import type { DnsMessage, DnsRecord } from './parse.js';
import { opcodeName, rcodeName } from './names.js';

/** A message as the session saw it: when and how many bytes on the wire (TCP length prefix included). */
export interface Seen {
  message: DnsMessage;
  /** Capture time of its first byte and of its last byte. */
  ts: number;
  endTs: number;
  size: number;
}

type Flags = Record<string, boolean>;

function flags(m: DnsMessage): Flags {
  const h = m.header;
  const f: Flags = { aa: h.aa, tc: h.tc, rd: h.rd, ra: h.ra, ad: h.ad, cd: h.cd };
  if (h.z) f.z = true;
  return f;
}

/** Sections other than the question, only when present (queries rarely carry any). */
function sections(m: DnsMessage, out: Record<string, unknown>, withAnswers: boolean): void {
  const put = (key: string, list: DnsRecord[]) => {
    if (list.length > 0) out[key] = list;
  };
  if (withAnswers) out.answers = m.answers;
  else put('answers', m.answers);
  put('authorities', m.authorities);
  put('additionals', m.additionals);
  if (m.edns) out.edns = m.edns;
}

/** `request`: the first question in name/type (method = qtype, path = qname), all of them when not one. */
export function requestOf(m: DnsMessage): Record<string, unknown> {
  const q = m.questions[0];
  const r: Record<string, unknown> = {
    method: q?.type ?? '',
    path: q?.name ?? '',
    name: q?.name ?? '',
    type: q?.type ?? '',
    id: m.header.id,
    opcode: opcodeName(m.header.opcode),
    flags: flags(m),
  };
  if (q && q.class !== 'IN') r.class = q.class;
  if (m.questions.length !== 1) r.questions = m.questions;
  sections(m, r, false);
  return r;
}

/** `response`: status = rcode (EDNS-extended), answers always present. */
export function responseOf(m: DnsMessage): Record<string, unknown> {
  const q = m.questions[0];
  const r: Record<string, unknown> = { status: m.rcode, rcode: rcodeName(m.rcode), id: m.header.id, flags: flags(m) };
  if (m.header.opcode !== 0) r.opcode = opcodeName(m.header.opcode);
  if (q) {
    r.name = q.name;
    r.type = q.type;
  }
  if (m.questions.length > 1) r.questions = m.questions;
  sections(m, r, true);
  return r;
}

/** Problems worth showing on the entry: the message was cut, or held a malformed field. */
function anomaliesOf(...msgs: (Seen | null)[]): string[] {
  const out = new Set<string>();
  for (const s of msgs) {
    if (!s) continue;
    for (const e of s.message.events) out.add(e === 'truncated' ? 'truncated' : 'malformed');
  }
  return [...out];
}

export function buildEntry(query: Seen | null, response: Seen | null, transport: 'udp' | 'tcp'): PartialEntry {
  const first = (query ?? response)!;
  const anomalies = anomaliesOf(query, response);
  if (query === null) anomalies.push('unpaired');
  const entry: PartialEntry = {
    timestamp: first.ts,
    elapsedTime: query && response ? Math.max(0, response.endTs - query.ts) : null,
    protocol: { name: 'dns', version: transport, abbr: 'DNS' },
    request: query ? requestOf(query.message) : null,
    response: response ? responseOf(response.message) : null,
    requestSize: query?.size ?? 0,
    responseSize: response?.size ?? 0,
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  return entry;
}
