// The web UI in a real browser (Debian's chromium) against the whole system started as a user
// starts it: `trawl start` (nats-server, hub, worker on lo), HTTP traffic from curl to a server of
// our own, rows appearing live, KFL filters via the URL and via the bar, an invalid query
// underlined with its message, an entry opened with its headers and body, the service map's nodes
// and edges (clicking an edge filters the traffic view; the same from the keyboard, with the map's
// time range carried over), the dashboard's numbers against the API's.
// Screenshots go to test-results/web/ (look at them).
//
// Until `trawl start` passes the hub `--static apps/web/out`, the UI is served by e2e/web/serve.ts
// (static files + /api proxy to the hub, same origin); when the hub serves it, the hub is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serveUi } from './web/serve.js';
import { freePort } from '@trawl/bus';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'apps/cli/dist/main.js');
const out = join(root, 'apps/web/out');
const shots = join(root, 'test-results/web');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function curl(...urls: string[]): Promise<unknown> {
  const c = spawn('curl', ['-s', '-o', '/dev/null', ...urls]);
  return once(c, 'exit');
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

/** Rows of the list whose destination is our server (other tests' traffic on lo may be there too). */
const rowsFor = (page: Page, text: string) => page.locator('.list-scroll [role="row"]').filter({ hasText: text });

const skip = !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(out, 'index.html')) ? 'apps/web/out is not built (pnpm --filter @trawl/web build)' : !existsSync(cli) ? 'apps/cli is not built' : false;

test('the web UI shows live traffic, filters by KFL, explains a bad query, opens an entry', { timeout: 330_000, skip }, async (t) => {
  mkdirSync(shots, { recursive: true });
  const data = mkdtempSync(join(tmpdir(), 'trawl-web-'));
  const [hubPort, natsPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  // The worker's metrics port (8899) is fixed, so two `trawl start`s (start.test.ts runs beside
  // this file) cannot run at once: wait for the other one to finish when that is the failure.
  const launch = () => spawn(process.execPath, [cli, 'start', '--data', data, '--port', String(hubPort), '--nats-port', String(natsPort), '--metrics-port', String(metricsPort), '--iface', 'lo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let start = launch();
  let log = '';
  const listen = () => {
    log = '';
    start.stdout.on('data', (d) => (log += d));
    start.stderr.on('data', (d) => (log += d));
  };
  listen();
  t.after(() => {
    if (start.exitCode === null) start.kill('SIGKILL');
    spawnSync(process.execPath, [cli, 'clean', '--data', data, '--purge']);
  });
  const deadline = Date.now() + 150_000;
  while (!/trawl is running: (\S+)/.test(log)) {
    if (start.exitCode !== null && /EADDRINUSE[^\n]*:8899/.test(log) && Date.now() < deadline) {
      await sleep(2_000);
      start = launch();
      listen();
      continue;
    }
    assert.ok(start.exitCode === null, `trawl start exited early (${start.exitCode}):\n${log}`);
    assert.ok(Date.now() < deadline, `trawl start never printed its URL:\n${log}`);
    await sleep(100);
  }
  const hub = /trawl is running: (\S+)/.exec(log)![1]!;

  // The UI: the hub's own when it serves it, else our stand-in.
  let ui = hub;
  const home = await fetch(`${hub}/`).then((r) => (r.ok ? r.text() : ''), () => '');
  if (!home.includes('/_next/')) {
    const s = await serveUi(out, hub);
    t.after(() => s.server.close());
    ui = s.url;
  }

  // Our service: JSON, a 503, a PNG, and a POST with a JSON body.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.url!.startsWith('/fail')) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('service unavailable');
      } else if (req.url!.startsWith('/logo.png')) {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(png);
      } else {
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'x-served-by': 'web-e2e' });
        res.end(JSON.stringify({ path: req.url, method: req.method, received: body ? JSON.parse(body) : null, items: [{ id: 1 }, { id: 2 }] }));
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const mine = `dst.port == ${port}`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await t.test('the traffic view follows new entries live', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}`);
    // The empty state says what to do, and the status bar tells the truth.
    await page.getByText('No entries match this filter').waitFor({ timeout: 15_000 });
    await page.getByText(/Workers:/).waitFor();
    await page.getByText(/1 connected, 1 capturing on lo/).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Live' }).waitFor({ timeout: 10_000 });
    await shot(page, '01-empty-filter');
    await sleep(500);
    await curl(`${base}/api/users`, `${base}/fail/1`, `${base}/logo.png`, `${base}/api/users/7`);
    await spawnCurlPost(`${base}/api/orders?page=2`, '{"qty":3,"sku":"A-1"}');
    // Live: no reload, the rows arrive through the stream.
    await rowsFor(page, '/api/orders').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction((n) => document.querySelectorAll('.list-scroll [role="row"]').length >= n, 5, { timeout: 20_000 });
    assert.equal(await rowsFor(page, '/fail/1').count(), 1);
    const failRow = rowsFor(page, '/fail/1');
    assert.match(await failRow.locator('.c-status').innerText(), /503\s+server error/, 'status has its words, not only a colour');
    assert.match(await rowsFor(page, '/api/orders').locator('.c-status').innerText(), /201\s+ok/);
    // Both ends named (the server is a long-lived node process; curl exits fast, so the worker may
    // only have the host's name for it).
    assert.match(await failRow.locator('.c-ends').innerText(), /\S+\s*→\s*node/, 'both ends are named');
    await shot(page, '02-live-rows');
  });

  await t.test('KFL examples in the URL filter the list', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(`${mine} and response.status >= 500`)}`);
    await rowsFor(page, '/fail/1').waitFor({ timeout: 10_000 });
    await sleep(300);
    assert.equal(await page.locator('.list-scroll [role="row"]').count(), 1);
    await shot(page, '03-url-filter-errors');

    await page.goto(`${ui}/?q=${encodeURIComponent(`${mine} and request.method == "POST"`)}`);
    await rowsFor(page, '/api/orders').waitFor({ timeout: 10_000 });
    await sleep(300);
    assert.equal(await page.locator('.list-scroll [role="row"]').count(), 1);

    await page.goto(`${ui}/?q=${encodeURIComponent(`${mine} and request.path contains "/api/users"`)}`);
    await rowsFor(page, '/api/users/7').waitFor({ timeout: 10_000 });
    await sleep(300);
    assert.equal(await page.locator('.list-scroll [role="row"]').count(), 2);

    // The export links carry the filter: the download is the two entries listed, and a HAR of them.
    const links = page.getByTestId('export-links');
    const ndjsonHref = await links.getByRole('link', { name: 'NDJSON' }).getAttribute('href');
    const harHref = await links.getByRole('link', { name: 'HAR' }).getAttribute('href');
    assert.ok(ndjsonHref && harHref);
    const download = page.waitForEvent('download');
    await links.getByRole('link', { name: 'NDJSON' }).click();
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { request: { path: string } });
    assert.equal(exported.length, 2);
    assert.ok(exported.every((e) => e.request.path.includes('/api/users')));
    const har = (await (await fetch(new URL(harHref, ui))).json()) as { log: { entries: { request: { url: string } }[]; comment: string } };
    assert.equal(har.log.entries.length, 2);
    assert.ok(har.log.entries.every((h) => h.request.url.includes('/api/users')));
    assert.equal(har.log.comment, '2 entries, newest first');
  });

  await t.test('the bar: completion, Ctrl+Enter applies, clicking a value adds it', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}`);
    await rowsFor(page, '/api/orders').waitFor({ timeout: 10_000 });
    const bar = page.getByRole('combobox', { name: /Filter/ });
    await bar.click();
    await bar.press('End');
    await bar.pressSequentially(' and response.sta');
    const option = page.getByRole('option', { name: /response\.status\b/ }).first();
    await option.waitFor({ timeout: 5_000 });
    await shot(page, '04-completion');
    await bar.press('Enter'); // takes the first completion
    assert.equal(await bar.inputValue(), `${mine} and response.status`);
    await bar.pressSequentially(' == 503');
    await bar.press('Control+Enter'); // applies, list open or not
    await page.waitForURL((u) => u.searchParams.get('q') === `${mine} and response.status == 503`, { timeout: 5_000, waitUntil: 'commit' });
    await rowsFor(page, '/fail/1').waitFor({ timeout: 10_000 });
    await sleep(300);
    assert.equal(await page.locator('.list-scroll [role="row"]').count(), 1);

    // Clicking a value narrows the filter.
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}`);
    await rowsFor(page, '/logo.png').waitFor({ timeout: 10_000 });
    await rowsFor(page, '/logo.png').locator('.c-path button').click();
    await page.waitForURL((u) => u.searchParams.get('q') === `${mine} and request.path == "/logo.png"`, { timeout: 5_000, waitUntil: 'commit' });
    await sleep(500);
    assert.equal(await page.locator('.list-scroll [role="row"]').count(), 1);
    assert.equal(await bar.inputValue(), `${mine} and request.path == "/logo.png"`);
  });

  await t.test('an invalid query is underlined and explained', async () => {
    await page.goto(`${ui}/`);
    const bar = page.getByRole('combobox', { name: /Filter/ });
    await bar.fill('http and response.status >= ');
    await page.getByText('Invalid query:').waitFor({ timeout: 5_000 });
    await bar.press('Escape');
    const span = page.getByTestId('kfl-error-span');
    await span.waitFor();
    assert.equal(await bar.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('.kfl-error').innerText(), /expected a value after ">=" at 1:\d+/);
    await shot(page, '05-invalid-query');
    await bar.fill('request.path = "/x"');
    await page.getByText('Invalid query:').waitFor({ timeout: 5_000 });
    const bad = (await span.innerText()).trim();
    assert.ok(bad.length > 0 && 'request.path = "/x"'.includes(bad), `the underline covers part of the query, got ${JSON.stringify(bad)}`);
    await bar.press('Escape');
    await shot(page, '06-invalid-query-span');
  });

  await t.test('an entry opens with its headers and body', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}`);
    await rowsFor(page, '/api/orders').waitFor({ timeout: 10_000 });
    // Keyboard: focus the list, walk to the POST and open it with Enter.
    await page.getByRole('grid').focus();
    const n = await page.locator('.list-scroll [role="row"]').count();
    let opened = false;
    for (let i = 0; i < n && !opened; i++) {
      await page.keyboard.press('ArrowDown');
      if ((await page.locator('.row.cursor').innerText()).includes('/api/orders')) {
        await page.keyboard.press('Enter');
        opened = true;
      }
    }
    assert.ok(opened, 'the POST row is reachable by keyboard');
    const detail = page.getByRole('complementary', { name: 'Entry detail' });
    await detail.waitFor();
    assert.ok(new URL(page.url()).searchParams.get('entry'), 'the entry is in the URL');
    const req = detail.getByRole('region', { name: 'Request' });
    const res = detail.getByRole('region', { name: 'Response' });
    await req.getByText('content-type').first().waitFor();
    assert.match(await req.innerText(), /POST[\s\S]*\/api\/orders\?page=2/);
    assert.match(await req.innerText(), /user-agent\s+curl\//);
    assert.match(await req.getByTestId('json-body').innerText(), /"qty": 3/);
    assert.match(await res.innerText(), /201\s+Created/);
    assert.match(await res.innerText(), /x-served-by\s+web-e2e/);
    assert.match(await res.getByTestId('json-body').innerText(), /"sku": "A-1"/);
    assert.match(await detail.innerText(), new RegExp(`Source[\\s\\S]*127\\.0\\.0\\.1:\\d+[\\s\\S]*Destination\\s+node[\\s\\S]*127\\.0\\.0\\.1:${port}`));
    await shot(page, '07-entry-detail');
    // The link is shareable: opening it fresh shows the same entry.
    await page.goto(page.url());
    await page.getByRole('complementary', { name: 'Entry detail' }).getByText('x-served-by').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');

    // The image is previewed.
    await page.goto(`${ui}/?q=${encodeURIComponent(`${mine} and request.path == "/logo.png"`)}`);
    await rowsFor(page, '/logo.png').click();
    await page.getByRole('img', { name: /image\/png image/ }).waitFor({ timeout: 10_000 });
    await shot(page, '08-image-body');
  });

  await t.test('the service map shows our traffic, and clicking an edge filters the traffic view', async () => {
    const api = (await (await fetch(`${hub}/api/servicemap?q=${encodeURIComponent(mine)}`)).json()) as ServiceMapBody;
    assert.equal(api.entries, 5, 'the API maps the five requests we sent');
    assert.ok(api.edges.length >= 1);
    await page.goto(`${ui}/map/?q=${encodeURIComponent(mine)}`);
    const table = page.getByTestId('map-edges');
    await table.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    await page.getByTestId('service-map-graph').waitFor();
    await page.waitForFunction(() => ((window as unknown as { __trawlCy?: { edges(): { length: number } } }).__trawlCy?.edges().length ?? 0) > 0, undefined, { timeout: 10_000 });
    // The nodes on the page are the API's nodes, and the graph drew them all.
    const pageNodes = await page.locator('[data-testid="map-nodes"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    assert.deepEqual([...pageNodes].sort(), api.nodes.map((n) => n.id).sort());
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __trawlCy: { nodes(s: string): { map<T>(f: (n: { data(k: string): string }) => T): T[] }; edges(): { map<T>(f: (e: { data(k: string): string }) => T): T[] } } }).__trawlCy;
      return { nodes: cy.nodes('[nodeId]').map((n) => n.data('nodeId')), edges: cy.edges().map((e) => e.data('label')) };
    });
    assert.deepEqual(drawn.nodes.sort(), api.nodes.map((n) => n.id).sort());
    assert.ok(api.nodes.some((n) => n.name === 'node'), `our server is a node (process) on the map: ${JSON.stringify(api.nodes)}`);
    // Each edge's count, read from the page, is the API's; the graph's label carries it as text.
    const rows = table.locator('tbody tr');
    assert.equal(await rows.count(), api.edges.length);
    for (const e of api.edges) {
      const row = table.locator(`tbody tr[data-source="${e.source}"][data-target="${e.target}"][data-protocol="${e.protocol ?? ''}"]`);
      assert.equal((await row.getByTestId('edge-count').innerText()).trim(), String(e.count));
      assert.ok(drawn.edges.some((l) => l.startsWith(`${e.protocol} ${e.count} req · `)), `an edge labelled "${e.count} req": ${drawn.edges.join(' | ')}`);
    }
    const errorsEdge = api.edges.find((e) => e.errors > 0);
    assert.ok(errorsEdge, 'the 503 shows as an error on an edge');
    await shot(page, '11-service-map');

    // Click the busiest edge on the graph itself (its midpoint on the canvas).
    const top = api.edges[0]!;
    const at = await page.evaluate((i) => {
      const cy = (window as unknown as { __trawlCy: { edges(): { filter(f: (e: { data(k: string): number }) => boolean): { renderedMidpoint(): { x: number; y: number } }[] } } }).__trawlCy;
      return cy.edges().filter((e) => e.data('index') === i)[0]!.renderedMidpoint();
    }, 0);
    const box = (await page.getByTestId('service-map-graph').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL((u) => u.pathname === '/' && (u.searchParams.get('q') ?? '').includes(' and src.'), { timeout: 10_000, waitUntil: 'commit' });
    const q = new URL(page.url()).searchParams.get('q')!;
    assert.ok(q.startsWith(`${mine} and src.`), q);
    assert.match(q, /dst\.name == "node"/);
    assert.match(q, new RegExp(`protocol\\.name == "${top.protocol}"`));
    await page.waitForFunction((n) => document.querySelectorAll('.list-scroll [role="row"]').length === n, top.count, { timeout: 10_000 });
    const count = (await (await fetch(`${hub}/api/entries/count?q=${encodeURIComponent(q)}`)).json()) as { count: number };
    assert.equal(count.count, top.count, 'the edge filter selects exactly the edge\'s entries');

    // A node, from the list beside the graph: traffic to or from it.
    await page.goto(`${ui}/map/?q=${encodeURIComponent(mine)}`);
    await page.locator('[data-node="node"] button').click();
    await page.waitForURL((u) => u.pathname === '/' && (u.searchParams.get('q') ?? '').includes('dst.name == "node"'), { timeout: 10_000, waitUntil: 'commit' });
    await rowsFor(page, '/api/orders').waitFor({ timeout: 10_000 });
  });

  await t.test('the service map works from the keyboard, and its time range goes with it to the traffic view', async () => {
    const api = (await (await fetch(`${hub}/api/servicemap?q=${encodeURIComponent(mine)}`)).json()) as ServiceMapBody;
    await page.goto(`${ui}/map/?q=${encodeURIComponent(mine)}&range=5m`);
    const list = page.getByRole('listbox', { name: 'Nodes and edges' });
    await list.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => ((window as unknown as { __trawlCy?: { edges(): { length: number } } }).__trawlCy?.edges().length ?? 0) > 0, undefined, { timeout: 10_000 });
    assert.equal(await list.locator('[role="option"]').count(), api.nodes.length + api.edges.length, 'every node and edge is an option');
    // Tab to the list (it selects the first node), then walk down to the first edge.
    await list.focus();
    await page.getByTestId('map-selection').getByText(/Selected node:/).waitFor({ timeout: 5_000 });
    for (let i = 0; i < api.nodes.length; i++) await page.keyboard.press('ArrowDown');
    const said = page.getByTestId('map-selection');
    assert.equal(await said.getAttribute('aria-live'), 'polite');
    await page.waitForFunction(() => /Selected edge:/.test(document.querySelector('[data-testid="map-selection"]')?.textContent ?? ''), undefined, { timeout: 5_000 });
    const first = api.edges[0]!;
    assert.match(await said.innerText(), new RegExp(`Selected edge: .+ to .+ ${first.count} requests?, ${first.errors} errors?`));
    const active = (await list.getAttribute('aria-activedescendant'))!;
    assert.equal(await page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true');
    // The canvas mirrors it: exactly that edge is selected.
    const selected = await page.evaluate(() => (window as unknown as { __trawlCy: { $(s: string): { map<T>(f: (e: { id(): string }) => T): T[] } } }).__trawlCy.$(':selected').map((e) => e.id()));
    assert.equal(selected.length, 1);
    assert.equal(selected[0], await page.locator(`[id="${active}"]`).getAttribute('data-key'));
    await shot(page, '13-service-map-keyboard');
    // Enter opens its traffic, in the map's time range.
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('range') === '5m' && (u.searchParams.get('q') ?? '').includes(' and src.'), { timeout: 10_000, waitUntil: 'commit' });
    const chip = page.getByTestId('traffic-range');
    await chip.waitFor({ timeout: 10_000 });
    assert.match(await chip.innerText(), /last 5 min \(since /);
    await page.waitForFunction((n) => document.querySelectorAll('.list-scroll [role="row"]').length === n, first.count, { timeout: 10_000 });
    await shot(page, '14-traffic-time-range');
    await chip.getByRole('button', { name: /Clear the time range/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('range') && (u.searchParams.get('q') ?? '').includes(' and src.'), { timeout: 5_000, waitUntil: 'commit' });
    await chip.waitFor({ state: 'detached', timeout: 5_000 });

    // An absolute range before our traffic: nothing, said so, and live is off (the range has an end).
    const day = 86_400_000;
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}&from=${Date.now() - 3 * day}&to=${Date.now() - 2 * day}`);
    await page.getByText('No entries match this filter in this time range').waitFor({ timeout: 10_000 });
    assert.equal(await page.getByRole('button', { name: 'Paused' }).isDisabled(), true);
    // The dashboard's links keep its range too.
    await page.goto(`${ui}/dashboard/?q=${encodeURIComponent(mine)}&range=24h`);
    await page.getByTestId('top-volume').locator('tbody tr button').first().click();
    await page.waitForURL((u) => u.pathname === '/' && u.searchParams.get('range') === '24h', { timeout: 10_000, waitUntil: 'commit' });
    await page.locator('.list-scroll [role="row"]').first().waitFor({ timeout: 10_000 });
  });

  await t.test('the dashboard\'s numbers are the API\'s', async () => {
    await page.goto(`${ui}/dashboard/?q=${encodeURIComponent(mine)}`);
    const total = page.getByTestId('total-requests');
    await total.waitFor({ timeout: 15_000 });
    const from = Date.now() - 3_600_000;
    const ts = (await (await fetch(`${hub}/api/stats/timeseries?q=${encodeURIComponent(mine)}&from=${from}`)).json()) as { totals: { count: number; errors: number; p95: number | null }; buckets: { count: number }[] };
    assert.equal(ts.totals.count, 5);
    assert.equal(ts.totals.errors, 1, 'the one 503');
    assert.equal(ts.buckets.reduce((n, b) => n + b.count, 0), 5);
    assert.equal((await total.innerText()).trim(), String(ts.totals.count));
    assert.equal((await page.getByTestId('total-errors').innerText()).trim(), String(ts.totals.errors));
    assert.match(await page.locator('.card').nth(1).innerText(), /20% of requests \(HTTP 5xx, error replies\)/);
    assert.match((await page.locator('.card').nth(1).getAttribute('title')) ?? '', /NXDOMAIN/, 'the card says what counts as an error');
    // Charts are drawn (recharts' SVG), and the top endpoints carry the API's counts.
    await page.locator('.recharts-surface').first().waitFor();
    assert.ok((await page.locator('.recharts-area-area, .recharts-line-curve').count()) >= 3, 'rate, error and latency series are drawn');
    const top = (await (await fetch(`${hub}/api/stats/top?q=${encodeURIComponent(mine)}&from=${from}&by=errors`)).json()) as { endpoints: { path: string; errors: number }[] };
    assert.deepEqual(top.endpoints.map((e) => [e.path, e.errors]), [['/fail/1', 1]]);
    const errTable = page.getByTestId('top-errors');
    await errTable.waitFor();
    assert.match(await errTable.innerText(), /\/fail\/1[\s\S]*1 \(100%\)/);
    assert.equal(await page.getByTestId('top-volume').locator('tbody tr').count(), 5);
    await shot(page, '12-dashboard');
  });

  await t.test('an HTTP entry\'s cURL command sends the captured request again', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(`${mine} and request.method == "POST"`)}`);
    await rowsFor(page, '/api/orders').click();
    const detail = page.getByRole('complementary', { name: 'Entry detail' });
    await detail.getByText('Send it again: cURL command').click();
    const command = await detail.getByTestId('curl-command').innerText();
    assert.match(command, /^curl -X 'POST' 'http:\/\/127\.0\.0\.1:\d+\/api\/orders\?page=2' /);
    await shot(page, '13-curl');
    // Pasted into a shell: our server gets the same method, target and body (and answers in JSON).
    // (Not spawnSync: the server answering it runs on this event loop.)
    const replay = await promisify(execFile)('sh', ['-c', `${command} -s --max-time 5`], { encoding: 'utf8' });
    const answer = JSON.parse(replay.stdout) as { path: string; method: string; received: unknown };
    assert.deepEqual(answer, { path: '/api/orders?page=2', method: 'POST', received: { qty: 3, sku: 'A-1' }, items: [{ id: 1 }, { id: 2 }] });
  });

  await t.test('the status bar says when the hub is gone', async () => {
    await page.goto(`${ui}/?q=${encodeURIComponent(mine)}`);
    await page.getByText(/Hub:\s*ok/).waitFor({ timeout: 10_000 });
    await shot(page, '09-status-ok');
    start.kill('SIGINT');
    await once(start, 'exit');
    await page.getByText(/Hub unreachable/).waitFor({ timeout: 15_000 });
    await shot(page, '10-hub-unreachable');
  });

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});

interface ServiceMapBody {
  entries: number;
  nodes: { id: string; name: string | null; kind: string | null }[];
  edges: { source: string; target: string; protocol: string | null; count: number; errors: number }[];
}

async function spawnCurlPost(url: string, body: string) {
  const c = spawn('curl', ['-s', '-o', '/dev/null', '-X', 'POST', '-H', 'content-type: application/json', '-d', body, url]);
  await once(c, 'exit');
}
