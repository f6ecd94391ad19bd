import type { Endpoint } from './types.js';

/** What the table holds: a TCP connection or a UDP flow, known by its two endpoints. */
export interface Flow {
  readonly endpoints: readonly [Endpoint, Endpoint];
}

/**
 * The engine's TCP connections and UDP flows (one table each), found by their two endpoints in
 * either order and iterated in the order they were opened (sweeps, eviction ties and the final
 * flush depend on that order).
 *
 * Lookup is by a number made from the two ports, then an exact compare of ports and addresses:
 * building a `"ip port|ip port"` string per packet and hashing it cost more than the whole TCP
 * step. The last connection found is tried first (packets come in bursts per connection). A bucket
 * that grows past INDEX_AT connections (many clients on the same ports, or a SYN flood from one
 * source port) gets an index by address: the connections of each address it holds. A lookup scans
 * the smaller set of its two addresses, which only holds connections between the same two hosts
 * on the same ports (a one-element set, but for port-key collisions). Address strings come from
 * the decoder's cache, so their hashes are computed once, and nothing is built per packet.
 */
const INDEX_AT = 16;

interface Bucket<T extends Flow> {
  list: T[];
  index: Map<string, Set<T>> | null;
}

export class FlowTable<T extends Flow> {
  private readonly ordered = new Set<T>();
  private readonly byPorts = new Map<number, Bucket<T>>();
  private last: T | null = null;

  get size(): number {
    return this.ordered.size;
  }

  find(srcIp: string, srcPort: number, dstIp: string, dstPort: number): T | undefined {
    const last = this.last;
    if (last !== null && sameEnds(last, srcIp, srcPort, dstIp, dstPort)) return last;
    const bucket = this.byPorts.get(portsKey(srcPort, dstPort));
    if (bucket === undefined) return undefined;
    if (bucket.index !== null) {
      const a = bucket.index.get(srcIp);
      const b = bucket.index.get(dstIp);
      if (a === undefined || b === undefined) return undefined;
      for (const c of a.size <= b.size ? a : b) {
        if (sameEnds(c, srcIp, srcPort, dstIp, dstPort)) {
          this.last = c;
          return c;
        }
      }
      return undefined;
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
  add(conn: T): void {
    this.ordered.add(conn);
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === undefined) this.byPorts.set(key, { list: [conn], index: null });
    else {
      bucket.list.push(conn);
      if (bucket.index !== null) indexAdd(bucket.index, conn);
      else if (bucket.list.length > INDEX_AT) {
        const index = new Map<string, Set<T>>();
        for (const c of bucket.list) indexAdd(index, c);
        bucket.index = index;
      }
    }
    this.last = conn;
  }

  delete(conn: T): void {
    if (!this.ordered.delete(conn)) return;
    if (this.last === conn) this.last = null;
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === undefined) return;
    const i = bucket.list.indexOf(conn);
    if (i >= 0) bucket.list.splice(i, 1);
    if (bucket.index !== null) indexDelete(bucket.index, conn);
    if (bucket.list.length === 0) this.byPorts.delete(key);
  }

  /** Oldest first; deleting the current connection while iterating is allowed. */
  values(): IterableIterator<T> {
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

function sameEnds(c: Flow, srcIp: string, srcPort: number, dstIp: string, dstPort: number): boolean {
  const e = c.endpoints;
  const a = e[0];
  const b = e[1];
  if (a.port === srcPort && b.port === dstPort && a.ip === srcIp && b.ip === dstIp) return true;
  return a.port === dstPort && b.port === srcPort && a.ip === dstIp && b.ip === srcIp;
}

function indexAdd<T extends Flow>(index: Map<string, Set<T>>, conn: T): void {
  for (const e of conn.endpoints) {
    const set = index.get(e.ip);
    if (set === undefined) index.set(e.ip, new Set([conn]));
    else set.add(conn);
  }
}

function indexDelete<T extends Flow>(index: Map<string, Set<T>>, conn: T): void {
  for (const e of conn.endpoints) {
    const set = index.get(e.ip);
    if (set === undefined) continue;
    set.delete(conn);
    if (set.size === 0) index.delete(e.ip);
  }
}
