// ListOffsets (api key 2), v0–v10: flexible from v6. Consumers ask it for the earliest (-2) or
// latest (-1) offset, or the offset at a timestamp, when they have no committed offset.
import { eachPartition, errorItem, tags, type BodyDecoder } from './body.js';
import { readArray } from './reader.js';

const SPECIAL: Record<number, string> = { [-1]: 'latest', [-2]: 'earliest', [-3]: 'max-timestamp', [-4]: 'earliest-local', [-5]: 'latest-tiered' };

export const listOffsetsRequest: BodyDecoder = (r, v, out, c) => {
  out.set('replicaId', r.int32());
  if (v >= 2) out.set('isolationLevel', r.int8());
  const partitions: Record<string, unknown>[] = [];
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    if (v >= 4) r.int32(); // current leader epoch
    const timestamp = r.int64();
    const p: Record<string, unknown> = { topic, partition, timestamp };
    if (SPECIAL[timestamp]) p.spec = SPECIAL[timestamp];
    if (v === 0) p.maxNumOffsets = r.int32();
    tags(r, c);
    out.push(partitions, p);
  });
  if (v >= 10) out.set('timeoutMs', r.int32());
  tags(r, c);
};

export const listOffsetsResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 2) out.set('throttleTimeMs', r.int32());
  const partitions: Record<string, unknown>[] = [];
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p: Record<string, unknown> = { topic, partition, ...errorItem(out.error(r.int16())) };
    if (v === 0) p.offsets = readArray(r, c, (rr) => rr.int64())?.items ?? [];
    else {
      p.timestamp = r.int64();
      p.offset = r.int64();
    }
    if (v >= 4) p.leaderEpoch = r.int32();
    tags(r, c);
    out.push(partitions, p);
  });
  tags(r, c);
};
