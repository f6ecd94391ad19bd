/**
 * KFL benchmark: parse+compile per query, predicate throughput, SQL on stored entries.
 * Prints one JSON object. `--smoke` uses tiny sizes (CI); default stores 1M entries in a temp file.
 * Timings are the best of 3 runs (the first warms the page cache); pages go through `selectPage`.
 * Run: npx tsx packages/kfl/bench/kfl.bench.ts [--smoke]
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, createEntriesIndexesSql, createEntriesTableSql, entryToRow, insertEntrySql, selectPage, tuneDatabase } from '../src/index.js';

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
    // Every status value occurs for every protocol slot (i % 10): 20% of HTTP entries are 5xx.
    response: { status: http ? STATUS[(Math.floor(i / PROTOCOLS.length) * 3 + i) % STATUS.length] : 0, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: null },
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
  out.predicateMatchesPer10k = hits;
  if (hits === 0) throw new Error('bench data: `http and response.status >= 500` matches nothing');
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
    tuneDatabase(db);
    // A throw-away file: no journal. One transaction, one prepared statement, indexes built after.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(createEntriesTableSql(undefined, { indexes: false }));
    const insert = db.prepare(insertEntrySql());
    const [, insertMs] = time(() => {
      db.transaction(() => {
        for (let i = 0; i < STORED; i++) insert.run(entryToRow(entry(i)));
      })();
    });
    const [, indexMs] = time(() => db.exec(createEntriesIndexesSql()));
    db.exec('ANALYZE');
    out.storedEntries = STORED;
    out.insertSeconds = Number((insertMs / 1000).toFixed(1));
    out.indexSeconds = Number((indexMs / 1000).toFixed(1));
    out.dbMegabytes = Math.round((db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number) / 1e6);
    const best = <T>(f: () => T, reps = 3): [T, number] => {
      let r = time(f);
      for (let k = 1; k < reps; k++) {
        const n = time(f);
        if (n[1] < r[1]) r = n;
      }
      return r;
    };
    const count = (where: string, params: unknown[]) => (db.prepare(`SELECT count(*) AS n FROM entries WHERE ${where}`).get(...(params as never[])) as { n: number }).n;
    const page = (query: string) => {
      const c = compile(query);
      const q = c.sql();
      const [rows, ms] = best(() => selectPage(db, q, { limit: 100, predicate: c.predicate }));
      return { query, ms: Number(ms.toFixed(2)), rows: rows.length, matched: count(q.where, q.params), postFilter: q.postFilter };
    };
    const scan = (query: string) => {
      const q = compile(query).sql();
      const stmt = db.prepare(`SELECT count(*) AS n FROM entries WHERE ${q.where}`);
      const [row, ms] = best(() => stmt.get(...(q.params as never[])) as { n: number });
      return { query, ms: Number(ms.toFixed(1)), matched: row.n, postFilter: q.postFilter };
    };
    out.indexedFirstPage = [
      page('http and response.status >= 500'),
      page('dst.name == "orders" and request.method == "POST"'),
      page('request.path startsWith "/api/orders/"'),
      page('src.namespace == "staging" and response.latency > 2000'),
    ];
    out.indexedTargetMs = 20;
    {
      // Why selectPage: the same page as one plain ORDER BY ts DESC LIMIT 100 (SQLite sorts every 5xx).
      const q = compile('http and response.status >= 500').sql();
      const stmt = db.prepare(`SELECT id, json(json) AS json FROM entries WHERE ${q.where} ORDER BY ts DESC LIMIT 100`);
      const [rows, ms] = best(() => stmt.all(...(q.params as never[])));
      out.plainOrderByFirstPage = { query: 'http and response.status >= 500', ms: Number(ms.toFixed(2)), rows: rows.length };
    }
    out.jsonScanFull = [scan('request.headers["User-Agent"] contains "curl"'), scan('request.body contains "\\"id\\":4242"')];
    out.jsonScanFirstPage = page('request.headers["User-Agent"] contains "curl"');
    out.jsonScanTargetMs = 1500;
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(JSON.stringify(out, null, 2));
