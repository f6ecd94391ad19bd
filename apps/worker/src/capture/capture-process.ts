import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, constants, openSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { CaptureReader, type CapturedFrame } from '@trawl/protocols';
import type { Logger } from '../log.js';
import { CaptureOpenError } from './live.js';
import { findExecutable, type CaptureProgram } from './program.js';
import { TcpdumpStderr, type TcpdumpStats } from './tcpdump-stderr.js';

export type CapturePipe = 'socket' | 'fifo';

export interface CaptureProcessOptions {
  /** tcpdump or trawl-pcap, and how to run it. */
  program: CaptureProgram;
  iface: string;
  bpf: string;
  ringBytes: number;
  /** 0 or absent: whole packets. */
  snaplen?: number;
  pipe?: CapturePipe;
  interfaceId: number;
  onFrame: (frame: CapturedFrame) => void;
  /** When set, the pcap stream's bytes go here as they come, instead of being parsed into frames (capture jobs write them to files). */
  onBytes?: (chunk: Uint8Array) => void;
  log: Logger;
}

export interface CaptureExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The program's last complaint on stderr (or the spawn error). */
  message: string;
  /** It had opened the interface before it exited. */
  wasListening: boolean;
}

let fifos = 0;

/**
 * A FIFO for the program's stdout instead of Node's stdio socketpair: [read end, write end], the
 * name unlinked at once. A pipe holds 64 KiB of bytes however they were written; the socketpair
 * counts each of tcpdump's per-packet writes (`-U`) as an skb of ~1 KiB against its 208 KiB send
 * buffer.
 */
function openFifo(): [number, number] {
  const path = join(tmpdir(), `trawl-capture-${process.pid}-${fifos++}`);
  const r = spawnSync('mkfifo', ['-m', '600', path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr?.toString().trim() || r.error?.message}`);
  try {
    const read = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    return [read, openSync(path, constants.O_WRONLY)];
  } finally {
    unlinkSync(path);
  }
}

/** "tcpdump: " or "trawl-pcap: " before a message. */
const PROGRAM_PREFIX = /^(?:tcpdump|trawl-pcap): /;

/**
 * One capture program (tcpdump or trawl-pcap) capturing one interface: its stdout, a pcap stream,
 * is parsed as it comes (the protocols package's incremental CaptureReader) and each frame handed
 * to `onFrame` with its kernel timestamp and the stream's link type. The worker reads the pipe
 * only as fast as it handles frames, so when it falls behind the pipe fills, the program blocks,
 * and its ring drops: counted by the kernel, reported on SIGUSR1 (`requestStats`). Memory in the
 * worker stays bounded.
 */
export class CaptureProcess {
  readonly child: ChildProcess;
  /** Resolves when the program listens; rejects with CaptureOpenError when it exits first. */
  readonly ready: Promise<void>;
  /** Resolves once it exited and its pipes are drained. */
  readonly closed: Promise<CaptureExit>;
  readonly startedAt = Date.now();
  listening = false;
  frames = 0;
  /** The last statistics it printed. */
  stats: TcpdumpStats = { captured: 0, received: 0, droppedKernel: 0, droppedInterface: 0 };
  /** Kernel drops since start, immune to the program's 32-bit counters wrapping. */
  droppedKernel = 0;
  private readonly stderr: TcpdumpStderr;
  private readonly reader: CaptureReader;
  private waiters: Array<(s: TcpdumpStats) => void> = [];
  private spawnError: Error | null = null;

  constructor(private readonly o: CaptureProcessOptions) {
    const program = o.program;
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
        o.log.info('capture.opened', { iface: o.iface, linkType, backend: program.name, pid: this.child.pid, bpf: o.bpf || undefined });
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
    const path = findExecutable(program.path);
    const [command, args] = program.command(path ?? program.path, program.args(o.iface, o.bpf, o.ringBytes, o.snaplen ?? 0));
    let fifo: [number, number] | null = null;
    if (o.pipe === 'fifo' && path) {
      try {
        fifo = openFifo();
      } catch (e) {
        o.log.warn('capture.fifo_failed', { iface: o.iface, error: (e as Error).message });
      }
    }
    this.child = spawn(path ? command : program.path, path ? args : [], {
      stdio: ['ignore', fifo ? fifo[1] : 'pipe', 'pipe'],
      env: program.env ? { ...process.env, ...program.env } : process.env,
    });
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
      if (o.onBytes) return o.onBytes(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (this.reader.error) {
        o.log.error(`capture.${program.name === 'tcpdump' ? 'tcpdump' : 'trawl_pcap'}_stream_error`, { iface: o.iface, error: this.reader.error.message });
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
        const message = this.spawnError ? this.describeSpawnError(this.spawnError) : this.stderr.lastMessage.replace(PROGRAM_PREFIX, '');
        if (!this.listening) {
          onFail(new CaptureOpenError(o.iface, message || `${program.name} exited (${signal ?? code}) before capturing`, /No such device|can't parse filter|syntax error|illegal|invalid/i.test(message)));
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

  /** Asks the program for its statistics (SIGUSR1; only once its handler is installed). */
  requestStats(): void {
    if (this.listening && this.running) this.child.kill('SIGUSR1');
  }

  /** The next statistics the program prints, or the last known after `timeoutMs`. */
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
   * parsed first. A TPACKET_V3 block reaches the program only when full or after its block
   * timeout (tcpdump: 1 s; trawl-pcap: --block-timeout-ms), and SIGINT makes it quit without
   * reading the block being filled (measured with tcpdump: ~200 packets lost per stop at 1k req/s
   * without this). So: note "received by filter" now; wait until captured + dropped reach it, or,
   * where that never happens (on lo the kernel counts each packet twice, going out and coming in,
   * and libpcap skips the outgoing copy), until a block timeout has passed and the program has
   * caught up (captured stopped moving); at most `drainMs`. Then SIGINT, and the pipe is read to
   * its end.
   */
  async stop(drainMs = 3_000): Promise<CaptureExit> {
    if (this.running && this.listening) {
      const t0 = Date.now();
      const target = (await this.nextStats(300)).received;
      let s = this.stats;
      let last = -1;
      while (this.running && Date.now() - t0 < drainMs && s.captured + s.droppedKernel < target) {
        if (Date.now() - t0 > this.o.program.holdMs + 100 && s.captured === last) break;
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
    const path = this.o.program.path;
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? this.o.program.missing(path) : `cannot run ${path}: ${e.message}`;
  }
}
