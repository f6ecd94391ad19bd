// Fuzz (CONVENTIONS §8): our captures and the deepflow Kafka fixtures, cut, mutated (payloads
// included), reordered, duplicated and thinned, through the real engine with the Kafka and HTTP/1
// dissectors: never throws, no internal error, bounded time, everything freed at the end.
// TRAWL_FUZZ_SEED picks the stream (default 1), TRAWL_FUZZ_RUNS the number of inputs (default 1500).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { CapturePipeline } from '../engine/pipeline.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { http1Dissector } from '../http1/index.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { kafkaDissector } from './index.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 1500);
const TIME_BOUND_MS = 5_000;
const OURS = fileURLToPath(new URL('./captures/', import.meta.url));
const DEEPFLOW = `${FIXTURES_DIR}/deepflow/kafka`;

const corpus = [
  ...readdirSync(OURS).filter((f) => f.endsWith('.pcap')).map((f) => `${OURS}${f}`),
  ...(existsSync(DEEPFLOW) ? readdirSync(DEEPFLOW).filter((f) => f.endsWith('.pcap')).map((f) => `${DEEPFLOW}/${f}`) : []),
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));

function check(bytes: Uint8Array, small: boolean): { entries: number; kafka: number } {
  let entries = 0;
  let kafka = 0;
  const p = new CapturePipeline({
    dissectors: [kafkaDissector, http1Dissector],
    node: 'fuzz',
    captureId: 'f',
    limits: { ...DEFAULT_LIMITS, ...(small ? FUZZ_LIMITS : {}) },
    onEntry: (e) => {
      entries++;
      if (e.protocol.name === 'kafka') kafka++;
    },
  });
  const t0 = performance.now();
  p.push(bytes);
  p.endFile();
  const stats = p.finish();
  const ms = performance.now() - t0;
  assert.ok(ms < TIME_BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.equal(stats.counters['kafka.internal_error'], undefined);
  assert.equal(p.engine.openConnections, 0);
  assert.equal(p.engine.pendingBytes, 0);
  assert.ok(entries <= bytes.length / 8 + 1, `${entries} entries from ${bytes.length} bytes`);
  return { entries, kafka };
}

test(`kafka fuzz: ${RUNS} mutated, cut and reordered captures (seed ${SEED})`, () => {
  assert.ok(corpus.length >= 2);
  const kinds: Record<string, number> = {};
  let kafkaEntries = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = rng((SEED * 0x9e3779b1 + i * 0x85ebca77) >>> 0);
    const c = corpus[Math.floor(r() * corpus.length)];
    const pick = r();
    let input: Uint8Array;
    let kind: string;
    if (pick < 0.2) {
      kind = 'cut';
      input = c.bytes.subarray(0, Math.floor(r() * (c.bytes.length + 1)));
    } else if (pick < 0.7) {
      kind = 'mutated';
      input = mutate(r, c.bytes);
      // Mutations concentrated on the Kafka payloads too: flip bytes past the headers.
      const split = pcapRecords(input);
      if (split) {
        for (let k = 0; k < 4; k++) {
          const rec = split.records[Math.floor(r() * split.records.length)];
          if (rec && rec.length > 70) rec[70 + Math.floor(r() * (rec.length - 70))] = Math.floor(r() * 256);
        }
      }
    } else {
      kind = 'reordered';
      const split = pcapRecords(c.bytes);
      if (!split) continue;
      input = shuffleRecords(r, split.header, split.records, { drop: r() < 0.5 ? 0 : r() * 0.3, dup: r() * 0.3, window: 1 + Math.floor(r() * 5), oneWay: false });
    }
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    try {
      kafkaEntries += check(input, i % 2 === 0).kafka;
    } catch (e) {
      assert.fail(`${c.path} input ${i} (${kind}, seed ${SEED}): ${(e as Error).message}`);
    }
  }
  console.log(`kafka fuzz: ${JSON.stringify(kinds)}, ${kafkaEntries} kafka entries`);
  assert.ok(kafkaEntries > 0);
});

test('kafka fuzz: every capture intact still decodes (sanity of the corpus)', () => {
  for (const c of corpus) assert.ok(check(c.bytes, false).kafka > 0, c.path);
});
