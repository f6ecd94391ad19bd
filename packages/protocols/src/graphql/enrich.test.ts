// The enricher on hand-built http and http2 entries: what it adds, what it must leave as http,
// bodies it cannot read, bounds, and hostile entry shapes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { PartialEntry } from '../engine/types.js';
import { createGraphqlEnricher, enrichEntry } from './enrich.js';
import { GRAPHQL_LIMITS } from './limits.js';
import { base64Body, http1Entry, http2Entry, JSON_CT, textBody } from './test-support/entries.js';

type Counts = Record<string, number>;
function enrich(entry: PartialEntry): Counts {
  const counts: Counts = {};
  enrichEntry(entry, (e) => (counts[e] = (counts[e] ?? 0) + 1));
  return counts;
}
const rq = (e: PartialEntry) => e.request as Record<string, unknown>;
const rs = (e: PartialEntry) => e.response as Record<string, unknown>;
/** The GraphQL keys an entry's request gained. */
const GQL_KEYS = ['query', 'queryTruncated', 'operationName', 'operationType', 'variables', 'variablesTruncated', 'rootFields', 'fragments', 'persisted', 'batch', 'operations'];
const gql = (e: PartialEntry) => Object.fromEntries(Object.entries(rq(e)).filter(([k]) => GQL_KEYS.includes(k)));
const post = (body: unknown, resp?: unknown, headers: Record<string, string> = JSON_CT) =>
  http1Entry('POST', '/api', { headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, { body: resp === undefined ? '{"data":{}}' : typeof resp === 'string' ? resp : JSON.stringify(resp) });

describe('what a GraphQL entry gains', () => {
  test('POST JSON: protocol renamed, HTTP fields kept, GraphQL fields added', () => {
    const e = post({ query: 'query Q($id: ID!) { user(id: $id) { name } }', variables: { id: '1' } }, { data: { user: null } });
    const before = structuredClone(e);
    assert.deepEqual(enrich(e), {});
    assert.deepEqual(e.protocol, { name: 'graphql', version: '1.1', abbr: 'GQL' });
    assert.deepEqual(gql(e), { query: 'query Q($id: ID!) { user(id: $id) { name } }', operationName: 'Q', operationType: 'query', variables: { id: '1' }, rootFields: ['user'] });
    for (const k of Object.keys(before.request!)) assert.deepEqual(rq(e)[k], before.request![k], `request.${k} kept`);
    assert.deepEqual(rs(e), { ...before.response, hasErrors: false });
    assert.deepEqual([e.timestamp, e.elapsedTime, e.requestSize, e.responseSize], [1000, 5, 100, 100]);
  });

  test('HTTP/2 keeps its version; GET parameters come from the path when there is no queryString', () => {
    const q = encodeURIComponent('mutation { add(x: 1) { id } }');
    const e = http2Entry('GET', `/graphql?query=${q}&variables=%7B%22a%22%3A1%7D&operationName=Add`, {}, { body: '{"data":{"add":{"id":"9"}}}' });
    enrich(e);
    assert.deepEqual(e.protocol, { name: 'graphql', version: '2', abbr: 'GQL' });
    assert.deepEqual(gql(e), { query: 'mutation { add(x: 1) { id } }', operationName: 'Add', operationType: 'mutation', variables: { a: 1 }, rootFields: ['add'] });
    assert.equal(rq(e).method, 'GET');
  });

  test('GET on HTTP/1 uses the decoded queryString (+ is a space)', () => {
    const e = http1Entry('GET', '/x?query=%7B+me+%7B+id+%7D+%7D');
    enrich(e);
    assert.deepEqual(gql(e), { query: '{ me { id } }', operationType: 'query', rootFields: ['me'] });
  });

  test('POST application/graphql: the body is the document, operationName from the URL', () => {
    const e = http1Entry('POST', '/api?operationName=B', { headers: { 'content-type': 'application/graphql' }, body: 'query A { a } subscription B { onB } fragment F on T { x }' });
    enrich(e);
    assert.deepEqual(gql(e), { query: 'query A { a } subscription B { onB } fragment F on T { x }', operationName: 'B', operationType: 'subscription', rootFields: ['onB'], fragments: 1 });
  });

  test('operationName picks the operation of a multi-operation document; an unknown one keeps the first', () => {
    const doc = 'query A { a } mutation B { b }';
    const e = post({ query: doc, operationName: 'B' });
    enrich(e);
    assert.deepEqual([rq(e).operationType, rq(e).operationName, rq(e).rootFields], ['mutation', 'B', ['b']]);
    const u = post({ query: doc, operationName: 'Nope' });
    enrich(u);
    assert.deepEqual([rq(u).operationType, rq(u).operationName, rq(u).rootFields], ['query', 'Nope', ['a']]);
  });

  test('batch: the first operation on top, every operation listed', () => {
    const e = post([{ query: 'query One { a }' }, { query: 'mutation { b c }' }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }], [{ data: {} }, { errors: [{ message: 'no' }] }, { data: {} }]);
    enrich(e);
    assert.deepEqual(gql(e), {
      query: 'query One { a }',
      operationName: 'One',
      operationType: 'query',
      rootFields: ['a'],
      batch: 3,
      operations: [
        { rootFields: ['a'], operationType: 'query', operationName: 'One' },
        { rootFields: ['b', 'c'], operationType: 'mutation' },
        { rootFields: [], persisted: true },
      ],
    });
    assert.deepEqual([rs(e).hasErrors, rs(e).errors], [true, [{ message: 'no' }]]);
  });

  test('a batch longer than the bound lists the first operations', () => {
    const e = post(Array.from({ length: 40 }, (_, i) => ({ query: `{ f${i} }` })));
    const counts = enrich(e);
    assert.equal(rq(e).batch, 40);
    assert.equal((rq(e).operations as unknown[]).length, GRAPHQL_LIMITS.maxBatchOperations);
    assert.deepEqual(counts, { 'graphql.batch_limit': 1 });
  });

  test('persisted queries: hash only (POST and GET), and hash with the document', () => {
    const ext = { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } };
    const only = post({ operationName: 'Pq', variables: { id: 2 }, extensions: ext }, { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    enrich(only);
    assert.deepEqual(gql(only), { operationName: 'Pq', variables: { id: 2 }, rootFields: [], persisted: true });
    assert.deepEqual(rs(only).errors, [{ message: 'PersistedQueryNotFound', code: 'PERSISTED_QUERY_NOT_FOUND' }]);
    const withDoc = post({ query: 'query Pq { a }', extensions: ext });
    enrich(withDoc);
    assert.deepEqual(gql(withDoc), { query: 'query Pq { a }', operationName: 'Pq', operationType: 'query', rootFields: ['a'], persisted: true });
    const get = http1Entry('GET', `/api?operationName=Pq&extensions=${encodeURIComponent(JSON.stringify(ext))}`);
    enrich(get);
    assert.deepEqual(gql(get), { operationName: 'Pq', rootFields: [], persisted: true });
  });

  test('base64 bodies are decoded when the content type says JSON', () => {
    const text = JSON.stringify({ query: '{ a }' });
    const e = http1Entry('POST', '/api', { headers: JSON_CT, body: base64Body(new TextEncoder().encode(text)) });
    enrich(e);
    assert.equal(e.protocol.name, 'graphql');
    assert.deepEqual(rq(e).rootFields, ['a']);
    // Not for other content types: an octet-stream body is never decoded.
    const bin = http1Entry('POST', '/api', { headers: { 'content-type': 'application/octet-stream' }, body: base64Body(new TextEncoder().encode(text)) });
    assert.deepEqual(enrich(bin), {});
    assert.equal(bin.protocol.name, 'http');
  });

  test('clients without a content type (or text/plain, as fetch sends for a string) still count', () => {
    for (const headers of [{}, { 'content-type': 'text/plain;charset=UTF-8' }] as Record<string, string>[]) {
      const e = post({ query: '{ a }' }, undefined, headers);
      enrich(e);
      assert.equal(e.protocol.name, 'graphql');
    }
  });
});

describe('responses', () => {
  test('errors: message, path, code; bounded count, message and path', () => {
    const errors = Array.from({ length: 20 }, (_, i) => ({ message: i === 0 ? 'x'.repeat(2000) : `e${i}`, path: i === 1 ? ['a', 0, { bad: 1 }, 'b'] : undefined, extensions: i === 2 ? { code: 'BAD_USER_INPUT' } : undefined }));
    const e = post({ query: '{ a }' }, { data: null, errors });
    const counts = enrich(e);
    const out = rs(e).errors as { message: string; path?: unknown[]; code?: string }[];
    assert.equal(out.length, GRAPHQL_LIMITS.maxErrors);
    assert.equal(out[0].message, `${'x'.repeat(GRAPHQL_LIMITS.maxErrorMessageChars)}…`);
    assert.deepEqual(out[1], { message: 'e1', path: ['a', 0, 'b'] });
    assert.deepEqual(out[2], { message: 'e2', code: 'BAD_USER_INPUT' });
    assert.equal(rs(e).hasErrors, true);
    assert.deepEqual(counts, { 'graphql.errors_limit': 1 });
  });

  test('a response that is not a GraphQL result adds nothing', () => {
    for (const [body, type] of [['<html>502</html>', 'text/html'], ['{"message":"rate limited"}', 'application/json'], ['[]', 'application/json'], ['{"data"', 'application/json'], ['data: {}\n\n', 'text/event-stream']]) {
      const e = http1Entry('POST', '/api', { headers: JSON_CT, body: '{"query":"{ a }"}' }, { headers: { 'content-type': type }, body });
      enrich(e);
      assert.equal(e.protocol.name, 'graphql');
      assert.equal('hasErrors' in rs(e), false, body);
      assert.equal('errors' in rs(e), false, body);
    }
  });

  test('application/graphql-response+json claims the entry even when the request is not recognised', () => {
    const e = http1Entry('POST', '/api', { headers: JSON_CT, body: '{"id":"abc123","variables":{}}' }, { headers: { 'content-type': 'application/graphql-response+json; charset=utf-8' }, body: '{"errors":[{"message":"boom"}]}' });
    enrich(e);
    assert.equal(e.protocol.name, 'graphql');
    assert.deepEqual(gql(e), {});
    assert.deepEqual([rs(e).hasErrors, rs(e).errors], [true, [{ message: 'boom' }]]);
    // An unpaired response (request lost) too.
    const lone = http1Entry('POST', '/api', {}, { headers: { 'content-type': 'application/graphql-response+json' }, body: '{"data":{"a":1}}' });
    lone.request = null;
    enrich(lone);
    assert.deepEqual([lone.protocol.name, rs(lone).hasErrors], ['graphql', false]);
  });

  test('an unreadable response body is counted and adds nothing', () => {
    const e = http1Entry('POST', '/api', { headers: JSON_CT, body: '{"query":"{ a }"}' }, { body: textBody('{"data":', { size: 100, truncated: true }) });
    assert.deepEqual(enrich(e), { 'graphql.response_undecodable': 1 });
    assert.equal(e.protocol.name, 'graphql');
    assert.equal('hasErrors' in rs(e), false);
  });
});

describe('bodies that cannot be read leave the entry as http (graphql.undecodable)', () => {
  const doc = '{"query":"{ a }"}';
  const cases: [string, PartialEntry][] = [
    ['truncated', http1Entry('POST', '/api', { headers: JSON_CT, body: textBody(doc.slice(0, 10), { size: 100, truncated: true }) })],
    ['gzip failed', http1Entry('POST', '/api', { headers: { ...JSON_CT, 'content-encoding': 'gzip' }, body: { ...base64Body(Uint8Array.of(0x1f, 0x8b, 8)), contentEncoding: 'gzip', decodeError: 'gzip: unexpected end of file' } })],
    ['bytes lost to a gap', http1Entry('POST', '/api', { headers: JSON_CT, body: textBody(doc, { missing: 20, size: 37 }) })],
    ['invalid UTF-8', http1Entry('POST', '/api', { headers: JSON_CT, body: base64Body(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)) })],
    ['application/graphql truncated', http1Entry('POST', '/api', { headers: { 'content-type': 'application/graphql' }, body: textBody('{ a', { size: 50, truncated: true }) })],
  ];
  for (const [why, e] of cases) {
    test(why, () => {
      const before = structuredClone(e);
      assert.deepEqual(enrich(e), { 'graphql.undecodable': 1 });
      assert.deepEqual(e, before);
    });
  }

  test('a cut JSON body that names no query is not counted', () => {
    const e = http1Entry('POST', '/upload', { headers: JSON_CT, body: textBody('{"items":[1,2,3', { size: 5000, truncated: true }) });
    assert.deepEqual(enrich(e), {});
    assert.equal(e.protocol.name, 'http');
  });
});

describe('not GraphQL: the entry stays http, unchanged', () => {
  const NOT: [string, PartialEntry][] = [
    ['search API with a query string field', post({ query: 'red shoes', page: 1 })],
    ['Elasticsearch query object', post({ query: { match: { title: 'graphql' } } })],
    ['SQL in a query field', post({ query: 'SELECT * FROM users' })],
    ['query keyword alone', post({ query: 'query' })],
    ['empty query', post({ query: '' })],
    ['schema SDL', post({ query: 'type Query { a: Int }' })],
    ['JSON-looking query text', post({ query: '{"a": 1}' })],
    ['query is a number', post({ query: 42 })],
    ['operationName of the wrong type', post({ query: '{ a }', operationName: 7 })],
    ['variables of the wrong type', post({ query: '{ a }', variables: [1, 2] })],
    ['extensions of the wrong type', post({ query: '{ a }', extensions: 'x' })],
    ['no query, extensions without a persisted hash', post({ extensions: { tracing: true } })],
    ['persisted hash that is not sha256 hex', post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })],
    ['empty array', post([])],
    ['array with one non-operation', post([{ query: '{ a }' }, { foo: 1 }])],
    ['array of numbers', post([1, 2, 3])],
    ['JSON string', post('"{ a }"')],
    ['not JSON at all', post('query=hello')],
    ['form body', post('query=%7B+a+%7D', undefined, { 'content-type': 'application/x-www-form-urlencoded' })],
    ['XML body', post('<query>{ a }</query>', undefined, { 'content-type': 'application/xml' })],
    ['PUT with a GraphQL body', http1Entry('PUT', '/api', { headers: JSON_CT, body: '{"query":"{ a }"}' })],
    ['GET with a search query', http1Entry('GET', '/search?query=red+shoes')],
    ['GET with a JSON-ish query', http1Entry('GET', '/search?query=%7B%7D')],
    ['GET with two query values', http1Entry('GET', '/x?query=%7B+a+%7D&query=%7B+b+%7D')],
    ['GET without parameters', http1Entry('GET', '/graphql')],
    ['POST without a body', http1Entry('POST', '/graphql', { headers: JSON_CT })],
  ];
  for (const [why, e] of NOT) {
    test(why, () => {
      const before = structuredClone(e);
      assert.deepEqual(enrich(e), {});
      assert.deepEqual(e, before);
    });
  }

  test('other protocols are never looked at', () => {
    for (const name of ['grpc', 'redis', 'postgres']) {
      const e = post({ query: '{ a }' });
      e.protocol = { name, version: '1', abbr: name.toUpperCase() };
      enrich(e);
      assert.equal(e.protocol.name, name);
    }
  });
});

describe('bounds', () => {
  test('variables: strings, entries, depth and nodes are cut', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 20; i++) at = (at.d = {}) as Record<string, unknown>;
    const variables = { s: 'y'.repeat(5000), arr: Array.from({ length: 100 }, (_, i) => i), deep };
    const e = post({ query: '{ a }', variables });
    const counts = enrich(e);
    const v = rq(e).variables as Record<string, unknown>;
    assert.equal(v.s, `${'y'.repeat(GRAPHQL_LIMITS.maxVariableStringChars)}…`);
    assert.equal((v.arr as unknown[]).length, GRAPHQL_LIMITS.maxVariableEntries);
    assert.match(JSON.stringify(v.deep), /"\[…\]"/);
    assert.equal(rq(e).variablesTruncated, true);
    assert.deepEqual(counts, { 'graphql.variables_limit': 1 });
  });

  test('a __proto__ variable stays a plain key', () => {
    const e = post('{"query":"{ a }","variables":{"__proto__":{"polluted":1}}}');
    enrich(e);
    const v = rq(e).variables as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(v), Object.prototype);
    assert.deepEqual(Object.keys(v), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('the document copied into request.query is bounded', () => {
    const doc = `{ a(s: "${'b'.repeat(GRAPHQL_LIMITS.maxQueryChars)}") }`;
    const e = post({ query: doc });
    const counts = enrich(e);
    assert.equal((rq(e).query as string).length, GRAPHQL_LIMITS.maxQueryChars);
    assert.equal(rq(e).queryTruncated, true);
    assert.deepEqual(counts, { 'graphql.query_truncated': 1 });
  });

  test('a huge document is scanned up to the token budget', () => {
    const doc = `query Big { ${Array.from({ length: 30_000 }, (_, i) => `f${i}`).join(' ')} }`;
    const e = post({ query: doc });
    const counts = enrich(e);
    assert.equal(rq(e).operationName, 'Big');
    assert.equal((rq(e).rootFields as string[]).length, GRAPHQL_LIMITS.maxRootFields);
    assert.equal(counts['graphql.scan_limit'], 1);
  });
});

test('hostile entry shapes never throw', () => {
  const enricher = createGraphqlEnricher();
  const anyBody = fc.oneof(fc.anything(), fc.record({ encoding: fc.constantFrom('utf8', 'base64'), text: fc.oneof(fc.string(), fc.json()), base64: fc.base64String(), truncated: fc.boolean() }, { requiredKeys: [] }));
  const side = fc.record(
    {
      method: fc.oneof(fc.constantFrom('GET', 'POST'), fc.anything()),
      url: fc.oneof(fc.string(), fc.anything()),
      path: fc.anything(),
      queryString: fc.oneof(fc.dictionary(fc.constantFrom('query', 'variables', 'operationName', 'extensions'), fc.oneof(fc.string(), fc.json(), fc.array(fc.string()))), fc.anything()),
      headers: fc.oneof(fc.record({ 'content-type': fc.oneof(fc.constantFrom('application/json', 'application/graphql', 'application/graphql-response+json', ''), fc.anything()) }), fc.anything()),
      body: anyBody,
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(side, fc.oneof(side, fc.constant(null)), fc.constantFrom('http', 'http2'), (request, response, name) => {
      const e = { ...http1Entry('POST', '/'), request: request as Record<string, unknown>, response: response as Record<string, unknown> | null };
      e.protocol = { name, version: '1.1', abbr: 'HTTP' };
      enricher.enrich(e);
    }),
    { numRuns: 2000 },
  );
});
