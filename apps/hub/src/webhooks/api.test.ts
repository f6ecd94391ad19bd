// The webhook API of a real hub: rules made through HTTP fire on entries that came through NATS.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startHub, type Hub } from '../hub.js';
import { silentLogger } from '../log.js';
import { makeBatch, makeEntries } from '../test-support/entries.js';
import { Publisher, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub;
let pub: Publisher;
let dataDir: string;
let server: http.Server;
const got: any[] = [];

before(async () => {
  nats = await startTestNats();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-webhooks-'));
  hub = await startHub({ natsUrl: nats.url, dataDir, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger });
  pub = await Publisher.connect(nats.url);
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push(JSON.parse(body));
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
after(async () => {
  await pub?.close();
  await hub?.stop();
  await nats?.cleanup();
  await new Promise((r) => server.close(r));
  rmSync(dataDir, { recursive: true, force: true });
});

const api = async (method: string, path: string, body?: unknown) => {
  const r = await fetch(hub.url + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as any };
};

test('create, read (secrets hidden), fire, update, test message, delete', async () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack`;
  const bad = await api('POST', '/api/webhooks', { url, filter: 'response.status >= ' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error, 'bad_rule');
  assert.equal(bad.body.field, 'filter');
  assert.equal((await api('POST', '/api/webhooks', '{not json')).status, 400);

  const made = await api('POST', '/api/webhooks', { name: 'server errors', url, filter: 'http and response.status >= 500', template: '{{.src.name}} → {{.dst.name}}: {{.response.status}} {{.request.path}}', headers: { authorization: 'Bearer hook-secret' }, dedupeSeconds: 0, ratePerMinute: 6000 });
  assert.equal(made.status, 201);
  const id = made.body.id as string;
  assert.deepEqual(made.body.headers, { authorization: '[REDACTED]' });

  // makeEntries: known shapes; count the HTTP 5xx among them as the oracle (the `http` macro is HTTP/1 and HTTP/2).
  const entries = makeEntries(0, 200);
  const want = entries.filter((e) => ['http', 'http2'].includes(e.protocol.name) && (e.response as { status: number }).status >= 500);
  assert.ok(want.length > 3);
  await pub.publish(makeBatch('wh-1', entries));
  await waitFor('deliveries', () => got.length === want.length);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(got.length, want.length, 'no more than the matching entries');
  const first = want[0] as any;
  assert.equal(got[0].text, `${first.src.name} → ${first.dst.name ?? '<no value>'}: ${first.response.status} ${first.request.path}`);
  const status = (await api('GET', `/api/webhooks/${id}`)).body.status;
  assert.equal(status.counters.sent, want.length);
  assert.equal(status.deliveries.length, want.length);

  const updated = await api('PUT', `/api/webhooks/${id}`, { enabled: false });
  assert.equal(updated.body.enabled, false);
  assert.equal((await api('POST', `/api/webhooks/${id}/test`)).status, 202);
  await waitFor('test message', () => got.length === want.length + 1);
  assert.equal(got.at(-1).text, 'trawl test message for webhook "server errors"');
  assert.equal((await api('DELETE', `/api/webhooks/${id}`)).status, 200);
  assert.equal((await api('GET', `/api/webhooks/${id}`)).status, 404);
  assert.deepEqual((await api('GET', '/api/webhooks')).body, { rules: [] });
});
