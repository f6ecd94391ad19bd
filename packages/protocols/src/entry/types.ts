/**
 * The Entry: one request with its response (or a one-way message). It is the contract between
 * worker, hub, KFL and UI (DESIGN.md §3); KFL field names are its paths, so its shape is user
 * interface. Bump ENTRY_SCHEMA_VERSION on any incompatible change and describe it in entry/README.
 */
export const ENTRY_SCHEMA_VERSION = 1 as const;

export const PEER_KINDS = ['pod', 'service', 'process', 'host', 'external'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];

export interface Peer {
  ip: string;
  port: number;
  /** The best name trawl resolved: service, pod, process or host; absent when unknown. */
  name?: string;
  namespace?: string;
  pod?: string;
  service?: string;
  node?: string;
  kind?: PeerKind;
  process?: { pid: number; name: string };
}

export interface ProtocolInfo {
  /** `http`, `http2`, `grpc`, `graphql`, `redis`, `kafka`, `amqp`, `postgres`, `mysql`, `dns`. */
  name: string;
  version: string;
  abbr: string;
}

/**
 * A message body as captured. `size` is the real length of the body on the wire after transfer
 * decoding (de-chunked), whether or not we kept it all; `captured` is how many of those bytes we
 * kept. When a Content-Encoding was removed, `text`/`base64` hold the decoded bytes and
 * `decodedSize` their length.
 */
export interface Body {
  encoding: 'utf8' | 'base64';
  text?: string;
  base64?: string;
  size: number;
  captured: number;
  truncated: boolean;
  contentEncoding?: string;
  decodedSize?: number;
  /** Why the body could not be decoded (e.g. a truncated gzip stream): the raw bytes are kept. */
  decodeError?: string;
  /** Bytes of this body lost to capture gaps. */
  missing?: number;
}

/** Header names are lower-case; a header sent more than once keeps every value, in order. */
export type Headers = Record<string, string | string[]>;

export interface HttpRequest {
  method: string;
  /** Path without the query string, as sent (not percent-decoded). */
  path: string;
  /** The request target as sent. */
  url: string;
  queryString: Record<string, string | string[]>;
  httpVersion: string;
  headers: Headers;
  body: Body | null;
  /** Trailer fields of a chunked body. */
  trailers?: Headers;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  headers: Headers;
  body: Body | null;
  trailers?: Headers;
  /** 1xx interim responses (e.g. 100 Continue) that came before this one. */
  interim?: number[];
}

export interface Entry {
  schema: typeof ENTRY_SCHEMA_VERSION;
  /** Unique across the cluster: `<node>/<capture id>-<connection>-<n>`. */
  id: string;
  node: string;
  /** Milliseconds since the epoch of the request's first byte (the response's, when unpaired). */
  timestamp: number;
  /** Request first byte → response last byte, in ms; null when either side is missing. */
  elapsedTime: number | null;
  protocol: ProtocolInfo;
  transport: 'tcp' | 'udp';
  src: Peer;
  dst: Peer;
  request: Record<string, unknown> | null;
  response: Record<string, unknown> | null;
  /** Bytes of the request / response on the wire (headers and framing included). */
  requestSize: number;
  responseSize: number;
  /**
   * What went wrong while this entry was captured, e.g. `gap` (bytes lost), `truncated`,
   * `desync` (framing lost and recovered), `unpaired`. Absent when nothing did.
   */
  anomalies?: string[];
}
