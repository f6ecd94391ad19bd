// Public API of the HTTP/2 dissector. `http2Dissector` refines gRPC streams (schemaless);
// `createHttp2Dissector` takes other refiners, e.g. gRPC with descriptors (grpc/index.ts).
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { grpcRefiner } from '../grpc/refine.js';
import type { Http2Refiner } from './build.js';
import { detect } from './detect.js';
import { Http2Session } from './session.js';

export function createHttp2Dissector(options: { refiners?: readonly Http2Refiner[] } = {}): Dissector {
  const refiners = options.refiners ?? [grpcRefiner()];
  return {
    name: 'http2',
    transport: 'tcp',
    detect,
    createSession(ctx: SessionContext): DissectorSession {
      return new Http2Session(ctx, { refiners });
    },
  };
}

export const http2Dissector: Dissector = createHttp2Dissector();

export { detect, frameRun, plausibleHeader } from './detect.js';
export { parseFrame, readFrameHeader, unpad, PREFACE, FRAME, FLAG, type Frame, type FrameHeader } from './frame.js';
export { HpackDecoder, readInt, readString, type HeaderField, type DecodedBlock } from './hpack.js';
export { huffmanDecode, huffmanCode } from './huffman.js';
export { Http2Session } from './session.js';
export { buildEntry, headerRecord, fieldOf, HTTP2_PROTOCOL, type Http2Refiner } from './build.js';
export type { H2Stream, Half, UpgradeRequest } from './stream.js';
export { HTTP2_LIMITS } from './limits.js';
export { HTTP2_FIELDS } from './fields.js';
