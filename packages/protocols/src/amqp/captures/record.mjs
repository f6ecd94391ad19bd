#!/usr/bin/env node
// Records the AMQP captures beside this script: a real RabbitMQ (the Debian rabbitmq-server, started
// here in a temp dir on 127.0.0.1:5680, a port no table maps to AMQP) driven by the real amqplib
// client, captured with tcpdump on lo. Usage (root): node record.mjs [scenario...]
// Every scenario writes <name>.pcap; ../captures.test.ts asserts exact entries and compares
// <name>.golden.jsonl (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedScenarios, sleep, startTcpdump } from '../../capture/test-support/recorder.mjs';

const require = createRequire(import.meta.url);
const amqp = require('amqplib');
// defs is not exported: load it beside the package's entry point (for tx.*, which amqplib has no API for).
const defs = require(join(dirname(require.resolve('amqplib')), 'lib', 'defs.js'));

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 5680;
const URL_BASE = `amqp://guest:guest@127.0.0.1:${PORT}`;

const tmp = mkdtempSync(join(tmpdir(), 'trawl-rabbit-'));
const env = {
  ...process.env,
  HOME: tmp,
  RABBITMQ_NODENAME: `trawl-amqp-${process.pid}@localhost`,
  RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
  RABBITMQ_NODE_PORT: String(PORT),
  RABBITMQ_DIST_PORT: '25680',
  RABBITMQ_MNESIA_BASE: join(tmp, 'mnesia'),
  RABBITMQ_LOG_BASE: join(tmp, 'log'),
  RABBITMQ_ENABLED_PLUGINS_FILE: join(tmp, 'enabled_plugins'),
  RABBITMQ_CONFIG_FILE: join(tmp, 'rabbitmq'),
  RABBITMQ_FEATURE_FLAGS_FILE: join(tmp, 'feature_flags'),
  ERL_CRASH_DUMP: join(tmp, 'erl_crash.dump'),
};
// The Debian wrappers in /usr/sbin switch to the rabbitmq user (which cannot write our temp dir):
// run the real scripts as root, with HOME (and so the Erlang cookie) in the temp dir.
const BIN = '/usr/lib/rabbitmq/bin';
writeFileSync(join(tmp, 'enabled_plugins'), '[].\n');
writeFileSync(join(tmp, 'rabbitmq.conf'), 'loopback_users = none\n');
const ctl = (...args) => execFileSync(join(BIN, 'rabbitmqctl'), ['-n', env.RABBITMQ_NODENAME, ...args], { env, stdio: 'ignore' });

/** await_startup fails until the Erlang VM has registered with epmd: retry. */
async function awaitStartup(server) {
  for (let i = 0; i < 90; i++) {
    if (server.exitCode !== null) throw new Error(`rabbitmq-server exited with ${server.exitCode}`);
    try {
      ctl('await_startup', '--timeout', '5');
      return;
    } catch {
      await sleep(1000);
    }
  }
  throw new Error('rabbitmq-server did not start');
}

const scenarios = {
  // One connection: topology, publish with properties and headers (a body over three frames at
  // frameMax 4096), consume + deliver + ack, get / get-empty, qos, confirms, tx, cleanup, close.
  session: async () => {
    const conn = await amqp.connect(`${URL_BASE}/?frameMax=4096`);
    const ch = await conn.createChannel();
    await ch.assertExchange('trawl.ex', 'topic', { durable: false, arguments: { 'x-note': 'demo' } });
    await ch.assertQueue('trawl.q', { durable: false, arguments: { 'x-max-length': 100 } });
    await ch.bindQueue('trawl.q', 'trawl.ex', 'order.*');
    ch.publish('trawl.ex', 'order.created', Buffer.from('{"id":42,"item":"book"}'), {
      contentType: 'application/json',
      contentEncoding: 'identity',
      headers: { 'x-trace': 'abc-123', attempt: 3, ok: true, ratio: 1.5, tags: ['a', 7], nested: { deep: 'yes' } },
      deliveryMode: 2,
      priority: 5,
      correlationId: 'corr-1',
      replyTo: 'trawl.replies',
      expiration: '60000',
      messageId: 'msg-1',
      timestamp: 1764900000,
      type: 'order',
      userId: 'guest',
      appId: 'trawl-test',
    });
    ch.publish('trawl.ex', 'order.big', Buffer.alloc(10000, 0x7a), { contentType: 'text/plain' });
    await ch.prefetch(10);
    let got = 0;
    const { consumerTag } = await ch.consume('trawl.q', (msg) => {
      if (msg) {
        got++;
        ch.ack(msg);
      }
    }, { consumerTag: 'trawl-consumer' });
    while (got < 2) await sleep(50);
    await ch.cancel(consumerTag);
    ch.publish('trawl.ex', 'order.get', Buffer.from('fetch me'), { contentType: 'text/plain' });
    await sleep(100);
    const m = await ch.get('trawl.q', { noAck: false });
    if (m) ch.ack(m);
    await ch.get('trawl.q', { noAck: true });
    await ch.rpc(defs.TxSelect, {}, defs.TxSelectOk);
    ch.publish('', 'trawl.q', Buffer.from('in tx'));
    await ch.rpc(defs.TxCommit, {}, defs.TxCommitOk);
    await ch.purgeQueue('trawl.q');
    await ch.unbindQueue('trawl.q', 'trawl.ex', 'order.*');
    await ch.deleteQueue('trawl.q');
    await ch.deleteExchange('trawl.ex');
    await ch.close();
    const cc = await conn.createConfirmChannel();
    await cc.assertQueue('trawl.c', { durable: false, autoDelete: true });
    cc.sendToQueue('trawl.c', Buffer.from('confirm me'), { persistent: true });
    await cc.waitForConfirms();
    await cc.close();
    await conn.close();
  },
  // Errors: a publish to a missing exchange (channel.close 404), a mandatory publish nobody can
  // route (basic.return 312), a passive declare of a missing queue (404), a wrong vhost (530).
  errors: async () => {
    const conn = await amqp.connect(URL_BASE);
    const ch = await conn.createChannel();
    ch.on('error', () => {});
    ch.publish('trawl.missing', 'rk', Buffer.from('lost'));
    await new Promise((r) => ch.once('close', r));
    const ch2 = await conn.createChannel();
    let returned = false;
    ch2.on('return', () => (returned = true));
    ch2.publish('amq.direct', 'nobody', Buffer.from('unroutable'), { mandatory: true, messageId: 'ret-1' });
    while (!returned) await sleep(20);
    await ch2.close();
    const ch3 = await conn.createChannel();
    ch3.on('error', () => {});
    await ch3.checkQueue('trawl.nope').catch(() => {});
    await conn.close();
    await amqp.connect(`${URL_BASE}/no-such-vhost`).then((c) => c.close(), () => {});
    await sleep(300);
  },
};

/** The running capture, kept so stop() can interrupt it when amqplib throws mid-scenario. */
let dump = null;
async function record(name, run) {
  dump = await startTcpdump(join(here, `${name}.pcap`), `tcp port ${PORT}`);
  await run();
  await sleep(1000);
  const summary = await dump.stop();
  dump = null;
  console.log(`${name}.pcap: ${summary}`);
}

const server = spawn(join(BIN, 'rabbitmq-server'), [], { cwd: tmp, env, stdio: ['ignore', 'ignore', 'inherit'] });
let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  dump?.kill();
  try {
    ctl('stop');
  } catch {
    server.kill('SIGTERM');
  }
  rmSync(tmp, { recursive: true, force: true });
}
// An error event amqplib did not expect must not leave the broker running.
process.on('uncaughtException', (e) => {
  console.error(e);
  stop();
  process.exit(1);
});
try {
  await awaitStartup(server);
  for (const [name, run] of selectedScenarios(scenarios)) await record(name, run);
} finally {
  stop();
}
