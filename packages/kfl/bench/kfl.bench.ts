/**
 * KFL benchmark: parse+compile per query, predicate throughput, SQL on stored entries.
 * Prints one JSON object. `--smoke` uses tiny sizes (CI); default stores 1M entries in a temp file.
 * Run: npx tsx packages/kfl/bench/kfl.bench.ts [--smoke]
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, createEntriesTableSql, entryToRow, insertEntrySql } from '../src/index.js';

const smoke = process.argv.includes('--smoke');
const STORED = smoke ? 20_000 : 1_000_000;
const PRED_ENTRIES = smoke ? 50_000 : 1_000_000;

const EXAMPLES = [
  'http', 'dst.name == "my-service"', 'response.status >= 400', 'response.latency > 1000', 'request.method == "POST"',
  'request.path == "/api/users"', 'src.namespace == "production"', 'redis', 'kafka.topic == "user-events"',
  'grpc and response.status != 0', 'graphql and request.query contains "mutation"', 'request.headers["Authorization"] exists',
  'postgres and response.latency > 500', 'http and src.name == "frontend" and dst.name == "backend" and response.status >= 500',
  'request.body.size > 1000000', 'src.name == "frontend" and dst.name == "backend"', 'http and response.latency > 2000',
  'http and response.status >= 500 and response.status < 600', 'redis.command == "GET" and redis.response == null',
  'kafka.topic == "orders"', 'rabbitmq.exchange == "events"', 'http and not request.headers["Authorization"]',
  'request.path contains "/admin"', 'request.body contains "DROP TABLE"', "redis.command == 'GET' and not redis.hit",
];

const NAMES = ['frontend', 'backend', 'orders', 'users', 'payments', 'cart', 'search', 'my-service'];
const PROTOCOLS = ['http', 'http', 'http', 'http2', 'grpc', 'redis', 'kafka', 'postgres', 'dns', 'amqp'];
const STATUS = [200, 200, 200, 200, 201, 204, 301, 404, 500, 503];

function entry(i: number): Record<string, unknown> {
  const p = PROTOCOLS[i % PROTOCOLS.length] as string;
  const http = p === 'http' || p === 'http2' || p === 'grpc';
  return {
    schema: 1,
    id: `node-a/${i}`,
    node: 'node-a',
    timestamp: 1_764_900_000_000 + i * 10,
    elapsedTime: (i * 7919) % 3000,
    protocol: { name: p, version: '1.1', abbr: p.toUpperCase() },
    transport: p === 'dns' ? 'udp' : 'tcp',
    src: { ip: `10.0.${i % 7}.${i % 200}`, port: 40000 + (i % 1000), name: NAMES[i % 8], namespace: i % 3 ? 'production' : 'staging', kind: 'pod' },
    dst: { ip: `10.1.${i % 5}.${i % 100}`, port: 8080, name: NAMES[(i * 3) % 8], namespace: 'production', kind: 'service' },
    request: http
      ? { method: i % 3 ? 'GET' : 'POST', path: `/api/${NAMES[i % 8]}/${i % 1000}`, url: `/api/x`, queryString: {}, httpVersion: '1.1', headers: { 'user-agent': i % 50 ? 'Mozilla/5.0' : 'curl/8.5', 'content-type': 'application/json', ...(i % 10 ? { authorization: '[redacted]' } : {}) }, body: { text: `{"id":${i}}`, size: 10, captured: 10, truncated: false, encoding: 'utf8' } }
      : { command: 'GET', key: `k${i % 100}` },
    response: { status: http ? STATUS[(i * 7 + (i >> 3)) % STATUS.length] : 0, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: null },
    requestSize: 200 + (i % 500),
    responseSize: 100 + (i % 900),
  };
}

function time<T>(f: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t) / 1e6];
}

const out: Record<string, unknown> = { smoke };

// 1. parse + compile (predicate and SQL) per example query.
{
  const reps = smoke ? 50 : 500;
  for (let i = 0; i < 20; i++) for (const q of EXAMPLES) compile(q).sql();
  const [, ms] = time(() => {
    for (let r = 0; r < reps; r++) for (const q of EXAMPLES) compile(q).sql();
  });
  const per = ms / (reps * EXAMPLES.length);
  out.parseCompileMsPerQuery = Number(per.toFixed(4));
  out.parseCompileTargetMs = 0.2;
}

// 2. predicate throughput.
{
  const entries = Array.from({ length: 10_000 }, (_, i) => entry(i));
  const p = compile('http and response.status >= 500').predicate;
  let hits = 0;
  for (const e of entries) if (p(e)) hits++;
  const [, ms] = time(() => {
    for (let n = 0; n < PRED_ENTRIES; n += entries.length) for (const e of entries) if (p(e)) hits++;
  });
  out.predicateEvalsPerSec = Math.round(PRED_ENTRIES / (ms / 1000));
  out.predicateTargetEvalsPerSec = 2_000_000;
}

// 3. SQL over stored entries in a temp-file DB.
{
  const dir = mkdtempSync(join(tmpdir(), 'kfl-bench-'));
  try {
    const db = new Database(join(dir, 'entries.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.exec(createEntriesTableSql());
    const insert = db.prepare(insertEntrySql());
    const [, insertMs] = time(() => {
      const batch = db.transaction((from: number, to: number) => {
        for (let i = from; i < to; i++) insert.run(entryToRow(entry(i)));
      });
      for (let i = 0; i < STORED; i += 10_000) batch(i, Math.min(STORED, i + 10_000));
    });
    db.exec('ANALYZE');
    out.storedEntries = STORED;
    out.insertSeconds = Number((insertMs / 1000).toFixed(1));
    const page = (query: string) => {
      const q = compile(query).sql();
      const stmt = db.prepare(`SELECT id, json FROM entries WHERE ${q.where} ORDER BY ts DESC LIMIT 100`);
      stmt.all(...(q.params as never[]));
      const [rows, ms] = time(() => stmt.all(...(q.params as never[])));
      return { query, ms: Number(ms.toFixed(2)), rows: rows.length, postFilter: q.postFilter };
    };
    const scan = (query: string) => {
      const q = compile(query).sql();
      const stmt = db.prepare(`SELECT count(*) AS n FROM entries WHERE ${q.where}`);
      const [row, ms] = time(() => stmt.get(...(q.params as never[])) as { n: number });
      return { query, ms: Number(ms.toFixed(1)), matched: row.n, postFilter: q.postFilter };
    };
    out.indexedFirstPage = [
      page('http and response.status >= 500'),
      page('dst.name == "orders" and request.method == "POST"'),
      page('request.path startsWith "/api/orders/"'),
      page('src.namespace == "staging" and response.latency > 2000'),
    ];
    out.indexedTargetMs = 20;
    out.jsonScanFull = [scan('request.headers["User-Agent"] contains "curl"'), scan('request.body contains "\\"id\\":4242"')];
    out.jsonScanFirstPage = page('request.headers["User-Agent"] contains "curl"');
    out.jsonScanTargetMs = 1500;
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(JSON.stringify(out, null, 2));
