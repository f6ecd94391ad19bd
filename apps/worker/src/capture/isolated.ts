import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CapturedFrame } from '@trawl/protocols';
import type { Logger } from '../log.js';
import { REC_ERROR, REC_STATUS, RecordReader, type ChildError, type ChildStatus } from './frames.js';
import { CaptureOpenError, type LiveCaptureOptions } from './live.js';

const CHILD = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './child.ts' : './child.js', import.meta.url));

export type IsolatedCaptureOptions = Omit<LiveCaptureOptions, 'listInterfaces'> & {
  /** Bytes the child may have waiting for us before it drops packets. */
  maxPendingBytes?: number;
};

/**
 * `LiveCapture` in a child process (see child.ts for why), restarted when it dies. Its packets
 * come back over a pipe with their timestamps and link types; the interfaces it has open come
 * with its status records.
 */
export class IsolatedCapture {
  private child: ChildProcess | null = null;
  private stopping = false;
  private status: ChildStatus = { interfaces: [], dropped: 0 };
  private droppedBefore = 0;
  private restartDelay = 250;
  private restartTimer: NodeJS.Timeout | null = null;
  readonly stats = { restarts: 0 };

  constructor(private readonly options: IsolatedCaptureOptions) {}

  /** Resolves when the child captures; rejects with CaptureOpenError when it cannot start. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => this.spawn(resolve, reject));
  }

  get interfaces(): string[] {
    return this.status.interfaces;
  }

  /** Packets the children dropped (the worker fell behind), over all restarts. */
  get dropped(): number {
    return this.droppedBefore + this.status.dropped;
  }

  stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 2_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.stdin?.end();
    });
  }

  private spawn(onReady?: () => void, onFail?: (e: Error) => void): void {
    const o = this.options;
    const config = {
      interfaces: o.interfaces,
      prefixes: o.prefixes,
      bpf: o.bpf,
      ringBytes: o.ringBytes,
      pollMs: o.pollMs,
      maxPendingBytes: o.maxPendingBytes ?? 64 << 20,
    };
    const child = spawn(process.execPath, [...process.execArgv, CHILD, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.child = child;
    const startedAt = Date.now();
    let ready = false;
    let failure: ChildError | null = null;
    const frame: CapturedFrame = { ts: 0, linkType: 0, data: new Uint8Array(0), wireLength: 0, fileOffset: 0, interfaceId: 0 };
    const reader = new RecordReader({
      packet: (linkType, ts, interfaceId, data) => {
        frame.ts = ts;
        frame.linkType = linkType;
        frame.interfaceId = interfaceId;
        frame.data = data;
        frame.wireLength = data.length;
        o.onFrame(frame);
      },
      control: (type, json) => {
        if (type === REC_STATUS && json) {
          this.status = json as ChildStatus;
          if (!ready) {
            ready = true;
            onReady?.();
          }
        } else if (type === REC_ERROR && json) {
          failure = json as ChildError;
        }
      },
    });
    child.stdout!.on('data', (chunk: Buffer) => reader.push(chunk));
    child.stdin!.on('error', () => {}); // EPIPE when it died first
    child.once('exit', (code, signal) => {
      this.droppedBefore += this.status.dropped;
      this.status = { interfaces: [], dropped: 0 };
      if (this.stopping) return;
      if (!ready) {
        if (failure && onFail) {
          onFail(new CaptureOpenError(o.interfaces.join(',') || o.prefixes.join('|'), failure.message.replace(/^cannot capture on [^:]*: /, ''), failure.usage));
          return;
        }
        if (onFail) {
          onFail(new CaptureOpenError(o.interfaces.join(','), `capture process exited (${signal ?? code}) before capturing`, false));
          return;
        }
      }
      this.stats.restarts++;
      if (Date.now() - startedAt > 10_000) this.restartDelay = 250;
      o.log.warn('capture.child_exited', { code: code ?? undefined, signal: signal ?? undefined, restartInMs: this.restartDelay, error: failure?.message });
      // An interface that went down aborts the child; restart it at once, but back off a loop.
      const delay = this.restartDelay;
      this.restartDelay = Math.min(this.restartDelay * 2, 5_000);
      this.restartTimer = setTimeout(() => this.spawn(), delay);
      this.restartTimer.unref();
    });
  }
}
