import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { compile, createEntriesTableSql, entryColumnValues, ENTRY_COLUMNS, entryToRow, insertEntrySql, latencyBucket, latencyBucketSql, upgradeEntriesTableSql } from '../index.js';

const bucketAt = ENTRY_COLUMNS.findIndex((c) => c.name === 'latency_bucket');

/** Latencies on and around bucket edges (2^(k/4) - 1), and ones no bucket holds. */
function latencies(): Array<number | null | string> {
  const out: Array<number | null | string> = [0, 0.5, 1, null, -1, -0.5, '12', 1e9];
  for (let k = 1; k <= 80; k++) {
    const edge = 2 ** (k / 4) - 1;
    out.push(edge, edge * (1 - 1e-12), edge * (1 + 1e-12), Math.round(edge), Math.round(edge) + 1);
  }
  return out;
}

function store(values = latencies()) {
  const d = new Database(':memory:');
  d.exec(createEntriesTableSql());
  const insert = d.prepare(insertEntrySql());
  d.transaction(() => values.forEach((ms, i) => insert.run(entryToRow({ id: `e${i}`, timestamp: 1000 + i, elapsedTime: ms }))))();
  return d;
}

const ids = (d: Database.Database, q: string) => {
  const s = compile(q).sql();
  return (d.prepare(`SELECT id FROM entries WHERE ${s.where} ORDER BY id`).all(...s.params) as Array<{ id: string }>).map((r) => r.id);
};
/** The query's own predicate over the same entries: the oracle. */
const expected = (values: Array<number | null | string>, q: string) => {
  const keep = compile(q).predicate;
  return values.flatMap((ms, i) => (keep({ id: `e${i}`, timestamp: 1000 + i, elapsedTime: ms }) ? [`e${i}`] : [])).sort();
};

describe('latency buckets', () => {
  it('four per doubling from 0 ms; none for a missing, negative or non-number latency', () => {
    assert.deepEqual([0, 1, 3, 100, 1000, 60_000].map(latencyBucket), [0, 4, 8, 26, 39, 63]);
    assert.deepEqual([null, undefined, -1, -0.1, Number.NaN, Infinity, '5'].map(latencyBucket), [null, null, null, null, null, null, null]);
    assert.equal(entryColumnValues({ id: 'a', elapsedTime: 100 })[bucketAt], 26);
    assert.equal(entryColumnValues({ id: 'a', elapsedTime: '100' })[bucketAt], null);
  });

  it('SQLite fills the same buckets as JS for stored rows (within the one of margin the queries allow)', () => {
    const d = store();
    const rows = d.prepare(`SELECT latency AS ms, latency_bucket AS b, ${latencyBucketSql('latency')} AS sqlB FROM entries`).all() as Array<{ ms: number | null; b: number | null; sqlB: number | null }>;
    for (const r of rows) {
      assert.equal(r.b === null, r.sqlB === null, `latency ${r.ms}`);
      if (r.b !== null) assert.ok(Math.abs(r.b - (r.sqlB as number)) <= 1, `latency ${r.ms}: ${r.b} vs ${r.sqlB}`);
    }
  });

  it('a latency filter finds exactly the rows its comparison does, at every bucket edge', () => {
    const values = latencies();
    const d = store(values);
    for (const c of [0, 0.5, 1, 2, 3, 7, 100, 999.5, 1000, 2 ** 10 - 1, 2 ** (41 / 4) - 1, 1e9]) {
      for (const q of [`response.latency > ${c}`, `elapsedTime >= ${c}`, `response.latency == ${c}`, `not (response.latency > ${c})`, `response.latency < ${c}`]) {
        assert.deepEqual(ids(d, q), expected(values, q), q);
      }
    }
    assert.deepEqual(ids(d, 'response.latency > -5'), expected(values, 'response.latency > -5'));
    // The edges themselves matched somewhere (the comparisons above are not all empty).
    assert.ok(ids(d, 'response.latency > 100').length > 10 && ids(d, 'response.latency == 1').length >= 1);
  });

  it('a rare-match latency filter reads the bucket index', () => {
    // Mostly fast entries, a few slow ones: what a latency filter looks for.
    const d = store(Array.from({ length: 5_000 }, (_, i) => (i % 500 === 0 ? 2_000 + i : (i * 7.3) % 40)));
    d.exec('ANALYZE');
    for (const q of ['response.latency > 1000', 'elapsedTime >= 250', 'response.latency == 2500']) {
      const s = compile(q).sql();
      const plan = (d.prepare(`EXPLAIN QUERY PLAN SELECT id FROM entries WHERE ${s.where}`).all(...s.params) as Array<{ detail: string }>).map((r) => r.detail).join(' / ');
      assert.match(plan, /USING INDEX entries_latency_bucket/, `${q}: ${plan}`);
    }
  });

  it('a table of the layout before buckets is upgraded: column filled, old index dropped, filters exact', () => {
    const values = latencies();
    const d = new Database(':memory:');
    const oldLayout = createEntriesTableSql()
      .replace(/,\n\s*latency_bucket INTEGER/, '')
      .replace(/CREATE INDEX IF NOT EXISTS entries_latency_bucket ON entries \(latency_bucket, ts\);/, 'CREATE INDEX IF NOT EXISTS entries_latency ON entries (latency, ts);');
    assert.doesNotMatch(oldLayout, /latency_bucket/);
    d.exec(oldLayout);
    const insert = d.prepare('INSERT INTO entries (id, ts, latency, json) VALUES (?, ?, ?, jsonb(?))');
    values.forEach((ms, i) => insert.run(`e${i}`, 1000 + i, typeof ms === 'number' ? ms : null, JSON.stringify({ id: `e${i}`, elapsedTime: ms })));
    const columns = () => (d.pragma('table_info(entries)') as Array<{ name: string }>).map((c) => c.name);
    d.exec(upgradeEntriesTableSql(columns()));
    d.exec(createEntriesTableSql());
    assert.ok(columns().includes('latency_bucket'));
    assert.equal(upgradeEntriesTableSql(columns()), '', 'nothing left to upgrade');
    assert.equal(upgradeEntriesTableSql([]), '', 'no table yet: nothing to upgrade');
    const indexes = (d.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries'").all() as Array<{ name: string }>).map((r) => r.name);
    assert.ok(indexes.includes('entries_latency_bucket') && !indexes.includes('entries_latency'), indexes.join(', '));
    for (const c of [0, 3, 100, 1000]) assert.deepEqual(ids(d, `response.latency > ${c}`), expected(values, `response.latency > ${c}`), `> ${c}`);
  });
});
