// Builds AMQP 0-9-1 frames for tests from the same method table the decoder reads (a different
// code path: an encoder), so fixtures stay readable: method(1, 'queue.declare', { queue: 'q' }).
import { concat, hex as unhex } from '../../capture/test-support/hex.js';
import { methodSpec, type MethodSpec } from '../methods.js';

export { concat as cat, unhex };

const enc = new TextEncoder();

export type Value = null | boolean | number | string | bigint | Value[] | { [k: string]: Value } | Uint8Array;

class Writer {
  parts: number[] = [];
  u8(v: number) {
    this.parts.push(v & 255);
  }
  u16(v: number) {
    this.u8(v >> 8);
    this.u8(v);
  }
  u32(v: number) {
    this.u16(Math.floor(v / 65536));
    this.u16(v & 0xffff);
  }
  u64(v: number | bigint) {
    const b = BigInt(v);
    this.u32(Number(b >> 32n) >>> 0);
    this.u32(Number(b & 0xffffffffn) >>> 0);
  }
  raw(b: Uint8Array) {
    for (const x of b) this.parts.push(x);
  }
  shortstr(s: string) {
    const b = enc.encode(s);
    this.u8(b.length);
    this.raw(b);
  }
  longstr(s: string | Uint8Array) {
    const b = typeof s === 'string' ? enc.encode(s) : s;
    this.u32(b.length);
    this.raw(b);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A field table; numbers are `I` (signed 32) when integral, `d` otherwise; bigint `l`. */
export function table(t: Record<string, Value>): Uint8Array {
  const w = new Writer();
  for (const [k, v] of Object.entries(t)) {
    w.shortstr(k);
    value(w, v);
  }
  const body = w.bytes();
  const out = new Writer();
  out.longstr(body);
  return out.bytes();
}

function value(w: Writer, v: Value): void {
  if (v === null) w.u8(0x56);
  else if (typeof v === 'boolean') {
    w.u8(0x74);
    w.u8(v ? 1 : 0);
  } else if (typeof v === 'bigint') {
    w.u8(0x6c);
    w.u64(BigInt.asUintN(64, v));
  } else if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31) {
      w.u8(0x49);
      w.u32(v >>> 0);
    } else {
      w.u8(0x64);
      const b = new Uint8Array(8);
      new DataView(b.buffer).setFloat64(0, v);
      w.raw(b);
    }
  } else if (typeof v === 'string') {
    w.u8(0x53);
    w.longstr(v);
  } else if (v instanceof Uint8Array) {
    w.u8(0x78);
    w.longstr(v);
  } else if (Array.isArray(v)) {
    w.u8(0x41);
    const inner = new Writer();
    for (const x of v) value(inner, x);
    w.longstr(inner.bytes());
  } else {
    w.u8(0x46);
    w.raw(table(v));
  }
}

export function frame(type: number, channel: number, payload: Uint8Array): Uint8Array {
  const w = new Writer();
  w.u8(type);
  w.u16(channel);
  w.u32(payload.length);
  w.raw(payload);
  w.u8(0xce);
  return w.bytes();
}

const SPECS = new Map<string, MethodSpec>();
for (let c = 0; c < 100; c++) for (let m = 0; m < 130; m++) {
  const s = methodSpec(c, m);
  if (s) SPECS.set(s.name, s);
}

/** A method frame; absent arguments are 0, '', false or an empty table. */
export function method(channel: number, name: string, args: Record<string, Value> = {}): Uint8Array {
  const spec = SPECS.get(name);
  if (!spec) throw new Error(`no method ${name}`);
  const w = new Writer();
  w.u16(spec.classId);
  w.u16(spec.methodId);
  let bits = 0;
  let bit = -1;
  const flush = () => {
    if (bit >= 0) w.u8(bits);
    bits = 0;
    bit = -1;
  };
  for (const a of spec.args) {
    const [name, type] = a.split(':');
    const v = args[name];
    if (type === 'b') {
      if (bit === 7) flush();
      bit++;
      if (v === true) bits |= 1 << bit;
      continue;
    }
    flush();
    if (type === 'o') w.u8(Number(v ?? 0));
    else if (type === 's') w.u16(Number(v ?? 0));
    else if (type === 'l') w.u32(Number(v ?? 0));
    else if (type === 'L') w.u64(BigInt((v as number | bigint) ?? 0));
    else if (type === 'S') w.shortstr(String(v ?? ''));
    else if (type === 'X') w.longstr((v as string | Uint8Array) ?? '');
    else if (type === 'T') w.raw(table((v as Record<string, Value>) ?? {}));
  }
  flush();
  return frame(1, channel, w.bytes());
}

const PROPS = ['contentType', 'contentEncoding', 'headers', 'deliveryMode', 'priority', 'correlationId', 'replyTo', 'expiration', 'messageId', 'timestamp', 'type', 'userId', 'appId', 'clusterId'];

/** A content header frame (class basic). */
export function header(channel: number, bodySize: number, props: Record<string, Value> = {}): Uint8Array {
  const w = new Writer();
  w.u16(60);
  w.u16(0);
  w.u64(bodySize);
  let flags = 0;
  const rest = new Writer();
  PROPS.forEach((p, i) => {
    const v = props[p];
    if (v === undefined) return;
    flags |= 1 << (15 - i);
    if (p === 'headers') rest.raw(table(v as Record<string, Value>));
    else if (p === 'deliveryMode' || p === 'priority') rest.u8(Number(v));
    else if (p === 'timestamp') rest.u64(BigInt(v as number));
    else rest.shortstr(String(v));
  });
  w.u16(flags);
  w.raw(rest.bytes());
  return frame(2, channel, w.bytes());
}

export function body(channel: number, data: string | Uint8Array): Uint8Array {
  return frame(3, channel, typeof data === 'string' ? enc.encode(data) : data);
}

export const HEARTBEAT = frame(8, 0, new Uint8Array(0));
export const PROTOCOL_HEADER_BYTES = Uint8Array.of(0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1);

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
