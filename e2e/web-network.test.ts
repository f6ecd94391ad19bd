// The Network page (/network/) in a real browser against a real `trawl start` (nats-server, hub,
// worker on lo, capturing only this test's port): curl traffic to a server in this process, counted
// by the worker's L4 counters and summed by the hub. The page's cards must say what
// /api/traffic/total says (formatted, exact in their titles), the ends table must name the server
// (`node`, a process) with the overview's bytes and link to the traffic view filtered to it (the
// KFL in the URL, its requests listed), and a namespace nothing lives in must show the empty state,
// kept in the URL through a range change. No page or console errors.
// Screenshots: test-results/web/network-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TrafficFlowResponse, TrafficOverviewResponse, TrafficTotalResponse } from '@trawl/api';
import { cli, root, sleep, startTrawl } from './support/start-trawl.js';
import { CHROMIUM, launchChromium, type Page } from './web/chromium.js';

const run = promisify(execFile);
const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;
const shots = join(root, 'test-results/web');
const skip = !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(root, 'apps/web/out/network/index.html')) ? 'apps/web/out is not built (pnpm --filter @trawl/web build)' : !existsSync(cli) ? 'apps/cli is not built' : false;

/**
 * `text` is `exact` bytes as the page formats them: B, KiB, MiB or GiB (the largest unit under
 * which it is at least 1), rounded to the digits shown.
 */
function assertBytes(text: string, exact: number, what: string): void {
  const m = /^(\d+)(?:\.(\d+))? (B|KiB|MiB|GiB)$/.exec(text);
  assert.ok(m, `${what}: a byte count, not ${JSON.stringify(text)}`);
  const unit = 1024 ** ['B', 'KiB', 'MiB', 'GiB'].indexOf(m[3]!);
  const shown = Number(`${m[1]}.${m[2] ?? '0'}`) * unit;
  const halfDigit = (0.5 * unit) / 10 ** (m[2]?.length ?? 0);
  assert.ok(Math.abs(shown - exact) <= halfDigit + 1e-9, `${what}: ${text} is not ${exact} bytes rounded`);
  assert.ok(unit === 1 ? exact < 1024 : exact >= unit && (unit === 1024 ** 3 || exact < unit * 1024), `${what}: ${text} is not in the unit of ${exact} bytes`);
}

/** A card's value and its title (exact numbers), as shown. */
async function card(page: Page, testId: string): Promise<{ value: string; title: string }> {
  const value = page.getByTestId(testId);
  return { value: (await value.innerText()).trim(), title: (await value.locator('xpath=..').getAttribute('title')) ?? '' };
}

const en = (n: number) => n.toLocaleString('en-US');

test('the Network page shows the traffic overview: totals, ends, flows, links, the namespace filter', { timeout: 240_000, skip }, async (t) => {
  mkdirSync(shots, { recursive: true });
  // The server listens before trawl starts, as a long-lived server does: the worker's first /proc
  // scan then knows its socket. (Started after, it is named `host` now and then: its process was
  // scanned before the socket existed, and the quick rescans each curl triggers spend the naming
  // budget a full rescan needs. apps/worker/README.md, "Process".)
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(Number(new URL(req.url!, 'http://x').searchParams.get('size')))));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  t.after(() => server.close());
  const port = (server.address() as AddressInfo).port;
  const trawl = await startTrawl(t, 'trawl-e2e-web-network-', ['--bpf', `tcp port ${port}`]);
  await trawl.waitFor(async () => (await json<{ workers: { state: string; capturing: boolean }[] }>(`${trawl.url}/api/stats`)).workers.some((w) => w.state === 'up' && w.capturing), 'the worker capturing');

  // Requests with bodies both ways (asynchronously: the server is in this process).
  for (let i = 0; i < 15; i++) await run('curl', ['-sf', '--max-time', '10', '-o', '/dev/null', '--data-binary', 'y'.repeat(i * 900), `http://127.0.0.1:${port}/net/${i}?size=${i * 4_000}`]);

  // The worker reports every 5 s: wait until the totals stop moving (two reads a report apart).
  let api: TrafficTotalResponse | undefined;
  let before = '';
  await trawl.waitFor(async () => {
    api = await json<TrafficTotalResponse>(`${trawl.url}/api/traffic/total`);
    const now = JSON.stringify(api.total);
    const settled = api.total.bytes > 15 * 4_000 * 7 && now === before;
    before = now;
    if (!settled) await sleep(5_500);
    return settled;
  }, 'the traffic overview counting the requests, settled', 90_000);
  const total = api!;
  const overview = await json<TrafficOverviewResponse>(`${trawl.url}/api/traffic/overview`);
  const flows = await json<TrafficFlowResponse>(`${trawl.url}/api/traffic/flow`);
  const server$ = overview.ends.find((e) => e.kind === 'process' && e.name === 'node');
  assert.ok(server$, `the server's process among the ends: ${overview.ends.map((e) => `${e.kind}:${e.name}`).join(', ')}`);

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });

  await page.goto(`${trawl.url}/network/`);
  await page.getByTestId('net-total-bytes').waitFor({ timeout: 20_000 });
  assert.equal(await page.getByRole('link', { name: 'Network' }).getAttribute('aria-current'), 'page');

  // The cards: what the API says, formatted; the exact numbers in their titles.
  const bytes = await card(page, 'net-total-bytes');
  assertBytes(bytes.value, total.total.bytes, 'the bytes card');
  assert.equal(bytes.title, `${en(total.total.bytes)} bytes, ${en(total.total.packets)} packets`);
  assert.equal((await card(page, 'net-total-packets')).value, en(total.total.packets));
  const local = await card(page, 'net-local-bytes');
  assertBytes(local.value, total.local.bytes, 'the local card');
  assert.equal(local.title, `${en(total.local.bytes)} bytes, ${en(total.local.packets)} packets`);
  const external = await card(page, 'net-external-bytes');
  assertBytes(external.value, total.external.bytes, 'the external card');
  assert.equal(external.title, `${en(total.external.bytes)} bytes, ${en(total.external.packets)} packets`);
  // Loopback: all of it local, none external.
  assert.deepEqual([total.local, total.external.bytes], [total.total, 0]);
  assert.match(await page.getByTestId('net-local-share').innerText(), /^100% of bytes/);
  assert.match(await page.getByTestId('net-external-share').innerText(), /^0% of bytes/);
  assert.equal((await card(page, 'net-nodes')).value, String(total.nodes.length));
  assert.ok(total.nodes.length >= 1);
  assert.equal(await page.getByTestId('net-node-names').innerText(), total.nodes.join(', '));

  // The ends: the server's process with the overview's bytes; as many rows as the API has ends.
  const ends = page.getByTestId('net-ends');
  assert.equal(await ends.getByRole('columnheader', { name: 'Sent' }).getAttribute('scope'), 'colgroup');
  assert.equal(await ends.getByTestId('net-end').count(), overview.ends.length);
  const row = ends.locator('[data-testid="net-end"][data-kind="process"][data-name="node"]');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('td').first().innerText(), 'process');
  assertBytes(await row.getByTestId('net-end-total').innerText(), server$.bytes, "the server's total");
  assert.match((await row.getByTestId('net-end-total').getAttribute('title')) ?? '', new RegExp(`^${en(server$.bytes)} bytes, `));
  assert.equal(await page.getByTestId('net-ends-more').count(), 0);
  // The flows: the API's, busiest first.
  const flowRows = page.getByTestId('net-flows').getByTestId('net-flow');
  assert.equal(await flowRows.count(), Math.min(50, flows.flows.length));
  const first = flows.flows[0]!;
  const firstRow = flowRows.first();
  assert.match(await firstRow.getByRole('rowheader').innerText(), new RegExp(`^${first.src.name} → ${first.dst.name}\\b`));
  const cells = await firstRow.getByRole('cell').allInnerTexts();
  assert.deepEqual([cells[0], cells[1], cells[3]], ['TCP', 'local', en(first.packets)]);
  assertBytes(cells[2]!, first.bytes, 'the busiest flow');
  await page.screenshot({ path: join(shots, 'network-01-overview.png'), fullPage: true });

  // The server's name leads to the traffic view filtered to it, in the page's range.
  await row.getByRole('link', { name: 'node' }).click();
  await page.waitForURL((u) => u.pathname === '/', { timeout: 10_000 });
  const q = new URL(page.url()).searchParams;
  assert.equal(q.get('q'), '(src.name == "node" or dst.name == "node")');
  assert.equal(q.get('range'), '1h');
  // …and the traffic view lists the requests to it.
  await page.locator('.list-scroll [role="row"]').filter({ hasText: `/net/` }).first().waitFor({ timeout: 20_000 });

  // A namespace nothing lives in: the empty state, the namespace in the URL (kept when the range changes).
  await page.goto(`${trawl.url}/network/`);
  await page.getByTestId('net-total-bytes').waitFor({ timeout: 20_000 });
  await page.getByLabel('Namespace', { exact: true }).fill('no-such-namespace');
  await page.getByLabel('Namespace', { exact: true }).press('Enter');
  await page.waitForURL((u) => u.searchParams.get('namespace') === 'no-such-namespace', { timeout: 10_000 });
  const empty = page.getByTestId('net-empty');
  await empty.waitFor({ timeout: 15_000 });
  assert.match(await empty.innerText(), /No traffic counted in last hour in namespace no-such-namespace[^]*every 5 s/);
  await page.getByRole('radio', { name: '5m' }).click();
  await page.waitForURL((u) => u.searchParams.get('range') === '5m' && u.searchParams.get('namespace') === 'no-such-namespace', { timeout: 10_000 });
  await empty.filter({ hasText: 'last 5 min in namespace no-such-namespace' }).waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(shots, 'network-02-empty.png'), fullPage: true });
  // Emptied and left (blur): all namespaces again.
  await page.getByLabel('Namespace', { exact: true }).fill('');
  await page.getByLabel('Namespace', { exact: true }).blur();
  await page.waitForURL((u) => !u.searchParams.has('namespace') && u.searchParams.get('range') === '5m', { timeout: 10_000 });
  await page.getByTestId('net-total-bytes').waitFor({ timeout: 15_000 });

  assert.deepEqual(errors, []);
});
