import type { EngineLimits } from '../limits.js';
import type { Direction, Dissector, DissectorSession, Endpoint, Role } from './types.js';

/**
 * The engine's UDP path. UDP has no connection, so a "flow" is the pair of endpoints (both
 * directions map to one flow). The first datagrams are probed by content (`detect` gets one whole
 * datagram and answers the sender's role, as for TCP); once a dissector claims the flow every
 * datagram is handed to its session as exactly ONE `feed(dir, bytes, meta)` call: a UDP feed is a
 * whole datagram, `meta.offset` is the running byte count of that direction and `meta.peerAck`
 * is -1. Flows end by silence: idle ones are closed (the session flushes unanswered requests)
 * and forgotten on the engine's sweep; a flow whose session says it is `idle()` (nothing left to
 * pair) is forgotten right after the datagram that finished it.
 */

/** Datagrams probed per flow before it is declared unknown (its later datagrams are ignored). */
export const UDP_DETECT_DATAGRAMS = 4;
/** A UDP flow silent this long (capture time) is closed: shorter than TCP, nothing announces its end. */
export const UDP_IDLE_TIMEOUT_MS = 30_000;

/** The UDP limits an engine uses: named, derived from the engine's limits. */
export interface UdpLimits {
  /** Flows tracked at once; the least recently active tenth is closed past it (`limit.maxUdpFlows`). */
  maxFlows: number;
  idleTimeoutMs: number;
  detectDatagrams: number;
}

export function udpLimits(limits: EngineLimits): UdpLimits {
  return {
    maxFlows: limits.maxConnections,
    idleTimeoutMs: Math.min(UDP_IDLE_TIMEOUT_MS, limits.idleTimeoutMs),
    detectDatagrams: UDP_DETECT_DATAGRAMS,
  };
}

/** What a UDP flow needs from its engine. */
export interface UdpHost {
  readonly udpDissectors: readonly Dissector[];
  startUdpSession(flow: UdpFlow, dissector: Dissector): DissectorSession;
  count(event: string, n?: number): void;
}

interface Held {
  side: 0 | 1;
  bytes: Uint8Array;
  ts: number;
}

export class UdpFlow {
  state: 'detecting' | 'dissecting' | 'unknown' = 'detecting';
  clientSide: 0 | 1 = 0;
  session: DissectorSession | null = null;
  protocol: string | null = null;
  lastTs: number;
  closed = false;
  /** Entries emitted so far: the last part of each entry id. */
  entryCount = 0;
  /** Bytes seen per side (the `offset` of the next datagram). */
  private readonly offsets: [number, number] = [0, 0];
  /** Datagrams held while detecting (copies: packet payloads are views into the capture buffer). */
  private held: Held[] = [];

  constructor(
    readonly id: string,
    /** Side 0 is the sender of the first datagram seen. */
    readonly endpoints: readonly [Endpoint, Endpoint],
    ts: number,
  ) {
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

  /** One datagram of `side`. Returns 'unknown' the moment the flow is given up. */
  datagram(host: UdpHost, limits: UdpLimits, side: 0 | 1, bytes: Uint8Array, ts: number): 'unknown' | void {
    this.lastTs = ts;
    if (this.state === 'dissecting') {
      this.deliver(side, bytes, ts);
      return;
    }
    if (this.state === 'unknown') return;
    const verdict = detect(host.udpDissectors, bytes);
    if (verdict === null) {
      this.held.push({ side, bytes: bytes.slice(), ts });
      if (this.held.length < limits.detectDatagrams) return;
      this.state = 'unknown';
      this.held = [];
      return 'unknown';
    }
    const [dissector, role] = verdict;
    this.clientSide = role === 'client' ? side : ((side ^ 1) as 0 | 1);
    this.state = 'dissecting';
    this.protocol = dissector.name;
    this.session = host.startUdpSession(this, dissector);
    // Datagrams detection could not place still belong to the flow: replay them in order.
    for (const h of this.held) this.deliver(h.side, h.bytes, h.ts);
    this.held = [];
    this.deliver(side, bytes, ts);
  }

  private deliver(side: 0 | 1, bytes: Uint8Array, ts: number): void {
    const offset = this.offsets[side];
    this.offsets[side] = offset + bytes.length;
    this.session!.feed(this.dir(side), bytes, { ts, offset, peerAck: -1 });
  }

  /** Its session holds nothing a later datagram could complete (`DissectorSession.idle`). */
  get finished(): boolean {
    return this.state === 'dissecting' && this.session?.idle?.() === true;
  }

  /**
   * Silence, eviction or end of input: the session flushes what it holds. Returns true when the
   * flow ended with datagrams no dissector recognised (it counts as an unknown flow).
   */
  close(ts: number): boolean {
    if (this.closed) return false;
    this.closed = true;
    const undetected = this.state === 'detecting' && this.held.length > 0;
    this.session?.close(ts);
    this.session = null;
    this.held = [];
    return undetected;
  }
}

/** For UDP a datagram is complete: `'more'` cannot become a yes, so it counts as a no. */
function detect(dissectors: readonly Dissector[], bytes: Uint8Array): [Dissector, Role] | null {
  for (const d of dissectors) {
    const r = d.detect(bytes);
    if (r === 'client' || r === 'server') return [d, r];
  }
  return null;
}
