// Throughput of the HTTP/1 session on small keep-alive exchanges, one message per feed (as the
// engine hands over one TCP segment at a time). Run: node --import tsx packages/protocols/src/http1/test-support/bench.ts
import type { ChunkMeta } from '../../engine/types.js';
import { http1Dissector } from '../index.js';
import { fakeContext } from './fake-context.js';

const enc = new TextEncoder();
const N = 200_000;
const reqs: Uint8Array[] = [];
const resps: Uint8Array[] = [];
for (let i = 0; i < 1000; i++) {
  reqs.push(enc.encode(`GET /api/v1/items/${i}?page=${i % 7}&sort=asc HTTP/1.1\r\nHost: orders.shop.svc:8080\r\nUser-Agent: curl/8.5.0\r\nAccept: application/json\r\nX-Request-Id: ${i}-abcdef\r\n\r\n`));
  const body = `{"id":${i},"name":"item ${i}","price":12.5,"tags":["a","b"]}`;
  resps.push(enc.encode(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nDate: Mon, 01 Dec 2025 10:00:00 GMT\r\nServer: envoy\r\n\r\n${body}`));
}

function once(n: number): number {
  const ctx = fakeContext();
  let emitted = 0;
  ctx.emit = () => emitted++;
  const s = http1Dissector.createSession(ctx);
  const off = [0, 0];
  const meta: ChunkMeta = { ts: 0, offset: 0, peerAck: -1 };
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const q = reqs[i % 1000];
    meta.ts = i;
    meta.offset = off[0];
    s.feed(0, q, meta);
    off[0] += q.length;
    const r = resps[i % 1000];
    meta.offset = off[1];
    s.feed(1, r, meta);
    off[1] += r.length;
  }
  s.close(n);
  const ms = performance.now() - t0;
  if (emitted !== n) throw new Error(`emitted ${emitted} of ${n}`);
  return ms;
}

once(20_000);
const rates: number[] = [];
for (let k = 0; k < 8; k++) rates.push(Math.round((N / once(N)) * 1000));
rates.sort((a, b) => a - b);
const fmt = (n: number): string => n.toLocaleString('en');
console.log(`${N} keep-alive pairs x8: best ${fmt(rates[7])}, median ${fmt(rates[4])}, worst ${fmt(rates[0])} pairs/s`);
