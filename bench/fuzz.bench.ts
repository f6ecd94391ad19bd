/**
 * Whole-engine fuzzing at benchmark size: `fuzzRun` from the protocols package's test support
 * (random bytes, synthetic TCP, cut, mutated and reordered real captures, each checked for the
 * engine's invariants). Prints one JSON object; exits 1 with the failing seed and input on a
 * broken invariant.
 *
 *   npx tsx bench/fuzz.bench.ts [--inputs N] [--seed S] [--smoke]
 *
 * Default 1,000,000 inputs; `--smoke` runs 3,000.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const RUNNER = fileURLToPath(new URL('../packages/protocols/src/engine/test-support/fuzz-run.ts', import.meta.url));

interface FuzzModule {
  fuzzRun(n: number, options?: { seed?: number; progress?: (done: number) => void }): Record<string, unknown> & { seconds: number; inputs: number };
}

const { values } = parseArgs({
  options: {
    inputs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    smoke: { type: 'boolean', default: false },
  },
});
const inputs = Number(values.inputs ?? (values.smoke ? 3_000 : 1_000_000));
const seed = Number(values.seed);

if (!existsSync(RUNNER)) {
  console.log(JSON.stringify({ skipped: `no fuzz runner at ${RUNNER}` }));
  process.exit(0);
}
const { fuzzRun } = (await import(RUNNER)) as FuzzModule;
const started = performance.now();
try {
  const result = fuzzRun(inputs, {
    seed,
    progress: (done) => {
      if (done % 100_000 === 0) process.stderr.write(`fuzz: ${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  console.log(JSON.stringify({ seed, ...result, inputsPerSecond: Math.round(result.inputs / result.seconds) }));
} catch (e) {
  const err = e as Error & { seed?: number; index?: number; kind?: string };
  console.log(JSON.stringify({ failed: err.message, seed: err.seed, index: err.index, kind: err.kind }));
  process.exit(1);
}
