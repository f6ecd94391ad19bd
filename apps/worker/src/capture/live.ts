import capModule from 'cap';
import type { CapturedFrame } from '@trawl/protocols';
import { errorMessage, type Logger } from '../log.js';
import { CaptureClock } from './clock.js';
import { linkTypeNumber } from './linktype.js';
import { readNetDev } from './netdev.js';

const { Cap } = capModule;

/** cap opens with a 65535-byte snaplen; one Buffer a little larger holds any packet. */
const PACKET_BUFFER_BYTES = 65_536;

export interface LiveCaptureOptions {
  /** Interfaces by name (`any` included), opened at start; failing to open one is an error. */
  interfaces: readonly string[];
  /** Every interface whose name starts with one of these, now and later (polled). */
  prefixes: readonly string[];
  /** BPF filter ('' for everything). */
  bpf: string;
  /** libpcap's ring per interface, bytes. */
  ringBytes: number;
  pollMs: number;
  onFrame: (frame: CapturedFrame) => void;
  log: Logger;
  /** Names of the interfaces that exist now (this network namespace); /proc/net/dev by default. */
  listInterfaces?: () => string[];
}

export class CaptureOpenError extends Error {
  override name = 'CaptureOpenError';
  constructor(
    readonly iface: string,
    message: string,
    /** The BPF filter did not compile, or the interface does not exist: a usage error. */
    readonly usage: boolean,
  ) {
    super(`cannot capture on ${iface}: ${message}`);
  }
}

interface OpenCapture {
  name: string;
  cap: InstanceType<typeof Cap>;
  /**
   * The Buffer libpcap copies each packet into. The binding keeps only a raw pointer to it, so
   * this reference keeps it alive for as long as the capture is open (DESIGN.md §4).
   */
  buffer: Buffer;
  linkType: number;
  interfaceId: number;
  packets: number;
}

/**
 * Live capture through libpcap (`cap` 0.2): one `Cap` per interface, all feeding one callback,
 * stamped with `CaptureClock` (cap gives no kernel timestamps). With prefixes, the interface list
 * is polled and captures follow interfaces as they appear and vanish.
 */
export class LiveCapture {
  private readonly open = new Map<string, OpenCapture>();
  private readonly clock = new CaptureClock();
  private readonly failures = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private nextInterfaceId = 0;
  private stopped = false;
  readonly stats = { opened: 0, closed: 0, openErrors: 0 };

  constructor(private readonly options: LiveCaptureOptions) {}

  /** Opens the named interfaces (throws CaptureOpenError) and starts following the prefixes. */
  start(): void {
    const present = new Set(this.list());
    for (const name of this.options.interfaces) {
      if (name !== 'any' && !present.has(name)) {
        throw new CaptureOpenError(name, `no such interface (have: ${[...present].join(', ')})`, true);
      }
      this.openInterface(name);
    }
    if (this.options.prefixes.length > 0) {
      this.poll();
      this.timer = setInterval(() => this.poll(), this.options.pollMs);
      this.timer.unref();
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const name of [...this.open.keys()]) this.closeInterface(name, 'stopping');
  }

  get interfaces(): string[] {
    return [...this.open.keys()];
  }

  packetsBy(): Array<{ name: string; packets: number }> {
    return [...this.open.values()].map((c) => ({ name: c.name, packets: c.packets }));
  }

  private list(): string[] {
    return this.options.listInterfaces ? this.options.listInterfaces() : [...readNetDev().keys()];
  }

  /** Picks up interfaces that appeared and lets go of those that vanished. */
  private poll(): void {
    if (this.stopped) return;
    const present = new Set(this.list());
    const prefixes = this.options.prefixes;
    for (const name of present) {
      if (this.open.has(name) || !prefixes.some((p) => name.startsWith(p))) continue;
      try {
        this.openInterface(name);
        this.failures.delete(name);
      } catch (e) {
        // A new veth is often down for a moment: try again at the next poll, log once per reason.
        const msg = errorMessage(e);
        if (this.failures.get(name) !== msg) {
          this.failures.set(name, msg);
          this.options.log.warn('capture.open_failed', { iface: name, error: msg });
        }
      }
    }
    for (const name of [...this.open.keys()]) {
      if (!present.has(name) && !this.options.interfaces.includes(name)) this.closeInterface(name, 'vanished');
    }
    for (const name of this.failures.keys()) if (!present.has(name)) this.failures.delete(name);
  }

  private openInterface(name: string): void {
    const cap = new Cap();
    const buffer = Buffer.alloc(PACKET_BUFFER_BYTES);
    let linkName: string;
    try {
      linkName = cap.open(name, this.options.bpf, this.options.ringBytes, buffer);
    } catch (e) {
      this.stats.openErrors++;
      const msg = errorMessage(e);
      throw new CaptureOpenError(name, msg, /filter/i.test(msg));
    }
    const linkType = linkTypeNumber(linkName);
    if (linkType === null) {
      cap.close();
      this.stats.openErrors++;
      throw new CaptureOpenError(name, `unsupported link type ${linkName}`, false);
    }
    const c: OpenCapture = { name, cap, buffer, linkType, interfaceId: this.nextInterfaceId++, packets: 0 };
    // A plain Uint8Array over the same memory: the engine's views of it are then plain too.
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const frame: CapturedFrame = { ts: 0, linkType, data: bytes, wireLength: 0, fileOffset: 0, interfaceId: c.interfaceId };
    const onFrame = this.options.onFrame;
    const clock = this.clock;
    cap.on('packet', (nbytes: number) => {
      c.packets++;
      // The frame object is reused: the pipeline reads it during the call and keeps nothing.
      frame.ts = clock.now();
      frame.data = bytes.subarray(0, nbytes);
      // cap does not pass the on-wire length; the IP header's length tells the engine about cuts.
      frame.wireLength = nbytes;
      onFrame(frame);
    });
    this.open.set(name, c);
    this.stats.opened++;
    this.options.log.info('capture.opened', { iface: name, linkType: linkName, bpf: this.options.bpf || undefined });
  }

  private closeInterface(name: string, reason: string): void {
    const c = this.open.get(name);
    if (!c) return;
    this.open.delete(name);
    try {
      c.cap.close();
    } catch (e) {
      this.options.log.warn('capture.close_failed', { iface: name, error: errorMessage(e) });
    }
    c.cap.removeAllListeners('packet');
    this.stats.closed++;
    this.options.log.info('capture.closed', { iface: name, reason, packets: c.packets });
  }
}
