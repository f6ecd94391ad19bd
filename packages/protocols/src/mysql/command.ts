// A client command packet (sequence id 0) → the entry's request object and the kind of reply
// to expect. Statement ids of the binary protocol are resolved through the statement map.
import { parseExecute } from './binary.js';
import { COM, COMMANDS } from './constants.js';
import type { Packet } from './framing.js';
import { MAX_VALUE_CHARS } from './limits.js';
import { parseChangeUser } from './parse.js';
import type { ReplyKind } from './response.js';
import { firstKeyword, queryText, redactSql } from './sql.js';
import type { StatementMap } from './statements.js';
import { Cursor, clip, decodeUtf8 } from './wire.js';

export interface Command {
  code: number;
  kind: ReplyKind;
  request: Record<string, unknown>;
  /** COM_STMT_PREPARE: the SQL to remember under the id the server assigns. */
  prepare?: string;
}

const KINDS: Readonly<Record<number, ReplyKind>> = {
  [COM.QUIT]: 'none',
  [COM.QUERY]: 'query',
  [COM.FIELD_LIST]: 'fieldList',
  [COM.STATISTICS]: 'statistics',
  [COM.CHANGE_USER]: 'auth',
  [COM.BINLOG_DUMP]: 'stream',
  [COM.BINLOG_DUMP_GTID]: 'stream',
  [COM.STMT_PREPARE]: 'prepare',
  [COM.STMT_EXECUTE]: 'execute',
  [COM.STMT_SEND_LONG_DATA]: 'none',
  [COM.STMT_CLOSE]: 'none',
  [COM.STMT_FETCH]: 'fetch',
  [COM.STMT_BULK_EXECUTE]: 'query',
  0x0a: 'query', // COM_PROCESS_INFO: a result set
};

export function readCommand(p: Packet, caps: number, statements: StatementMap): Command {
  const b = p.payload;
  const code = b.length > 0 ? b[0] : -1;
  const [command, name] = COMMANDS[code] ?? [`COM_0x${code.toString(16).padStart(2, '0')}`, 'Unknown'];
  const kind = KINDS[code] ?? 'simple';
  const request: Record<string, unknown> = { command, method: name };
  const out: Command = { code, kind, request };
  const c = new Cursor(b, 1);
  switch (code) {
    case COM.QUERY: {
      const sql = redactSql(queryText(b, caps));
      request.query = sql;
      request.method = firstKeyword(sql) || 'Query';
      break;
    }
    case COM.STMT_PREPARE:
      request.query = out.prepare = redactSql(decodeUtf8(b.subarray(1)));
      break;
    case COM.STMT_EXECUTE: {
      const stmt = statements.get(c.u32());
      const ex = parseExecute(b, stmt, caps);
      request.statementId = ex.statementId;
      if (stmt) {
        request.query = stmt.query;
        request.method = firstKeyword(stmt.query) || 'Execute';
        if (ex.parameters) request.parameters = ex.parameters;
      }
      break;
    }
    case COM.STMT_CLOSE:
    case COM.STMT_RESET:
    case COM.STMT_SEND_LONG_DATA:
    case COM.STMT_FETCH:
    case COM.STMT_BULK_EXECUTE: {
      const id = c.u32();
      if (c.bad) break;
      request.statementId = id;
      const stmt = statements.get(id);
      if (stmt) request.query = stmt.query;
      if (code === COM.STMT_CLOSE) statements.delete(id);
      break;
    }
    case COM.INIT_DB:
    case 0x05: // COM_CREATE_DB
    case 0x06: // COM_DROP_DB
      request.database = clip(c.rest(), MAX_VALUE_CHARS);
      break;
    case COM.FIELD_LIST:
      request.table = clip(c.cstr(), MAX_VALUE_CHARS);
      break;
    case 0x0c: // COM_PROCESS_KILL
      request.connectionId = c.u32();
      break;
    case COM.CHANGE_USER: {
      const cu = parseChangeUser(b, caps);
      request.user = clip(cu.user, MAX_VALUE_CHARS);
      if (cu.database) request.database = clip(cu.database, MAX_VALUE_CHARS);
      if (cu.authPlugin) request.authPlugin = clip(cu.authPlugin, MAX_VALUE_CHARS);
      break;
    }
  }
  return out;
}
