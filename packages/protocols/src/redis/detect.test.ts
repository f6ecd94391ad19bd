// Detection by content: the client's command array or inline command, the server's unmistakable
// replies; and nothing on every other protocol's captures (HTTP/1, Postgres, DNS, Kafka, AMQP…).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CapturePipeline } from '../engine/pipeline.js';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { detect } from './detect.js';
import { redisDissector } from './index.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

test('detect: clients', () => {
  for (const s of [
    '*1\r\n$4\r\nPING\r\n',
    '*2\r\n$3\r\nget\r\n$4\r\nabcd\r\n',
    '*3\r\n$3\r\nSET\r\n',
    '*2\r\n$4\r\nAUTH\r\n$4\r\nzeek\r\n',
    '*2\r\n$8\r\nJSON.GET\r\n',
    'PING\r\n',
    'PING\n',
    'SET key "my value"\r\n',
    'PUBLISH Foo "Hi there :)"\r\n',
    'CLIENT REPLY OFF\r\nPING\r\n',
  ])
    assert.equal(detect(text(s)), 'client', JSON.stringify(s));
});

test('detect: servers, only on replies no other protocol sends', () => {
  for (const s of [
    '+PONG\r\n',
    '-NOAUTH Authentication required.\r\n',
    "-ERR unknown command 'FAKE', with args beginning with: \r\n",
    '-WRONGTYPE Operation against a key holding the wrong kind of value\r\n',
    '*3\r\n$9\r\nsubscribe\r\n$3\r\nFoo\r\n:1\r\n',
    '%2\r\n$6\r\nserver\r\n$5\r\nredis\r\n$5\r\nproto\r\n:3\r\n',
    '>3\r\n$7\r\nmessage\r\n$1\r\na\r\n$1\r\nb\r\n',
    '|1\r\n+ttl\r\n:3600\r\n+OK\r\n',
  ])
    assert.equal(detect(text(s)), 'server', JSON.stringify(s));
  // Too generic alone: a bare +OK, a bulk, an integer, an array of bulk strings (could be a command).
  for (const s of ['+OK\r\n', '$5\r\nhello\r\n', ':1\r\n', '*2\r\n$1\r\na\r\n$1\r\nb\r\n', '-ERR something\r\n', '+OK POP3 server ready\r\n'])
    assert.equal(detect(text(s)), null, JSON.stringify(s));
});

test('detect: plausible prefixes wait for more', () => {
  for (const s of ['', '*', '*2\r', '*2\r\n$3\r\nGE', 'PI', 'SET k', '+PON', '-NOA', '*3\r\n$9\r\nsub'])
    assert.equal(detect(text(s)), 'more', JSON.stringify(s));
});

test('detect: other text protocols are not claimed', () => {
  for (const s of [
    'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /index.html\r\n',
    'HTTP/1.1 200 OK\r\n',
    'MOVE /a HTTP/1.1\r\n',
    'AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=\r\n', // SMTP / POP3
    'AUTH noone password\r\nPING\r\n', // zeek's almost-resp: ambiguous first line
    'QUIT\r\n',
    'TYPE I\r\n', // FTP
    'USER anonymous\r\n',
    'EHLO mail.example.com\r\n',
    '+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n',
    '220 smtp.example.com ESMTP\r\n',
    'get foo\r\n', // memcached
    'set foo 0 0 3\r\nbar\r\n',
    '* OK IMAP4rev1 ready\r\n',
    'a001 LOGIN user pass\r\n',
    '*2\r\n$4\r\nNOPE\r\n$1\r\na\r\n', // unknown command
    '\x00\x00\x00\x08\x04\xd2\x16\x2f', // Postgres SSLRequest
    '\x16\x03\x01\x02\x00',
  ])
    assert.equal(detect(text(s)), null, JSON.stringify(s));
});

/** Redis entries trawl finds in a capture when Redis is the only dissector. */
function redisEntries(file: string): number {
  let n = 0;
  const p = new CapturePipeline({ dissectors: [redisDissector], onEntry: () => n++ });
  p.push(new Uint8Array(readFileSync(file)));
  p.endFile();
  p.finish();
  return n;
}

test('negative: no Redis in the HTTP/1 captures', () => {
  const dir = fileURLToPath(new URL('../http1/captures/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.pcap'));
  assert.ok(files.length > 0);
  for (const f of files) assert.equal(redisEntries(dir + f), 0, f);
});

const manifest = (() => {
  try {
    return readFileSync(`${FIXTURES_DIR}/MANIFEST.tsv`, 'utf8');
  } catch {
    return null;
  }
})();

test('negative: no Redis in the fixtures of other protocols', { skip: manifest === null ? 'fixtures not present' : false }, () => {
  const [head, ...rows] = manifest!.trimEnd().split('\n').map((l) => l.split('\t'));
  const col = (n: string) => head.indexOf(n);
  const others = rows.filter((r) => r[col('kind')] === 'capture' && r[col('protocol_guess')] !== 'resp');
  assert.ok(others.length > 100);
  const claimed = others.filter((r) => redisEntries(`${FIXTURES_DIR}/${r[col('path')]}`) > 0).map((r) => r[col('path')]);
  assert.deepEqual(claimed, []);
});

test('fixtures: zeek/pop3/redis-50-pings is Redis on the POP3 port; almost-resp is not claimed', { skip: manifest === null ? 'fixtures not present' : false }, () => {
  assert.equal(redisEntries(`${FIXTURES_DIR}/zeek/pop3/redis-50-pings.pcap`), 54);
  assert.equal(redisEntries(`${FIXTURES_DIR}/zeek/redis/almost-resp.pcap`), 0);
});
