// A stand-in Kafka broker for recording: a TCP server on 127.0.0.1 that speaks just enough of the
// (non-flexible) Kafka protocol for a real kafkajs producer and consumer group: ApiVersions,
// Metadata, Produce (records kept in memory, per partition), ListOffsets, Fetch, FindCoordinator,
// JoinGroup (first join answered MEMBER_ID_REQUIRED, as real brokers do), SyncGroup (echoes the
// leader's assignment), Heartbeat, OffsetCommit, OffsetFetch, LeaveGroup. Hand-built responses;
// no Kafka broker exists on the recording machine (see ../README.md).
import net from 'node:net';

/** The versions we advertise (kafkajs picks min(its max, ours)). */
export const ADVERTISED = { 0: [0, 7], 1: [0, 11], 2: [0, 3], 3: [0, 6], 8: [0, 5], 9: [1, 4], 10: [0, 2], 11: [0, 5], 12: [0, 3], 13: [0, 3], 14: [0, 3], 18: [0, 2] };

const i8 = (v) => Buffer.from([v & 0xff]);
const i16 = (v) => { const b = Buffer.alloc(2); b.writeInt16BE(v); return b; };
const i32 = (v) => { const b = Buffer.alloc(4); b.writeInt32BE(v); return b; };
const i64 = (v) => { const b = Buffer.alloc(8); b.writeBigInt64BE(BigInt(v)); return b; };
const str = (s) => (s === null ? i16(-1) : Buffer.concat([i16(Buffer.byteLength(s)), Buffer.from(s)]));
const bytes = (b) => (b === null ? i32(-1) : Buffer.concat([i32(b.length), b]));
const arr = (items, f) => Buffer.concat([i32(items.length), ...items.map(f)]);

class Reader {
  constructor(b) { this.b = b; this.o = 0; }
  i8() { return this.b.readInt8((this.o += 1) - 1); }
  i16() { return this.b.readInt16BE((this.o += 2) - 2); }
  i32() { return this.b.readInt32BE((this.o += 4) - 4); }
  i64() { return Number(this.b.readBigInt64BE((this.o += 8) - 8)); }
  str() { const n = this.i16(); if (n < 0) return null; return this.b.toString('utf8', this.o, (this.o += n)); }
  bytes() { const n = this.i32(); if (n < 0) return null; return this.b.subarray(this.o, (this.o += n)); }
  arr(f) { const n = this.i32(); const out = []; for (let i = 0; i < n; i++) out.push(f()); return out; }
}

export function startBroker(port) {
  const logs = new Map(); // "topic/partition" → [{ offset, batch }]
  const committed = new Map();
  let generation = 0;
  let assignments = new Map();
  let nextMember = 1;
  const log = (topic, p) => { const k = `${topic}/${p}`; if (!logs.has(k)) logs.set(k, []); return logs.get(k); };
  const end = (topic, p) => { const l = log(topic, p); return l.length ? l[l.length - 1].offset + l[l.length - 1].count : 0; };

  const handlers = {
    18: (_r, v) => Buffer.concat([i16(0), arr(Object.entries(ADVERTISED), ([k, [a, b]]) => Buffer.concat([i16(+k), i16(a), i16(b)])), v >= 1 ? i32(0) : Buffer.alloc(0)]),
    3: (r, v) => {
      const topics = r.arr(() => r.str());
      const broker = Buffer.concat([i32(0), str('127.0.0.1'), i32(port), v >= 1 ? str(null) : Buffer.alloc(0)]);
      const topic = (name) => Buffer.concat([i16(0), str(name), v >= 1 ? i8(0) : Buffer.alloc(0), arr([0], (p) => Buffer.concat([i16(0), i32(p), i32(0), arr([0], i32), arr([0], i32), v >= 5 ? arr([], i32) : Buffer.alloc(0)]))]);
      return Buffer.concat([v >= 3 ? i32(0) : Buffer.alloc(0), arr([broker], (b) => b), v >= 2 ? str('trawl-stand-in') : Buffer.alloc(0), v >= 1 ? i32(0) : Buffer.alloc(0), arr(topics ?? [], topic)]);
    },
    0: (r, v) => {
      if (v >= 3) r.str();
      const acks = r.i16();
      r.i32();
      const topics = r.arr(() => ({ name: r.str(), parts: r.arr(() => ({ p: r.i32(), records: r.bytes() })) }));
      const out = topics.map(({ name, parts }) => ({ name, parts: parts.map(({ p, records }) => {
        const base = end(name, p);
        const batch = Buffer.from(records);
        batch.writeBigInt64BE(BigInt(base), 0); // the broker assigns offsets; the CRC does not cover them
        log(name, p).push({ offset: base, count: batch.readInt32BE(57), batch });
        return { p, base };
      }) }));
      if (acks === 0) return null;
      return Buffer.concat([arr(out, (t) => Buffer.concat([str(t.name), arr(t.parts, (x) => Buffer.concat([i32(x.p), i16(0), i64(x.base), v >= 2 ? i64(-1) : Buffer.alloc(0), v >= 5 ? i64(0) : Buffer.alloc(0)]))])), v >= 1 ? i32(0) : Buffer.alloc(0)]);
    },
    2: (r, v) => {
      r.i32();
      if (v >= 2) r.i8();
      const topics = r.arr(() => ({ name: r.str(), parts: r.arr(() => ({ p: r.i32(), ts: r.i64() })) }));
      return Buffer.concat([v >= 2 ? i32(0) : Buffer.alloc(0), arr(topics, (t) => Buffer.concat([str(t.name), arr(t.parts, (x) => Buffer.concat([i32(x.p), i16(0), i64(-1), i64(x.ts === -2 ? 0 : end(t.name, x.p))]))]))]);
    },
    1: async (r, v) => {
      r.i32(); const maxWait = r.i32(); r.i32();
      if (v >= 3) r.i32();
      if (v >= 4) r.i8();
      if (v >= 7) { r.i32(); r.i32(); }
      const topics = r.arr(() => ({ name: r.str(), parts: r.arr(() => { const p = r.i32(); if (v >= 9) r.i32(); const offset = r.i64(); if (v >= 5) r.i64(); r.i32(); return { p, offset }; }) }));
      const data = () => topics.map((t) => ({ name: t.name, parts: t.parts.map((x) => ({ p: x.p, hw: end(t.name, x.p), batches: log(t.name, x.p).filter((b) => b.offset + b.count > x.offset).map((b) => b.batch) })) }));
      if (!data().some((t) => t.parts.some((x) => x.batches.length))) await new Promise((res) => setTimeout(res, Math.min(maxWait, 200)));
      const part = (x) => Buffer.concat([i32(x.p), i16(0), i64(x.hw), v >= 4 ? i64(x.hw) : Buffer.alloc(0), v >= 5 ? i64(0) : Buffer.alloc(0), v >= 4 ? arr([], () => Buffer.alloc(0)) : Buffer.alloc(0), v >= 11 ? i32(-1) : Buffer.alloc(0), bytes(Buffer.concat(x.batches))]);
      return Buffer.concat([v >= 1 ? i32(0) : Buffer.alloc(0), v >= 7 ? Buffer.concat([i16(0), i32(0)]) : Buffer.alloc(0), arr(data(), (t) => Buffer.concat([str(t.name), arr(t.parts, part)]))]);
    },
    10: (r, v) => Buffer.concat([v >= 1 ? i32(0) : Buffer.alloc(0), i16(0), v >= 1 ? str(null) : Buffer.alloc(0), i32(0), str('127.0.0.1'), i32(port)]),
    11: (r, v) => {
      const group = r.str(); r.i32();
      if (v >= 1) r.i32();
      const memberId = r.str();
      if (v >= 5) r.str(); // group instance id
      const protocolType = r.str();
      const protocols = r.arr(() => ({ name: r.str(), meta: r.bytes() }));
      const head = (err, gen, proto, leader, member, members) => Buffer.concat([v >= 2 ? i32(0) : Buffer.alloc(0), i16(err), i32(gen), str(proto), str(leader), str(member), arr(members, (m) => Buffer.concat([str(m.id), v >= 5 ? str(null) : Buffer.alloc(0), bytes(m.meta)]))]);
      if (memberId === '' && v >= 4) return head(79, -1, '', '', `${group}-member-${nextMember++}`, []); // MEMBER_ID_REQUIRED
      const id = memberId || `${group}-member-${nextMember++}`;
      void protocolType;
      generation++;
      return head(0, generation, protocols[0].name, id, id, [{ id, meta: Buffer.from(protocols[0].meta) }]);
    },
    14: (r, v) => {
      r.str(); r.i32(); const member = r.str();
      if (v >= 3) r.str();
      for (const a of r.arr(() => ({ id: r.str(), data: r.bytes() }))) assignments.set(a.id, Buffer.from(a.data));
      return Buffer.concat([v >= 1 ? i32(0) : Buffer.alloc(0), i16(0), bytes(assignments.get(member) ?? Buffer.alloc(0))]);
    },
    12: (_r, v) => Buffer.concat([v >= 1 ? i32(0) : Buffer.alloc(0), i16(0)]),
    13: (r, v) => {
      r.str();
      const members = v >= 3 ? r.arr(() => ({ id: r.str(), instance: r.str() })) : [];
      const list = v >= 3 ? arr(members, (m) => Buffer.concat([str(m.id), str(m.instance), i16(0)])) : Buffer.alloc(0);
      return Buffer.concat([v >= 1 ? i32(0) : Buffer.alloc(0), i16(0), list]);
    },
    8: (r, v) => {
      const group = r.str();
      if (v >= 1) { r.i32(); r.str(); }
      if (v >= 2 && v <= 4) r.i64();
      const topics = r.arr(() => ({ name: r.str(), parts: r.arr(() => { const p = r.i32(); const offset = r.i64(); if (v === 1) r.i64(); r.str(); return { p, offset }; }) }));
      for (const t of topics) for (const x of t.parts) committed.set(`${group}/${t.name}/${x.p}`, x.offset);
      return Buffer.concat([v >= 3 ? i32(0) : Buffer.alloc(0), arr(topics, (t) => Buffer.concat([str(t.name), arr(t.parts, (x) => Buffer.concat([i32(x.p), i16(0)]))]))]);
    },
    9: (r, v) => {
      const group = r.str();
      const topics = r.arr(() => ({ name: r.str(), parts: r.arr(() => r.i32()) }));
      return Buffer.concat([v >= 3 ? i32(0) : Buffer.alloc(0), arr(topics, (t) => Buffer.concat([str(t.name), arr(t.parts, (p) => Buffer.concat([i32(p), i64(committed.get(`${group}/${t.name}/${p}`) ?? -1), str(''), i16(0)]))])), v >= 2 ? i16(0) : Buffer.alloc(0)]);
    },
  };

  const server = net.createServer((sock) => {
    let buf = Buffer.alloc(0);
    let chain = Promise.resolve();
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        const frame = buf.subarray(4, 4 + buf.readInt32BE(0));
        buf = buf.subarray(4 + frame.length);
        const r = new Reader(Buffer.from(frame));
        const key = r.i16(); const version = r.i16(); const corr = r.i32(); r.str();
        // Responses go out in request order, as a broker's do.
        chain = chain.then(async () => {
          const handler = handlers[key];
          if (!handler) { sock.destroy(); return; }
          let body;
          try {
            body = await handler(r, version);
          } catch (e) {
            console.error(`stand-in broker: api ${key} v${version}: ${e.message}`);
            sock.destroy();
            return;
          }
          if (body === null || sock.destroyed) return;
          const payload = Buffer.concat([i32(corr), body]);
          sock.write(Buffer.concat([i32(payload.length), payload]));
        });
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
