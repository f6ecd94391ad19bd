// Public API of @trawl/bus: the NATS contract between workers and the hub.
export { SUBJECTS, subjectToken } from './subjects.js';
export {
  ENTRIES_STREAM,
  FLOWS_STREAM,
  HUB_CONSUMER,
  DEFAULT_ENTRY_STREAM_LIMITS,
  entriesStreamConfig,
  flowsStreamConfig,
  ensureStreams,
  type StreamLimits,
} from './streams.js';
export {
  BUS_VERSION,
  ENTRY_BATCH_VERSION,
  encode,
  encodeEntryBatch,
  encodeEntryBatchV1,
  entryBatchHeader,
  decodeBatch,
  decodeBatchLines,
  decodeJson,
  BusDecodeError,
  type EntryBatch,
  type EntryBatchHeader,
  type RawEntryBatch,
  type FlowEnd,
  type FlowReport,
  type WorkerHello,
} from './messages.js';
export { startNatsServer, type NatsServer } from './nats-server.js';
export { freePort } from './ports.js';
export { processAlive } from './process.js';
export {
  JOB_ERROR_HEADER,
  JOB_OPS,
  JOB_READ_MAX,
  type CaptureJobFile,
  type CaptureJobSpec,
  type CaptureJobState,
  type CaptureJobStatus,
  type JobError,
  type JobOp,
  type JobReadRequest,
} from './jobs.js';
