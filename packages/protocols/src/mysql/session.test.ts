// Session behaviour on hand-built conversations: handshake variants, result sets with and
// without EOF packets, multi-results, prepared statements, gaps, limits, and the same entries
// whatever the split of the input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_STATEMENTS } from './limits.js';
import {
  AUTH_OK, EXECUTE_INSERT, EXECUTE_INSERT_OK, GREETING, LOGIN, PREPARE_INSERT, PREPARE_INSERT_OK,
  c2s, cat, hex, pairs, pkt, query, run, s2c, text, type Step,
} from './test-support/conv.js';

const lenencStr = (s: string): Uint8Array => cat(Uint8Array.of(s.length), text(s));
const col = (seq: number, name: string, type = 0xfd): Uint8Array =>
  pkt(seq, cat(lenencStr('def'), lenencStr('db'), lenencStr('t'), lenencStr('t'), lenencStr(name), lenencStr(name), hex(`0c2d00ff000000${type.toString(16).padStart(2, '0')}00000000 0000`.replace(/ /g, ''))));
const eof = (seq: number, status = 0x0002): Uint8Array => pkt(seq, Uint8Array.of(0xfe, 0, 0, status & 0xff, status >> 8));
const okEnd = (seq: number, status = 0x0002): Uint8Array => pkt(seq, Uint8Array.of(0xfe, 0, 0, status & 0xff, status >> 8, 0, 0));
const ok = (seq: number, affected = 0, status = 0x0002): Uint8Array => pkt(seq, Uint8Array.of(0, affected, 0, status & 0xff, status >> 8, 0, 0));
const row = (seq: number, ...vals: (string | null)[]): Uint8Array => pkt(seq, cat(...vals.map((v) => (v === null ? Uint8Array.of(0xfb) : lenencStr(v)))));
const err = (seq: number, code: number, state: string, msg: string): Uint8Array => pkt(seq, cat(Uint8Array.of(0xff, code & 0xff, code >> 8, 0x23), text(state + msg)));

/** Two columns, two rows; `deprecate`: no EOF after the columns, an OK (0xfe) at the end. */
function resultSet(deprecate: boolean, status = 0x0002, seq0 = 1): Uint8Array {
  let s = seq0;
  const parts = [pkt(s++, '02'), col(s++, 'id'), col(s++, 'name')];
  if (!deprecate) parts.push(eof(s++));
  parts.push(row(s++, '1', 'ann'), row(s++, '2', null));
  parts.push(deprecate ? okEnd(s++, status) : eof(s++, status));
  return cat(...parts);
}

const HANDSHAKE: Step[] = [s2c(GREETING), c2s(LOGIN), s2c(AUTH_OK)];
const CONNECT_REQ = { command: 'Connect', method: 'Connect', user: 'app', database: 'shop', authPlugin: 'mysql_native_password' };
const CONNECT_RESP = { status: 0, serverVersion: '5.5.5-10.11.19-MariaDB-0+deb12u1', connectionId: 6, authPlugin: 'mysql_native_password' };

const CONVERSATION: Step[] = [
  ...HANDSHAKE,
  c2s(PREPARE_INSERT),
  s2c(PREPARE_INSERT_OK),
  c2s(EXECUTE_INSERT),
  s2c(EXECUTE_INSERT_OK),
  c2s(query('SELECT id, name FROM t')),
  s2c(resultSet(false)),
  c2s(pkt(0, '1902000000')), // COM_STMT_CLOSE 2
  c2s(pkt(0, '01')), // COM_QUIT
];

test('handshake, prepare, execute, select, close, quit: exact entries', () => {
  const ctx = run(CONVERSATION);
  const sql = 'INSERT INTO items (name, price, created) VALUES (?, ?, ?)';
  assert.deepEqual(pairs(ctx.entries), [
    [CONNECT_REQ, CONNECT_RESP],
    [{ command: 'COM_STMT_PREPARE', method: 'Prepare', query: sql }, { status: 0, statementId: 2, params: 3, columnCount: 0 }],
    [{ command: 'COM_STMT_EXECUTE', method: 'INSERT', statementId: 2, query: sql, parameters: ['widget', 9.5, '2024-05-17 10:30:00'] }, { status: 0, rows: 1, affectedRows: 1, lastInsertId: 4 }],
    [{ command: 'COM_QUERY', method: 'SELECT', query: 'SELECT id, name FROM t' }, { status: 0, rows: 2, columns: ['id', 'name'], rowsSample: [['1', 'ann'], ['2', null]] }],
    [{ command: 'COM_STMT_CLOSE', method: 'Close', statementId: 2, query: sql }, null],
    [{ command: 'COM_QUIT', method: 'Quit' }, null],
  ]);
  assert.equal(ctx.entries[0].requestSize, LOGIN.length);
  assert.equal(ctx.entries[0].responseSize, GREETING.length + AUTH_OK.length);
  for (const e of ctx.entries) assert.deepEqual(e.protocol, { name: 'mysql', version: '10', abbr: 'MySQL' });
  assert.equal(ctx.entries.filter((e) => e.anomalies).length, 0);
});

test('byte-by-byte and odd splits give the same entries as one-shot', () => {
  const whole = run(CONVERSATION).entries;
  for (const split of [1, 2, 3, 7, 64]) assert.deepEqual(run(CONVERSATION, { split }).entries.map(({ timestamp, elapsedTime, ...e }) => e), whole.map(({ timestamp, elapsedTime, ...e }) => e), `split ${split}`);
});

test('CLIENT_DEPRECATE_EOF and classic EOF result sets read the same', () => {
  const a = run([c2s(query('SELECT 1')), s2c(resultSet(true))]).entries;
  const b = run([c2s(query('SELECT 1')), s2c(resultSet(false))]).entries;
  assert.deepEqual(a[0].response, b[0].response);
  assert.deepEqual(a[0].response, { status: 0, rows: 2, columns: ['id', 'name'], rowsSample: [['1', 'ann'], ['2', null]] });
});

test('multi-results (SERVER_MORE_RESULTS_EXISTS) stay one entry; an ERR ends it', () => {
  const MORE = 0x000a;
  const reply = cat(resultSet(false, MORE), ok(7, 3, MORE), resultSet(false, 0x0002, 8));
  const e = run([c2s(query('SELECT 1; UPDATE t SET a=1; SELECT 2')), s2c(reply), c2s(query('SELECT 3')), s2c(ok(1))]).entries;
  assert.equal(e.length, 2);
  assert.deepEqual(e[0].response, { status: 0, rows: 4, columns: ['id', 'name'], rowsSample: [['1', 'ann'], ['2', null]], resultSets: 2, affectedRows: 3 });
  const bad = run([c2s(query('SELECT 1; SELECT x')), s2c(cat(resultSet(false, MORE), err(7, 1054, '42S22', "Unknown column 'x'")))]).entries;
  assert.deepEqual([bad[0].response!.status, bad[0].response!.code, bad[0].response!.rows], [1, 1054, 2]);
});

test('caching_sha2_password: fast auth, and full auth with the public key exchange', () => {
  const greeting = pkt(0, cat(Uint8Array.of(10), text('8.0.36\0'), hex('11000000 0102030405060708 00 ffff ff 0200 ffdf 15 00000000000000000000 0102030405060708090a0b0c00'.replace(/ /g, '')), text('caching_sha2_password\0')));
  const login = pkt(1, cat(hex('85a2bf01 00000001 ff'.replace(/ /g, '')), new Uint8Array(23), text('root\0'), Uint8Array.of(32), new Uint8Array(32).fill(7), text('caching_sha2_password\0')));
  const fast = run([s2c(greeting), c2s(login), s2c(pkt(2, '0103')), s2c(pkt(3, '00000002000000'))]).entries;
  assert.deepEqual(pairs(fast), [[{ command: 'Connect', method: 'Connect', user: 'root', authPlugin: 'caching_sha2_password' }, { status: 0, serverVersion: '8.0.36', connectionId: 17, authPlugin: 'caching_sha2_password' }]]);
  const full = run([s2c(greeting), c2s(login), s2c(pkt(2, '0104')), c2s(pkt(3, '02')), s2c(pkt(4, cat(Uint8Array.of(1), text('-----BEGIN PUBLIC KEY-----')))), c2s(pkt(5, new Uint8Array(256).fill(9))), s2c(pkt(6, '00000002000000'))]);
  assert.equal(full.entries.length, 1);
  assert.equal(full.entries[0].response!.status, 0);
  assert.equal(full.entries[0].requestSize, login.length + 5 + 260);
  assert.ok(!JSON.stringify(full.entries).includes('0909'), 'auth data never kept');
  assert.equal(full.counts.get('mysql.bad_sequence'), undefined);
});

test('SSLRequest: one Connect entry marked encrypted, the rest ignored', () => {
  const ssl = pkt(1, cat(hex('05ae0f00 00000001 21'.replace(/ /g, '')), new Uint8Array(23)));
  const ctx = run([s2c(GREETING), c2s(ssl), c2s(hex('160301020001')), s2c(hex('160303007a02')), c2s(query('SELECT 1'))]);
  assert.equal(ctx.entries.length, 1);
  assert.deepEqual(ctx.entries[0].request, { command: 'Connect', method: 'Connect', ssl: true });
  assert.deepEqual(ctx.entries[0].anomalies, ['encrypted']);
  assert.equal(ctx.entries[0].response!.serverVersion, '5.5.5-10.11.19-MariaDB-0+deb12u1');
});

test('wrong password: Connect with the ERR; refused before the greeting: ERR in the greeting slot', () => {
  const e = run([s2c(GREETING), c2s(LOGIN), s2c(err(2, 1045, '28000', "Access denied for user 'app'"))]).entries;
  assert.deepEqual(e[0].response, { ...CONNECT_RESP, status: 1, code: 1045, sqlState: '28000', message: "Access denied for user 'app'" });
  const refused = run([s2c(err(0, 1040, '08004', 'Too many connections'))]).entries;
  assert.equal(refused.length, 1);
  assert.equal(refused[0].response!.code, 1040);
});

test('mid-stream (no handshake seen): queries still pair, capabilities guessed from packet shapes', () => {
  const e = run([c2s(query('SELECT 1')), s2c(resultSet(true)), c2s(query('SELECT 2')), s2c(resultSet(false)), c2s(query('DELETE FROM t')), s2c(ok(1, 5))]).entries;
  assert.deepEqual(e.map((x) => x.response!.rows), [2, 2, 5]);
  assert.equal(e.filter((x) => x.anomalies).length, 0);
});

test('a 16 MiB query is continued over two packets and kept up to the body limit', () => {
  const sql = 'SELECT ' + 'x'.repeat(0xffffff + 10 - 7 - 1);
  const payload = cat(Uint8Array.of(3), text(sql));
  const first = cat(hex('ffffff00'), payload.subarray(0, 0xffffff));
  const rest = payload.subarray(0xffffff);
  const second = cat(Uint8Array.of(rest.length, 0, 0, 1), rest);
  const ctx = run([c2s(first), c2s(second), s2c(ok(2))], { limits: { maxBodyBytes: 4096 } });
  assert.equal(ctx.entries.length, 1);
  const e = ctx.entries[0];
  assert.equal(e.request!.method, 'SELECT');
  assert.equal((e.request!.query as string).length, 4095);
  assert.deepEqual(e.anomalies, ['truncated']);
  assert.equal(e.requestSize, payload.length + 8);
});

test('a gap in the reply: the entry says gap; the next command pairs again', () => {
  const rs = resultSet(false);
  const ctx = run([c2s(query('SELECT 1')), s2c(rs.subarray(0, 20)), { gap: 1, length: 30 }, s2c(rs.subarray(50)), c2s(query('SELECT 2')), s2c(ok(1))]);
  assert.deepEqual(ctx.entries.map((e) => [e.request!.query, e.response?.status, e.anomalies]), [
    ['SELECT 1', 0, ['gap', 'truncated']],
    ['SELECT 2', 0, undefined],
  ]);
});

test('a gap in the commands: resync on the next command start', () => {
  const ctx = run([c2s(query('SELECT 1')), { gap: 0, length: 40 }, s2c(ok(1)), c2s(query('SELECT 2')), s2c(ok(1))]);
  assert.deepEqual(ctx.entries.map((e) => [e.request!.query, e.anomalies]), [['SELECT 1', ['gap']], ['SELECT 2', undefined]]);
});

test('bounded: pending commands and the statement map', () => {
  const steps: Step[] = [];
  for (let i = 0; i < 40; i++) steps.push(c2s(query(`SELECT ${i}`)));
  const ctx = run(steps, { limits: { maxPendingRequests: 8 } });
  assert.equal(ctx.entries.length, 40);
  assert.equal(ctx.counts.get('mysql.limit.pending'), 32);
  const prep: Step[] = [];
  for (let i = 1; i <= MAX_STATEMENTS + 10; i++) {
    prep.push(c2s(pkt(0, cat(Uint8Array.of(0x16), text(`SELECT ${i}`)))));
    prep.push(s2c(pkt(1, Uint8Array.of(0, i & 0xff, i >> 8, 0, 0, 0, 0, 0, 0, 0, 0, 0))));
  }
  prep.push(c2s(pkt(0, '170100000000010000')), c2s(pkt(0, cat(hex('17'), Uint8Array.of((MAX_STATEMENTS + 10) & 0xff, (MAX_STATEMENTS + 10) >> 8, 0, 0), hex('0001000000')))));
  const p = run(prep);
  assert.equal(p.counts.get('mysql.limit.statements'), 10);
  const [forgotten, kept] = p.entries.slice(-2);
  assert.deepEqual([forgotten.request!.method, kept.request!.method, kept.request!.query], ['Execute', 'SELECT', `SELECT ${MAX_STATEMENTS + 10}`]);
});

test('LOCAL INFILE: the file request, the client data and the final OK in one entry', () => {
  const e = run([c2s(query("LOAD DATA LOCAL INFILE 'a.csv' INTO TABLE t")), s2c(pkt(1, cat(Uint8Array.of(0xfb), text('a.csv')))), c2s(pkt(2, text('1,2\n'))), c2s(pkt(3, '')), s2c(ok(4, 1))]);
  assert.deepEqual(e.entries[0].response, { status: 0, rows: 1, affectedRows: 1, localInfile: 'a.csv' });
  assert.equal(e.entries[0].requestSize, query("LOAD DATA LOCAL INFILE 'a.csv' INTO TABLE t").length + 8 + 4);
  assert.equal(e.counts.get('mysql.local_infile'), 1);
});

test('wrong protocol: HTTP and random bytes give no entry', () => {
  const http = run([c2s(text('GET / HTTP/1.1\r\nHost: x\r\n\r\n')), s2c(text('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'))]);
  assert.equal(http.entries.length, 0);
});
