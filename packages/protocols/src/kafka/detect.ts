// Content-based detection (never by port) of the client side of a Kafka connection: a request
// frame's size prefix, a known api key at a plausible version, a non-negative correlation id and
// a printable (or null) client id, all consistent with the size. The server side cannot be
// recognised on its own (a response is a size and a correlation id): a connection whose server
// bytes are seen first is detected when the client's next request arrives, and the session gets
// the held server bytes then (or a gap when there were too many).
import type { DetectResult } from '../engine/types.js';
import { apiInfo, requestHeaderVersion } from './apis.js';
import { KAFKA_LIMITS } from './limits.js';
import { bodyDecoders } from './decoders.js';
import { decodeRequestBody, MIN_REQUEST_SIZE, readRequestHeader } from './parse.js';
import { KafkaReader } from './reader.js';

const DECODERS = bodyDecoders();

export type Probe = 'yes' | 'more' | 'no';

/** Longest client id we accept while detecting (real ones are short names). */
const MAX_CLIENT_ID = 255;

const i32 = (b: Uint8Array, o: number): number => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
const i16 = (b: Uint8Array, o: number): number => ((b[o] << 24) | (b[o + 1] << 16)) >> 16;

/** Does `b[s..e)` start with a plausible request frame? 'more' while it is a plausible prefix. */
export function probeRequest(b: Uint8Array, s: number, e: number): Probe {
  const n = e - s;
  if (n < 4) return prefixOk(b, s, e);
  const size = i32(b, s);
  if (size < MIN_REQUEST_SIZE + 2 || size > KAFKA_LIMITS.maxFrameBytes) return 'no';
  if (n < 6) return 'more';
  const key = i16(b, s + 4);
  const info = apiInfo(key);
  if (!info) return 'no';
  if (n < 8) return 'more';
  const version = i16(b, s + 6);
  if (version < 0 || version > info.maxVersion) return 'no';
  if (requestHeaderVersion(key, version) === 0) return 'no'; // ControlledShutdown v0: too little to judge
  if (n < 12) return 'more';
  if (i32(b, s + 8) < 0) return 'no';
  if (n < 14) return 'more';
  const idLen = i16(b, s + 12);
  if (idLen < -1 || idLen > MAX_CLIENT_ID || 10 + Math.max(idLen, 0) > size) return 'no';
  for (let i = 0; i < idLen; i++) {
    if (s + 14 + i >= e) return 'more';
    const c = b[s + 14 + i];
    if (c < 0x20 || c > 0x7e) return 'no';
  }
  // A flexible header goes on with tagged fields: their count must fit too (almost always 0).
  if (requestHeaderVersion(key, version) === 2) {
    const at = s + 14 + Math.max(idLen, 0);
    if (at >= e) return 'more';
    if (b[at] > 16) return 'no';
  }
  return bodyFits(b, s, e, size) ? 'yes' : 'no';
}

/**
 * The body, as far as we have it, reads as this API at this version: a decoder that fails on a
 * bad value, or finishes anywhere but at the frame's end, says the header was a coincidence
 * (all-zero bytes read as "Produce v0, correlation id 0, empty client id").
 */
function bodyFits(b: Uint8Array, s: number, e: number, size: number): boolean {
  const end = s + 4 + size;
  const r = new KafkaReader(b, s + 4, Math.min(e, end), end);
  try {
    const h = readRequestHeader(r);
    if (!DECODERS.request.has(h.apiKey)) return true;
    const body = decodeRequestBody(DECODERS, h, r);
    if (body.anomaly === 'body') return false;
    return body.anomaly === 'truncated' || r.pos === end;
  } catch {
    return e < end;
  }
}

/** The first bytes of a size prefix: a frame under 100 MiB starts with 0x00–0x06. */
function prefixOk(b: Uint8Array, s: number, e: number): Probe {
  if (e > s && b[s] > KAFKA_LIMITS.maxFrameBytes >>> 24) return 'no';
  return 'more';
}

export function detect(firstBytes: Uint8Array): DetectResult {
  const p = probeRequest(firstBytes, 0, firstBytes.length);
  return p === 'yes' ? 'client' : p === 'more' ? 'more' : null;
}
