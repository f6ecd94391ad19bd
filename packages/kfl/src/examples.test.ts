/**
 * Every query of KFL.md (and reference 004) and every rule of its Meaning section, against
 * hand-written entries of each protocol shape: the predicate and the SQL must both give `expect`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compile, limitOf, normalize, parse } from './index.js';
import { ENTRIES, type EntryName } from './test-support/entries.js';
import { memoryDb } from './test-support/db.js';

const NAMES = Object.keys(ENTRIES) as EntryName[];
const ALL = NAMES;
const except = (...n: EntryName[]) => NAMES.filter((x) => !n.includes(x));
const NOW = 1_764_900_001_000;
const MACROS = { slow: 'response.latency > 1000' };

const CASES: [string, EntryName[]][] = [
  // KFL.md "Queries users already write"
  ['http', ['httpOk', 'httpPost500', 'http404']],
  ['dst.name == "my-service"', ['http404']],
  ['response.status >= 400', ['httpPost500', 'http404']],
  ['response.latency > 1000', ['httpPost500', 'postgresSlow']],
  ['request.method == "POST"', ['httpPost500', 'grpcErr', 'graphql']],
  ['request.path == "/api/users"', ['httpOk']],
  ['src.namespace == "production"', except('http404')],
  ['redis', ['redisMiss', 'redisHit']],
  ['kafka.topic == "user-events"', ['kafkaEvents']],
  ['grpc and response.status != 0', ['grpcErr']],
  ['graphql and request.query contains "mutation"', ['graphql']],
  ['request.headers["Authorization"] exists', ['httpOk', 'http404']],
  ['postgres and response.latency > 500', ['postgresSlow']],
  ['http and src.name == "frontend" and dst.name == "backend" and response.status >= 500', ['httpPost500']],
  ['request.body.size > 1000000', ['httpPost500']],
  ['src.name == "frontend" and dst.name == "backend"', except('http404')],
  ['http and response.latency > 2000', ['httpPost500']],
  ['http and response.status >= 500 and response.status < 600', ['httpPost500']],
  ['redis.command == "GET" and redis.response == null', ['redisMiss']],
  ['kafka.topic == "orders"', ['kafka']],
  ['rabbitmq.exchange == "events"', ['amqp']],
  ['http and not request.headers["Authorization"]', ['httpPost500', 'http404']],
  ['request.path contains "/admin"', ['httpPost500']],
  ['request.body contains "DROP TABLE"', ['httpPost500']],
  ["redis.command == 'GET' and not redis.hit", ['redisMiss']],
  // reference 004, the rest
  ['postgres and response.status != 0', ['postgresErr']],
  ['postgres and response.latency > 1000', ['postgresSlow']],
  // Meaning
  ['request.missing == 1', []],
  ['request.missing != 1', ALL],
  ['not request.missing', ALL],
  ['request.missing > 3', []],
  ['request.missing == nil', ALL],
  ['response.status == "200"', ['httpOk', 'graphql']],
  ['response.status == null', ['amqp']],
  ['response.status != 0', except('redisMiss', 'redisHit', 'kafka', 'kafkaEvents', 'postgresSlow')],
  ['', ALL],
  ['response.latency == elapsedTime', ALL],
  ['timestamp > now() - 5m', ALL],
  ['timestamp < days(1)', []],
  ['timestamp >= datetime("2025-01-01T00:00:00Z")', ALL],
  ['response.latency < 1s', except('httpPost500', 'postgresSlow', 'amqp')],
  // Syntax
  ['response.status in [500, 503, 404]', ['httpPost500', 'http404']],
  ['"x-api-key" in request.headers', ['httpPost500']],
  ['"X-API-KEY" in request.headers', ['httpPost500']],
  ['request.path.startsWith("/api")', ['httpOk', 'http404']],
  ['request.path endsWith "users"', ['httpOk']],
  ['request.path matches r"^/api/users/\\d+$"', ['http404']],
  ['response.status == r"4\\d\\d"', ['http404']],
  ['response.status != r"^[0-4]"', ['httpPost500', 'amqp']],
  ['len(request.path) > 10', ['httpPost500', 'http404', 'grpcErr']],
  ['lower(request.method) == "post"', ['httpPost500', 'grpcErr', 'graphql']],
  ['upper(dns.name) == "API.EXAMPLE.COM"', ['dns']],
  ['json(response.body).user.id == 7', ['httpOk']],
  ['dns.name endsWith "example.com" and dns.type == "A"', ['dns']],
  ['error', ['httpPost500', 'http404', 'grpcErr', 'postgresErr', 'dns']],
  ['timeout', ['amqp']],
  ['udp', ['dns']],
  ['tcp and not http', except('httpOk', 'httpPost500', 'http404', 'dns')],
  ['http2', ['http404']],
  ['gql', ['graphql']],
  ['slow', ['httpPost500', 'postgresSlow']],
  ['slow and http', ['httpPost500']],
  ['request.args[*] == "user:1"', ['redisMiss']],
  ['request.args[0] == "user:2"', ['redisHit']],
  ['request.headers.* == "k"', ['httpPost500']],
  ['request.headers[*] exists', ['httpOk', 'httpPost500', 'http404']],
  ['not (http or redis)', except('httpOk', 'httpPost500', 'http404', 'redisMiss', 'redisHit')],
  ['http && !(response.status == 200) || kafka', ['httpPost500', 'http404', 'kafka', 'kafkaEvents']],
  ['not response.status == 200 and http', ['httpPost500', 'http404']],
  ['limit(5) and http', ['httpOk', 'httpPost500', 'http404']],
  ['grpc.status == 14', ['grpcErr']],
  ['grpc.method == "Get" and grpc.service == "shop.Orders"', ['grpcErr']],
  ['kafka.apiKey == "Produce" and kafka.clientId startsWith "orders"', ['kafka']],
  ['amqp.routingKey == "user.created"', ['amqp']],
  ['postgres.query contains "SELEC"', ['postgresSlow', 'postgresErr']],
  ['redis.key', ['redisMiss', 'redisHit']],
  ['exists(response.body)', ['httpOk']],
  ['request.body == null', except('httpPost500')],
  ['response.status > "450"', ['httpPost500']],
  ['src.port == "51514"', except('http404')],
  ['-1 < response.status', except('amqp')],
  ['true', ALL],
  ['false', []],
  ['dns.answers', []],
  ['len(dns.answers) == 0', ['dns']],
  ['response.statusText == "Not Found"', ['http404']],
];

describe('KFL examples and meaning', () => {
  const entries = NAMES.map((n) => ENTRIES[n]);
  const { select } = memoryDb(entries);
  for (const [query, expect] of CASES) {
    it(query || '(empty query)', () => {
      const c = compile(query, { macros: MACROS, now: () => NOW });
      const want = [...expect].sort();
      const byPredicate = NAMES.filter((n) => c.predicate(ENTRIES[n])).sort();
      assert.deepEqual(byPredicate, want, 'predicate');
      const q = c.sql(undefined, { now: NOW });
      const ids = new Map(NAMES.map((n) => [ENTRIES[n]?.id as string, n]));
      const rows = select(q).filter((r) => !q.postFilter || c.predicate(r.entry));
      assert.deepEqual(rows.map((r) => ids.get(r.id)).sort(), want, `sql: ${q.where}`);
      // The canonical print parses to the same meaning.
      const again = compile(normalize(c.ast), { macros: MACROS, now: () => NOW });
      assert.deepEqual(NAMES.filter((n) => again.predicate(ENTRIES[n])).sort(), want, `normalized: ${normalize(c.ast)}`);
    });
  }

  it('limitOf reads limit(n)', () => {
    assert.equal(limitOf(parse('http and limit(20)')), 20);
    assert.equal(limitOf(parse('http')), undefined);
  });

  it('indexed filters use columns, not JSON', () => {
    const q = compile('http and response.status >= 500').sql();
    assert.match(q.where, /protocol/);
    assert.match(q.where, /entries\.status >= \?/);
    assert.doesNotMatch(q.where, /json_/);
    assert.equal(q.postFilter, false);
  });

  it('regex and json() are post-filtered', () => {
    assert.equal(compile('request.path matches "a"').sql().postFilter, true);
    assert.equal(compile('json(request.body).a == 1').sql().postFilter, true);
    assert.equal(compile('http').sql().postFilter, false);
  });

  it('never splices values into SQL', () => {
    const q = compile(`request.path == "x' OR 1=1 --" and request.headers["a\\"b"] == "y"`).sql();
    assert.doesNotMatch(q.where, /OR 1=1/);
    assert.ok(q.params.includes("x' OR 1=1 --"));
  });
});
