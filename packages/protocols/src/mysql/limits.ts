// Named bounds of the MySQL dissector (CONVENTIONS §5). Hitting one is counted under
// `mysql.limit.<name>` and never raised.

/** A logical packet larger than this (max_allowed_packet's ceiling is 1 GiB) means framing is lost. */
export const MAX_LOGICAL_PACKET = 1 << 30;
/** Server packet bytes kept per packet: enough for column definitions and a row's first values. */
export const MAX_SERVER_PACKET_KEEP = 64 << 10;
/** Prepared statements remembered per connection (statement id → query text, parameter types). */
export const MAX_STATEMENTS = 256;
/** Column names kept per result set. */
export const MAX_COLUMNS = 64;
/** Rows kept in `response.rowsSample`. */
export const MAX_SAMPLE_ROWS = 5;
/** Characters kept per sampled value or decoded parameter. */
export const MAX_VALUE_CHARS = 256;
/** Parameters decoded per COM_STMT_EXECUTE. */
export const MAX_PARAMETERS = 64;
/** Connect attributes kept from the handshake response. */
export const MAX_ATTRIBUTES = 32;
