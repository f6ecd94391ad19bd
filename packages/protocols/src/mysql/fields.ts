// The KFL paths MySQL entries fill (CONVENTIONS §10); `mysql.query` is an alias of request.query.

export const MYSQL_FIELDS = [
  { path: 'request.method', type: 'string', description: 'First SQL keyword upper case (SELECT, INSERT…), or the command: Connect, Prepare, Execute (statement unknown), Ping, Quit, InitDB, FieldList, Statistics, ChangeUser, Close, Reset…' },
  { path: 'request.command', type: 'string', description: 'Protocol command: COM_QUERY, COM_STMT_PREPARE, COM_STMT_EXECUTE…, or Connect for the handshake' },
  { path: 'request.query', type: 'string', description: 'SQL text (COM_QUERY, COM_STMT_PREPARE; COM_STMT_EXECUTE/CLOSE/RESET through the statement id)' },
  { path: 'request.parameters', type: 'list', description: 'COM_STMT_EXECUTE parameter values decoded from the binary protocol (numbers, strings, dates as text, null)' },
  { path: 'request.statementId', type: 'number', description: 'Prepared statement id (execute, close, reset, fetch, send-long-data)' },
  { path: 'request.user', type: 'string', description: 'User name (Connect, ChangeUser)' },
  { path: 'request.database', type: 'string', description: 'Database (Connect, ChangeUser, InitDB, CreateDB, DropDB)' },
  { path: 'request.authPlugin', type: 'string', description: "Client's auth plugin (Connect, ChangeUser); the auth response itself is never kept" },
  { path: 'request.attributes', type: 'map', description: 'Connect attributes sent by the client (_client_name, program_name…)' },
  { path: 'request.ssl', type: 'boolean', description: 'The client asked for TLS (SSLRequest): the rest of the connection is encrypted' },
  { path: 'request.table', type: 'string', description: 'COM_FIELD_LIST table' },
  { path: 'response.status', type: 'number', description: '0 = OK / result set, 1 = ERR packet' },
  { path: 'response.code', type: 'number', description: 'MySQL error number (ERR), e.g. 1045, 1146' },
  { path: 'response.sqlState', type: 'string', description: 'SQLSTATE of the ERR packet, e.g. 42S02' },
  { path: 'response.message', type: 'string', description: 'Error message' },
  { path: 'response.rows', type: 'number', description: 'Rows of the result set(s) when there was one, otherwise the affected rows of the OK' },
  { path: 'response.affectedRows', type: 'number', description: 'Affected rows, summed over the OK packets of the reply' },
  { path: 'response.lastInsertId', type: 'number', description: 'Last insert id (when non-zero)' },
  { path: 'response.columns', type: 'list', description: 'Column names of the first result set (or of a prepared statement)' },
  { path: 'response.rowsSample', type: 'list', description: 'The first rows of the first result set (values as text; binary rows decoded)' },
  { path: 'response.resultSets', type: 'number', description: 'Result sets in a multi-result reply (present when more than one)' },
  { path: 'response.warnings', type: 'number', description: 'Warning count (when non-zero)' },
  { path: 'response.info', type: 'string', description: 'OK info text (e.g. "Rows matched: 2  Changed: 2"), COM_STATISTICS text' },
  { path: 'response.statementId', type: 'number', description: 'COM_STMT_PREPARE: the id the server assigned' },
  { path: 'response.params', type: 'number', description: 'COM_STMT_PREPARE: parameter count' },
  { path: 'response.columnCount', type: 'number', description: 'COM_STMT_PREPARE: result column count' },
  { path: 'response.serverVersion', type: 'string', description: 'Connect: the server version from the greeting' },
  { path: 'response.connectionId', type: 'number', description: 'Connect: the server thread id' },
  { path: 'response.authPlugin', type: 'string', description: 'Connect / ChangeUser: the auth plugin (after an AuthSwitchRequest, the one switched to)' },
  { path: 'response.localInfile', type: 'string', description: 'LOAD DATA LOCAL INFILE: the file the server asked for' },
] as const;

export type MysqlField = (typeof MYSQL_FIELDS)[number];
export type MysqlFieldPath = MysqlField['path'];
