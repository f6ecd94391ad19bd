// Pure decoders of Kafka frames (parser contract, CONVENTIONS §2): a 4-byte big-endian size,
// then a request header (api key, api version, correlation id, client id, tagged fields when
// flexible) or a response header (correlation id, tagged fields when flexible), then the body.
// A response's header and body versions are those of the request it answers.
import { API, apiInfo, isFlexible, requestHeaderVersion, responseHeaderVersion } from './apis.js';
import { BodyOut } from './body.js';
import { bodyDecoders, type BodyDecoders } from './decoders.js';
import { KAFKA_LIMITS } from './limits.js';
import { KafkaMalformed, KafkaReader, KafkaShort } from './reader.js';

export type ParseResult<T> =
  | { ok: true; message: T; consumed: number }
  | { ok: false; incomplete: true; needed: number }
  | { ok: false; incomplete?: false; error: true; code: string };

/** Smallest request frame: api key, api version, correlation id (client id may be cut off by ControlledShutdown v0). */
export const MIN_REQUEST_SIZE = 8;
/** Smallest response frame: the correlation id. */
export const MIN_RESPONSE_SIZE = 4;

/** The size prefix at `offset`: the frame's length after the prefix. */
export function frameSize(b: Uint8Array, offset: number, min: number): ParseResult<number> {
  if (b.length - offset < 4) return { ok: false, incomplete: true, needed: 4 - (b.length - offset) };
  const size = ((b[offset] << 24) | (b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3]) >>> 0;
  if (size < min) return { ok: false, error: true, code: 'frame_too_small' };
  if (size > KAFKA_LIMITS.maxFrameBytes) return { ok: false, error: true, code: 'frame_too_large' };
  return { ok: true, message: size, consumed: 4 };
}

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  headerVersion: 0 | 1 | 2;
  /** Tags present in a v2 header's tagged fields. */
  tags?: number[];
}

export interface ResponseHeader {
  correlationId: number;
  tags?: number[];
}

/** The header of a request frame whose payload (after the size) starts at `r.pos`. Throws KafkaShort/KafkaMalformed. */
export function readRequestHeader(r: KafkaReader): RequestHeader {
  const apiKey = r.int16();
  const apiVersion = r.int16();
  const correlationId = r.int32();
  const headerVersion = requestHeaderVersion(apiKey, apiVersion);
  const h: RequestHeader = { apiKey, apiVersion, correlationId, clientId: null, headerVersion };
  if (headerVersion >= 1) h.clientId = r.nullableString(false); // never compact, even in v2
  if (headerVersion === 2) {
    const tags = r.taggedFields();
    if (tags.length > 0) h.tags = tags;
  }
  return h;
}

export function readResponseHeader(r: KafkaReader, headerVersion: 0 | 1): ResponseHeader {
  const h: ResponseHeader = { correlationId: r.int32() };
  if (headerVersion === 1) {
    const tags = r.taggedFields();
    if (tags.length > 0) h.tags = tags;
  }
  return h;
}

export interface DecodedBody {
  out: BodyOut;
  /** `body`: the bytes do not read as this API at this version; `truncated`: we kept only part of the frame. */
  anomaly?: 'body' | 'truncated';
  /** Why, for counters and tests. */
  reason?: string;
}

/** Runs a body decoder; what it read before a failure stays in `out`. */
function runBody(decode: ((r: KafkaReader, v: number, out: BodyOut, flexible: boolean) => void) | undefined, r: KafkaReader, key: number, version: number): DecodedBody {
  const out = new BodyOut();
  if (!decode) return { out };
  try {
    decode(r, version, out, isFlexible(key, version));
    if (r.remaining > 0 && !r.cut) return { out, anomaly: 'body', reason: `${r.remaining} bytes left` };
    return { out };
  } catch (e) {
    if (e instanceof KafkaShort) return r.cut ? { out, anomaly: 'truncated', reason: 'cut' } : { out, anomaly: 'body', reason: 'short' };
    if (e instanceof KafkaMalformed) return { out, anomaly: 'body', reason: e.message };
    throw e;
  }
}

export function decodeRequestBody(d: BodyDecoders, h: RequestHeader, r: KafkaReader): DecodedBody {
  return runBody(d.request.get(h.apiKey), r, h.apiKey, h.apiVersion);
}

export function decodeResponseBody(d: BodyDecoders, apiKey: number, apiVersion: number, r: KafkaReader): DecodedBody {
  const start = r.pos;
  const first = runBody(d.response.get(apiKey), r, apiKey, apiVersion);
  // A broker that does not support the requested ApiVersions version answers in v0 (KIP-511).
  if (first.anomaly === 'body' && apiKey === API.ApiVersions && apiVersion > 0) {
    const retry = runBody(d.response.get(apiKey), new KafkaReader(r.buf, start, r.end, r.frameEnd), apiKey, 0);
    if (!retry.anomaly) return retry;
  }
  return first;
}

export interface ParsedRequest {
  header: RequestHeader;
  body: DecodedBody | null;
  size: number;
}

const shared = bodyDecoders();

/**
 * A whole request frame at `offset` (size prefix included). Header fields that do not read make
 * an error; a body that does not read is kept as `body.anomaly`.
 */
export function parseRequest(b: Uint8Array, offset = 0, decoders: BodyDecoders = shared): ParseResult<ParsedRequest> {
  const f = frameSize(b, offset, MIN_REQUEST_SIZE);
  if (!f.ok) return f;
  const size = f.message;
  if (b.length - offset - 4 < size) return { ok: false, incomplete: true, needed: size + 4 - (b.length - offset) };
  const r = new KafkaReader(b, offset + 4, offset + 4 + size);
  let header: RequestHeader;
  try {
    header = readRequestHeader(r);
  } catch {
    return { ok: false, error: true, code: 'bad_header' };
  }
  if (!apiInfo(header.apiKey)) return { ok: true, message: { header, body: null, size }, consumed: size + 4 };
  return { ok: true, message: { header, body: decodeRequestBody(decoders, header, r), size }, consumed: size + 4 };
}

export interface ParsedResponse {
  header: ResponseHeader;
  body: DecodedBody | null;
  size: number;
}

/** A whole response frame, decoded as the answer to a request of `apiKey`/`apiVersion`. */
export function parseResponse(b: Uint8Array, apiKey: number, apiVersion: number, offset = 0, decoders: BodyDecoders = shared): ParseResult<ParsedResponse> {
  const f = frameSize(b, offset, MIN_RESPONSE_SIZE);
  if (!f.ok) return f;
  const size = f.message;
  if (b.length - offset - 4 < size) return { ok: false, incomplete: true, needed: size + 4 - (b.length - offset) };
  const r = new KafkaReader(b, offset + 4, offset + 4 + size);
  let header: ResponseHeader;
  try {
    header = readResponseHeader(r, responseHeaderVersion(apiKey, apiVersion));
  } catch {
    return { ok: false, error: true, code: 'bad_header' };
  }
  return { ok: true, message: { header, body: decodeResponseBody(decoders, apiKey, apiVersion, r), size }, consumed: size + 4 };
}
