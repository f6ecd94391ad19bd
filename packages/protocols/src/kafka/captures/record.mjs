#!/usr/bin/env node
// Records the Kafka captures beside this script: a real kafkajs producer and consumer group
// against the stand-in broker of broker.mjs on 127.0.0.1:39092 (a port no table maps to Kafka),
// captured with tcpdump on lo. The broker side is hand-built (no Kafka broker is installed on the
// recording machine); every request is kafkajs's own.
// Usage (root, tcpdump installed): node record.mjs [scenario...]
// Writes <name>.pcap; ../captures.test.ts asserts exact entries and compares <name>.golden.jsonl
// (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { startBroker } from './broker.mjs';

const { Kafka, logLevel, CompressionTypes } = kafkajs;
const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 39092;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kafka = (clientId) => new Kafka({ clientId, brokers: [`127.0.0.1:${PORT}`], logLevel: logLevel.NOTHING, retry: { retries: 2 } });

const scenarios = {
  /** Producer: ApiVersions, Metadata, Produce (acks -1, a batch of 3, gzip, and acks 0). */
  async producer() {
    const producer = kafka('trawl-producer').producer({ allowAutoTopicCreation: true });
    await producer.connect();
    await producer.send({ topic: 'orders', messages: [{ key: 'k1', value: 'first order' }] });
    await producer.send({ topic: 'orders', messages: [{ value: 'a' }, { value: 'b' }, { value: 'c' }] });
    await producer.send({ topic: 'orders', compression: CompressionTypes.GZIP, messages: [{ value: 'zipped '.repeat(20) }] });
    await producer.send({ topic: 'audit', acks: 0, messages: [{ value: 'fire and forget' }] });
    await sleep(200);
    await producer.disconnect();
  },
  /** Producer then a consumer group: FindCoordinator, JoinGroup ×2, SyncGroup, OffsetFetch, ListOffsets, Fetch, OffsetCommit, Heartbeat, LeaveGroup. */
  async consumer() {
    const producer = kafka('trawl-producer').producer({ allowAutoTopicCreation: true });
    await producer.connect();
    await producer.send({ topic: 'orders', messages: [{ value: 'one' }, { value: 'two' }] });
    await producer.disconnect();
    const consumer = kafka('trawl-consumer').consumer({ groupId: 'trawl-group', heartbeatInterval: 300, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    let seen = 0;
    const done = new Promise((resolve) => {
      consumer.run({ eachMessage: async () => { if (++seen === 2) resolve(); } });
    });
    await done;
    await sleep(800); // a commit and a heartbeat or two
    await consumer.disconnect();
  },
};

async function record(name, run) {
  const file = join(here, `${name}.pcap`);
  rmSync(file, { force: true }); // tcpdump -w over a longer file leaves its tail behind
  const dump = spawn('tcpdump', ['-i', 'lo', '--immediate-mode', '-B', '65536', '-U', '-s', '0', '-w', file, `tcp port ${PORT}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  dump.stderr.on('data', (d) => (err += d));
  while (!err.includes('listening on')) {
    if (dump.exitCode !== null) throw new Error(`tcpdump failed: ${err}`);
    await sleep(20);
  }
  await sleep(200);
  const broker = await startBroker(PORT);
  try {
    await run();
  } finally {
    await sleep(500);
    broker.close();
    await sleep(300);
    dump.kill('SIGINT');
    await once(dump, 'exit');
  }
  console.log(`${name}.pcap: ${err.trim().split('\n').pop()}`);
}

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(scenarios)) {
  if (wanted.length && !wanted.includes(name)) continue;
  await record(name, run);
}
process.exit(0);
