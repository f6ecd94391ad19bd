// The proof against the oracle: tshark (decode-as on the capture's port; trawl gets no hint, it
// detects by content) and trawl's real engine on our captures and on the MySQL traffic of the
// shared fixtures, compared per file: the commands in order (the handshake as Connect), how
// many replies, the error numbers. Every difference is listed below with its reason.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import type { Entry } from '../entry/types.js';
import { replayFile } from './test-support/replay.js';
import { tsharkAvailable, tsharkMysql, type MysqlOracle } from './test-support/tshark.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));

const FILES: { name: string; path: string; port: number }[] = [
  { name: 'mysql/login-fail', path: `${DIR}login-fail.pcap`, port: 3310 },
  { name: 'mysql/cli-session', path: `${DIR}cli-session.pcap`, port: 3310 },
  { name: 'mysql/binary-protocol', path: `${DIR}binary-protocol.pcap`, port: 3310 },
  { name: 'mysql/deprecate-eof', path: `${DIR}deprecate-eof.pcap`, port: 3310 },
  { name: 'zeek/postgresql/mysql-on-port-5432', path: `${FIXTURES_DIR}/zeek/postgresql/mysql-on-port-5432.pcap`, port: 5432 },
];

/** Explained differences: commands and error codes tshark shows that trawl does not report. */
const EXPLAINED: Record<string, { extraTsharkCommands: string[]; extraTsharkErrors: number[]; why: string }> = {
  'mysql/cli-session': {
    extraTsharkCommands: ['COM_98'],
    extraTsharkErrors: [65535],
    why:
      'LOAD DATA LOCAL INFILE: tshark 4.0 reads the file contents the client sends (packet 2, `bolt,0.25,…`) as a malformed command 0x62, ' +
      'and MariaDB\'s progress report (an ERR packet with code 0xffff) as `Error 65535`; trawl counts the contents in the LOAD entry\'s ' +
      'requestSize, skips the progress report (MARIADB_CLIENT_PROGRESS) and reports the final OK (2 rows)',
  },
};

interface Side {
  commands: string[];
  responses: number;
  errors: number[];
}

function trawlSide(entries: Entry[]): Side {
  const s: Side = { commands: [], responses: 0, errors: [] };
  for (const e of entries) {
    if (e.protocol.name !== 'mysql') continue;
    const rq = e.request as Record<string, unknown> | null;
    const rs = e.response as Record<string, unknown> | null;
    if (rq) s.commands.push(String(rq.command));
    if (rs && rq && rq.command !== 'COM_QUIT') s.responses++;
    if (rs && typeof rs.code === 'number') s.errors.push(rs.code);
  }
  return s;
}

const skip = !(await tsharkAvailable()) ? 'tshark not installed' : false;

test('MySQL: trawl agrees with tshark, or the difference is explained', { skip, timeout: 60_000 }, async (t) => {
  const rows: string[][] = [['file', 'tshark cmds/replies/errors', 'trawl cmds/replies/errors', 'verdict']];
  const results: { name: string; o: MysqlOracle; w: Side }[] = [];
  for (const f of FILES) {
    if (!existsSync(f.path)) continue;
    const o = await tsharkMysql(f.path, f.port);
    const w = trawlSide(replayFile(f.path).entries);
    const ex = EXPLAINED[f.name];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const agree = same(o.commands, w.commands) && o.responses === w.responses && same(o.errors, w.errors);
    const explained =
      !agree && ex !== undefined && same(o.commands.filter((x) => !ex.extraTsharkCommands.includes(x)), w.commands) && o.responses === w.responses && same(o.errors.filter((x) => !ex.extraTsharkErrors.includes(x)), w.errors);
    rows.push([f.name, `${o.commands.length}/${o.responses}/[${o.errors}]`, `${w.commands.length}/${w.responses}/[${w.errors}]`, agree ? 'agree' : explained ? `explained (${[...ex!.extraTsharkCommands, ...ex!.extraTsharkErrors].join(', ')} tshark only)` : 'FAIL']);
    results.push({ name: f.name, o, w });
  }
  const width = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\ntrawl vs tshark, MySQL\n${rows.map((r) => r.map((v, c) => (c === r.length - 1 ? v : v.padEnd(width[c]))).join('  ')).join('\n')}\n`);
  assert.ok(results.length >= 3);
  for (const { name, o, w } of results) {
    await t.test(name, () => {
      const ex = EXPLAINED[name] ?? { extraTsharkCommands: [], extraTsharkErrors: [], why: '' };
      for (const x of ex.extraTsharkCommands) assert.ok(o.commands.includes(x), `${name}: explained difference ${x} no longer occurs`);
      for (const x of ex.extraTsharkErrors) assert.ok(o.errors.includes(x), `${name}: explained difference ${x} no longer occurs`);
      assert.deepEqual(w.commands, o.commands.filter((x) => !ex.extraTsharkCommands.includes(x)), `commands in order (${ex.why})`);
      assert.equal(w.responses, o.responses, 'replies');
      assert.deepEqual(w.errors, o.errors.filter((x) => !ex.extraTsharkErrors.includes(x)), `error numbers (${ex.why})`);
    });
  }
});
