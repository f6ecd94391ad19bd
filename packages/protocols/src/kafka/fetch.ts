// Fetch (api key 1), v0–v17: flexible from v12, topic ids instead of names from v13.
import { eachPartition, tags, errorItem, type BodyDecoder } from './body.js';
import { readArray, type KafkaReader } from './reader.js';
import { summarizeRecords } from './records.js';

/** v13+ names topics by id: the name when the connection's Metadata told us, else the id. */
export type TopicNames = (id: string) => string | undefined;

function topicOf(r: KafkaReader, v: number, c: boolean, names: TopicNames): { topic: string; topicId?: string } {
  if (v < 13) return { topic: r.string(c) };
  const topicId = r.uuid();
  return { topic: names(topicId) ?? topicId, topicId };
}

export function fetchRequest(names: TopicNames): BodyDecoder {
  return (r, v, out, c) => {
    if (v < 15) out.set('replicaId', r.int32());
    out.set('maxWaitMs', r.int32());
    out.set('minBytes', r.int32());
    if (v >= 3) out.set('maxBytes', r.int32());
    if (v >= 4) out.set('isolationLevel', r.int8());
    if (v >= 7) {
      out.set('sessionId', r.int32());
      out.set('sessionEpoch', r.int32());
    }
    const partitions: Record<string, unknown>[] = [];
    out.set('partitions', partitions);
    eachPartition(r, c, out, (t, partition) => {
      const p: Record<string, unknown> = { ...t, partition };
      if (v >= 9) p.currentLeaderEpoch = r.int32();
      p.fetchOffset = r.int64();
      if (v >= 12) p.lastFetchedEpoch = r.int32();
      if (v >= 5) p.logStartOffset = r.int64();
      p.partitionMaxBytes = r.int32();
      tags(r, c);
      out.push(partitions, p);
    }, () => topicOf(r, v, c, names));
    if (v >= 7) {
      const forgotten = readArray(r, c, () => {
        if (v < 13) r.string(c);
        else r.uuid();
        readArray(r, c, (rr) => rr.int32(), 0);
        tags(r, c);
      }, 0);
      out.set('forgottenTopics', forgotten?.count ?? 0);
    }
    if (v >= 11) out.set('rackId', r.string(c));
    tags(r, c);
  };
}

export function fetchResponse(names: TopicNames): BodyDecoder {
  return (r, v, out, c) => {
    if (v >= 1) out.set('throttleTimeMs', r.int32());
    if (v >= 7) {
      out.set('errorCode', out.error(r.int16()));
      out.set('sessionId', r.int32());
    }
    const partitions: Record<string, unknown>[] = [];
    let recordCount = 0;
    let recordBytes = 0;
    out.set('partitions', partitions);
    eachPartition(r, c, out, (t, partition) => {
      const p: Record<string, unknown> = { ...t, partition, ...errorItem(out.error(r.int16())), highWatermark: r.int64() };
      out.push(partitions, p);
      if (v >= 4) p.lastStableOffset = r.int64();
      if (v >= 5) p.logStartOffset = r.int64();
      if (v >= 4) {
        const aborted = readArray(r, c, () => {
          r.int64();
          r.int64();
          tags(r, c);
        }, 0);
        if (aborted && aborted.count > 0) p.abortedTransactions = aborted.count;
      }
      if (v >= 11) p.preferredReadReplica = r.int32();
      const rec = r.partialBytes(c);
      if (rec) {
        const s = summarizeRecords(rec.view, rec.size);
        p.records = s;
        recordCount += s.records;
        recordBytes += s.size;
        out.set('recordCount', recordCount);
        out.set('recordBytes', recordBytes);
      }
      tags(r, c);
    }, () => topicOf(r, v, c, names));
    out.set('recordCount', recordCount);
    out.set('recordBytes', recordBytes);
    tags(r, c);
  };
}
