// The AMQP dissector's named bounds (CONVENTIONS §5). Reaching one is counted as
// `limit.amqp.<name>` and never raised.

export const AMQP_LIMITS = {
  /** Largest method or content-header frame buffered whole; a larger one means framing is lost. */
  maxMethodFrameBytes: 1 << 20,
  /** Channels with state (pending methods, content in progress) per connection. */
  maxChannels: 2048,
  /** Synchronous methods waiting for their reply per channel and direction. */
  maxPendingPerChannel: 64,
  /** Body bytes kept across every message in progress on one connection (each is also under maxBodyBytes). */
  maxKeptBodyBytesPerConnection: 8 << 20,
  /** Nesting of field tables and arrays decoded; deeper values read as null. */
  maxTableDepth: 16,
  /** Values decoded per field table or array; the rest are skipped (framing stays intact). */
  maxTableEntries: 4096,
  /** Bytes scanned for the next frame start after a gap before the direction gives up for this feed. */
  maxResyncScanBytes: 64 << 10,
} as const;

export type AmqpLimits = typeof AMQP_LIMITS;
