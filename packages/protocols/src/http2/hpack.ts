// HPACK decoding (RFC 7541) for one direction of a connection: integers, string literals (raw or
// Huffman), the static table, and the dynamic table with its size updates.
//
// A capture that starts mid-connection never saw the entries already in the peer's dynamic
// table. We still know every entry inserted since we started listening: they are the newest, so
// they sit at the front and are evicted last. `known` counts them; an index past them refers
// to an entry we never saw, and that one field is reported undecodable instead of guessed.
import { huffmanDecode } from './huffman.js';
import { STATIC_COUNT, STATIC_TABLE } from './hpack-static.js';

export type HeaderField = [name: string, value: string];

export interface DecodedBlock {
  fields: HeaderField[];
  /** Fields that referred to dynamic-table entries we never saw (or were malformed). */
  undecodable: number;
  /** The block itself was malformed: framing of the rest of the block is lost. */
  error?: string;
}

// Octets shown as UTF-8 (like HTTP/1 heads); table sizes count the octets.
const utf8 = new TextDecoder('utf-8');

/** Per-entry overhead counted by the table size (RFC 7541 §4.1). */
const ENTRY_OVERHEAD = 32;

export class HpackDecoder {
  /** Newest first. */
  private entries: { name: string; value: string; size: number; nameOctets: number }[] = [];
  private size = 0;
  /** How many of the newest entries we saw inserted; Infinity when we saw the whole history. */
  private known: number;
  private maxSize: number;
  private allowed = 4096;

  /**
   * @param complete we saw the connection from its start (the table is fully known)
   * @param limit the largest table we keep (the peer's SETTINGS may allow more: counted)
   */
  constructor(complete: boolean, private readonly limit: number, private readonly onEvent: (e: string) => void = () => {}) {
    this.known = complete ? Infinity : 0;
    this.maxSize = Math.min(4096, limit);
  }

  get complete(): boolean {
    return this.known === Infinity;
  }

  /** SETTINGS_HEADER_TABLE_SIZE sent by the decoding side: the largest size update allowed. */
  allowTableSize(size: number): void {
    this.allowed = size;
  }

  /** The connection was seen from its start: the table started empty, every entry is known. */
  startedEmpty(): void {
    if (this.known === 0 && this.entries.length === 0) this.known = Infinity;
  }

  /** After a gap in which header blocks may have been lost: only entries inserted from now on are trusted. */
  forget(): void {
    this.known = 0;
    this.entries = [];
    this.size = 0;
  }

  decode(block: Uint8Array, maxFields: number): DecodedBlock {
    const fields: HeaderField[] = [];
    let undecodable = 0;
    let p = 0;
    const n = block.length;
    const fail = (error: string): DecodedBlock => {
      // A broken block may have skipped inserts: trust nothing inserted before it.
      this.known = 0;
      this.entries = [];
      this.size = 0;
      return { fields, undecodable: undecodable + 1, error };
    };
    while (p < n) {
      const b = block[p];
      if (b & 0x80) {
        // Indexed field.
        const r = readInt(block, p, 7);
        if (!r) return fail('bad-integer');
        p = r.next;
        const f = this.lookup(r.value);
        if (f === null) undecodable++;
        else if (f === undefined) return fail('bad-index');
        else if (fields.length < maxFields) fields.push(f);
      } else if ((b & 0xe0) === 0x20) {
        const r = readInt(block, p, 5);
        if (!r) return fail('bad-integer');
        p = r.next;
        // The encoder may not exceed what the decoder's side allowed in SETTINGS_HEADER_TABLE_SIZE.
        if (r.value > this.allowed) this.onEvent('http2.hpack_size_over_setting');
        if (r.value > this.limit) {
          this.onEvent('limit.http2.maxHpackTableBytes');
          this.maxSize = this.limit;
        } else this.maxSize = r.value;
        this.evict(0);
      } else {
        // Literal: with incremental indexing (01), without (0000), never indexed (0001).
        const indexing = (b & 0xc0) === 0x40;
        const prefix = indexing ? 6 : 4;
        const r = readInt(block, p, prefix);
        if (!r) return fail('bad-integer');
        p = r.next;
        let name: string | null;
        let nameOctets = 0;
        if (r.value === 0) {
          const s = readString(block, p);
          if (!s) return fail('bad-string');
          p = s.next;
          name = s.value;
          nameOctets = s.octets;
        } else {
          const f = this.lookupEntry(r.value);
          if (f === undefined) return fail('bad-index');
          name = f === null ? null : f.name;
          nameOctets = f === null ? 0 : f.nameOctets;
        }
        const v = readString(block, p);
        if (!v) return fail('bad-string');
        p = v.next;
        if (indexing) this.insert(name, v.value, nameOctets, v.octets);
        if (name === null) undecodable++;
        else if (fields.length < maxFields) fields.push([name, v.value]);
      }
    }
    return { fields, undecodable };
  }

  /** A field by index: undefined when the index is invalid, null when it is an entry we never saw. */
  private lookup(index: number): HeaderField | null | undefined {
    const e = this.lookupEntry(index);
    return e ? [e.name, e.value] : e;
  }

  private lookupEntry(index: number): { name: string; value: string; nameOctets: number } | null | undefined {
    if (index === 0) return undefined;
    if (index <= STATIC_COUNT) {
      const [name, value] = STATIC_TABLE[index];
      return { name, value, nameOctets: name.length };
    }
    const i = index - STATIC_COUNT - 1;
    if (i < this.entries.length) return this.entries[i];
    // Past what we hold: a missed entry when the history is unknown, an invalid index otherwise.
    return this.known === Infinity ? undefined : null;
  }

  /** `name` null: the name came from an entry we never saw, so the new entry's size is unknown. */
  private insert(name: string | null, value: string, nameOctets: number, valueOctets: number): void {
    if (name === null) {
      // Its size decides evictions: nothing older than it can be trusted any more.
      this.entries = [];
      this.size = 0;
      this.known = 0;
      return;
    }
    const size = nameOctets + valueOctets + ENTRY_OVERHEAD;
    this.evict(size);
    if (size > this.maxSize) {
      this.entries = [];
      this.size = 0;
      return;
    }
    this.entries.unshift({ name, value, size, nameOctets });
    this.size += size;
    if (this.known !== Infinity) this.known++;
  }

  private evict(incoming: number): void {
    while (this.entries.length > 0 && this.size + incoming > this.maxSize) {
      this.size -= this.entries.pop()!.size;
    }
  }
}

/** An HPACK integer with an N-bit prefix (RFC 7541 §5.1). */
export function readInt(buf: Uint8Array, p: number, prefix: number): { value: number; next: number } | null {
  if (p >= buf.length) return null;
  const max = (1 << prefix) - 1;
  let value = buf[p] & max;
  p++;
  if (value < max) return { value, next: p };
  let shift = 0;
  for (;;) {
    if (p >= buf.length || shift > 28) return null;
    const b = buf[p++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return { value, next: p };
  }
}

/** A string literal (RFC 7541 §5.2), Huffman-decoded when flagged. */
export function readString(buf: Uint8Array, p: number): { value: string; octets: number; next: number } | null {
  if (p >= buf.length) return null;
  const huffman = (buf[p] & 0x80) !== 0;
  const len = readInt(buf, p, 7);
  if (!len) return null;
  const end = len.next + len.value;
  if (end > buf.length) return null;
  const raw = buf.subarray(len.next, end);
  const bytes = huffman ? huffmanDecode(raw) : raw;
  if (!bytes) return null;
  return { value: utf8.decode(bytes), octets: bytes.length, next: end };
}
