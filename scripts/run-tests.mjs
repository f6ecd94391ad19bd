#!/usr/bin/env node
// Runs every suite (one node:test process per package/app) and prints one closing line
// `N passed, N failed` summing them all. Usage: node scripts/run-tests.mjs [suite-dir...]
// Test files are `*.test.ts` beside the code they test (tsx loads them).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const suites = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/api', 'packages/protocols', 'packages/kfl', 'apps/cli', 'apps/worker', 'apps/hub', 'apps/web', 'e2e'];

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

let passed = 0;
let failed = 0;

// Tests are type-checked too (the build compiles only the shipped code): one result per package.
if (process.argv.slice(2).length === 0) {
  console.log('\n=== typecheck');
  for (const suite of suites) {
    const config = join(root, suite, 'tsconfig.test.json');
    if (!existsSync(config)) continue;
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit'], { cwd: root, encoding: 'utf8' });
    if (run.status === 0) {
      passed++;
      console.log(`✔ typecheck ${suite}`);
    } else {
      failed++;
      console.log(`✖ typecheck ${suite}\n${run.stdout}${run.stderr}`);
    }
  }
}

for (const suite of suites) {
  const dir = join(root, suite);
  if (!existsSync(dir)) continue;
  const files = findTests(dir).sort();
  if (files.length === 0) continue;
  console.log(`\n=== ${suite}: ${files.length} test files`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files.map((f) => relative(root, f))],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(run.stdout);
  const pass = Number(/ℹ pass (\d+)/.exec(run.stdout)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(run.stdout)?.[1] ?? 0);
  passed += pass;
  // A runner that died without a summary is a failure of the whole suite.
  failed += fail + (run.status !== 0 && fail === 0 ? 1 : 0);
}
// In CI the benchmarks run once in smoke mode (not timed tests: they must just keep working).
if (process.env.CI && process.argv.slice(2).length === 0) {
  console.log('\n=== bench --smoke');
  const bench = spawnSync(process.execPath, ['scripts/run-bench.mjs', '--smoke', '--no-build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (bench.status === 0) {
    passed++;
    console.log('✔ bench --smoke (report in bench/out/report.json)');
  } else {
    failed++;
    console.log(`✖ bench --smoke exited ${bench.status}\n${bench.stdout.slice(-3000)}`);
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
