// The KFL paths gRPC entries expose (CONVENTIONS §10): HTTP/2's plus the gRPC ones.
import { HTTP2_FIELDS } from '../http2/fields.js';

export const GRPC_FIELDS = [
  ...HTTP2_FIELDS.filter((f) => !['response.status', 'response.statusText', 'request.body', 'response.body'].some((p) => f.path === p || f.path.startsWith(`${p}.`))),
  { path: 'request.service', type: 'string', description: 'gRPC service, pkg.Service' },
  { path: 'request.rpc', type: 'string', description: 'gRPC method name' },
  { path: 'request.messages', type: 'list', description: 'Request messages: {size, compressed?, type?, value | base64}' },
  { path: 'response.messages', type: 'list', description: 'Response messages: {size, compressed?, type?, value | base64}' },
  { path: 'response.status', type: 'number', description: 'grpc-status code (0 = OK); absent when the call did not finish' },
  { path: 'response.httpStatus', type: 'number', description: 'HTTP :status of the response' },
  { path: 'response.statusText', type: 'string', description: 'grpc-message, percent-decoded' },
] as const;

export type GrpcField = (typeof GRPC_FIELDS)[number];
