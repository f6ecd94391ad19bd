// Detection by content: the greeting, a COM_QUERY, server replies picked up mid-stream; every
// prefix of a positive is 'more', never null; other protocols' captures never become mysql.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captures, FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { detect } from './detect.js';
import { GREETING, cat, hex, pkt, query, text } from './test-support/conv.js';
import { replayBytes } from './test-support/replay.js';

const POSITIVE: [string, Uint8Array, 'client' | 'server'][] = [
  ['MariaDB greeting', GREETING, 'server'],
  ['MySQL 8 greeting', pkt(0, cat(Uint8Array.of(10), text('8.4.2\0'), hex('11000000 0102030405060708 00 ffff ff 0200 ffdf 15 00000000000000000000'.replace(/ /g, '')), text('0102030405060\0caching_sha2_password\0'))), 'server'],
  ['COM_QUERY', query('SELECT id FROM users WHERE id = 1'), 'client'],
  ['COM_QUERY of one keyword', query('COMMIT'), 'client'],
  ['COM_QUERY lower case with leading blank', query(' insert into t values (1)'), 'client'],
  ['COM_QUERY with empty query attributes', pkt(0, cat(hex('030001'), text('SET NAMES utf8mb4'))), 'client'],
  ['ERR reply', hex('28000001ff7a042334325330325461626c65202773686f702e6e6f70652720646f65736e2774206578697374'), 'server'],
  ['result set start', hex('01000001011700000203646566000000013f000c3f00000000000680000000'), 'server'],
  ['OK reply', hex('0700000100010402000000'), 'server'],
];

for (const [name, bytes, role] of POSITIVE) {
  test(`detect ${name} → ${role}; every shorter prefix → more`, () => {
    assert.equal(detect(bytes), role);
    let decided = false;
    for (let n = 0; n < bytes.length; n++) {
      const r = detect(bytes.subarray(0, n));
      assert.notEqual(r, null, `prefix ${n} rejected`);
      if (r === role) decided = true;
      else assert.equal(r, 'more', `prefix ${n}`);
    }
    assert.ok(decided || bytes.length > 0);
  });
}

const NEGATIVE: [string, Uint8Array][] = [
  ['HTTP request', text('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['HTTP response', text('HTTP/1.1 200 OK\r\n\r\n')],
  ['Redis command', text('*1\r\n$4\r\nPING\r\n')],
  ['Postgres startup', hex('0000000804d2162f')],
  ['Postgres query', cat(text('Q'), hex('0000000d'), text('SELECT 1\0'))],
  ['TLS ClientHello', hex('160301020001000200')],
  ['COM_QUERY of non-SQL text', query('hello world this is not sql')],
  ['COM_QUERY with binary inside', pkt(0, cat(Uint8Array.of(3), text('SELECT '), hex('00ff01')))],
  ['greeting with a non-digit version', pkt(0, cat(Uint8Array.of(10), text('abc\0'), new Uint8Array(40)))],
  ['ERR with a bad SQL state', hex('0e000001ff7a0423343253302a7465737420746573')],
  ['OK without status flags', hex('0700000100000000000000')],
  ['zeros', new Uint8Array(32)],
];

for (const [name, bytes] of NEGATIVE) {
  test(`detect rejects ${name}`, () => assert.equal(detect(bytes), null));
}

const HTTP1_DIR = fileURLToPath(new URL('../http1/captures/', import.meta.url));

test('the HTTP/1 captures never become mysql', () => {
  for (const f of readdirSync(HTTP1_DIR).filter((x) => x.endsWith('.pcap'))) {
    const { entries } = replayBytes(new Uint8Array(readFileSync(HTTP1_DIR + f)));
    assert.ok(entries.length > 0, f);
    assert.equal(entries.filter((e) => e.protocol.name === 'mysql').length, 0, f);
  }
});

let fixtures: ReturnType<typeof captures> = [];
try {
  fixtures = captures();
} catch {
  fixtures = [];
}

test('shared fixtures of other protocols never become mysql (mysql-on-port-5432 does)', { skip: fixtures.length === 0 && 'fixtures not present', timeout: 300_000 }, () => {
  let checked = 0;
  for (const c of fixtures) {
    const file = `${FIXTURES_DIR}/${c.path}`;
    if (statSync(file).size > 3 << 20) continue;
    const { entries } = replayBytes(new Uint8Array(readFileSync(file)));
    const mysql = entries.filter((e) => e.protocol.name === 'mysql').length;
    if (c.path === 'zeek/postgresql/mysql-on-port-5432.pcap') assert.equal(mysql, 7, c.path);
    else assert.equal(mysql, 0, c.path);
    checked++;
  }
  assert.ok(checked > 100, `only ${checked} fixtures`);
});
