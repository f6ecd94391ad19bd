// Our own captures (captures/record.mjs: a real graphql-js server over Node http on 127.0.0.1:4555
// and over Node http2 on :4556, driven by curl, Node fetch and Node's http2 client) replayed
// through the real Engine with the GraphQL enricher: exact entries, goldens, and the KFL query.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dissector } from '../engine/types.js';
import type { Entry } from '../entry/types.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { http1Dissector } from '../http1/index.js';
import { replayGraphql } from './test-support/replay.js';
import { graphqlEnricher } from './index.js';
import { CapturePipeline } from '../engine/pipeline.js';
import { DissectorRegistry } from '../engine/registry.js';
import { defaultDissectors } from '../engine/dissectors.js';
import { zlibDecompress } from '../http1/test-support/fake-context.js';
import { readFileSync } from 'node:fs';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const rq = (e: Entry) => e.request as Record<string, unknown>;
const rs = (e: Entry) => e.response as Record<string, unknown>;
const GQL_KEYS = ['operationType', 'operationName', 'rootFields', 'variables', 'persisted', 'batch', 'fragments'] as const;
/** [method, path, protocol, operationType, operationName, rootFields, variables, persisted, batch, fragments, hasErrors, error messages] */
const row = (e: Entry) => [rq(e).method, rq(e).path, e.protocol.name, ...GQL_KEYS.map((k) => rq(e)[k]), rs(e).hasErrors, (rs(e).errors as { message: string }[] | undefined)?.map((x) => x.message)];

/** What every entry of our captures has in common. */
function common(e: Entry, port: number, version: string): void {
  assert.equal(e.protocol.version, version);
  assert.deepEqual([e.src.ip, e.dst.ip, e.dst.port], ['127.0.0.1', '127.0.0.1', port]);
  assert.ok(e.request && e.response, 'paired');
  assert.equal(rs(e).status, 200);
  assert.equal(e.anomalies, undefined);
  if (e.protocol.name === 'graphql') assert.equal(e.protocol.abbr, 'GQL');
}

const HELLO = 'query Hello($who: String) { hello(name: $who) }';
const USERS = 'query Users { users(limit: 2) { id name friends { name } } }';
const PQ = 'query Pq($id: ID!) { user(id: $id) { name } }';
const BOOM = 'boom: resolver failed';

describe('HTTP/1 captures through the Engine (http1 + graphqlEnricher)', () => {
  test('http1-curl: arguments, variables, mutation, errors, GET, application/graphql, a non-GraphQL JSON API', () => {
    const { entries, counts, stats } = replayGraphql(`${DIR}http1-curl.pcap`);
    assert.equal(entries.length, 8);
    assert.equal(new Set(entries.map((e) => e.src.port)).size, 1, 'curl --next reuses one connection');
    for (const e of entries) common(e, 4555, '1.1');
    assert.deepEqual(entries.map(row), [
      ['POST', '/api', 'graphql', 'query', undefined, ['user'], undefined, undefined, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'query', 'Hello', ['hello'], { who: 'trawl' }, undefined, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'mutation', 'AddUser', ['addUser'], { n: 'Barbara' }, undefined, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'query', undefined, ['hello', 'boom'], undefined, undefined, undefined, undefined, true, [BOOM]],
      // graphql-js refuses `user(id: )`; the scanner skips arguments, so this is GraphQL with the server's syntax error.
      ['POST', '/api', 'graphql', 'query', undefined, ['user'], undefined, undefined, undefined, undefined, true, ['Syntax Error: Unexpected ")".']],
      ['GET', '/graphql', 'graphql', 'query', 'Users', ['users'], undefined, undefined, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'query', undefined, ['hello'], undefined, undefined, undefined, undefined, false, undefined],
      ['POST', '/search', 'http', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
    assert.equal(rq(entries[0]).query, '{ user(id: "1") { id name } }');
    assert.equal(rq(entries[5]).query, USERS);
    assert.equal(rq(entries[6]).query, '# a comment\n{ hello(name: "raw") }');
    assert.deepEqual(rs(entries[3]).errors, [{ message: BOOM, path: ['boom'] }]);
    // HTTP fields are untouched: the body still carries the JSON as sent, and data stays in it.
    assert.equal((rq(entries[1]).body as { text: string }).text, JSON.stringify({ query: HELLO, operationName: 'Hello', variables: { who: 'trawl' } }));
    assert.equal((rs(entries[1]).body as { text: string }).text, '{"data":{"hello":"hello trawl"}}');
    assert.deepEqual(rq(entries[5]).queryString, { query: USERS, operationName: 'Users' });
    assert.deepEqual(counts, {});
    assert.equal(stats.counters['enricher.graphql.error'], undefined);
    assertGolden(`${DIR}http1-curl`, entries);
  });

  test('http1-fetch: batch, persisted queries, graphql-response+json, gzip', () => {
    const { entries, counts } = replayGraphql(`${DIR}http1-fetch.pcap`);
    assert.equal(entries.length, 7);
    for (const e of entries) common(e, 4555, '1.1');
    assert.deepEqual(entries.map(row), [
      ['POST', '/api', 'graphql', 'query', 'Hello', ['hello'], { who: 'one' }, undefined, 3, undefined, true, [BOOM]],
      ['POST', '/api', 'graphql', undefined, 'Pq', [], { id: '2' }, true, undefined, undefined, true, ['PersistedQueryNotFound']],
      ['POST', '/api', 'graphql', 'query', 'Pq', ['user'], { id: '2' }, true, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', undefined, 'Pq', [], { id: '3' }, true, undefined, undefined, false, undefined],
      ['GET', '/api', 'graphql', undefined, 'Pq', [], { id: '1' }, true, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'query', undefined, ['hello'], undefined, undefined, undefined, undefined, false, undefined],
      ['POST', '/api', 'graphql', 'query', undefined, ['hello', 'boom'], undefined, undefined, undefined, undefined, true, [BOOM]],
    ]);
    assert.deepEqual(rq(entries[0]).operations, [
      { rootFields: ['hello'], operationType: 'query', operationName: 'Hello' },
      { rootFields: ['users'], operationType: 'query', operationName: 'Users' },
      { rootFields: ['boom'], operationType: 'query' },
    ]);
    assert.equal(rq(entries[2]).query, PQ);
    assert.equal(rq(entries[1]).query, undefined);
    assert.deepEqual(rs(entries[1]).errors, [{ message: 'PersistedQueryNotFound', code: 'PERSISTED_QUERY_NOT_FOUND' }]);
    assert.equal((rs(entries[5]).headers as Record<string, string>)['content-type'], 'application/graphql-response+json; charset=utf-8');
    // The errors of a gzip-compressed response are read from the decoded body.
    assert.equal((rs(entries[6]).body as { contentEncoding: string }).contentEncoding, 'gzip');
    assert.deepEqual(counts, {});
    assertGolden(`${DIR}http1-fetch`, entries);
  });

  test('the exported graphqlEnricher, registered as the lead will: new DissectorRegistry([http1Dissector], [graphqlEnricher])', () => {
    const entries: Entry[] = [];
    const pipeline = new CapturePipeline({ dissectors: new DissectorRegistry([http1Dissector], [graphqlEnricher]), decompress: zlibDecompress, onEntry: (e) => entries.push(e) });
    pipeline.push(new Uint8Array(readFileSync(`${DIR}http1-curl.pcap`)));
    pipeline.endFile();
    const stats = pipeline.finish();
    assert.deepEqual(entries.map((e) => e.protocol.name), [...Array(7).fill('graphql'), 'http']);
    assert.equal(stats.counters['enricher.graphql.error'], undefined);
  });

  test('with every shipped dissector (defaultDissectors, which puts gRPC/HTTP/2 first) the same entries are GraphQL', () => {
    for (const [file, names] of [
      ['http1-curl', [...Array(7).fill('graphql'), 'http']],
      ['http2', ['graphql', 'graphql', 'graphql', 'graphql', 'http2', 'graphql']],
    ] as const) {
      const registry = defaultDissectors();
      registry.enrichers.push(graphqlEnricher);
      const entries: Entry[] = [];
      const pipeline = new CapturePipeline({ dissectors: registry, decompress: zlibDecompress, onEntry: (e) => entries.push(e) });
      pipeline.push(new Uint8Array(readFileSync(`${DIR}${file}.pcap`)));
      pipeline.endFile();
      pipeline.finish();
      assert.deepEqual(entries.map((e) => e.protocol.name), names, file);
    }
  });

  test('KFL: `graphql and request.query contains "mutation"` selects the mutation', async (t) => {
    // Through KFL's own predicate when the kfl package sits beside this one (it is a sibling workspace).
    const kflIndex = '../../../kfl/src/index.js';
    let kfl: { compile: (q: string) => { predicate: (e: unknown) => boolean } };
    try {
      kfl = (await import(kflIndex)) as typeof kfl;
    } catch (err) {
      t.skip(`packages/kfl not importable here: ${String(err)}`);
      return;
    }
    const entries = [...replayGraphql(`${DIR}http1-curl.pcap`).entries, ...replayGraphql(`${DIR}http1-fetch.pcap`).entries];
    const match = (q: string) => entries.filter(kfl.compile(q).predicate).map((e) => rq(e).operationName ?? rq(e).path);
    assert.deepEqual(match('graphql and request.query contains "mutation"'), ['AddUser']);
    assert.deepEqual(match('graphql.operationName == "Pq"'), ['Pq', 'Pq', 'Pq', 'Pq']);
    assert.deepEqual(match('gql and graphql.query contains "boom"'), ['/api', '/api']);
    assert.equal(match('http').length, 1);
  });
});

const REQ_KEYS = ['method', 'path', 'query', 'queryTruncated', 'operationName', 'operationType', 'variables', 'variablesTruncated', 'rootFields', 'fragments', 'persisted', 'batch', 'operations'];
const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
/** An entry reduced to its protocol and what the enricher reads and adds. */
const graphqlView = (e: Entry): Entry => ({ id: e.id, protocol: e.protocol, src: e.src, dst: e.dst, request: pick(rq(e), REQ_KEYS), response: pick(rs(e), ['status', 'hasErrors', 'errors']) }) as Entry;

/** The HTTP/2 dissector, written in parallel in ../http2: null until it exports one. */
async function http2Dissector(): Promise<Dissector | null> {
  const path = '../http2/index.js';
  try {
    const mod = (await import(path)) as { http2Dissector?: Dissector };
    return mod.http2Dissector ?? null;
  } catch {
    return null;
  }
}

describe('HTTP/2 capture through the Engine (http2 + http1 + graphqlEnricher)', () => {
  test('http2: Node http2 client and curl --http2-prior-knowledge', async (t) => {
    const h2 = await http2Dissector();
    if (!h2) {
      t.skip('src/http2/index.js does not export http2Dissector yet (written in parallel): the HTTP/2 capture is recorded, the enricher is unit-tested on http2-shaped entries in enrich.test.ts');
      return;
    }
    const { entries, counts } = replayGraphql(`${DIR}http2.pcap`, [h2, http1Dissector]);
    assert.equal(entries.length, 6);
    for (const e of entries) common(e, 4556, e.protocol.version);
    assert.deepEqual(
      entries.map((e) => [e.protocol.name, ...row(e).slice(0, 2), ...row(e).slice(3)]),
      [
        ['graphql', 'POST', '/api', 'query', 'Hello', ['hello'], { who: 'h2' }, undefined, undefined, undefined, false, undefined],
        ['graphql', 'POST', '/api', 'mutation', undefined, ['addUser'], undefined, undefined, undefined, undefined, false, undefined],
        ['graphql', 'POST', '/api', 'query', undefined, ['boom'], undefined, undefined, undefined, undefined, true, [BOOM]],
        ['graphql', 'GET', '/graphql', 'query', undefined, ['users'], undefined, undefined, undefined, undefined, false, undefined],
        ['http2', 'POST', '/search', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
        ['graphql', 'POST', '/api', 'query', 'FromCurl', ['hello'], undefined, undefined, undefined, undefined, false, undefined],
      ],
    );
    for (const e of entries) assert.equal(e.protocol.version, entries[0].protocol.version, 'the HTTP/2 version is kept');
    assert.deepEqual(counts, {});
    // The HTTP/2 entry shape belongs to src/http2 (still moving): this golden keeps only what the
    // enricher decides, so a change there does not break it.
    assertGolden(`${DIR}http2`, entries.map(graphqlView));
  });
});
