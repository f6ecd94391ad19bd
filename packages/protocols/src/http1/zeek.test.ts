// Real captures (zeek's test traces, BSD-3-Clause) replayed with a naive reassembler.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import type { HttpRequest, HttpResponse } from '../entry/types.js';
import { replay } from './test-support/mini-pcap.js';

const DIR = '/work/shared/fixtures/pcap/zeek/http';
const skip = !existsSync(DIR) && 'fixtures not present';

test('zeek 1000-requests-one-dropped-response: 999 right pairs + 1 unpaired request', { skip }, () => {
  const ctx = replay(`${DIR}/1000-requests-one-dropped-response.pcap`);
  const e = ctx.entries;
  const paired = e.filter((x) => x.request && x.response);
  const noResponse = e.filter((x) => x.request && !x.response);
  assert.equal(paired.length, 999);
  assert.equal(noResponse.length, 1);
  assert.equal(e.filter((x) => !x.request).length, 0);
  assert.equal(ctx.counts.get('http1.internal_error'), undefined);
  // Responses answer their own request: the elapsed time is never negative.
  for (const x of paired) {
    assert.ok(x.elapsedTime! >= 0);
    assert.equal((x.response as unknown as HttpResponse).status, 200);
  }
});

test('zeek http traces: every capture replays without internal errors', { skip }, () => {
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.pcap'))) {
    const ctx = replay(`${DIR}/${f}`);
    assert.equal(ctx.counts.get('http1.internal_error'), undefined, f);
  }
});

test('zeek methods, no-uri, 100-continue: malformed request lines kept, interim responses folded', { skip }, () => {
  const methods = replay(`${DIR}/methods.pcap`).entries;
  assert.equal(methods.filter((x) => x.response).length, 49);
  assert.ok(methods.filter((x) => x.request).length >= 27);
  const noUri = replay(`${DIR}/no-uri.pcap`).entries;
  assert.equal(noUri.length, 1);
  assert.deepEqual([(noUri[0].request as unknown as HttpRequest).url, (noUri[0].response as unknown as HttpResponse).status], ['', 200]);
  const cont = replay(`${DIR}/100-continue.pcap`).entries;
  assert.equal(cont.length, 1);
  assert.deepEqual((cont[0].response as unknown as HttpResponse).interim, [100]);
});
