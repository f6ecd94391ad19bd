// DeepFlow's own expected output as a second oracle for the HTTP/2 and gRPC fixtures (its `.result`
// files, one HttpInfo per parsed message). Per stream id DeepFlow reports the protocol (Grpc or
// Http2), the request path, the HTTP status and the grpc-status; trawl must report the same
// streams (one entry each) with the same facts. Differences are listed with their reason.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Entry } from '../entry/types.js';
import { FIXTURES, fixtureCaptures } from '../http2/test-support/fixtures.js';
import { replayH2 } from '../http2/test-support/replay.js';

interface StreamFacts {
  proto: string;
  path: string;
  status: number | null;
  grpcStatus: number | null;
}

/** `HttpInfo { … proto: Grpc, msg_type: Request, stream_id: Some(1), … path: "/x", … status_code: Some(200), … grpc_status_code: Some(0) … }` */
export function parseResult(text: string): StreamFacts[] {
  const streams = new Map<string, StreamFacts>();
  for (const line of text.split('\n')) {
    const proto = /proto: (\w+)/.exec(line)?.[1];
    const id = /stream_id: Some\((\d+)\)/.exec(line)?.[1];
    if (!proto || !id || (proto !== 'Grpc' && proto !== 'Http2')) continue;
    const s = streams.get(id) ?? { proto: 'http2', path: '', status: null, grpcStatus: null };
    if (proto === 'Grpc') s.proto = 'grpc';
    const path = /[ {]path: "([^"]*)"/.exec(line)?.[1];
    if (path) s.path = path;
    const status = /[ ,]status_code: Some\((\d+)\)/.exec(line)?.[1];
    if (status) s.status = Number(status);
    const grpc = /grpc_status_code: Some\((\d+)\)/.exec(line)?.[1];
    if (grpc) s.grpcStatus = Number(grpc);
    streams.set(id, s);
  }
  return [...streams.values()];
}

function trawlFacts(entries: Entry[]): StreamFacts[] {
  return entries.map((e) => {
    const req = e.request as Record<string, any> | null;
    const res = e.response as Record<string, any> | null;
    const grpc = e.protocol.name === 'grpc';
    return {
      proto: e.protocol.name,
      path: req?.path ?? '',
      status: (grpc ? res?.httpStatus : res?.status) ?? null,
      grpcStatus: grpc ? (res?.status ?? null) : null,
    };
  });
}

/** Files where trawl reports more than DeepFlow, and why trawl is right. */
const EXPLAINED: Record<string, { trawl: StreamFacts[]; why: string }> = {};

const files = fixtureCaptures().filter((c) => c.protocol === 'http2' && existsSync(`${FIXTURES}/${c.path.replace(/\.pcap$/, '.result')}`));

test('HTTP/2 and gRPC fixtures agree with DeepFlow .result files', { skip: files.length === 0 && 'fixtures not present' }, async (t) => {
  const rows: string[] = [];
  for (const c of files) {
    const expected = parseResult(readFileSync(`${FIXTURES}/${c.path.replace(/\.pcap$/, '.result')}`, 'utf8'));
    const actual = trawlFacts(replayH2(`${FIXTURES}/${c.path}`).entries);
    const x = EXPLAINED[c.path];
    const agree = JSON.stringify(actual) === JSON.stringify(expected);
    rows.push(`${c.path.padEnd(40)} deepflow ${JSON.stringify(expected)}\n${''.padEnd(40)} trawl    ${JSON.stringify(actual)}  ${agree ? 'agree' : x ? 'explained' : 'FAIL'}`);
    await t.test(c.path, () => {
      if (x) {
        assert.notDeepEqual(actual, expected, `listed as a difference but agrees: ${c.path}`);
        assert.deepEqual(actual, x.trawl, x.why);
      } else assert.deepEqual(actual, expected);
    });
  }
  console.log(`\ntrawl vs DeepFlow .result (per stream: protocol, path, HTTP status, grpc-status)\n${rows.join('\n')}\n`);
});
