// Public API of the HTTP/1.x dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { Http1Session } from './session.js';

export const http1Dissector: Dissector = {
  name: 'http',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new Http1Session(ctx);
  },
};

export { detect, probeRequestLine, probeStatusLine } from './detect.js';
export {
  parseRequestHead,
  parseResponseHead,
  parseRequestLine,
  parseStatusLine,
  parseHeaderLines,
  type Head,
  type RequestHead,
  type ResponseHead,
  type ParseResult,
} from './parse.js';
export { parseQuery, splitTarget, decodeQueryComponent } from './query.js';
export { requestFraming, responseFraming, contentLength, type Framing } from './framing.js';
export { BodyReader } from './body.js';
export { Http1Session } from './session.js';
export { HTTP1_FIELDS, type Http1Field, type Http1FieldPath } from './fields.js';
