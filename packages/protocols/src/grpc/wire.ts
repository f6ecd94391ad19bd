// The protobuf wire format (https://protobuf.dev/programming-guides/encoding/): a bounds-checked
// reader of (field number, wire type, value) records. Groups (wire types 3/4) are rejected: they
// are deprecated, and rejecting them keeps the "is this a nested message?" guess strict.
export const WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 } as const;

export interface WireField {
  number: number;
  wireType: number;
  /** VARINT: the value; I64/I32: the raw little-endian bits as an unsigned value. */
  int?: bigint;
  /** LEN: a view of the bytes (valid as long as the input is). */
  bytes?: Uint8Array;
}

export function readVarint(buf: Uint8Array, p: number): { value: bigint; next: number } | null {
  let lo = 0;
  let shift = 0;
  // Most varints fit in 28 bits: stay in numbers until then.
  for (let i = 0; i < 4; i++) {
    if (p >= buf.length) return null;
    const b = buf[p++];
    lo |= (b & 0x7f) << shift;
    shift += 7;
    if ((b & 0x80) === 0) return { value: BigInt(lo >>> 0), next: p };
  }
  let value = BigInt(lo >>> 0);
  for (let i = 4; i < 10; i++) {
    if (p >= buf.length) return null;
    const b = buf[p++];
    value |= BigInt(b & 0x7f) << BigInt(shift);
    shift += 7;
    if ((b & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: p };
  }
  return null;
}

function fixed(buf: Uint8Array, p: number, n: 4 | 8): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[p + i]);
  return v;
}

/** Every field of a message, or null when the bytes are not a well-formed message. */
export function readFields(buf: Uint8Array, maxFields: number): WireField[] | null {
  const out: WireField[] = [];
  let p = 0;
  while (p < buf.length) {
    if (out.length >= maxFields) return null;
    const key = readVarint(buf, p);
    if (!key) return null;
    p = key.next;
    const number = Number(key.value >> 3n);
    const wireType = Number(key.value & 7n);
    if (number < 1 || number > 536_870_911) return null;
    if (wireType === WIRE.VARINT) {
      const v = readVarint(buf, p);
      if (!v) return null;
      p = v.next;
      out.push({ number, wireType, int: v.value });
    } else if (wireType === WIRE.I64) {
      if (p + 8 > buf.length) return null;
      out.push({ number, wireType, int: fixed(buf, p, 8) });
      p += 8;
    } else if (wireType === WIRE.I32) {
      if (p + 4 > buf.length) return null;
      out.push({ number, wireType, int: fixed(buf, p, 4) });
      p += 4;
    } else if (wireType === WIRE.LEN) {
      const len = readVarint(buf, p);
      if (!len || len.value > BigInt(buf.length - len.next)) return null;
      p = len.next;
      const end = p + Number(len.value);
      out.push({ number, wireType, bytes: buf.subarray(p, end) });
      p = end;
    } else return null;
  }
  return out;
}

/** A JSON-safe integer: a number when exact, else its decimal string. */
export function intValue(v: bigint): number | string {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}
