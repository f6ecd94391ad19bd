#!/usr/bin/env node
/**
 * Builds a large capture from a real one: N copies of it, each copy with its own client addresses
 * and its timestamps shifted, merged in time order (so several copies' connections are open at once,
 * as on a real link). Deterministic: the same arguments write the same bytes.
 *
 *   node bench/make-large-pcap.mjs [--source ipv6|ipv4|FILE] [--port P] [--vary-ports] [--packets N] [--overlap K] [--out FILE]
 *
 * `--source` is one of the two named HTTP/1 fixtures below or any classic pcap file with Ethernet
 * frames (a path: absolute, relative to the working directory, or else to the shared fixtures). The server is the end on `--port`
 * (TCP or UDP); without it, the destination of every SYN (TCP sources only).
 *
 * Writes the capture to bench/out/ and a `<file>.meta.json` beside it with the counts the copy holds
 * (packets; for the named sources requests and the responses the source lacks), so the benchmark can
 * check that every request was found. Only the client side's IP addresses change (the server keeps its
 * own); TCP/UDP checksums are left as they were (none of the tools under test validates them), the
 * IPv4 header checksum is recomputed.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
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

/**
 * TCP or UDP ports and the byte ranges of the two addresses, or null for anything else (IPv6
 * extension headers are not expected here; a non-first IPv4 fragment has no ports). `flags` is
 * TCP's, 0 for UDP.
 */
function l4Of(frame, ip) {
  let proto, t, src, dst, len;
  if (ip.v === 4) {
    if ((frame.readUInt16BE(ip.off + 6) & 0x1fff) !== 0) return null;
    proto = frame[ip.off + 9];
    t = ip.off + (frame[ip.off] & 0xf) * 4;
    [src, dst, len] = [ip.off + 12, ip.off + 16, 4];
  } else {
    proto = frame[ip.off + 6];
    t = ip.off + 40;
    [src, dst, len] = [ip.off + 8, ip.off + 24, 16];
  }
  if (proto !== 6 && proto !== 17) return null;
  if (t + 4 > frame.length) return null;
  const flags = proto === 6 && t + 14 <= frame.length ? frame[t + 13] : 0;
  return { udp: proto === 17, t, src, dst, len, sport: frame.readUInt16BE(t), dport: frame.readUInt16BE(t + 2), flags };
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

/**
 * `source`: a key of SOURCES or a pcap path (absolute, or relative to the fixtures). `port`: the
 * server's port (number or list); without it, the SYNs' destinations. `varyPorts`: each copy's
 * clients also get their own ports (the original port shifted by 331 × the copy number), as real clients
 * would; off by default, so the HTTP/1 bench's files stay as they were.
 */
export function makeLargePcap({ source = 'ipv6', packets = 100_000, overlap = 4, out, port, varyPorts = false } = {}) {
  const named = SOURCES[source];
  if (!named && !/[./]/.test(source)) throw new Error(`unknown source "${source}" (ipv6, ipv4 or a pcap file)`);
  const path = named ? join(FIXTURES, named.path) : isAbsolute(source) || existsSync(source) ? resolve(source) : join(FIXTURES, source);
  const pcap = readPcap(readFileSync(path));
  const recs = pcap.records;
  if (recs.length === 0) throw new Error(`${path}: no packets`);

  // Server ports: as given, else the destination of every SYN without ACK; the client is the other end.
  const serverPorts = new Set(port === undefined ? [] : [port].flat().map(Number));
  if (serverPorts.size === 0) {
    for (const r of recs) {
      const ip = ipOf(r.data);
      const tcp = ip && l4Of(r.data, ip);
      if (tcp && !tcp.udp && (tcp.flags & 0x12) === 0x02) serverPorts.add(tcp.dport);
    }
  }
  if (serverPorts.size === 0) throw new Error(`${path}: no SYN in the source and no --port: cannot tell clients from servers`);

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
      const l4 = ip && l4Of(frame, ip);
      // A UDP datagram with no end on a server port is not the protocol's: left as it was.
      if (l4 && !(l4.udp && !serverPorts.has(l4.sport) && !serverPorts.has(l4.dport))) {
        const clientAt = serverPorts.has(l4.dport) && !serverPorts.has(l4.sport) ? l4.src : l4.dst;
        const key = frame.subarray(clientAt, clientAt + l4.len).toString('hex');
        if (!clients.has(key)) clients.set(key, clients.size);
        clientAddress(ip.v, c, clients.get(key)).copy(frame, clientAt);
        if (varyPorts) {
          const at = clientAt === l4.src ? l4.t : l4.t + 2;
          let p = 1024 + ((((frame.readUInt16BE(at) - 1024 + c * 331) % 64512) + 64512) % 64512);
          while (serverPorts.has(p)) p = p === 65535 ? 1024 : p + 1; // never on a server's port
          frame.writeUInt16BE(p, at);
        }
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
  const stem = named ? `http1-${source}` : basename(path).replace(/\.pcap$/, '');
  const file = out ?? join(here, 'out', `${stem}-${outRecs.length}.pcap`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, buf);
  const meta = {
    file,
    source: named ? named.path : path,
    serverPorts: [...serverPorts],
    varyPorts,
    copies,
    packets: outRecs.length,
    bytes: size,
  };
  if (named) {
    Object.assign(meta, {
      requests: named.requests * copies,
      responses: named.responses * copies,
      // Requests whose response the source lost: they are entries too, marked unpaired.
      unpairedRequests: (named.requests - named.responses) * copies,
      pairs: named.responses * copies,
    });
  }
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
      port: { type: 'string', multiple: true },
      'vary-ports': { type: 'boolean', default: false },
    },
  });
  const meta = makeLargePcap({
    source: values.source,
    packets: Number(values.packets),
    overlap: Number(values.overlap),
    out: values.out,
    port: values.port?.map(Number),
    varyPorts: values['vary-ports'],
  });
  process.stdout.write(JSON.stringify(meta) + '\n');
}
