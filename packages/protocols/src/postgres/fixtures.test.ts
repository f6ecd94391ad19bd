// The shared PostgreSQL fixtures (zeek, deepflow), key facts per capture: logins, SSL refused or
// accepted, errors, the app traffic, the extended protocol picked up mid-stream, the malformed ones.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES_DIR, readCapture } from '../capture/test-support/fixtures.js';
import type { Entry } from '../entry/types.js';
import { replayBytes } from './test-support/replay.js';

const skip = !existsSync(join(FIXTURES_DIR, 'MANIFEST.tsv')) && 'fixtures not present';
const entries = (p: string): Entry[] => replayBytes(readCapture(p)).entries;
type R = Record<string, unknown>;
const sum = (e: Entry) => [e.request?.method, (e.response as R | null)?.status ?? null, (e.response as R | null)?.code, e.anomalies];

test('zeek postgresql fixtures', { skip }, () => {
  const z = (n: string) => entries(`zeek/postgresql/${n}.pcap`);
  assert.deepEqual(z('psql-login-wrong').map(sum), [['SSLRequest', 0, undefined, undefined], ['Startup', 1, '28P01', undefined]]);
  assert.deepEqual(z('psql-login-no-role').map(sum), [['SSLRequest', 0, undefined, undefined], ['Startup', 1, '28000', undefined]]);
  assert.deepEqual(z('psql-login-fail').map(sum), [['Startup', 1, '28P01', undefined]]);
  assert.deepEqual(z('psql-login-no-sslrequest').map(sum), [['Startup', 0, undefined, undefined], ['Startup', 0, undefined, undefined]]);
  for (const n of ['psql-aws-ssl-disable', 'psql-aws-ssl-disable-15432']) {
    const e = z(n);
    assert.deepEqual(e.map(sum), [['Startup', 0, undefined, undefined], ['SELECT', 0, undefined, undefined]], n);
    assert.equal(e[1].request?.query, 'select now()');
    assert.equal((e[0].response as R).auth, 'md5');
  }
  for (const n of ['psql-aws-ssl-require', 'psql-aws-ssl-require-15432', 'psql-aws-ssl-preferred']) assert.deepEqual(z(n).map(sum), [['SSLRequest', 0, undefined, ['encrypted']]], n);
  assert.deepEqual(z('psql-insert-fail-drop-fail').map((e) => [e.request?.method, (e.response as R).status, (e.response as R).code]), [
    ['Startup', 0, undefined],
    ['DROP', 0, undefined],
    ['CREATE', 0, undefined],
    ['INSERT', 1, '42804'],
    ['DROP', 0, undefined],
    ['DROP', 1, '42P01'],
  ]);
  const gh = z('greenhouse-app');
  assert.equal(gh.length, 88);
  assert.equal(gh.filter((e) => typeof e.request?.query === 'string').length, 84);
  assert.ok(gh.every((e) => e.anomalies === undefined && e.response !== null));
  // Malformed: a ReadyForQuery of length 1 loses framing; a startup length above 10 000 is not PostgreSQL.
  assert.deepEqual(z('bad-backend-message-1').map(sum), [['Startup', null, undefined, ['desync', 'unpaired']]]);
  assert.deepEqual(z('bad-startup-message-1'), []);
  assert.deepEqual(z('mysql-on-port-5432'), []);
});

test('deepflow postgre fixtures (mid-stream excerpts)', { skip }, () => {
  const d = (n: string) => entries(`deepflow/postgre/${n}.pcap`);
  assert.deepEqual(d('simple_query').map((e) => [e.request?.query, (e.response as R).command, (e.response as R).rows]), [['delete  from test;', 'DELETE 1', 1]]);
  assert.deepEqual(d('error').map((e) => [e.request?.query, (e.response as R).code, (e.response as R).message]), [['asdsdfdsf;', '42601', 'syntax error at or near "asdsdfdsf"']]);
  // Two segments of an excerpt: the server acknowledges 36 client bytes the capture lacks and its
  // segment starts 50 bytes past what the client acknowledged, so its BindComplete / DELETE 0
  // answer lost requests, not this Parse: both sides are marked, nothing is mispaired.
  assert.deepEqual(d('prepare_stat').map(sum), [['Prepare', null, undefined, ['gap', 'unpaired']], ['Sync', null, undefined, ['gap', 'unpaired']]]);
  const all = d('pgsql-all');
  assert.equal(all.length, 32);
  // Statements prepared before the capture began: Executes show their name and parameters only.
  const unknown = all.filter((e) => e.request?.method === 'Execute');
  assert.equal(unknown.length, 26);
  assert.deepEqual(unknown[0].request, { method: 'Execute', statement: 'S_18', parameters: ['IOE-BD-2025325', '1', '0'] });
  assert.ok(all.every((e) => (e.response as R | null)?.status === 0));
});
