// OffsetCommit (api key 8), v0–v9, flexible from v8; OffsetFetch (9), v0–v9, flexible from v6,
// with several groups per request from v8.
import { eachPartition, errorItem, tags, type BodyDecoder, type BodyOut } from './body.js';
import { readArray, type KafkaReader } from './reader.js';

type Row = Record<string, unknown>;

export const offsetCommitRequest: BodyDecoder = (r, v, out, c) => {
  out.set('groupId', r.string(c));
  if (v >= 1) {
    out.set('generationId', r.int32());
    out.set('memberId', r.string(c));
  }
  if (v >= 7) out.set('groupInstanceId', r.nullableString(c));
  if (v >= 2 && v <= 4) out.set('retentionTimeMs', r.int64());
  const partitions: Row[] = [];
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p: Row = { topic, partition, offset: r.int64() };
    if (v >= 6) p.leaderEpoch = r.int32();
    if (v === 1) p.commitTimestamp = r.int64();
    p.metadata = r.nullableString(c);
    tags(r, c);
    out.push(partitions, p);
  });
  tags(r, c);
};

export const offsetCommitResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 3) out.set('throttleTimeMs', r.int32());
  const partitions: Row[] = [];
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    out.push(partitions, { topic, partition, ...errorItem(out.error(r.int16())) });
    tags(r, c);
  });
  tags(r, c);
};

/** Topics [name, partition indexes] of an OffsetFetch request; null = every committed offset. */
function fetchTopics(r: KafkaReader, c: boolean, out: BodyOut): number | null {
  const topics = eachPartition(r, c, out, () => {});
  return topics === null ? null : topics.count;
}

export const offsetFetchRequest: BodyDecoder = (r, v, out, c) => {
  if (v <= 7) {
    out.set('groupId', r.string(c));
    out.set('allTopics', fetchTopics(r, c, out) === null);
  } else {
    const groups = readArray(r, c, () => {
      const g: Row = { groupId: r.string(c) };
      if (v >= 9) {
        g.memberId = r.nullableString(c);
        g.memberEpoch = r.int32();
      }
      g.allTopics = fetchTopics(r, c, out) === null;
      tags(r, c);
      return g;
    });
    out.set('groups', out.listed(groups));
    const first = groups?.items[0];
    if (first) out.set('groupId', first.groupId);
  }
  if (v >= 7) out.set('requireStable', r.bool());
  tags(r, c);
};

/** Topics of an OffsetFetch response, into `partitions`. */
function committed(r: KafkaReader, v: number, c: boolean, out: BodyOut, partitions: Row[], groupId?: string): void {
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p: Row = groupId === undefined ? { topic, partition } : { groupId, topic, partition };
    p.offset = r.int64();
    if (v >= 5) p.leaderEpoch = r.int32();
    p.metadata = r.nullableString(c);
    Object.assign(p, errorItem(out.error(r.int16())));
    tags(r, c);
    out.push(partitions, p);
  });
}

export const offsetFetchResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 3) out.set('throttleTimeMs', r.int32());
  const partitions: Row[] = [];
  out.set('partitions', partitions);
  if (v <= 7) {
    committed(r, v, c, out, partitions);
    if (v >= 2) out.set('errorCode', out.error(r.int16()));
  } else {
    const groups = readArray(r, c, () => {
      const groupId = r.string(c);
      committed(r, v, c, out, partitions, groupId);
      const g = { groupId, ...errorItem(out.error(r.int16())) };
      tags(r, c);
      return g;
    });
    out.set('groups', out.listed(groups));
  }
  tags(r, c);
};
