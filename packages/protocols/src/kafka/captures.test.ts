// Our own captures (captures/record.mjs): real kafkajs requests against the stand-in broker of
// captures/broker.mjs on 127.0.0.1:39092, a port no table maps to Kafka (detection by content).
// Exact entries for the key cases, byte totals against tshark, and the golden file beside each pcap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { entryPayloadBytes, tsharkPayloadBytes } from '../capture/test-support/tshark.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replayKafka } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const PORT = 39092;
type Obj = Record<string, unknown>;
const q = (e: Entry): Obj => e.request as Obj;
const r = (e: Entry): Obj => e.response as Obj;
/** [apiKey, version, correlation id, client id, path, status] per entry. */
const summary = (es: Entry[]) => es.map((e) => [q(e).apiKey, q(e).apiVersion, q(e).correlationId, q(e).clientId, q(e).path, e.response ? r(e).status : null]);

const CASES: Record<string, (e: Entry[]) => void> = {
  producer(e) {
    assert.deepEqual(summary(e), [
      ['ApiVersions', 2, 0, 'trawl-producer', undefined, 0],
      ['Metadata', 6, 1, 'trawl-producer', 'orders', 0],
      ['Produce', 7, 2, 'trawl-producer', 'orders', 0],
      ['Produce', 7, 3, 'trawl-producer', 'orders', 0],
      ['Produce', 7, 4, 'trawl-producer', 'orders', 0],
      ['Metadata', 6, 5, 'trawl-producer', 'orders', 0],
      ['Produce', 7, 6, 'trawl-producer', 'audit', null],
    ]);
    assert.equal(r(e[0]).apiCount, 12);
    assert.deepEqual((r(e[0]).apis as Obj).Produce, '0-7');
    assert.deepEqual([q(e[1]).topics, q(e[1]).allowAutoTopicCreation], [['orders'], true]);
    assert.deepEqual(r(e[1]).brokers, [{ nodeId: 0, host: '127.0.0.1', port: PORT, rack: null }]);
    // Produce: record counts and compression from the batch headers, offsets from the broker.
    assert.deepEqual(e.slice(2, 5).map((x) => [q(x).acks, q(x).partition, q(x).recordCount, ((q(x).partitions as Obj[])[0].records as Obj).compression, ((r(x).partitions as Obj[])[0]).baseOffset]), [
      [-1, 0, 1, 'none', 0],
      [-1, 0, 3, 'none', 1],
      [-1, 0, 1, 'gzip', 4],
    ]);
    // Small uncompressed records are sampled; the gzip batch only counted.
    const samples = (side: Obj) => ((side.partitions as Obj[])[0].records as Obj).samples;
    assert.deepEqual(samples(q(e[2])), [{ offset: 0, key: 'k1', value: 'first order', keySize: 2, valueSize: 11 }]);
    assert.deepEqual((samples(q(e[3])) as Obj[]).map((s) => s.value), ['a', 'b', 'c']);
    assert.equal(samples(q(e[4])), undefined);
    assert.deepEqual(q(e[5]).topics, ['orders', 'audit']);
    // acks = 0: no response, and not an anomaly.
    const fire = e[6];
    assert.deepEqual([q(fire).acks, fire.response, fire.elapsedTime, fire.responseSize, fire.anomalies], [0, null, null, 0, undefined]);
    assert.equal(new Set(e.map((x) => x.src.port)).size, 1);
  },
  consumer(e) {
    const groupCalls = e.filter((x) => q(x).clientId === 'trawl-consumer' && q(x).apiKey !== 'Fetch');
    assert.deepEqual(summary(groupCalls), [
      ['ApiVersions', 2, 0, 'trawl-consumer', undefined, 0],
      ['Metadata', 6, 1, 'trawl-consumer', 'orders', 0],
      ['FindCoordinator', 2, 2, 'trawl-consumer', 'trawl-group', 0],
      ['JoinGroup', 5, 3, 'trawl-consumer', 'trawl-group', 79],
      ['JoinGroup', 5, 4, 'trawl-consumer', 'trawl-group', 0],
      ['Metadata', 6, 5, 'trawl-consumer', 'orders', 0],
      ['SyncGroup', 3, 6, 'trawl-consumer', 'trawl-group', 0],
      ['OffsetFetch', 4, 7, 'trawl-consumer', 'orders', 0],
      ['ListOffsets', 3, 8, 'trawl-consumer', 'orders', 0],
      ['OffsetCommit', 5, 9, 'trawl-consumer', 'orders', 0],
      ['Heartbeat', 3, 10, 'trawl-consumer', 'trawl-group', 0],
      ['LeaveGroup', 3, 11, 'trawl-consumer', 'trawl-group', 0],
    ]);
    const [, , find, join1, join2, , sync, offFetch, listOffsets, commit] = groupCalls;
    assert.deepEqual([(q(listOffsets).partitions as Obj[])[0].spec, (r(listOffsets).partitions as Obj[])[0].offset], ['earliest', 0]);
    assert.deepEqual(r(find).coordinator, { nodeId: 0, host: '127.0.0.1', port: PORT });
    assert.deepEqual([r(join1).error, r(join1).memberId, q(join1).memberId, q(join1).protocols], ['MEMBER_ID_REQUIRED', 'trawl-group-member-1', '', ['RoundRobinAssigner']]);
    assert.deepEqual([q(join2).memberId, r(join2).generationId, r(join2).leader, r(join2).members], ['trawl-group-member-1', 1, 'trawl-group-member-1', ['trawl-group-member-1']]);
    assert.deepEqual([q(sync).generationId, q(sync).assignments, (r(sync).assignmentBytes as number) > 0], [1, 1, true]);
    assert.deepEqual(r(offFetch).partitions, [{ topic: 'orders', partition: 0, offset: -1, metadata: '', errorCode: 0 }]);
    assert.deepEqual(q(commit).partitions, [{ topic: 'orders', partition: 0, offset: 2, metadata: null }]);
    // Fetch runs on its own connection: the first returns the two records, the rest long-poll empty.
    const fetches = e.filter((x) => q(x).apiKey === 'Fetch');
    assert.ok(fetches.length >= 2);
    assert.equal(new Set(fetches.map((x) => x.src.port)).size, 1);
    assert.deepEqual(fetches.map((x) => q(x).correlationId), fetches.map((_, i) => i));
    const first = fetches[0];
    assert.deepEqual([q(first).apiVersion, q(first).isolationLevel, (q(first).partitions as Obj[])[0].fetchOffset, r(first).recordCount, ((r(first).partitions as Obj[])[0]).highWatermark], [11, 1, 0, 2, 2]);
    // The broker rewrote the batch's base offset: the consumer's records are offsets 0 and 1.
    assert.deepEqual((((r(first).partitions as Obj[])[0].records as Obj).samples as Obj[]).map((s) => [s.offset, s.value]), [[0, 'one'], [1, 'two']]);
    for (const f of fetches.slice(1)) assert.deepEqual([(q(f).partitions as Obj[])[0].fetchOffset, r(f).recordCount], [2, 0]);
    // The producer connection first.
    assert.deepEqual(summary(e.slice(0, 3)).map((x) => x[0]), ['ApiVersions', 'Metadata', 'Produce']);
  },
};

for (const [name, check] of Object.entries(CASES)) {
  test(`capture ${name}: exact entries and golden`, () => {
    const file = `${DIR}${name}.pcap`;
    const { entries, stats, formatError } = replayKafka(file, { node: 'golden', captureId: name });
    assert.equal(formatError, null);
    assert.equal(stats.parseErrors, 0);
    for (const x of entries) {
      assert.deepEqual(x.protocol, { name: 'kafka', version: String(q(x).apiVersion), abbr: 'KAFKA' });
      assert.equal(x.dst.port, PORT);
      assert.equal(x.request !== null && q(x).method, q(x).apiKey);
      if (x.response) assert.ok(x.elapsedTime !== null && x.elapsedTime >= 0);
      assert.equal(x.anomalies, undefined, JSON.stringify(x.request));
    }
    check(entries);
    const bytes = tsharkPayloadBytes(file, [PORT]);
    if (bytes) assert.deepEqual(entryPayloadBytes(entries), bytes);
    assertGolden(`${DIR}${name}`, entries);
  });
}
