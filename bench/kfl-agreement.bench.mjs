#!/usr/bin/env node
// KFL's predicate/SQL agreement property at bench scale: the test in packages/kfl runs 10,000
// generated cases in CI; here it runs 1M (`--smoke`: 20,000). Prints one JSON object.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = process.argv.includes('--smoke') ? 20_000 : 1_000_000;
const t0 = performance.now();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'packages/kfl/src/agreement.test.ts'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, KFL_AGREEMENT_RUNS: String(runs) },
  maxBuffer: 1 << 26,
});
const seconds = (performance.now() - t0) / 1000;
const pass = Number(/ℹ pass (\d+)/.exec(r.stdout)?.[1] ?? 0);
const fail = Number(/ℹ fail (\d+)/.exec(r.stdout)?.[1] ?? 0);
process.stdout.write(JSON.stringify({ cases: runs, seconds: Number(seconds.toFixed(1)), casesPerSecond: Math.round(runs / seconds), tests: { pass, fail } }, null, 2) + '\n');
if (r.status !== 0 || fail > 0) {
  process.stderr.write(r.stdout.slice(-4000));
  process.exit(1);
}
