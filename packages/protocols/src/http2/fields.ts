// The KFL paths HTTP/2 entries expose (CONVENTIONS §10): the HTTP paths plus the HTTP/2 marks.
import { HTTP1_FIELDS } from '../http1/fields.js';

export const HTTP2_FIELDS = [
  ...HTTP1_FIELDS.filter((f) => !['request.httpVersion', 'response.statusText', 'request.headers', 'response.trailers'].includes(f.path)),
  { path: 'request.httpVersion', type: 'string', description: 'Always HTTP/2' },
  { path: 'request.headers', type: 'map', description: 'Request header fields as sent (lower-case), pseudo-headers (:authority, :scheme…) included' },
  { path: 'request.headersUndecodable', type: 'boolean', description: 'Some request header fields referred to HPACK table entries never captured' },
  { path: 'response.headersUndecodable', type: 'boolean', description: 'Some response header fields referred to HPACK table entries never captured' },
  { path: 'response.trailers', type: 'map', description: 'Trailing HEADERS block of the response (e.g. grpc-status)' },
  { path: 'response.statusText', type: 'string', description: 'Empty: HTTP/2 has no reason phrase' },
] as const;

export type Http2Field = (typeof HTTP2_FIELDS)[number];
