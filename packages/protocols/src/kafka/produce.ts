// Produce (api key 0), v0–v12: flexible from v9. Records are summarised, never kept.
import { eachPartition, errorItem, tags, type BodyDecoder } from './body.js';
import { readArray } from './reader.js';
import { summarizeRecords } from './records.js';

export const produceRequest: BodyDecoder = (r, v, out, c) => {
  if (v >= 3) {
    const txn = r.nullableString(c);
    if (txn !== null) out.set('transactionalId', txn);
  }
  out.set('acks', r.int16());
  out.set('timeoutMs', r.int32());
  const partitions: Record<string, unknown>[] = [];
  let recordCount = 0;
  let recordBytes = 0;
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const rec = r.partialBytes(c);
    const summary = rec ? summarizeRecords(rec.view, rec.size) : null;
    if (summary) {
      recordCount += summary.records;
      recordBytes += summary.size;
      out.set('recordCount', recordCount);
      out.set('recordBytes', recordBytes);
    }
    out.push(partitions, { topic, partition, records: summary });
    tags(r, c);
  });
  out.set('recordCount', recordCount);
  out.set('recordBytes', recordBytes);
  tags(r, c);
};

export const produceResponse: BodyDecoder = (r, v, out, c) => {
  const partitions: Record<string, unknown>[] = [];
  out.set('partitions', partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p: Record<string, unknown> = { topic, partition, ...errorItem(out.error(r.int16())), baseOffset: r.int64() };
    if (v >= 2) p.logAppendTimeMs = r.int64();
    if (v >= 5) p.logStartOffset = r.int64();
    if (v >= 8) {
      const recordErrors = readArray(r, c, () => {
        const batchIndex = r.int32();
        const message = r.nullableString(c);
        tags(r, c);
        return { batchIndex, message };
      });
      if (recordErrors && recordErrors.count > 0) p.recordErrors = recordErrors.items;
      const message = r.nullableString(c);
      if (message !== null) p.errorMessage = message;
    }
    tags(r, c);
    out.push(partitions, p);
  });
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  tags(r, c);
};
