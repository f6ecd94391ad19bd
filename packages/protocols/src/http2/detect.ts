// Content-based detection (never by port). A connection seen from its start begins with the
// client preface; one picked up mid-connection is recognised by a run of valid frame headers,
// strict enough that HTTP/1, Redis, Postgres, TLS, Kafka, MySQL or AMQP bytes fail it.
import type { DetectResult } from '../engine/types.js';
import { FLAG, FRAME, FRAME_HEADER_BYTES, PREFACE, readFrameHeader, unpad, type FrameHeader } from './frame.js';
import { HpackDecoder } from './hpack.js';
import { HTTP2_LIMITS } from './limits.js';

/** A first frame longer than this cannot be confirmed within the detection window: not ours. */
const MAX_PENDING_FRAME = 4000;
/** Without a role hint (only DATA frames), wait this long for the other side to give one. */
const ROLE_WAIT_BYTES = 2048;

/** Flags defined per frame type (RFC 9113 §6); any other bit set means it is not a frame header. */
const FLAGS_ALLOWED = [
  FLAG.END_STREAM | FLAG.PADDED, // DATA
  FLAG.END_STREAM | FLAG.END_HEADERS | FLAG.PADDED | FLAG.PRIORITY, // HEADERS
  0, // PRIORITY
  0, // RST_STREAM
  FLAG.ACK, // SETTINGS
  FLAG.END_HEADERS | FLAG.PADDED, // PUSH_PROMISE
  FLAG.ACK, // PING
  0, // GOAWAY
  0, // WINDOW_UPDATE
  FLAG.END_HEADERS, // CONTINUATION
];

/** Is this 9-byte header a plausible HTTP/2 frame header on its own? */
export function plausibleHeader(buf: Uint8Array, p: number): FrameHeader | null {
  if (buf[p + 5] & 0x80) return null; // reserved bit
  const h = readFrameHeader(buf, p);
  if (h.type > FRAME.CONTINUATION) return null;
  if (h.flags & ~FLAGS_ALLOWED[h.type]) return null;
  if (h.length > HTTP2_LIMITS.maxFrameLength) return null;
  const onConnection = h.type === FRAME.SETTINGS || h.type === FRAME.PING || h.type === FRAME.GOAWAY;
  if (onConnection !== (h.streamId === 0) && h.type !== FRAME.WINDOW_UPDATE) return null;
  switch (h.type) {
    case FRAME.SETTINGS:
      return h.length % 6 === 0 && (!(h.flags & FLAG.ACK) || h.length === 0) ? h : null;
    case FRAME.PING:
      return h.length === 8 ? h : null;
    case FRAME.GOAWAY:
      return h.length >= 8 ? h : null;
    case FRAME.WINDOW_UPDATE:
    case FRAME.RST_STREAM:
      return h.length === 4 ? h : null;
    case FRAME.PRIORITY:
      return h.length === 5 ? h : null;
    case FRAME.HEADERS:
    case FRAME.CONTINUATION:
    case FRAME.PUSH_PROMISE:
      return h.length > 0 ? h : null;
    default:
      return h;
  }
}

export interface FrameRun {
  /** Whole valid frames from the start. */
  frames: number;
  /** Bytes they cover. */
  end: number;
  /** The bytes hold only a prefix of the first frame, which may still prove valid. */
  pending: boolean;
  role: 'client' | 'server' | null;
  /** The run is followed by a plausible header of a frame that continues past the bytes. */
  nextCut: boolean;
  /** Some frame of the run carries a payload (runs of empty frames look like zero padding). */
  payload: boolean;
}

/** Walks valid frames from `start`; stops at the first implausible or incomplete one. */
export function frameRun(buf: Uint8Array, start: number, maxFrames = 16): FrameRun {
  let p = start;
  let frames = 0;
  let role: FrameRun['role'] = null;
  let payload = false;
  while (frames < maxFrames && buf.length - p >= FRAME_HEADER_BYTES) {
    const h = plausibleHeader(buf, p);
    if (!h) break;
    const total = FRAME_HEADER_BYTES + h.length;
    if (buf.length - p < total) {
      return { frames, end: p, pending: frames === 0 && total <= MAX_PENDING_FRAME, role, nextCut: true, payload };
    }
    if (h.type === FRAME.PUSH_PROMISE) role ??= 'server';
    if (h.type === FRAME.HEADERS && role === null) {
      role = headersRole({ ...h, payload: buf.subarray(p + FRAME_HEADER_BYTES, p + total) });
    }
    if (h.length > 0) payload = true;
    frames++;
    p += total;
  }
  return { frames, end: p, pending: frames === 0 && buf.length - p < FRAME_HEADER_BYTES && plausiblePrefix(buf, p), role, nextCut: false, payload };
}

/** Could the few bytes at `p` (fewer than a header) start a frame we could still confirm? */
function plausiblePrefix(buf: Uint8Array, p: number): boolean {
  const n = buf.length - p;
  if (n >= 3 && ((buf[p] << 16) | (buf[p + 1] << 8) | buf[p + 2]) + FRAME_HEADER_BYTES > MAX_PENDING_FRAME) return false;
  if (n >= 4 && buf[p + 3] > FRAME.CONTINUATION) return false;
  if (n >= 5 && buf[p + 4] & ~FLAGS_ALLOWED[buf[p + 3]]) return false;
  return n < 6 || (buf[p + 5] & 0x80) === 0;
}

/** Enough valid frames to call the bytes HTTP/2: two, or one that ends the bytes or is followed by a cut frame. */
export function provenRun(run: FrameRun, length: number): boolean {
  if (!run.payload) return false;
  return run.frames >= 2 || (run.frames === 1 && (run.end === length || run.nextCut));
}

/** A HEADERS block with `:method`/`:path` is a request, one with `:status` a response. */
function headersRole(frame: FrameHeader & { payload: Uint8Array }): 'client' | 'server' | null {
  const block = unpad(frame);
  if (!block) return null;
  const { fields } = new HpackDecoder(false, 4096).decode(block, 16);
  for (const [name] of fields) {
    if (name === ':method' || name === ':path' || name === ':scheme') return 'client';
    if (name === ':status') return 'server';
  }
  return null;
}

function prefacePrefix(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, PREFACE.length);
  for (let i = 0; i < n; i++) if (buf[i] !== PREFACE[i]) return false;
  return true;
}

export function detect(firstBytes: Uint8Array): DetectResult {
  if (firstBytes.length === 0) return 'more';
  if (prefacePrefix(firstBytes)) return firstBytes.length >= PREFACE.length ? 'client' : 'more';
  const run = frameRun(firstBytes, 0);
  if (run.pending) return 'more';
  if (!provenRun(run, firstBytes.length)) return null;
  if (run.role) return run.role;
  // Only frames that both sides send (DATA, SETTINGS, WINDOW_UPDATE…): wait for a hint, then
  // guess the server, as a mid-connection capture of a long stream is mostly responses.
  return firstBytes.length < ROLE_WAIT_BYTES && (run.end === firstBytes.length || run.nextCut) ? 'more' : 'server';
}
