// The real engine (CapturePipeline → Engine → AMQP + HTTP/1) on our captures and the deepflow AMQP
// fixtures, mutated (payload bytes included), cut, and reordered/dropped/duplicated: it never
// throws, stays quick, and emits a bounded number of entries. TRAWL_FUZZ_SEED / TRAWL_FUZZ_RUNS.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { CapturePipeline } from '../engine/pipeline.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { http1Dissector } from '../http1/index.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { amqpDissector } from './index.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 600);
const TIME_BOUND_MS = 5_000;
const OWN = fileURLToPath(new URL('./captures/', import.meta.url));

const files = [`${OWN}session.pcap`, `${OWN}errors.pcap`, ...['amqp1', 'amqp2', 'amqp3', 'amqp-error'].map((n) => `${FIXTURES_DIR}/deepflow/amqp/${n}.pcap`)].filter(existsSync);
const corpus = files.map((f) => {
  const b = readFileSync(f);
  return { f, bytes: new Uint8Array(b.buffer, b.byteOffset, b.length) };
});

function feed(bytes: Uint8Array, limits: object, chunk: () => number): number {
  let entries = 0;
  const counts = new Map<string, number>();
  const p = new CapturePipeline({ dissectors: [amqpDissector, http1Dissector], node: 'f', captureId: 'f', decompress: zlibDecompress, limits, onEntry: () => entries++ });
  for (let i = 0; i < bytes.length; ) {
    const n = Math.max(1, chunk());
    p.push(bytes.subarray(i, i + n));
    i += n;
  }
  p.endFile();
  const stats = p.finish();
  for (const [k, v] of Object.entries(stats.counters)) counts.set(k, v);
  assert.equal(counts.get('amqp.internal_error'), undefined, 'no exception inside the session');
  assert.equal(p.engine.openConnections, 0);
  assert.ok(entries <= bytes.length / 8 + 1, `${entries} entries from ${bytes.length} bytes`);
  return entries;
}

test(`AMQP fuzz: ${RUNS} mutated, cut and reordered captures (seed ${SEED})`, () => {
  assert.ok(corpus.length >= 2);
  const r = rng(SEED);
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const { f, bytes } = corpus[i % corpus.length];
    const k = r();
    let input: Uint8Array;
    if (k < 0.5) input = mutate(r, bytes);
    else if (k < 0.65) input = bytes.subarray(0, Math.floor(r() * bytes.length));
    else {
      const split = pcapRecords(bytes)!;
      input = shuffleRecords(r, split.header, split.records, { drop: r() * 0.2, dup: r() * 0.3, window: 1 + Math.floor(r() * 6), oneWay: false });
    }
    const limits = i % 2 ? DEFAULT_LIMITS : FUZZ_LIMITS;
    const chunky = r() < 0.3;
    const t0 = performance.now();
    try {
      total += feed(input, limits, chunky ? () => 1 + Math.floor(r() * 500) : () => input.length);
    } catch (e) {
      assert.fail(`${f} input ${i} (seed ${SEED}): ${(e as Error).message}`);
    }
    const ms = performance.now() - t0;
    assert.ok(ms < TIME_BOUND_MS, `${f} input ${i}: ${ms.toFixed(0)} ms`);
  }
  assert.ok(total > 0);
});
