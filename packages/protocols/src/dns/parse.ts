import { DNS_LIMITS } from './limits.js';
import { readName } from './name.js';
import { className, ednsOptionName, typeName, TYPE } from './names.js';
import { decodeRdata, hex, ipv4, ipv6 } from './rdata.js';

export const HEADER_SIZE = 12;

export interface DnsHeader {
  id: number;
  qr: boolean;
  opcode: number;
  aa: boolean;
  tc: boolean;
  rd: boolean;
  ra: boolean;
  /** The reserved bit (must be zero). */
  z: boolean;
  ad: boolean;
  cd: boolean;
  /** The 4 header bits only; see `DnsMessage.rcode` for the EDNS-extended value. */
  rcode: number;
  qdcount: number;
  ancount: number;
  nscount: number;
  arcount: number;
}

export interface DnsQuestion {
  name: string;
  type: string;
  class: string;
  /** mDNS (RFC 6762 §5.4): the top bit of the class asks for a unicast response. */
  unicastResponse?: true;
}

export interface DnsRecord {
  name: string;
  type: string;
  /** Omitted for IN, the class of nearly every record. */
  class?: string;
  ttl: number;
  /** Presentation form, as dig and zone files write it; RFC 3597 `\# len hex` when not decoded. */
  data: string;
  /** mDNS cache-flush bit (RFC 6762 §10.2). */
  cacheFlush?: true;
}

export interface EdnsOption {
  code: string;
  data: string;
}

export interface Edns {
  udpSize: number;
  version: number;
  do: boolean;
  /** The upper 8 bits of the 12-bit rcode. */
  extendedRcode: number;
  options: EdnsOption[];
}

export interface DnsMessage {
  header: DnsHeader;
  questions: DnsQuestion[];
  answers: DnsRecord[];
  authorities: DnsRecord[];
  additionals: DnsRecord[];
  /** The OPT pseudo-record of the additional section (kept out of `additionals`). */
  edns?: Edns;
  /** Header rcode extended by EDNS (RFC 6891 §6.1.3). */
  rcode: number;
  /** Problems inside a well-framed message (`truncated`, `bad_rdata.MX`, …), counted as `dns.error.*`. */
  events: string[];
  size: number;
}

export type ParseResult = { ok: true; message: DnsMessage } | { ok: false; code: 'short_header' };

export function parseHeader(m: Uint8Array, o = 0): DnsHeader {
  const f = (m[o + 2] << 8) | m[o + 3];
  const u16 = (i: number) => (m[o + i] << 8) | m[o + i + 1];
  return {
    id: u16(0),
    qr: (f & 0x8000) !== 0,
    opcode: (f >> 11) & 0xf,
    aa: (f & 0x0400) !== 0,
    tc: (f & 0x0200) !== 0,
    rd: (f & 0x0100) !== 0,
    ra: (f & 0x0080) !== 0,
    z: (f & 0x0040) !== 0,
    ad: (f & 0x0020) !== 0,
    cd: (f & 0x0010) !== 0,
    rcode: f & 0xf,
    qdcount: u16(4),
    ancount: u16(6),
    nscount: u16(8),
    arcount: u16(10),
  };
}

/**
 * One whole DNS message (a UDP datagram, or a TCP frame without its length). Only a message shorter
 * than the header fails; a message that ends early or holds a bad record is returned with what was
 * read and the problem in `events` (framing of the message itself is the datagram or TCP frame).
 * The message's own bytes are not kept: names and data are copied into strings.
 */
export function parseMessage(m: Uint8Array): ParseResult {
  if (m.length < HEADER_SIZE) return { ok: false, code: 'short_header' };
  const header = parseHeader(m);
  const msg: DnsMessage = { header, questions: [], answers: [], authorities: [], additionals: [], rcode: header.rcode, events: [], size: m.length };
  let o = HEADER_SIZE;
  for (let i = 0; i < header.qdcount; i++) {
    const r = readName(m, o);
    if (!r.ok) return stop(msg, r.code === 'truncated' ? 'truncated' : `bad_name.${r.code}`);
    if (r.next + 4 > m.length) return stop(msg, 'truncated');
    const cls = (m[r.next + 2] << 8) | m[r.next + 3];
    const q: DnsQuestion = { name: r.name, type: typeName((m[r.next] << 8) | m[r.next + 1]), class: className(cls & 0x7fff) };
    if (cls & 0x8000) q.unicastResponse = true;
    if (msg.questions.length < DNS_LIMITS.maxQuestions) msg.questions.push(q);
    else note(msg, 'questions_dropped');
    o = r.next + 4;
  }
  const sections: [DnsRecord[], number][] = [
    [msg.answers, header.ancount],
    [msg.authorities, header.nscount],
    [msg.additionals, header.arcount],
  ];
  for (const [list, count] of sections) {
    for (let i = 0; i < count; i++) {
      const next = record(m, o, msg, list);
      if (next < 0) return { ok: true, message: msg };
      o = next;
    }
  }
  if (o < m.length) note(msg, 'trailing_bytes');
  return { ok: true, message: msg };
}

function stop(msg: DnsMessage, event: string): ParseResult {
  note(msg, event);
  return { ok: true, message: msg };
}

function note(msg: DnsMessage, event: string): void {
  if (!msg.events.includes(event)) msg.events.push(event);
}

/** One resource record at `m[o]` into `list`; returns where the next one starts, or -1 when framing is lost. */
function record(m: Uint8Array, o: number, msg: DnsMessage, list: DnsRecord[]): number {
  const r = readName(m, o);
  if (!r.ok) {
    stop(msg, r.code === 'truncated' ? 'truncated' : `bad_name.${r.code}`);
    return -1;
  }
  const p = r.next;
  if (p + 10 > m.length) {
    stop(msg, 'truncated');
    return -1;
  }
  const type = (m[p] << 8) | m[p + 1];
  const cls = (m[p + 2] << 8) | m[p + 3];
  const ttl = ((m[p + 4] << 24) | (m[p + 5] << 16) | (m[p + 6] << 8) | m[p + 7]) >>> 0;
  const rdlength = (m[p + 8] << 8) | m[p + 9];
  const start = p + 10;
  const end = start + rdlength;
  if (end > m.length) {
    // The record's own length overruns the message: keep nothing of it (it may be a cut datagram).
    stop(msg, 'truncated');
    return -1;
  }
  if (type === TYPE.OPT && list === msg.additionals) {
    if (msg.edns) note(msg, 'duplicate_opt');
    else edns(m, cls, ttl, start, end, msg);
    return end;
  }
  if (list.length >= DNS_LIMITS.maxRecordsPerSection) {
    note(msg, 'records_dropped');
    return end;
  }
  const decoded = decodeRdata(m, type, start, end, cls === 254 || cls === 255);
  if (decoded.error) note(msg, `bad_rdata.${typeName(type)}`);
  const rec: DnsRecord = { name: r.name, type: typeName(type), ttl, data: decoded.data };
  if ((cls & 0x7fff) !== 1) rec.class = className(cls & 0x7fff);
  if (cls & 0x8000 && (cls & 0x7fff) === 1) rec.cacheFlush = true;
  list.push(rec);
  return end;
}

function edns(m: Uint8Array, udpSize: number, ttl: number, start: number, end: number, msg: DnsMessage): void {
  const e: Edns = { udpSize, extendedRcode: ttl >>> 24, version: (ttl >>> 16) & 0xff, do: (ttl & 0x8000) !== 0, options: [] };
  msg.rcode = (e.extendedRcode << 4) | msg.header.rcode;
  let o = start;
  while (o < end) {
    if (o + 4 > end) {
      note(msg, 'bad_edns_option');
      break;
    }
    const code = (m[o] << 8) | m[o + 1];
    const len = (m[o + 2] << 8) | m[o + 3];
    if (o + 4 + len > end) {
      note(msg, 'bad_edns_option');
      break;
    }
    const data = m.subarray(o + 4, o + 4 + len);
    e.options.push({ code: ednsOptionName(code), data: optionData(code, data, msg) });
    o += 4 + len;
  }
  msg.edns = e;
}

/** ECS as `address/source/scope` (RFC 7871), TCP keepalive as its timeout; the rest as hex. */
function optionData(code: number, d: Uint8Array, msg: DnsMessage): string {
  if (code === 8) {
    const family = d.length >= 4 ? (d[0] << 8) | d[1] : 0;
    const size = family === 1 ? 4 : family === 2 ? 16 : 0;
    const bytes = d.length - 4;
    if (size === 0 || bytes > size || bytes !== Math.ceil(d[2] / 8)) {
      note(msg, 'bad_edns_option');
      return hex(d, false);
    }
    const addr = new Uint8Array(size);
    addr.set(d.subarray(4));
    return `${size === 4 ? ipv4(addr) : ipv6(addr)}/${d[2]}/${d[3]}`;
  }
  if (code === 11 && d.length === 2) return String((d[0] << 8) | d[1]);
  return hex(d, false);
}
