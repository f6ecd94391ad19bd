/**
 * Every limit of the engine, named in one place (CONVENTIONS.md §5). Reaching one is counted
 * under `limit.<name>` in the engine's stats and never raised.
 */
export interface EngineLimits {
  /** Body bytes kept per message; the rest is counted in `body.size` and marked truncated. */
  maxBodyBytes: number;
  /** Largest decoded (decompressed) body kept. */
  maxDecodedBodyBytes: number;
  /** Largest header block (request/status line + headers) before framing is declared lost. */
  maxHeaderBytes: number;
  /** Requests waiting for their response on one connection. */
  maxPendingRequests: number;
  /** Out-of-order bytes buffered per connection direction before we skip the hole as lost. */
  maxOutOfOrderBytesPerStream: number;
  /** Out-of-order bytes buffered across all connections. */
  maxOutOfOrderBytesTotal: number;
  /** Out-of-order segments kept per direction. */
  maxOutOfOrderSegments: number;
  /** Connections tracked at once; the least recently active is evicted past it. */
  maxConnections: number;
  /** Bytes per direction probed for protocol detection before a stream is declared unknown. */
  maxDetectBytes: number;
  /**
   * Candidate message starts (segment starts) probed per connection before it is declared unknown.
   * High enough that a connection picked up in the middle of a large download still finds the next
   * request; probing a segment costs a few comparisons per dissector.
   */
  maxDetectAttempts: number;
  /** A connection silent this long (capture time, ms) is flushed and forgotten. */
  idleTimeoutMs: number;
  /** IPv4/IPv6 datagrams being reassembled from fragments at once. */
  maxFragmentedDatagrams: number;
  /** Time to wait for the rest of a fragmented datagram (capture time, ms). */
  fragmentTimeoutMs: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxBodyBytes: 1 << 20,
  maxDecodedBodyBytes: 4 << 20,
  maxHeaderBytes: 64 << 10,
  maxPendingRequests: 1024,
  maxOutOfOrderBytesPerStream: 4 << 20,
  maxOutOfOrderBytesTotal: 256 << 20,
  maxOutOfOrderSegments: 2048,
  maxConnections: 100_000,
  maxDetectBytes: 4096,
  maxDetectAttempts: 512,
  idleTimeoutMs: 120_000,
  maxFragmentedDatagrams: 4096,
  fragmentTimeoutMs: 30_000,
};
