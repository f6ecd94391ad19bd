// Metadata (api key 3), v0–v13: flexible from v9, topic ids from v10; and ApiVersions (18),
// v0–v4: flexible from v3, whose v3+ request names the client software.
import { apiName } from './apis.js';
import { errorItem, tags, type BodyDecoder } from './body.js';
import { readArray } from './reader.js';

export const metadataRequest: BodyDecoder = (r, v, out, c) => {
  // A null list (v1+) asks for every topic; v0 used an empty list for that.
  const topics = readArray(r, c, () => {
    if (v >= 10) r.uuid();
    const name = v >= 10 ? r.nullableString(c) : r.string(c);
    if (name !== null) out.topic(name);
    tags(r, c);
  }, 0);
  out.set('allTopics', topics === null || (v === 0 && topics.count === 0));
  if (v >= 4) out.set('allowAutoTopicCreation', r.bool());
  if (v >= 8 && v <= 10) out.set('includeClusterAuthorizedOperations', r.bool());
  if (v >= 8) out.set('includeTopicAuthorizedOperations', r.bool());
  tags(r, c);
};

/** Learns topic id → name pairs (Metadata v10+) for the Fetch v13+ requests of the connection. */
export type LearnTopicId = (id: string, name: string) => void;

export function metadataResponse(learn: LearnTopicId): BodyDecoder {
  return (r, v, out, c) => {
    if (v >= 3) out.set('throttleTimeMs', r.int32());
    const brokers = readArray(r, c, () => {
      const b: Record<string, unknown> = { nodeId: r.int32(), host: r.string(c), port: r.int32() };
      if (v >= 1) b.rack = r.nullableString(c);
      tags(r, c);
      return b;
    });
    out.set('brokers', out.listed(brokers));
    if (v >= 2) out.set('clusterId', r.nullableString(c));
    if (v >= 1) out.set('controllerId', r.int32());
    const topics: Record<string, unknown>[] = [];
    out.set('topics', topics);
    readArray(r, c, () => {
      const errorCode = out.error(r.int16());
      const name = v >= 12 ? r.nullableString(c) : r.string(c);
      const t: Record<string, unknown> = { name, ...errorItem(errorCode) };
      out.push(topics, t);
      if (v >= 10) {
        t.topicId = r.uuid();
        if (name !== null) learn(t.topicId as string, name);
      }
      if (v >= 1) t.isInternal = r.bool();
      const partitions = readArray(r, c, () => {
        const pe = out.error(r.int16());
        const index = r.int32();
        const leader = r.int32();
        if (v >= 7) r.int32();
        readArray(r, c, (rr) => rr.int32(), 0);
        readArray(r, c, (rr) => rr.int32(), 0);
        if (v >= 5) readArray(r, c, (rr) => rr.int32(), 0);
        tags(r, c);
        return { partition: index, leader, ...errorItem(pe) };
      }, 0);
      t.partitions = partitions?.count ?? 0;
      if (v >= 8) r.int32();
      tags(r, c);
    }, 0);
    if (v >= 8 && v <= 10) r.int32();
    tags(r, c);
  };
}

export const apiVersionsRequest: BodyDecoder = (r, v, out, c) => {
  if (v >= 3) {
    out.set('clientSoftwareName', r.string(c));
    out.set('clientSoftwareVersion', r.string(c));
  }
  tags(r, c);
};

export const apiVersionsResponse: BodyDecoder = (r, v, out, c) => {
  out.set('errorCode', out.error(r.int16()));
  const apis: Record<string, string> = {};
  const list = readArray(r, c, () => {
    const key = r.int16();
    const min = r.int16();
    const max = r.int16();
    tags(r, c);
    apis[apiName(key)] = `${min}-${max}`;
  }, 0);
  out.set('apiCount', list?.count ?? 0);
  out.set('apis', apis);
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  tags(r, c);
};
