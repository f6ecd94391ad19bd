// Session behaviour beyond the happy path: pipelining, the extended protocol's error skipping,
// client gaps, COPY failures, notifications, bounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as M from './test-support/messages.js';
import { c, run, s } from './test-support/run.js';

const { cat } = M;
const login = [c(M.startup({ user: 'u', database: 'd' })), s(cat(M.authOk(), M.backendKey(7), M.ready()))];

test('pipelined simple queries pair in order', () => {
  const ctx = run([...login, c(cat(M.query('BEGIN'), M.query('SELECT 1'), M.query('COMMIT'))), s(cat(M.complete('BEGIN'), M.ready('T'), M.rowDesc('x'), M.dataRow('1'), M.complete('SELECT 1'), M.ready('T'), M.complete('COMMIT'), M.ready()))]);
  assert.deepEqual(ctx.entries.slice(1).map((e) => [e.request?.method, e.response?.command]), [['BEGIN', 'BEGIN'], ['SELECT', 'SELECT 1'], ['COMMIT', 'COMMIT']]);
});

test('extended: an error with the Sync still to come skips what follows up to the Sync', () => {
  const ctx = run([
    ...login,
    c(cat(M.parse('', 'SELECT * FROM nope'), M.bind('', '', []), M.execute())),
    s(M.error('42P01', 'relation "nope" does not exist')),
    c(cat(M.parse('', 'SELECT 2'), M.bind('', '', []), M.execute(), M.sync())),
    s(M.ready()),
    c(cat(M.parse('', 'SELECT 3'), M.bind('', '', []), M.execute(), M.sync())),
    s(cat(M.parseComplete(), M.bindComplete(), M.dataRow('3'), M.complete('SELECT 1'), M.ready())),
  ]);
  const e = ctx.entries.slice(1);
  assert.deepEqual(e.map((x) => [x.request?.query, x.request?.skipped, x.response?.status, x.response?.code]), [
    ['SELECT * FROM nope', 1, 1, '42P01'],
    ['SELECT 3', undefined, 0, undefined],
  ]);
  assert.deepEqual(e[1].response?.rowsSample, [['3']]);
});

test('a client gap flushes what was pending and drops server messages until ReadyForQuery', () => {
  const ctx = run([...login, c(M.query('SELECT 1')), { gap: 0, length: 40 }, s(cat(M.complete('SELECT 1'), M.ready())), s(cat(M.complete('UPDATE 2'), M.ready())), c(M.query('DELETE FROM t')), s(cat(M.complete('DELETE 4'), M.ready()))]);
  assert.deepEqual(ctx.entries.slice(1).map((x) => [x.request?.query, x.response?.command ?? null, x.anomalies]), [
    ['SELECT 1', null, ['gap', 'unpaired']],
    ['DELETE FROM t', 'DELETE 4', undefined],
  ]);
});

test('COPY FROM STDIN failed by the client: CopyFail and the error belong to the Query', () => {
  const ctx = run([...login, c(M.query('COPY t FROM STDIN')), s(M.msg('G', Uint8Array.of(0), M.i16(1), M.i16(0))), c(cat(M.msg('d', new TextEncoder().encode('1\n')), M.msg('f', M.cstr('abort')))), s(cat(M.error('57014', 'COPY from stdin failed: abort'), M.ready()))]);
  const q = ctx.entries[1];
  assert.deepEqual([q.request?.copyFail, q.response?.status, q.response?.code, q.response?.copy], [true, 1, '57014', { direction: 'in', format: 'text', messages: 1, bytes: 2 }]);
  assert.equal(q.requestSize, M.query('COPY t FROM STDIN').length + 7 + 11);
});

test('a Query whose text exceeds the kept bound is truncated, counted, and still paired', () => {
  const big = 'SELECT ' + "'" + 'x'.repeat(300 << 10) + "'";
  const ctx = run([...login, c(M.query(big)), s(cat(M.complete('SELECT 1'), M.ready()))]);
  const q = ctx.entries[1];
  assert.equal(q.request?.method, 'SELECT');
  assert.ok((q.request?.query as string).length < big.length);
  assert.deepEqual([q.anomalies, q.response?.command, q.requestSize], [['truncated'], 'SELECT 1', big.length + 6]);
  assert.equal(ctx.counts.get('limit.postgres.maxKeptMessageBytes'), 1);
});

test('pending operations are bounded: past the limit, whole ReadyForQuery cycles are given up and pairing stays aligned', () => {
  const n = 1100;
  const queries = Array.from({ length: n }, (_, i) => M.query(`SELECT ${i}`));
  const answers = Array.from({ length: n }, (_, i) => cat(M.complete(`SELECT ${i}`), M.ready()));
  const ctx = run([...login, c(cat(...queries)), s(cat(...answers)), c(M.query('SELECT last')), s(cat(M.complete('SELECT 7'), M.ready()))]);
  assert.equal(ctx.entries.length, n + 2);
  assert.equal(ctx.counts.get('limit.postgres.maxPendingOps'), 1);
  const e = ctx.entries.slice(1);
  // The first 1024 are given up when the 1025th arrives; that one (a Query: the end of a cycle) is
  // emitted unanswered too, and the 1025 answers dropped. From the 1026th on, pairing is exact.
  assert.ok(e.slice(0, 1025).every((x) => x.response === null && x.anomalies?.includes('unpaired')));
  assert.ok(e.slice(1025, n).every((x) => x.response?.command === (x.request?.query as string) && x.anomalies === undefined));
  assert.deepEqual([e[n].request?.query, e[n].response?.command, e[n].anomalies], ['SELECT last', 'SELECT 7', undefined]);
});

test('an SSLRequest accepted: one encrypted entry, nothing parsed after it', () => {
  const ctx = run([c(M.sslRequest()), s(new TextEncoder().encode('S')), c(M.hex('16 03 01 00 c8 01 00 00 c4 03 03')), s(M.hex('16 03 03 00 5d 02 00 00 59'))]);
  assert.deepEqual(ctx.entries.map((e) => [e.request?.method, e.response, e.anomalies]), [['SSLRequest', { status: 0, answer: 'S', encrypted: true }, ['encrypted']]]);
});

test('an ErrorResponse nobody asked for is a one-way entry', () => {
  const ctx = run([...login, s(cat(M.error('57P01', 'terminating connection due to administrator command', 'FATAL')))]);
  assert.deepEqual([ctx.entries[1].request, ctx.entries[1].response?.code, ctx.entries[1].anomalies], [null, '57P01', ['unpaired']]);
});

test('a notification before ReadyForQuery leaves the extended NOTIFY and its Sync together', () => {
  const n = M.msg('A', M.i32(7), M.cstr('ch'), M.cstr('hi'));
  const ctx = run([...login, c(cat(M.parse('', "NOTIFY ch, 'hi'"), M.bind('', '', []), M.execute(), M.sync())), s(cat(M.parseComplete(), M.bindComplete(), M.complete('NOTIFY'), n, M.ready()))]);
  assert.deepEqual(ctx.entries.slice(1).map((e) => [e.request?.method, e.response?.status, e.requestSize, e.responseSize]), [
    ['Notification', 0, 0, n.length],
    ['NOTIFY', 0, cat(M.parse('', "NOTIFY ch, 'hi'"), M.bind('', '', []), M.execute(), M.sync()).length, 5 + 5 + 12 + 6],
  ]);
  assert.deepEqual(ctx.entries[1].response, { status: 0, channel: 'ch', payload: 'hi', pid: 7 });
});
