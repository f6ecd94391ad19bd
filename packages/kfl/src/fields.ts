/**
 * The KFL field registry: what users may type, where it lives in the Entry, its type, and the hub
 * column that indexes it. The parser, both back ends, completion and (later) the UI read this file.
 *
 * Typed fields (`type`) mirror typed SQL columns: a value of another type reads as null in the
 * predicate exactly as it is NULL in the column, so the two back ends cannot disagree.
 *
 * ## Entry shapes assumed for protocols without a dissector yet (protocol authors: follow these)
 *
 * Every protocol puts its status in `response.status` as a number, 0 meaning success for the non-HTTP
 * protocols, so `response.status != 0` means "failed" everywhere except HTTP.
 *
 * - http / http2 / graphql: `request {method, path, url, queryString, httpVersion, headers, body}`,
 *   `response {status, statusText, headers, body}` (packages/protocols/src/entry/types.ts). GraphQL adds
 *   `request.query` (the query text) and `request.operationName`.
 * - grpc: HTTP/2 fields plus `request.service` (`pkg.Service`), `request.rpc` (`Method`);
 *   `response.status` = grpc-status code, `response.httpStatus` = the HTTP status,
 *   `response.statusText` = grpc-message.
 * - redis: `request {command: "GET" (upper case), key?: string, args: string[]}`,
 *   `response {status: 0 | 1 (error reply), value: decoded reply (string | number | boolean | array | map object | null),
 *   hit?: boolean (reads: reply was not nil), error?: string}`.
 * - kafka: `request {apiKey: "Produce" | "Fetch" | …, apiVersion, correlationId, clientId, topic?,
 *   topics?: string[], partition?}`, `response {status: error code (0 = none), …}`.
 * - amqp (RabbitMQ): `request {method: "basic.publish" | …, exchange?, routingKey?, queue?, body?}`,
 *   `response {status: 0, or the reply code of a channel/connection close}`.
 * - postgres / mysql: `request {query: string, parameters?: unknown[]}`,
 *   `response {status: 0 | 1 (error), code?: SQLSTATE / error number, message?, rows?: number}`.
 * - dns: `request {name: "api.example.com", type: "A" | "AAAA" | …, id}`,
 *   `response {status: rcode number (0 = NOERROR), rcode: "NOERROR" | …, answers: [{name, type, ttl, data}]}`.
 * - `tls` (top level, optional): `{version, sni}` when the connection was TLS.
 */
import type { FieldType } from './ast.js';

export interface FieldSpec {
  /** What users type. */
  name: string;
  /** Where it lives in the Entry. */
  path: readonly string[];
  type?: FieldType;
  /** Alias guard: only entries with one of these `protocol.name`s have a value. */
  protocols?: readonly string[];
  /** The hub's indexed column for it (see sql/schema.ts). */
  column?: string;
  doc: string;
}

const core = (name: string, type: FieldType | undefined, column: string | undefined, doc: string, path?: string[]): FieldSpec => ({
  name,
  path: path ?? name.split('.'),
  ...(type ? { type } : {}),
  ...(column ? { column } : {}),
  doc,
});

const peer = (side: 'src' | 'dst'): FieldSpec[] => [
  core(`${side}.ip`, 'string', `${side}_ip`, 'IP address'),
  core(`${side}.port`, 'number', `${side}_port`, 'TCP/UDP port'),
  core(`${side}.name`, 'string', `${side}_name`, 'resolved name: service, pod, process or host'),
  core(`${side}.namespace`, 'string', `${side}_namespace`, 'Kubernetes namespace'),
  core(`${side}.pod`, undefined, undefined, 'pod name'),
  core(`${side}.service`, undefined, undefined, 'service name'),
  core(`${side}.node`, undefined, undefined, 'node name'),
  core(`${side}.kind`, undefined, undefined, 'pod | service | process | host | external'),
];

/** Entry fields (not aliases). */
export const CORE_FIELDS: readonly FieldSpec[] = [
  core('id', 'string', 'id', 'unique entry id'),
  core('node', 'string', 'node', 'worker that captured it'),
  core('timestamp', 'number', 'ts', 'ms since the epoch (request first byte)'),
  core('elapsedTime', 'number', 'latency', 'request first byte → response last byte, ms'),
  core('protocol.name', 'string', 'protocol', 'http, http2, grpc, graphql, redis, kafka, amqp, postgres, mysql, dns'),
  core('protocol.version', undefined, undefined, 'protocol version'),
  core('protocol.abbr', undefined, undefined, 'short protocol label'),
  core('transport', 'string', 'transport', 'tcp or udp'),
  ...peer('src'),
  ...peer('dst'),
  core('request.method', 'string', 'method', 'HTTP method (or protocol verb)'),
  core('request.path', 'string', 'path', 'URL path without the query string'),
  core('request.url', undefined, undefined, 'request target as sent'),
  core('request.queryString', undefined, undefined, 'query parameters (map)'),
  core('request.headers', undefined, undefined, 'request headers (keys are case-insensitive)'),
  core('request.body', undefined, undefined, 'request body; compares against its text'),
  core('request.body.size', undefined, undefined, 'real body size in bytes'),
  core('request.query', undefined, undefined, 'GraphQL query text / SQL query'),
  core('response.status', 'number', 'status', "the protocol's status (HTTP status, gRPC code, 0 = ok)"),
  core('response.statusText', undefined, undefined, 'status text'),
  core('response.headers', undefined, undefined, 'response headers (keys are case-insensitive)'),
  core('response.body', undefined, undefined, 'response body; compares against its text'),
  core('response.body.size', undefined, undefined, 'real body size in bytes'),
  core('requestSize', 'number', 'request_size', 'request bytes on the wire'),
  core('responseSize', 'number', 'response_size', 'response bytes on the wire'),
  core('anomalies', undefined, undefined, 'capture problems: gap, truncated, desync, unpaired'),
  core('tls', undefined, undefined, 'TLS details when the connection was TLS'),
];

const alias = (ns: string, member: string, protocols: string[], path: string, doc: string, type?: FieldType, column?: string): FieldSpec => ({
  name: `${ns}.${member}`,
  path: path.split('.'),
  protocols,
  ...(type ? { type } : {}),
  ...(column ? { column } : {}),
  doc,
});

/** `response.latency` is the one alias without a protocol guard. */
const LATENCY: FieldSpec = { ...core('response.latency', 'number', 'latency', 'alias of elapsedTime (ms)', ['elapsedTime']) };

/** Protocol namespaces: `namespace → protocol names` it is guarded by. */
export const NAMESPACES: Readonly<Record<string, readonly string[]>> = {
  redis: ['redis'],
  kafka: ['kafka'],
  grpc: ['grpc'],
  amqp: ['amqp'],
  rabbitmq: ['amqp'],
  postgres: ['postgres'],
  mysql: ['mysql'],
  dns: ['dns'],
  graphql: ['graphql'],
};

export const ALIAS_FIELDS: readonly FieldSpec[] = [
  LATENCY,
  alias('redis', 'command', ['redis'], 'request.command', 'command name, upper case'),
  alias('redis', 'key', ['redis'], 'request.key', 'first key argument'),
  alias('redis', 'args', ['redis'], 'request.args', 'arguments'),
  alias('redis', 'response', ['redis'], 'response.value', 'decoded reply (null for a nil reply)'),
  alias('redis', 'hit', ['redis'], 'response.hit', 'read found a value'),
  alias('redis', 'error', ['redis'], 'response.error', 'error reply text'),
  alias('kafka', 'topic', ['kafka'], 'request.topic', 'topic'),
  alias('kafka', 'apiKey', ['kafka'], 'request.apiKey', 'API name: Produce, Fetch, …'),
  alias('kafka', 'clientId', ['kafka'], 'request.clientId', 'client id'),
  alias('kafka', 'partition', ['kafka'], 'request.partition', 'partition'),
  alias('grpc', 'service', ['grpc'], 'request.service', 'pkg.Service'),
  alias('grpc', 'method', ['grpc'], 'request.rpc', 'RPC method name'),
  alias('grpc', 'status', ['grpc'], 'response.status', 'grpc-status code', 'number', 'status'),
  ...['amqp', 'rabbitmq'].flatMap((ns) => [
    alias(ns, 'exchange', ['amqp'], 'request.exchange', 'exchange'),
    alias(ns, 'routingKey', ['amqp'], 'request.routingKey', 'routing key'),
    alias(ns, 'queue', ['amqp'], 'request.queue', 'queue'),
    alias(ns, 'method', ['amqp'], 'request.method', 'AMQP method, e.g. basic.publish', 'string', 'method'),
  ]),
  alias('postgres', 'query', ['postgres'], 'request.query', 'SQL text'),
  alias('mysql', 'query', ['mysql'], 'request.query', 'SQL text'),
  alias('dns', 'name', ['dns'], 'request.name', 'queried name'),
  alias('dns', 'type', ['dns'], 'request.type', 'record type: A, AAAA, …'),
  alias('dns', 'rcode', ['dns'], 'response.rcode', 'NOERROR, NXDOMAIN, …'),
  alias('dns', 'answers', ['dns'], 'response.answers', 'answer records'),
  alias('graphql', 'query', ['graphql'], 'request.query', 'GraphQL query text'),
  alias('graphql', 'operationName', ['graphql'], 'request.operationName', 'operation name'),
  alias('graphql', 'operationType', ['graphql'], 'request.operationType', 'query, mutation or subscription'),
  alias('graphql', 'hasErrors', ['graphql'], 'response.hasErrors', 'the response carried GraphQL errors (HTTP status stays 200)'),
];

/** Top-level words that start a field path. Any other bare word must be a macro. */
export const ROOTS: ReadonlySet<string> = new Set([
  'id', 'node', 'timestamp', 'elapsedTime', 'protocol', 'transport', 'src', 'dst', 'request', 'response',
  'requestSize', 'responseSize', 'anomalies', 'schema', 'tls', 'outgoing',
]);

export const ALL_FIELDS: readonly FieldSpec[] = [...CORE_FIELDS, ...ALIAS_FIELDS];
const BY_NAME = new Map(ALL_FIELDS.map((f) => [f.name, f]));
const BY_PATH = new Map(CORE_FIELDS.filter((f) => f.type).map((f) => [f.path.join('.'), f]));

export function isRoot(word: string): boolean {
  return ROOTS.has(word) || Object.hasOwn(NAMESPACES, word);
}

/** The registry entry for a dotted name as typed (`redis.command`, `response.latency`), if any. */
export function fieldByName(name: string): FieldSpec | undefined {
  return BY_NAME.get(name);
}

/** The typed core field stored at an Entry path (`response.status`), if any. */
export function typedFieldAtPath(path: string): FieldSpec | undefined {
  return BY_PATH.get(path);
}

/** Keys under these are header names: stored lower-case, looked up case-insensitively. */
export const CASE_INSENSITIVE_PARENTS: ReadonlySet<string> = new Set(['headers', 'trailers']);
