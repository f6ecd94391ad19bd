// Named bounds of the Kafka dissector (CONVENTIONS §5). Reaching one is counted as
// `kafka.limit.<name>` and never raised.

export const KAFKA_LIMITS = {
  /** Largest frame accepted (the broker's default socket.request.max.bytes); larger = framing lost. */
  maxFrameBytes: 100 << 20,
  /** Bytes of one frame kept for decoding; the rest is skipped and only counted (`truncated`). */
  maxDecodeBytes: 1 << 20,
  /** Topics, partitions, brokers, members… listed per entry; the totals are always counted. */
  maxListed: 32,
  /** Characters kept of a string field (client id, topic, group…). */
  maxStringChars: 512,
  /** Topic id → name pairs learnt from Metadata responses, per connection (Fetch v13+ sends ids). */
  maxTopicIds: 1024,
  /** Records sampled (key, value, header names) from the first uncompressed batch of a partition. */
  maxSamples: 3,
  /** Largest record key or value kept in a sample; larger ones keep only their size. */
  maxSampleBytes: 256,
  /** Record batches walked per partition when counting records. */
  maxBatchesWalked: 10_000,
} as const;
