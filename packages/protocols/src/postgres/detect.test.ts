// Detection by content, strict: a table of first bytes, every truncated prefix of a positive case
// answers 'more' (never a wrong verdict), and no stream of the other protocols' captures (HTTP/1
// captures, every non-PostgreSQL fixture, the zeek negatives on port 5432) is claimed.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captures, FIXTURES_DIR, readCapture } from '../capture/test-support/fixtures.js';
import { detect } from './detect.js';
import * as M from './test-support/messages.js';
import { replay, replayBytes } from './test-support/replay.js';

const { hex, cat } = M;
const enc = (s: string) => new TextEncoder().encode(s);

const CASES: [string, Uint8Array, ReturnType<typeof detect>][] = [
  ['StartupMessage', M.startup({ user: 'alice', database: 'db' }), 'client'],
  ['SSLRequest', M.sslRequest(), 'client'],
  ['GSSENCRequest', hex('00 00 00 08 04 d2 16 30'), 'client'],
  ['CancelRequest', hex('00 00 00 10 04 d2 16 2e 00 00 30 39 00 00 00 01'), 'client'],
  ['Query mid-stream', M.query('SELECT * FROM t'), 'client'],
  ['Parse/Bind/Execute/Sync mid-stream', cat(M.parse('', 'SELECT $1'), M.bind('', '', ['1']), M.execute(), M.sync()), 'client'],
  ['Bind/Execute mid-stream', cat(M.bind('', 'S_1', ['1']), M.execute(), M.sync()), 'client'],
  ['AuthenticationMD5Password', M.authMd5(), 'server'],
  ['AuthenticationOk + ParameterStatus', cat(M.authOk(), M.paramStatus('a', 'b')), 'server'],
  ['ErrorResponse', M.error('28P01', 'password authentication failed', 'FATAL'), 'server'],
  ['RowDescription, DataRow, CommandComplete, ReadyForQuery', cat(M.rowDesc('id'), M.dataRow('1'), M.complete('SELECT 1'), M.ready()), 'server'],
  ['CommandComplete + ReadyForQuery', cat(M.complete('DELETE 1'), M.ready()), 'server'],
  ['ReadyForQuery alone (too weak): wait', M.ready(), 'more'],
  ['StartupMessage without user', M.startup({ database: 'db' }), null],
  ['startup length above 10000', hex('00 00 cf 73 00 03 00 00 75 73 65 72 00'), null],
  ['protocol 2.0', hex('00 00 00 10 00 02 00 00 75 73 65 72 00 61 00 00'), null],
  ['complete Query without its NUL', hex('51 00 00 00 0c 53 45 4c 45 43 54 20 31'), null],
  ['Query with binary text', cat(enc('Q'), M.i32(8), hex('01 02 03 00')), null],
  ['Query that is not SQL', M.query('1234'), null],
  ['ErrorResponse without SQLSTATE', cat(enc('E'), M.i32(20), enc('SINFO\0MTest Error\0\0')), null],
  ['ReadyForQuery with a bad length', hex('5a 00 00 00 01 00 00'), null],
  ['HTTP request', enc('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), null],
  ['HTTP response', enc('HTTP/1.1 200 OK\r\n\r\n'), null],
  ['RESP', enc('*1\r\n$4\r\nPING\r\n'), null],
  ['TLS ClientHello', hex('16 03 01 00 c8 01 00 00 c4 03 03'), null],
  ['MySQL greeting', hex('4a 00 00 00 0a 38 2e 30 2e 33 33 00 08 00 00 00'), null],
  ['SSH banner', enc('SSH-2.0-OpenSSH_9.6\r\n'), null],
  ['empty', new Uint8Array(0), 'more'],
];

test('detect: table', () => {
  for (const [name, bytes, want] of CASES) assert.equal(detect(bytes), want, name);
});

test('detect: every prefix of a positive case is "more" or the same verdict', () => {
  for (const [name, bytes, want] of CASES) {
    if (want !== 'client' && want !== 'server') continue;
    for (let n = 0; n < bytes.length; n++) {
      const r = detect(bytes.subarray(0, n));
      assert.ok(r === 'more' || r === want, `${name} prefix ${n}: ${r}`);
    }
  }
});

const HTTP1 = fileURLToPath(new URL('../http1/captures/', import.meta.url));

test('negative: HTTP/1 captures and every other protocol fixture give no postgres entry', () => {
  const files = [
    ...readdirSync(HTTP1)
      .filter((f) => f.endsWith('.pcap'))
      .map((f) => join(HTTP1, f)),
    ...captures()
      .map((c) => c.path)
      .filter((p) => !/^(zeek\/postgresql|deepflow\/postgre)\//.test(p) || /(mysql|http)-on-port-5432/.test(p))
      .map((p) => join(FIXTURES_DIR, p))
      .filter((p) => statSync(p).size < 4 << 20),
  ];
  assert.ok(files.length > 150, `${files.length} files`);
  const stolen: string[] = [];
  for (const f of files) {
    const { entries } = f.startsWith(FIXTURES_DIR) ? replayBytes(readCapture(f.slice(FIXTURES_DIR.length + 1))) : replay(f);
    const n = entries.filter((e) => e.protocol.name === 'postgres').length;
    if (n > 0) stolen.push(`${f}: ${n}`);
  }
  assert.deepEqual(stolen, []);
});

test('negative: HTTP on port 5432 goes to the HTTP dissector', () => {
  const { entries } = replayBytes(readCapture('zeek/postgresql/http-on-port-5432.pcap'));
  assert.deepEqual(entries.map((e) => [e.protocol.name, e.request?.method]), [['http', 'GET']]);
});
