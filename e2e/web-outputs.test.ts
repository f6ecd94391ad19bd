// The Endpoints page (/endpoints/) and Settings → Webhooks (/settings/) in a real browser (Debian's
// chromium) against a real hub (dist/main.js serving apps/web/out) with its SQLite store, fed through
// a real nats-server by a worker-like publisher; the APISec API and a webhook receiver are loopback
// servers of our own. Checked: the table's templates and counts against what we sent, filters and
// sort, an endpoint's detail and its traffic link (which selects exactly its entries), both
// downloads, Clear; the APISec push after "Push now" (and what the receiver got); a webhook rule
// created through the form (a bad filter underlined, a bad URL refused by the hub next to the
// field), a matching entry delivered (in the rule's deliveries and at the receiver), a header kept
// across an edit without retyping it, and the rule deleted. Screenshots: test-results/web/outputs-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestNats, Publisher, waitFor } from '../apps/hub/src/test-support/nats.js';
import { MAIN_JS, startHubChild } from '../apps/hub/src/test-support/child.js';
import { makeBatch } from '../apps/hub/src/test-support/entries.js';
import { CHROMIUM, launchChromium, type Page } from './web/chromium.js';
import { startReceiver } from './web/receiver.js';

/** The Entry type, through the helper (e2e/ does not depend on @trawl/protocols itself). */
type Entry = Parameters<typeof makeBatch>[1][number];

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'apps/web/out');
const shots = join(root, 'test-results/web');
const skip = !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(out, 'endpoints/index.html')) ? 'apps/web/out is not built (pnpm --filter @trawl/web build)' : !existsSync(MAIN_JS) ? 'apps/hub is not built (npx tsc -b tsconfig.build.json)' : false;

let seq = 0;
/** An HTTP entry to `service` as a worker would publish it. */
function http(service: string, method: string, url: string, status: number, o: { body?: string; resBody?: string; ms?: number } = {}): Entry {
  const [path, qs] = url.split('?') as [string, string | undefined];
  const queryString = Object.fromEntries(new URLSearchParams(qs ?? ''));
  const n = ++seq;
  const json = (text: string | undefined) => (text === undefined ? null : { text, size: text.length, captured: text.length, truncated: false, encoding: 'utf8' as const });
  return {
    schema: 1,
    id: `outputs-e2e/${n}`,
    node: 'outputs-e2e',
    timestamp: Date.now() - 1_000 + n,
    elapsedTime: o.ms ?? 5 + (n % 7),
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    transport: 'tcp',
    src: { ip: '10.9.0.2', port: 40_000 + n, name: 'frontend', kind: 'pod' },
    dst: { ip: '10.9.1.1', port: 8080, name: service, kind: 'service' },
    request: { method, path, url, queryString, httpVersion: '1.1', headers: { host: `${service}:8080`, 'user-agent': 'outputs-e2e', 'content-type': 'application/json' }, body: json(o.body) },
    response: { status, statusText: status < 300 ? 'OK' : status === 404 ? 'Not Found' : 'Service Unavailable', headers: { 'content-type': 'application/json', 'x-served-by': service }, body: json(o.resBody ?? `{"ok":${status < 400}}`) },
    requestSize: 120,
    responseSize: 80,
  } as unknown as Entry;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `outputs-${name}.png`), fullPage: true });
const json = async <T>(url: string, init?: RequestInit): Promise<T> => (await fetch(url, init)).json() as Promise<T>;
interface ApiEndpoint { id: string; service: string; method: string; template: string; count: number; statuses: Record<string, number> }

test('the Endpoints and Settings pages drive the inventory, the APISec push and webhooks', { timeout: 240_000, skip }, async (t) => {
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'trawl-web-outputs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const apisecApi = await startReceiver();
  const slack = await startReceiver();
  t.after(() => Promise.all([apisecApi.close(), slack.close()]).then(() => undefined));
  const apisecConfig = join(dir, 'service_config.json');
  writeFileSync(apisecConfig, JSON.stringify({ apiKey: 'e2e-key', devApiUrl: apisecApi.url, autoOnboardNewServices: false, serviceMappings: { orders: { appId: 'app-1', instanceId: 'inst-1' } } }));
  const rulesFile = join(dir, 'webhooks.json');
  writeFileSync(rulesFile, JSON.stringify([{ id: 'from-file', name: 'From the file', filter: 'response.status == 599', url: `${slack.url}/file`, enabled: false }]));

  const nats = await startTestNats();
  t.after(() => nats.cleanup());
  const hub = await startHubChild(['--nats', nats.url, '--data', join(dir, 'data'), '--port', '0', '--static', out, '--apisec-config', apisecConfig, '--webhooks', rulesFile]);
  t.after(async () => {
    hub.process.kill('SIGINT');
    await hub.exited;
  });
  const pub = await Publisher.connect(nats.url);
  t.after(() => pub.close());
  const api = hub.url;

  // What we send: orders (mapped for APISec) and users (not mapped), plus two health checks.
  const sent: Entry[] = [
    ...[1, 2, 3, 4].map((i) => http('orders', 'GET', `/api/orders/${i}`, 200, { resBody: `{"id":${i},"sku":"A-${i}"}` })),
    http('orders', 'GET', '/api/orders/5', 404),
    http('orders', 'POST', '/api/orders', 201, { body: '{"sku":"A-1","qty":2}' }),
    http('orders', 'POST', '/api/orders', 201, { body: '{"sku":"B-7","qty":1}' }),
    ...[1, 2, 3].map((i) => http('orders', 'GET', `/api/orders/${i}/items?page=${i}&size=10`, 200, { resBody: '[{"line":1}]' })),
    http('orders', 'GET', '/health', 200),
    http('orders', 'GET', '/health', 200),
    ...[0, 1, 2].map(() => http('users', 'GET', '/api/users', 200)),
    http('users', 'GET', '/api/users', 503, { ms: 250 }),
  ];
  await pub.publish(makeBatch('outputs-1', sent, 'outputs-e2e'));
  await waitFor('the inventory to hold what we sent', async () => (await json<{ total: number }>(`${api}/api/endpoints?includeHealthChecks=true`)).total === 5, 20_000, 100);
  const expected = [
    ['orders', 'GET', '/api/orders/{id}', 5],
    ['orders', 'POST', '/api/orders', 2],
    ['orders', 'GET', '/api/orders/{id}/items', 3],
    ['users', 'GET', '/api/users', 4],
  ] as const;

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const rows = page.getByTestId('endpoints-table').locator('tbody tr');
  const tableOf = () => rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent!.trim())));

  await t.test('the table lists the templates and counts; filters and sort work', async () => {
    await page.goto(`${api}/endpoints/`);
    await page.getByRole('link', { name: 'Endpoints' }).and(page.locator('[aria-current="page"]')).waitFor({ timeout: 15_000 });
    await rows.nth(3).waitFor({ timeout: 15_000 });
    // Default sort: most requests first; health checks hidden.
    assert.deepEqual(await tableOf(), [...expected].sort((a, b) => b[3] - a[3]).map(([s, m, p, n]) => [s, m, p, String(n)]));
    const fromApi = (await json<{ endpoints: ApiEndpoint[] }>(`${api}/api/endpoints`)).endpoints;
    assert.equal(fromApi.length, 4);
    for (const e of fromApi) assert.equal(await page.locator(`tr[data-service="${e.service}"][data-endpoint="${e.method} ${e.template}"]`).getByTestId('ep-count').innerText(), String(e.count));
    // Status codes: colour and words and counts.
    const users = rows.filter({ hasText: '/api/users' });
    assert.match(await users.locator('[data-status="503"]').innerText(), /503\s+server error\s+×1/);
    assert.match(await users.locator('[data-status="200"]').innerText(), /200\s+ok\s+×3/);
    assert.match(await rows.filter({ hasText: '/api/orders/{id}' }).first().locator('[data-status="404"]').innerText(), /404\s+client error\s+×1/);
    await shot(page, '01-endpoints');

    await page.getByLabel('Service', { exact: true }).selectOption('users');
    await page.waitForURL((u) => u.searchParams.get('service') === 'users', { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="endpoints-table"] tbody tr').length === 1);
    assert.deepEqual(await tableOf(), [['users', 'GET', '/api/users', '4']]);
    await page.getByLabel('Service', { exact: true }).selectOption('');
    await page.getByLabel('Path contains').fill('items');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="endpoints-table"] tbody tr').length === 1);
    assert.deepEqual(await tableOf(), [['orders', 'GET', '/api/orders/{id}/items', '3']]);
    await page.getByLabel('Path contains').fill('');
    await page.getByLabel('Include health checks').check();
    await rows.filter({ hasText: '/health' }).waitFor();
    assert.match(await rows.filter({ hasText: '/health' }).innerText(), /health check/);
    await page.getByLabel('Include health checks').uncheck();
    await rows.filter({ hasText: '/health' }).waitFor({ state: 'detached' });
    await page.getByLabel('Sort by').selectOption('template');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'template', { waitUntil: 'commit' });
    assert.deepEqual((await tableOf()).map((r) => `${r[2]} ${r[1]}`), ['/api/orders POST', '/api/orders/{id} GET', '/api/orders/{id}/items GET', '/api/users GET']);
  });

  await t.test('a row opens with Enter: example, query parameters, and a traffic link that selects exactly its entries', async () => {
    await page.goto(`${api}/endpoints/`);
    const items = rows.filter({ hasText: '/api/orders/{id}/items' });
    await items.waitFor({ timeout: 10_000 });
    await items.focus();
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Endpoint detail' });
    await detail.waitFor();
    assert.equal(await items.getAttribute('aria-current'), 'true');
    assert.equal(await detail.getByTestId('ep-full-url').innerText(), 'GET http://orders:8080/api/orders/3/items?page=3&size=10');
    assert.equal(await detail.getByTestId('ep-query-params').innerText(), 'page, size');
    assert.match(await detail.getByRole('region', { name: 'Example request' }).innerText(), /user-agent\s+outputs-e2e/);
    const res = detail.getByRole('region', { name: 'Example response' });
    assert.match(await res.innerText(), /200 OK[\s\S]*x-served-by\s+orders/);
    assert.match(await res.getByTestId('json-body').innerText(), /"line": 1/);
    await shot(page, '02-endpoint-detail');
    const href = (await detail.getByTestId('ep-traffic-link').getAttribute('href'))!;
    const q = new URL(href, api).searchParams.get('q')!;
    const counted = await json<{ count: number }>(`${api}/api/entries/count?q=${encodeURIComponent(q)}`);
    assert.equal(counted.count, 3, `the traffic link's filter (${q}) selects the endpoint's 3 entries`);
    await rows.filter({ hasText: '/api/orders/{id}' }).filter({ hasNotText: 'items' }).click();
    await detail.getByRole('heading', { name: 'GET /api/orders/{id}', exact: true }).waitFor();
    const idQ = new URL((await detail.getByTestId('ep-traffic-link').getAttribute('href'))!, api).searchParams.get('q')!;
    assert.equal((await json<{ count: number }>(`${api}/api/entries/count?q=${encodeURIComponent(idQ)}`)).count, 5, idQ);
    await detail.getByTestId('ep-traffic-link').click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('q') === idQ, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('.list-scroll [role="row"]').length === 5, undefined, { timeout: 15_000 });
  });

  await t.test('the downloads are the hub\'s export and OpenAPI document', async () => {
    await page.goto(`${api}/endpoints/?service=orders`);
    await rows.first().waitFor({ timeout: 10_000 });
    const [exp] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download captured-endpoints.json' }).click()]);
    assert.equal(exp.suggestedFilename(), 'captured-endpoints.json');
    const exported = JSON.parse(readFileSync((await exp.path())!, 'utf8')) as { endpoint: string; method: string; type: string }[];
    assert.deepEqual(exported, await json(`${api}/api/endpoints/export?service=orders`));
    // A request and a response record per endpoint of orders (health checks left out).
    assert.deepEqual(exported.map((r) => `${r.type} ${r.method} ${r.endpoint}`).sort(), ['GET /api/orders/{id}', 'GET /api/orders/{id}/items', 'POST /api/orders'].flatMap((e) => [`request ${e}`, `response ${e}`]).sort());
    const [doc] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download OpenAPI for orders' }).click()]);
    assert.equal(doc.suggestedFilename(), 'orders.openapi.json');
    const openapi = JSON.parse(readFileSync((await doc.path())!, 'utf8')) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(openapi.openapi, /^3\.1\./);
    assert.deepEqual(Object.keys(openapi.paths).sort(), ['/api/orders', '/api/orders/{id}', '/api/orders/{id}/items']);
    assert.ok(openapi.paths['/api/orders']!.post, 'POST /api/orders is documented');
  });

  await t.test('APISec: "Push now" pushes the mapped service and the panel says so', async () => {
    await page.goto(`${api}/endpoints/`);
    const panel = page.getByTestId('apisec-panel');
    await panel.getByText(apisecConfig).waitFor({ timeout: 10_000 });
    const usersRow = panel.locator('tr[data-service="users"]');
    await usersRow.waitFor();
    assert.match(await usersRow.getByTestId('apisec-state').innerText(), /not mapped/);
    // A new orders endpoint, seen now: only a push from here on can carry it.
    const before = Date.now();
    await pub.publish(makeBatch('outputs-2', [http('orders', 'DELETE', '/api/orders/9', 204)], 'outputs-e2e'));
    await waitFor('the new endpoint in the inventory', async () => (await json<{ total: number }>(`${api}/api/endpoints`)).total === 5, 10_000, 50);
    const [resp] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/apisec/push') && r.request().method() === 'POST'), panel.getByRole('button', { name: 'Push now' }).click()]);
    assert.equal(resp.status(), 200);
    const pushes = apisecApi.got.filter((r) => r.path === '/v1/applications/app-1/instances/inst-1/endpoints');
    const pushed = pushes.flatMap((r) => (r.body as { endpoints: { method: string; path: string }[] }).endpoints);
    assert.ok(pushes.some((r) => r.at >= before), 'the receiver got a push after the new endpoint was seen');
    assert.ok(pushes.every((r) => r.headers.authorization === 'Bearer e2e-key' && (r.body as { service: string }).service === 'orders'));
    assert.ok(!apisecApi.got.some((r) => JSON.stringify(r.body).includes('/api/users')), 'the unmapped service is not pushed');
    const ordersRow = panel.locator('tr[data-service="orders"]');
    await ordersRow.getByTestId('apisec-state').filter({ hasText: 'pushed, up to date' }).waitFor({ timeout: 5_000 });
    assert.equal(await ordersRow.getByTestId('apisec-pushed').innerText(), String(pushed.length));
    assert.deepEqual(pushed.map((e) => `${e.method} ${e.path}`).sort(), ['DELETE /api/orders/{id}', 'GET /api/orders/{id}', 'GET /api/orders/{id}/items', 'POST /api/orders'], 'three endpoints and the new DELETE, each pushed once (health checks are not pushed)');
    assert.match(await ordersRow.innerText(), /app app-1 \/ instance inst-1/);
    await shot(page, '03-apisec');
  });

  await t.test('Clear empties the inventory', async () => {
    await page.goto(`${api}/endpoints/`);
    await rows.first().waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Clear inventory' }).click();
    const [del] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/endpoints') && r.request().method() === 'DELETE'), page.getByRole('button', { name: 'Yes, clear' }).click()]);
    assert.equal(((await del.json()) as { cleared: number }).cleared, 6, 'five endpoints and the health check');
    await page.getByText('No endpoints yet').waitFor({ timeout: 10_000 });
    assert.equal(await rows.count(), 0);
    assert.equal((await json<{ total: number }>(`${api}/api/endpoints?includeHealthChecks=true`)).total, 0);
    await shot(page, '04-cleared');
  });

  await t.test('Settings: a webhook rule through the form, a delivery, an edit that keeps the header, delete', async () => {
    await page.goto(`${api}/settings/`);
    // The rule from the file is read-only.
    const fileRule = page.locator('[data-rule="From the file"]');
    await fileRule.waitFor({ timeout: 10_000 });
    assert.match(await fileRule.innerText(), /from the config file/);
    assert.match(await fileRule.getByTestId('rule-enabled').innerText(), /disabled/);
    assert.equal(await fileRule.getByRole('button', { name: 'Edit' }).count(), 0);
    assert.equal(await fileRule.getByRole('button', { name: 'Delete' }).count(), 0);

    await page.getByRole('button', { name: 'New rule' }).click();
    const form = page.getByRole('form', { name: 'New webhook rule' });
    await form.waitFor();
    await form.getByLabel('Name', { exact: true }).fill('Orders errors');
    const filter = form.getByLabel(/^Filter \(KFL\)/);
    await filter.fill('dst.name == "alerts" and response.status >= ');
    await form.getByText('Invalid filter:').waitFor({ timeout: 5_000 });
    assert.equal(await filter.getAttribute('aria-invalid'), 'true');
    assert.ok(await form.getByTestId('kfl-error-span').isVisible(), 'the bad span is underlined');
    assert.match(await form.locator('.kfl-error').first().innerText(), /expected a value after ">=" at 1:\d+/);
    await shot(page, '05-bad-filter');
    await filter.fill('dst.name == "alerts" and response.status >= 500');
    await form.getByText('✓ valid').waitFor({ timeout: 5_000 });
    const template = form.getByLabel('Message template');
    await template.fill('{{.dst.name}} {{.request.method}} {{.request.path}} → {{.response.status}} {{.request.headers.User-Agent}}');
    // The preview renders the newest stored entry (the DELETE published above) with the hub's rules.
    assert.equal(await form.getByTestId('template-preview').locator('pre').innerText(), 'orders DELETE /api/orders/9 → 204 outputs-e2e');
    await template.fill('{{ oops');
    assert.match(await form.getByTestId('field-error-template').innerText(), /"\{\{" at offset 0 is not a placeholder/);
    await template.fill('{{.dst.name}} {{.request.method}} {{.request.path}} → {{.response.status}}');
    await form.getByLabel('URL (http or https)').fill('ftp://example.com/hook');
    await form.getByRole('button', { name: 'Add header' }).click();
    await form.getByLabel('Header 1 name').fill('Authorization');
    await form.getByLabel('Header 1 value').fill('Bearer s3cret');
    await form.getByLabel('Same message once per (seconds; 0 = off)').fill('0');
    const [bad] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/webhooks') && r.request().method() === 'POST'), form.getByRole('button', { name: 'Create rule' }).click()]);
    assert.equal(bad.status(), 400);
    assert.equal(((await bad.json()) as { field: string }).field, 'url');
    const urlError = form.getByTestId('field-error-url');
    await urlError.waitFor();
    assert.equal(await urlError.innerText(), 'url must be http or https');
    assert.equal(await form.getByLabel('URL (http or https)').getAttribute('aria-invalid'), 'true');
    await shot(page, '06-bad-url');
    await form.getByLabel('URL (http or https)').fill(`${slack.url}/hooks/orders`);
    const [created] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/webhooks') && r.request().method() === 'POST'), form.getByRole('button', { name: 'Create rule' }).click()]);
    assert.equal(created.status(), 201);
    const card = page.locator('[data-rule="Orders errors"]');
    await card.waitFor({ timeout: 10_000 });
    assert.match(await card.getByTestId('rule-enabled').innerText(), /enabled/);
    assert.match(await card.innerText(), /Authorization: \[REDACTED\]/);

    // A matching entry (and one that does not match) through NATS.
    await pub.publish(makeBatch('outputs-3', [http('alerts', 'POST', '/api/alerts/7', 503), http('alerts', 'GET', '/api/alerts', 200)], 'outputs-e2e'));
    const delivery = card.getByTestId('deliveries').locator('tbody tr').first();
    await delivery.waitFor({ timeout: 15_000 });
    assert.match(await delivery.innerText(), /delivered\s+200\s+1\s+none\s+alerts POST \/api\/alerts\/7 → 503/);
    const hooks = slack.got.filter((r) => r.path === '/hooks/orders');
    assert.equal(hooks.length, 1, 'one message: the 200 did not match');
    assert.deepEqual(hooks[0]!.body, { text: 'alerts POST /api/alerts/7 → 503' });
    assert.equal(hooks[0]!.headers.authorization, 'Bearer s3cret');
    await card.getByTestId('rule-counters').getByText('1 sent').waitFor({ timeout: 5_000 });
    assert.match(await card.getByTestId('rule-counters').innerText(), /1 matched[\s\S]*1 sent[\s\S]*0 failed/);
    await shot(page, '07-delivered');

    // Edit the name only: the hidden header value stays, as the next test message shows.
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit webhook Orders errors' });
    await edit.waitFor();
    assert.equal(await edit.getByLabel('Header 1 value (hidden; type to replace it)').getAttribute('placeholder'), '[REDACTED] — unchanged unless you type a new value');
    await edit.getByLabel('Name', { exact: true }).fill('Alerts 5xx');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const renamed = page.locator('[data-rule="Alerts 5xx"]');
    await renamed.waitFor({ timeout: 10_000 });
    await renamed.getByRole('button', { name: 'Send test' }).click();
    await waitFor('the test message', () => slack.got.filter((r) => r.path === '/hooks/orders').length === 2, 10_000, 50);
    const testHook = slack.got.filter((r) => r.path === '/hooks/orders')[1]!;
    assert.deepEqual(testHook.body, { text: 'trawl test message for webhook "Alerts 5xx"' });
    assert.equal(testHook.headers.authorization, 'Bearer s3cret', 'the header survived an edit that did not retype it');
    await renamed.getByTestId('deliveries').locator('tbody tr').filter({ hasText: 'trawl test message' }).waitFor({ timeout: 10_000 });

    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.getByRole('button', { name: 'Yes, delete' }).click();
    await renamed.waitFor({ state: 'detached', timeout: 10_000 });
    const left = await json<{ rules: { name: string }[] }>(`${api}/api/webhooks`);
    assert.deepEqual(left.rules.map((r) => r.name), ['From the file']);
    await shot(page, '08-deleted');
  });

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
