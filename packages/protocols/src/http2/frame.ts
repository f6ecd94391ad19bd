// HTTP/2 frame layout (RFC 9113 §4.1, §6): the 9-byte header, the frame types and flags, and the
// pure payload decoders. Every decoder follows the parser contract: ok | incomplete | error.
export const FRAME = {
  DATA: 0x0,
  HEADERS: 0x1,
  PRIORITY: 0x2,
  RST_STREAM: 0x3,
  SETTINGS: 0x4,
  PUSH_PROMISE: 0x5,
  PING: 0x6,
  GOAWAY: 0x7,
  WINDOW_UPDATE: 0x8,
  CONTINUATION: 0x9,
} as const;

export const FLAG = {
  END_STREAM: 0x1,
  ACK: 0x1,
  END_HEADERS: 0x4,
  PADDED: 0x8,
  PRIORITY: 0x20,
} as const;

export const FRAME_HEADER_BYTES = 9;

/** `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`, the client connection preface. */
export const PREFACE = new TextEncoder().encode('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

export interface FrameHeader {
  length: number;
  type: number;
  flags: number;
  streamId: number;
}

export function readFrameHeader(buf: Uint8Array, p: number): FrameHeader {
  return {
    length: (buf[p] << 16) | (buf[p + 1] << 8) | buf[p + 2],
    type: buf[p + 3],
    flags: buf[p + 4],
    streamId: ((buf[p + 5] & 0x7f) << 24) | (buf[p + 6] << 16) | (buf[p + 7] << 8) | buf[p + 8],
  };
}

export type ParseResult<T> =
  | { ok: true; message: T; consumed: number; incomplete?: undefined; error?: undefined }
  | { ok?: undefined; incomplete: true; needed: number; error?: undefined }
  | { ok?: undefined; incomplete?: undefined; error: true; code: string };

export interface Frame extends FrameHeader {
  /** The payload (a view into the input: valid only as long as the input is). */
  payload: Uint8Array;
}

/** One whole frame at `offset`. */
export function parseFrame(buf: Uint8Array, offset: number, maxLength: number): ParseResult<Frame> {
  const avail = buf.length - offset;
  if (avail < FRAME_HEADER_BYTES) return { incomplete: true, needed: FRAME_HEADER_BYTES - avail };
  const h = readFrameHeader(buf, offset);
  if (h.length > maxLength) return { error: true, code: 'frame-too-large' };
  const total = FRAME_HEADER_BYTES + h.length;
  if (avail < total) return { incomplete: true, needed: total - avail };
  return { ok: true, message: { ...h, payload: buf.subarray(offset + FRAME_HEADER_BYTES, offset + total) }, consumed: total };
}

/** The content of a DATA/HEADERS/PUSH_PROMISE payload without padding (and HEADERS priority). */
export function unpad(frame: Frame): Uint8Array | null {
  let p = frame.payload;
  let pad = 0;
  if (frame.flags & FLAG.PADDED) {
    if (p.length < 1) return null;
    pad = p[0];
    p = p.subarray(1);
  }
  if (frame.type === FRAME.HEADERS && frame.flags & FLAG.PRIORITY) {
    if (p.length < 5) return null;
    p = p.subarray(5);
  }
  if (pad > p.length) return null;
  return p.subarray(0, p.length - pad);
}

export interface Setting {
  id: number;
  value: number;
}

export function parseSettings(payload: Uint8Array): Setting[] | null {
  if (payload.length % 6 !== 0) return null;
  const out: Setting[] = [];
  for (let i = 0; i < payload.length; i += 6) {
    out.push({
      id: (payload[i] << 8) | payload[i + 1],
      value: ((payload[i + 2] << 24) | (payload[i + 3] << 16) | (payload[i + 4] << 8) | payload[i + 5]) >>> 0,
    });
  }
  return out;
}

export const SETTINGS_HEADER_TABLE_SIZE = 0x1;

export function u32(buf: Uint8Array, p: number): number {
  return ((buf[p] << 24) | (buf[p + 1] << 16) | (buf[p + 2] << 8) | buf[p + 3]) >>> 0;
}

/** RFC 9113 §7 error codes, for RST_STREAM and GOAWAY. */
export const ERROR_CODES = [
  'NO_ERROR',
  'PROTOCOL_ERROR',
  'INTERNAL_ERROR',
  'FLOW_CONTROL_ERROR',
  'SETTINGS_TIMEOUT',
  'STREAM_CLOSED',
  'FRAME_SIZE_ERROR',
  'REFUSED_STREAM',
  'CANCEL',
  'COMPRESSION_ERROR',
  'CONNECT_ERROR',
  'ENHANCE_YOUR_CALM',
  'INADEQUATE_SECURITY',
  'HTTP_1_1_REQUIRED',
] as const;

export function errorName(code: number): string {
  return ERROR_CODES[code] ?? `0x${code.toString(16)}`;
}
