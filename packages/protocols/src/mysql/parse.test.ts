// Table-driven decoders on real packets (hex from captures/*.pcap and the MySQL 8.4 fixture),
// each also cut at every prefix: the framing says incomplete, the decoders never throw.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryRow, parseExecute, textRow } from './binary.js';
import { parsePacket } from './framing.js';
import { parseColumn, parseErr, parseGreeting, parseLogin, parseOk, parsePrepareOk } from './parse.js';
import { firstKeyword, queryText, redactSql } from './sql.js';
import { EXECUTE_INSERT, GREETING, LOGIN, hex } from './test-support/conv.js';

const payload = (packet: Uint8Array): Uint8Array => {
  const r = parsePacket(packet);
  assert.ok(r.ok);
  return r.message.payload;
};

const FIXTURES: { name: string; packet: Uint8Array; check: (p: Uint8Array) => void }[] = [
  {
    name: 'MariaDB greeting',
    packet: GREETING,
    check: (p) =>
      assert.deepEqual(parseGreeting(p), {
        protocol: 10,
        serverVersion: '5.5.5-10.11.19-MariaDB-0+deb12u1',
        connectionId: 6,
        capabilities: 0x81fff7fe,
        mariadbCapabilities: 0x1d,
        charset: 8,
        status: 2,
        authPlugin: 'mysql_native_password',
      }),
  },
  {
    name: 'HandshakeResponse41 (auth response skipped)',
    packet: LOGIN,
    check: (p) => {
      const l = parseLogin(p)!;
      assert.deepEqual([l.user, l.database, l.authPlugin, l.ssl, l.charset], ['app', 'shop', 'mysql_native_password', false, 45]);
      assert.ok(!JSON.stringify(l).includes('dec66c'), 'no scramble kept');
    },
  },
  {
    name: 'SSLRequest',
    packet: hex('20000001 05ae0f00 00000001 21 00000000000000000000000000000000000000 00000000'.replace(/ /g, '')),
    check: (p) => assert.equal(parseLogin(p)!.ssl, true),
  },
  {
    name: 'OK with info',
    packet: hex('2e000001 00 03 00 0200 0000 2652 65636f7264733a2033202044757 06c6963617465733a203020205761726e696e67733a2030'.replace(/ /g, '')),
    check: (p) => assert.deepEqual(parseOk(p, 0), { affectedRows: 3, lastInsertId: 0, status: 2, warnings: 0, info: 'Records: 3  Duplicates: 0  Warnings: 0' }),
  },
  {
    name: 'ERR 1146',
    packet: hex('28000001ff7a042334325330325461626c65202773686f702e6e6f70652720646f65736e2774206578697374'),
    check: (p) => assert.deepEqual(parseErr(p), { code: 1146, sqlState: '42S02', message: "Table 'shop.nope' doesn't exist" }),
  },
  {
    name: 'column definition',
    packet: hex('2c000006036465660473686f70056974656d73056974656d73046e616d65046e616d650c2d00a0000000fd0000000000'),
    check: (p) => assert.deepEqual(parseColumn(p), { name: 'name', type: 0xfd, flags: 0 }),
  },
  {
    name: 'COM_STMT_PREPARE OK',
    packet: hex('0c000001 00 02000000 0000 0300 00 0000'.replace(/ /g, '')),
    check: (p) => assert.deepEqual(parsePrepareOk(p), { statementId: 2, columns: 0, params: 3, warnings: 0 }),
  },
  {
    name: 'COM_STMT_EXECUTE (varchar, double, datetime)',
    packet: EXECUTE_INSERT,
    check: (p) => {
      const stmt = { query: 'INSERT …', params: 3 };
      assert.deepEqual(parseExecute(p, stmt, 0), { statementId: 2, parameters: ['widget', 9.5, '2024-05-17 10:30:00'] });
      assert.deepEqual(parseExecute(p, undefined, 0), { statementId: 2 });
    },
  },
  {
    name: 'text row with NULL',
    packet: hex('07000005 01 32 03 626f62 fb'.replace(/ /g, '')),
    check: (p) => assert.deepEqual(textRow(p, 3, 64), ['2', 'bob', null]),
  },
  {
    name: 'binary row (int, varchar, double, NULL datetime)',
    packet: hex('1500000a0020 05000000 06676164676574 0000000000802840'.replace(/ /g, '')),
    check: (p) =>
      assert.deepEqual(
        binaryRow(p, [{ name: 'id', type: 3, flags: 0 }, { name: 'n', type: 253, flags: 0 }, { name: 'p', type: 5, flags: 0 }, { name: 'c', type: 12, flags: 0 }], 4, 64),
        [5, 'gadget', 12.25, null],
      ),
  },
];

for (const f of FIXTURES) {
  test(`decode: ${f.name}`, () => f.check(payload(f.packet)));
  test(`every truncated prefix: ${f.name}`, () => {
    for (let n = 0; n < f.packet.length; n++) {
      const cut = f.packet.subarray(0, n);
      const r = parsePacket(cut);
      assert.equal(r.ok, false, `prefix ${n}`);
      if (!r.ok) assert.ok(r.incomplete && r.needed > 0);
      // Decoders on a cut payload: no throw.
      const p = f.packet.subarray(4, Math.max(4, n));
      parseGreeting(p);
      parseLogin(p);
      parseOk(p, 0);
      parseErr(p);
      parseColumn(p);
      parsePrepareOk(p);
      parseExecute(p, { query: 'x', params: 3 }, 0);
      textRow(p, 3, 64);
      binaryRow(p, [{ name: 'a', type: 12, flags: 0 }], 1, 64);
    }
  });
}

test('framing: consumed is the whole packet; a second packet is left for the next call', () => {
  const two = new Uint8Array([...hex('0100000001'), ...hex('0100000102')]);
  const r = parsePacket(two);
  assert.ok(r.ok);
  assert.deepEqual([r.consumed, r.message.seq, [...r.message.payload]], [5, 0, [1]]);
  const r2 = parsePacket(two, r.consumed);
  assert.ok(r2.ok);
  assert.deepEqual([r2.message.seq, [...r2.message.payload]], [1, [2]]);
});

test('first SQL keyword: comments, blanks and parentheses skipped', () => {
  const cases: [string, string][] = [
    ['select 1', 'SELECT'],
    ['  /* hint */ INSERT INTO t VALUES (1)', 'INSERT'],
    ['-- note\nupdate t set a=1', 'UPDATE'],
    ['# x\nDELETE FROM t', 'DELETE'],
    ['(SELECT 1) UNION (SELECT 2)', 'SELECT'],
    ['/* unterminated', ''],
    ['', ''],
  ];
  for (const [sql, kw] of cases) assert.equal(firstKeyword(sql), kw, sql);
});

test('COM_QUERY text: plain, and past MySQL 8 query attributes', () => {
  assert.equal(queryText(hex('0353454c4543542031'), 0), 'SELECT 1');
  // Unknown capabilities, `00 01` = no attributes.
  assert.equal(queryText(hex('03000153454c4543542031'), 0), 'SELECT 1');
  // CLIENT_QUERY_ATTRIBUTES with one string attribute `a` = `b`.
  const withAttr = hex('03 01 01 00 01 fe00 0161 0162 53454c4543542031'.replace(/ /g, ''));
  assert.equal(queryText(withAttr, 0x8000000), 'SELECT 1');
});

test('passwords in SQL are redacted', () => {
  const cases: [string, string][] = [
    ["CREATE USER 'a'@'%' IDENTIFIED BY 's3cret'", "CREATE USER 'a'@'%' IDENTIFIED BY '[redacted]'"],
    ["CREATE USER 'app'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('s3cret')", "CREATE USER 'app'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('[redacted]')"],
    ["ALTER USER u IDENTIFIED WITH caching_sha2_password BY 'it''s'", "ALTER USER u IDENTIFIED WITH caching_sha2_password BY '[redacted]'"],
    ["SET PASSWORD FOR 'u'@'%' = PASSWORD('x')", "SET PASSWORD FOR 'u'@'%' = PASSWORD('[redacted]')"],
    ["SET PASSWORD = 'x'", "SET PASSWORD = '[redacted]'"],
    ['SELECT password FROM users', 'SELECT password FROM users'],
  ];
  for (const [sql, want] of cases) assert.equal(redactSql(sql), want, sql);
});
