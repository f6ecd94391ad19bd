// The KFL paths HTTP/1 entries expose (CONVENTIONS §10): the KFL checker, compilers, completion
// and the UI read this registry. Paths are Entry paths (DESIGN §3).

export const HTTP1_FIELDS = [
  { path: 'request.method', type: 'string', description: 'Request method, e.g. GET' },
  { path: 'request.path', type: 'string', description: 'Request path without the query string, as sent' },
  { path: 'request.url', type: 'string', description: 'Request target as sent, query string included' },
  { path: 'request.queryString', type: 'map', description: 'Query parameters (decoded); repeated keys are lists' },
  { path: 'request.httpVersion', type: 'string', description: 'HTTP/1.1, HTTP/1.0 or HTTP/0.9' },
  { path: 'request.headers', type: 'map', description: 'Request headers, names lower-case; repeats are lists' },
  { path: 'request.trailers', type: 'map', description: 'Trailer fields of a chunked request body' },
  { path: 'request.body', type: 'string', description: 'Request body text (decoded), or base64 for binary' },
  { path: 'request.body.size', type: 'number', description: 'Real request body size in bytes, kept or not' },
  { path: 'request.body.truncated', type: 'boolean', description: 'Part of the request body was not kept' },
  { path: 'request.body.contentEncoding', type: 'string', description: 'Content-Encoding removed from the request body' },
  { path: 'response.status', type: 'number', description: 'Response status code' },
  { path: 'response.statusText', type: 'string', description: 'Response reason phrase' },
  { path: 'response.httpVersion', type: 'string', description: 'HTTP version of the response' },
  { path: 'response.headers', type: 'map', description: 'Response headers, names lower-case; repeats are lists' },
  { path: 'response.trailers', type: 'map', description: 'Trailer fields of a chunked response body' },
  { path: 'response.interim', type: 'list', description: '1xx interim statuses before the final response' },
  { path: 'response.body', type: 'string', description: 'Response body text (decoded), or base64 for binary' },
  { path: 'response.body.size', type: 'number', description: 'Real response body size in bytes, kept or not' },
  { path: 'response.body.truncated', type: 'boolean', description: 'Part of the response body was not kept' },
  { path: 'response.body.contentEncoding', type: 'string', description: 'Content-Encoding removed from the response body' },
  { path: 'requestSize', type: 'number', description: 'Request bytes on the wire, headers and framing included' },
  { path: 'responseSize', type: 'number', description: 'Response bytes on the wire, headers and framing included' },
] as const;

export type Http1Field = (typeof HTTP1_FIELDS)[number];
export type Http1FieldPath = Http1Field['path'];
