// Public API of the MySQL / MariaDB dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { MysqlSession } from './session.js';

export const mysqlDissector: Dissector = {
  name: 'mysql',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new MysqlSession(ctx);
  },
};

export { detect, probeGreeting, probeQuery, probeReply } from './detect.js';
export { parsePacket, PacketFramer, type Packet, type PhysicalPacket } from './framing.js';
export { parseGreeting, parseLogin, parseOk, parseErr, parseColumn, parsePrepareOk, parseChangeUser, type Greeting, type Login, type Ok, type Err, type ColumnDef, type PrepareOk } from './parse.js';
export { parseExecute, binaryValue, textRow, binaryRow, type Value, type Statement } from './binary.js';
export { firstKeyword, queryText } from './sql.js';
export { MysqlSession } from './session.js';
export { PROTOCOL as MYSQL_PROTOCOL } from './build.js';
export { MYSQL_FIELDS, type MysqlField, type MysqlFieldPath } from './fields.js';
