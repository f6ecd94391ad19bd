// The proof against tshark: every HTTP/2 capture of the shared fixtures (deepflow, all picked up
// mid-connection) and our own captures (HTTP/2 and gRPC), dissected by tshark with decode-as on
// their port and by trawl's engine (no hint: detection by content). Per file we compare request
// HEADERS (method + path), response HEADERS (:status, interim included) and gRPC messages. Every
// difference is listed below with the reason trawl is right, and every listed one must occur.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { tsharkAvailable } from '../capture/test-support/tshark.js';
import { FIXTURES, fixtureCaptures } from './test-support/fixtures.js';
import { replayH2 } from './test-support/replay.js';
import { tsharkHttp2, type H2Oracle } from './test-support/tshark.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

interface Case {
  name: string;
  file: string;
  decodeAs: string[];
}

interface Counts {
  req: number;
  resp: number;
  msgs: number;
}

/** Expected, explained differences: tshark's counts and trawl's, per file. */
const EXPLAINED: Record<string, { tshark: Counts; trawl: Counts; why: string }> = {
  'deepflow/http/grpc-unknown.pcap': {
    tshark: { req: 1, resp: 1, msgs: 0 },
    trawl: { req: 1, resp: 1, msgs: 2 },
    why: 'the request :path is a dynamic-table entry sent before the capture began: tshark gives up on the whole stream (no gRPC messages); trawl marks headersUndecodable and still decodes the empty request message and the 165-byte response message',
  },
  'h2c-upgrade': {
    tshark: { req: 0, resp: 0, msgs: 0 },
    trawl: { req: 0, resp: 1, msgs: 0 },
    why: 'Upgrade: h2c: tshark with decode-as http2 on the port does not follow the HTTP/1.1 101 handover and dissects nothing as HTTP/2; trawl hands the connection from HTTP/1 to HTTP/2 after the 101 and reports stream 1 (its request is the HTTP/1 upgrade request, counted by the HTTP/1 oracle)',
  },
};

function trawlCounts(entries: Entry[]): { counts: Counts; requests: string[] } {
  const h2 = entries.filter((e) => e.protocol.name === 'http2' || e.protocol.name === 'grpc');
  const requests: string[] = [];
  let resp = 0;
  let msgs = 0;
  for (const e of h2) {
    const req = e.request as Record<string, any> | null;
    // A request that came over HTTP/1 (h2c upgrade) has no HTTP/2 HEADERS.
    if (req && req.httpVersion === 'HTTP/2' && req.method) requests.push(`${req.method} ${req.url}`);
    const res = e.response as Record<string, any> | null;
    if (res?.headers?.[':status'] !== undefined) resp++;
    resp += res?.interim?.length ?? 0;
    msgs += (req?.messages?.length ?? 0) + (res?.messages?.length ?? 0);
  }
  return { counts: { req: requests.length, resp, msgs }, requests };
}

function cases(): Case[] {
  const out: Case[] = fixtureCaptures()
    .filter((c) => c.protocol === 'http2')
    .map((c) => ({ name: c.path, file: `${FIXTURES}/${c.path}`, decodeAs: c.decodeAs.split(';').filter(Boolean) }));
  for (const name of ['curl', 'node-client']) out.push({ name, file: `${HERE}captures/${name}.pcap`, decodeAs: ['tcp.port==31380,http2'] });
  out.push({ name: 'h2c-upgrade', file: `${HERE}captures/h2c-upgrade.pcap`, decodeAs: ['tcp.port==31381,http2'] });
  for (const name of ['unary', 'streaming', 'gzip']) out.push({ name: `grpc/${name}`, file: `${HERE}../grpc/captures/${name}.pcap`, decodeAs: ['tcp.port==31390,http2'] });
  return out;
}

const skip = !(await tsharkAvailable()) ? 'tshark not installed' : false;

test('HTTP/2 and gRPC: trawl agrees with tshark, or the difference is explained', { skip, timeout: 120_000 }, async (t) => {
  const rows: { c: Case; oracle: H2Oracle; ours: ReturnType<typeof trawlCounts> }[] = [];
  for (const c of cases()) rows.push({ c, oracle: await tsharkHttp2(c.file, c.decodeAs), ours: trawlCounts(replayH2(c.file).entries) });
  const tsharkCounts = (o: H2Oracle): Counts => ({ req: o.requests.length, resp: o.statuses.length, msgs: o.grpcMessages });
  const same = (a: Counts, b: Counts) => a.req === b.req && a.resp === b.resp && a.msgs === b.msgs;
  const verdict = (r: (typeof rows)[number]) => {
    const ts = tsharkCounts(r.oracle);
    const sameReq = JSON.stringify([...r.oracle.requests].sort()) === JSON.stringify([...r.ours.requests].sort());
    const x = EXPLAINED[r.c.name];
    if (same(ts, r.ours.counts) && sameReq) return x ? 'FAIL (explained but agrees)' : 'agree';
    return x && same(ts, x.tshark) && same(r.ours.counts, x.trawl) ? 'explained' : 'FAIL';
  };
  const fmt = (c: Counts) => `${c.req}/${c.resp}/${c.msgs}`;
  const lines = rows.map((r) => [r.c.name, r.c.decodeAs.join(' '), fmt(tsharkCounts(r.oracle)), fmt(r.ours.counts), verdict(r)]);
  const head = ['file', 'decode-as', 'tshark req/resp/grpc', 'trawl req/resp/grpc', 'verdict'];
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const table = [head, ...lines].map((l) => l.map((v, i) => v.padEnd(width[i])).join('  ')).join('\n');
  const n = (v: string) => rows.filter((r) => verdict(r) === v).length;
  console.log(`\ntrawl vs tshark, HTTP/2 + gRPC (${rows.length} captures)\n${table}\n${n('agree')} agree, ${n('explained')} explained, ${rows.length - n('agree') - n('explained')} fail\n`);
  for (const r of rows) {
    await t.test(r.c.name, () => {
      const x = EXPLAINED[r.c.name];
      const detail = `tshark ${JSON.stringify(r.oracle)} trawl ${JSON.stringify(r.ours)}`;
      if (x) {
        assert.deepEqual(tsharkCounts(r.oracle), x.tshark, detail);
        assert.deepEqual(r.ours.counts, x.trawl, `${x.why}\n${detail}`);
      } else {
        assert.deepEqual(r.ours.counts, tsharkCounts(r.oracle), detail);
        assert.deepEqual([...r.ours.requests].sort(), [...r.oracle.requests].sort(), detail);
      }
    });
  }
});
