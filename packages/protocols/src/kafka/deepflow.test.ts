// The deepflow Kafka fixtures (Apache-2.0, mid-stream excerpts without handshakes) replayed through
// the real engine: exact entries for the flexible versions tshark 4.0 cannot decode. The values
// overlapping deepflow's `.result` (topic, api, version, correlation id, client id, status, bytes)
// are checked against it in oracle.test.ts; these pin the rest of the decode.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import type { Entry } from '../entry/types.js';
import { replayKafka } from './test-support/replay.js';

const DIR = `${FIXTURES_DIR}/deepflow/kafka`;
const skip = !existsSync(DIR) && 'fixtures not present';
type Obj = Record<string, unknown>;

function one(name: string): Entry {
  const { entries, stats } = replayKafka(`${DIR}/${name}.pcap`);
  assert.equal(stats.parseErrors, 0);
  assert.equal(entries.length, 1);
  assert.equal(entries[0].anomalies, undefined);
  return entries[0];
}

test('deepflow Produce v9 (flexible): request and response', { skip }, () => {
  const e = one('00-produce-v9');
  assert.deepEqual(e.request, {
    method: 'Produce', path: 'zqy-test', apiKey: 'Produce', apiVersion: 9, correlationId: 47, clientId: 'console-producer',
    topic: 'zqy-test', topics: ['zqy-test'], partition: 0, acks: 1, timeoutMs: 1500, recordCount: 1, recordBytes: 99,
    partitions: [{ topic: 'zqy-test', partition: 0, records: { size: 99, batches: 1, records: 1, magic: 2, compression: 'none', baseOffset: 0, samples: [{ offset: 0, keySize: 0, valueSize: 31, key: null, value: 'q'.repeat(31) }] } }],
  });
  assert.deepEqual(e.response, { status: 0, correlationId: 47, throttleTimeMs: 0, partitions: [{ topic: 'zqy-test', partition: 0, errorCode: 0, baseOffset: 35, logAppendTimeMs: -1, logStartOffset: 16 }] });
  assert.deepEqual([e.requestSize, e.responseSize, e.protocol.version], [156, 59, '9']);
});

test('deepflow Fetch v12 (flexible): fetch session, offsets, empty incremental answer', { skip }, () => {
  const e = one('01-fetch-v12-ok');
  assert.deepEqual(e.request, {
    method: 'Fetch', path: 'zqy-test', apiKey: 'Fetch', apiVersion: 12, correlationId: 15603, clientId: 'consumer-console-consumer-8919-1',
    topic: 'zqy-test', topics: ['zqy-test'], partition: 0, replicaId: -1, maxWaitMs: 500, minBytes: 1, maxBytes: 52428800, isolationLevel: 0,
    sessionId: 791048645, sessionEpoch: 13344, forgottenTopics: 0, rackId: '',
    partitions: [{ topic: 'zqy-test', partition: 0, currentLeaderEpoch: 0, fetchOffset: 36, lastFetchedEpoch: -1, logStartOffset: -1, partitionMaxBytes: 1048576 }],
  });
  assert.deepEqual(e.response, { status: 0, correlationId: 15603, throttleTimeMs: 0, errorCode: 0, sessionId: 791048645, partitions: [], recordCount: 0, recordBytes: 0 });
});

test('deepflow JoinGroup v7, SyncGroup v5, LeaveGroup v4, ApiVersions v3', { skip }, () => {
  const join = one('11-join-group-v7');
  assert.deepEqual([(join.request as Obj).groupId, (join.request as Obj).protocols, (join.request as Obj).rebalanceTimeoutMs], ['zzzz12', ['range', 'cooperative-sticky'], 300000]);
  assert.deepEqual([join.response?.status, join.response?.error, join.response?.memberId], [-1, 'UNKNOWN_SERVER_ERROR', 'consumer-zzzz12-1-d8e04a09-9f69-4efe-8f78-617db03d8090']);
  const sync = one('14-sync-group-v5');
  assert.deepEqual([(sync.request as Obj).protocolName, (sync.request as Obj).generationId, sync.response?.status, sync.response?.assignmentBytes], ['range', 7, -1, 38]);
  const leave = one('13-leave-group-v4');
  assert.deepEqual((leave.request as Obj).members, [{ memberId: 'consumer-zzzz12-1-a8623cc8-5472-4736-812e-d9817d27dfca', groupInstanceId: null }]);
  assert.deepEqual(leave.response?.members, [{ memberId: 'consumer-zzzz12-1-a8623cc8-5472-4736-812e-d9817d27dfca', groupInstanceId: null, errorCode: 0 }]);
  const av = one('18-api-versions-v3');
  assert.deepEqual([(av.request as Obj).clientSoftwareName, (av.request as Obj).clientSoftwareVersion], ['apache-kafka-java', '3.0.0']);
  assert.deepEqual([av.response?.apiCount, (av.response?.apis as Obj).Fetch, (av.response?.apis as Obj).ApiVersions], [59, '0-12', '0-3']);
});

test('deepflow mixed-with-unsupported: Fetch v13 answered after the group calls of another connection', { skip }, () => {
  const { entries } = replayKafka(`${DIR}/mixed-with-unsupported.pcap`);
  assert.deepEqual(entries.map((e) => [(e.request as Obj).apiKey, (e.request as Obj).apiVersion, (e.request as Obj).correlationId, e.response?.status, e.elapsedTime !== null]), [
    ['OffsetCommit', 8, 15551977, 0, true],
    ['Heartbeat', 4, 15551978, 0, true],
    ['Fetch', 13, 15551976, 0, true],
  ]);
  assert.equal(new Set(entries.slice(0, 2).map((e) => e.src.port)).size, 1);
  assert.notEqual(entries[2].src.port, entries[0].src.port);
  assert.deepEqual((entries[0].request as Obj).partitions, [{ topic: 'orders', partition: 0, offset: 0, leaderEpoch: -1, metadata: '' }]);
});
