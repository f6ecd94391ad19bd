// Pure decoders for AMQP 0-9-1 frames (parser contract, CONVENTIONS §2): `parseFrame(bytes, o)`
// answers ok (a frame and the bytes it used), incomplete (how many bytes it needs), or error
// (framing is lost). A frame whose arguments are malformed is still ok: it carries `error`.
// Views into `bytes` (`payload`, longstr arguments) are valid as long as `bytes` is.
import { AMQP_LIMITS } from './limits.js';
import { decodeArgs, methodSpec, type MethodArgs, type MethodSpec } from './methods.js';
import { decodeContentHeader, type ContentHeader } from './properties.js';
import { AmqpDecodeError } from './table.js';

export const FRAME_METHOD = 1;
export const FRAME_HEADER = 2;
export const FRAME_BODY = 3;
export const FRAME_HEARTBEAT = 8;
export const FRAME_END = 0xce;
/** Type, channel, size before the payload; frame-end after it. */
export const FRAME_OVERHEAD = 8;

/** `AMQP` then protocol id and version: 0 0 9 1 for 0-9-1. */
export const PROTOCOL_HEADER = Uint8Array.of(0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1);

export type Frame =
  | { kind: 'protocol-header'; size: number; version: string }
  | { kind: 'method'; channel: number; size: number; classId: number; methodId: number; spec?: MethodSpec; args: MethodArgs; error?: string }
  | { kind: 'header'; channel: number; size: number; header?: ContentHeader; error?: string }
  | { kind: 'body'; channel: number; size: number; payload: Uint8Array }
  | { kind: 'heartbeat'; channel: number; size: number };

export type ErrorCode = 'bad-frame-type' | 'frame-too-large' | 'bad-frame-end' | 'bad-heartbeat' | 'short-method' | 'bad-protocol-header';
export type ParseResult<T> = { ok: true; message: T; consumed: number } | { incomplete: true; needed: number } | { error: true; code: ErrorCode };

export interface FrameHead {
  type: number;
  channel: number;
  /** Payload bytes. */
  size: number;
}

/** The 7-byte frame header, checked for a known type and a bounded size (body frames excepted). */
export function parseFrameHead(b: Uint8Array, o: number): ParseResult<FrameHead> {
  const have = b.length - o;
  if (have < 1) return { incomplete: true, needed: 7 };
  const type = b[o];
  if (type !== FRAME_METHOD && type !== FRAME_HEADER && type !== FRAME_BODY && type !== FRAME_HEARTBEAT) return { error: true, code: 'bad-frame-type' };
  if (have < 7) return { incomplete: true, needed: 7 - have };
  const channel = (b[o + 1] << 8) | b[o + 2];
  const size = ((b[o + 3] << 24) | (b[o + 4] << 16) | (b[o + 5] << 8) | b[o + 6]) >>> 0;
  if (type === FRAME_HEARTBEAT && size !== 0) return { error: true, code: 'bad-heartbeat' };
  if (type !== FRAME_BODY && size > AMQP_LIMITS.maxMethodFrameBytes) return { error: true, code: 'frame-too-large' };
  if (type === FRAME_METHOD && size < 4) return { error: true, code: 'short-method' };
  return { ok: true, message: { type, channel, size }, consumed: 7 };
}

function isProtocolHeaderStart(b: Uint8Array, o: number): boolean {
  return b[o] === 0x41 && (o + 1 >= b.length || b[o + 1] === 0x4d);
}

/** One frame, or the 8-byte protocol header, at `o`. */
export function parseFrame(b: Uint8Array, o: number): ParseResult<Frame> {
  if (o < b.length && isProtocolHeaderStart(b, o)) return parseProtocolHeader(b, o);
  const head = parseFrameHead(b, o);
  if (!('ok' in head)) return head;
  const { type, channel, size } = head.message;
  const total = size + FRAME_OVERHEAD;
  if (b.length - o < total) return { incomplete: true, needed: total - (b.length - o) };
  if (b[o + total - 1] !== FRAME_END) return { error: true, code: 'bad-frame-end' };
  const s = o + 7;
  const e = s + size;
  return { ok: true, message: decodePayload(type, channel, size, b, s, e, false), consumed: total };
}

/** The frame's payload `b[s..e)`; `strict` demands method arguments that fill it exactly. */
export function decodePayload(type: number, channel: number, size: number, b: Uint8Array, s: number, e: number, strict: boolean): Frame {
  const wire = size + FRAME_OVERHEAD;
  if (type === FRAME_HEARTBEAT) return { kind: 'heartbeat', channel, size: wire };
  if (type === FRAME_BODY) return { kind: 'body', channel, size: wire, payload: b.subarray(s, e) };
  if (type === FRAME_HEADER) {
    try {
      return { kind: 'header', channel, size: wire, header: decodeContentHeader(b, s, e) };
    } catch (err) {
      return { kind: 'header', channel, size: wire, error: why(err) };
    }
  }
  const classId = (b[s] << 8) | b[s + 1];
  const methodId = (b[s + 2] << 8) | b[s + 3];
  const spec = methodSpec(classId, methodId);
  if (!spec) return { kind: 'method', channel, size: wire, classId, methodId, args: {}, error: 'unknown method' };
  try {
    return { kind: 'method', channel, size: wire, classId, methodId, spec, args: decodeArgs(spec, b, s + 4, e, strict) };
  } catch (err) {
    return { kind: 'method', channel, size: wire, classId, methodId, spec, args: {}, error: why(err) };
  }
}

function parseProtocolHeader(b: Uint8Array, o: number): ParseResult<Frame> {
  const have = Math.min(b.length - o, 4);
  for (let k = 0; k < have; k++) if (b[o + k] !== PROTOCOL_HEADER[k]) return { error: true, code: 'bad-protocol-header' };
  if (b.length - o < 8) return { incomplete: true, needed: 8 - (b.length - o) };
  const version = `${b[o + 4]}-${b[o + 5]}-${b[o + 6]}-${b[o + 7]}`;
  return { ok: true, message: { kind: 'protocol-header', size: 8, version }, consumed: 8 };
}

function why(err: unknown): string {
  if (err instanceof AmqpDecodeError) return err.message;
  if (err instanceof RangeError) return err.message;
  throw err;
}

/**
 * Is there a strict method frame at `o`: known class and method, on a channel its class allows
 * (connection on 0, the others elsewhere), arguments filling the payload exactly, frame-end?
 * Used by detection and to resynchronise after a gap.
 */
export function probeMethodFrame(b: Uint8Array, o: number): 'yes' | 'more' | 'no' {
  const head = parseFrameHead(b, o);
  if ('error' in head) return 'no';
  if ('incomplete' in head) return 'more';
  const { type, channel, size } = head.message;
  if (type !== FRAME_METHOD) return 'no';
  const total = size + FRAME_OVERHEAD;
  if (b.length - o < total) return 'more';
  if (b[o + total - 1] !== FRAME_END) return 'no';
  const f = decodePayload(type, channel, size, b, o + 7, o + 7 + size, true);
  if (f.kind !== 'method' || !f.spec || f.error) return 'no';
  return (f.classId === 10) === (channel === 0) ? 'yes' : 'no';
}
