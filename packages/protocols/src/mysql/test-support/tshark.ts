// tshark as the oracle for MySQL: per file, the commands it dissects (in order, Login Request as
// `Connect`), how many replies start (the server's packet number 1, plus the handshake's reply),
// and the error codes it shows. Needs tshark on PATH; nothing is cached between runs.
import { tsharkFields } from '../../capture/test-support/tshark.js';
import { COMMANDS } from '../constants.js';

export interface MysqlOracle {
  commands: string[];
  responses: number;
  errors: number[];
}

const FIELDS = ['tcp.stream', 'tcp.srcport', 'tcp.dstport', 'mysql.packet_number', 'mysql.command', 'mysql.error_code', '_ws.col.Info'];

export async function tsharkMysql(file: string, port: number): Promise<MysqlOracle> {
  const rows = await tsharkFields(file, { filter: 'mysql', decodeAs: [`tcp.port==${port},mysql`], fields: FIELDS, aggregator: '|' });
  return parse(rows, port);
}

function parse(rows: string[][], port: number): MysqlOracle {
  const o: MysqlOracle = { commands: [], responses: 0, errors: [] };
  /** Streams whose login was sent and whose handshake reply has not been counted yet. */
  const awaitingLogin = new Set<string>();
  for (const [stream, sport, , numbers, commands, errors, info] of rows) {
    const fromServer = Number(sport) === port;
    if (!fromServer) {
      if (info.includes('Login Request')) {
        o.commands.push('Connect');
        awaitingLogin.add(stream);
      }
      for (const c of commands.split('|').filter(Boolean)) o.commands.push(COMMANDS[Number(c)]?.[0] ?? `COM_${c}`);
      continue;
    }
    for (const n of numbers.split('|').filter(Boolean)) {
      if (n === '1') o.responses++;
      else if (awaitingLogin.has(stream) && Number(n) >= 2) {
        o.responses++;
        awaitingLogin.delete(stream);
      }
    }
    for (const e of errors.split('|').filter(Boolean)) o.errors.push(Number(e));
  }
  return o;
}

export { tsharkAvailable } from '../../capture/test-support/tshark.js';
