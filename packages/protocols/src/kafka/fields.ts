// The KFL paths Kafka entries expose (CONVENTIONS §10). `kafka.topic`, `kafka.apiKey`,
// `kafka.clientId` and `kafka.partition` are aliases of the request paths (packages/kfl).

export const KAFKA_FIELDS = [
  { path: 'request.method', type: 'string', description: 'API name, e.g. Produce (same as request.apiKey)' },
  { path: 'request.path', type: 'string', description: 'First topic; for the group calls, the group id' },
  { path: 'request.apiKey', type: 'string', description: 'API name: Produce, Fetch, Metadata, JoinGroup, …' },
  { path: 'request.apiVersion', type: 'number', description: 'API version of the request' },
  { path: 'request.correlationId', type: 'number', description: 'Correlation id pairing request and response' },
  { path: 'request.clientId', type: 'string', description: 'Client id (null when the client sent none)' },
  { path: 'request.topic', type: 'string', description: 'First topic of the request' },
  { path: 'request.topics', type: 'list', description: 'Topics of the request (first 32)' },
  { path: 'request.partition', type: 'number', description: 'First partition of the request' },
  { path: 'request.groupId', type: 'string', description: 'Consumer group (group calls, OffsetCommit/Fetch, FindCoordinator)' },
  { path: 'request.acks', type: 'number', description: 'Produce: 0, 1 or -1 (all)' },
  { path: 'request.transactionalId', type: 'string', description: 'Produce v3+: transactional id' },
  { path: 'request.recordCount', type: 'number', description: 'Produce: records sent (all partitions)' },
  { path: 'request.recordBytes', type: 'number', description: 'Produce: bytes of record data sent' },
  { path: 'request.partitions', type: 'list', description: 'Per partition: topic, partition, offsets / record summary (first 32)' },
  { path: 'request.clientSoftwareName', type: 'string', description: 'ApiVersions v3+: client library name' },
  { path: 'request.clientSoftwareVersion', type: 'string', description: 'ApiVersions v3+: client library version' },
  { path: 'response.status', type: 'number', description: 'First non-zero error code (top level or per partition), else 0' },
  { path: 'response.error', type: 'string', description: 'Name of that error code, e.g. UNKNOWN_TOPIC_OR_PARTITION' },
  { path: 'response.recordCount', type: 'number', description: 'Fetch: records returned (whole batches)' },
  { path: 'response.recordBytes', type: 'number', description: 'Fetch: bytes of record data returned' },
  { path: 'response.partitions', type: 'list', description: 'Per partition: error code, offsets, high watermark, records' },
  { path: 'response.throttleTimeMs', type: 'number', description: 'Quota throttle time' },
  { path: 'requestSize', type: 'number', description: 'Request bytes on the wire, size prefix included' },
  { path: 'responseSize', type: 'number', description: 'Response bytes on the wire, size prefix included' },
] as const;

export type KafkaField = (typeof KAFKA_FIELDS)[number];
export type KafkaFieldPath = KafkaField['path'];
