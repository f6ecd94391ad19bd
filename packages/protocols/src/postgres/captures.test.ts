// Our own captures (captures/record.mjs: a real PostgreSQL 15 on 127.0.0.1:5440/5441, ports no
// table maps to PostgreSQL, driven by psql and a hand-written extended-protocol client) replayed
// through the real engine: exact entries, plus the golden file beside each pcap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { entryPayloadBytes, tsharkPayloadBytes } from '../capture/test-support/tshark.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replay } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
type R = Record<string, unknown>;
const rq = (e: Entry): R => e.request ?? {};
const rs = (e: Entry): R => e.response ?? {};
/** The columns a user scans: method, query, status, command tag, rows, SQLSTATE. */
const row = (e: Entry) => [rq(e).method, rq(e).query, rs(e).status, rs(e).command, rs(e).rows, rs(e).code];

function startupOk(e: Entry, user: string, database: string, auth: string): void {
  assert.deepEqual([rq(e).method, rq(e).user, rq(e).database, rq(e).protocolVersion], ['Startup', user, database, '3.0']);
  assert.deepEqual([rs(e).status, rs(e).auth, rs(e).authenticated], [0, auth, true]);
  assert.equal((rs(e).parameters as R).server_version, '15.18 (Debian 15.18-0+deb12u1)');
  assert.equal(typeof rs(e).backendPid, 'number');
}

/** No password, SASL payload (client-first `n,,n=`, client-final `p=`) anywhere in the entries. */
function noSecrets(entries: Entry[]): void {
  const text = JSON.stringify(entries);
  for (const s of ['alice-pw', 'md5-pw', 'wrong', 'n,,n=', ',p=']) assert.ok(!text.includes(s), `entries contain ${s}`);
}

const CASES: Record<string, { count: number; check: (e: Entry[]) => void }> = {
  'psql-session': {
    count: 20,
    check(e) {
      startupOk(e[0], 'alice', 'shop', 'SCRAM-SHA-256');
      assert.equal(rq(e[0]).applicationName, 'trawl-test');
      assert.deepEqual(e.slice(1, 18).map(row), [
        ['CREATE', 'CREATE TABLE items (id int PRIMARY KEY, name text, price numeric);', 0, 'CREATE TABLE', undefined, undefined],
        ['INSERT', "INSERT INTO items VALUES (1, 'apple', 1.5), (2, 'pear', 2.25), (3, 'plum', NULL);", 0, 'INSERT 0 3', 3, undefined],
        ['SELECT', 'SELECT id, name, price FROM items ORDER BY id;', 0, 'SELECT 3', 3, undefined],
        ['SELECT', 'SELECT * FROM missing_table;', 1, undefined, undefined, '42P01'],
        ['SELECT', 'SELECT 1 AS one;', 0, 'SELECT 1', 1, undefined],
        ['SELECT', "SELECT 'two' AS two;", 0, 'SELECT 1', 1, undefined],
        ['UPDATE', 'UPDATE items SET price = 3 WHERE id = 3;', 0, 'UPDATE 1', 1, undefined],
        ['BEGIN', 'BEGIN;', 0, 'BEGIN', undefined, undefined],
        ['DELETE', 'DELETE FROM items WHERE id = 2;', 0, 'DELETE 1', 1, undefined],
        ['COMMIT', 'COMMIT;', 0, 'COMMIT', undefined, undefined],
        ['COPY', 'COPY items FROM STDIN;', 0, 'COPY 2', 2, undefined],
        ['COPY', 'COPY (SELECT id, name FROM items ORDER BY id) TO STDOUT;', 0, 'COPY 4', 4, undefined],
        ['LISTEN', 'LISTEN events;', 0, 'LISTEN', undefined, undefined],
        ['Notification', undefined, 0, undefined, undefined, undefined],
        ['NOTIFY', "NOTIFY events, 'hello';", 0, 'NOTIFY', undefined, undefined],
        ['Query', ';', 0, undefined, undefined, undefined],
        ['DROP', 'DROP TABLE items;', 0, 'DROP TABLE', undefined, undefined],
      ]);
      assert.deepEqual([rs(e[3]).columns, rs(e[3]).rowsSample], [['id', 'name', 'price'], [['1', 'apple', '1.5'], ['2', 'pear', '2.25'], ['3', 'plum', null]]]);
      assert.deepEqual([rs(e[4]).severity, rs(e[4]).message], ['ERROR', 'relation "missing_table" does not exist']);
      assert.deepEqual(rs(e[11]).copy, { direction: 'in', format: 'text', messages: 1, bytes: 25 });
      assert.deepEqual(rs(e[12]).copy, { direction: 'out', format: 'text', messages: 4, bytes: 28 });
      assert.deepEqual([rq(e[14]).channel, rs(e[14]).payload, e[14].requestSize], ['events', 'hello', 0]);
      assert.equal(rs(e[16]).empty, true);
      // psql -c: one Query, several results, stopped by the error.
      startupOk(e[18], 'alice', 'shop', 'SCRAM-SHA-256');
      const multi = e[19];
      assert.deepEqual(row(multi), ['SELECT', "SELECT 1 AS a; SELECT 'b' AS b, 2 AS c; SELECT * FROM nope; SELECT 3", 1, 'SELECT 1', 1, '42P01']);
      assert.deepEqual(rs(multi).results, [{ command: 'SELECT 1', rows: 1 }, { command: 'SELECT 1', rows: 1 }]);
      assert.deepEqual([rs(multi).columns, rs(multi).rowsSample], [['b', 'c'], [['b', '2']]]);
      noSecrets(e);
    },
  },
  'login-failures': {
    count: 5,
    check(e) {
      const fail = (x: Entry) => [rq(x).user, rq(x).database, rs(x).status, rs(x).auth, rs(x).authenticated, rs(x).severity, rs(x).code, rs(x).message];
      assert.deepEqual(fail(e[0]), ['alice', 'shop', 1, 'SCRAM-SHA-256', false, 'FATAL', '28P01', 'password authentication failed for user "alice"']);
      assert.deepEqual(fail(e[1]), ['md5user', 'postgres', 1, 'md5', false, 'FATAL', '28P01', 'password authentication failed for user "md5user"']);
      assert.deepEqual(fail(e[2]), ['alice', 'nosuchdb', 1, 'SCRAM-SHA-256', false, 'FATAL', '3D000', 'database "nosuchdb" does not exist']);
      startupOk(e[3], 'md5user', 'postgres', 'md5');
      assert.deepEqual(row(e[4]), ['SELECT', 'SELECT current_user', 0, 'SELECT 1', 1, undefined]);
      assert.deepEqual(rs(e[4]).rowsSample, [['md5user']]);
      noSecrets(e);
    },
  },
  'ssl-refused': {
    count: 3,
    check([ssl, start, sel]) {
      assert.deepEqual([rq(ssl).method, rs(ssl), ssl.requestSize, ssl.responseSize, ssl.anomalies], ['SSLRequest', { status: 0, answer: 'N', encrypted: false }, 8, 1, undefined]);
      startupOk(start, 'alice', 'shop', 'SCRAM-SHA-256');
      assert.deepEqual(rs(sel).rowsSample, [['t']]);
    },
  },
  'ssl-accepted': {
    count: 1,
    check([ssl]) {
      assert.deepEqual([rq(ssl).method, rs(ssl), ssl.anomalies], ['SSLRequest', { status: 0, answer: 'S', encrypted: true }, ['encrypted']]);
    },
  },
  'gssenc-cancel': {
    count: 4,
    check([gss, start, cancel, sleep]) {
      assert.deepEqual([rq(gss).method, rs(gss), gss.anomalies], ['GSSENCRequest', { status: 0, answer: 'G', encrypted: true }, ['encrypted']]);
      startupOk(start, 'ext', 'shop', 'trust');
      assert.deepEqual([rq(cancel).method, rq(cancel).pid, cancel.response, cancel.requestSize, cancel.anomalies], ['CancelRequest', rs(start).backendPid, null, 16, undefined]);
      assert.deepEqual(row(sleep), ['SELECT', 'SELECT pg_sleep(5)', 1, undefined, 0, '57014']);
      assert.ok(sleep.elapsedTime! >= 250, 'cancelled after ~300 ms');
    },
  },
  'large-result': {
    count: 2,
    check([start, big]) {
      startupOk(start, 'alice', 'shop', 'SCRAM-SHA-256');
      assert.deepEqual(row(big), ['SELECT', "SELECT g AS n, repeat('x', 50) AS pad FROM generate_series(1, 2000) g", 0, 'SELECT 2000', 2000, undefined]);
      const pad = 'x'.repeat(50);
      assert.deepEqual(rs(big).rowsSample, [['1', pad], ['2', pad], ['3', pad], ['4', pad], ['5', pad]]);
      assert.ok(big.responseSize > 2000 * 60);
    },
  },
  extended: {
    count: 15,
    check(e) {
      startupOk(e[0], 'ext', 'shop', 'trust');
      const x = (y: Entry) => [rq(y).method, rq(y).statement, rq(y).portal, rq(y).parameters, rs(y).status, rs(y).command, rs(y).rows];
      const sel = 'SELECT id, name FROM t WHERE id >= $1 ORDER BY id';
      assert.deepEqual(e.slice(1).map(x), [
        ['CREATE', undefined, undefined, undefined, 0, 'CREATE TABLE', undefined],
        ['INSERT', undefined, undefined, ['1', 'one', '2', null], 0, 'INSERT 0 2', 2],
        ['Prepare', 'sel', undefined, undefined, 0, undefined, undefined],
        ['SELECT', 'sel', undefined, ['1'], 0, 'SELECT 2', 2],
        ['SELECT', 'sel', undefined, ['2'], 0, 'SELECT 1', 1],
        ['SELECT', 'sel', undefined, ['\\x00000007'], 0, 'SELECT 0', 0],
        ['SELECT', undefined, 'p1', undefined, 0, undefined, 1],
        ['SELECT', undefined, 'p1', undefined, 0, 'SELECT 2', 2],
        ['SELECT', undefined, undefined, undefined, 1, undefined, undefined],
        ['Prepare', 'two', undefined, undefined, 0, undefined, undefined],
        ['SELECT', 'two', undefined, ['41'], 0, 'SELECT 1', 1],
        ['Close', undefined, undefined, undefined, 0, undefined, undefined],
        ['Execute', undefined, undefined, undefined, 0, undefined, undefined],
        ['DROP', undefined, undefined, undefined, 0, 'DROP TABLE', undefined],
      ]);
      assert.equal(rq(e[3]).query, sel);
      assert.deepEqual([rs(e[3]).columns, rs(e[3]).parameterCount], [['id', 'name'], 1]);
      // The statement's query and columns carry over to each Execute of it.
      for (const i of [4, 5, 6]) assert.deepEqual([rq(e[i]).query, rs(e[i]).columns], [sel, ['id', 'name']]);
      assert.deepEqual(rs(e[4]).rowsSample, [['1', 'one'], ['2', null]]);
      assert.deepEqual([rq(e[7]).maxRows, rs(e[7]).suspended, rq(e[8]).maxRows], [1, true, undefined]);
      // The error skips the second Parse/Bind/Execute up to Sync: folded into the failed entry.
      assert.deepEqual([rq(e[9]).query, rq(e[9]).skipped, rs(e[9]).code], ['SELECT * FROM nope', 1, '42P01']);
      assert.deepEqual(rq(e[12]).closed, ['statement sel', 'statement two']);
      assert.deepEqual([rq(e[13]).query, rs(e[13]).empty], ['', true]);
      // Sizes: every client and server byte belongs to one entry (Sync and ReadyForQuery included).
      assert.deepEqual([e[1].requestSize, e[1].responseSize], [71, 34]);
    },
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`capture ${name}: exact entries and golden`, () => {
    const { entries, stats, formatError } = replay(`${DIR}${name}.pcap`, { node: 'golden', captureId: name });
    assert.equal(formatError, null);
    assert.equal(stats.parseErrors, 0);
    assert.equal(entries.length, c.count);
    for (const e of entries) {
      assert.deepEqual(e.protocol, { name: 'postgres', version: '3.0', abbr: 'PG' });
      assert.ok([5440, 5441].includes(e.dst.port));
      assert.ok(e.anomalies === undefined || e.anomalies.join() === 'encrypted', `${e.id}: ${e.anomalies}`);
    }
    c.check(entries);
    // Every payload byte of each connection is in exactly one entry (Terminate's 5 bytes apart),
    // except the encrypted part after an accepted SSLRequest/GSSENCRequest.
    const bytes = tsharkPayloadBytes(`${DIR}${name}.pcap`, [5440, 5441]);
    if (bytes) {
      const ours = entryPayloadBytes(entries);
      for (const [port, [cl, sv]] of bytes) {
        const [a, b] = ours.get(port) ?? [0, 0];
        if (entries.some((e) => e.src.port === port && e.anomalies?.includes('encrypted'))) continue;
        assert.deepEqual([a + (cl - a === 5 ? 5 : 0), b], [cl, sv], `connection from port ${port}`);
      }
    }
    assertGolden(`${DIR}${name}`, entries);
  });
}
