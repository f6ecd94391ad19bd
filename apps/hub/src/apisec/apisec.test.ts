// The APISec push against a loopback receiver standing in for the platform (the only stand-in:
// APISec is a SaaS). It records every request and answers what the test tells it to.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { EndpointInventory } from '../endpoints/inventory.js';
import type { StoredEntry } from '../store/entry-check.js';
import { parseApisecConfig } from './config.js';
import { ApisecPusher } from './pusher.js';

interface Hit {
  path: string;
  auth: string | undefined;
  body: any;
}
const hits: Hit[] = [];
/** path prefix → status to answer (default 200 `{}`); `/v1/applications/onboard` answers ids. */
const answers = new Map<string, number[]>();
let server: http.Server;
let base: string;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apisec-'));
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push({ path: req.url!, auth: req.headers.authorization, body: JSON.parse(body) });
      const queue = [...answers.entries()].find(([p]) => req.url!.startsWith(p))?.[1];
      const status = queue?.shift() ?? 200;
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(req.url === '/v1/applications/onboard' && status === 200 ? JSON.stringify({ appId: 'app-new', instanceId: 'inst-new' }) : '{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const entry = (service: string, method: string, path: string, status: number): StoredEntry => ({
  id: `a/${n++}`,
  timestamp: 1_700_000_000_000 + n,
  elapsedTime: 3,
  protocol: { name: 'http' },
  src: { name: 'frontend' },
  dst: { name: service, ip: '10.0.0.9', port: 80 },
  request: { method, path, url: path, queryString: {}, headers: { host: service } },
  response: { status, statusText: 'OK', headers: {} },
});

function setup(config: Record<string, unknown>, intervalMs = 50) {
  const path = join(dir, `service_config-${n++}.json`);
  writeFileSync(path, JSON.stringify({ devApiUrl: base, ...config }));
  const db = new Database(join(dir, `hub-${n++}.db`));
  const inv = new EndpointInventory();
  const logs: string[] = [];
  const pusher = new ApisecPusher(db, inv, (m) => logs.push(m), { configPath: path, intervalMs, watchMs: 50 });
  return { path, db, inv, logs, pusher };
}

const mapping = { 'payment-service': { appId: 'app-1', instanceId: 'inst-1' } };

describe('service_config.json', () => {
  test('bad files are refused with the reason', () => {
    const bad: Array<[string, RegExp]> = [
      ['{', /not valid JSON/],
      ['[]', /JSON object/],
      ['{"apiKey": ""}', /apiKey is missing or empty/],
      ['{"apiKey": "k", "devApiUrl": "ftp://x"}', /devApiUrl must be an http\(s\) URL/],
      ['{"apiKey": "k", "serviceMappings": {"svc": {"appId": "a"}}}', /serviceMappings\.svc needs a non-empty appId and instanceId/],
      ['{"apiKey": "k", "autoOnboardNewServices": "yes"}', /autoOnboardNewServices must be true or false/],
    ];
    for (const [text, why] of bad) assert.throws(() => parseApisecConfig(text, 'cfg.json'), why, text);
  });
});

describe('APISec push', () => {
  test('mapped services are pushed with the bearer key, once per revision; unknown ones are skipped with the log line', async () => {
    hits.length = 0;
    const { inv, logs, pusher, db } = setup({ apiKey: 'key-1', serviceMappings: mapping });
    inv.observe([entry('payment-service', 'GET', '/api/v1/users/1', 200), entry('payment-service', 'POST', '/api/v1/pay', 201), entry('other-svc', 'GET', '/x', 200)]);
    await pusher.pushNow();
    assert.equal(hits.length, 1);
    assert.equal(hits[0].path, '/v1/applications/app-1/instances/inst-1/endpoints');
    assert.equal(hits[0].auth, 'Bearer key-1');
    assert.deepEqual(hits[0].body.endpoints.map((e: any) => `${e.method} ${e.path} ${e.statusCodes}`).sort(), ['GET /api/v1/users/{id} 200', 'POST /api/v1/pay 201']);
    assert.ok(logs.some((l) => l.includes('Skipping unknown service "other-svc"')));
    assert.ok(logs.some((l) => l.includes('✓ Pushed endpoint GET /api/v1/users/{id} (service=payment-service')));
    // Nothing changed: nothing is sent again.
    await pusher.pushNow();
    assert.equal(hits.length, 1);
    // A new status code on one endpoint: that endpoint alone goes again.
    inv.observe([entry('payment-service', 'GET', '/api/v1/users/2', 404)]);
    await pusher.pushNow();
    assert.equal(hits.length, 2);
    assert.deepEqual(hits[1].body.endpoints.map((e: any) => `${e.path} ${e.statusCodes}`), ['/api/v1/users/{id} 200,404']);
    assert.equal(logs.filter((l) => l.includes('Skipping unknown service')).length, 1, 'logged once');
    await pusher.stop();
    // A restarted hub remembers what it pushed.
    const again = new ApisecPusher(db, inv, () => {}, { configPath: pusher.status().configPath, intervalMs: 50 });
    await again.pushNow();
    assert.equal(hits.length, 2);
    await again.stop();
  });

  test('a refused key is reported and not retried until the file changes; the new file is read without a restart', async () => {
    hits.length = 0;
    answers.set('/v1/applications/app-1', [401]);
    const { inv, logs, pusher, path } = setup({ apiKey: 'wrong', serviceMappings: mapping });
    inv.observe([entry('payment-service', 'GET', '/a', 200)]);
    pusher.start();
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(hits.length, 1, 'not retried');
    assert.ok(logs.some((l) => /ERROR APISec refused the API key \(HTTP 401\).*check apiKey/.test(l)), logs.join('\n'));
    assert.equal(pusher.status().services[0].state, 'bad_key');
    writeFileSync(path, JSON.stringify({ devApiUrl: base, apiKey: 'right', serviceMappings: mapping }));
    const end = Date.now() + 5_000;
    while (pusher.status().services[0].state !== 'ok' && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    assert.equal(pusher.status().services[0].state, 'ok');
    assert.equal(hits.at(-1)!.auth, 'Bearer right');
    assert.ok(logs.some((l) => l.includes('reloaded')));
    // A broken edit is reported and the last good config stays.
    writeFileSync(path, '{"apiKey": ');
    const end2 = Date.now() + 5_000;
    while (pusher.status().configError === null && Date.now() < end2) await new Promise((r) => setTimeout(r, 50));
    assert.match(pusher.status().configError ?? '', /not valid JSON/);
    assert.deepEqual(pusher.status().mappedServices, ['payment-service']);
    await pusher.stop();
    answers.clear();
  });

  test('unknown app/instance ids are named; server errors are retried with backoff', async () => {
    hits.length = 0;
    answers.set('/v1/applications/app-404', [404]);
    answers.set('/v1/applications/app-1', [503, 200]);
    const { inv, logs, pusher } = setup({ apiKey: 'k', serviceMappings: { ...mapping, 'orders': { appId: 'app-404', instanceId: 'inst-x' } } }, 60_000);
    inv.observe([entry('payment-service', 'GET', '/a', 200), entry('orders', 'GET', '/o', 200)]);
    await pusher.pushNow();
    assert.ok(logs.some((l) => /application app-404 \/ instance inst-x not found \(HTTP 404\) for service "orders"/.test(l)), logs.join('\n'));
    assert.ok(logs.some((l) => /pushing "payment-service" failed \(HTTP 503\); retrying in/.test(l)));
    const states = () => Object.fromEntries(pusher.status().services.map((s) => [s.service, s.state]));
    assert.deepEqual(states(), { orders: 'not_found', 'payment-service': 'retrying' });
    assert.ok(pusher.status().services.find((s) => s.service === 'payment-service')!.nextAttemptAt! > Date.now() - 1000);
    // A regular cycle waits out the delay; a forced one (POST /api/apisec/push) does not.
    await pusher.pushNow();
    assert.equal(states()['payment-service'], 'retrying');
    await pusher.pushNow(true);
    assert.deepEqual(states(), { orders: 'not_found', 'payment-service': 'ok' });
    await pusher.stop();
    answers.clear();
  });

  test('auto-onboarding announces a new service and pushes to the ids it gets back', async () => {
    hits.length = 0;
    const { inv, pusher, logs } = setup({ apiKey: 'k', autoOnboardNewServices: true, serviceMappings: {} });
    inv.observe([entry('brand-new', 'GET', '/hello', 200)]);
    await pusher.pushNow();
    assert.deepEqual(hits.map((h) => h.path), ['/v1/applications/onboard', '/v1/applications/app-new/instances/inst-new/endpoints']);
    assert.equal(hits[0].body.serviceName, 'brand-new');
    assert.ok(logs.some((l) => l.includes('onboarded new service "brand-new"')));
    assert.equal(pusher.status().services[0].onboarded, true);
    await pusher.stop();
  });
});
