// tshark as the oracle for MySQL: per file, the commands it dissects (in order, Login Request as
// `Connect`), how many replies start (the server's packet number 1, plus the handshake's reply),
// and the error codes it shows. Needs tshark on PATH; nothing is cached between runs.
import { execFile } from 'node:child_process';
import { COMMANDS } from '../constants.js';

export interface MysqlOracle {
  commands: string[];
  responses: number;
  errors: number[];
}

const FIELDS = ['tcp.stream', 'tcp.srcport', 'tcp.dstport', 'mysql.packet_number', 'mysql.command', 'mysql.error_code', '_ws.col.Info'];

export function tsharkMysql(file: string, port: number): Promise<MysqlOracle> {
  const args = ['-r', file, '-n', '-d', `tcp.port==${port},mysql`, '-Y', 'mysql', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a', '-E', 'aggregator=|'];
  for (const f of FIELDS) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 26, encoding: 'utf8' }, (err, stdout) => {
      if (err) reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      else resolve(parse(stdout, port));
    });
  });
}

function parse(out: string, port: number): MysqlOracle {
  const o: MysqlOracle = { commands: [], responses: 0, errors: [] };
  /** Streams whose login was sent and whose handshake reply has not been counted yet. */
  const awaitingLogin = new Set<string>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [stream, sport, , numbers, commands, errors, info] = line.split('\t');
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

export function tsharkAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('tshark', ['--version'], (err) => resolve(!err)));
}
