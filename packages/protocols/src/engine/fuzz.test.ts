// The whole engine (CapturePipeline → Engine → HTTP/1) on hostile input: it never throws, stays
// within its memory bounds, returns quickly and frees everything at the end (see fuzz-run.ts).
// TRAWL_FUZZ_SEED picks the input stream (default 1), TRAWL_FUZZ_RUNS how many inputs (default 2000).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CapturePipeline } from './pipeline.js';
import { defaultDissectors } from './dissectors.js';
import type { Entry } from '../entry/types.js';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { FUZZ_LIMITS, checkInput, fuzzRun, httpCorpus, mutate, pcapRecords, rng, shuffleRecords } from './test-support/fuzz-run.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 2000);
const skip = !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present';
/** Per input, wall time: generous for busy CI machines, small enough to catch a quadratic path. */
const TIME_BOUND_MS = 5_000;

function entriesOf(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  const p = new CapturePipeline({ dissectors: defaultDissectors(), node: 'n', captureId: 'c', decompress: zlibDecompress, onEntry: (e) => entries.push(e) });
  p.push(bytes);
  p.endFile();
  p.finish();
  return entries;
}

describe('engine fuzz', { skip }, () => {
  it(`${RUNS} seeded inputs (seed ${SEED}): random bytes, synthetic TCP, cut, mutated and reordered captures`, () => {
    const result = fuzzRun(RUNS, { seed: SEED, timeBoundMs: TIME_BOUND_MS });
    assert.equal(result.inputs, RUNS);
    for (const kind of ['random', 'synthetic-tcp', 'truncated', 'mutated', 'reordered']) assert.ok(RUNS < 200 || result.kinds[kind] > 0, kind);
  });

  it('every zeek/http capture, cut at a random point and mutated (payloads included)', () => {
    const r = rng(SEED);
    const { all } = httpCorpus();
    assert.ok(all.length >= 70, `only ${all.length} captures`);
    for (const { path, bytes } of all) {
      for (const input of [bytes.subarray(0, Math.floor(r() * (bytes.length + 1))), mutate(r, bytes), mutate(r, bytes).subarray(0, Math.floor(r() * bytes.length))]) {
        for (const limits of [FUZZ_LIMITS, {}]) {
          try {
            checkInput(input, { limits, timeBoundMs: TIME_BOUND_MS });
          } catch (e) {
            assert.fail(`${path} (${input.length} bytes, seed ${SEED}): ${(e as Error).message}`);
          }
        }
      }
    }
  });

  it('exact duplicates of every segment (retransmissions) never change the entries', () => {
    const r = rng(SEED);
    for (const c of httpCorpus().pcaps) {
      const expected = entriesOf(shuffleRecords(r, c.header, c.records, { drop: 0, dup: 0, window: 1, oneWay: false }));
      const doubled = entriesOf(shuffleRecords(r, c.header, c.records, { drop: 0, dup: 0.5, window: 1, oneWay: false }));
      assert.deepEqual(doubled, expected, c.path);
    }
  });

  it('a real conversation with its segments reordered, dropped and duplicated stays within bounds', () => {
    const r = rng(SEED + 1);
    const { pcaps } = httpCorpus();
    for (let i = 0; i < Math.max(20, RUNS / 20); i++) {
      const c = pcaps[i % pcaps.length];
      const input = shuffleRecords(r, c.header, c.records, { drop: r() * 0.3, dup: r() * 0.3, window: 1 + Math.floor(r() * 8), oneWay: r() < 0.3 });
      checkInput(input, { limits: FUZZ_LIMITS, timeBoundMs: TIME_BOUND_MS, chunk: () => 1 + Math.floor(r() * 2000) });
    }
  });

  it('the record splitter sees whole captures', () => {
    const c = httpCorpus().pcaps[0];
    const split = pcapRecords(Uint8Array.from([...c.header, ...c.records.flatMap((x) => [...x])]));
    assert.equal(split?.records.length, c.records.length);
  });
});
