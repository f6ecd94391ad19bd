import type { EngineLimits } from '../limits.js';

/** Pieces kept per datagram; past it the datagram is dropped (a fragment flood, not traffic). */
export const MAX_FRAGMENTS_PER_DATAGRAM = 1024;
/** Largest reassembled payload: the IP length fields are 16 bits. */
const MAX_DATAGRAM = 65_535;
/** Bytes stored per datagram, overlaps included, before it is dropped. */
const MAX_STORED_BYTES = 2 * MAX_DATAGRAM;

interface Piece {
  offset: number;
  bytes: Uint8Array;
  /** Arrival order: on overlap the first copy to arrive wins (what most stacks keep). */
  seq: number;
}

interface Datagram {
  created: number;
  /** Sorted by offset. */
  pieces: Piece[];
  /** Payload length, known once the last fragment (MF=0) arrived; -1 before. */
  total: number;
  stored: number;
  /** IPv6: next header from the fragment header of the first fragment. */
  nextHeader: number;
}

/**
 * IPv4/IPv6 fragment reassembly: a table bounded by `maxFragmentedDatagrams` (oldest evicted),
 * entries expiring after `fragmentTimeoutMs` of capture time. Fragments are copied (the frame's
 * buffer does not outlive the call); a completed datagram is one new buffer.
 */
export class FragmentTable {
  private readonly table = new Map<string, Datagram>();
  private nextExpiry = Infinity;
  private seq = 0;
  /** Next header of the datagram `add` just completed. */
  nextHeader = 0;

  constructor(
    private readonly limits: EngineLimits,
    private readonly count: (name: string) => void,
  ) {}

  get size(): number {
    return this.table.size;
  }

  /** Drops datagrams older than the timeout. Cheap when nothing is due. */
  expire(now: number): void {
    if (now <= this.nextExpiry) return;
    this.nextExpiry = Infinity;
    for (const [key, dg] of this.table) {
      // Insertion order is arrival order, so the first live entry holds the next expiry.
      if (dg.created + this.limits.fragmentTimeoutMs >= now) {
        this.nextExpiry = dg.created + this.limits.fragmentTimeoutMs;
        return;
      }
      this.table.delete(key);
      this.count('ip.fragment_timeout');
    }
  }

  /**
   * Adds the fragment `data` at payload `offset`; `last` when MF is clear. Returns the whole
   * payload when this fragment completes its datagram, else null.
   */
  add(key: string, now: number, offset: number, data: Uint8Array, last: boolean, nextHeader: number): Uint8Array | null {
    this.count('ip.fragments');
    const end = offset + data.length;
    if (end > MAX_DATAGRAM || (data.length === 0 && !last)) {
      this.count('ip.fragment_malformed');
      return null;
    }
    let dg = this.table.get(key);
    if (dg === undefined) {
      if (this.table.size >= this.limits.maxFragmentedDatagrams) this.evictOldest();
      if (this.limits.maxFragmentedDatagrams <= 0) return null;
      dg = { created: now, pieces: [], total: -1, stored: 0, nextHeader };
      this.table.set(key, dg);
      if (this.nextExpiry === Infinity) this.nextExpiry = now + this.limits.fragmentTimeoutMs;
    }
    if (offset === 0) dg.nextHeader = nextHeader;
    if (last) {
      if ((dg.total >= 0 && dg.total !== end) || end < this.maxEnd(dg)) return this.drop(key);
      dg.total = end;
    } else if (dg.total >= 0 && end > dg.total) {
      return this.drop(key);
    }
    if (dg.pieces.length >= MAX_FRAGMENTS_PER_DATAGRAM || dg.stored + data.length > MAX_STORED_BYTES) return this.drop(key);
    this.insert(dg, offset, data);
    if (dg.total < 0 || !this.covered(dg)) return null;
    this.table.delete(key);
    this.nextHeader = dg.nextHeader;
    this.count('ip.reassembled');
    return this.assemble(dg);
  }

  private evictOldest(): void {
    const oldest = this.table.keys().next();
    if (oldest.done) return;
    this.table.delete(oldest.value);
    this.count('limit.maxFragmentedDatagrams');
  }

  private drop(key: string): null {
    this.table.delete(key);
    this.count('ip.fragment_malformed');
    return null;
  }

  private maxEnd(dg: Datagram): number {
    let max = 0;
    for (const p of dg.pieces) max = Math.max(max, p.offset + p.bytes.length);
    return max;
  }

  private insert(dg: Datagram, offset: number, data: Uint8Array): void {
    const pieces = dg.pieces;
    const end = offset + data.length;
    let at = pieces.length;
    while (at > 0 && pieces[at - 1].offset > offset) at--;
    const before = pieces[at - 1];
    const after = pieces[at];
    if ((before !== undefined && before.offset + before.bytes.length > offset) || (after !== undefined && after.offset < end)) {
      this.count('ip.fragment_overlap');
    }
    pieces.splice(at, 0, { offset, bytes: data.slice(), seq: this.seq++ });
    dg.stored += data.length;
  }

  private covered(dg: Datagram): boolean {
    let reach = 0;
    for (const p of dg.pieces) {
      if (p.offset > reach) return false;
      reach = Math.max(reach, p.offset + p.bytes.length);
    }
    return reach >= dg.total;
  }

  private assemble(dg: Datagram): Uint8Array {
    const out = new Uint8Array(dg.total);
    // Latest arrival first, so that earlier copies overwrite later ones where they overlap.
    const byArrival = dg.pieces.slice().sort((a, b) => b.seq - a.seq);
    for (const p of byArrival) out.set(p.bytes, p.offset);
    return out;
  }
}
