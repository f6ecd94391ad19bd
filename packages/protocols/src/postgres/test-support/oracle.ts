// tshark as the oracle for PostgreSQL: how many frontend and backend messages it dissects in a
// capture (and of a few kinds), to compare with trawl's `postgres.msg.*` counters. Needs tshark on
// PATH; nothing is cached.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineStats } from '../../engine/stats.js';
import { FIXTURES_DIR } from '../../capture/test-support/fixtures.js';
import { tsharkFields } from '../../capture/test-support/tshark.js';

export interface PgCounts {
  fe: number;
  be: number;
  query: number;
  parse: number;
  error: number;
  dataRow: number;
}

export const COUNT_KEYS = ['fe', 'be', 'query', 'parse', 'error', 'dataRow'] as const;

export async function tsharkPg(file: string, decodeAs: string): Promise<PgCounts> {
  const rows = await tsharkFields(file, { filter: 'pgsql', decodeAs: decodeAs.split(';').filter(Boolean), fields: ['pgsql.frontend', 'pgsql.type'], aggregator: '\x1f' });
  const c: PgCounts = { fe: 0, be: 0, query: 0, parse: 0, error: 0, dataRow: 0 };
  for (const [fronts, types] of rows) {
    const f = fronts.split('\x1f');
    types.split('\x1f').forEach((t, i) => {
      const fe = f[i] === '1' || f[i] === 'True';
      if (fe) c.fe++;
      else c.be++;
      if (fe && t === 'Simple query') c.query++;
      if (fe && t === 'Parse') c.parse++;
      if (!fe && t === 'Error') c.error++;
      if (!fe && t === 'Data row') c.dataRow++;
    });
  }
  return c;
}

/** trawl's counts from its `postgres.msg.<client|server>.<type>` counters (one-byte SSL answers apart). */
export function trawlPg(stats: EngineStats): PgCounts & { answers: number } {
  const k = stats.counters as Record<string, number>;
  const sum = (prefix: string) => Object.entries(k).filter(([n]) => n.startsWith(prefix) && n !== 'postgres.msg.server.answer').reduce((a, [, v]) => a + v, 0);
  return {
    fe: sum('postgres.msg.client.'),
    be: sum('postgres.msg.server.'),
    query: k['postgres.msg.client.Q'] ?? 0,
    parse: k['postgres.msg.client.P'] ?? 0,
    error: k['postgres.msg.server.E'] ?? 0,
    dataRow: k['postgres.msg.server.D'] ?? 0,
    answers: k['postgres.msg.server.answer'] ?? 0,
  };
}

/** PostgreSQL captures of the shared fixtures (and the negatives on port 5432), with decode-as. */
export function pgFixtures(): { path: string; decodeAs: string }[] {
  let text: string;
  try {
    text = readFileSync(join(FIXTURES_DIR, 'MANIFEST.tsv'), 'utf8');
  } catch {
    return [];
  }
  const [head, ...rows] = text.trimEnd().split('\n').map((l) => l.split('\t'));
  const col = (n: string) => head.indexOf(n);
  return rows
    .filter((r) => r[col('kind')] === 'capture' && /^(zeek\/postgresql|deepflow\/postgre)\//.test(r[col('path')]))
    .map((r) => ({ path: r[col('path')], decodeAs: r[col('decode_as')] ?? '' }));
}
