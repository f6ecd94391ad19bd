// The proof against the oracle: every PostgreSQL capture of the shared fixtures and our own,
// dissected by tshark (with decode-as for non-standard ports; trawl gets no hint, it detects by
// content) and by trawl's real engine: frontend / backend messages, Query, Parse, ErrorResponse and
// DataRow counts per file, printed as a table. Every difference is listed with its reason and must
// still occur.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { tsharkAvailable } from '../capture/test-support/tshark.js';
import { COUNT_KEYS, pgFixtures, trawlPg, tsharkPg, type PgCounts } from './test-support/oracle.js';
import { replay } from './test-support/replay.js';

const OWN = fileURLToPath(new URL('./captures/', import.meta.url));
const SSL_ANSWER = 'tshark shows no message for the one-byte SSLRequest/GSSENCRequest answer; trawl counts it apart (`answers`), not in `be`';

type Diff = Partial<Record<keyof PgCounts, number>>;
/** Expected differences, trawl minus tshark, per file, with the reason trawl is right. */
const EXPLAINED: Record<string, { diff: Diff; why: string }> = {
  'zeek/postgresql/mysql-on-port-5432.pcap': {
    diff: { fe: -1, be: -2 },
    why: 'MySQL on port 5432: tshark decodes by port and shows 3 bogus PostgreSQL messages; trawl detects by content and rejects the stream',
  },
  'zeek/postgresql/bad-startup-message-1.pcap': {
    diff: { be: -1, error: -1 },
    why: 'zeek-crafted: a StartupMessage with a 53107-byte length (above the 10000 PostgreSQL accepts) answered by an ErrorResponse without SQLSTATE: tshark decodes by port, trawl detects neither side (strict content checks)',
  },
};

interface Row {
  file: string;
  t: PgCounts;
  w: PgCounts & { answers: number };
}

async function compare(file: string, decodeAs: string): Promise<Row> {
  const t = await tsharkPg(file, decodeAs);
  const { stats } = replay(file);
  return { file, t, w: trawlPg(stats) };
}

function table(rows: Row[]): string {
  const head = ['file', ...COUNT_KEYS.map((k) => `${k} t/w`), 'answers'];
  const lines = rows.map((r) => [r.file.replace(FIXTURES_DIR + '/', '').replace(OWN, 'own/'), ...COUNT_KEYS.map((k) => `${r.t[k]}/${r.w[k]}${r.t[k] === r.w[k] ? '' : ' *'}`), String(r.w.answers)]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  return [head, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

test('PostgreSQL message counts agree with tshark on every capture (or differ for a listed reason)', async (t) => {
  if (!(await tsharkAvailable())) return t.skip('tshark not installed');
  const files = [
    ...pgFixtures().map((f) => ({ file: join(FIXTURES_DIR, f.path), key: f.path, decodeAs: f.decodeAs })),
    ...readdirSync(OWN)
      .filter((f) => f.endsWith('.pcap'))
      .map((f) => ({ file: join(OWN, f), key: `own/${f}`, decodeAs: 'tcp.port==5440,pgsql;tcp.port==5441,pgsql' })),
  ];
  assert.ok(files.length >= 20, `only ${files.length} captures`);
  const rows: Row[] = [];
  const problems: string[] = [];
  // tshark three at a time.
  const rowsOf = new Map<string, Row>();
  for (let i = 0; i < files.length; i += 3) {
    const batch = files.slice(i, i + 3);
    const got = await Promise.all(batch.map((f) => compare(f.file, f.decodeAs)));
    batch.forEach((f, j) => rowsOf.set(f.key, got[j]));
  }
  for (const f of files) {
    const row = rowsOf.get(f.key)!;
    rows.push(row);
    const diff: Diff = {};
    for (const k of COUNT_KEYS) if (row.w[k] !== row.t[k]) diff[k] = row.w[k] - row.t[k];
    const expected = EXPLAINED[f.key]?.diff ?? {};
    const clean = (d: Diff) => JSON.stringify(Object.fromEntries(Object.entries(d).filter(([, v]) => v !== 0).sort()));
    if (clean(diff) !== clean(expected)) problems.push(`${f.key}: trawl - tshark = ${clean(diff)}, expected ${clean(expected)}`);
  }
  console.log(`PostgreSQL vs tshark (t/w = tshark/trawl, * = differs; ${SSL_ANSWER})\n${table(rows)}`);
  for (const [k, v] of Object.entries(EXPLAINED)) if (clean2(v.diff)) console.log(`  ${k}: ${v.why}`);
  assert.deepEqual(problems, []);
});

function clean2(d: Diff): boolean {
  return Object.values(d).some((v) => v !== 0);
}

test('deepflow pgsql-all.result: every request/response pair deepflow decoded is one trawl entry (same bytes, status, rows)', (t) => {
  const base = join(FIXTURES_DIR, 'deepflow/postgre/pgsql-all');
  let text: string;
  try {
    text = readFileSync(`${base}.result`, 'utf8');
  } catch {
    return t.skip('fixtures not present');
  }
  type Rec = { msg_type: string; status: string; captured_request_byte: number; captured_response_byte: number; sql_affected_rows?: number };
  const recs: Rec[] = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l.slice(0, l.lastIndexOf('}') + 1)) as Rec);
  // deepflow's pairs: a Request line followed by its Response line. Its `unknown` lines are the
  // pieces of responses whose packets the capture truncated (caplen < len): trawl, reading the TCP
  // stream, still frames those messages and reports the whole exchange.
  const pairs: string[] = [];
  for (let i = 0; i + 1 < recs.length; i++) {
    const [q, a] = [recs[i], recs[i + 1]];
    if (q.msg_type === 'Request' && a.msg_type === 'Response' && a.status !== 'unknown') {
      pairs.push(`${q.captured_request_byte}/${a.captured_response_byte} ${a.status === 'ok' ? 0 : 1}${a.sql_affected_rows !== undefined ? ` rows=${a.sql_affected_rows}` : ''}`);
      i++;
    }
  }
  const { entries } = replay(`${base}.pcap`);
  const ours = entries.map((e) => ({ key: `${e.requestSize}/${e.responseSize} ${(e.response as { status?: number } | null)?.status}`, rows: (e.response as { rows?: number } | null)?.rows }));
  let j = 0;
  const missing: string[] = [];
  for (const p of pairs) {
    const [key, rows] = p.split(' rows=');
    const k = ours.findIndex((o, idx) => idx >= j && o.key === key && (rows === undefined || o.rows === Number(rows)));
    if (k < 0) missing.push(p);
    else j = k + 1;
  }
  console.log(`deepflow pgsql-all: ${pairs.length} complete pairs in .result, ${entries.length} trawl entries, ${pairs.length - missing.length} matched in order`);
  assert.deepEqual(missing, []);
  assert.ok(pairs.length >= 25 && entries.length >= pairs.length);
});
