// `trawl start` as a user runs it: real nats-server, hub and worker; real HTTP traffic on lo;
// the entries come back through the hub's API, exactly as many as were sent; Ctrl-C stops it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { freePort, processAlive } from '@trawl/bus';

import { cli, sleep, startTrawl } from './support/start-trawl.js';

async function json(url: string): Promise<any> {
  const r = await fetch(url);
  return r.json();
}

test('trawl start captures HTTP on lo and serves exactly the requests sent', { timeout: 120_000 }, async (t) => {
  const { data, url, hubPort, start, err } = await startTrawl(t, 'trawl-e2e-');
  assert.equal(url, `http://127.0.0.1:${hubPort}`);

  // A server of our own on a free port; 40 requests from curl (keep-alive) and 20 from fetch.
  const server = createHttpServer((req, res) => {
    res.writeHead(req.url!.startsWith('/fail') ? 503 : 200, { 'content-type': 'text/plain' });
    res.end(`you asked for ${req.url}`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  // Give the worker a moment to have its capture open (it said so, but the kernel ring needs to be live).
  await sleep(500);
  const urls = Array.from({ length: 40 }, (_, i) => `http://127.0.0.1:${port}/${i % 5 === 0 ? 'fail' : 'item'}/${i}`);
  const curl = spawn('curl', ['-s', '-o', '/dev/null', ...urls]);
  await once(curl, 'exit');
  for (let i = 0; i < 20; i++) await (await fetch(`http://127.0.0.1:${port}/fetch/${i}?n=${i}`)).text();

  const q = encodeURIComponent(`dst.port == ${port}`);
  let count = 0;
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    count = (await json(`${url}/api/entries/count?q=${q}`)).count;
    if (count >= 60) break;
    await sleep(250);
  }
  await sleep(1_000); // nothing more may arrive: exactly 60, not more
  count = (await json(`${url}/api/entries/count?q=${q}`)).count;
  assert.equal(count, 60);

  const page = await json(`${url}/api/entries?q=${q}&limit=100`);
  const entries = page.entries as any[];
  assert.equal(entries.length, 60);
  assert.deepEqual(new Set(entries.map((e) => e.protocol.name)), new Set(['http']));
  const failing = entries.filter((e) => e.request.path.startsWith('/fail'));
  assert.equal(failing.length, 8);
  for (const e of failing) assert.equal(e.response.status, 503);
  const fetched = entries.filter((e) => e.request.path.startsWith('/fetch/'));
  assert.equal(fetched.length, 20);
  assert.ok(fetched.every((e) => e.response.body.text === `you asked for ${e.request.url}`));
  // The filter bar's favourite query through the API: KFL end to end.
  const errors = await json(`${url}/api/entries/count?q=${encodeURIComponent(`dst.port == ${port} and response.status >= 500`)}`);
  assert.equal(errors.count, 8);
  const health = await fetch(`${url}/health`);
  assert.equal(health.status, 200);

  // What users take out: the endpoint inventory through the CLI, and Prometheus metrics. The
  // server is named by its process ("node"), a name other local servers share (other tests may run
  // beside this one), so only our server's paths are compared.
  const service = entries[0].dst.service ?? entries[0].dst.name ?? `127.0.0.1:${port}`;
  const ours = (path: string) => /^\/(fail|fetch|item)\//.test(path);
  const cliRun = (...args: string[]) => spawnSync(process.execPath, [cli, 'endpoints', ...args, '--hub', url], { encoding: 'utf8', cwd: data });
  const list = cliRun('list', '--service', service);
  assert.equal(list.status, 0, list.stderr);
  assert.deepEqual(
    list.stdout.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/).slice(1).join(' ')).filter((l) => ours(l.split(' ')[1])),
    ['GET /fail/{id} 8 503', 'GET /fetch/{id} 20 200', 'GET /item/{id} 32 200'],
  );
  const exported = cliRun('export', '--service', service, '--out', '-');
  assert.equal(exported.status, 0, exported.stderr);
  const records = (JSON.parse(exported.stdout) as Array<{ type: string; endpoint: string; status_code?: number; full_url: string }>).filter((r) => ours(r.endpoint));
  assert.deepEqual(records.filter((r) => r.type === 'response').map((r) => `${r.endpoint} ${r.status_code}`).sort(), ['/fail/{id} 503', '/fetch/{id} 200', '/item/{id} 200']);
  assert.ok(records.every((r) => r.full_url.startsWith(`http://127.0.0.1:${port}/`)));
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const failLine = metrics.split('\n').find((l) => l.startsWith('trawl_requests_total{') && l.includes('route="/fail/{id}"') && l.includes('status_class="5xx"'));
  assert.ok(failLine?.endsWith(' 8'), failLine);
  const cleared = cliRun('clear');
  assert.equal(cleared.status, 0, cleared.stderr);
  assert.match(cleared.stdout, /cleared \d+ endpoints/);
  const bad = cliRun('openapi', 'no-such-service');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /the hub answered 404: no endpoints seen for service/);

  // Ctrl-C: everything stops, cleanly, and leaves no pid files behind.
  start.kill('SIGINT');
  const [code] = await Promise.race([once(start, 'exit'), sleep(30_000).then(() => ['timeout'])]);
  assert.equal(code, 0, err().slice(-2000));
  const run = join(data, 'run');
  assert.ok(!existsSync(run) || readdirSync(run).length === 0, 'no pid files left');
});

test('trawl start starts a part again when it dies: hub, worker, nats-server killed in turn, no entry lost', { timeout: 180_000 }, async (t) => {
  const { data, url, natsPort, start, err, waitFor } = await startTrawl(t, 'trawl-e2e-restart-');

  const server = createHttpServer((req, res) => res.end(`you asked for ${req.url}`));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  await sleep(500);
  let sent = 0;
  const send = async (phase: string, n = 10) => {
    for (let i = 0; i < n; i++, sent++) await (await fetch(`http://127.0.0.1:${port}/${phase}/${i}`)).text();
  };
  const q = encodeURIComponent(`dst.port == ${port}`);
  const count = async () => {
    try {
      return (await json(`${url}/api/entries/count?q=${q}`)).count as number;
    } catch {
      return -1; // the hub is down
    }
  };
  const stored = (n: number, label: string) => waitFor(async () => (await count()) >= n, label);
  const again = (name: string) => (err().match(new RegExp(`trawl: ${name} is running again`, 'g')) ?? []).length;
  const pidOf = (name: string) => Number(readFileSync(join(data, 'run', `${name}.pid`), 'utf8'));

  await send('before');
  await stored(10, '10 entries before any kill');

  // The hub dies: the worker keeps publishing into JetStream; the new hub takes the backlog.
  const hubPid = pidOf('hub');
  process.kill(hubPid, 'SIGKILL');
  await send('hub-down');
  await waitFor(() => again('the hub') === 1, 'the hub started again');
  assert.notEqual(pidOf('hub'), hubPid);
  await stored(20, 'the entries sent while the hub was down');

  // The worker dies: a new one opens capture (traffic while none runs is not seen: none is sent).
  const workerPid = pidOf('worker');
  process.kill(workerPid, 'SIGKILL');
  await waitFor(() => again('the worker') === 1, 'the worker started again');
  await sleep(500);
  await send('worker-back');
  await stored(30, 'the entries after the worker came back');

  // nats-server dies: started again on its port and store; hub and worker reconnect.
  const nats = spawnSync('pgrep', ['-f', `nats-server .*-p ${natsPort}`], { encoding: 'utf8' }).stdout.trim().split('\n').map(Number);
  assert.equal(nats.length, 1, `one nats-server on port ${natsPort}`);
  process.kill(nats[0], 'SIGKILL');
  await waitFor(() => again('nats-server') === 1, 'nats-server started again');
  await send('nats-back');
  await stored(40, 'the entries after nats-server came back');

  await sleep(1_000);
  assert.equal(await count(), sent, 'every request once: none lost, none doubled');
  assert.match(err(), /trawl: the hub exited \(SIGKILL\); starting it again in 1 s/);

  start.kill('SIGINT');
  const [code] = await Promise.race([once(start, 'exit'), sleep(30_000).then(() => ['timeout'])]);
  assert.equal(code, 0, err().slice(-2000));
  const run = join(data, 'run');
  assert.ok(!existsSync(run) || readdirSync(run).length === 0, 'no pid files left');
});

test('trawl start on an interface that does not exist fails at once with the worker\'s reason', { timeout: 60_000 }, async () => {
  const data = mkdtempSync(join(tmpdir(), 'trawl-e2e-noiface-'));
  const ports = ['--port', String(await freePort()), '--nats-port', String(await freePort()), '--metrics-port', String(await freePort())];
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, 'start', '--data', data, ...ports, '--iface', 'nosuchif0'], { encoding: 'utf8', timeout: 50_000 });
  spawnSync(process.execPath, [cli, 'clean', '--data', data, '--purge']);
  assert.equal(r.status, 1, r.stderr.slice(-2000));
  assert.doesNotMatch(r.stdout, /trawl is running/);
  assert.match(r.stderr, /worker exited \(code 2\) before it was ready:[\s\S]*cannot capture on nosuchif0: no such interface/);
  assert.doesNotMatch(r.stderr, /starting it again/);
  assert.ok(Date.now() - started < 20_000, 'no restarts of a worker that never started');
});

test('trawl clean stops a running trawl start and every part of it, none started again', { timeout: 120_000 }, async (t) => {
  const { data, start, err } = await startTrawl(t, 'trawl-e2e-clean-', ['--engine-limit', 'maxConnections=7777', '--redact-header', 'x-team-secret']);
  const run = join(data, 'run');
  assert.deepEqual(readdirSync(run).sort(), ['hub.pid', 'hub.url', 'nats-server.pid', 'start.pid', 'worker.pid']);
  const parts = ['hub', 'nats-server', 'worker'].map((name) => Number(readFileSync(join(run, `${name}.pid`), 'utf8')));
  // start hands --engine-limit and --redact-* to the worker.
  const workerArgv = readFileSync(`/proc/${parts[2]}/cmdline`, 'utf8').split('\0');
  assert.equal(workerArgv[workerArgv.indexOf('--engine-limit') + 1], 'maxConnections=7777', workerArgv.join(' '));
  assert.equal(workerArgv[workerArgv.indexOf('--redact-header') + 1], 'x-team-secret', workerArgv.join(' '));
  const exited = once(start, 'exit');
  const clean = spawnSync(process.execPath, [cli, 'clean', '--data', data], { encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);
  assert.match(clean.stdout, /stopped 1 process;/);
  const [code] = await Promise.race([exited, sleep(15_000).then(() => ['still running'])]);
  assert.equal(code, 0, err().slice(-2000));
  await sleep(2_000); // a restart would have come by now
  assert.deepEqual(parts.filter(processAlive), [], 'every part is gone');
  assert.doesNotMatch(err(), /starting it again/);
  const after = spawnSync('pgrep', ['-f', data], { encoding: 'utf8' }).stdout.trim();
  assert.equal(after, '', 'no process left that uses the data directory');
  assert.equal(existsSync(run), false);
});
