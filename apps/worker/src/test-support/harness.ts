/**
 * Real parts for the worker's tests: a built worker as a child process, a real nats-server, the
 * stream read back message by message, free ports and temp dirs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { decodeBatch, ENTRIES_STREAM, freePort, startNatsServer, type NatsServer } from '@trawl/bus';
import type { Entry } from '@trawl/protocols';

export const WORKER_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const ROOT = join(WORKER_DIR, '../..');
export const MAIN = join(WORKER_DIR, 'dist/main.js');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Builds apps/worker when its dist is older than its sources (one build at a time across test files). */
export function ensureBuilt(): void {
  const lock = join(WORKER_DIR, '.build-lock');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 600) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.1']);
    }
  }
  try {
    let built = 0;
    try {
      built = statSync(MAIN).mtimeMs;
    } catch {
      // Not built.
    }
    if (built < newest(join(WORKER_DIR, 'src'))) {
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'apps/worker'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`worker build failed:\n${r.stdout}${r.stderr}`);
    }
    // trawl-pcap, the default capture program (a no-op when up to date; warns when it cannot build).
    spawnSync('sh', [join(WORKER_DIR, 'native/build.sh')], { stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export { freePort };

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `trawl-worker-${name}-`));
}

export async function startNats(dir: string, port?: number): Promise<NatsServer> {
  return startNatsServer({ port: port ?? (await freePort()), dataDir: join(dir, 'nats') });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitFor<T>(what: string, f: () => T | Promise<T>, timeoutMs = 15_000, everyMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(everyMs);
  }
}

/** A worker child process with its log collected. */
export class WorkerProcess {
  log = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly child: ChildProcess,
    readonly metricsPort: number,
  ) {
    child.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  waitLog(re: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
    return waitFor(`worker log ${re}`, () => {
      if (!this.running && !re.test(this.log)) throw new Error(`worker exited:\n${this.log}`);
      return re.exec(this.log);
    }, timeoutMs);
  }

  async metrics(): Promise<Record<string, number>> {
    const text = await (await fetch(`http://127.0.0.1:${this.metricsPort}/metrics`)).text();
    const out: Record<string, number> = {};
    for (const line of text.split('\n')) {
      const m = /^(trawl_worker_[a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
      if (m) out[m[1]] = Number(m[2]);
    }
    return out;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}

export async function startWorker(args: string[], options: { prefix?: string[]; metricsPort?: number } = {}): Promise<WorkerProcess> {
  ensureBuilt();
  const metricsPort = options.metricsPort ?? (await freePort());
  const argv = [...(options.prefix ?? []), process.execPath, MAIN, '--metrics-port', String(metricsPort), ...args];
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  return new WorkerProcess(child, metricsPort);
}

/** Every entry in the entries stream, in stream order (read by sequence: exact, no consumer state). */
export async function readEntries(url: string): Promise<Entry[]> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    let info;
    try {
      info = await jsm.streams.info(ENTRIES_STREAM);
    } catch {
      return [];
    }
    const out: Entry[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(ENTRIES_STREAM, { seq });
      if (m) out.push(...decodeBatch(m.data).entries);
    }
    return out;
  } finally {
    await nc.close();
  }
}

/** Waits until the stream holds `n` entries, then a little longer to see that no more come. */
export async function waitEntries(url: string, n: number, timeoutMs = 20_000, settleMs = 700): Promise<Entry[]> {
  await waitFor(`${n} entries in the stream`, async () => (await readEntries(url)).length >= n, timeoutMs, 200);
  await sleep(settleMs);
  return readEntries(url);
}

export function run(cmd: string, args: string[], opts: { timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string; pid: number }> {
  return new Promise((resolve, reject) => {
    const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d));
    c.stderr.on('data', (d: Buffer) => (stderr += d));
    const t = setTimeout(() => c.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    c.once('error', reject);
    c.once('exit', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr, pid: c.pid! });
    });
  });
}
