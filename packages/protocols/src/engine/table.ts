import type { TcpConnection } from './connection.js';

/**
 * The engine's connections, found by their two endpoints in either order and iterated in the
 * order they were opened (sweeps, eviction ties and the final flush depend on that order).
 *
 * Lookup is by a number made from the two ports, then an exact compare of ports and addresses:
 * building a `"ip port|ip port"` string per packet and hashing it cost more than the whole TCP
 * step. The last connection found is tried first (packets come in bursts per connection).
 */
export class ConnectionTable {
  private readonly ordered = new Set<TcpConnection>();
  private readonly byPorts = new Map<number, TcpConnection[]>();
  private last: TcpConnection | null = null;

  get size(): number {
    return this.ordered.size;
  }

  find(srcIp: string, srcPort: number, dstIp: string, dstPort: number): TcpConnection | undefined {
    const last = this.last;
    if (last !== null && sameEnds(last, srcIp, srcPort, dstIp, dstPort)) return last;
    const bucket = this.byPorts.get(portsKey(srcPort, dstPort));
    if (bucket === undefined) return undefined;
    for (let i = 0; i < bucket.length; i++) {
      const c = bucket[i];
      if (sameEnds(c, srcIp, srcPort, dstIp, dstPort)) {
        this.last = c;
        return c;
      }
    }
    return undefined;
  }

  /** Adds a connection; none with the same endpoints may be in the table. */
  add(conn: TcpConnection): void {
    this.ordered.add(conn);
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === undefined) this.byPorts.set(key, [conn]);
    else bucket.push(conn);
    this.last = conn;
  }

  delete(conn: TcpConnection): void {
    if (!this.ordered.delete(conn)) return;
    if (this.last === conn) this.last = null;
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === undefined) return;
    const i = bucket.indexOf(conn);
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) this.byPorts.delete(key);
  }

  /** Oldest first; deleting the current connection while iterating is allowed. */
  values(): IterableIterator<TcpConnection> {
    return this.ordered.values();
  }

  clear(): void {
    this.ordered.clear();
    this.byPorts.clear();
    this.last = null;
  }
}

/** Same for both orders of the ports; stays a small integer (a Smi), so the map hashes it directly. */
function portsKey(p: number, q: number): number {
  return p < q ? ((p << 14) ^ q) & 0x3fffffff : ((q << 14) ^ p) & 0x3fffffff;
}

function sameEnds(c: TcpConnection, srcIp: string, srcPort: number, dstIp: string, dstPort: number): boolean {
  const e = c.endpoints;
  const a = e[0];
  const b = e[1];
  if (a.port === srcPort && b.port === dstPort && a.ip === srcIp && b.ip === dstIp) return true;
  return a.port === dstPort && b.port === srcPort && a.ip === dstIp && b.ip === srcIp;
}
