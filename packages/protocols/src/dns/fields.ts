// The KFL paths DNS entries expose (CONVENTIONS §10; shape fixed by packages/kfl/src/fields.ts).
// `dns.name`, `dns.type`, `dns.rcode`, `dns.answers` are the KFL aliases of the first four.

export const DNS_FIELDS = [
  { path: 'request.name', type: 'string', description: 'Queried name (first question), no trailing dot' },
  { path: 'request.type', type: 'string', description: 'Query type: A, AAAA, MX, … (TYPEnnn when unknown)' },
  { path: 'response.rcode', type: 'string', description: 'NOERROR, NXDOMAIN, SERVFAIL, … (EDNS-extended)' },
  { path: 'response.answers', type: 'list', description: 'Answer records: {name, type, class?, ttl, data}, data in presentation form' },
  { path: 'response.status', type: 'number', description: 'Numeric rcode, 0 = NOERROR' },
  { path: 'request.method', type: 'string', description: 'Same as request.type (indexed column)' },
  { path: 'request.path', type: 'string', description: 'Same as request.name (indexed column)' },
  { path: 'request.id', type: 'number', description: 'Message id' },
  { path: 'request.class', type: 'string', description: 'Question class when not IN' },
  { path: 'request.opcode', type: 'string', description: 'QUERY, NOTIFY, UPDATE, …' },
  { path: 'request.questions', type: 'list', description: 'Every question, when there is not exactly one' },
  { path: 'request.flags', type: 'map', description: 'Header flags: rd, cd, ad, …' },
  { path: 'request.edns', type: 'map', description: 'EDNS: udpSize, version, do, options [{code, data}]' },
  { path: 'response.id', type: 'number', description: 'Message id of the response' },
  { path: 'response.name', type: 'string', description: "The response's first question name" },
  { path: 'response.type', type: 'string', description: "The response's first question type" },
  { path: 'response.flags', type: 'map', description: 'Header flags: aa, tc, rd, ra, ad, cd' },
  { path: 'response.authorities', type: 'list', description: 'Authority section records' },
  { path: 'response.additionals', type: 'list', description: 'Additional section records (OPT excluded)' },
  { path: 'response.edns', type: 'map', description: 'EDNS of the response' },
  { path: 'requestSize', type: 'number', description: 'Query bytes (UDP payload, or TCP frame with its length)' },
  { path: 'responseSize', type: 'number', description: 'Response bytes' },
] as const;

export type DnsField = (typeof DNS_FIELDS)[number];
export type DnsFieldPath = DnsField['path'];
