import type { ReassemblyBudget, StreamSink } from '../tcp/reassembler.js';
import { TcpReassembler } from '../tcp/reassembler.js';
import { Probe } from './probe.js';
import type { Direction, Dissector, DissectorSession, Endpoint, LeftoverChunk, Role } from './types.js';

/** What a connection needs from its engine. */
export interface ConnectionHost {
  readonly dissectors: readonly Dissector[];
  readonly maxDetectBytes: number;
  readonly maxDetectAttempts: number;
  startSession(conn: TcpConnection, dissector: Dissector, handover?: unknown): DissectorSession;
  streamUnknown(conn: TcpConnection): void;
  count(event: string, n?: number): void;
}

type State = 'detecting' | 'dissecting' | 'unknown';

/**
 * One TCP connection: reassembly, then protocol detection on the first bytes of each direction,
 * then a dissector session fed in order. `side` 0 is the endpoint the connection was first seen
 * from; `clientSide` says which side is the client (from the SYN, then from the protocol's own
 * view once detected). Sessions speak in directions: 0 = client → server.
 */
export class TcpConnection implements StreamSink {
  readonly reassembler: TcpReassembler;
  state: State = 'detecting';
  clientSide: 0 | 1 = 0;
  session: DissectorSession | null = null;
  protocol: string | null = null;
  lastTs: number;
  closed = false;
  /** Entries emitted so far: the last part of each entry id. */
  entryCount = 0;
  synSeq: [number, number] = [-1, -1];
  private probes: [Probe, Probe] | null = [new Probe(), new Probe()];

  constructor(
    readonly id: string,
    readonly endpoints: readonly [Endpoint, Endpoint],
    private readonly host: ConnectionHost,
    budget: ReassemblyBudget,
    ts: number,
  ) {
    this.reassembler = new TcpReassembler(this, budget);
    this.lastTs = ts;
  }

  get client(): Endpoint {
    return this.endpoints[this.clientSide];
  }

  get server(): Endpoint {
    return this.endpoints[this.clientSide ^ 1];
  }

  private dir(side: 0 | 1): Direction {
    return side === this.clientSide ? 0 : 1;
  }

  data(side: 0 | 1, bytes: Uint8Array, ts: number, offset: number, peerAck: number): void {
    if (this.state === 'dissecting') {
      this.session!.feed(this.dir(side), bytes, { ts, offset, peerAck });
      return;
    }
    if (this.state === 'unknown') return;
    const probe = this.probes![side];
    let candidate: Uint8Array;
    if (probe.size === 0) {
      candidate = bytes;
    } else {
      probe.hold(bytes, ts, offset, peerAck);
      candidate = probe.joined();
    }
    const verdict = this.detect(candidate);
    if (verdict === 'more' && probe.size + (probe.size === 0 ? bytes.length : 0) < this.host.maxDetectBytes) {
      if (probe.size === 0) probe.hold(bytes, ts, offset, peerAck);
      return;
    }
    if (verdict === 'more' || verdict === null) {
      probe.reject(probe.size === 0 ? { bytes, ts, offset, peerAck } : null, this.host.maxDetectBytes);
      this.giveUpIfHopeless();
      return;
    }
    const [dissector, role] = verdict;
    this.clientSide = role === 'client' ? side : ((side ^ 1) as 0 | 1);
    if (probe.size === 0) probe.hold(bytes, ts, offset, peerAck);
    this.begin(dissector);
  }

  private detect(bytes: Uint8Array): [Dissector, Role] | 'more' | null {
    let more = false;
    for (const d of this.host.dissectors) {
      const r = d.detect(bytes);
      if (r === 'client' || r === 'server') return [d, r];
      if (r === 'more') more = true;
    }
    return more ? 'more' : null;
  }

  private giveUpIfHopeless(): void {
    const [a, b] = this.probes!;
    if (a.attempts + b.attempts >= this.host.maxDetectAttempts) {
      this.state = 'unknown';
      this.probes = null;
      this.host.streamUnknown(this);
    }
  }

  /** Start the session and replay what detection held: the client's bytes first. */
  private begin(dissector: Dissector): void {
    this.state = 'dissecting';
    this.protocol = dissector.name;
    const session = this.host.startSession(this, dissector);
    this.session = session;
    const probes = this.probes!;
    this.probes = null;
    for (const side of [this.clientSide, (this.clientSide ^ 1) as 0 | 1]) {
      const probe = probes[side];
      const dir = this.dir(side);
      if (probe.rejectedKept) {
        for (const c of probe.rejected) session.feed(dir, c.bytes, { ts: c.ts, offset: c.offset, peerAck: c.peerAck });
      } else if (probe.rejectedBytes > 0) {
        const first = probe.chunks[0];
        session.gap(dir, probe.rejectedBytes, {
          ts: first ? first.ts : this.lastTs,
          offset: first ? first.offset - probe.rejectedBytes : 0,
          peerAck: -1,
        });
      }
      for (const c of probe.chunks) session.feed(dir, c.bytes, { ts: c.ts, offset: c.offset, peerAck: c.peerAck });
      if (probe.ended) session.end(dir, probe.endTs);
    }
  }

  /**
   * The session hands the connection to the dissector named `protocol` (SessionContext.switchProtocol,
   * e.g. HTTP/1 `Upgrade: h2c` → http2): the old session is closed (it flushes what it holds), the
   * new one starts with `handover` and is fed `leftover` first. False when no such dissector exists.
   */
  switchTo(protocol: string, leftover: readonly LeftoverChunk[], handover: unknown): boolean {
    const dissector = this.host.dissectors.find((d) => d.name === protocol);
    if (!dissector || this.state !== 'dissecting' || this.closed) return false;
    this.host.count(`engine.switch.${protocol}`);
    const old = this.session;
    this.protocol = dissector.name;
    this.session = this.host.startSession(this, dissector, handover);
    old?.close(this.lastTs);
    for (const c of leftover) this.session.feed(c.dir, c.bytes, c.meta);
    return true;
  }

  gap(side: 0 | 1, length: number, ts: number, offset: number): void {
    if (this.state === 'dissecting') {
      this.session!.gap(this.dir(side), length, { ts, offset, peerAck: -1 });
    } else if (this.state === 'detecting') {
      // What was held can no longer start a message we would parse in order.
      this.probes![side].lose(length);
    }
  }

  fin(side: 0 | 1, ts: number): void {
    if (this.state === 'dissecting') this.session!.end(this.dir(side), ts);
    else if (this.state === 'detecting') {
      const p = this.probes![side];
      p.ended = true;
      p.endTs = ts;
    }
  }

  /** The connection is over: deliver what is held, then let the session flush its entries. */
  close(ts: number): void {
    if (this.closed) return;
    this.reassembler.flush(ts);
    if (this.state === 'detecting') {
      // Bytes that never finished detection: give detection one last, final look.
      this.finalDetect();
    }
    this.closed = true;
    this.session?.close(ts);
    this.reassembler.release();
    this.session = null;
    this.probes = null;
  }

  private finalDetect(): void {
    const probes = this.probes!;
    for (const side of [0, 1] as const) {
      if (probes[side].size === 0) continue;
      const verdict = this.detect(probes[side].joined());
      if (verdict && verdict !== 'more') {
        this.clientSide = verdict[1] === 'client' ? side : ((side ^ 1) as 0 | 1);
        this.begin(verdict[0]);
        return;
      }
    }
    if (probes[0].size + probes[1].size + probes[0].rejectedBytes + probes[1].rejectedBytes > 0) {
      this.host.streamUnknown(this);
    }
  }
}
