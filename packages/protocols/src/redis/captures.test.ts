// Our own captures (captures/record.mjs: real redis-server driven by real redis-cli on ports 6390
// and 26390/26391, recorded with tcpdump on lo) replayed through the real engine: exact entries
// for the key cases, plus the golden file beside each pcap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { readFileSync } from 'node:fs';
import { pcapRecords } from '../engine/test-support/fuzz-run.js';
import { replayRedis } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
type Obj = Record<string, unknown>;
const rq = (e: Entry): Obj => e.request as Obj;
const rs = (e: Entry): Obj => e.response as Obj;
/** [command, key, args, status, value] of an entry. */
const row = (e: Entry): unknown[] => [rq(e).command, rq(e).key, rq(e).args, rs(e)?.status, rs(e)?.value];
/** Bytes of a command array on the wire. */
const wire = (...args: string[]): number => Buffer.byteLength(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
/** redis-cli --pipe ends with an ECHO of 20 random bytes: not ours to check. */
const notEcho = (e: Entry): boolean => rq(e)?.command !== 'ECHO';

function common(e: Entry, port: number): void {
  assert.equal(e.protocol.name, 'redis');
  assert.equal(e.protocol.abbr, 'REDIS');
  assert.equal(e.transport, 'tcp');
  assert.deepEqual([e.src.ip, e.dst.ip, e.dst.port], ['127.0.0.1', '127.0.0.1', port]);
  assert.equal(rq(e).method, rq(e).command);
  if (rq(e).key !== undefined) assert.equal(rq(e).path, rq(e).key);
}

const CASES: Record<string, { port: number; count: number; check: (e: Entry[]) => void; limits?: { maxBodyBytes: number } }> = {
  basic: {
    port: 6390,
    count: 15,
    check(e) {
      assert.deepEqual(e.map(row), [
        ['SET', 'user:1', ['user:1', 'alice'], 0, 'OK'],
        ['GET', 'user:1', ['user:1'], 0, 'alice'],
        ['GET', 'user:404', ['user:404'], 0, null],
        ['MGET', 'user:1', ['user:1', 'user:404'], 0, ['alice', null]],
        ['HSET', 'h:1', ['h:1', 'name', 'bob', 'age', '42'], 0, 2],
        ['HGET', 'h:1', ['h:1', 'name'], 0, 'bob'],
        ['HGET', 'h:1', ['h:1', 'missing'], 0, null],
        ['LPUSH', 'list:1', ['list:1', 'a', 'b', 'c'], 0, 3],
        ['LRANGE', 'list:1', ['list:1', '0', '-1'], 0, ['c', 'b', 'a']],
        ['INCR', 'counter', ['counter'], 0, 1],
        ['EXPIRE', 'user:1', ['user:1', '100'], 0, 1],
        ['LPUSH', 'user:1', ['user:1', 'x'], 1, null],
        ['DEL', 'user:1', ['user:1', 'h:1'], 0, 2],
        ['CONFIG GET', undefined, ['maxmemory'], 0, ['maxmemory', '0']],
        ['PING', undefined, [], 0, 'PONG'],
      ]);
      assert.deepEqual(e.map((x) => rs(x).hit), [undefined, true, false, false, undefined, true, false, undefined, true, undefined, undefined, undefined, undefined, undefined, undefined]);
      assert.equal(rs(e[3]).hits, 1);
      assert.equal(rs(e[11]).error, 'WRONGTYPE Operation against a key holding the wrong kind of value');
      assert.equal(new Set(e.map((x) => x.src.port)).size, 15, 'one connection per redis-cli run');
      assert.equal(e[0].requestSize, wire('SET', 'user:1', 'alice'));
      assert.equal(e[0].responseSize, 5);
      assert.equal(e[1].responseSize, '$5\r\nalice\r\n'.length);
      for (const x of e) {
        assert.equal(x.anomalies, undefined);
        assert.ok(x.elapsedTime !== null && x.elapsedTime >= 0);
        assert.equal(x.protocol.version, 'RESP2');
      }
    },
  },
  pipeline: {
    port: 6390,
    count: 22,
    check(e) {
      assert.equal(new Set(e.map((x) => x.src.port)).size, 1, 'one connection');
      const mine = e.filter(notEcho);
      assert.deepEqual(
        mine.map(row),
        [
          ...Array.from({ length: 10 }, (_, i) => ['SET', `k${i}`, [`k${i}`, `v${i}`], 0, 'OK']),
          ...Array.from({ length: 10 }, (_, i) => ['GET', `k${i}`, [`k${i}`], 0, `v${i}`]),
          ['DEL', 'k0', ['k0', 'k1', 'nope'], 0, 2],
        ],
      );
      // All commands went out in one segment: one first-byte timestamp, replies paired in order.
      assert.equal(new Set(mine.map((x) => x.timestamp)).size, 1);
      for (const x of e) assert.equal(x.anomalies, undefined);
    },
  },
  resp3: {
    port: 26390,
    count: 18,
    check(e) {
      const hello = e.filter((x) => rq(x).command === 'HELLO');
      assert.equal(hello.length, 9, 'redis-cli -3 sends HELLO 3 on each connection');
      for (const h of hello) {
        assert.deepEqual(rq(h).args, ['3']);
        assert.equal((rs(h).value as Obj).proto, 3);
        assert.equal((rs(h).value as Obj).server, 'redis');
      }
      const rest = e.filter((x) => rq(x).command !== 'HELLO');
      assert.deepEqual(rest.map(row), [
        ['HSET', 'h:3', ['h:3', 'f1', 'v1', 'f2', 'v2'], 0, 2],
        ['HGETALL', 'h:3', ['h:3'], 0, { f1: 'v1', f2: 'v2' }],
        ['SADD', 's:3', ['s:3', 'only'], 0, 1],
        ['SMEMBERS', 's:3', ['s:3'], 0, ['only']],
        ['ZADD', 'z:3', ['z:3', '1.5', 'm'], 0, 1],
        ['ZSCORE', 'z:3', ['z:3', 'm'], 0, 1.5],
        ['GET', 'missing:3', ['missing:3'], 0, null],
        ['EVAL', undefined, ['redis.setresp(3); return true', '0'], 0, true],
        ['LOLWUT', undefined, ['VERSION', '5', '1', '1', '1'], 0, rs(rest[8]).value],
      ]);
      // The verbatim string (`=…\r\ntxt:…`) loses its format prefix.
      assert.match(rs(rest[8]).value as string, /^⠋[\s\S]*Redis ver\. 7\./);
      assert.equal(rest[6].responseSize, 3, 'RESP3 null is `_\\r\\n`');
      for (const x of e) assert.equal(x.protocol.version, 'RESP3');
    },
  },
  pubsub: {
    port: 6390,
    count: 8,
    check(e) {
      const [sub, hello, psub, pub1, pmsg, msg1, pub2, msg2] = e;
      assert.deepEqual(row(sub), ['SUBSCRIBE', undefined, ['news', 'alerts'], 0, [['subscribe', 'news', 1], ['subscribe', 'alerts', 2]]]);
      assert.equal(sub.responseSize, 2 * '*3\r\n'.length + '$9\r\nsubscribe\r\n'.length * 2 + '$4\r\nnews\r\n:1\r\n'.length + '$6\r\nalerts\r\n:2\r\n'.length);
      assert.equal(rq(hello).command, 'HELLO');
      assert.deepEqual(row(psub), ['PSUBSCRIBE', undefined, ['news*'], 0, [['psubscribe', 'news*', 1]]]);
      assert.equal(psub.protocol.version, 'RESP3');
      assert.deepEqual(row(pub1), ['PUBLISH', undefined, ['news', 'hello subscribers'], 0, 2]);
      assert.deepEqual(row(pub2), ['PUBLISH', undefined, ['alerts', 'fire'], 0, 1]);
      // Messages are one-way entries with a synthetic request; they never take a reply slot.
      assert.deepEqual(rq(pmsg), { method: 'PMESSAGE', command: 'PMESSAGE', args: [], synthetic: true, path: 'news', channel: 'news', pattern: 'news*' });
      assert.deepEqual(rs(pmsg), { status: 0, value: ['pmessage', 'news*', 'news', 'hello subscribers'], push: true });
      assert.equal(pmsg.protocol.version, 'RESP3', 'a `>` push');
      assert.deepEqual(rq(msg1), { method: 'MESSAGE', command: 'MESSAGE', args: [], synthetic: true, path: 'news', channel: 'news' });
      assert.deepEqual(rs(msg1).value, ['message', 'news', 'hello subscribers']);
      assert.equal(msg1.protocol.version, 'RESP2', 'a RESP2 array while subscribed');
      assert.deepEqual(rs(msg2).value, ['message', 'alerts', 'fire']);
      for (const m of [pmsg, msg1, msg2]) {
        assert.equal(m.requestSize, 0);
        assert.equal(m.elapsedTime, null);
        assert.equal(m.anomalies, undefined);
      }
      assert.equal(msg1.src.port, sub.src.port);
      assert.equal(pmsg.src.port, psub.src.port);
    },
  },
  'client-reply': {
    port: 6390,
    count: 10,
    check(e) {
      assert.deepEqual(
        e.filter(notEcho).map((x) => [rq(x).command, rq(x).args, rq(x).noReply, rs(x)?.value ?? null]),
        [
          ['PING', [], undefined, 'PONG'],
          ['CLIENT REPLY', ['OFF'], true, null],
          ['SET', ['quiet', '1'], true, null],
          ['INCR', ['quiet'], true, null],
          ['CLIENT REPLY', ['ON'], undefined, 'OK'],
          ['GET', ['quiet'], undefined, '2'],
          ['CLIENT REPLY', ['SKIP'], true, null],
          ['INCR', ['quiet'], true, null],
          ['GET', ['quiet'], undefined, '3'],
        ],
      );
      // Silenced commands are expected to have no reply: no `unpaired`.
      for (const x of e) assert.equal(x.anomalies, undefined);
    },
  },
  inline: {
    port: 26390,
    count: 4,
    check(e) {
      assert.deepEqual(e.map(row), [
        ['PING', undefined, [], 0, 'PONG'],
        ['SET', 'greeting', ['greeting', 'hello world'], 0, 'OK'],
        ['GET', 'greeting', ['greeting'], 0, 'hello world'],
        ['EXISTS', 'greeting', ['greeting', 'nope'], 0, 1],
      ]);
      for (const x of e) assert.equal(rq(x).inline, true);
      assert.deepEqual(e.map((x) => x.requestSize), ['PING\r\n', 'SET greeting "hello world"\r\n', 'GET greeting\r\n', 'EXISTS greeting nope\r\n'].map((s) => s.length));
    },
  },
  auth: {
    port: 26391,
    count: 11,
    check(e) {
      const mine = e.filter(notEcho);
      assert.deepEqual(
        mine.map((x) => [rq(x).command, rq(x).args, rs(x).status, rs(x).error]),
        [
          ['GET', ['secret'], 1, 'NOAUTH Authentication required.'],
          ['AUTH', ['[redacted]'], 1, 'WRONGPASS invalid username-password pair or user is disabled.'],
          ['AUTH', ['[redacted]'], 0, undefined],
          ['SET', ['secret', '1'], 0, undefined],
          ['AUTH', ['default', '[redacted]'], 0, undefined],
          ['HELLO', ['3'], 0, undefined],
          ['GET', ['secret'], 0, undefined],
          ['HELLO', ['3', 'AUTH', 'default', '[redacted]'], 0, undefined],
          ['GET', ['secret'], 0, undefined],
        ],
      );
      // The password never appears anywhere in the entries, but the sizes count its bytes.
      assert.ok(!JSON.stringify(e).includes('s3cr3t'));
      assert.equal(mine[2].requestSize, wire('AUTH', 's3cr3t-pass'));
    },
  },
  large: {
    port: 6390,
    count: 4,
    limits: { maxBodyBytes: 64 << 10 },
    check(e) {
      const [set, get, strlen] = e;
      assert.equal(rq(set).command, 'SET');
      assert.equal(set.requestSize, wire('SET', 'big', 'x'.repeat(100_000)));
      assert.equal((rq(set).args as string[])[1], `${'x'.repeat(1024)}…`, 'long arguments are cut');
      assert.equal(set.anomalies, undefined, 'by design, not a loss');
      // 100 kB value, 64 kB kept: the reply value is cut and the entry says so.
      assert.equal(get.responseSize, `$100000\r\n\r\n`.length + 100_000);
      assert.equal(rs(get).value, 'x'.repeat(64 << 10));
      assert.deepEqual(get.anomalies, ['truncated']);
      assert.deepEqual(row(strlen), ['STRLEN', 'big', ['big'], 0, 100_000]);
    },
  },
};

for (const [name, c] of Object.entries(CASES)) {
  test(`capture ${name}: exact entries and golden`, () => {
    const { entries, stats, formatError } = replayRedis(`${DIR}${name}.pcap`, { node: 'golden', captureId: name, limits: c.limits });
    assert.equal(formatError, null);
    assert.equal(stats.parseErrors, 0);
    assert.equal(entries.length, c.count);
    for (const e of entries) common(e, c.port);
    c.check(entries);
    assertGolden(`${DIR}${name}`, entries);
  });
}

test('capture large with a lost segment inside the GET reply: the gap is absorbed, pairing goes on', () => {
  const split = pcapRecords(new Uint8Array(readFileSync(`${DIR}large.pcap`)))!;
  // Frame 22 is the middle 32 kB segment of the 100 kB reply (frames 20, 22, 24).
  const kept = split.records.filter((_, i) => i !== 21);
  const bytes = Buffer.concat([split.header, ...kept]);
  const { entries } = replayRedis(new Uint8Array(bytes), { limits: { maxBodyBytes: 64 << 10 } });
  assert.deepEqual(
    entries.map((e) => [rq(e).command, e.anomalies]),
    [
      ['SET', undefined],
      ['GET', ['gap', 'truncated']],
      ['STRLEN', undefined],
      ['ECHO', undefined],
    ],
  );
  const get = entries[1];
  // The reply's real size is still known; what came before the gap is kept.
  assert.equal(get.responseSize, `$100000\r\n\r\n`.length + 100_000);
  assert.equal(rs(get).value, 'x'.repeat(32768 - '$100000\r\n'.length));
  assert.equal(rs(entries[2]).value, 100_000);
});
