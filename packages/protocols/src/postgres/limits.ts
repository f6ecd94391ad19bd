// Named bounds of the PostgreSQL dissector (CONVENTIONS §5). Reaching one is counted as
// `limit.postgres.<name>` (or the event named beside it) and never raised.

export const PG_LIMITS = {
  /** A length above this means framing is lost (the server itself caps messages at 1 GiB). */
  maxMessageLength: 1 << 30,
  /** Startup-family messages (untyped): PostgreSQL refuses startup packets above 10 000 bytes. */
  maxStartupLength: 10_000,
  /** Bytes of one message body kept for decoding; the rest is skipped (query text truncated). */
  maxKeptMessageBytes: 256 << 10,
  /** Operations (Startup, Query, Execute, Sync…) waiting for their response on one connection. */
  maxPendingOps: 1024,
  /** Prepared statements and portals remembered per connection (name → query). */
  maxStatements: 1024,
  /** DataRows kept as text in `response.rowsSample`. */
  maxSampleRows: 5,
  /** Characters kept of one value in a sample row or a Bind parameter. */
  maxValueChars: 256,
  /** Bind parameters and columns kept. */
  maxParameters: 100,
  maxColumns: 100,
  /** ParameterStatus pairs kept on a Startup entry, notices kept per entry. */
  maxServerParameters: 64,
  maxNotices: 5,
  /** Results listed in `response.results` for a multi-statement Query. */
  maxResults: 32,
} as const;

export type PgLimits = typeof PG_LIMITS;
