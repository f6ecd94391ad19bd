#!/usr/bin/env node
// Records the Kafka captures beside this script: a real kafkajs producer and consumer group
// against the stand-in broker of broker.mjs on 127.0.0.1:39092 (a port no table maps to Kafka),
// captured with tcpdump on lo. The broker side is hand-built (no Kafka broker is installed on the
// recording machine); every request is kafkajs's own.
// Usage (root, tcpdump installed): node record.mjs [scenario...]
// Writes <name>.pcap; ../captures.test.ts asserts exact entries and compares <name>.golden.jsonl
// (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { recordPcap, selectedScenarios, sleep } from '../../capture/test-support/recorder.mjs';
import { startBroker } from './broker.mjs';

const { Kafka, logLevel, CompressionTypes } = kafkajs;
const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 39092;
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

/** The broker starts once tcpdump listens (its first packets are captured) and closes before it stops. */
async function record(name, run) {
  const file = join(here, `${name}.pcap`);
  rmSync(file, { force: true }); // tcpdump -w over a longer file leaves its tail behind
  await recordPcap(file, `tcp port ${PORT}`, async () => {
    const broker = await startBroker(PORT);
    try {
      await run();
    } finally {
      await sleep(500);
      broker.close();
    }
  }, { tailMs: 300 });
}

for (const [name, run] of selectedScenarios(scenarios)) await record(name, run);
process.exit(0);
