import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { CaptureReader, type CapturedFrame } from '@trawl/protocols';
import type { Logger } from '../log.js';
import { CaptureOpenError } from './live.js';
import { TcpdumpStderr, type TcpdumpStats } from './tcpdump-stderr.js';

/** tcpdump's pcap_set_timeout, which libpcap makes the TPACKET_V3 block retire timeout. */
const BLOCK_TIMEOUT_MS = 1_000;

export const TCPDUMP_PACKAGE_HINT = "install Debian's tcpdump package (apt-get install tcpdump) or pass --tcpdump-path";

export type TcpdumpMode = 'block' | 'immediate';
export type TcpdumpPipe = 'socket' | 'fifo';

export interface TcpdumpProcessOptions {
  /** The tcpdump binary (a name is looked up in PATH). */
  path: string;
  iface: string;
  bpf: string;
  ringBytes: number;
  mode?: TcpdumpMode;
  /** `-s`; 0 or absent: whole packets. */
  snaplen?: number;
  pipe?: TcpdumpPipe;
  interfaceId: number;
  onFrame: (frame: CapturedFrame) => void;
  log: Logger;
}

export interface TcpdumpExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** tcpdump's last complaint on stderr (or the spawn error). */
  message: string;
  /** It had opened the interface before it exited. */
  wasListening: boolean;
}

/**
 * The arguments: full snaplen, pcap with nanosecond kernel timestamps on stdout, flushed per
 * packet (`-U`: else stdio holds packets until 4 KiB gather, forever on a quiet link), no name
 * lookups, `-B` the ring in KiB. Not `--immediate-mode`: libpcap 1.10 then falls back to
 * TPACKET_V2, whose fixed slots are snaplen-sized (64 KiB on lo), the very problem of cap 0.2.
 * Without it TPACKET_V3 packs packets of any size into 256 KiB blocks, at the price of a block
 * being handed over when full or after tcpdump's fixed 1 s timeout (latency on a quiet link).
 * `-Z root`: Debian's tcpdump, started as root, otherwise drops to the `tcpdump` user once the
 * socket is open, and that credential change clears the parent-death signal (prctl(2)) that
 * `setpriv --pdeathsig` sets: a worker killed with SIGKILL (or by the OOM killer) would leave its
 * tcpdumps running until their next packet hits the closed pipe. With `-w` tcpdump only copies
 * bytes and never dissects them, so staying root adds little attack surface.
 */
export function tcpdumpArgs(iface: string, bpf: string, ringBytes: number, mode: TcpdumpMode = 'block', snaplen = 0): string[] {
  const args = ['-i', iface, '-n', '-s', String(snaplen), '-U', '-w', '-', '--time-stamp-precision', 'nano', '-B', String(Math.max(1, Math.ceil(ringBytes / 1024))), '-Z', 'root'];
  if (mode === 'immediate') args.push('--immediate-mode');
  return bpf.trim() ? [...args, '--', bpf] : args;
}

let fifos = 0;

/**
 * A FIFO for tcpdump's stdout instead of Node's stdio socketpair: [read end, write end], the name
 * unlinked at once. A pipe holds 64 KiB of bytes however they were written; the socketpair counts
 * each of tcpdump's per-packet writes (`-U`) as an skb of ~1 KiB against its 208 KiB send buffer.
 */
function openFifo(): [number, number] {
  const path = join(tmpdir(), `trawl-tcpdump-${process.pid}-${fifos++}`);
  const r = spawnSync('mkfifo', ['-m', '600', path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr?.toString().trim() || r.error?.message}`);
  try {
    const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    return [read, openSync(path, constants.O_WRONLY)];
  } finally {
    unlinkSync(path);
  }
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A command's path: as given when it has a slash, else the first in PATH; null if none runs. */
export function findExecutable(name: string): string | null {
  if (name.includes('/')) return executable(name) ? name : null;
  return (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin').split(':').map((d) => join(d || '.', name)).find(executable) ?? null;
}

/** util-linux's setpriv, when there is one: it makes tcpdump die with the worker. */
const SETPRIV = findExecutable('setpriv');

/** The command line: tcpdump, under `setpriv --pdeathsig KILL` where setpriv exists. */
export function tcpdumpCommand(path: string, args: string[]): [string, string[]] {
  return SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', path, ...args]] : [path, args];
}

/**
 * One tcpdump child capturing one interface: its stdout, a pcap stream, is parsed as it comes
 * (the protocols package's incremental CaptureReader) and each frame handed to `onFrame` with its
 * kernel timestamp and the stream's link type. The worker reads the pipe only as fast as it
 * handles frames, so when it falls behind the pipe fills, tcpdump blocks, and its ring drops:
 * counted by the kernel, reported on SIGUSR1 (`requestStats`). Memory in the worker stays bounded.
 */
export class TcpdumpProcess {
  readonly child: ChildProcess;
  /** Resolves when tcpdump listens; rejects with CaptureOpenError when it exits first. */
  readonly ready: Promise<void>;
  /** Resolves once it exited and its pipes are drained. */
  readonly closed: Promise<TcpdumpExit>;
  readonly startedAt = Date.now();
  listening = false;
  frames = 0;
  /** The last statistics it printed. */
  stats: TcpdumpStats = { captured: 0, received: 0, droppedKernel: 0, droppedInterface: 0 };
  /** Kernel drops since start, immune to tcpdump's 32-bit counters wrapping. */
  droppedKernel = 0;
  private readonly stderr: TcpdumpStderr;
  private readonly reader: CaptureReader;
  private waiters: Array<(s: TcpdumpStats) => void> = [];
  private spawnError: Error | null = null;
  /** How long tcpdump may hold a packet before writing it. */
  private readonly holdMs: number;

  constructor(private readonly o: TcpdumpProcessOptions) {
    let onReady!: () => void;
    let onFail!: (e: Error) => void;
    this.ready = new Promise((res, rej) => ((onReady = res), (onFail = rej)));
    this.ready.catch(() => {}); // a failure is also reported by `closed`
    this.reader = new CaptureReader((f) => {
      this.frames++;
      f.interfaceId = o.interfaceId;
      o.onFrame(f);
    });
    this.stderr = new TcpdumpStderr({
      listening: (linkType) => {
        this.listening = true;
        o.log.info('capture.opened', { iface: o.iface, linkType, backend: 'tcpdump', pid: this.child.pid, bpf: o.bpf || undefined });
        onReady();
      },
      stats: (s) => {
        this.droppedKernel += (s.droppedKernel - this.stats.droppedKernel) >>> 0;
        this.stats = s;
        const w = this.waiters;
        this.waiters = [];
        for (const f of w) f(s);
      },
      message: () => {},
    });
    // Checked here: under setpriv a missing tcpdump is only setpriv's exit code 127.
    const path = findExecutable(o.path);
    this.holdMs = o.mode === 'immediate' ? 0 : BLOCK_TIMEOUT_MS;
    const [command, args] = tcpdumpCommand(path ?? o.path, tcpdumpArgs(o.iface, o.bpf, o.ringBytes, o.mode, o.snaplen));
    let fifo: [number, number] | null = null;
    if (o.pipe === 'fifo' && path) {
      try {
        fifo = openFifo();
      } catch (e) {
        o.log.warn('capture.fifo_failed', { iface: o.iface, error: (e as Error).message });
      }
    }
    this.child = spawn(path ? command : o.path, path ? args : [], { stdio: ['ignore', fifo ? fifo[1] : 'pipe', 'pipe'] });
    let stdout: Readable;
    let stdoutDone: Promise<unknown> = Promise.resolve();
    if (fifo) {
      closeSync(fifo[1]);
      const sock = new Socket({ fd: fifo[0], readable: true, writable: false });
      stdout = sock;
      stdoutDone = new Promise((r) => sock.once('close', r));
    } else {
      stdout = this.child.stdout!;
    }
    stdout.on('data', (chunk: Buffer) => {
      this.reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (this.reader.error) {
        o.log.error('capture.tcpdump_stream_error', { iface: o.iface, error: this.reader.error.message });
        this.child.kill('SIGKILL');
      }
    });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (s: string) => this.stderr.push(s));
    this.child.once('error', (e) => (this.spawnError = e));
    this.closed = new Promise((resolve) => {
      this.child.once('close', async (code, signal) => {
        await stdoutDone;
        this.stderr.end();
        const message = this.spawnError ? this.describeSpawnError(this.spawnError) : this.stderr.lastMessage.replace(/^tcpdump: /, '');
        if (!this.listening) {
          onFail(new CaptureOpenError(o.iface, message || `tcpdump exited (${signal ?? code}) before capturing`, /No such device|can't parse filter|syntax error|illegal|invalid/i.test(message)));
        }
        for (const f of this.waiters) f(this.stats);
        this.waiters = [];
        resolve({ code, signal, message, wasListening: this.listening });
      });
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.spawnError === null;
  }

  /** Asks tcpdump for its statistics (SIGUSR1; only once its handler is installed). */
  requestStats(): void {
    if (this.listening && this.running) this.child.kill('SIGUSR1');
  }

  /** The next statistics tcpdump prints, or the last known after `timeoutMs`. */
  nextStats(timeoutMs: number): Promise<TcpdumpStats> {
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(this.stats), timeoutMs);
      this.waiters.push((s) => {
        clearTimeout(t);
        resolve(s);
      });
      this.requestStats();
    });
  }

  /**
   * Clean stop: every packet the kernel had put in the ring when stop was called is written and
   * parsed first. A TPACKET_V3 block reaches tcpdump only when full or after its 1 s timeout, and
   * SIGINT makes tcpdump quit without reading the block being filled (measured: ~200 packets lost
   * per stop at 1k req/s without this). So: note "received by filter" now; wait until captured +
   * dropped reach it, or, where that never happens (on lo the kernel counts each packet twice,
   * going out and coming in, and libpcap skips the outgoing copy), until a block timeout has
   * passed and tcpdump has caught up (captured stopped moving); at most `drainMs`. Then SIGINT,
   * and the pipe is read to its end.
   */
  async stop(drainMs = 3_000): Promise<TcpdumpExit> {
    if (this.running && this.listening) {
      const t0 = Date.now();
      const target = (await this.nextStats(300)).received;
      let s = this.stats;
      let last = -1;
      while (this.running && Date.now() - t0 < drainMs && s.captured + s.droppedKernel < target) {
        if (Date.now() - t0 > this.holdMs + 100 && s.captured === last) break;
        last = s.captured;
        await new Promise((r) => setTimeout(r, 100));
        s = await this.nextStats(300);
      }
    }
    if (this.running) {
      this.child.kill('SIGINT');
      const kill = setTimeout(() => this.child.kill('SIGKILL'), 2_000);
      const exit = await this.closed;
      clearTimeout(kill);
      return exit;
    }
    return this.closed;
  }

  private describeSpawnError(e: Error): string {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? `tcpdump not found at "${this.o.path}": ${TCPDUMP_PACKAGE_HINT}` : `cannot run ${this.o.path}: ${e.message}`;
  }
}
