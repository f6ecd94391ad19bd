// The whole engine with the PostgreSQL dissector on hostile input: our captures and every
// PostgreSQL fixture (the zeek `bad-*-message-1` ones included), cut, mutated (payloads included)
// and reordered/dropped/duplicated, fed in random chunk sizes. Never throws, frees every
// connection, stays within a time bound. TRAWL_FUZZ_SEED / TRAWL_FUZZ_RUNS as engine/fuzz.test.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CapturePipeline } from '../engine/pipeline.js';
import { readCapture } from '../capture/test-support/fixtures.js';
import { mutate, pcapRecords, rng, shuffleRecords, FUZZ_LIMITS } from '../engine/test-support/fuzz-run.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { pgFixtures } from './test-support/oracle.js';
import { PG_DISSECTORS } from './test-support/replay.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 600);
const TIME_BOUND_MS = 5_000;
const OWN = fileURLToPath(new URL('./captures/', import.meta.url));

function check(bytes: Uint8Array, r: () => number, small: boolean): void {
  let entries = 0;
  const p = new CapturePipeline({ dissectors: PG_DISSECTORS, node: 'f', captureId: 'f', decompress: zlibDecompress, limits: small ? FUZZ_LIMITS : undefined, onEntry: () => entries++ });
  const t0 = performance.now();
  for (let i = 0; i < bytes.length; ) {
    const n = r() < 0.5 ? bytes.length : 1 + Math.floor(r() * 300);
    p.push(bytes.subarray(i, i + n));
    i += n;
  }
  p.endFile();
  const stats = p.finish();
  const ms = performance.now() - t0;
  assert.equal(entries, stats.entries);
  assert.equal(p.engine.openConnections, 0);
  assert.equal(p.engine.pendingBytes, 0);
  assert.ok(entries <= bytes.length / 8 + 1, `${entries} entries from ${bytes.length} bytes`);
  assert.ok(ms < TIME_BOUND_MS, `${ms} ms`);
}

test(`fuzz: ${RUNS} mutated, cut and reordered PostgreSQL captures (seed ${SEED})`, () => {
  const corpus = [
    ...readdirSync(OWN)
      .filter((f) => f.endsWith('.pcap'))
      .map((f) => ({ path: `own/${f}`, bytes: new Uint8Array(readFileSync(join(OWN, f))) })),
    ...pgFixtures().map((f) => ({ path: f.path, bytes: readCapture(f.path) })),
  ];
  assert.ok(corpus.some((c) => c.path.includes('bad-backend-message-1')) || pgFixtures().length === 0);
  const r = rng(SEED);
  for (let i = 0; i < RUNS; i++) {
    const c = corpus[i % corpus.length];
    const pick = r();
    let input: Uint8Array;
    let kind: string;
    if (pick < 0.2) {
      kind = 'cut';
      input = c.bytes.subarray(0, Math.floor(r() * (c.bytes.length + 1)));
    } else if (pick < 0.7) {
      kind = 'mutated';
      input = mutate(r, c.bytes);
    } else {
      kind = 'reordered';
      const split = pcapRecords(c.bytes);
      if (!split) continue;
      const ops = { drop: r() < 0.5 ? 0 : r() * 0.2, dup: r() < 0.3 ? 0 : r() * 0.3, window: 1 + Math.floor(r() * 6), oneWay: r() < 0.2 };
      input = shuffleRecords(r, split.header, split.records, ops);
    }
    try {
      check(input, r, i % 2 === 0);
    } catch (e) {
      assert.fail(`${c.path} ${kind} (seed ${SEED}, input ${i}): ${(e as Error).message}`);
    }
  }
});
