/**
 * Predicate ≡ SQL. Generated queries run over generated entries stored in a real better-sqlite3
 * database with the hub layout; both must select the same rows (SQL may over-select only when it
 * says `postFilter`). KFL_AGREEMENT_RUNS=1000000 for bench mode.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { compile, normalize } from './index.js';
import { entryArb, queryArb } from './test-support/arbitraries.js';
import { memoryDb } from './test-support/db.js';
import { ENTRIES } from './test-support/entries.js';

const RUNS = Number(process.env.KFL_AGREEMENT_RUNS ?? 10_000);
const NOW = 2500;

it(`predicate and SQL select the same rows (${RUNS} generated queries)`, { timeout: 600_000 }, () => {
  const generated = fc.sample(entryArb, { numRuns: 250, seed: 42 }).map((e, i) => ({ ...e, id: `g${i}` }));
  const entries = JSON.parse(JSON.stringify([...generated, ...Object.values(ENTRIES)])) as Record<string, unknown>[];
  const { select } = memoryDb(entries);
  const stats = { postFiltered: 0, matchedSome: 0 };
  fc.assert(
    fc.property(queryArb, (query) => {
      const c = compile(query, { now: () => NOW });
      const want = entries.filter((e) => c.predicate(e)).map((e) => e.id as string).sort();
      const q = c.sql(undefined, { now: NOW });
      const rows = select(q);
      const got = rows.filter((r) => !q.postFilter || c.predicate(r.entry)).map((r) => r.id).sort();
      if (q.postFilter) stats.postFiltered++;
      if (want.length > 0 && want.length < entries.length) stats.matchedSome++;
      assert.deepEqual(got, want, `query: ${query}\nsql: ${q.where}\nparams: ${JSON.stringify(q.params)}`);
      // The normalised query means the same.
      const again = compile(normalize(c.ast), { now: () => NOW });
      assert.deepEqual(entries.filter((e) => again.predicate(e)).map((e) => e.id as string).sort(), want, `normalized: ${normalize(c.ast)}`);
    }),
    { numRuns: RUNS, seed: process.env.KFL_SEED ? Number(process.env.KFL_SEED) : undefined },
  );
  // The generator must be doing its job: most queries select some but not all rows.
  assert.ok(stats.matchedSome > RUNS * 0.3, `only ${stats.matchedSome} queries split the rows`);
});
