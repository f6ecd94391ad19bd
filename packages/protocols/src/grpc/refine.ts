// gRPC on top of HTTP/2: an HTTP/2 stream whose content-type is application/grpc* becomes a gRPC
// entry. HTTP/2 builds the stream's entry; this refiner rewrites it in place: protocol, service
// and rpc from the path, the length-prefixed messages of each side decoded (with the schema when
// descriptors were given, else schemaless), and the gRPC status from the trailers.
import type { PartialEntry, SessionContext } from '../engine/types.js';
import { encodeBase64 } from '../bytes/base64.js';
import { pushOnce } from '../http1/parse.js';
import { fieldOf, type Http2Refiner } from '../http2/build.js';
import { bodyBytes, type H2Stream, type Half } from '../http2/stream.js';
import { splitMessages, type LengthPrefixed } from './frame.js';
import { GRPC_LIMITS } from './limits.js';
import { decodeSchemaless } from './schemaless.js';

export const GRPC_PROTOCOL = { name: 'grpc', version: '2', abbr: 'gRPC' } as const;

/** Decodes messages with types from descriptors (see descriptor.ts). */
export interface GrpcSchema {
  /** `/pkg.Service/Method` → the message type of that side, decoded; null when unknown. */
  decode(path: string, side: 'request' | 'response', bytes: Uint8Array): { type: string; value: unknown } | null;
}

export interface GrpcMessage {
  /** Declared length of the message on the wire (compressed, when it was). */
  size: number;
  compressed?: true;
  /** Decoded bytes, when it was compressed. */
  decodedSize?: number;
  /** The message was cut short (capture ended, body limit). */
  truncated?: true;
  /** Fully-qualified message type when decoded with a schema. */
  type?: string;
  /** The decoded message: field names with a schema, field numbers without. */
  value?: unknown;
  /** Bytes that are not a protobuf message (or could not be decompressed). */
  base64?: string;
  error?: string;
}

export function isGrpcContentType(ct: string | undefined): boolean {
  if (!ct) return false;
  const v = ct.trim().toLowerCase();
  return v === 'application/grpc' || v.startsWith('application/grpc+') || v.startsWith('application/grpc;');
}

/** `/pkg.Service/Method` → service and rpc. */
export function splitGrpcPath(path: string): { service: string; rpc: string } {
  const m = /^\/([^/]+)\/([^/]+)$/.exec(path);
  return m ? { service: m[1], rpc: m[2] } : { service: '', rpc: '' };
}

/** grpc-message is percent-encoded UTF-8 (gRPC over HTTP/2, "Responses"). */
export function decodeGrpcMessage(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function grpcRefiner(schema?: GrpcSchema): Http2Refiner {
  return {
    name: 'grpc',
    refine(s: H2Stream, entry: PartialEntry, ctx: SessionContext): boolean {
      const reqCt = fieldOf(s.req.headers, 'content-type');
      const respCt = fieldOf(s.resp.headers, 'content-type');
      if (!isGrpcContentType(reqCt) && !isGrpcContentType(respCt)) return false;
      refine(s, entry, ctx, schema);
      return true;
    },
  };
}

function refine(s: H2Stream, entry: PartialEntry, ctx: SessionContext, schema: GrpcSchema | undefined): void {
  entry.protocol = { ...GRPC_PROTOCOL };
  const anomalies = entry.anomalies ?? [];
  const path = fieldOf(s.req.headers, ':path') ?? '';
  const req = entry.request;
  if (req && !s.upgrade) {
    const { service, rpc } = splitGrpcPath(String(req.path ?? ''));
    req.service = service;
    req.rpc = rpc;
    req.messages = messages(s.req, 'request', path, ctx, schema, anomalies);
    req.body = null;
  }
  const resp = entry.response;
  if (resp) {
    const http = resp.status as number;
    resp.httpStatus = http;
    delete resp.status;
    // Trailers-only responses carry grpc-status in the headers.
    const code = fieldOf(s.resp.trailers, 'grpc-status') ?? fieldOf(s.resp.headers, 'grpc-status');
    if (code !== undefined && /^\d+$/.test(code)) resp.status = Number(code);
    const message = fieldOf(s.resp.trailers, 'grpc-message') ?? fieldOf(s.resp.headers, 'grpc-message');
    resp.statusText = message === undefined ? '' : decodeGrpcMessage(message);
    resp.messages = messages(s.resp, 'response', path, ctx, schema, anomalies);
    resp.body = null;
  }
  if (anomalies.length > 0) entry.anomalies = anomalies;
}

function messages(
  half: Half,
  side: 'request' | 'response',
  path: string,
  ctx: SessionContext,
  schema: GrpcSchema | undefined,
  anomalies: string[],
): GrpcMessage[] {
  if (half.kept === 0) return [];
  const split = splitMessages(bodyBytes(half), GRPC_LIMITS.maxMessages);
  if (split.dropped > 0) {
    ctx.count('limit.grpc.maxMessages', split.dropped);
    pushOnce(anomalies, 'truncated');
  }
  if (split.error) {
    ctx.count('grpc.bad_frame');
    pushOnce(anomalies, 'grpc-framing');
  }
  const encoding = fieldOf(half.headers, 'grpc-encoding');
  return split.messages.map((m) => decodeMessage(m, side, path, encoding, ctx, schema, anomalies));
}

function decodeMessage(
  m: LengthPrefixed,
  side: 'request' | 'response',
  path: string,
  encoding: string | undefined,
  ctx: SessionContext,
  schema: GrpcSchema | undefined,
  anomalies: string[],
): GrpcMessage {
  const out: GrpcMessage = { size: m.length };
  if (m.data.length < m.length) {
    out.truncated = true;
    pushOnce(anomalies, 'truncated');
    out.base64 = encodeBase64(m.data);
    return out;
  }
  let data = m.data;
  if (m.compressed) {
    out.compressed = true;
    const coding = encoding?.trim().toLowerCase();
    if ((coding === 'gzip' || coding === 'deflate') && ctx.decompress) {
      try {
        data = ctx.decompress(coding, data, GRPC_LIMITS.maxMessageBytes);
        out.decodedSize = data.length;
      } catch (err) {
        out.error = `${coding}: ${err instanceof Error ? err.message : String(err)}`;
      }
    } else out.error = `cannot decompress grpc-encoding ${encoding ?? '(none)'}`;
    if (out.error) {
      ctx.count('grpc.decode_error');
      out.base64 = encodeBase64(m.data);
      return out;
    }
  }
  const typed = schema?.decode(path, side, data);
  if (typed) {
    out.type = typed.type;
    out.value = typed.value;
    return out;
  }
  const value = decodeSchemaless(data);
  if (value) out.value = value;
  else {
    ctx.count('grpc.not_protobuf');
    out.base64 = encodeBase64(data);
  }
  return out;
}
