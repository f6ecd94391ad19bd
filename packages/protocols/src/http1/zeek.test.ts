// Real captures (zeek's test traces, BSD-3-Clause) replayed through the real engine.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import type { Entry, HttpRequest, HttpResponse } from '../entry/types.js';
import { replay } from './test-support/replay.js';

const DIR = '/work/shared/fixtures/pcap/zeek/http';
const skip = !existsSync(DIR) && 'fixtures not present';
const rq = (e: { request: unknown }): HttpRequest => e.request as HttpRequest;
const rs = (e: { response: unknown }): HttpResponse => e.response as HttpResponse;

test('zeek 1000-requests-one-dropped-response: 999 right pairs + 1 unpaired request', { skip }, () => {
  const { entries: e, stats } = replay(`${DIR}/1000-requests-one-dropped-response.pcap`);
  const paired = e.filter((x) => x.request && x.response);
  const noResponse = e.filter((x) => x.request && !x.response);
  assert.equal(paired.length, 999);
  assert.equal(noResponse.length, 1);
  assert.equal(e.filter((x) => !x.request).length, 0);
  assert.equal(stats.counters['http1.internal_error'], undefined);
  // Responses answer their own request: the elapsed time is never negative.
  for (const x of paired) {
    assert.ok(x.elapsedTime! >= 0);
    assert.equal(rs(x).status, 200);
  }
});

test('zeek http traces: every capture replays without internal errors', { skip }, () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.pcap') || n.endsWith('.pcapng'))) {
    const { stats, formatError } = replay(`${DIR}/${f}`);
    assert.equal(stats.counters['http1.internal_error'], undefined, f);
    assert.equal(formatError, null, f);
  }
});

test('zeek methods, no-uri, 100-continue: malformed request lines kept, interim responses folded', { skip }, () => {
  const methods = replay(`${DIR}/methods.pcap`).entries;
  assert.equal(methods.filter((x) => x.response).length, 49);
  // Not requests: a bare `OPTIONS`, `OPTIONSHTTP/1.1` and five lines whose method is not a token.
  // The engine hands the client's first bytes to the dissector once the server's status line
  // identified HTTP, so malformed but framed lines (`GET / HTTP/1.`, `GET/ HTTP/1.1`) are kept.
  assert.equal(methods.filter((x) => x.request).length, 42);
  const line = (x: Entry) => (x.request ? `${rq(x).method} ${rq(x).url} ${x.response ? rs(x).status : '-'}` : `- ${rs(x).status}`);
  assert.deepEqual(methods.slice(0, 9).map(line), ['OPTIONS * 405', 'OPTIONS  400', '- 400', '- 400', 'GET / 200', 'GET / 200', 'GET /HTTP/1.1 403', 'GET / 400', 'GET /HTTP/1.1 400']);
  const noUri = replay(`${DIR}/no-uri.pcap`).entries;
  assert.equal(noUri.length, 1);
  assert.deepEqual([rq(noUri[0]).url, rs(noUri[0]).status], ['', 200]);
  const cont = replay(`${DIR}/100-continue.pcap`).entries;
  assert.equal(cont.length, 1);
  assert.deepEqual(rs(cont[0]).interim, [100]);
});
