// The Redis session on scripted conversations: pipelining, pushes that take no reply slot,
// subscribe confirmations, CLIENT REPLY, gaps, lost framing, limits, redaction, key positions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChunkMeta, Direction, PartialEntry } from '../engine/types.js';
import { fakeContext, type FakeContext } from '../http1/test-support/fake-context.js';
import type { EngineLimits } from '../limits.js';
import { redisDissector } from './index.js';

type Step = { dir: Direction; data: string; ts?: number; peerAck?: number } | { gap: Direction; length: number } | { end: true };
const c = (data: string, ts?: number, peerAck?: number): Step => ({ dir: 0, data, ts, peerAck });
const s = (data: string, ts?: number, peerAck?: number): Step => ({ dir: 1, data, ts, peerAck });
const cmd = (...args: string[]): string => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

function run(steps: Step[], opts: { split?: number; limits?: Partial<EngineLimits> } = {}): FakeContext {
  const ctx = fakeContext(opts.limits);
  const session = redisDissector.createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    if ('gap' in step) {
      session.gap(step.gap, step.length, { ts, offset: offset[step.gap], peerAck: -1 });
      offset[step.gap] += step.length;
    } else if ('end' in step) {
      break;
    } else {
      ts = step.ts ?? ts;
      const bytes = new TextEncoder().encode(step.data);
      const size = opts.split ?? bytes.length;
      for (let i = 0; i < bytes.length; i += size) {
        const piece = bytes.slice(i, i + size);
        const meta: ChunkMeta = { ts, offset: offset[step.dir], peerAck: step.peerAck ?? -1 };
        session.feed(step.dir, piece, meta);
        offset[step.dir] += piece.length;
      }
    }
  }
  session.close(ts);
  return ctx;
}

type Obj = Record<string, unknown>;
const rq = (e: PartialEntry): Obj => e.request as Obj;
const rs = (e: PartialEntry): Obj => e.response as Obj;
const summary = (e: PartialEntry): unknown[] => [rq(e)?.command ?? null, rs(e)?.value ?? null, e.anomalies ?? []];

test('pipelining: the n-th reply pairs with the n-th command; any chunking gives the same entries', () => {
  const steps = [c(cmd('SET', 'a', '1') + cmd('GET', 'a') + cmd('GET', 'b'), 1000), s('+OK\r\n$1\r\n1\r\n$-1\r\n', 1002)];
  const one = run(steps);
  assert.deepEqual(one.entries.map(summary), [
    ['SET', 'OK', []],
    ['GET', '1', []],
    ['GET', null, []],
  ]);
  assert.deepEqual(one.entries.map((e) => [e.requestSize, e.responseSize, e.elapsedTime, rs(e).hit]), [
    [cmd('SET', 'a', '1').length, 5, 2, undefined],
    [cmd('GET', 'a').length, 7, 2, true],
    [cmd('GET', 'b').length, 5, 2, false],
  ]);
  for (const split of [1, 2, 3, 7]) assert.deepEqual(run(steps, { split }).entries, one.entries, `split ${split}`);
});

test('RESP3 pushes are one-way entries and never take a pending command reply', () => {
  const push = '>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n';
  const ctx = run([c(cmd('GET', 'a') + cmd('GET', 'b')), s(`$1\r\nx\r\n${push}$1\r\ny\r\n`)]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['GET', 'x', []],
    ['MESSAGE', ['message', 'ch', 'hi'], []],
    ['GET', 'y', []],
  ]);
  assert.deepEqual(rq(ctx.entries[1]), { method: 'MESSAGE', command: 'MESSAGE', args: [], synthetic: true, path: 'ch', channel: 'ch' });
  assert.equal(ctx.entries[1].elapsedTime, null);
  assert.equal(ctx.entries[1].protocol.version, 'RESP3');
  // A client-tracking invalidation push has no channel.
  const inv = run([s('>2\r\n$10\r\ninvalidate\r\n*1\r\n$3\r\nkey\r\n')]);
  assert.deepEqual(rq(inv.entries[0]), { method: 'INVALIDATE', command: 'INVALIDATE', args: [], synthetic: true });
});

test('subscribe: one confirmation per channel; UNSUBSCRIBE without channels until the count is 0', () => {
  const conf = (kind: string, ch: string, n: number) => `>3\r\n$${kind.length}\r\n${kind}\r\n$${ch.length}\r\n${ch}\r\n:${n}\r\n`;
  const ctx = run([
    c(cmd('SUBSCRIBE', 'a', 'b')),
    s(conf('subscribe', 'a', 1) + conf('subscribe', 'b', 2)),
    c(cmd('UNSUBSCRIBE')),
    s(conf('unsubscribe', 'a', 1) + conf('unsubscribe', 'b', 0)),
    c(cmd('PING')),
    s('+PONG\r\n'),
  ]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['SUBSCRIBE', [['subscribe', 'a', 1], ['subscribe', 'b', 2]], []],
    ['UNSUBSCRIBE', [['unsubscribe', 'a', 1], ['unsubscribe', 'b', 0]], []],
    ['PING', 'PONG', []],
  ]);
  assert.deepEqual(rq(ctx.entries[0]).channels, ['a', 'b']);
});

test('RESP2: `message` arrays are pushes only while subscribed', () => {
  const msg = '*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n';
  const subscribed = run([c(cmd('SUBSCRIBE', 'ch')), s('*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n'), c(cmd('PING')), s(msg + '*2\r\n$4\r\npong\r\n$0\r\n\r\n')]);
  assert.deepEqual(subscribed.entries.map(summary), [
    ['SUBSCRIBE', [['subscribe', 'ch', 1]], []],
    ['MESSAGE', ['message', 'ch', 'hi'], []],
    ['PING', ['pong', ''], []],
  ]);
  // Not subscribed: a list that happens to start with "message" is an ordinary reply.
  const plain = run([c(cmd('LRANGE', 'l', '0', '-1')), s(msg)]);
  assert.deepEqual(plain.entries.map(summary), [['LRANGE', ['message', 'ch', 'hi'], []]]);
});

test('CLIENT REPLY OFF/SKIP/ON: silenced commands pair with nothing', () => {
  const ctx = run([c('PING\r\nCLIENT REPLY OFF\r\nPING\r\nCLIENT REPLY SKIP\r\nCLIENT REPLY ON\r\nPING\r\nCLIENT REPLY SKIP\r\nPING\r\nPING\r\n'), s('+PONG\r\n+OK\r\n+PONG\r\n+PONG\r\n')]);
  assert.deepEqual(
    ctx.entries.map((e) => [rq(e).command, rq(e).args, rq(e).noReply ?? false, rs(e)?.value ?? null]),
    [
      ['PING', [], false, 'PONG'],
      ['CLIENT REPLY', ['OFF'], true, null],
      ['PING', [], true, null],
      ['CLIENT REPLY', ['SKIP'], true, null],
      ['CLIENT REPLY', ['ON'], false, 'OK'],
      ['PING', [], false, 'PONG'],
      ['CLIENT REPLY', ['SKIP'], true, null],
      ['PING', [], true, null],
      ['PING', [], false, 'PONG'],
    ],
  );
  for (const e of ctx.entries) assert.equal(e.anomalies, undefined);
});

test('errors: status 1 and the error text; RESP3 bulk errors too', () => {
  const ctx = run([c(cmd('LPUSH', 'k', 'v') + cmd('EVAL', 'x', '0')), s('-WRONGTYPE Operation against a key\r\n!21\r\nSYNTAX invalid syntax\r\n')]);
  assert.deepEqual(
    ctx.entries.map((e) => rs(e)),
    [
      { status: 1, value: null, error: 'WRONGTYPE Operation against a key' },
      { status: 1, value: null, error: 'SYNTAX invalid syntax' },
    ],
  );
});

test('attributes are attached to the reply that follows them', () => {
  const ctx = run([c(cmd('GET', 'a')), s('|1\r\n+ttl\r\n:3600\r\n$1\r\nv\r\n')]);
  assert.deepEqual(rs(ctx.entries[0]), { status: 0, value: 'v', attributes: { ttl: 3600 }, hit: true });
  assert.equal(ctx.entries[0].responseSize, '|1\r\n+ttl\r\n:3600\r\n$1\r\nv\r\n'.length);
});

test('MGET: hit only when every key was found; hits counts them', () => {
  const ctx = run([c(cmd('MGET', 'a', 'b') + cmd('MGET', 'a')), s('*2\r\n$1\r\n1\r\n$-1\r\n*1\r\n$1\r\n1\r\n')]);
  assert.deepEqual(ctx.entries.map((e) => [rs(e).hit, rs(e).hits]), [[false, 1], [true, 1]]);
});

test('a reply sent before the command arrived is not its reply (start with server, peer ACK)', () => {
  const early = run([s('+OK\r\n', 900), c(cmd('SET', 'a', 'b'), 1000), s('+OK\r\n', 1001)]);
  assert.deepEqual(early.entries.map(summary), [
    [null, 'OK', ['unpaired']],
    ['SET', 'OK', []],
  ]);
  // Same time, but the server had not acknowledged the command when it sent the reply.
  const ack = run([c(cmd('PING'), 1000), s('+OK\r\n', 1000, 0), s('+PONG\r\n', 1000, cmd('PING').length)]);
  assert.deepEqual(ack.entries.map(summary), [
    [null, 'OK', ['unpaired']],
    ['PING', 'PONG', []],
  ]);
});

test('gap inside a bulk payload: counted, the entry is marked, pairing goes on', () => {
  const ctx = run([c(cmd('GET', 'big') + cmd('PING')), s('$20\r\nabcde'), { gap: 1, length: 10 }, s('vwxyz\r\n+PONG\r\n')]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['GET', 'abcde', ['gap', 'truncated']],
    ['PING', 'PONG', []],
  ]);
  assert.equal(ctx.entries[0].responseSize, '$20\r\n'.length + 22);
});

test('gap between replies: waiting commands lose their replies; later ones pair again', () => {
  const ctx = run([c(cmd('GET', 'a') + cmd('GET', 'b')), s('$1\r\n1\r\n'), { gap: 1, length: 7 }, c(cmd('PING')), s('+PONG\r\n')]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['GET', '1', []],
    ['GET', null, ['gap']],
    ['PING', 'PONG', ['gap']],
  ]);
});

test('client gap mid-command: the cut command is reported, the next chunk resynchronises', () => {
  const ctx = run([c('*3\r\n$3\r\nSET\r\n$1\r\na\r\n$5\r\nhel'), { gap: 0, length: 4 }, c('garbage that is not a command'), c(cmd('GET', 'a')), s('+OK\r\n$5\r\nhello\r\n')]);
  assert.deepEqual(ctx.entries.map((e) => [rq(e)?.command, rs(e)?.value, e.anomalies]), [
    ['SET', 'OK', ['gap', 'truncated']],
    ['GET', 'hello', ['gap']],
  ]);
  assert.equal(ctx.counts.get('redis.skipped_bytes'), 'garbage that is not a command'.length);
});

test('lost framing on the server side: desync, then a resync at the next message start', () => {
  const ctx = run([c(cmd('GET', 'a')), s('not RESP at all\r\n'), c(cmd('PING')), s('+PONG\r\n')]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['GET', null, ['desync']],
    ['PING', 'PONG', ['desync']],
  ]);
  assert.equal(ctx.counts.get('redis.desync'), 1);
  assert.equal(ctx.counts.get('redis.bad_type'), 1);
});

test('close: a command without reply is emitted with response null, marked unpaired; a cut reply is truncated', () => {
  const ctx = run([c(cmd('GET', 'a') + cmd('GET', 'b')), s('$10\r\nabc')]);
  assert.deepEqual(ctx.entries.map(summary), [
    ['GET', 'abc', ['truncated']],
    ['GET', null, ['unpaired']],
  ]);
});

test('pending commands are bounded', () => {
  const ctx = run([c(cmd('PING').repeat(6))], { limits: { maxPendingRequests: 4 } });
  assert.equal(ctx.entries.length, 6);
  assert.equal(ctx.counts.get('redis.pending_overflow'), 2);
});

test('passwords are redacted at the dissector', () => {
  const ctx = run([
    c(
      cmd('AUTH', 'pw1') +
        cmd('AUTH', 'user', 'pw2') +
        cmd('HELLO', '3', 'AUTH', 'user', 'pw3', 'SETNAME', 'n') +
        cmd('CONFIG', 'SET', 'requirepass', 'pw4') +
        cmd('MIGRATE', 'h', '1', '', '0', '5', 'AUTH', 'pw5', 'KEYS', 'k') +
        cmd('ACL', 'SETUSER', 'bob', 'on', '>pw6') +
        'AUTH pw7\r\n',
    ),
  ]);
  assert.deepEqual(ctx.entries.map((e) => [rq(e).command, rq(e).args]), [
    ['AUTH', ['[redacted]']],
    ['AUTH', ['user', '[redacted]']],
    ['HELLO', ['3', 'AUTH', 'user', '[redacted]', 'SETNAME', 'n']],
    ['CONFIG SET', ['requirepass', '[redacted]']],
    ['MIGRATE', ['h', '1', '', '0', '5', 'AUTH', '[redacted]', 'KEYS', 'k']],
    ['ACL SETUSER', ['bob', 'on', '>[redacted]']],
    ['AUTH', ['[redacted]']],
  ]);
  assert.ok(!JSON.stringify(ctx.entries).includes('pw'));
});

test('command names and key positions', () => {
  const ctx = run([
    c(
      cmd('get', 'k1') +
        cmd('CLIENT', 'setname', 'x') +
        cmd('EVAL', 'return 1', '1', 'k2', 'a') +
        cmd('EVAL', 'return 1', '0') +
        cmd('XREAD', 'COUNT', '2', 'STREAMS', 'k3', '0') +
        cmd('OBJECT', 'ENCODING', 'k4') +
        cmd('BITOP', 'AND', 'k5', 'k6') +
        cmd('INFO') +
        cmd('PUBLISH', 'chan', 'msg') +
        cmd('FT.SEARCH', 'idx', '*'),
    ),
  ]);
  assert.deepEqual(ctx.entries.map((e) => [rq(e).command, rq(e).key, rq(e).path]), [
    ['GET', 'k1', 'k1'],
    ['CLIENT SETNAME', undefined, undefined],
    ['EVAL', 'k2', 'k2'],
    ['EVAL', undefined, undefined],
    ['XREAD', 'k3', 'k3'],
    ['OBJECT ENCODING', 'k4', 'k4'],
    ['BITOP', 'k5', 'k5'],
    ['INFO', undefined, undefined],
    ['PUBLISH', undefined, 'chan'],
    ['FT.SEARCH', undefined, undefined],
  ]);
});

test('long and many arguments are bounded', () => {
  const args = Array.from({ length: 100 }, (_, i) => `k${i}`);
  const ctx = run([c(cmd('DEL', ...args) + cmd('SET', 'k', 'v'.repeat(5000)))]);
  assert.equal((rq(ctx.entries[0]).args as string[]).length, 64);
  assert.equal(rq(ctx.entries[0]).argCount, 100);
  assert.equal((rq(ctx.entries[1]).args as string[])[1], `${'v'.repeat(1024)}…`);
});

test('wrong protocol fed to a session: nothing comes out', () => {
  const ctx = run([c('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), s('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')]);
  assert.deepEqual(ctx.entries, []);
});
