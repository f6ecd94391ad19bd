#!/usr/bin/env node
// `pnpm bench`: builds, runs every benchmark, writes one JSON report to bench/out/report.json and
// prints it. `--smoke` is the CI size (well under a minute); the full run takes about half an hour,
// most of it the million fuzz inputs.
//
//   node scripts/run-bench.mjs [--smoke] [--only http1,kfl,fuzz] [--fuzz-inputs N] [--no-build]
//
// Each benchmark is a separate process that prints one JSON object on stdout (progress on stderr).
// Exit status: 0 when every benchmark ran (targets missed are reported, not failures: the machine
// may be loaded), 1 when one crashed or found a bug (a request trawl missed, a fuzz invariant).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    'fuzz-inputs': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const only = values.only ? new Set(values.only.split(',')) : null;
const smokeFlag = smoke ? ['--smoke'] : [];
const tsx = join(root, 'node_modules/.bin/tsx');

const BENCHES = [
  { name: 'http1', what: 'trawl read vs tshark/tcpdump on a large HTTP/1 capture', argv: ['node', 'bench/http1-read.bench.mjs', ...smokeFlag] },
  { name: 'protocols', what: 'trawl read vs tshark/tcpdump per protocol, each on a replicated real capture', argv: ['node', 'bench/protocols.bench.mjs', ...smokeFlag] },
  { name: 'kfl', what: 'KFL parse/compile, predicate throughput, SQL', argv: [tsx, 'packages/kfl/bench/kfl.bench.ts', ...smokeFlag] },
  { name: 'worker', what: 'live capture on lo: loss-free request rate (wrk), CPU, RSS, packet → published latency', argv: [tsx, 'apps/worker/bench/worker.bench.ts', ...smokeFlag] },
  { name: 'hub', what: 'hub ingest through NATS into SQLite; /api/entries first page on 1M entries', argv: [tsx, 'apps/hub/bench/hub.bench.ts', ...smokeFlag] },
  { name: 'outputs', what: 'hub /metrics scrape with 10k series (vs Prometheus own /metrics); endpoint inventory cost per entry (vs store insert)', argv: [tsx, 'apps/hub/bench/outputs.bench.ts', ...smokeFlag] },
  { name: 'live-latency', what: 'trawl start: request → queryable (hub SSE) latency on lo', argv: ['node', 'bench/live-latency.bench.mjs', ...smokeFlag] },
  { name: 'web', what: 'UI responsiveness under 2,000 entries/s', argv: [tsx, 'bench/web-responsiveness.bench.ts', ...smokeFlag] },
  { name: 'kfl-agreement', what: 'KFL predicate vs SQL on generated queries (1M cases)', argv: ['node', 'bench/kfl-agreement.bench.mjs', ...smokeFlag] },
  {
    name: 'fuzz',
    what: 'whole-engine fuzzing (no throw, no hang, memory bounded)',
    argv: [tsx, 'bench/fuzz.bench.ts', ...smokeFlag, ...(values['fuzz-inputs'] ? ['--inputs', values['fuzz-inputs']] : [])],
  },
];

const started = performance.now();
if (!values['no-build']) {
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // The CLI's bundle too: without it trawl's start-up is measured unbundled (apps/cli/README.md).
  const b = tsc.status !== 0 ? tsc : spawnSync(process.execPath, ['apps/cli/scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('bench: build failed');
    process.exit(1);
  }
}

const report = { smoke, startedAt: new Date().toISOString(), machine: machine(), benches: {} };
let failed = false;
for (const bench of BENCHES) {
  if (only && !only.has(bench.name)) continue;
  process.stderr.write(`bench: ${bench.name} (${bench.what})…\n`);
  const t0 = performance.now();
  const [cmd, ...args] = bench.argv;
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = Number(((performance.now() - t0) / 1000).toFixed(1));
  let result;
  try {
    result = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    result = { output: r.stdout.slice(-2000) };
  }
  if (r.status !== 0) {
    failed = true;
    result = { ...result, error: `exited ${r.status ?? r.signal}` };
  }
  report.benches[bench.name] = { ...result, wallSeconds: seconds };
}
report.seconds = Number(((performance.now() - started) / 1000).toFixed(1));

const outDir = join(root, 'bench/out');
mkdirSync(outDir, { recursive: true });
const text = JSON.stringify(report, null, 2) + '\n';
writeFileSync(join(outDir, 'report.json'), text);
process.stdout.write(text);
process.stderr.write(`bench: report in bench/out/report.json (${report.seconds} s)\n`);
process.exit(failed ? 1 : 0);

function machine() {
  const cpus = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim();
  const model = spawnSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).stdout?.trim();
  return { node: process.version, cpus: Number(cpus) || null, cpu: model || null, load: loadavg() };
}

function loadavg() {
  const r = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' });
  return r.stdout ? r.stdout.split(' ').slice(0, 3).map(Number) : null;
}
