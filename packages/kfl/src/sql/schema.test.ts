import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { compile, createEntriesTableSql, entryFromRow, entryToRow, insertEntrySql, PAGE_SIZE, selectEntryJsonSql, selectPage, tuneDatabase } from '../index.js';

const PROTOCOLS = ['http', 'http2', 'grpc', 'redis', 'dns'];
function entry(i: number): Record<string, unknown> {
  const p = PROTOCOLS[i % PROTOCOLS.length] as string;
  return {
    id: `e${i}`,
    ...(i % 97 === 0 ? {} : { timestamp: 1000 + i }),
    protocol: { name: p },
    src: { name: ['a', 'b', 'c'][i % 3] },
    request: { method: i % 4 ? 'GET' : 'POST', path: `/p/${i % 13}`, headers: { 'user-agent': i % 31 ? 'Mozilla' : 'curl/8' } },
    response: { status: [200, 404, 500, 503][(i >> 2) % 4], body: { text: `{"n":${i}}` } },
  };
}

function db(n: number) {
  const d = new Database(':memory:');
  tuneDatabase(d);
  d.exec(createEntriesTableSql());
  const insert = d.prepare(insertEntrySql());
  d.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(entryToRow(entry(i)));
  })();
  return d;
}

describe('table layout', () => {
  it('stores JSONB and reads the entry back through json()', () => {
    const d = db(3);
    const row = d.prepare(`SELECT typeof(json) AS t, ${selectEntryJsonSql()} FROM entries WHERE id = 'e1'`).get() as { t: string; json: string };
    assert.equal(row.t, 'blob');
    assert.deepEqual(entryFromRow(row), entry(1));
    assert.equal(d.pragma('page_size', { simple: true }), PAGE_SIZE);
    assert.equal(d.pragma('temp_store', { simple: true }), 2);
  });
  it('entryToRow: typed columns by path (NULL for another type), the given JSON text kept as is', () => {
    const e = { id: 'x', timestamp: 5, protocol: { name: 'http' }, src: ['not', 'an object'], response: { status: '200' }, request: { path: '/a' } };
    const text = JSON.stringify(e, null, 0);
    const row = entryToRow(JSON.parse(text), text);
    assert.equal(row.json, text);
    assert.deepEqual([row.id, row.ts, row.protocol, row.src_name, row.status, row.path, row.dst_name], ['x', 5, 'http', null, null, '/a', null]);
    assert.deepEqual(entryToRow(e), { ...row, json: JSON.stringify(e) });
    // Inherited properties are not entry fields.
    assert.equal(entryToRow(Object.assign(Object.create({ timestamp: 9 }), { id: 'y' })).ts, null);
    assert.throws(() => entryToRow({ id: 1 }), TypeError);
    const d = new Database(':memory:');
    d.exec(createEntriesTableSql());
    d.prepare(insertEntrySql()).run(entryToRow(e, ' {"id":"x", "timestamp":5} '));
    assert.deepEqual(entryFromRow(d.prepare(`SELECT ${selectEntryJsonSql()} FROM entries`).get() as { json: string }), { id: 'x', timestamp: 5 });
  });
  it('rejects a bad table name', () => {
    assert.throws(() => insertEntrySql('x; drop'), TypeError);
    assert.throws(() => selectEntryJsonSql('a b'), TypeError);
  });
});

describe('selectPage', () => {
  const d = db(2000);
  const all = d.prepare(`SELECT id, ts, ${selectEntryJsonSql()} FROM entries ORDER BY ts DESC, rowid DESC`).all() as { id: string; ts: number | null; json: string }[];
  const expected = (query: string, before?: number, limit = 100) => {
    const c = compile(query);
    return all
      .filter((r) => (before === undefined || (r.ts !== null && r.ts < before)) && c.predicate(entryFromRow(r)))
      .slice(0, limit)
      .map((r) => r.id);
  };
  const queries = [
    'http and response.status >= 500', 'src.name == "b" and request.method == "POST"', 'request.path startsWith "/p/1"',
    'request.headers["User-Agent"] contains "curl"', 'id == "e5"', 'request.body contains "\\"n\\":77"', 'request.path matches r"^/p/1[02]$"',
    'dns and response.status == 404', 'timestamp == null', 'true', 'false',
  ];
  for (const query of queries) {
    for (const window of [1, 50, 100_000, Infinity]) {
      it(`${query} (window ${window})`, () => {
        const c = compile(query);
        const q = c.sql();
        const got = selectPage(d, q, { window, limit: 30, predicate: c.predicate }).map((r) => r.id);
        assert.deepEqual(got, expected(query, undefined, 30));
        const next = selectPage(d, q, { window, limit: 30, before: 1500, predicate: c.predicate }).map((r) => r.id);
        assert.deepEqual(next, expected(query, 1500, 30));
      });
    }
  }
  it('needs the predicate for a post-filtered query', () => {
    assert.throws(() => selectPage(d, compile('request.path matches r"x"').sql()), /predicate/);
  });
});
