#!/usr/bin/env node
// Records the Redis captures beside this script: a real redis-server (temp dir, no persistence)
// driven by the real redis-cli, captured with tcpdump on lo. Ports 6390 and 26390 (neither is
// 6379: detection is by content); the AUTH case runs a second server with --requirepass on 26391.
// Usage (root; redis-server, redis-cli, tcpdump installed): node record.mjs [scenario...]
// Every scenario writes <name>.pcap; ../captures.test.ts asserts exact entries and compares
// <name>.golden.jsonl (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordPcap, selectedScenarios, sendRaw, sleep, waitForPort } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PASSWORD = 's3cr3t-pass';

async function startServer(port, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-redis-'));
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...extra], { stdio: 'ignore' });
  await waitForPort(port);
  return async () => {
    proc.kill('SIGTERM');
    await once(proc, 'exit');
    rmSync(dir, { recursive: true, force: true });
  };
}

/** redis-cli with `args`; `input` goes to its stdin (one command per line, one connection). */
function cli(port, args, input, timeoutMs) {
  const child = spawn('redis-cli', ['-p', String(port), ...args], { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
  if (input !== undefined) child.stdin.end(input);
  const done = once(child, 'exit');
  if (timeoutMs) setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  return done;
}

/** Raw bytes on one connection (inline commands, which redis-cli never sends). */
const raw = sendRaw;

const resp = (...args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;

const scenarios = {
  // One redis-cli invocation (one connection) per command: hits, a miss, hashes, lists, an error
  // reply. (redis-cli reading commands from stdin first downloads COMMAND DOCS, 125 kB.)
  basic: {
    port: 6390,
    run: async (p) => {
      for (const c of [
        'SET user:1 alice',
        'GET user:1',
        'GET user:404',
        'MGET user:1 user:404',
        'HSET h:1 name bob age 42',
        'HGET h:1 name',
        'HGET h:1 missing',
        'LPUSH list:1 a b c',
        'LRANGE list:1 0 -1',
        'INCR counter',
        'EXPIRE user:1 100',
        'LPUSH user:1 x',
        'DEL user:1 h:1',
        'CONFIG GET maxmemory',
        'PING',
      ]) await cli(p, c.split(' '));
    },
  },
  // redis-cli --pipe writes every command at once, then reads the replies.
  pipeline: {
    port: 6390,
    run: (p) => {
      let input = '';
      for (let i = 0; i < 10; i++) input += resp('SET', `k${i}`, `v${i}`);
      for (let i = 0; i < 10; i++) input += resp('GET', `k${i}`);
      input += resp('DEL', 'k0', 'k1', 'nope');
      return cli(p, ['--pipe'], input);
    },
  },
  // RESP3 on a non-standard port (redis-cli -3 sends HELLO 3 first): a map, a set, a double, a
  // boolean, a nil, a verbatim string.
  resp3: {
    port: 26390,
    run: async (p) => {
      for (const c of [
        ['HSET', 'h:3', 'f1', 'v1', 'f2', 'v2'],
        ['HGETALL', 'h:3'],
        ['SADD', 's:3', 'only'],
        ['SMEMBERS', 's:3'],
        ['ZADD', 'z:3', '1.5', 'm'],
        ['ZSCORE', 'z:3', 'm'],
        ['GET', 'missing:3'],
        ['EVAL', 'redis.setresp(3); return true', '0'],
        ['LOLWUT', 'VERSION', '5', '1', '1', '1'],
      ]) await cli(p, ['-3', ...c]);
    },
  },
  // A RESP2 subscriber and a RESP3 one (pushes); a publisher on its own connection.
  pubsub: {
    port: 6390,
    run: async (p) => {
      const sub2 = cli(p, ['SUBSCRIBE', 'news', 'alerts'], undefined, 1500);
      const sub3 = cli(p, ['-3', 'PSUBSCRIBE', 'news*'], undefined, 1500);
      await sleep(500);
      await cli(p, ['PUBLISH', 'news', 'hello subscribers']);
      await cli(p, ['PUBLISH', 'alerts', 'fire']);
      await Promise.all([sub2, sub3]);
    },
  },
  // CLIENT REPLY OFF/SKIP/ON on one connection (--pipe: redis-cli's line mode would wait for the
  // silenced replies): the silenced commands get no reply and pair with nothing.
  'client-reply': {
    port: 6390,
    run: (p) =>
      cli(p, ['--pipe'], [['PING'], ['CLIENT', 'REPLY', 'OFF'], ['SET', 'quiet', '1'], ['INCR', 'quiet'], ['CLIENT', 'REPLY', 'ON'], ['GET', 'quiet'], ['CLIENT', 'REPLY', 'SKIP'], ['INCR', 'quiet'], ['GET', 'quiet']].map((c) => resp(...c)).join('')),
  },
  // Inline commands (telnet style) and a pipelined inline batch.
  inline: {
    port: 26390,
    run: (p) => raw(p, 'PING\r\nSET greeting "hello world"\r\nGET greeting\r\nEXISTS greeting nope\r\n'),
  },
  // A server with a password: NOAUTH, WRONGPASS, AUTH, HELLO 3 AUTH; the passwords must not show.
  auth: {
    port: 26391,
    server: ['--requirepass', PASSWORD],
    run: async (p) => {
      await cli(p, ['--pipe'], resp('GET', 'secret') + resp('AUTH', 'wrong-pass') + resp('AUTH', PASSWORD) + resp('SET', 'secret', '1'));
      await cli(p, ['-3', '--user', 'default', '--pass', PASSWORD, '--no-auth-warning', 'GET', 'secret']);
      await cli(p, ['--pipe'], resp('HELLO', '3', 'AUTH', 'default', PASSWORD) + resp('GET', 'secret'));
    },
  },
  // A 100 kB value (the test replays it with a smaller maxBodyBytes to show truncation).
  large: {
    port: 6390,
    run: (p) => cli(p, ['--pipe'], resp('SET', 'big', 'x'.repeat(100_000)) + resp('GET', 'big') + resp('STRLEN', 'big')),
  },
};

/** A fresh server per scenario, started before tcpdump and stopped after it. */
async function record(name, s) {
  const stop = await startServer(s.port, s.server ?? []);
  await recordPcap(join(here, `${name}.pcap`), `tcp port ${s.port}`, () => s.run(s.port), { tailMs: 300 });
  await stop();
}

for (const [name, s] of selectedScenarios(scenarios)) await record(name, s);
