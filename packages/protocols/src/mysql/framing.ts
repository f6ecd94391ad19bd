// MySQL packet framing: 3-byte little-endian payload length + 1-byte sequence id. A payload of
// 0xffffff bytes is continued by the next packet; the pieces form one logical packet.
import { MAX_LOGICAL_PACKET } from './limits.js';

export const MAX_PHYSICAL = 0xffffff;

export interface PhysicalPacket {
  seq: number;
  length: number;
  /** A view into the input: valid while the input is. */
  payload: Uint8Array;
}

export type ParseResult<T> = { ok: true; message: T; consumed: number } | { ok: false; incomplete: true; needed: number } | { ok: false; incomplete: false; error: string };

/** Parser contract (CONVENTIONS §2): one physical packet at `offset`. */
export function parsePacket(bytes: Uint8Array, offset = 0): ParseResult<PhysicalPacket> {
  if (bytes.length - offset < 4) return { ok: false, incomplete: true, needed: 4 - (bytes.length - offset) };
  const length = bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16);
  const end = offset + 4 + length;
  if (end > bytes.length) return { ok: false, incomplete: true, needed: end - bytes.length };
  return { ok: true, message: { seq: bytes[offset + 3], length, payload: bytes.subarray(offset + 4, end) }, consumed: 4 + length };
}

/** One logical packet as the session sees it. */
export interface Packet {
  seq: number;
  /** The kept bytes of the payload (a copy, continuations joined): at most the framer's `keep`. */
  payload: Uint8Array;
  /** Real payload length. */
  length: number;
  /** Bytes on the wire, headers included. */
  wireSize: number;
  /** Capture time of the first and last byte. */
  ts: number;
  endTs: number;
  /** Offset of the first header byte in its direction's stream. */
  offset: number;
}

/** Streaming framer of one direction: bytes in any split, whole logical packets out. */
export class PacketFramer {
  private hdr = new Uint8Array(4);
  private hdrLen = 0;
  /** Payload bytes still to come in the current physical packet (-1: reading a header). */
  private need = -1;
  private continued = false;
  private parts: Uint8Array[] = [];
  private kept = 0;
  private length = 0;
  private wire = 0;
  private seq = 0;
  private ts = 0;
  private offset = 0;

  constructor(
    private readonly keep: number,
    private readonly onPacket: (p: Packet) => void,
  ) {}

  /** True between packets (nothing partial held). */
  get idle(): boolean {
    return this.need < 0 && this.hdrLen === 0 && !this.continued;
  }

  /** Drop whatever partial packet is held (after a gap). */
  reset(): void {
    this.hdrLen = 0;
    this.need = -1;
    this.continued = false;
    this.parts = [];
    this.kept = this.length = this.wire = 0;
  }

  /** Feeds bytes; 'lost' when a length is impossible (framing lost: the caller resynchronises). */
  feed(bytes: Uint8Array, ts: number, offset: number): 'ok' | 'lost' {
    let i = 0;
    while (i < bytes.length) {
      if (this.need < 0) {
        if (this.hdrLen === 0 && !this.continued) {
          this.ts = ts;
          this.offset = offset + i;
        }
        const take = Math.min(4 - this.hdrLen, bytes.length - i);
        this.hdr.set(bytes.subarray(i, i + take), this.hdrLen);
        this.hdrLen += take;
        i += take;
        if (this.hdrLen < 4) break;
        this.hdrLen = 0;
        const len = this.hdr[0] | (this.hdr[1] << 8) | (this.hdr[2] << 16);
        if (!this.continued) this.seq = this.hdr[3];
        this.length += len;
        this.wire += 4;
        if (this.length > MAX_LOGICAL_PACKET) {
          this.reset();
          return 'lost';
        }
        this.continued = len === MAX_PHYSICAL;
        this.need = len;
      } else {
        const take = Math.min(this.need, bytes.length - i);
        const room = Math.min(take, this.keep - this.kept);
        if (room > 0) {
          this.parts.push(bytes.slice(i, i + room));
          this.kept += room;
        }
        this.need -= take;
        this.wire += take;
        i += take;
      }
      if (this.need === 0) {
        this.need = -1;
        if (!this.continued) this.finish(ts);
      }
    }
    return 'ok';
  }

  private finish(endTs: number): void {
    let payload: Uint8Array;
    if (this.parts.length === 1) payload = this.parts[0];
    else {
      payload = new Uint8Array(this.kept);
      let at = 0;
      for (const p of this.parts) {
        payload.set(p, at);
        at += p.length;
      }
    }
    const p: Packet = { seq: this.seq, payload, length: this.length, wireSize: this.wire, ts: this.ts, endTs, offset: this.offset };
    this.parts = [];
    this.kept = this.length = this.wire = 0;
    this.onPacket(p);
  }
}
