// Public API of the Kafka dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { KafkaSession } from './session.js';

export const kafkaDissector: Dissector = {
  name: 'kafka',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new KafkaSession(ctx);
  },
};

export { detect, probeRequest } from './detect.js';
export { API, API_KEYS, apiInfo, apiName, isFlexible, requestHeaderVersion, responseHeaderVersion, type ApiInfo } from './apis.js';
export { errorName } from './errors.js';
export { parseRequest, parseResponse, frameSize, readRequestHeader, readResponseHeader, type ParseResult, type ParsedRequest, type ParsedResponse, type RequestHeader, type ResponseHeader } from './parse.js';
export { KafkaReader, KafkaShort, KafkaMalformed } from './reader.js';
export { summarizeRecords, type RecordsSummary } from './records.js';
export { KafkaSession } from './session.js';
export { KAFKA_LIMITS } from './limits.js';
export { KAFKA_FIELDS, type KafkaField, type KafkaFieldPath } from './fields.js';
