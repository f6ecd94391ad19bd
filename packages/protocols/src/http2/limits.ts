// Named limits of the HTTP/2 dissector (CONVENTIONS §5). Hitting one is counted as
// `limit.http2.<name>` and never raised.
export const HTTP2_LIMITS = {
  /** Streams tracked at once per connection; the oldest is emitted (truncated) past it. */
  maxConcurrentStreams: 256,
  /** One header block (HEADERS + CONTINUATION fragments) kept before decoding. */
  maxHeaderBlockBytes: 256 << 10,
  /** Largest HPACK dynamic table we keep per direction (the protocol default is 4096). */
  maxHpackTableBytes: 64 << 10,
  /** A frame payload larger than this is skipped (its DATA counted as missing body bytes). */
  maxFrameBytes: 1 << 20,
  /** Largest frame length that detection and resynchronisation accept (RFC 9113: 2^24-1). */
  maxFrameLength: (1 << 24) - 1,
  /** Header fields kept per block. */
  maxHeaderFields: 512,
} as const;
