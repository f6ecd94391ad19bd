import { ENTRY_SCHEMA_VERSION, PEER_KINDS } from './types.js';

/**
 * JSON Schema (2020-12) of an Entry, version ENTRY_SCHEMA_VERSION. Protocol objects under
 * `request`/`response` are open (each protocol documents its own shape); the envelope is closed.
 * Served by the hub and used by tests to validate everything `trawl read` prints.
 */
const headers = {
  type: 'object',
  additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
} as const;

const body = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['encoding', 'size', 'captured', 'truncated'],
      properties: {
        encoding: { enum: ['utf8', 'base64'] },
        text: { type: 'string' },
        base64: { type: 'string' },
        size: { type: 'integer', minimum: 0 },
        captured: { type: 'integer', minimum: 0 },
        truncated: { type: 'boolean' },
        contentEncoding: { type: 'string' },
        decodedSize: { type: 'integer', minimum: 0 },
        decodeError: { type: 'string' },
        missing: { type: 'integer', minimum: 0 },
      },
    },
  ],
} as const;

const peer = {
  type: 'object',
  required: ['ip', 'port'],
  properties: {
    ip: { type: 'string' },
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    name: { type: 'string' },
    namespace: { type: 'string' },
    pod: { type: 'string' },
    service: { type: 'string' },
    node: { type: 'string' },
    kind: { enum: [...PEER_KINDS] },
    process: { type: 'object', required: ['pid', 'name'], properties: { pid: { type: 'integer' }, name: { type: 'string' } } },
  },
} as const;

export const ENTRY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://trawl.dev/schema/entry-v${ENTRY_SCHEMA_VERSION}.json`,
  title: 'trawl Entry',
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'id', 'node', 'timestamp', 'elapsedTime', 'protocol', 'transport', 'src', 'dst', 'request', 'response', 'requestSize', 'responseSize'],
  properties: {
    schema: { const: ENTRY_SCHEMA_VERSION },
    id: { type: 'string', minLength: 1 },
    node: { type: 'string' },
    timestamp: { type: 'number' },
    elapsedTime: { type: ['number', 'null'], minimum: 0 },
    protocol: {
      type: 'object',
      required: ['name', 'version', 'abbr'],
      properties: { name: { type: 'string' }, version: { type: 'string' }, abbr: { type: 'string' } },
    },
    transport: { enum: ['tcp', 'udp'] },
    src: peer,
    dst: peer,
    request: { type: ['object', 'null'] },
    response: { type: ['object', 'null'] },
    requestSize: { type: 'integer', minimum: 0 },
    responseSize: { type: 'integer', minimum: 0 },
    anomalies: { type: 'array', items: { type: 'string' } },
  },
  $defs: { headers, body, peer },
} as const;
