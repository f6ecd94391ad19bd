// Named limits of the gRPC refiner (CONVENTIONS §5); hitting one is counted as `limit.grpc.<name>`.
export const GRPC_LIMITS = {
  /** Messages kept per direction of one call (streaming RPCs); the rest are counted. */
  maxMessages: 100,
  /** Nesting depth of schemaless/schema decoding. */
  maxDepth: 16,
  /** Fields decoded per message (all levels). */
  maxFields: 4096,
  /** Largest decompressed message. */
  maxMessageBytes: 4 << 20,
} as const;
