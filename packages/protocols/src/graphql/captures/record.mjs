#!/usr/bin/env node
// Records the GraphQL captures beside this script: a real GraphQL server (Node http / http2 and the
// `graphql` package's `graphql()` over a small schema) on 127.0.0.1 ports no table maps to HTTP,
// driven by real curl, Node fetch and Node's http2 client, captured with tcpdump on lo.
// Usage (root, tcpdump and curl with HTTP/2 installed): node record.mjs [scenario...]
// Every scenario writes <name>.pcap; ../captures.test.ts asserts exact entries and compares
// <name>.golden.jsonl (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import { createHash } from 'node:crypto';
import http from 'node:http';
import http2 from 'node:http2';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildSchema, graphql } from 'graphql';
import { curl, recordPcap, selectedScenarios } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT1 = 4555; // HTTP/1.1
const PORT2 = 4556; // HTTP/2 cleartext (prior knowledge)

const schema = buildSchema(`
  type User { id: ID!, name: String!, friends: [User!]! }
  type Query { hello(name: String): String!, user(id: ID!): User, users(limit: Int = 2): [User!]!, boom: String }
  type Mutation { addUser(name: String!): User! }
`);
const people = [
  { id: '1', name: 'Ada' },
  { id: '2', name: 'Grace' },
  { id: '3', name: 'Linus' },
];
const asUser = (p) => ({ ...p, friends: () => people.filter((q) => q.id !== p.id).map(asUser) });
const root = {
  hello: ({ name }) => `hello ${name ?? 'world'}`,
  user: ({ id }) => {
    const p = people.find((q) => q.id === id);
    return p ? asUser(p) : null;
  },
  users: ({ limit }) => people.slice(0, limit).map(asUser),
  boom: () => {
    throw new Error('boom: resolver failed');
  },
  addUser: ({ name }) => asUser({ id: String(people.length + 1), name }),
};

/** Automatic persisted queries (Apollo's protocol): sha256 → document. */
const persisted = new Map();

async function execute(params) {
  if (typeof params !== 'object' || params === null) return { errors: [{ message: 'bad request' }] };
  let { query, operationName, variables, extensions } = params;
  const pq = extensions?.persistedQuery;
  if (pq) {
    if (query) persisted.set(pq.sha256Hash, query);
    else query = persisted.get(pq.sha256Hash);
    if (!query) return { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
  }
  return graphql({ schema, source: query, rootValue: root, variableValues: variables, operationName });
}

/** GraphQL over HTTP for both servers: GET params, POST JSON (object or batch), POST application/graphql. */
async function answer(method, url, headers, body) {
  const type = (headers['content-type'] ?? '').split(';')[0].trim();
  let result;
  if (url.pathname === '/search') {
    // A JSON API that is not GraphQL but also has a `query` field.
    const q = JSON.parse(body.toString() || '{}').query;
    return { type: 'application/json', text: JSON.stringify({ query: q, hits: [{ id: 7, title: `${q} (blue)` }] }) };
  }
  if (method === 'GET') {
    const p = Object.fromEntries(url.searchParams);
    for (const k of ['variables', 'extensions']) if (p[k]) p[k] = JSON.parse(p[k]);
    result = await execute(p);
  } else if (type === 'application/graphql') {
    result = await execute({ query: body.toString(), operationName: url.searchParams.get('operationName') ?? undefined });
  } else {
    const parsed = JSON.parse(body.toString());
    result = Array.isArray(parsed) ? await Promise.all(parsed.map(execute)) : await execute(parsed);
  }
  const wantsNew = (headers.accept ?? '').includes('application/graphql-response+json');
  return { type: wantsNew ? 'application/graphql-response+json; charset=utf-8' : 'application/json', text: JSON.stringify(result) };
}

function http1Handler(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const out = await answer(req.method, new URL(req.url, 'http://x'), req.headers, Buffer.concat(chunks));
    if ((req.headers['accept-encoding'] ?? '').includes('gzip') && req.headers['x-compress'] === 'gzip') {
      const data = zlib.gzipSync(out.text);
      res.writeHead(200, { 'content-type': out.type, 'content-encoding': 'gzip', 'content-length': data.length });
      res.end(data);
      return;
    }
    res.writeHead(200, { 'content-type': out.type });
    res.end(out.text);
  });
}

function http2Handler(stream, headers) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', async () => {
    const url = new URL(headers[':path'], 'http://x');
    const out = await answer(headers[':method'], url, headers, Buffer.concat(chunks));
    stream.respond({ ':status': 200, 'content-type': out.type });
    stream.end(out.text);
  });
}

const json = (o) => ['-H', 'content-type: application/json', '--data-binary', JSON.stringify(o)];
const sha = (s) => createHash('sha256').update(s).digest('hex');

const base1 = `http://127.0.0.1:${PORT1}`;
const base2 = `http://127.0.0.1:${PORT2}`;
const HELLO = 'query Hello($who: String) { hello(name: $who) }';
const USERS = 'query Users { users(limit: 2) { id name friends { name } } }';
const PQ = 'query Pq($id: ID!) { user(id: $id) { name } }';

const scenarios = {
  // curl, one connection (--next): arguments, variables, a mutation, a resolver error, a syntax
  // error, a GET query, application/graphql, and a non-GraphQL JSON API with a `query` field.
  'http1-curl': async () => {
    await curl(
      ...json({ query: '{ user(id: "1") { id name } }' }), `${base1}/api`,
      '--next', ...json({ query: HELLO, operationName: 'Hello', variables: { who: 'trawl' } }), `${base1}/api`,
      '--next', ...json({ query: 'mutation AddUser($n: String!) { addUser(name: $n) { id name } }', variables: { n: 'Barbara' } }), `${base1}/api`,
      '--next', ...json({ query: '{ hello boom }' }), `${base1}/api`,
      '--next', ...json({ query: '{ user(id: ) { name } }' }), `${base1}/api`,
      '--next', '-G', '--data-urlencode', `query=${USERS}`, '--data-urlencode', 'operationName=Users', `${base1}/graphql`,
      '--next', '-H', 'content-type: application/graphql', '--data-binary', '# a comment\n{ hello(name: "raw") }', `${base1}/api`,
      '--next', ...json({ query: 'red shoes', page: 1 }), `${base1}/search`,
    );
  },
  // Node fetch: a batch, persisted queries (miss, register, hit, GET hit), the GraphQL media type,
  // and a gzip-compressed response with an error inside.
  'http1-fetch': async () => {
    const post = (body, headers = {}) => fetch(`${base1}/api`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then((r) => r.text());
    await post([{ query: HELLO, variables: { who: 'one' } }, { query: USERS }, { query: '{ boom }' }]);
    const ext = { persistedQuery: { version: 1, sha256Hash: sha(PQ) } };
    await post({ operationName: 'Pq', variables: { id: '2' }, extensions: ext });
    await post({ query: PQ, operationName: 'Pq', variables: { id: '2' }, extensions: ext });
    await post({ operationName: 'Pq', variables: { id: '3' }, extensions: ext });
    const qs = new URLSearchParams({ operationName: 'Pq', variables: JSON.stringify({ id: '1' }), extensions: JSON.stringify(ext) });
    await fetch(`${base1}/api?${qs}`).then((r) => r.text());
    await post({ query: '{ hello }' }, { accept: 'application/graphql-response+json' });
    await post({ query: '{ hello boom }' }, { 'x-compress': 'gzip' });
  },
  // HTTP/2 prior knowledge: Node's http2 client on one connection, then curl.
  'http2': async () => {
    const session = http2.connect(base2);
    const call = (headers, body) =>
      new Promise((resolve, reject) => {
        const s = session.request(headers);
        s.on('response', () => {});
        s.on('data', () => {});
        s.on('end', resolve);
        s.on('error', reject);
        s.end(body);
      });
    const post = (o) => call({ ':method': 'POST', ':path': '/api', 'content-type': 'application/json' }, JSON.stringify(o));
    await post({ query: HELLO, operationName: 'Hello', variables: { who: 'h2' } });
    await post({ query: 'mutation { addUser(name: "Edsger") { id } }' });
    await post({ query: '{ boom }' });
    await call({ ':method': 'GET', ':path': `/graphql?${new URLSearchParams({ query: '{ users { name } }' })}` });
    await call({ ':method': 'POST', ':path': '/search', 'content-type': 'application/json' }, JSON.stringify({ query: 'red shoes' }));
    session.close();
    await curl('--http2-prior-knowledge', ...json({ query: 'query FromCurl { hello(name: "curl") }' }), `${base2}/api`);
  },
};

const server1 = http.createServer(http1Handler);
const server2 = http2.createServer();
server2.on('stream', http2Handler);
server1.listen(PORT1, '127.0.0.1');
server2.listen(PORT2, '127.0.0.1');
await Promise.all([once(server1, 'listening'), once(server2, 'listening')]);
for (const [name, run] of selectedScenarios(scenarios)) {
  await recordPcap(join(here, `${name}.pcap`), `tcp port ${name === 'http2' ? PORT2 : PORT1}`, run);
}
server1.close();
server2.close();
