import type { DecodedPacket } from '@trawl/protocols';
import type { FlowReport } from '@trawl/bus';
import { BUS_VERSION } from '@trawl/bus';
import type { PeerNames } from '../naming/types.js';

interface Flow {
  transport: 'tcp' | 'udp';
  srcIp: string;
  srcPort: number;
  dstIp: string;
  dstPort: number;
  packets: number;
  bytes: number;
}

/**
 * Copies of one packet seen on several interfaces (`--iface any`: a pod's packet crosses its veth
 * and then the node's uplink or the other pod's veth) arrive within microseconds; a packet sent
 * again by TCP comes after a retransmission timeout, ≥ 200 ms. Inside this window a packet that
 * looks the same is a copy.
 */
export const COPY_WINDOW_MS = 20;
/** Fingerprints remembered at most (a burst beyond it forgets the oldest window, never grows). */
const MAX_RECENT = 200_000;

/** What tells two packets of a flow apart: TCP's sequence, acknowledgement, flags and length; UDP's length and first bytes. */
function fingerprint(p: DecodedPacket, key: string): string {
  if (p.transport === 'tcp') return key + ' ' + p.seq + ' ' + p.ack + ' ' + p.flags + ' ' + p.payloadWireLength;
  let h = p.payloadWireLength;
  const n = Math.min(p.payload.length, 32);
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + p.payload[i]!) | 0;
  return key + ' ' + h;
}

/**
 * L4 counters per direction 5-tuple over one interval (`trawl.flows.<node>`), each packet once
 * however many interfaces it crossed (`COPY_WINDOW_MS`). Bounded: past `maxFlows` distinct tuples
 * in an interval, further packets are counted in `overflow` only.
 */
export class FlowTable {
  private flows = new Map<string, Flow>();
  private from = Date.now();
  private recent = new Map<string, number>();
  private sweptAt = 0;
  overflowPackets = 0;
  /** Copies of a packet already counted (seen on another interface). */
  copiesSkipped = 0;

  constructor(
    private readonly maxFlows = 20_000,
    /** Whether copies can arrive at all (several interfaces captured); else no per-packet check. */
    private readonly copiesPossible = true,
  ) {}

  add(p: DecodedPacket, bytes: number): void {
    const key = p.transport + p.srcIp + ' ' + p.srcPort + ' ' + p.dstIp + ' ' + p.dstPort;
    if (this.copiesPossible && this.isCopy(p, key)) {
      this.copiesSkipped++;
      return;
    }
    const f = this.flows.get(key);
    if (f !== undefined) {
      f.packets++;
      f.bytes += bytes;
      return;
    }
    if (this.flows.size >= this.maxFlows) {
      this.overflowPackets++;
      return;
    }
    this.flows.set(key, { transport: p.transport, srcIp: p.srcIp, srcPort: p.srcPort, dstIp: p.dstIp, dstPort: p.dstPort, packets: 1, bytes });
  }

  private isCopy(p: DecodedPacket, key: string): boolean {
    const fp = fingerprint(p, key);
    const seen = this.recent.get(fp);
    if (seen !== undefined && Math.abs(p.ts - seen) < COPY_WINDOW_MS) return true;
    this.recent.set(fp, p.ts);
    if (p.ts - this.sweptAt > COPY_WINDOW_MS * 50 || this.recent.size > MAX_RECENT) {
      // Maps iterate in insertion order: the old fingerprints are first.
      for (const [k, t] of this.recent) {
        if (p.ts - t < COPY_WINDOW_MS && this.recent.size <= MAX_RECENT) break;
        this.recent.delete(k);
      }
      this.sweptAt = p.ts;
    }
    return false;
  }

  get size(): number {
    return this.flows.size;
  }

  /** Closes the interval: the report of what it counted (null when nothing), and starts the next. */
  take(node: string, name?: (ip: string, port: number) => PeerNames | undefined, now = Date.now()): FlowReport | null {
    const flows = this.flows;
    const from = this.from;
    this.flows = new Map();
    this.from = now;
    if (flows.size === 0) return null;
    const end = (ip: string, port: number) => {
      const n = name?.(ip, port);
      if (!n) return { ip, port };
      return { ip, port, ...(n.name !== undefined ? { name: n.name } : {}), ...(n.kind !== undefined ? { kind: n.kind } : {}), ...(n.namespace !== undefined ? { namespace: n.namespace } : {}) };
    };
    return {
      v: BUS_VERSION,
      node,
      from,
      to: now,
      flows: [...flows.values()].map((f) => ({
        transport: f.transport,
        src: end(f.srcIp, f.srcPort),
        dst: end(f.dstIp, f.dstPort),
        packets: f.packets,
        bytes: f.bytes,
      })),
    };
  }
}
