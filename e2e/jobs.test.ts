// Capture jobs through `trawl start` (real nats-server, hub and worker): a job asked of the hub's
// API captures real traffic on lo into pcap files on the worker; the files come back through the
// hub (read from the worker over NATS a chunk at a time) and tshark finds every request in them.
// A filter that does not compile is refused; stop, delete, and a worker that went away.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { once } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { startTrawl, root } from './support/start-trawl.js';
import { CHROMIUM, launchChromium } from './web/chromium.js';

interface Job {
  id: string;
  name: string;
  workers: { node: string; status: { state: string; reason: string | null; packets: number; files: { name: string; bytes: number; packets: number }[] } | null; error: string | null }[];
}

/** An HTTP server on a free port of lo answering every request with `size` bytes; closed after the test. */
async function answering(t: TestContext, size: number): Promise<number> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('y'.repeat(size)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  return (server.address() as { port: number }).port;
}

/** The worker says hello every 5 s: the hub knows it before a job can default to it. */
const workerUp = (url: string) => async () => ((await (await fetch(`${url}/api/stats`)).json()) as { workers: { state: string }[] }).workers.some((w) => w.state === 'up');

/** tshark's count of `filter` in `file`; `httpPort` is decoded as HTTP (a rotated file may start mid-connection). */
const tshark = (file: string, filter: string, httpPort?: number) =>
  Number(execFileSync('sh', ['-c', `tshark -r '${file}' ${httpPort ? `-d tcp.port==${httpPort},http` : ''} -Y '${filter}' 2>/dev/null | wc -l`]).toString().trim());

test('capture jobs: asked of the hub, run by the worker, pcap files back through the hub', { timeout: 180_000 }, async (t) => {
  const { data, url, waitFor } = await startTrawl(t, 'trawl-e2e-jobs-');
  const api = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(url + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : undefined };
  };
  const port = await answering(t, 2000);
  await waitFor(workerUp(url), 'the worker known to the hub');

  const bad = await api('POST', '/api/jobs', { iface: 'lo', bpf: 'tcp and (' });
  assert.equal(bad.status, 400, JSON.stringify(bad.body));
  assert.equal(bad.body.error, 'bad_job');
  assert.match(bad.body.message, /filter|syntax/i);
  assert.equal((await api('POST', '/api/jobs', { durationSeconds: 0 })).body.param, 'durationSeconds');

  // PacketCaptureConfig's terms: addresses and ports (made into one BPF filter by the hub).
  const made = await api('POST', '/api/jobs', { name: 'orders api', iface: 'lo', targetIPs: ['127.0.0.1'], targetPorts: [port], bpf: 'tcp', durationSeconds: 120, rotateMegabytes: 1 });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const job = made.body.job as Job;
  assert.equal(job.workers.length, 1);
  assert.equal(job.workers[0]!.status?.state, 'running');
  const N = 30;
  for (let i = 0; i < N; i++) {
    // Not spawnSync: the server answering is in this process.
    await promisify(execFile)('curl', ['-s', '-m', '5', '-o', '/dev/null', `http://127.0.0.1:${port}/orders/${i}`]);
  }
  const stopped = (await api('POST', `/api/jobs/${job.id}/stop`)).body.job as Job;
  const w = stopped.workers[0]!;
  assert.deepEqual([w.status?.state, w.status?.reason], ['done', 'stopped']);
  let requests = 0;
  for (const f of w.status!.files) {
    const r = await fetch(`${url}/api/jobs/${job.id}/files/${encodeURIComponent(w.node)}/${encodeURIComponent(f.name)}`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename=".*\.pcap"/);
    const bytes = Buffer.from(await r.arrayBuffer());
    assert.equal(bytes.length, f.bytes);
    const path = join(data, `job-${f.name}`);
    writeFileSync(path, bytes);
    assert.equal(tshark(path, 'frame'), f.packets);
    requests += tshark(path, 'http.request', port);
  }
  assert.equal(requests, N, 'every request, as tshark reads the files');
  const listed = (await api('GET', '/api/jobs')).body.jobs as Job[];
  assert.deepEqual(listed.map((j) => [j.name, j.workers[0]!.status?.state]), [['orders api', 'done']]);
  assert.equal((await fetch(`${url}/api/jobs/${job.id}/files/${encodeURIComponent(w.node)}/..%2F..%2Fetc%2Fpasswd`)).status, 404);
  assert.equal((await fetch(`${url}/api/jobs/${job.id}/files/nosuchnode/x.pcap`)).status, 404);

  // Deleted: on the worker too.
  assert.deepEqual((await api('DELETE', `/api/jobs/${job.id}`)).body, { deleted: true, filesLeft: [] });
  assert.equal((await api('GET', `/api/jobs/${job.id}`)).status, 404);
  const again = (await api('POST', '/api/jobs', { nodes: ['no-such-worker'], iface: 'lo' })).body.job as Job;
  assert.match(again.workers[0]!.error ?? '', /did not answer/);
});

test('the Capture jobs page starts, stops and lists a job, and its file downloads', { timeout: 180_000, skip: !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(root, 'apps/web/out/jobs/index.html')) ? 'apps/web/out is not built' : false }, async (t) => {
  const { data, url, waitFor } = await startTrawl(t, 'trawl-e2e-jobs-ui-');
  const port = await answering(t, 500);
  await waitFor(workerUp(url), 'the worker known to the hub');
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/jobs/`);
  await page.getByText('No capture jobs yet').waitFor({ timeout: 15_000 });
  // A filter that does not compile: the worker's words, next to the form.
  await page.getByLabel('Interface').fill('lo');
  await page.getByLabel('BPF filter').fill('tcp and (');
  await page.getByRole('button', { name: 'Start capture' }).click();
  await page.getByRole('alert').filter({ hasText: /filter|syntax/i }).waitFor({ timeout: 10_000 });
  await page.getByLabel('Name').fill('ui job');
  await page.getByLabel('BPF filter').fill(`tcp port ${port}`);
  await page.getByRole('button', { name: 'Start capture' }).click();
  const card = page.locator('[data-job="ui job"]');
  await card.getByTestId('job-state').filter({ hasText: 'running' }).waitFor({ timeout: 10_000 });
  for (let i = 0; i < 12; i++) await promisify(execFile)('curl', ['-s', '-m', '5', '-o', '/dev/null', `http://127.0.0.1:${port}/ui/${i}`]);
  await card.getByRole('button', { name: 'Stop' }).click();
  await card.getByTestId('job-state').filter({ hasText: 'done (stopped)' }).waitFor({ timeout: 15_000 });
  mkdirSync(join(root, 'test-results/web'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-results/web/jobs-01-done.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('a.job-file').first().click()]);
  const file = join(data, 'ui.pcap');
  await download.saveAs(file);
  assert.equal(tshark(file, 'http.request', port), 12);
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByText('No capture jobs yet').waitFor({ timeout: 10_000 });
  assert.deepEqual(errors, []);
});
