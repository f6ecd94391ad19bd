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

/**
 * One `NAME=VALUE` setting of a command line's `--engine-limit` (the names are those above, as the
 * stats count them: `limit.maxConnections`), checked: an unknown name lists the known ones, a value
 * must be a whole number ≥ 1 (a limit of 0 would drop everything, never what a user means).
 */
export function parseLimitSetting(text: string): { name: keyof EngineLimits; value: number } {
  const eq = text.indexOf('=');
  const name = (eq < 0 ? text : text.slice(0, eq)).trim();
  if (!Object.prototype.hasOwnProperty.call(DEFAULT_LIMITS, name)) {
    throw new Error(`unknown engine limit "${name}" (NAME=VALUE, one of: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
  }
  const raw = eq < 0 ? '' : text.slice(eq + 1).trim();
  const value = Number(raw.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`engine limit ${name} needs a whole number ≥ 1, not "${raw}" (default ${DEFAULT_LIMITS[name as keyof EngineLimits]})`);
  }
  return { name: name as keyof EngineLimits, value };
}

/** Every `--engine-limit` setting of a command line, later ones winning. */
export function parseLimitSettings(texts: readonly string[]): Partial<EngineLimits> {
  const limits: Partial<EngineLimits> = {};
  for (const t of texts) {
    const { name, value } = parseLimitSetting(t);
    limits[name] = value;
  }
  return limits;
}
