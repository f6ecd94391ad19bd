// Public API of the Redis (RESP2/RESP3) dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { RedisSession } from './session.js';

export const redisDissector: Dissector = {
  name: 'redis',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new RedisSession(ctx);
  },
};

export { detect, probeCommandArray, probeInline, probeServer } from './detect.js';
export { parse, RespDecoder, ParseErrorCode, type RespMessage, type RespValue, type ParseResult } from './parse.js';
export { splitInline } from './inline.js';
export { commandOf, type Command } from './command.js';
export { isKnownCommand, keyIndex, redactArgs, REDACTED } from './commands.js';
export { RedisSession } from './session.js';
export { RESP_LIMITS, type RespLimits } from './limits.js';
export { REDIS_FIELDS, type RedisField, type RedisFieldPath } from './fields.js';
