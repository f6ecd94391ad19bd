// Public API of the gRPC dissector. gRPC is HTTP/2 refined: `grpcDissector` is the HTTP/2
// dissector whose gRPC streams are decoded schemaless; `createGrpcDissector({descriptorSets})`
// decodes them with field and enum names. Either replaces `http2Dissector` in a registry (both
// are named 'http2': one session per connection handles HTTP/2 and gRPC streams alike).
import type { Dissector } from '../engine/types.js';
import { createHttp2Dissector } from '../http2/index.js';
import { grpcRefiner } from './refine.js';
import { createGrpcSchema } from './schema.js';

export interface GrpcOptions {
  /** Binary FileDescriptorSets (`protoc --descriptor_set_out`, `buf build -o`). */
  descriptorSets?: readonly Uint8Array[];
}

export function createGrpcDissector(options: GrpcOptions = {}): Dissector {
  const schema = options.descriptorSets?.length ? createGrpcSchema(options.descriptorSets) : undefined;
  return createHttp2Dissector({ refiners: [grpcRefiner(schema)] });
}

export const grpcDissector: Dissector = createGrpcDissector();

export { grpcRefiner, GRPC_PROTOCOL, isGrpcContentType, splitGrpcPath, decodeGrpcMessage, type GrpcSchema, type GrpcMessage } from './refine.js';
export { parseMessage, splitMessages, type LengthPrefixed } from './frame.js';
export { decodeSchemaless, type Schemaless } from './schemaless.js';
export { readFields, readVarint, type WireField } from './wire.js';
export { addDescriptorSet, emptyIndex, type DescriptorIndex, type MessageDef, type FieldDef } from './descriptor.js';
export { createGrpcSchema, decodeMessage } from './schema.js';
export { GRPC_LIMITS } from './limits.js';
export { GRPC_FIELDS } from './fields.js';
