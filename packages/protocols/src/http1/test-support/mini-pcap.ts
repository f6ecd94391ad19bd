// Just enough of a capture reader to replay a real pcap through the HTTP/1 session in tests:
// classic pcap, Ethernet/VLAN/SLL, IPv4/IPv6, TCP; naive in-order reassembly per connection
// (a sequence jump is a gap, an overlap is trimmed). The real engine lives elsewhere.
import { readFileSync } from 'node:fs';
import type { DissectorSession } from '../../engine/types.js';
import { http1Dissector } from '../index.js';
import { fakeContext, type FakeContext } from './fake-context.js';

interface Seg {
  key: string;
  srcPort: number;
  dstPort: number;
  src: string;
  seq: number;
  ack: number;
  flags: number;
  data: Uint8Array;
  ts: number;
}

function* segments(file: string): Generator<Seg> {
  const b = new Uint8Array(readFileSync(file));
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = dv.getUint32(0, true) === 0xa1b2c3d4 || dv.getUint32(0, true) === 0xa1b23c4d;
  const nano = dv.getUint32(0, le) === 0xa1b23c4d;
  const link = dv.getUint32(20, le);
  let o = 24;
  while (o + 16 <= b.length) {
    const ts = dv.getUint32(o, le) * 1000 + dv.getUint32(o + 4, le) / (nano ? 1e6 : 1e3);
    const incl = dv.getUint32(o + 8, le);
    const pkt = b.subarray(o + 16, o + 16 + incl);
    o += 16 + incl;
    let p = 0;
    let type = 0;
    if (link === 1) {
      type = (pkt[12] << 8) | pkt[13];
      p = 14;
      while (type === 0x8100 || type === 0x88a8) {
        type = (pkt[p + 2] << 8) | pkt[p + 3];
        p += 4;
      }
    } else if (link === 113) {
      type = (pkt[14] << 8) | pkt[15];
      p = 16;
    } else if (link === 0 || link === 108) {
      const fam = link === 0 ? pkt[0] | pkt[3] : pkt[3];
      type = fam === 2 ? 0x0800 : 0x86dd;
      p = 4;
    } else if (link === 101 || link === 228 || link === 229 || link === 12 || link === 14) {
      type = pkt[0] >> 4 === 4 ? 0x0800 : 0x86dd;
    } else continue;
    let proto: number;
    let src: string;
    let dst: string;
    let end: number;
    if (type === 0x0800) {
      proto = pkt[p + 9];
      src = pkt.subarray(p + 12, p + 16).join('.');
      dst = pkt.subarray(p + 16, p + 20).join('.');
      end = p + ((pkt[p + 2] << 8) | pkt[p + 3]);
      p += (pkt[p] & 15) * 4;
    } else if (type === 0x86dd) {
      proto = pkt[p + 6];
      src = Array.from(pkt.subarray(p + 8, p + 24)).join(':');
      dst = Array.from(pkt.subarray(p + 24, p + 40)).join(':');
      end = p + 40 + ((pkt[p + 4] << 8) | pkt[p + 5]);
      p += 40;
    } else continue;
    if (proto !== 6) continue;
    const t = new DataView(pkt.buffer, pkt.byteOffset + p);
    const srcPort = t.getUint16(0);
    const dstPort = t.getUint16(2);
    const a = `${src}:${srcPort}`;
    const z = `${dst}:${dstPort}`;
    yield {
      key: a < z ? `${a}-${z}` : `${z}-${a}`,
      src: a,
      srcPort,
      dstPort,
      seq: t.getUint32(4),
      ack: t.getUint32(8),
      flags: pkt[p + 13],
      data: pkt.slice(p + (pkt[p + 12] >> 4) * 4, Math.min(end, pkt.length)),
      ts,
    };
  }
}

interface Conn {
  session: DissectorSession;
  client: string;
  isn: [number, number];
  next: [number, number];
}

/** Replays every TCP connection of `file` whose server port is `port`; one context for all. */
export function replay(file: string, port = 80): FakeContext {
  const ctx = fakeContext();
  const conns = new Map<string, Conn>();
  let lastTs = 0;
  for (const s of segments(file)) {
    lastTs = s.ts;
    if (s.srcPort !== port && s.dstPort !== port) continue;
    let c = conns.get(s.key);
    if (!c) {
      c = { session: http1Dissector.createSession(ctx), client: s.dstPort === port ? s.src : '', isn: [-1, -1], next: [0, 0] };
      conns.set(s.key, c);
    }
    const dir = s.dstPort === port ? 0 : 1;
    if (c.isn[dir] < 0) c.isn[dir] = (s.flags & 2) !== 0 ? s.seq + 1 : s.seq;
    if (s.flags & 2) continue;
    const other = c.isn[dir === 0 ? 1 : 0];
    const peerAck = (s.flags & 16) !== 0 && other >= 0 ? (s.ack - other) >>> 0 : -1;
    let rel = (s.seq - c.isn[dir]) >>> 0;
    let data = s.data;
    if (rel < c.next[dir]) {
      const skip = c.next[dir] - rel;
      if (skip >= data.length) data = data.subarray(0, 0);
      else data = data.subarray(skip);
      rel = c.next[dir];
    }
    if (data.length > 0) {
      if (rel > c.next[dir]) c.session.gap(dir, rel - c.next[dir], { ts: s.ts, offset: c.next[dir], peerAck });
      c.session.feed(dir, data, { ts: s.ts, offset: rel, peerAck });
      c.next[dir] = rel + data.length;
    }
    if (s.flags & 1) c.session.end(dir, s.ts);
  }
  for (const c of conns.values()) c.session.close(lastTs);
  return ctx;
}
