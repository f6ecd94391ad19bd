/**
 * One capture job on this worker: the capture program (trawl-pcap or tcpdump, as for live
 * capture) on one interface with the job's BPF filter, its pcap stream cut into files of at most
 * `rotateBytes` (each a whole pcap file: the header, then whole records), until its duration has
 * passed, its files would pass `maxBytes`, it has `maxPackets`, or it is stopped. Packets are written as captured: a
 * job is for the packets themselves (forensics, Wireshark), so nothing is redacted.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CaptureJobSpec, CaptureJobStatus } from '@trawl/bus';
import { CaptureProcess } from '../capture/capture-process.js';
import type { CaptureProgram } from '../capture/program.js';
import { errorMessage, type Logger } from '../log.js';
import { PcapSplitter, PcapStreamError } from './pcap-splitter.js';

const RING_BYTES = 16 << 20;
export const STATUS_FILE = 'status.json';

/** The job's status beside its files: a worker started again still knows its finished jobs. */
export function saveStatus(dir: string, status: CaptureJobStatus): void {
  try {
    writeFileSync(join(dir, STATUS_FILE), JSON.stringify(status));
  } catch {
    // the directory went away (the job was deleted)
  }
}

export class CaptureJob {
  readonly status: CaptureJobStatus;
  /** Resolves once the job has ended and its files are closed. */
  readonly ended: Promise<void>;
  private process: CaptureProcess | null = null;
  private fd: number | null = null;
  private fileBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopping = false;
  private finishing = false;
  private splitter: PcapSplitter;
  private endedResolve!: () => void;

  constructor(
    readonly spec: CaptureJobSpec,
    readonly dir: string,
    node: string,
    private readonly program: CaptureProgram,
    private readonly log: Logger,
  ) {
    this.status = { id: spec.id, node, state: 'running', startedAt: Date.now(), endedAt: null, packets: 0, bytes: 0, files: [], reason: null, error: null };
    this.ended = new Promise((r) => (this.endedResolve = r));
    this.splitter = new PcapSplitter({ header: () => {}, record: (r) => this.write(r) });
  }

  /** Starts capturing; rejects (and the job is failed) when the program cannot capture. */
  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const p = new CaptureProcess({
      program: this.program,
      iface: this.spec.iface,
      bpf: this.spec.bpf,
      ringBytes: RING_BYTES,
      snaplen: this.spec.snaplen,
      interfaceId: 0,
      onFrame: () => {},
      onBytes: (chunk) => {
        try {
          this.splitter.push(chunk);
        } catch (e) {
          void this.finish('failed', e instanceof PcapStreamError ? 'the capture program wrote something that is not pcap' : 'writing its files failed', errorMessage(e));
        }
      },
      log: this.log,
    });
    this.process = p;
    void p.closed.then((exit) => {
      if (!this.stopping) void this.finish('failed', 'the capture program exited', exit.message || `exit ${exit.code ?? exit.signal}`);
    });
    try {
      await p.ready;
    } catch (e) {
      await this.finish('failed', 'the capture program could not start', errorMessage(e));
      throw e;
    }
    this.timer = setTimeout(() => void this.stop('duration'), this.spec.durationMs);
    this.timer.unref();
    saveStatus(this.dir, this.status);
    this.log.info('job.started', { job: this.spec.id, iface: this.spec.iface, bpf: this.spec.bpf || undefined, durationMs: this.spec.durationMs, maxBytes: this.spec.maxBytes });
  }

  /** Ends the job: the packets the kernel already holds are written first (CaptureProcess.stop). */
  stop(reason: string): Promise<void> {
    if (this.stopping) return this.ended;
    this.stopping = true;
    clearTimeout(this.timer);
    void (async () => {
      try {
        await this.process?.stop(1_500);
      } catch {
        // it was already gone
      }
      await this.finish('done', reason, null);
    })();
    return this.ended;
  }

  private write(record: Uint8Array): void {
    if (this.status.state !== 'running') return;
    if (this.spec.maxPackets > 0 && this.status.packets >= this.spec.maxPackets) {
      void this.stop('maxPackets');
      return;
    }
    const header = this.splitter.globalHeader!;
    const opening = this.fd === null || (this.fileBytes + record.length > this.spec.rotateBytes && this.fileBytes > header.length);
    const cost = record.length + (opening ? header.length : 0);
    if (this.status.bytes + cost > this.spec.maxBytes) {
      void this.stop('maxBytes');
      return;
    }
    if (opening) this.openFile(header);
    writeSync(this.fd!, record);
    this.fileBytes += record.length;
    this.status.bytes += record.length;
    this.status.packets++;
    const file = this.status.files[this.status.files.length - 1]!;
    file.bytes += record.length;
    file.packets++;
  }

  private openFile(header: Uint8Array): void {
    if (this.fd !== null) closeSync(this.fd);
    const name = `${this.status.node.replace(/[^\w.-]+/g, '_')}-${String(this.status.files.length + 1).padStart(3, '0')}.pcap`;
    this.fd = openSync(join(this.dir, name), 'w');
    writeSync(this.fd, header);
    this.fileBytes = header.length;
    this.status.bytes += header.length;
    this.status.files.push({ name, bytes: header.length, packets: 0 });
  }

  private async finish(state: 'done' | 'failed', reason: string, error: string | null): Promise<void> {
    // The first reason to end is the one kept (a stop, a failure, the program's exit may race).
    if (this.finishing) return this.ended;
    this.finishing = true;
    clearTimeout(this.timer);
    this.stopping = true;
    if (this.process?.running) {
      this.process.child.kill('SIGINT');
      await this.process.closed;
    }
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    Object.assign(this.status, { state, reason, error, endedAt: Date.now() });
    saveStatus(this.dir, this.status);
    this.log.info('job.ended', { job: this.spec.id, state, reason, packets: this.status.packets, bytes: this.status.bytes, files: this.status.files.length, error: error ?? undefined });
    this.endedResolve();
  }
}
