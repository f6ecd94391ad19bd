import type { Entry, Peer } from '../entry/types.js';
import { ENTRY_SCHEMA_VERSION } from '../entry/types.js';
import { redactEntry, type RedactOptions } from '../entry/redact.js';
import { DEFAULT_LIMITS, type EngineLimits } from '../limits.js';
import type { DecodedPacket } from '../net/packet.js';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../net/packet.js';
import type { ReassemblyBudget } from '../tcp/reassembler.js';
import { TcpConnection, type ConnectionHost } from './connection.js';
import { DissectorRegistry } from './registry.js';
import { GuardedSession } from './guarded-session.js';
import { emptyStats, type EngineStats } from './stats.js';
import { FlowTable } from './table.js';
import { UdpFlow, udpLimits, type UdpHost, type UdpLimits } from './udp.js';
import type { Decompress, Dissector, DissectorSession, Endpoint, EntryEnricher, PartialEntry, SessionContext } from './types.js';

export interface EngineOptions {
  /** Sink for finished entries (already redacted unless `redact: false`). */
  onEntry: (entry: Entry) => void;
  /** The worker's name; first part of every entry id. */
  node?: string;
  /** Distinguishes engine runs on one node (a boot id, or a file's fingerprint) so ids never repeat. */
  captureId?: string;
  limits?: Partial<EngineLimits>;
  dissectors: DissectorRegistry | readonly Dissector[];
  decompress?: Decompress;
  /** Redaction of secrets before an entry leaves the engine; on by default. */
  redact?: false | RedactOptions;
  /** Names an end of a connection (Kubernetes, /proc); absent fields stay unknown. */
  namePeer?: (ip: string, port: number) => Omit<Peer, 'ip' | 'port'> | undefined;
}

/** What an entry's id and peers come from: a TCP connection or a UDP flow. */
interface EntryOwner {
  readonly id: string;
  readonly client: Endpoint;
  readonly server: Endpoint;
  entryCount: number;
}

/** Closed connections linger this long (capture time) so late retransmissions are recognised. */
const CLOSED_LINGER_MS = 5_000;

/**
 * Packets in, entries out. Owns the connection table, TCP reassembly, detection and the
 * dissector sessions; knows no protocol by name. Pure: time is capture time, never the clock.
 */
export class Engine implements ConnectionHost, UdpHost {
  readonly stats: EngineStats = emptyStats();
  readonly limits: EngineLimits;
  readonly dissectors: readonly Dissector[];
  private readonly enrichers: readonly EntryEnricher[];
  readonly maxDetectBytes: number;
  readonly maxDetectAttempts: number;
  private readonly connections = new FlowTable<TcpConnection>();
  readonly udpDissectors: readonly Dissector[];
  private readonly udpFlows = new FlowTable<UdpFlow>();
  private readonly udpLimits: UdpLimits;
  private readonly budget: ReassemblyBudget;
  private connectionSeq = 0;
  private nextSweep = 0;
  private lastTs = 0;
  private readonly node: string;
  private readonly captureId: string;

  constructor(private readonly options: EngineOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    const registry = options.dissectors instanceof DissectorRegistry ? options.dissectors : new DissectorRegistry(options.dissectors);
    this.dissectors = registry.forTransport('tcp');
    this.udpDissectors = registry.forTransport('udp');
    this.udpLimits = udpLimits(this.limits);
    this.enrichers = registry.enrichers;
    this.maxDetectBytes = this.limits.maxDetectBytes;
    this.maxDetectAttempts = this.limits.maxDetectAttempts;
    this.node = options.node ?? 'local';
    this.captureId = options.captureId ?? '0';
    this.budget = {
      pendingBytes: 0,
      maxPendingBytesTotal: this.limits.maxOutOfOrderBytesTotal,
      maxPendingBytesPerStream: this.limits.maxOutOfOrderBytesPerStream,
      maxPendingSegments: this.limits.maxOutOfOrderSegments,
      retransmittedBytes: 0,
      gaps: 0,
      gapBytes: 0,
      forcedGaps: 0,
    };
  }

  /** Feed one decoded packet. Never throws on packet content. */
  packet(p: DecodedPacket): void {
    const stats = this.stats;
    stats.packets++;
    if (p.ts > this.lastTs) this.lastTs = p.ts;
    if (p.ts >= this.nextSweep) this.sweep(p.ts);
    if (p.transport === 'udp') {
      stats.udpPackets++;
      this.udp(p);
      return;
    }
    stats.tcpPackets++;
    this.tcp(p);
  }

  /**
   * Capture time passes without packets (a quiet link): live sources call this every second or so
   * with the current capture clock, so idle connections are still flushed and evicted.
   */
  tick(now: number): void {
    if (now > this.lastTs) this.lastTs = now;
    if (now >= this.nextSweep) this.sweep(now);
  }

  /** Count a packet the decoder could not turn into TCP/UDP (for the summary). */
  otherPacket(): void {
    this.stats.packets++;
    this.stats.otherPackets++;
  }

  private tcp(p: DecodedPacket): void {
    const flags = p.flags;
    let conn = this.connections.find(p.srcIp, p.srcPort, p.dstIp, p.dstPort);
    if (conn) {
      const side = conn.endpoints[0].port === p.srcPort && conn.endpoints[0].ip === p.srcIp ? 0 : 1;
      if (flags & TCP_SYN && this.isNewConnection(conn, side, p.seq, (flags & TCP_ACK) !== 0)) {
        this.closeConnection(conn, p.ts);
        this.connections.delete(conn);
        conn = undefined;
      } else if (conn.closed) {
        conn.lastTs = p.ts;
        if (p.payload.length > 0) this.count('tcp.after_close');
        return;
      }
    }
    if (!conn) {
      if ((flags & (TCP_SYN | TCP_RST | TCP_FIN)) === 0 && p.payload.length === 0) return; // a bare ACK starts nothing
      if (flags & TCP_RST && p.payload.length === 0) return;
      conn = this.openConnection(p);
    }
    conn.lastTs = p.ts;
    const side = conn.endpoints[0].port === p.srcPort && conn.endpoints[0].ip === p.srcIp ? 0 : 1;
    const r = conn.reassembler;
    if (flags & TCP_SYN) {
      conn.synSeq[side] = p.seq;
      r.syn(side, p.seq);
      if (conn.state === 'detecting' && conn.entryCount === 0) {
        // The SYN's sender is the client until the protocol says otherwise.
        conn.clientSide = flags & TCP_ACK ? ((side ^ 1) as 0 | 1) : side;
      }
    }
    r.segment(
      side,
      (flags & TCP_SYN ? p.seq + 1 : p.seq) >>> 0,
      flags & TCP_ACK ? p.ack : -1,
      p.payload,
      (flags & TCP_FIN) !== 0,
      p.ts,
      p.payloadWireLength,
    );
    if (flags & TCP_RST) {
      this.closeConnection(conn, p.ts);
    } else if (r.bothEnded) {
      this.closeConnection(conn, p.ts);
    }
  }

  /** A datagram: found or new flow, then detection or its session (engine/udp.ts). */
  private udp(p: DecodedPacket): void {
    let flow = this.udpFlows.find(p.srcIp, p.srcPort, p.dstIp, p.dstPort);
    if (!flow) {
      if (this.udpFlows.size >= this.udpLimits.maxFlows) this.evictOldestUdp(p.ts);
      const ends: [Endpoint, Endpoint] = [{ ip: p.srcIp, port: p.srcPort }, { ip: p.dstIp, port: p.dstPort }];
      flow = new UdpFlow(`${this.captureId}-${(this.connectionSeq++).toString(36)}`, ends, p.ts);
      this.udpFlows.add(flow);
      this.stats.udpFlows++;
    }
    // A datagram cut by snaplen is still handed over: its decoder reports what it could not read.
    if (p.payload.length < p.payloadWireLength) this.count('udp.snaplen_cut');
    const side = flow.endpoints[0].port === p.srcPort && flow.endpoints[0].ip === p.srcIp ? 0 : 1;
    if (flow.datagram(this, this.udpLimits, side, p.payload, p.ts) === 'unknown') this.stats.udpUnknownFlows++;
    else if (flow.finished) {
      flow.close(p.ts);
      this.udpFlows.delete(flow);
    }
  }

  private evictOldestUdp(now: number): void {
    const all = [...this.udpFlows.values()].sort((x, y) => x.lastTs - y.lastTs);
    const n = Math.max(1, Math.floor(all.length / 10));
    for (let i = 0; i < n; i++) {
      this.stats.udpFlowEvictions++;
      this.count('limit.maxUdpFlows');
      if (all[i].close(now)) this.stats.udpUnknownFlows++;
      this.udpFlows.delete(all[i]);
    }
  }

  private isNewConnection(conn: TcpConnection, side: 0 | 1, seq: number, synAck: boolean): boolean {
    const known = conn.synSeq[side];
    // A closed connection's own SYN (or SYN-ACK) retransmitted late is not a new connection.
    if (conn.closed) return known !== seq;
    if (known !== -1) return known !== seq;
    // A connection picked up mid-stream whose close we missed: a fresh SYN from a side that
    // already sent data can only open a new connection on the reused 4-tuple.
    return !synAck && conn.reassembler.sides[side].started;
  }

  private openConnection(p: DecodedPacket): TcpConnection {
    if (this.connections.size >= this.limits.maxConnections) this.evictOldest(p.ts);
    const id = `${this.captureId}-${(this.connectionSeq++).toString(36)}`;
    const conn = new TcpConnection(
      id,
      [
        { ip: p.srcIp, port: p.srcPort },
        { ip: p.dstIp, port: p.dstPort },
      ],
      this,
      this.budget,
      p.ts,
    );
    this.connections.add(conn);
    this.stats.tcpStreams++;
    return conn;
  }

  private closeConnection(conn: TcpConnection, ts: number): void {
    if (conn.closed) return;
    conn.close(ts);
  }

  /** Close idle connections and forget closed ones that lingered long enough. */
  private sweep(now: number): void {
    this.nextSweep = now + Math.min(this.limits.idleTimeoutMs / 4, 1_000);
    for (const conn of this.connections.values()) {
      const idle = now - conn.lastTs;
      if (conn.closed) {
        if (idle > CLOSED_LINGER_MS) this.connections.delete(conn);
      } else if (idle > this.limits.idleTimeoutMs) {
        this.stats.idleEvictions++;
        conn.close(now);
        this.connections.delete(conn);
      }
    }
    // UDP ends only by silence: closing an idle flow is normal, not an eviction.
    for (const flow of this.udpFlows.values()) {
      if (now - flow.lastTs > this.udpLimits.idleTimeoutMs) {
        if (flow.close(now)) this.stats.udpUnknownFlows++;
        this.udpFlows.delete(flow);
      }
    }
  }

  private evictOldest(now: number): void {
    // Evict the least recently active tenth at once so a full table costs one scan per many opens.
    const all = [...this.connections.values()].sort((x, y) => x.lastTs - y.lastTs);
    const n = Math.max(1, Math.floor(all.length / 10));
    for (let i = 0; i < n; i++) {
      const conn = all[i];
      if (!conn.closed) {
        this.stats.connectionEvictions++;
        this.count('limit.maxConnections');
        conn.close(now);
      }
      this.connections.delete(conn);
    }
  }

  /** End of input: every connection is closed and flushed. */
  finish(): void {
    for (const conn of this.connections.values()) conn.close(this.lastTs);
    this.connections.clear();
    for (const flow of this.udpFlows.values()) if (flow.close(this.lastTs)) this.stats.udpUnknownFlows++;
    this.udpFlows.clear();
    this.syncBudgetStats();
  }

  /** Copy reassembly counters into the stats (cheap; call before reading stats). */
  syncBudgetStats(): EngineStats {
    const s = this.stats;
    s.retransmittedBytes = this.budget.retransmittedBytes;
    s.gaps = this.budget.gaps;
    s.gapBytes = this.budget.gapBytes;
    s.forcedGaps = this.budget.forcedGaps;
    return s;
  }

  get openConnections(): number {
    return this.connections.size;
  }

  get openUdpFlows(): number {
    return this.udpFlows.size;
  }

  get pendingBytes(): number {
    return this.budget.pendingBytes;
  }

  /** `count` bound once, for hooks that take a counter. */
  private readonly countEvent = (event: string, n?: number): void => this.count(event, n);

  count(event: string, n = 1): void {
    const c = this.stats.counters;
    c[event] = (c[event] ?? 0) + n;
    if (event.includes('.error')) this.stats.parseErrors += n;
  }

  streamUnknown(_conn: TcpConnection): void {
    this.stats.unknownStreams++;
  }

  startSession(conn: TcpConnection, dissector: Dissector, handover?: unknown): DissectorSession {
    const ctx: SessionContext = {
      connectionId: conn.id,
      transport: 'tcp',
      client: conn.client,
      server: conn.server,
      limits: this.limits,
      decompress: this.options.decompress,
      emit: (partial) => this.emit(conn, partial),
      count: (event, n) => this.count(event, n),
      switchProtocol: (protocol, leftover, next) => conn.switchTo(protocol, leftover, next),
    };
    if (handover !== undefined) ctx.handover = handover;
    return new GuardedSession(dissector.createSession(ctx), dissector.name, (event) => this.count(event));
  }

  startUdpSession(flow: UdpFlow, dissector: Dissector): DissectorSession {
    const ctx: SessionContext = {
      connectionId: flow.id,
      transport: 'udp',
      client: flow.client,
      server: flow.server,
      limits: this.limits,
      decompress: this.options.decompress,
      emit: (partial) => this.emit(flow, partial, 'udp'),
      count: (event, n) => this.count(event, n),
    };
    return new GuardedSession(dissector.createSession(ctx), dissector.name, (event) => this.count(event));
  }

  /** `conn`: a TCP connection or a UDP flow (whose entries say `transport: 'udp'`). */
  private emit(conn: EntryOwner, partial: PartialEntry, transport: 'tcp' | 'udp' = 'tcp'): void {
    for (const e of this.enrichers) {
      try {
        e.enrich(partial, this.countEvent);
      } catch {
        this.count(`enricher.${e.name}.error`);
      }
    }
    const stats = this.stats;
    stats.entries++;
    if (partial.response === null) stats.unpairedRequests++;
    if (partial.request === null) stats.unpairedResponses++;
    const entry: Entry = {
      schema: ENTRY_SCHEMA_VERSION,
      id: `${this.node}/${conn.id}-${(conn.entryCount++).toString(36)}`,
      node: this.node,
      timestamp: partial.timestamp,
      elapsedTime: partial.elapsedTime,
      protocol: partial.protocol,
      transport,
      src: this.peer(conn.client.ip, conn.client.port),
      dst: this.peer(conn.server.ip, conn.server.port),
      request: partial.request,
      response: partial.response,
      requestSize: partial.requestSize,
      responseSize: partial.responseSize,
    };
    if (partial.anomalies && partial.anomalies.length > 0) entry.anomalies = partial.anomalies;
    const redact = this.options.redact;
    this.options.onEntry(redact === false ? entry : redactEntry(entry, redact));
  }

  private peer(ip: string, port: number): Peer {
    const names = this.options.namePeer?.(ip, port);
    return names ? { ip, port, ...names } : { ip, port };
  }
}
