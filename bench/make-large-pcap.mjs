#!/usr/bin/env node
/**
 * Builds a large HTTP/1 capture from a fixture: N copies of a keep-alive capture, each copy with its
 * own client addresses and its timestamps shifted, merged in time order (so several copies' connections
 * are open at once, as on a real link). Deterministic: the same arguments write the same bytes.
 *
 *   node bench/make-large-pcap.mjs [--source ipv6|ipv4] [--packets N] [--overlap K] [--out FILE]
 *
 * Writes the capture to bench/out/ and a `<file>.meta.json` beside it with the counts the copy holds
 * (packets, requests, responses the source lacks), so the benchmark can check that every request was found.
 * Only the client side's IP addresses change (the server keeps its own); TCP checksums are left as they
 * were (none of the tools under test validates them), the IPv4 header checksum is recomputed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = process.env.TRAWL_FIXTURES ?? join(here, '../../shared/fixtures/pcap');

/**
 * The sources. `requests`/`responses` are the per-copy counts (MANIFEST.tsv's tshark http_req and
 * http_resp, which trawl agrees with on these files).
 */
export const SOURCES = {
  ipv6: {
    path: 'zeek/http/1000-requests-one-dropped-response.pcap', // ::1 ↔ ::1, one keep-alive connection
    requests: 1000,
    responses: 999, // one response lost in a gap: its request is an unpaired entry
  },
  ipv4: {
    path: 'zeek/http/206_example_c.pcap', // two keep-alive connections, range responses, retransmissions
    requests: 34,
    responses: 34,
  },
};

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;

/** Reads a classic pcap into records (views into the file) and the header facts we need. */
function readPcap(buf) {
  const m = buf.readUInt32LE(0);
  let le;
  if (m === MAGIC_US || m === MAGIC_NS) le = true;
  else if (buf.readUInt32BE(0) === MAGIC_US || buf.readUInt32BE(0) === MAGIC_NS) le = false;
  else throw new Error('not a classic pcap file');
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const nano = u32(0) === MAGIC_NS;
  const linkType = u32(20);
  if (linkType !== 1) throw new Error(`link type ${linkType}: only Ethernet sources are supported`);
  const records = [];
  for (let o = 24; o + 16 <= buf.length; ) {
    const sec = u32(o);
    const frac = u32(o + 4);
    const incl = u32(o + 8);
    const orig = u32(o + 12);
    if (o + 16 + incl > buf.length) break;
    records.push({ ts: sec * (nano ? 1e9 : 1e6) + frac, incl, orig, data: buf.subarray(o + 16, o + 16 + incl) });
    o += 16 + incl;
  }
  return { header: buf.subarray(0, 24), le, unit: nano ? 1e9 : 1e6, records };
}

/** Where the IP header starts and which version it is, or null for anything else. */
function ipOf(frame) {
  let off = 12;
  let type = frame.readUInt16BE(off);
  while (type === 0x8100 || type === 0x88a8) {
    off += 4;
    type = frame.readUInt16BE(off);
  }
  off += 2;
  if (type === 0x0800) return { v: 4, off };
  if (type === 0x86dd) return { v: 6, off };
  return null;
}

/** TCP ports and the byte ranges of the two addresses, or null when not TCP (IPv6 extension headers are not expected here). */
function tcpOf(frame, ip) {
  if (ip.v === 4) {
    if (frame[ip.off + 9] !== 6) return null;
    const ihl = (frame[ip.off] & 0xf) * 4;
    const t = ip.off + ihl;
    return { src: ip.off + 12, dst: ip.off + 16, len: 4, sport: frame.readUInt16BE(t), dport: frame.readUInt16BE(t + 2), flags: frame[t + 13] };
  }
  if (frame[ip.off + 6] !== 6) return null;
  const t = ip.off + 40;
  return { src: ip.off + 8, dst: ip.off + 24, len: 16, sport: frame.readUInt16BE(t), dport: frame.readUInt16BE(t + 2), flags: frame[t + 13] };
}

function ipv4Checksum(frame, off) {
  const ihl = (frame[off] & 0xf) * 4;
  frame.writeUInt16BE(0, off + 10);
  let sum = 0;
  for (let i = 0; i < ihl; i += 2) sum += frame.readUInt16BE(off + i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  frame.writeUInt16BE(~sum & 0xffff, off + 10);
}

/** Client address for copy `copy` of original client number `client`: 10.c.c.k or fd00:7472:6177:6c::c:k. */
function clientAddress(v, copy, client) {
  if (v === 4) return Buffer.from([10, (copy >> 8) & 0xff, copy & 0xff, client + 1]);
  const a = Buffer.alloc(16);
  a.writeUInt32BE(0xfd007472, 0);
  a.writeUInt32BE(0x61776c00, 4);
  a.writeUInt32BE(copy, 8);
  a.writeUInt32BE(client + 1, 12);
  return a;
}

export function makeLargePcap({ source = 'ipv6', packets = 100_000, overlap = 4, out } = {}) {
  const src = SOURCES[source];
  if (!src) throw new Error(`unknown source "${source}" (ipv6 or ipv4)`);
  const pcap = readPcap(readFileSync(join(FIXTURES, src.path)));
  const recs = pcap.records;

  // Server ports: the destination of every SYN without ACK; the client is the other end.
  const serverPorts = new Set();
  for (const r of recs) {
    const ip = ipOf(r.data);
    const tcp = ip && tcpOf(r.data, ip);
    if (tcp && (tcp.flags & 0x12) === 0x02) serverPorts.add(tcp.dport);
  }
  if (serverPorts.size === 0) throw new Error('no SYN in the source: cannot tell clients from servers');

  const copies = Math.max(1, Math.ceil(packets / recs.length));
  const first = recs[0].ts;
  const span = recs[recs.length - 1].ts - first;
  // Copies start `stride` apart so about `overlap` of them are in flight at once.
  const stride = Math.max(1, Math.floor(span / overlap));
  const clients = new Map(); // original client address (hex) → client number
  const outRecs = [];
  for (let c = 0; c < copies; c++) {
    for (let i = 0; i < recs.length; i++) {
      const r = recs[i];
      const frame = Buffer.from(r.data); // a copy: addresses are rewritten in place
      const ip = ipOf(frame);
      const tcp = ip && tcpOf(frame, ip);
      if (tcp) {
        const clientAt = serverPorts.has(tcp.dport) && !serverPorts.has(tcp.sport) ? tcp.src : tcp.dst;
        const key = frame.subarray(clientAt, clientAt + tcp.len).toString('hex');
        if (!clients.has(key)) clients.set(key, clients.size);
        clientAddress(ip.v, c, clients.get(key)).copy(frame, clientAt);
        if (ip.v === 4) ipv4Checksum(frame, ip.off);
      }
      outRecs.push({ ts: r.ts + c * stride, copy: c, i, orig: r.orig, data: frame });
    }
  }
  // Stable time order; ties keep copy then packet order, so the file is the same on every run.
  outRecs.sort((a, b) => a.ts - b.ts || a.copy - b.copy || a.i - b.i);

  const size = 24 + outRecs.reduce((n, r) => n + 16 + r.data.length, 0);
  const buf = Buffer.alloc(size);
  pcap.header.copy(buf, 0);
  const w32 = pcap.le ? (v, o) => buf.writeUInt32LE(v, o) : (v, o) => buf.writeUInt32BE(v, o);
  let o = 24;
  for (const r of outRecs) {
    w32(Math.floor(r.ts / pcap.unit), o);
    w32(r.ts % pcap.unit, o + 4);
    w32(r.data.length, o + 8);
    w32(r.orig, o + 12);
    r.data.copy(buf, o + 16);
    o += 16 + r.data.length;
  }
  const file = out ?? join(here, 'out', `http1-${source}-${outRecs.length}.pcap`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, buf);
  const meta = {
    file,
    source: src.path,
    copies,
    packets: outRecs.length,
    bytes: size,
    requests: src.requests * copies,
    responses: src.responses * copies,
    // Requests whose response the source lost: they are entries too, marked unpaired.
    unpairedRequests: (src.requests - src.responses) * copies,
    pairs: src.responses * copies,
  };
  writeFileSync(`${file}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: 'ipv6' },
      packets: { type: 'string', default: '100000' },
      overlap: { type: 'string', default: '4' },
      out: { type: 'string' },
    },
  });
  const meta = makeLargePcap({
    source: values.source,
    packets: Number(values.packets),
    overlap: Number(values.overlap),
    out: values.out,
  });
  process.stdout.write(JSON.stringify(meta) + '\n');
}
