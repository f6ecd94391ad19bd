import type { CapturedFrame } from '@trawl/protocols';
import type { Logger } from '../log.js';
import { CaptureOpenError } from './live.js';
import { readNetDev } from './netdev.js';
import { CaptureProcess, type CaptureExit, type CapturePipe } from './capture-process.js';
import type { CaptureProgram } from './program.js';

export interface ProcessCaptureOptions {
  /** Interfaces by name (`any` included), opened at start; failing to open one is an error. */
  interfaces: readonly string[];
  /** Every interface whose name starts with one of these, now and later (polled). */
  prefixes: readonly string[];
  bpf: string;
  /** The capture program: tcpdump (tcpdumpProgram) or trawl-pcap (trawlPcapProgram). */
  program: CaptureProgram;
  /** The program's ring (tcpdump's `-B`) per interface, bytes. */
  ringBytes: number;
  /** tcpdump's `-s`; 0 (default) keeps whole packets. */
  snaplen?: number;
  /** How the program's stdout reaches the worker: Node's socketpair (default) or a FIFO (a pipe). */
  pipe?: CapturePipe;
  pollMs: number;
  onFrame: (frame: CapturedFrame) => void;
  log: Logger;
  /** How often each program is asked for its statistics (SIGUSR1). */
  statsMs?: number;
  listInterfaces?: () => string[];
}

const FIRST_RESTART_MS = 250;
const MAX_RESTART_MS = 5_000;
/** A program that ran this long before exiting restarts without its accumulated backoff. */
const STABLE_MS = 10_000;

interface Slot {
  name: string;
  /** Named with --iface (kept and retried when it vanishes) rather than found by a prefix. */
  named: boolean;
  proc: CaptureProcess | null;
  restartDelay: number;
  timer: NodeJS.Timeout | null;
  lastFailure: string;
}

/**
 * Live capture through a capture program, tcpdump or trawl-pcap: one per interface (TPACKET_V3
 * ring of `ringBytes` in its process, kernel timestamps, kernel drop counts), each restarted with
 * backoff when it exits. With prefixes, interfaces are followed as they appear and vanish, like
 * LiveCapture.
 */
export class ProcessCapture {
  private readonly slots = new Map<string, Slot>();
  /** Why a prefix-matched interface last failed to open, to log each reason once. */
  private readonly failures = new Map<string, string>();
  private timers: NodeJS.Timeout[] = [];
  private nextInterfaceId = 0;
  private stopping = false;
  /** Kernel drops of programs that exited. */
  private droppedBefore = 0;
  readonly stats = { restarts: 0 };

  /** `capture.tcpdump_exited` or `capture.trawl_pcap_exited`. */
  private readonly exitedEvent: string;

  constructor(private readonly options: ProcessCaptureOptions) {
    this.exitedEvent = `capture.${options.program.name.replace('-', '_')}_exited`;
  }

  async start(): Promise<void> {
    const present = new Set(this.list());
    for (const name of this.options.interfaces) {
      if (name !== 'any' && !present.has(name)) throw new CaptureOpenError(name, `no such interface (have: ${[...present].join(', ')})`, true);
    }
    try {
      await Promise.all(this.options.interfaces.map((name) => this.open(name, true).proc!.ready));
    } catch (e) {
      await this.stop();
      throw e;
    }
    if (this.options.prefixes.length > 0) {
      this.poll();
      this.every(this.options.pollMs, () => this.poll());
    }
    this.every(this.options.statsMs ?? 2_000, () => {
      for (const s of this.slots.values()) s.proc?.requestStats();
    });
  }

  /** Stops every program after it handed over what its ring held (see CaptureProcess.stop). */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    const procs: CaptureProcess[] = [];
    for (const s of this.slots.values()) {
      if (s.timer) clearTimeout(s.timer);
      if (s.proc) procs.push(s.proc);
    }
    await Promise.all(procs.map((p) => p.stop()));
  }

  get interfaces(): string[] {
    return [...this.slots.values()].filter((s) => s.proc?.listening && s.proc.running).map((s) => s.name);
  }

  /** Packets the kernel dropped because a ring was full, over all programs and restarts. */
  get droppedKernel(): number {
    let n = this.droppedBefore;
    for (const s of this.slots.values()) n += s.proc?.droppedKernel ?? 0;
    return n;
  }

  /** Process ids of the running programs (for the bench and tests). */
  get pids(): number[] {
    return [...this.slots.values()].flatMap((s) => (s.proc?.running && s.proc.child.pid ? [s.proc.child.pid] : []));
  }

  private every(ms: number, f: () => void): void {
    const t = setInterval(f, ms);
    t.unref();
    this.timers.push(t);
  }

  private list(): string[] {
    return this.options.listInterfaces ? this.options.listInterfaces() : [...readNetDev().keys()];
  }

  private poll(): void {
    if (this.stopping) return;
    const present = new Set(this.list());
    for (const name of this.failures.keys()) if (!present.has(name)) this.failures.delete(name);
    for (const name of present) {
      if (!this.slots.has(name) && this.options.prefixes.some((p) => name.startsWith(p))) this.open(name, false);
    }
  }

  private open(name: string, named: boolean): Slot {
    const slot: Slot = this.slots.get(name) ?? { name, named, proc: null, restartDelay: FIRST_RESTART_MS, timer: null, lastFailure: '' };
    this.slots.set(name, slot);
    this.spawn(slot);
    return slot;
  }

  private spawn(slot: Slot): void {
    slot.timer = null;
    const o = this.options;
    const proc = new CaptureProcess({ program: o.program, iface: slot.name, bpf: o.bpf, ringBytes: o.ringBytes, snaplen: o.snaplen, pipe: o.pipe, interfaceId: this.nextInterfaceId++, onFrame: o.onFrame, log: o.log });
    slot.proc = proc;
    void proc.closed.then((exit) => this.exited(slot, proc, exit));
  }

  private exited(slot: Slot, proc: CaptureProcess, exit: CaptureExit): void {
    this.droppedBefore += proc.droppedKernel;
    slot.proc = null;
    if (this.stopping) {
      this.options.log.info('capture.closed', { iface: slot.name, reason: 'stopping', packets: proc.frames, droppedKernel: proc.droppedKernel });
      return;
    }
    const present = slot.name === 'any' || this.list().includes(slot.name);
    if (!slot.named && !present) {
      this.slots.delete(slot.name);
      this.options.log.info('capture.closed', { iface: slot.name, reason: 'vanished', packets: proc.frames, droppedKernel: proc.droppedKernel });
      return;
    }
    if (!slot.named && !exit.wasListening) {
      // A new veth is often down for a moment: the next poll tries again; log once per reason.
      this.slots.delete(slot.name);
      if (this.failures.get(slot.name) !== exit.message) this.options.log.warn('capture.open_failed', { iface: slot.name, error: exit.message });
      this.failures.set(slot.name, exit.message);
      return;
    }
    if (Date.now() - proc.startedAt > STABLE_MS) slot.restartDelay = FIRST_RESTART_MS;
    const delay = slot.restartDelay;
    slot.restartDelay = Math.min(delay * 2, MAX_RESTART_MS);
    this.stats.restarts++;
    if (exit.wasListening || slot.lastFailure !== exit.message) {
      this.options.log.warn(this.exitedEvent, { iface: slot.name, code: exit.code ?? undefined, signal: exit.signal ?? undefined, error: exit.message || undefined, packets: proc.frames, restartInMs: delay });
    }
    slot.lastFailure = exit.wasListening ? '' : exit.message;
    slot.timer = setTimeout(() => this.spawn(slot), delay);
    slot.timer.unref();
  }
}
