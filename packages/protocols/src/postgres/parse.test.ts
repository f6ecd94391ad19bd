// The parser's four tests (CONVENTIONS §8): table-driven hex fixtures with every truncated prefix,
// byte-by-byte equal to one-shot, a property test, and wrong-protocol input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeBind, decodeCommandTag, decodeDataRow, decodeFields, decodeParse, decodeRowDescription, decodeStartup, formatValue, frame, sqlVerb } from './parse.js';
import * as M from './test-support/messages.js';
import { c, run, s, type Step } from './test-support/run.js';

const { hex } = M;

/** Frontend and backend messages as hex (built with test-support/messages.ts), with what they decode to. */
const FRAMES: { name: string; hex: string; typed: boolean; check: (body: Uint8Array) => void }[] = [
  {
    name: 'StartupMessage',
    hex: '00 00 00 20 00 03 00 00 75 73 65 72 00 61 6c 69 63 65 00 64 61 74 61 62 61 73 65 00 64 62 00 00',
    typed: false,
    check: (b) => assert.deepEqual(decodeStartup(b), { code: 196608, params: { user: 'alice', database: 'db' } }),
  },
  { name: 'SSLRequest', hex: '00 00 00 08 04 d2 16 2f', typed: false, check: (b) => assert.deepEqual(decodeStartup(b), { code: 80877103, params: {} }) },
  { name: 'CancelRequest', hex: '00 00 00 10 04 d2 16 2e 00 00 30 39 00 00 00 01', typed: false, check: (b) => assert.deepEqual(decodeStartup(b), { code: 80877102, params: {}, pid: 12345 }) },
  { name: 'Query', hex: '51 00 00 00 0d 53 45 4c 45 43 54 20 31 00', typed: true, check: (b) => assert.equal(new TextDecoder().decode(b), 'SELECT 1\0') },
  {
    name: 'Parse',
    hex: '50 00 00 00 17 73 31 00 53 45 4c 45 43 54 20 24 31 00 00 01 00 00 00 17',
    typed: true,
    check: (b) => assert.deepEqual(decodeParse(b), { name: 's1', query: 'SELECT $1', paramTypes: [23] }),
  },
  {
    name: 'Bind',
    hex: '42 00 00 00 18 00 73 31 00 00 00 00 02 00 00 00 02 34 32 ff ff ff ff 00 00',
    typed: true,
    check: (b) => assert.deepEqual(decodeBind(b), { portal: '', statement: 's1', parameters: ['42', null], cut: false }),
  },
  {
    name: 'ErrorResponse',
    hex: '45 00 00 00 29 53 45 52 52 4f 52 00 56 45 52 52 4f 52 00 43 34 32 50 30 31 00 4d 6e 6f 20 73 75 63 68 20 74 61 62 6c 65 00 00',
    typed: true,
    check: (b) => assert.deepEqual(decodeFields(b), { S: 'ERROR', V: 'ERROR', C: '42P01', M: 'no such table' }),
  },
  {
    name: 'RowDescription',
    hex: '54 00 00 00 1b 00 01 69 64 00 00 00 00 00 00 00 00 00 00 19 ff ff ff ff ff ff 00 00',
    typed: true,
    check: (b) => assert.deepEqual(decodeRowDescription(b), { names: ['id'], formats: [0] }),
  },
  { name: 'DataRow', hex: '44 00 00 00 0f 00 02 00 00 00 01 37 ff ff ff ff', typed: true, check: (b) => assert.deepEqual(decodeDataRow(b, [0, 0]), ['7', null]) },
  { name: 'CommandComplete', hex: '43 00 00 00 0f 49 4e 53 45 52 54 20 30 20 33 00', typed: true, check: (b) => assert.deepEqual(decodeCommandTag(b), { tag: 'INSERT 0 3', rows: 3 }) },
  { name: 'ReadyForQuery', hex: '5a 00 00 00 05 49', typed: true, check: (b) => assert.deepEqual([...b], [0x49]) },
];

test('frame: hex fixtures decode, and every truncated prefix is incomplete', () => {
  // The hex strings are the builders' output: keep them in sync.
  assert.equal(M.toHex(M.startup({ user: 'alice', database: 'db' })), FRAMES[0].hex);
  assert.equal(M.toHex(M.parse('s1', 'SELECT $1', [23])), FRAMES[4].hex);
  assert.equal(M.toHex(M.bind('', 's1', ['42', null])), FRAMES[5].hex);
  assert.equal(M.toHex(M.error('42P01', 'no such table')), FRAMES[6].hex);
  assert.equal(M.toHex(M.rowDesc('id')), FRAMES[7].hex);
  assert.equal(M.toHex(M.dataRow('7', null)), FRAMES[8].hex);
  for (const f of FRAMES) {
    const bytes = hex(f.hex);
    const r = frame(bytes, 0, f.typed);
    assert.ok('ok' in r, f.name);
    assert.equal(r.length, bytes.length, f.name);
    f.check(r.body);
    for (let n = 0; n < bytes.length; n++) {
      const p = frame(bytes.subarray(0, n), 0, f.typed);
      assert.ok('incomplete' in p && p.needed > 0, `${f.name} prefix ${n}`);
    }
  }
});

test('frame: lengths that lose framing are errors', () => {
  assert.deepEqual(frame(hex('51 00 00 00 03'), 0, true), { error: 'length' });
  assert.deepEqual(frame(hex('51 7f ff ff ff'), 0, true), { error: 'length' });
  assert.deepEqual(frame(hex('00 00 ff ff 00 03 00 00'), 0, false), { error: 'length' });
});

test('decoders: malformed bodies decode to null, values are bounded', () => {
  assert.equal(decodeParse(hex('73 31')), null);
  assert.equal(decodeBind(hex('00 00 00 01')), null);
  assert.equal(decodeFields(hex('53 45 52')), null);
  assert.equal(decodeRowDescription(hex('00 05 69')), null);
  assert.equal(decodeDataRow(hex('00 01 00 00 00 09 41'), [0]), null);
  assert.equal(formatValue(new Uint8Array(300).fill(0x61), 0), 'a'.repeat(256) + '…');
  assert.equal(formatValue(Uint8Array.of(0, 0, 0, 7), 1), '\\x00000007');
  assert.deepEqual(['  select 1', '/* c */ -- x\n(SELECT 2)', 'with x as (select 1) select', ';', ''].map(sqlVerb), ['SELECT', 'SELECT', 'WITH', '', '']);
  assert.deepEqual(decodeCommandTag(M.complete('SELECT 2').subarray(5)), { tag: 'SELECT 2', rows: 2 });
  assert.deepEqual(decodeCommandTag(M.complete('CREATE TABLE').subarray(5)), { tag: 'CREATE TABLE' });
});

const CONVERSATION: Step[] = [
  c(M.startup({ user: 'bob', database: 'shop', application_name: 'app' })),
  s(M.authMd5()),
  c(M.password('md5secret')),
  s(M.cat(M.authOk(), M.paramStatus('server_version', '16.1'), M.backendKey(42), M.ready())),
  c(M.query('SELECT id FROM t')),
  s(M.cat(M.rowDesc('id'), M.dataRow('1'), M.dataRow('2'), M.complete('SELECT 2'), M.ready())),
  c(M.cat(M.parse('', 'UPDATE t SET a = $1', [25]), M.bind('', '', ['x']), M.execute(), M.sync())),
  s(M.cat(M.parseComplete(), M.bindComplete(), M.complete('UPDATE 5'), M.ready())),
  c(M.query('SELEC nonsense')),
  s(M.cat(M.error('42601', 'syntax error'), M.ready())),
];

test('session: a whole conversation gives exact entries', () => {
  const ctx = run(CONVERSATION);
  const e = ctx.entries;
  assert.equal(e.length, 4);
  assert.deepEqual(e[0].request, { method: 'Startup', protocolVersion: '3.0', user: 'bob', database: 'shop', applicationName: 'app', startupParameters: { user: 'bob', database: 'shop', application_name: 'app' } });
  assert.deepEqual(e[0].response, { status: 0, auth: 'md5', authenticated: true, parameters: { server_version: '16.1' }, backendPid: 42 });
  assert.ok(!JSON.stringify(e).includes('md5secret'), 'password never kept');
  assert.deepEqual(e[1].response, { status: 0, command: 'SELECT 2', rows: 2, columns: ['id'], rowsSample: [['1'], ['2']] });
  assert.deepEqual(e[2].request, { method: 'UPDATE', query: 'UPDATE t SET a = $1', parameters: ['x'] });
  assert.deepEqual(e[2].response, { status: 0, command: 'UPDATE 5', rows: 5 });
  assert.equal(e[2].requestSize, M.cat(M.parse('', 'UPDATE t SET a = $1', [25]), M.bind('', '', ['x']), M.execute(), M.sync()).length);
  assert.deepEqual(e[3].response, { status: 1, code: '42601', message: 'syntax error', severity: 'ERROR' });
  for (const x of e) assert.equal(x.anomalies, undefined);
});

test('session: byte-by-byte feed equals one-shot feed', () => {
  const one = run(CONVERSATION).entries;
  for (const split of [1, 2, 3, 7]) assert.deepEqual(run(CONVERSATION, split).entries, one, `split ${split}`);
});

test('session: a gap marks what was in flight and resynchronises on the next message', () => {
  const ctx = run([
    c(M.startup({ user: 'u' })),
    s(M.cat(M.authOk(), M.ready())),
    c(M.query('SELECT 1')),
    { gap: 1, length: 30 },
    s(M.ready()),
    c(M.query('SELECT 2')),
    s(M.cat(M.rowDesc('x'), M.dataRow('2'), M.complete('SELECT 1'), M.ready())),
  ]);
  const e = ctx.entries;
  assert.deepEqual(e.map((x) => [x.request?.query, x.anomalies]), [
    [undefined, undefined],
    ['SELECT 1', ['gap', 'unpaired']],
    ['SELECT 2', undefined],
  ]);
  assert.deepEqual(e[2].response?.rowsSample, [['2']]);
});

test('session: a framing error (absurd length) desynchronises that direction, never throws', () => {
  const ctx = run([c(M.query('SELECT 1')), s(M.hex('43 7f ff ff ff 00')), s(M.cat(M.complete('SELECT 0'), M.ready()))]);
  assert.deepEqual(ctx.entries.map((x) => x.anomalies), [['desync', 'unpaired']]);
  assert.equal(ctx.counts.get('postgres.bad_length.error'), 1);
});

test('property: random bytes never throw; frame never consumes more than its input', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), fc.boolean(), (a, b, typed) => {
      const r = frame(a, 0, typed);
      if ('ok' in r) assert.ok(r.length <= a.length);
      run([c(a), s(b), c(b), s(a)], 1 + (a.length % 5));
    }),
    { numRuns: 300 },
  );
  // Valid messages with random mutations.
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 255 }), (pos, val) => {
      const steps = CONVERSATION.map((st) => ('data' in st ? { ...st, data: st.data.slice() } : st));
      const all = steps.flatMap((st) => ('data' in st ? [st.data] : []));
      const t = { data: all[pos % all.length] };
      t.data[pos % t.data.length] = val;
      run(steps);
    }),
    { numRuns: 500 },
  );
});

test('wrong protocol: HTTP, RESP and TLS bytes give no entries', () => {
  const enc = new TextEncoder();
  for (const [a, b] of [
    ['GET / HTTP/1.1\r\nHost: x\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'],
    ['*2\r\n$3\r\nGET\r\n$1\r\nk\r\n', '$-1\r\n'],
  ]) assert.deepEqual(run([c(enc.encode(a)), s(enc.encode(b))]).entries, []);
  assert.deepEqual(run([c(hex('16 03 01 00 c8 01 00 00 c4 03 03')), s(hex('16 03 03 00 5d 02 00 00 59'))]).entries, []);
});
