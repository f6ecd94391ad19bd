// Protocol constants: capability and status flags, command bytes and column types.
// Sources: the MySQL client/server protocol documentation and MariaDB's protocol pages.

export const CAP = {
  LONG_PASSWORD: 1,
  CONNECT_WITH_DB: 0x8,
  COMPRESS: 0x20,
  LOCAL_FILES: 0x80,
  PROTOCOL_41: 0x200,
  SSL: 0x800,
  SECURE_CONNECTION: 0x8000,
  MULTI_STATEMENTS: 0x10000,
  MULTI_RESULTS: 0x20000,
  PLUGIN_AUTH: 0x80000,
  CONNECT_ATTRS: 0x100000,
  PLUGIN_AUTH_LENENC_DATA: 0x200000,
  SESSION_TRACK: 0x800000,
  DEPRECATE_EOF: 0x1000000,
  OPTIONAL_RESULTSET_METADATA: 0x2000000,
  ZSTD_COMPRESSION: 0x4000000,
  QUERY_ATTRIBUTES: 0x8000000,
} as const;

/** MariaDB's extended capabilities (the upper 32 bits, sent in the greeting's reserved bytes). */
export const MARIADB_CAP = {
  PROGRESS: 1,
  STMT_BULK_OPERATIONS: 4,
  EXTENDED_METADATA: 8,
  CACHE_METADATA: 16,
} as const;

export const STATUS = {
  MORE_RESULTS_EXISTS: 0x0008,
  SESSION_STATE_CHANGED: 0x4000,
} as const;

/** Command byte → [COM_ name, method for entries]. COM_QUERY's method is the SQL keyword. */
export const COMMANDS: Readonly<Record<number, readonly [string, string]>> = {
  0x00: ['COM_SLEEP', 'Sleep'],
  0x01: ['COM_QUIT', 'Quit'],
  0x02: ['COM_INIT_DB', 'InitDB'],
  0x03: ['COM_QUERY', 'Query'],
  0x04: ['COM_FIELD_LIST', 'FieldList'],
  0x05: ['COM_CREATE_DB', 'CreateDB'],
  0x06: ['COM_DROP_DB', 'DropDB'],
  0x07: ['COM_REFRESH', 'Refresh'],
  0x08: ['COM_SHUTDOWN', 'Shutdown'],
  0x09: ['COM_STATISTICS', 'Statistics'],
  0x0a: ['COM_PROCESS_INFO', 'ProcessInfo'],
  0x0b: ['COM_CONNECT', 'Connect'],
  0x0c: ['COM_PROCESS_KILL', 'Kill'],
  0x0d: ['COM_DEBUG', 'Debug'],
  0x0e: ['COM_PING', 'Ping'],
  0x0f: ['COM_TIME', 'Time'],
  0x10: ['COM_DELAYED_INSERT', 'DelayedInsert'],
  0x11: ['COM_CHANGE_USER', 'ChangeUser'],
  0x12: ['COM_BINLOG_DUMP', 'BinlogDump'],
  0x13: ['COM_TABLE_DUMP', 'TableDump'],
  0x14: ['COM_CONNECT_OUT', 'ConnectOut'],
  0x15: ['COM_REGISTER_SLAVE', 'RegisterSlave'],
  0x16: ['COM_STMT_PREPARE', 'Prepare'],
  0x17: ['COM_STMT_EXECUTE', 'Execute'],
  0x18: ['COM_STMT_SEND_LONG_DATA', 'SendLongData'],
  0x19: ['COM_STMT_CLOSE', 'Close'],
  0x1a: ['COM_STMT_RESET', 'Reset'],
  0x1b: ['COM_SET_OPTION', 'SetOption'],
  0x1c: ['COM_STMT_FETCH', 'Fetch'],
  0x1d: ['COM_DAEMON', 'Daemon'],
  0x1e: ['COM_BINLOG_DUMP_GTID', 'BinlogDumpGtid'],
  0x1f: ['COM_RESET_CONNECTION', 'ResetConnection'],
  0xfa: ['COM_STMT_BULK_EXECUTE', 'BulkExecute'],
};

export const COM = {
  QUIT: 0x01,
  INIT_DB: 0x02,
  QUERY: 0x03,
  FIELD_LIST: 0x04,
  STATISTICS: 0x09,
  CHANGE_USER: 0x11,
  BINLOG_DUMP: 0x12,
  STMT_PREPARE: 0x16,
  STMT_EXECUTE: 0x17,
  STMT_SEND_LONG_DATA: 0x18,
  STMT_CLOSE: 0x19,
  STMT_RESET: 0x1a,
  STMT_FETCH: 0x1c,
  BINLOG_DUMP_GTID: 0x1e,
  STMT_BULK_EXECUTE: 0xfa,
} as const;

/** Column / parameter types of the binary protocol. */
export const TYPE = {
  DECIMAL: 0,
  TINY: 1,
  SHORT: 2,
  LONG: 3,
  FLOAT: 4,
  DOUBLE: 5,
  NULL: 6,
  TIMESTAMP: 7,
  LONGLONG: 8,
  INT24: 9,
  DATE: 10,
  TIME: 11,
  DATETIME: 12,
  YEAR: 13,
  NEWDATE: 14,
  VARCHAR: 15,
  BIT: 16,
} as const;

/** Column flag: the integer is unsigned. */
export const UNSIGNED_FLAG = 0x20;
