// The whole engine (CapturePipeline → Engine → mysql + http1) on our captures and the MySQL
// fixture, cut, mutated (payloads included) and with segments reordered, dropped and
// duplicated: never throws, stays quick, frees every connection. TRAWL_FUZZ_SEED / _RUNS as in
// engine/fuzz.test.ts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { CapturePipeline } from '../engine/pipeline.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { DEFAULT_LIMITS, type EngineLimits } from '../limits.js';
import { registry } from './test-support/replay.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 600);
const TIME_BOUND_MS = 5_000;
const DIR = fileURLToPath(new URL('./captures/', import.meta.url));

const corpus = ['login-fail', 'cli-session', 'binary-protocol', 'deprecate-eof'].map((n) => `${DIR}${n}.pcap`);
const fixture = `${FIXTURES_DIR}/zeek/postgresql/mysql-on-port-5432.pcap`;
if (existsSync(fixture)) corpus.push(fixture);
const files = corpus.map((f) => new Uint8Array(readFileSync(f)));

function check(bytes: Uint8Array, limits: Partial<EngineLimits>, chunk?: () => number): number {
  let entries = 0;
  const p = new CapturePipeline({ dissectors: registry(), node: 'fuzz', captureId: 'f', decompress: zlibDecompress, limits: { ...DEFAULT_LIMITS, ...limits }, onEntry: () => entries++ });
  const t0 = performance.now();
  for (let i = 0; i < bytes.length; ) {
    const n = chunk ? Math.max(1, chunk()) : bytes.length;
    p.push(bytes.subarray(i, i + n));
    i += n;
  }
  p.endFile();
  const stats = p.finish();
  const ms = performance.now() - t0;
  assert.ok(ms < TIME_BOUND_MS, `took ${ms} ms`);
  assert.equal(p.engine.pendingBytes, 0);
  assert.equal(p.engine.openConnections, 0);
  assert.equal(entries, stats.entries);
  assert.ok(entries <= bytes.length / 8 + 1, `${entries} entries from ${bytes.length} bytes`);
  return entries;
}

test(`mysql fuzz: ${RUNS} cut, mutated and reordered captures (seed ${SEED})`, { timeout: 600_000 }, () => {
  const r = rng(SEED);
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const file = files[i % files.length];
    const pick = r();
    let input: Uint8Array;
    if (pick < 0.2) input = file.subarray(0, Math.floor(r() * (file.length + 1)));
    else if (pick < 0.7) input = mutate(r, file);
    else {
      const split = pcapRecords(file)!;
      input = shuffleRecords(r, split.header, split.records, { drop: r() * 0.3, dup: r() * 0.3, window: 1 + Math.floor(r() * 6), oneWay: false });
    }
    const limits = i % 2 === 0 ? FUZZ_LIMITS : {};
    try {
      total += check(input, limits, r() < 0.3 ? () => 1 + Math.floor(r() * 700) : undefined);
    } catch (e) {
      assert.fail(`input ${i} (seed ${SEED}): ${(e as Error).message}`);
    }
  }
  assert.ok(total > 0);
});

test('exact duplicates of every segment never change the entries', () => {
  const r = rng(SEED);
  for (const file of files) {
    const split = pcapRecords(file)!;
    const once: unknown[] = [];
    const twice: unknown[] = [];
    for (const [out, dup] of [[once, 0], [twice, 0.5]] as const) {
      const p = new CapturePipeline({ dissectors: registry(), node: 'n', captureId: 'c', decompress: zlibDecompress, onEntry: (e) => out.push(e) });
      p.push(shuffleRecords(r, split.header, split.records, { drop: 0, dup, window: 1, oneWay: false }));
      p.endFile();
      p.finish();
    }
    assert.deepEqual(twice, once);
  }
});
