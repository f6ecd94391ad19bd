// Our own captures (captures/record.mjs: a real MariaDB 10.11 server on 127.0.0.1:3310, not
// MySQL's port, driven by the real `mariadb` client and a hand-written binary-protocol client),
// replayed through the real engine: exact entries for the key cases, plus the golden beside each pcap.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { tsharkPayloadBytes } from '../capture/test-support/tshark.js';
import type { Entry } from '../entry/types.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replayFile } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const PORT = 3310;
const VERSION = '5.5.5-10.11.19-MariaDB-0+deb12u1';

const rq = (e: Entry) => e.request as Record<string, unknown>;
const rs = (e: Entry) => e.response as Record<string, unknown>;
/** method, status, code, rows per entry. */
const summary = (es: Entry[]) => es.map((e) => [rq(e).method, e.response ? rs(e).status : null, e.response ? (rs(e).code ?? null) : null, e.response ? (rs(e).rows ?? null) : null]);

function common(es: Entry[]): void {
  assert.equal(new Set(es.map((e) => e.src.port)).size, 1, 'one connection');
  for (const e of es) {
    assert.deepEqual(e.protocol, { name: 'mysql', version: '10', abbr: 'MySQL' });
    assert.deepEqual([e.dst.ip, e.dst.port], ['127.0.0.1', PORT]);
    assert.equal(e.anomalies, undefined, JSON.stringify(e.request));
    assert.ok(e.requestSize > 0);
    if (e.response) assert.ok(e.elapsedTime !== null && e.elapsedTime >= 0 && e.responseSize > 0);
  }
  const connect = es[0];
  assert.equal(rq(connect).command, 'Connect');
  assert.equal(rs(connect).serverVersion, VERSION);
  // The auth response is never kept.
  assert.ok(!JSON.stringify(connect).match(/scramble|authResponse/i));
}

const CASES: Record<string, (es: Entry[]) => void> = {
  'login-fail': (es) => {
    assert.equal(es.length, 1);
    assert.deepEqual(rq(es[0]).user, 'app');
    assert.deepEqual(rq(es[0]).database, 'shop');
    assert.deepEqual((rq(es[0]).attributes as Record<string, string>).program_name, 'mysql');
    const { connectionId, ...r } = rs(es[0]);
    assert.equal(typeof connectionId, 'number');
    assert.deepEqual(r, { status: 1, code: 1045, sqlState: '28000', message: "Access denied for user 'app'@'127.0.0.1' (using password: YES)", serverVersion: VERSION, authPlugin: 'mysql_native_password' });
  },
  'cli-session': (es) => {
    assert.deepEqual(summary(es), [
      ['Connect', 0, null, null],
      ['CREATE', 0, null, 0],
      ['SELECT', 0, null, 1], // the CLI's `SELECT DATABASE()` after `USE`
      ['InitDB', 0, null, null],
      ['INSERT', 0, null, 3],
      ['SELECT', 0, null, 3],
      ['SELECT', 1, 1146, null],
      ['UPDATE', 0, null, 2],
      ['SELECT', 0, null, 50],
      ['SELECT', 0, null, 2], // multi-statement: two result sets of one row each, one UPDATE
      ['PREPARE', 0, null, 0],
      ['SET', 0, null, 0],
      ['EXECUTE', 0, null, 1],
      ['DEALLOCATE', 0, null, 0],
      ['CREATE', 0, null, 0],
      ['LOAD', 0, null, 2],
      ['SELECT', 1, 1064, null],
      ['Quit', null, null, null],
    ]);
    assert.deepEqual(rs(es[5]), { status: 0, rows: 3, columns: ['id', 'name', 'email'], rowsSample: [['1', 'ann', 'ann@example.com'], ['2', 'bob', null], ['3', 'cy', 'cy@example.com']] });
    assert.deepEqual(rs(es[6]), { status: 1, code: 1146, sqlState: '42S02', message: "Table 'shop.nope' doesn't exist" });
    assert.deepEqual(rs(es[7]), { status: 0, rows: 2, affectedRows: 2, info: 'Rows matched: 2  Changed: 2  Warnings: 0' });
    assert.equal((rs(es[8]).rowsSample as unknown[]).length, 5);
    assert.deepEqual(rs(es[9]), { status: 0, rows: 2, columns: ['n'], rowsSample: [['3']], resultSets: 2, affectedRows: 1, info: 'Rows matched: 1  Changed: 1  Warnings: 0' });
    assert.equal(rq(es[9]).query, "SELECT COUNT(*) AS n FROM users; UPDATE users SET name = 'anne' WHERE id = 1; SELECT name FROM users WHERE id = 1");
    assert.deepEqual(rs(es[12]).rowsSample, [['bob']]);
    assert.match(rs(es[15]).localInfile as string, /items\.csv$/);
    assert.deepEqual(rq(es[3]), { command: 'COM_INIT_DB', method: 'InitDB', database: 'shop' });
  },
  'binary-protocol': (es) => {
    const ins = 'INSERT INTO items (name, price, created) VALUES (?, ?, ?)';
    const sel = 'SELECT id, name, price, created FROM items WHERE id >= ? AND name <> ?';
    assert.deepEqual(summary(es), [
      ['Connect', 0, null, null],
      ['CREATE', 0, null, 0],
      ['Prepare', 0, null, null],
      ['INSERT', 0, null, 1],
      ['INSERT', 0, null, 1],
      ['Prepare', 0, null, null],
      ['SELECT', 0, null, 4],
      ['Reset', 0, null, null],
      ['Close', null, null, null],
      ['Execute', 1, 1243, null],
      ['Prepare', 1, 1146, null],
      ['Ping', 0, null, null],
      ['Statistics', 0, null, null],
      ['FieldList', 0, null, null],
      ['InitDB', 1, 1044, null],
      ['ChangeUser', 0, null, null],
      ['SELECT', 0, null, 1],
      ['Quit', null, null, null],
    ]);
    assert.deepEqual(rq(es[0]), { command: 'Connect', method: 'Connect', user: 'app', database: 'shop', authPlugin: 'mysql_native_password' });
    assert.deepEqual(rs(es[2]), { status: 0, statementId: 2, params: 3, columnCount: 0 });
    assert.deepEqual(rq(es[3]), { command: 'COM_STMT_EXECUTE', method: 'INSERT', statementId: 2, query: ins, parameters: ['widget', 9.5, '2024-05-17 10:30:00'] });
    assert.deepEqual(rs(es[3]), { status: 0, rows: 1, affectedRows: 1, lastInsertId: 4 });
    // Second execute: types not re-sent (taken from the first), NULL from the bitmap.
    assert.deepEqual(rq(es[4]).parameters, ['gadget', 12.25, null]);
    assert.deepEqual(rs(es[5]), { status: 0, statementId: 3, params: 2, columnCount: 4, columns: ['id', 'name', 'price', 'created'] });
    assert.deepEqual(rq(es[6]), { command: 'COM_STMT_EXECUTE', method: 'SELECT', statementId: 3, query: sel, parameters: [1, 'none'] });
    assert.deepEqual(rs(es[6]).rowsSample, [
      [1, 'bolt', 0.25, '2024-01-02 03:04:05'],
      [2, 'nut', 0.1, '2024-01-02 03:04:06'],
      [4, 'widget', 9.5, '2024-05-17 10:30:00'],
      [5, 'gadget', 12.25, null],
    ]);
    assert.deepEqual(rq(es[8]), { command: 'COM_STMT_CLOSE', method: 'Close', statementId: 2, query: ins });
    // After the close the id is unknown: no query, method Execute.
    assert.deepEqual(rq(es[9]), { command: 'COM_STMT_EXECUTE', method: 'Execute', statementId: 2 });
    assert.equal(rs(es[9]).sqlState, 'HY000');
    assert.match(rs(es[12]).info as string, /^Uptime: \d+/);
    assert.deepEqual(rs(es[13]).columns, ['id', 'name', 'price', 'created']);
    assert.deepEqual(rq(es[15]), { command: 'COM_CHANGE_USER', method: 'ChangeUser', user: 'other', database: 'shop', authPlugin: 'mysql_native_password' });
    assert.deepEqual(rs(es[16]).rowsSample, [['other@%']]);
  },
  'deprecate-eof': (es) => {
    // The hand-written client with CLIENT_DEPRECATE_EOF and CLIENT_SESSION_TRACK: no EOF packets.
    assert.deepEqual(summary(es), [
      ['Connect', 0, null, null],
      ['CREATE', 0, null, 0],
      ['INSERT', 0, null, 3],
      ['SELECT', 0, null, 3],
      ['SELECT', 0, null, 0],
      ['SELECT', 0, null, 2],
      ['SET', 0, null, 0],
      ['Prepare', 0, null, null],
      ['SELECT', 0, null, 2],
      ['Quit', null, null, null],
    ]);
    assert.deepEqual(rs(es[3]), { status: 0, rows: 3, columns: ['k', 'v'], rowsSample: [['1', 'one'], ['2', 'two'], ['3', null]] });
    assert.deepEqual(rs(es[4]), { status: 0, rows: 0, columns: ['k'] });
    assert.deepEqual(rs(es[5]), { status: 0, rows: 2, columns: ['COUNT(*)'], rowsSample: [['3']], resultSets: 2, affectedRows: 1 });
    assert.deepEqual(rs(es[6]), { status: 0, rows: 0, affectedRows: 0 });
    assert.deepEqual(rs(es[7]), { status: 0, statementId: 1, params: 1, columnCount: 2, columns: ['k', 'v'] });
    assert.deepEqual(rq(es[8]).parameters, [0]);
    assert.deepEqual(rs(es[8]), { status: 0, rows: 2, columns: ['k', 'v'], rowsSample: [[1, 'one'], [2, 'two']] });
  },
};

/** Client and server TCP payload bytes of a whole capture, from tshark (null when it is not installed). */
function payloadBytes(file: string): [number, number] | null {
  const perConnection = tsharkPayloadBytes(file, [PORT]);
  if (!perConnection) return null;
  const t: [number, number] = [0, 0];
  for (const [c, s] of perConnection.values()) {
    t[0] += c;
    t[1] += s;
  }
  return t;
}

for (const [name, check] of Object.entries(CASES)) {
  test(`capture ${name}: exact entries and golden`, () => {
    const base = `${DIR}${name}`;
    const { entries } = replayFile(`${base}.pcap`);
    common(entries);
    check(entries);
    // Every byte of each side belongs to exactly one entry.
    const wire = payloadBytes(`${base}.pcap`);
    if (wire) assert.deepEqual([entries.reduce((n, e) => n + e.requestSize, 0), entries.reduce((n, e) => n + e.responseSize, 0)], wire);
    assertGolden(base, entries);
  });
}

const FIXTURE = `${FIXTURES_DIR}/zeek/postgresql/mysql-on-port-5432.pcap`;

// Zeek's negative test for its Postgres analyzer is MySQL 8.4.2 (mysql-connector-python) on
// port 5432: trawl detects it by content as mysql, with every command paired.
test('fixture zeek/postgresql/mysql-on-port-5432: MySQL on the Postgres port', { skip: !existsSync(FIXTURE) && 'fixtures not present' }, () => {
  const { entries } = replayFile(FIXTURE);
  assert.equal(entries.length, 7);
  assert.ok(entries.every((e) => e.protocol.name === 'mysql' && e.dst.port === 5432 && e.anomalies === undefined));
  assert.deepEqual(entries.map((e) => [rq(e).method, e.response ? rs(e).status : null]), [
    ['Connect', 0],
    ['Ping', 0],
    ['ChangeUser', 0],
    ['SET', 0],
    ['SET', 0],
    ['Ping', 0],
    ['Quit', null],
  ]);
  const connect = entries[0];
  assert.deepEqual([rq(connect).user, rq(connect).authPlugin, rs(connect).serverVersion, rs(connect).authPlugin], ['root', 'caching_sha2_password', '8.4.2', 'mysql_native_password']);
  assert.equal((rq(connect).attributes as Record<string, string>)._client_name, 'mysql-connector-python');
  assert.deepEqual(rq(entries[2]), { command: 'COM_CHANGE_USER', method: 'ChangeUser', user: 'root2', authPlugin: 'caching_sha2_password' });
  assert.equal(rq(entries[3]).query, "SET NAMES 'utf8mb4' COLLATE 'utf8mb4_0900_ai_ci'");
});
