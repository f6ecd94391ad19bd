// HTTP/2 and gRPC on hostile input through the real engine: our captures and the HTTP/2 fixtures,
// mutated (payload bytes mostly), cut and reordered, fed whole and in random chunks; plus
// structured fuzz of frame sequences with valid headers and random payloads straight into a
// session. Nothing may throw, every run stays within a time bound and frees its connections.
// TRAWL_FUZZ_SEED picks the inputs (default 1), TRAWL_FUZZ_RUNS scales them (default 2000).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CapturePipeline } from '../engine/pipeline.js';
import { mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { http1Dissector } from '../http1/index.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { createGrpcDissector } from '../grpc/index.js';
import { FRAME } from './frame.js';
import { cat, frame, PREFACE, run, type Step } from './test-support/frames.js';
import { FIXTURES, fixtureCaptures } from './test-support/fixtures.js';

const SEED = Number(process.env.TRAWL_FUZZ_SEED ?? 1);
const RUNS = Number(process.env.TRAWL_FUZZ_RUNS ?? 2000);
const TIME_BOUND_MS = 5_000;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const GRPC_DIR = `${HERE}../grpc/captures/`;
const dissectors = [createGrpcDissector({ descriptorSets: [new Uint8Array(readFileSync(`${GRPC_DIR}shop.desc`))] }), http1Dissector];

function corpus(): { path: string; bytes: Uint8Array }[] {
  const files = [
    ...readdirSync(`${HERE}captures`).filter((f) => f.endsWith('.pcap')).map((f) => `${HERE}captures/${f}`),
    ...readdirSync(GRPC_DIR).filter((f) => f.endsWith('.pcap')).map((f) => GRPC_DIR + f),
    ...fixtureCaptures().filter((c) => c.protocol === 'http2').map((c) => `${FIXTURES}/${c.path}`),
  ];
  return files.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
}

function check(bytes: Uint8Array, chunk: () => number): void {
  let entries = 0;
  const p = new CapturePipeline({ dissectors, node: 'f', captureId: 'f', decompress: zlibDecompress, limits: { maxBodyBytes: 4096 }, onEntry: () => entries++ });
  const t0 = performance.now();
  for (let i = 0; i < bytes.length; ) {
    const n = Math.max(1, chunk());
    p.push(bytes.subarray(i, i + n));
    i += n;
  }
  p.endFile();
  p.finish();
  const ms = performance.now() - t0;
  assert.ok(ms < TIME_BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.equal(p.engine.openConnections, 0);
  assert.ok(entries <= bytes.length / 8 + 1, `${entries} entries from ${bytes.length} bytes`);
}

describe('http2/grpc fuzz', () => {
  it(`mutated, cut and reordered captures through the engine (seed ${SEED})`, () => {
    const r = rng(SEED);
    const all = corpus();
    assert.ok(all.length >= 10);
    const perFile = Math.max(10, Math.floor(RUNS / 20 / all.length));
    for (const { path, bytes } of all) {
      const split = pcapRecords(bytes);
      for (let i = 0; i < perFile; i++) {
        let input = bytes;
        const kind = r();
        if (kind < 0.6) for (let k = 1 + Math.floor(r() * 4); k > 0; k--) input = mutate(r, input);
        else if (kind < 0.8) input = bytes.subarray(0, Math.floor(r() * (bytes.length + 1)));
        else if (split) input = shuffleRecords(r, split.header, split.records, { drop: r() * 0.2, dup: r() * 0.3, window: 1 + Math.floor(r() * 5), oneWay: false });
        try {
          check(input, r() < 0.5 ? () => input.length : () => 1 + Math.floor(r() * 700));
        } catch (e) {
          assert.fail(`${path} input ${i} (seed ${SEED}): ${(e as Error).message}`);
        }
      }
    }
  });

  it('structured: frames with valid headers and random payloads never throw', () => {
    const arbFrame = fc.record({ type: fc.nat(11), flags: fc.nat(255), stream: fc.constantFrom(0, 1, 3, 5, 2), payload: fc.uint8Array({ maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(fc.record({ dir: fc.constantFrom(0 as const, 1 as const), frames: fc.array(arbFrame, { maxLength: 4 }) }), { maxLength: 10 }), fc.boolean(), (steps, preface) => {
        const script: Step[] = preface ? [{ dir: 0, data: PREFACE }] : [];
        for (const s of steps) script.push({ dir: s.dir, data: cat(...s.frames.map((f) => frame(f.type === 11 ? FRAME.CONTINUATION : f.type, f.flags, f.stream, f.payload))) });
        const ctx = run(script);
        for (const e of ctx.entries) JSON.stringify(e);
      }),
      { seed: SEED, numRuns: Math.max(200, RUNS / 4) },
    );
  });
});
