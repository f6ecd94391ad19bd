#!/usr/bin/env node
// Runs every suite (one node:test process per package/app) and prints one closing line
// `N passed, N failed` summing them all. Usage: node scripts/run-tests.mjs [suite-dir...]
// Test files are `*.test.ts` beside the code they test (tsx loads them).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const suites = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['packages/api', 'packages/bus', 'packages/protocols', 'packages/kfl', 'apps/cli', 'apps/worker', 'apps/hub', 'apps/web', 'e2e'];

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const started = Date.now();
let passed = 0;
let failed = 0;
/** Each failed suite's "failing tests" section (the spec reporter's), repeated before the closing line. */
const failures = [];

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

// A hung test must fail its suite, not stall the whole run: each test file has `TEST_TIMEOUT_MS`
// (a file that never exits, a handle left open, is cancelled then and counted failed), and a
// suite that still has not ended after its share of `RUN_BUDGET_MS` is killed (its process group:
// the runner, its file processes and the servers they started) and counted failed. CI's own limit
// is 90 min. Not `--test-force-exit`: with concurrency it drops the verdicts of a file's last tests
// (seen here: 1026 of 1027 reported; nodejs/node#64833).
// (The environment can lower them, to try this out.)
const TEST_TIMEOUT_MS = Number(process.env.TRAWL_TEST_TIMEOUT_MS) || 10 * 60_000;
const SUITE_TIMEOUT_MS = Number(process.env.TRAWL_SUITE_TIMEOUT_MS) || 30 * 60_000;
const BENCH_TIMEOUT_MS = 15 * 60_000;
const RUN_BUDGET_MS = 75 * 60_000;
/** Time (ms) left of the run's budget for one more step: at most `capMs`, at least a minute. */
const budget = (capMs) => Math.max(Math.min(capMs, 60_000), Math.min(capMs, RUN_BUDGET_MS - (Date.now() - started)));

/**
 * Runs a node script in its own process group, its output streamed as it comes (`echo`); past `limitMs` the
 * whole group is killed. Resolves with the output and how it ended.
 */
function runLimited(args, limitMs, echo = true) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (echo) process.stdout.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, limitMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ out, status, timedOut, limitMs });
    });
  });
}

/** The spec reporter's closing "✖ failing tests:" section of a suite's output, if any (ANSI colours removed). */
function failingTests(out) {
  const at = out.lastIndexOf('✖ failing tests:');
  if (at < 0) return '';
  return out
    .slice(at)
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => !/^\s+at .*(node:|node_modules)/.test(line)) // frames of node and libraries: noise here
    .join('\n')
    .slice(0, 6_000)
    .trimEnd();
}

for (const suite of suites) {
  const dir = join(root, suite);
  if (!existsSync(dir)) continue;
  const files = findTests(dir).sort();
  if (files.length === 0) continue;
  console.log(`\n=== ${suite}: ${files.length} test files`);
  const args = ['--import', 'tsx', '--import', './scripts/test-setup.mjs', '--test', '--test-reporter=spec', '--test-concurrency=2'];
  args.push(`--test-timeout=${TEST_TIMEOUT_MS}`, ...files.map((f) => relative(root, f)));
  const run = await runLimited(args, budget(SUITE_TIMEOUT_MS));
  const pass = Number(/ℹ pass (\d+)/.exec(run.out)?.[1] ?? 0);
  // Cancelled: a test file that timed out (`TEST_TIMEOUT_MS`), or the tests it had not finished.
  const fail = Number(/ℹ fail (\d+)/.exec(run.out)?.[1] ?? 0) + Number(/ℹ cancelled (\d+)/.exec(run.out)?.[1] ?? 0);
  passed += pass;
  if (run.timedOut) {
    // Tests that passed before the kill still count (the runner printed no summary: its ✔ lines,
    // suites included); the suite itself is one failure.
    if (pass === 0) passed += (run.out.match(/^\s*✔ /gm) ?? []).length;
    console.log(`✖ ${suite}: killed after ${Math.round(run.limitMs / 1000)} s without finishing (the last lines above show where it was)`);
    failed++;
    continue;
  }
  // A runner that died without a summary is a failure of the whole suite.
  failed += fail + (run.status !== 0 && fail === 0 ? 1 : 0);
  const details = failingTests(run.out);
  if (details) failures.push(`--- ${suite}\n${details}`);
}
// In CI the benchmarks run once in smoke mode (not timed tests: they must just keep working).
if (process.env.CI && process.argv.slice(2).length === 0) {
  console.log('\n=== bench --smoke');
  const bench = await runLimited(['scripts/run-bench.mjs', '--smoke', '--no-build'], budget(BENCH_TIMEOUT_MS), false);
  if (bench.status === 0 && !bench.timedOut) {
    passed++;
    console.log('✔ bench --smoke (report in bench/out/report.json)');
  } else {
    failed++;
    const how = bench.timedOut ? `was killed after ${Math.round(bench.limitMs / 1000)} s` : `exited ${bench.status}`;
    console.log(`✖ bench --smoke ${how}\n${bench.out.slice(-3000)}`);
  }
}

// The closing lines are what a CI summary shows: why each test failed goes there, not only its name.
if (failures.length) console.log(`\n=== failures (repeated from above)\n${failures.join('\n').slice(0, 12_000)}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
