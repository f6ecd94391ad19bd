// The state of one HTTP/2 stream: a request half and a response half, each with its header
// block, body bytes (bounded), trailers and wire size. Pairing is by stream id (RFC 9113 §5).
import type { HeaderField } from './hpack.js';

/** What HTTP/1 hands over on `Upgrade: h2c` (SessionContext.handover): the request of stream 1. */
export interface UpgradeRequest {
  kind: 'h2c-upgrade';
  request: Record<string, unknown>;
  timestamp: number;
  requestSize: number;
}

export interface Half {
  /** The first (final, for responses) header block; null until seen. */
  headers: HeaderField[] | null;
  trailers: HeaderField[] | null;
  /** 1xx statuses before the final response headers. */
  interim: number[];
  chunks: Uint8Array[];
  /** Body bytes kept. */
  kept: number;
  /** Body bytes on the wire (padding excluded), kept or not. */
  size: number;
  /** Body bytes lost to gaps or skipped frames. */
  missing: number;
  /** Bytes on the wire, frame headers included. */
  wire: number;
  ended: boolean;
  /** Some header field could not be decoded (HPACK context unknown). */
  undecodable: boolean;
  firstTs: number;
  lastTs: number;
  seen: boolean;
}

export interface H2Stream {
  id: number;
  req: Half;
  resp: Half;
  anomalies: string[];
  /** RST_STREAM error name, when the stream was reset. */
  reset?: string;
  /** Opened by a PUSH_PROMISE (the request came from the server). */
  pushed?: boolean;
  /** h2c: stream 1's request was the HTTP/1 upgrade request (already emitted as HTTP/1). */
  upgrade?: UpgradeRequest;
}

export function newHalf(): Half {
  return { headers: null, trailers: null, interim: [], chunks: [], kept: 0, size: 0, missing: 0, wire: 0, ended: false, undecodable: false, firstTs: 0, lastTs: 0, seen: false };
}

export function newStream(id: number): H2Stream {
  return { id, req: newHalf(), resp: newHalf(), anomalies: [] };
}

export function touch(half: Half, ts: number, wire: number): void {
  if (!half.seen) {
    half.seen = true;
    half.firstTs = ts;
  }
  half.lastTs = ts;
  half.wire += wire;
}

/** Keep body bytes up to `max`; count them all. */
export function addBody(half: Half, data: Uint8Array, max: number): boolean {
  half.size += data.length;
  const room = max - half.kept;
  if (room <= 0) return data.length === 0;
  const take = Math.min(room, data.length);
  half.chunks.push(data.slice(0, take));
  half.kept += take;
  return take === data.length;
}

export function bodyBytes(half: Half): Uint8Array {
  if (half.chunks.length === 1) return half.chunks[0];
  const out = new Uint8Array(half.kept);
  let o = 0;
  for (const c of half.chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export function pushOnce(list: string[], a: string): void {
  if (!list.includes(a)) list.push(a);
}
