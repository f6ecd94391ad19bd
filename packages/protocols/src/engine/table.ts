import type { TcpConnection } from './connection.js';

/**
 * The engine's connections, found by their two endpoints in either order and iterated in the
 * order they were opened (sweeps, eviction ties and the final flush depend on that order).
 *
 * Lookup is by a number made from the two ports, then an exact compare of ports and addresses:
 * building a `"ip port|ip port"` string per packet and hashing it cost more than the whole TCP
 * step. The last connection found is tried first (packets come in bursts per connection). A bucket
 * that grows past INDEX_AT connections (many clients on the same ports, or a SYN flood from one
 * source port) gets an index by the whole 4-tuple, so a lookup never scans a long list.
 */
const INDEX_AT = 16;

interface Bucket {
  list: TcpConnection[];
  index: Map<string, TcpConnection> | null;
}

export class ConnectionTable {
  private readonly ordered = new Set<TcpConnection>();
  private readonly byPorts = new Map<number, Bucket>();
  private last: TcpConnection | null = null;

  get size(): number {
    return this.ordered.size;
  }

  find(srcIp: string, srcPort: number, dstIp: string, dstPort: number): TcpConnection | undefined {
    const last = this.last;
    if (last !== null && sameEnds(last, srcIp, srcPort, dstIp, dstPort)) return last;
    const bucket = this.byPorts.get(portsKey(srcPort, dstPort));
    if (bucket === undefined) return undefined;
    if (bucket.index !== null) {
      const c = bucket.index.get(tupleKey(srcIp, srcPort, dstIp, dstPort));
      if (c !== undefined) this.last = c;
      return c;
    }
    const list = bucket.list;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
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
    if (bucket === undefined) this.byPorts.set(key, { list: [conn], index: null });
    else {
      bucket.list.push(conn);
      if (bucket.index !== null) bucket.index.set(connKey(conn), conn);
      else if (bucket.list.length > INDEX_AT) bucket.index = new Map(bucket.list.map((c) => [connKey(c), c]));
    }
    this.last = conn;
  }

  delete(conn: TcpConnection): void {
    if (!this.ordered.delete(conn)) return;
    if (this.last === conn) this.last = null;
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === undefined) return;
    const i = bucket.list.indexOf(conn);
    if (i >= 0) bucket.list.splice(i, 1);
    bucket.index?.delete(connKey(conn));
    if (bucket.list.length === 0) this.byPorts.delete(key);
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

/** The 4-tuple as one string, the same for both directions. */
function tupleKey(ipA: string, portA: number, ipB: string, portB: number): string {
  return ipA < ipB || (ipA === ipB && portA < portB) ? `${ipA} ${portA}|${ipB} ${portB}` : `${ipB} ${portB}|${ipA} ${portA}`;
}

function connKey(c: TcpConnection): string {
  const [a, b] = c.endpoints;
  return tupleKey(a.ip, a.port, b.ip, b.port);
}
