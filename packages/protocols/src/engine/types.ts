import type { Entry } from '../entry/types.js';
import type { EngineLimits } from '../limits.js';

/** 0: client → server (requests), 1: server → client (responses). */
export type Direction = 0 | 1;
export const CLIENT_TO_SERVER: Direction = 0;
export const SERVER_TO_CLIENT: Direction = 1;

export interface Endpoint {
  ip: string;
  port: number;
}

/** What the engine knows about the bytes it hands a session. */
export interface ChunkMeta {
  /** Capture time of the packet carrying these bytes (ms since epoch). */
  ts: number;
  /** Stream offset of the first byte of the chunk in its direction (bytes since the stream start, gaps included). */
  offset: number;
  /**
   * How many bytes of the opposite direction the sender had acknowledged when it sent this
   * packet, as a stream offset of that direction; -1 when unknown (UDP, no ACK flag, mid-stream
   * before the other side was seen). Lets a session re-pair after it lost messages in a gap.
   */
  peerAck: number;
}

/** Decompression hook: pure code has no zlib, the app injects one. Throws on corrupt data. */
export type Decompress = (encoding: 'gzip' | 'deflate' | 'br', data: Uint8Array, maxOutput: number) => Uint8Array;

export interface SessionContext {
  /** Unique id of this connection within the engine run, used for entry ids. */
  connectionId: string;
  transport: 'tcp' | 'udp';
  client: Endpoint;
  server: Endpoint;
  limits: EngineLimits;
  decompress?: Decompress;
  /** Hand a finished entry to the engine (it fills id, node, src/dst and redacts). */
  emit(entry: PartialEntry): void;
  /** Record an anomaly counter (e.g. `http1.bad_header`); never throws. */
  count(event: string, n?: number): void;
  /**
   * Hand the rest of the connection to another dissector (HTTP/1 `Upgrade: h2c` → `http2`): the
   * engine replaces this session with a new session of the dissector named `protocol` (its
   * context gets `handover`), then feeds it `leftover`, the bytes of the current chunks that came
   * after the switch, in order. The calling session must ignore every later call. Returns false
   * (nothing changed) when no such dissector is registered. Absent in contexts without an engine.
   */
  switchProtocol?(protocol: string, leftover: readonly LeftoverChunk[], handover?: unknown): boolean;
  /** What the previous dissector handed over when this session was started by `switchProtocol`. */
  handover?: unknown;
}

/** Bytes the previous session had not consumed when it switched protocols. */
export interface LeftoverChunk {
  dir: Direction;
  bytes: Uint8Array;
  meta: ChunkMeta;
}

/** An entry as a dissector builds it; the engine adds id, node, src, dst, schema. */
export type PartialEntry = Omit<Entry, 'schema' | 'id' | 'node' | 'src' | 'dst' | 'transport'>;

/**
 * A dissector's per-connection state. Every method must never throw: bad input becomes a counted
 * event and, when framing is lost, a resynchronisation on the next message start.
 */
export interface DissectorSession {
  /**
   * In-order bytes of one direction. `bytes` is only valid during the call: copy what you keep.
   * UDP (engine/udp.ts): one call is exactly one whole datagram; `offset` counts the direction's
   * bytes so far, `peerAck` is -1, and `gap`/`end` are never called (a flow ends with `close`).
   */
  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void;
  /** `length` bytes of `dir` were lost in capture; the next feed continues after them. */
  gap(dir: Direction, length: number, meta: ChunkMeta): void;
  /** The sender of `dir` closed (FIN): close-delimited messages end here. */
  end(dir: Direction, ts: number): void;
  /** The connection is over (RST, idle eviction, end of capture): flush everything as entries. */
  close(ts: number): void;
  /**
   * UDP only, optional: true when the session holds nothing that a later datagram could complete
   * (DNS: every query answered). The engine then forgets the flow at once instead of after the
   * idle timeout; a later datagram between the same ends starts a new flow. On a busy resolver
   * this keeps seconds of finished flows from being held, and promoted by the GC, for nothing.
   */
  idle?(): boolean;
}

/** Who sent the probed bytes, according to the protocol. */
export type Role = 'client' | 'server';

/**
 * `detect` looks at the first bytes of one direction of a new stream. It answers the role of the
 * sender when the bytes are this protocol, `'more'` when it cannot tell yet, `null` when they are not.
 */
export type DetectResult = Role | 'more' | null;

export interface Dissector {
  name: string;
  transport: 'tcp' | 'udp';
  detect(firstBytes: Uint8Array): DetectResult;
  createSession(ctx: SessionContext): DissectorSession;
}

/**
 * Refines an entry another dissector built, in place (GraphQL is HTTP whose body is a GraphQL
 * document: it renames the protocol and adds `request.query`). Must never throw; the engine
 * counts `enricher.<name>.error` and keeps the entry as it was if it does.
 */
export interface EntryEnricher {
  name: string;
  /** `count` records an event in the engine's counters (e.g. `graphql.undecodable`). */
  enrich(entry: PartialEntry, count?: (event: string, n?: number) => void): void;
}
