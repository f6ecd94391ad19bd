// The KFL paths PostgreSQL entries expose (CONVENTIONS §10). `postgres.query` is the KFL alias of
// `request.query`; `request.method` / `response.status` are core columns.

export const POSTGRES_FIELDS = [
  { path: 'request.method', type: 'string', description: 'First SQL keyword upper case (SELECT, INSERT, BEGIN…) or the message kind: Startup, SSLRequest, GSSENCRequest, CancelRequest, Prepare, Bind, Describe, Close, Sync, FunctionCall, Notification, Query (no keyword), Execute (unknown statement)' },
  { path: 'request.query', type: 'string', description: 'SQL text (simple Query, or the prepared statement an Execute ran)' },
  { path: 'request.parameters', type: 'list', description: 'Bind parameter values: text, `\\x` hex for binary ones, null for NULL (bounded)' },
  { path: 'request.statement', type: 'string', description: 'Prepared statement name (absent for the unnamed one)' },
  { path: 'request.portal', type: 'string', description: 'Portal name (absent for the unnamed one)' },
  { path: 'request.maxRows', type: 'number', description: 'Execute row limit, when one was set' },
  { path: 'request.skipped', type: 'number', description: 'Client operations skipped by the server after this one failed (up to Sync)' },
  { path: 'request.user', type: 'string', description: 'Startup: user name' },
  { path: 'request.database', type: 'string', description: 'Startup: database name' },
  { path: 'request.applicationName', type: 'string', description: 'Startup: application_name' },
  { path: 'request.startupParameters', type: 'map', description: 'Startup: every startup parameter' },
  { path: 'request.channel', type: 'string', description: 'Notification: LISTEN channel' },
  { path: 'request.pid', type: 'number', description: 'CancelRequest: backend process id to cancel' },
  { path: 'response.status', type: 'number', description: '0 success, 1 ErrorResponse' },
  { path: 'response.code', type: 'string', description: 'SQLSTATE of the error, e.g. 42P01, 28P01' },
  { path: 'response.message', type: 'string', description: 'Error message' },
  { path: 'response.severity', type: 'string', description: 'ERROR, FATAL, PANIC (non-localized)' },
  { path: 'response.detail', type: 'string', description: 'Error detail' },
  { path: 'response.command', type: 'string', description: 'CommandComplete tag of the last result, e.g. INSERT 0 3' },
  { path: 'response.rows', type: 'number', description: 'Rows of the last result (from the tag, else DataRows counted)' },
  { path: 'response.columns', type: 'list', description: 'Column names (RowDescription)' },
  { path: 'response.rowsSample', type: 'list', description: 'First rows as text arrays (bounded)' },
  { path: 'response.results', type: 'list', description: 'Multi-statement Query: {command, rows} per result' },
  { path: 'response.auth', type: 'string', description: 'Startup: authentication asked (SCRAM-SHA-256, md5, cleartext, trust…)' },
  { path: 'response.authenticated', type: 'boolean', description: 'Startup: AuthenticationOk received' },
  { path: 'response.parameters', type: 'map', description: 'Startup: ParameterStatus values (server_version…)' },
  { path: 'response.encrypted', type: 'boolean', description: 'SSLRequest/GSSENCRequest accepted: the rest is encrypted' },
  { path: 'response.copy', type: 'map', description: 'COPY: direction, format, messages and bytes of CopyData' },
] as const;

export type PostgresField = (typeof POSTGRES_FIELDS)[number];
export type PostgresFieldPath = PostgresField['path'];
