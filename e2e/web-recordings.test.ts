// The Recordings page (/recordings/) in a real browser against a real hub (its SQLite stores, a
// real nats-server, entries published as a worker would): from the traffic view's "Record…" link
// with a filter, a recording is made, exported as HAR (the file checked), replayed against a
// loopback server of our own (what it received and the report on the page checked), and deleted;
// a live recording catches entries published after it started, and none after Stop.
// Screenshots: test-results/web/recordings-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestNats, Publisher, waitFor } from '../apps/hub/src/test-support/nats.js';
import { MAIN_JS, startHubChild } from '../apps/hub/src/test-support/child.js';
import { makeBatch } from '../apps/hub/src/test-support/entries.js';
import { CHROMIUM, launchChromium, type Page } from './web/chromium.js';
import { startReceiver } from './web/receiver.js';

type Entry = Parameters<typeof makeBatch>[1][number];

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'apps/web/out');
const shots = join(root, 'test-results/web');
const skip = !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(out, 'recordings/index.html')) ? 'apps/web/out is not built (pnpm --filter @trawl/web build)' : !existsSync(MAIN_JS) ? 'apps/hub is not built (npx tsc -b tsconfig.build.json)' : false;

let seq = 0;
function http(service: string, method: string, url: string, status: number, body?: string): Entry {
  const n = ++seq;
  const text = (t: string | undefined) => (t === undefined ? null : { text: t, size: t.length, captured: t.length, truncated: false, encoding: 'utf8' as const });
  return {
    schema: 1,
    id: `recordings-e2e/${n}`,
    node: 'recordings-e2e',
    timestamp: Date.now() - 5_000 + n,
    elapsedTime: 4 + (n % 5),
    protocol: { name: 'http', version: '1.1', abbr: 'HTTP' },
    transport: 'tcp',
    src: { ip: '10.9.0.2', port: 40_000 + n, name: 'frontend', kind: 'pod' },
    dst: { ip: '10.9.1.1', port: 8080, name: service, kind: 'service' },
    request: { method, path: url.split('?')[0], url, queryString: {}, httpVersion: 'HTTP/1.1', headers: { host: `${service}:8080`, 'content-type': 'application/json' }, body: text(body) },
    response: { status, statusText: 'x', headers: { 'content-type': 'application/json' }, body: text('{}') },
    requestSize: 120,
    responseSize: 80,
  } as unknown as Entry;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `recordings-${name}.png`), fullPage: true });

test('Recordings: record what the filter matches, export it, replay it against a target, delete it', { timeout: 180_000, skip }, async (t) => {
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'trawl-web-recordings-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Today's orders service: /api/orders/5 now fails.
  const target = await startReceiver((r) => ({ status: r.path === '/api/orders/5' ? 500 : r.method === 'POST' ? 201 : 200 }));
  t.after(() => target.close());
  const nats = await startTestNats();
  t.after(() => nats.cleanup());
  const hub = await startHubChild(['--nats', nats.url, '--data', join(dir, 'data'), '--port', '0', '--static', out]);
  t.after(async () => {
    hub.process.kill('SIGINT');
    await hub.exited;
  });
  const pub = await Publisher.connect(nats.url);
  t.after(() => pub.close());
  const orders = [
    ...[1, 2, 3, 4, 5].map((i) => http('orders', 'GET', `/api/orders/${i}`, 200)),
    http('orders', 'POST', '/api/orders', 201, '{"sku":"A-1","qty":2}'),
  ];
  await pub.publish(makeBatch('recordings-1', [...orders, http('users', 'GET', '/api/users', 200), http('users', 'GET', '/api/users/7', 404)], 'recordings-e2e'));
  await waitFor('the entries stored', async () => ((await (await fetch(`${hub.url}/api/entries/count`)).json()) as { count: number }).count === 8, 20_000, 100);

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${hub.url}/?q=${encodeURIComponent('dst.name == "orders"')}`);
  await page.getByRole('link', { name: 'Record…' }).click();
  await page.waitForURL((u) => u.pathname === '/recordings/' && u.searchParams.get('q') === 'dst.name == "orders"');
  assert.equal(await page.getByTestId('recording-filter').innerText(), 'dst.name == "orders"');
  await page.getByLabel('Name').fill('orders before the release');
  await page.getByRole('button', { name: 'Record' }).click();
  const card = page.locator('[data-recording="orders before the release"]');
  await card.getByTestId('recording-state').filter({ hasText: 'ready' }).waitFor({ timeout: 15_000 });
  assert.match(await card.getByTestId('recording-entries').innerText(), /^6 \(/);
  await shot(page, '01-made');

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Export HAR' }).click()]);
  const har = JSON.parse(readFileSync(await download.path(), 'utf8')) as { log: { entries: { request: { url: string } }[]; comment: string } };
  assert.equal(har.log.entries.length, 6);
  assert.match(har.log.comment, /^recording "orders before the release": 6 entries/);

  await card.getByLabel('Replay its HTTP requests against').fill(target.url);
  await card.getByRole('button', { name: 'Replay' }).click();
  const report = card.getByTestId('replay-report');
  await report.waitFor({ timeout: 20_000 });
  assert.equal(await report.getByTestId('replay-same').innerText(), '5');
  assert.equal(await report.getByTestId('replay-different').innerText(), '1');
  assert.equal(await report.getByTestId('replay-failed').innerText(), '0');
  assert.match(await report.locator('table').innerText(), /GET\s+http:\/\/127\.0\.0\.1:\d+\/api\/orders\/5\s+200\s+500/);
  assert.deepEqual(target.got.map((r) => `${r.method} ${r.path}`).sort(), orders.map((e) => `${(e.request as { method: string }).method} ${(e.request as { url: string }).url}`).sort());
  assert.deepEqual(target.got.find((r) => r.method === 'POST')?.body, { sku: 'A-1', qty: 2 });
  await shot(page, '02-replayed');

  // Live: from now on, until stopped; entries published through NATS after the start are recorded.
  await page.getByLabel('Keep recording new entries until stopped').check();
  await page.getByLabel('Name').fill('orders from now on');
  await page.getByRole('button', { name: 'Record' }).click();
  const live = page.locator('[data-recording="orders from now on"]');
  await live.getByTestId('recording-state').filter({ hasText: 'recording' }).waitFor({ timeout: 15_000 });
  await pub.publish(makeBatch('recordings-2', [http('orders', 'GET', '/api/orders/9', 200), http('users', 'GET', '/api/users', 200), http('orders', 'DELETE', '/api/orders/9', 204)], 'recordings-e2e'));
  await live.getByTestId('recording-entries').filter({ hasText: /^2 \(/ }).waitFor({ timeout: 20_000 });
  await shot(page, '03-live');
  await live.getByRole('button', { name: 'Stop' }).click();
  await live.getByTestId('recording-state').filter({ hasText: 'ready' }).waitFor({ timeout: 10_000 });
  await pub.publish(makeBatch('recordings-3', [http('orders', 'GET', '/api/orders/10', 200)], 'recordings-e2e'));
  await waitFor('the last entry stored', async () => ((await (await fetch(`${hub.url}/api/entries/count`)).json()) as { count: number }).count === 12, 20_000, 100);
  const liveId = ((await (await fetch(`${hub.url}/api/recordings`)).json()) as { recordings: { id: string; name: string; entries: number }[] }).recordings.find((r) => r.name === 'orders from now on')!;
  assert.equal(liveId.entries, 2, 'nothing after Stop');
  await live.getByRole('button', { name: 'Delete' }).click();
  await live.getByRole('button', { name: 'Yes, delete' }).click();

  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByText('No recordings yet').waitFor({ timeout: 10_000 });
  assert.deepEqual(((await (await fetch(`${hub.url}/api/recordings`)).json()) as { recordings: unknown[] }).recordings, []);
  assert.deepEqual(errors, []);
});
