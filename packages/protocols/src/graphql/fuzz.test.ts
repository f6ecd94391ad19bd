// Fuzzing through the real Engine with the GraphQL enricher: our captures cut, mutated (headers
// and payloads), reordered, dropped and duplicated; then the GraphQL bodies themselves edited at
// random. Nothing may throw (the engine would count `enricher.graphql.error`), time stays bounded.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dissector } from '../engine/types.js';
import { FUZZ_LIMITS, mutate, pcapRecords, rng, shuffleRecords } from '../engine/test-support/fuzz-run.js';
import { http1Dissector } from '../http1/index.js';
import { enrichEntry } from './enrich.js';
import { scanDocument } from './scan.js';
import { http1Entry, JSON_CT } from './test-support/entries.js';
import { replayGraphql } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const FILES = ['http1-curl', 'http1-fetch', 'http2'].map((n) => new Uint8Array(readFileSync(`${DIR}${n}.pcap`)));

async function dissectors(): Promise<Dissector[]> {
  const path = '../http2/index.js';
  try {
    const h2 = ((await import(path)) as { http2Dissector?: Dissector }).http2Dissector;
    return h2 ? [h2, http1Dissector] : [http1Dissector];
  } catch {
    return [http1Dissector];
  }
}

test('mutated captures through the Engine: no enricher error, bounded time', async () => {
  const list = await dissectors();
  const r = rng(7);
  let entries = 0;
  let gql = 0;
  const kinds: Record<string, number> = {};
  for (let i = 0; i < 300; i++) {
    const file = FILES[Math.floor(r() * FILES.length)];
    const pick = r();
    let input: Uint8Array;
    let kind: string;
    if (pick < 0.5) {
      kind = 'mutated';
      input = mutate(r, file);
    } else if (pick < 0.7) {
      kind = 'truncated';
      input = file.subarray(0, Math.floor(r() * file.length));
    } else {
      kind = 'reordered';
      const split = pcapRecords(file)!;
      input = shuffleRecords(r, split.header, split.records, { drop: r() * 0.2, dup: r() * 0.3, window: 1 + Math.floor(r() * 5), oneWay: r() < 0.2 });
    }
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const t0 = performance.now();
    const out = replayGraphql(input, list, i % 2 ? FUZZ_LIMITS : undefined);
    const ms = performance.now() - t0;
    assert.equal(out.stats.counters['enricher.graphql.error'], undefined, `input ${i} (${kind})`);
    assert.ok(ms < 2000, `input ${i} took ${ms} ms`);
    entries += out.entries.length;
    gql += out.entries.filter((e) => e.protocol.name === 'graphql').length;
  }
  console.log(`fuzz: ${JSON.stringify(kinds)}, ${entries} entries, ${gql} GraphQL`);
  assert.ok(gql > 0, 'some inputs still reach the enricher as GraphQL');
});

test('GraphQL bodies edited at random: never throws; what is claimed scans as GraphQL', () => {
  const bodies = [
    '{"query":"query Hello($who: String) { hello(name: $who) }","operationName":"Hello","variables":{"who":"trawl"}}',
    '[{"query":"query Users { users(limit: 2) { id name friends { name } } }"},{"query":"{ boom }"}]',
    '{"operationName":"Pq","variables":{"id":"2"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"306dc6a8aa67b1f1fb1406ad2e3fe9a78d15619d8cc26fd2384effbf94044b72"}}}',
    '{"query":"mutation AddUser($n: String!) { addUser(name: $n) { id name } } fragment F on User { id }","variables":{"n":"B"}}',
  ];
  const noise = ['{', '}', '[', ']', '"', '\\', ':', ',', 'query', 'mutation', '...', '#', '\n', '\u0000', 'é', '"""', '$', '@'];
  const r = rng(11);
  for (let i = 0; i < 5000; i++) {
    let text = bodies[Math.floor(r() * bodies.length)];
    for (let k = 1 + Math.floor(r() * 4); k > 0; k--) {
      const at = Math.floor(r() * (text.length + 1));
      text = r() < 0.3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + noise[Math.floor(r() * noise.length)] + text.slice(at);
    }
    const e = http1Entry('POST', '/api', { headers: JSON_CT, body: text }, { body: text });
    enrichEntry(e, () => {});
    if (e.protocol.name === 'graphql') {
      const q = (e.request as Record<string, unknown>).query;
      assert.ok((e.request as Record<string, unknown>).persisted === true || (typeof q === 'string' && scanDocument(q) !== null), text);
    }
  }
});
