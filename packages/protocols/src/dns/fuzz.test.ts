// The whole engine (CapturePipeline → Engine → UDP flows / TCP → DNS) on hostile input built from
// the DNS captures (ours and the shared fixtures): cut, mutated anywhere, payload bytes flipped,
// records reordered, dropped and duplicated. It never throws, stays within time and its bounds.
// TRAWL_FUZZ_SEED picks the stream (default 1), TRAWL_FUZZ_RUNS the number of inputs (default 600).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { replayBytes } from './test-support/replay.js';
import { dnsFixtures } from './test-support/tshark.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 600);
const TIME_BOUND_MS = 5_000;
const OWN = fileURLToPath(new URL('./captures/', import.meta.url));

function corpus(): { path: string; bytes: Uint8Array }[] {
  const own = readdirSync(OWN).filter((f) => f.endsWith('.pcap')).map((f) => ({ path: `own/${f}`, bytes: new Uint8Array(readFileSync(OWN + f)) }));
  const shared = dnsFixtures(FIXTURES_DIR).map((f) => ({ path: f.path, bytes: new Uint8Array(readFileSync(`${FIXTURES_DIR}/${f.path}`)) }));
  return [...own, ...shared];
}

/** Flips bytes past the link/IP/UDP headers of random records: the DNS payload itself. */
function mutatePayloads(r: () => number, file: Uint8Array): Uint8Array {
  const split = pcapRecords(file);
  if (!split) return mutate(r, file);
  const records = split.records.map((rec) => {
    const out = rec.slice();
    const n = Math.floor(r() * 6);
    for (let i = 0; i < n && out.length > 16 + 42; i++) out[16 + 42 + Math.floor(r() * (out.length - 58))] = Math.floor(r() * 256);
    return out;
  });
  return Uint8Array.from([...split.header, ...records.flatMap((x) => [...x])]);
}

function check(path: string, input: Uint8Array): void {
  for (const limits of [FUZZ_LIMITS, { maxConnections: 2 }]) {
    const t0 = performance.now();
    let r;
    try {
      r = replayBytes(input, limits);
    } catch (e) {
      assert.fail(`${path} (${input.length} bytes, seed ${SEED}): threw ${(e as Error).stack}`);
    }
    const ms = performance.now() - t0;
    assert.ok(ms < TIME_BOUND_MS, `${path}: ${ms} ms`);
    // Every entry needs a message of at least a DNS header of captured input.
    assert.ok(r.entries.length <= input.length / 12 + 1, `${path}: ${r.entries.length} entries from ${input.length} bytes`);
    assert.equal(r.entries.length, r.stats.entries, `${path}: entries vs stats`);
    assert.equal(r.openAfter, 0, `${path}: flows left open after finish()`);
    assert.ok(r.stats.udpFlows <= r.stats.udpPackets, `${path}: more flows than datagrams`);
    for (const e of r.entries) assert.ok(e.request || e.response);
  }
}

describe('DNS engine fuzz', { skip: !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present' }, () => {
  const all = corpus();

  it('every DNS capture, cut, mutated anywhere and in its payloads', () => {
    const r = rng(SEED);
    assert.ok(all.length >= 50);
    for (const { path, bytes } of all) {
      check(path, bytes.subarray(0, Math.floor(r() * (bytes.length + 1))));
      check(path, mutate(r, bytes));
      check(path, mutatePayloads(r, bytes));
    }
  });

  it(`${RUNS} seeded inputs: payload mutations, reordered, dropped and duplicated datagrams`, () => {
    const r = rng(SEED + 7);
    for (let i = 0; i < RUNS; i++) {
      const c = all[Math.floor(r() * all.length)];
      let input = mutatePayloads(r, c.bytes);
      const split = pcapRecords(input);
      if (split && r() < 0.5) input = shuffleRecords(r, split.header, split.records, { drop: r() * 0.3, dup: r() * 0.3, window: 1 + Math.floor(r() * 6), oneWay: r() < 0.2 });
      check(`${c.path}#${i}`, input);
    }
  });
});
