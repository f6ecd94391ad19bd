// Worker benchmark (JSON on stdout, progress on stderr): the highest loss-free request rate on lo
// with wrk on the same machine, tcpdump beside it as the capture baseline, the worker's CPU and
// RSS under that load (and those of its capture processes: the cap child, the trawl-pcaps or the tcpdumps,
// separately and summed), and packet → published latency; for each capture backend, in one run.
//   tsx apps/worker/bench/worker.bench.ts [--smoke] [--backend trawl-pcap,tcpdump,cap] [--steps 1,4,0]
//     [--ring-mb 16] [--capture-process auto] [--variant 'label=--tcpdump-mode immediate --ring-mb 32']...
//     [--rounds 2]
// Each --variant is the tcpdump backend with extra worker options; variants (and backends) run one
// after the other, in reverse order on even rounds, so that a loaded machine's drift hits all alike.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { connect } from '@nats-io/transport-node';
import { decodeBatch, SUBJECTS } from '@trawl/bus';
import { freePort, sleep, startNats, startWorker, tempDir } from '../src/test-support/harness.js';

const smoke = process.argv.includes('--smoke');
const seconds = smoke ? 2 : 6;
// Each step: wrk connections, each waiting 1 ms between requests (wrk's Lua `delay`), so the rate is
// set by the connection count (about 800 req/s each here) instead of by how fast the machine is.
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const steps = argValue('--steps')?.split(',').map(Number) ?? (smoke ? [4] : [1, 2, 4, 8, 12, 16, 24, 0]);
const ringMb = argValue('--ring-mb') ?? '16';
const captureProcess = argValue('--capture-process') ?? 'auto';
const backends = (argValue('--backend') ?? 'cap,tcpdump,trawl-pcap').split(',').filter(Boolean);
const variants: Array<{ label: string; backend: string; args: string[] }> = backends.map((b) => ({ label: b, backend: b, args: [] }));
process.argv.forEach((a, i) => {
  if (a !== '--variant') return;
  const [label, rest = ''] = process.argv[i + 1].split(/=(.*)/s);
  variants.push({ label, backend: 'tcpdump', args: rest.split(/\s+/).filter(Boolean) });
});
const rounds = Number(argValue('--rounds') ?? 1);
/** The backend the worker uses without --capture-backend (options.ts). */
const DEFAULT_BACKEND = 'trawl-pcap';
const scriptDir = tempDir('wrk');
const script = join(scriptDir, 'delay.lua');
writeFileSync(script, 'function delay() return 1 end\n');
const log = (s: string) => process.stderr.write(`worker.bench: ${s}\n`);
const hasWrk = spawnSync('which', ['wrk']).status === 0;
const hasTcpdump = spawnSync('which', ['tcpdump']).status === 0;

const TICK = 100; // USER_HZ
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
}
function rssMb(pid: number, field = 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}
/** The worker's capture processes (the cap child, the trawl-pcaps or the tcpdumps): its children in /proc. */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
const safe = (f: () => number) => {
  try {
    return f();
  } catch {
    return 0; // it exited meanwhile
  }
};
const childRss = (pid: number) => children(pid).reduce((n, c) => n + safe(() => rssMb(c)), 0);
/** CPU seconds by child pid, so a child that restarted mid-step is not counted negative. */
const childCpu = (pid: number) => new Map(children(pid).map((c) => [c, safe(() => cpuSeconds(c))]));
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : null);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const dir = tempDir('bench');
const nats = await startNats(dir);
const port = await freePort();
// The server in its own process so that it does not share the bench's event loop.
const server = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('ok')); }).listen(${port}, '127.0.0.1')`], { stdio: 'ignore' });
async function runBackend(backend: string, label = backend, extra: string[] = []) {
  const node = `bench-${label.replace(/[^\w-]/g, '_')}-${Date.now()}`;
  const worker = await startWorker(['--nats', nats.url, '--node', node, '--iface', 'lo', '--bpf', `tcp port ${port}`, '--ring-mb', ringMb, '--capture-process', captureProcess, '--capture-backend', backend, ...extra]);
  await worker.waitLog(/nats\.connected/);
  await worker.waitLog(/capture\.started/);
  const wpid = worker.child.pid!;

  // Packet → published: the first byte of the request (the entry's timestamp) to the moment the
  // batch carrying it reaches a subscriber of the entries subject.
  const nc = await connect({ servers: nats.url });
  const latencies: number[] = [];
  nc.subscribe(SUBJECTS.entries(node), {
    callback: (_e, m) => {
      const now = Date.now();
      for (const e of decodeBatch(m.data).entries) latencies.push(now - e.timestamp);
    },
  });

  async function load(connections: number): Promise<{ requests: number; errors: number }> {
    if (hasWrk) {
      // Asynchronously: this process samples the worker and receives its batches meanwhile.
      // 0 connections: the unthrottled closed loop (4 connections, no delay), the machine's ceiling.
      const args = connections === 0 ? ['-t', '2', '-c', '4'] : ['-t', String(Math.min(2, connections)), '-c', String(connections), '-s', script];
      const wrk = spawn('wrk', [...args, '-d', `${seconds}s`, `http://127.0.0.1:${port}/b`], { stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      wrk.stdout.on('data', (d: Buffer) => (stdout += d));
      await new Promise((resolve) => wrk.once('exit', resolve));
      const r = { stdout };
      const requests = Number(/(\d+) requests in/.exec(r.stdout)?.[1] ?? 0);
      const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(r.stdout)?.[1] ?? 0) + Number(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(r.stdout)?.slice(1).reduce((a, b) => a + Number(b), 0) ?? 0);
      return { requests, errors };
    }
    // A fetch loop from this process (slower than wrk: the generator then limits the rate).
    let requests = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < end) {
          await (await fetch(`http://127.0.0.1:${port}/b`)).text();
          requests++;
        }
      }),
    );
    return { requests, errors: 0 };
}

const results = [];
for (const c of steps) {
  const m0 = await worker.metrics();
  const cpu0 = cpuSeconds(wpid);
  const ccpu0 = childCpu(wpid);
  latencies.length = 0;
  const tcpdump = hasTcpdump ? spawn('tcpdump', ['-i', 'lo', '-w', '/dev/null', '-B', '16384', `tcp port ${port}`], { stdio: ['ignore', 'ignore', 'pipe'] }) : null;
  let tdOut = '';
  tcpdump?.stderr!.on('data', (d: Buffer) => (tdOut += d));
  await sleep(300);
  const t0 = performance.now();
  let peakRss = 0;
  let peakWorkerRss = 0;
  let peakCaptureRss = 0;
  const sampler = setInterval(() => {
    const w = rssMb(wpid);
    const c = childRss(wpid);
    peakWorkerRss = Math.max(peakWorkerRss, w);
    peakCaptureRss = Math.max(peakCaptureRss, c);
    peakRss = Math.max(peakRss, w + c);
  }, 200);
  const { requests, errors } = await load(c);
  const wall = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const cpu = (cpuSeconds(wpid) - cpu0) / wall;
  let ccpu = 0;
  for (const [c, t] of childCpu(wpid)) ccpu += t - (ccpu0.get(c) ?? 0);
  ccpu /= wall;
  // Let the worker finish and publish this step.
  let m1 = await worker.metrics();
  for (let i = 0; i < 50 && m1.trawl_worker_published_entries_total - m0.trawl_worker_published_entries_total < requests; i++) {
    await sleep(200);
    m1 = await worker.metrics();
  }
  tcpdump?.kill('SIGINT');
  // (An exit already emitted would never come again: a tcpdump that died early.)
  if (tcpdump && tcpdump.exitCode === null && tcpdump.signalCode === null) await new Promise((r) => tcpdump.once('exit', r));
  const entries = m1.trawl_worker_published_entries_total - m0.trawl_worker_published_entries_total;
  const step = {
    backend: label,
    connections: c,
    requestsPerSecond: Math.round(requests / seconds),
    requests,
    loadErrors: errors,
    entries,
    lost: Math.max(0, requests - entries),
    lossFree: entries >= requests,
    tcpGaps: m1.trawl_worker_tcp_gaps_total - m0.trawl_worker_tcp_gaps_total,
    packetsPerSecond: Math.round((m1.trawl_worker_packets_total - m0.trawl_worker_packets_total) / wall),
    workerCpuCores: round(cpu, 2),
    workerRssMb: peakWorkerRss,
    /** The cap child (--capture-process child) or the tcpdump(s): not part of the worker's figures. */
    captureCpuCores: round(ccpu, 2),
    captureRssMb: peakCaptureRss,
    totalCpuCores: round(cpu + ccpu, 2),
    totalRssMb: peakRss,
    kernelDropped: (m1.trawl_worker_capture_kernel_dropped_packets_total ?? 0) - (m0.trawl_worker_capture_kernel_dropped_packets_total ?? 0),
    captureRestarts: (m1.trawl_worker_capture_restarts_total ?? 0) - (m0.trawl_worker_capture_restarts_total ?? 0),
    latencyMs: { p50: pct(latencies, 50), p99: pct(latencies, 99), max: pct(latencies, 100) },
    tcpdump: tcpdump
      ? {
          captured: Number(/(\d+) packets captured/.exec(tdOut)?.[1] ?? NaN),
          droppedByKernel: Number(/(\d+) packets dropped by kernel/.exec(tdOut)?.[1] ?? NaN),
        }
      : null,
  };
  log(`${JSON.stringify(step)} load=${loadavg()[0].toFixed(1)}`);
  results.push(step);
}

const lossFree = results.filter((r) => r.lossFree);
const best = lossFree.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0] ?? null;
const report = {
  backend: label,
  args: extra,
  loadAverage1m: round(loadavg()[0], 1),
  highestLossFreeRequestsPerSecond: best?.requestsPerSecond ?? 0,
  atBest: best,
  targets: {
    requestsPerSecond: { target: 10_000, met: (best?.requestsPerSecond ?? 0) >= 10_000 },
    workerCpuCores: { target: '< 1', met: best ? best.workerCpuCores < 1 : false },
    workerRssMb: { target: 128, met: Math.max(...results.map((r) => r.workerRssMb)) <= 128 },
    totalCpuCores: { target: '< 1 (worker + capture processes, informative)', met: best ? best.totalCpuCores < 1 : false },
    totalRssMb: { target: '128 (worker + capture processes, informative)', met: Math.max(...results.map((r) => r.totalRssMb)) <= 128 },
  },
  peakRssMb: Math.max(...results.map((r) => r.workerRssMb)),
  peakCaptureRssMb: Math.max(...results.map((r) => r.captureRssMb)),
  peakTotalRssMb: Math.max(...results.map((r) => r.totalRssMb)),
  workerPeakRssMbEver: rssMb(wpid, 'VmHWM'),
  steps: results,
};
await nc.close();
await worker.stop();
return report;
}

const byBackend: Record<string, Awaited<ReturnType<typeof runBackend>>> = {};
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 ? [...variants].reverse() : variants) {
    const key = rounds > 1 ? `${v.label}#${r + 1}` : v.label;
    byBackend[key] = await runBackend(v.backend, v.label, v.args);
  }
}
const main = byBackend[DEFAULT_BACKEND] ?? Object.values(byBackend)[0];
// The old report's keys describe the default backend (or the only one run); byBackend has each.
const report = {
  smoke,
  generator: hasWrk ? 'wrk (keep-alive, closed loop, same machine)' : 'fetch loop (same machine)',
  cpus: cpus().length,
  loadAverage: loadavg().map((n) => round(n, 1)),
  secondsPerStep: seconds,
  ringMb: Number(ringMb),
  captureProcess,
  ...main,
  byBackend,
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
server.kill();
await nats.stop();
rmSync(dir, { recursive: true, force: true });
rmSync(scriptDir, { recursive: true, force: true });
