// Public API of the AMQP 0-9-1 (RabbitMQ) dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { AmqpSession } from './session.js';

export const amqpDissector: Dissector = {
  name: 'amqp',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new AmqpSession(ctx);
  },
};

export { detect, detectFrames } from './detect.js';
export { parseFrame, parseFrameHead, probeMethodFrame, decodePayload, PROTOCOL_HEADER, type Frame, type FrameHead, type ParseResult } from './parse.js';
export { methodSpec, methodName, decodeArgs, type MethodSpec } from './methods.js';
export { decodeContentHeader, type BasicProperties, type ContentHeader } from './properties.js';
export { readTable, readValue, Reader, AmqpDecodeError, type FieldTable, type FieldValue } from './table.js';
export { AmqpSession } from './session.js';
export { AMQP_LIMITS } from './limits.js';
export { AMQP_FIELDS, type AmqpField, type AmqpFieldPath } from './fields.js';
