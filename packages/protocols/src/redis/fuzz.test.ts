// Hostile input through the real engine (Redis + HTTP/1 registered): our captures and the zeek
// Redis fixtures (the oss-fuzz ones included) cut, mutated (payload bytes flipped) and reordered,
// plus RESP token soup fed to a session directly. Never a throw, bounded time, bounded entries,
// and every connection freed at the end. TRAWL_FUZZ_SEED / TRAWL_FUZZ_RUNS as in engine/fuzz.test.ts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { CapturePipeline } from '../engine/pipeline.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { http1Dissector } from '../http1/index.js';
import { fakeContext } from '../http1/test-support/fake-context.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { redisDissector } from './index.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 400);
const TIME_BOUND_MS = 5_000;
const OURS = fileURLToPath(new URL('./captures/', import.meta.url));

function corpus(): { path: string; bytes: Uint8Array }[] {
  const files = readdirSync(OURS)
    .filter((f) => f.endsWith('.pcap'))
    .map((f) => OURS + f);
  if (existsSync(`${FIXTURES_DIR}/zeek/redis`)) {
    for (const f of readdirSync(`${FIXTURES_DIR}/zeek/redis`)) files.push(`${FIXTURES_DIR}/zeek/redis/${f}`);
    files.push(`${FIXTURES_DIR}/zeek/pop3/redis-50-pings.pcap`);
  }
  return files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
}

function check(bytes: Uint8Array, limits = FUZZ_LIMITS): number {
  let entries = 0;
  const p = new CapturePipeline({ dissectors: [redisDissector, http1Dissector], node: 'f', captureId: 'f', limits, onEntry: () => entries++ });
  const t0 = performance.now();
  p.push(bytes);
  p.endFile();
  const stats = p.finish();
  const ms = performance.now() - t0;
  assert.ok(ms < TIME_BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.equal(p.engine.openConnections, 0);
  assert.equal(p.engine.pendingBytes, 0);
  assert.equal(entries, stats.entries);
  // Every entry needs at least a few bytes of its own (`+\r\n` is 3).
  assert.ok(entries <= bytes.length / 3 + 1, `${entries} entries from ${bytes.length} bytes`);
  return entries;
}

test('the fixtures as they are, the oss-fuzz ones included', () => {
  for (const { path, bytes } of corpus()) assert.doesNotThrow(() => check(bytes, DEFAULT_LIMITS), path);
});

test(`${RUNS} cut, mutated and reordered captures (seed ${SEED})`, () => {
  const files = corpus().filter((c) => c.bytes.length <= 300 << 10);
  const split = files.map((c) => ({ ...c, records: pcapRecords(c.bytes) })).filter((c) => c.records && c.records.records.length > 1);
  const kinds = { cut: 0, mutated: 0, reordered: 0 };
  for (let i = 0; i < RUNS; i++) {
    const r = rng((SEED * 0x9e3779b1 + i * 0x85ebca77) >>> 0);
    const pick = r();
    let bytes: Uint8Array;
    if (pick < 0.2) {
      const f = files[Math.floor(r() * files.length)].bytes;
      bytes = f.subarray(0, Math.floor(r() * (f.length + 1)));
      kinds.cut++;
    } else if (pick < 0.7) {
      bytes = mutate(r, files[Math.floor(r() * files.length)].bytes);
      kinds.mutated++;
    } else {
      const c = split[Math.floor(r() * split.length)];
      bytes = shuffleRecords(r, c.records!.header, c.records!.records, { drop: r() * 0.2, dup: r() * 0.2, window: 1 + Math.floor(r() * 5), oneWay: false });
      kinds.reordered++;
    }
    try {
      check(bytes, i % 2 ? DEFAULT_LIMITS : FUZZ_LIMITS);
    } catch (e) {
      throw new Error(`input ${i} (seed ${SEED}): ${e instanceof Error ? e.message : e}`, { cause: e });
    }
  }
  assert.ok(RUNS < 50 || (kinds.cut > 0 && kinds.mutated > 0 && kinds.reordered > 0));
});

const TOKENS = ['*', '%', '~', '>', '|', '$', ':', '+', '-', '_', '#', ',', '(', '!', '=', '\r\n', '\r', '\n', '1', '2', '-1', '0', '99999999999', 'PING', 'SUBSCRIBE', 'message', 'subscribe', 'CLIENT REPLY OFF', 'txt:', ' ', '"', "'"];

test('RESP token soup fed to a session, in random chunks: never throws, entries bounded', () => {
  for (let i = 0; i < RUNS; i++) {
    const r = rng((SEED * 7919 + i) >>> 0);
    const ctx = fakeContext({ maxPendingRequests: 8, maxBodyBytes: 64 });
    const session = redisDissector.createSession(ctx);
    const offset = [0, 0];
    let total = 0;
    for (let k = 0; k < 20; k++) {
      const dir = r() < 0.5 ? 0 : 1;
      if (r() < 0.05) {
        session.gap(dir, 1 + Math.floor(r() * 50), { ts: k, offset: offset[dir], peerAck: -1 });
        continue;
      }
      const text = Array.from({ length: 1 + Math.floor(r() * 30) }, () => TOKENS[Math.floor(r() * TOKENS.length)]).join('');
      const bytes = new TextEncoder().encode(text);
      session.feed(dir, bytes, { ts: k, offset: offset[dir], peerAck: r() < 0.5 ? -1 : Math.floor(r() * 100) });
      offset[dir] += bytes.length;
      total += bytes.length;
    }
    session.close(99);
    assert.equal(ctx.counts.get('redis.internal_error'), undefined, `input ${i}`);
    assert.ok(ctx.entries.length <= total / 3 + 1);
  }
});
