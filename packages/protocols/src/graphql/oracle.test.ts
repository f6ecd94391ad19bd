// The oracle: tshark has no GraphQL dissector, so tshark frames the HTTP requests (method, target,
// body) and graphql-js's `parse` reads their documents by the GraphQL-over-HTTP rules
// (test-support/oracle.ts, written apart from the enricher). Per capture: requests, GraphQL
// operations by the oracle and by trawl, and every disagreement, listed and asserted.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captures, FIXTURES_DIR, readCapture } from '../capture/test-support/fixtures.js';
import type { Dissector } from '../engine/types.js';
import type { Entry } from '../entry/types.js';
import { http1Dissector } from '../http1/index.js';
import { oracle, oracleRequest, type OracleOperation } from './test-support/oracle.js';
import { replayGraphql } from './test-support/replay.js';
import { tsharkAvailable } from '../capture/test-support/tshark.js';
import { http1Requests, http2Requests, type WireRequest } from './test-support/tshark-requests.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const rq = (e: Entry) => e.request as Record<string, unknown>;

async function http2Dissector(): Promise<Dissector | null> {
  const path = '../http2/index.js';
  try {
    return ((await import(path)) as { http2Dissector?: Dissector }).http2Dissector ?? null;
  } catch {
    return null;
  }
}

/** What trawl says about one entry, in the oracle's terms. */
function trawlOps(e: Entry): OracleOperation[] | null {
  if (e.protocol.name !== 'graphql') return null;
  const r = rq(e);
  const one = (o: Record<string, unknown>): OracleOperation => ({
    ...(o.operationType ? { type: o.operationType as string } : {}),
    ...(o.operationName ? { name: o.operationName as string } : {}),
    rootFields: o.rootFields as string[],
    ...(o.persisted ? { persisted: true as const } : {}),
  });
  return r.batch ? (r.operations as Record<string, unknown>[]).map(one) : [one(r)];
}

/** Disagreements we keep, with why trawl is right. */
const KNOWN: Record<string, string> = {
  'http1-curl POST /api {"query":"{ user(id: ) { name } }"}':
    'graphql-js refuses `id: )`; the scanner skips arguments as balanced tokens, and the server answered it as GraphQL (a Syntax Error in `errors`), so graphql is the right protocol',
};

const CASES: { name: string; port: number; h2: boolean }[] = [
  { name: 'http1-curl', port: 4555, h2: false },
  { name: 'http1-fetch', port: 4555, h2: false },
  { name: 'http2', port: 4556, h2: true },
];

test('own captures: tshark framing + graphql-js vs trawl', async (t) => {
  if (!(await tsharkAvailable())) {
    t.skip('tshark is not installed');
    return;
  }
  const h2 = await http2Dissector();
  const table: string[] = ['capture      requests(tshark)  entries(trawl)  graphql(oracle)  graphql(trawl)  agree'];
  const disagreements: string[] = [];
  for (const c of CASES) {
    if (c.h2 && !h2) {
      table.push(`${c.name.padEnd(12)} skipped: src/http2 exports no http2Dissector yet`);
      continue;
    }
    const file = `${DIR}${c.name}.pcap`;
    const wire: WireRequest[] = c.h2 ? http2Requests(file, c.port) : http1Requests(file, c.port);
    const { entries } = replayGraphql(file, h2 && c.h2 ? [h2, http1Dissector] : [http1Dissector]);
    // Entries come out per connection as responses complete; pair them with tshark's by request.
    const byKey = new Map(entries.map((e) => [`${rq(e).method} ${rq(e).url} ${(rq(e).body as { text?: string } | null)?.text ?? ''}`, e]));
    let agree = 0;
    let oracleGql = 0;
    let trawlGql = 0;
    for (const w of wire) {
      const key = `${w.method} ${w.uri} ${w.body}`;
      const e = byKey.get(key);
      assert.ok(e, `trawl has an entry for ${key}`);
      const expected = oracleRequest(w.method, w.uri, w.contentType, w.body);
      const got = trawlOps(e);
      if (expected) oracleGql++;
      if (got) trawlGql++;
      if (JSON.stringify(expected) === JSON.stringify(got)) agree++;
      else disagreements.push(`${c.name} ${key}`);
    }
    assert.equal(entries.length, wire.length, `${c.name}: one entry per request`);
    table.push(`${c.name.padEnd(12)} ${String(wire.length).padStart(16)}  ${String(entries.length).padStart(14)}  ${String(oracleGql).padStart(15)}  ${String(trawlGql).padStart(14)}  ${agree}/${wire.length}`);
  }
  console.log(table.join('\n'));
  for (const d of disagreements) console.log(`disagreement: ${d}\n  why trawl is right: ${KNOWN[d] ?? '(unexplained)'}`);
  assert.deepEqual(disagreements, Object.keys(KNOWN));
});

test('shared HTTP fixtures: whatever trawl calls GraphQL, graphql-js parses', async (t) => {
  if (!existsSync(join(FIXTURES_DIR, 'MANIFEST.tsv'))) {
    t.skip(`no fixtures at ${FIXTURES_DIR}`);
    return;
  }
  const h2 = await http2Dissector();
  const dissectors = h2 ? [h2, http1Dissector] : [http1Dissector];
  let files = 0;
  let httpEntries = 0;
  const claimed: string[] = [];
  for (const c of captures()) {
    if (!/^(http|http2|grpc)$/.test(c.path.split('/')[1] ?? '') && !/http|h2|grpc|graphql/i.test(c.path)) continue;
    files++;
    const { entries, stats } = replayGraphql(readCapture(c.path), dissectors);
    assert.equal(stats.counters['enricher.graphql.error'], undefined, c.path);
    for (const e of entries) {
      if (e.protocol.name !== 'graphql') {
        httpEntries++;
        continue;
      }
      claimed.push(c.path);
      const q = rq(e).query;
      assert.ok(rq(e).persisted === true || (typeof q === 'string' && oracle(q) !== null), `${c.path}: ${String(q).slice(0, 200)}`);
    }
  }
  // The HTTP/1 dissector's own captures (JSON uploads among them): none is GraphQL.
  const http1Dir = fileURLToPath(new URL('../http1/captures/', import.meta.url));
  for (const f of readdirSync(http1Dir).filter((n) => n.endsWith('.pcap'))) {
    const { entries } = replayGraphql(`${http1Dir}${f}`, dissectors);
    assert.ok(entries.length > 0);
    assert.deepEqual(entries.filter((e) => e.protocol.name === 'graphql'), [], f);
  }
  console.log(`shared fixtures: ${files} HTTP-ish captures, ${httpEntries} entries left as HTTP, ${claimed.length} GraphQL (${[...new Set(claimed)].join(', ') || 'none'})`);
  assert.ok(files > 0);
});
