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
 * L4 counters per direction 5-tuple over one interval (`trawl.flows.<node>`). Bounded: past
 * `maxFlows` distinct tuples in an interval, further packets are counted in `overflow` only.
 */
export class FlowTable {
  private flows = new Map<string, Flow>();
  private from = Date.now();
  overflowPackets = 0;

  constructor(private readonly maxFlows = 20_000) {}

  add(p: DecodedPacket, bytes: number): void {
    const key = p.transport + p.srcIp + ' ' + p.srcPort + ' ' + p.dstIp + ' ' + p.dstPort;
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
      return n ? { ip, port, name: n.name, kind: n.kind } : { ip, port };
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
