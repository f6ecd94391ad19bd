/**
 * Named bounds of the DNS dissector (CONVENTIONS §5). Reaching one is counted as
 * `limit.dns.<name>` (or the `dns.<event>` named beside it) and never raised.
 */
export const DNS_LIMITS = {
  /** Queries waiting for their response per flow/connection; the oldest is emitted unanswered past it. */
  maxPendingQueries: 256,
  /** A query unanswered this long (capture time) is emitted with response null. */
  pendingTimeoutMs: 30_000,
  /** Compression pointers followed for one name (RFC 1035 sets none; loops are cut by this too). */
  maxPointerDepth: 16,
  /** Presentation length of a name (RFC 1035: 255 octets on the wire). */
  maxNameLength: 255,
  /** Records decoded per section; the rest are counted, not kept (`dns.records_dropped`). */
  maxRecordsPerSection: 100,
  /** Questions decoded per message. */
  maxQuestions: 16,
  /** Bytes of an unknown or opaque rdata rendered as hex/base64 before it is cut. */
  maxRdataRender: 1024,
} as const;
