// `trawl tap` end to end, as far as this machine allows (no cluster runs here): tap applies its
// objects to a stand-in API server through @kubernetes/client-node; a local "kubelet" runs the
// containers of exactly those objects as processes (nats-server, hub, worker: their args, their
// env from the Secret tap made); tap waits, forwards the hub pod's port through the API server's
// port-forward, and a user's requests captured by the worker are read back through that forward
// with the printed token. Then `trawl clean --kube` removes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { V1Container, V1DaemonSet, V1Deployment } from '@kubernetes/client-node';
import { freePort } from '@trawl/bus';
import { FakeCluster } from '../apps/cli/src/kubernetes/test-support/cluster-api.js';
import { resolveEnv, runContainer, tempDir, type RunningContainer } from './support/local-kubelet.js';
import { cli, root, sleep } from './support/start-trawl.js';

const first = (o: { spec?: unknown } | undefined): V1Container => (o as V1Deployment).spec!.template.spec!.containers[0]!;

async function until<T>(get: () => T | undefined | Promise<T | undefined>, label: string, diag: () => string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    assert.ok(Date.now() < deadline, `${label} did not happen:\n${diag()}`);
    await sleep(150);
  }
}

test('trawl tap: the objects it applies run, capture, and are read through its port-forward with its token', { timeout: 180_000 }, async (t) => {
  const cluster = new FakeCluster();
  await cluster.start();
  const running: RunningContainer[] = [];
  t.after(async () => {
    for (const r of running) r.child.kill('SIGKILL');
    await cluster.stop();
  });
  const dirs: string[] = [];
  const temp = (prefix: string) => {
    const d = tempDir(prefix);
    dirs.push(d);
    return d;
  };
  t.after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const dir = temp('trawl-e2e-tap-');
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, cluster.kubeconfig('e2e'));
  const [natsPort, natsHttpPort, hubPort, metricsPort, appPort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const app = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url })));
  await new Promise<void>((r) => app.listen(appPort, '127.0.0.1', () => r()));
  t.after(() => app.close());

  const tap = spawn(process.execPath, [cli, 'tap', '--kubeconfig', kubeconfig, '--port', '0', '--timeout', '120', '--image', 'registry.local/trawl:e2e'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  tap.stdout.on('data', (d) => (out += d));
  tap.stderr.on('data', (d) => (err += d));
  t.after(() => tap.kill('SIGKILL'));
  const diag = () => `tap:\n${err}\n${running.map((r) => `--- ${r.name}\n${r.output()}`).join('\n')}`;

  // The kubelet's part: once tap applied its objects, run their containers.
  const worker = await until(() => cluster.get('DaemonSet', 'trawl-worker', 'trawl') as V1DaemonSet | undefined, 'the DaemonSet applied', diag);
  const secret = cluster.get('Secret', 'trawl-tokens', 'trawl')!;
  const secrets = { 'trawl-tokens': Object.fromEntries(Object.entries(secret.data as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])) };
  const natsUrl = /^nats:\/\/trawl-nats\.trawl\.svc:4222$/;
  const natsContainer = first(cluster.get('Deployment', 'trawl-nats', 'trawl'));
  const natsData = temp('trawl-e2e-tap-nats-');
  running.push(
    runContainer(natsContainer, resolveEnv(natsContainer, secrets, 'node-a'), (a, i, all) => (a === '/data' ? natsData : all[i - 1] === '--http_port' ? String(natsHttpPort) : a), ['--port', String(natsPort), '--addr', '127.0.0.1']),
  );
  const hubContainer = first(cluster.get('Deployment', 'trawl-hub', 'trawl'));
  const hubData = temp('trawl-e2e-tap-hub-');
  running.push(
    runContainer(hubContainer, resolveEnv(hubContainer, secrets, 'node-a'), (a, i, all) => {
      if (natsUrl.test(a)) return `nats://127.0.0.1:${natsPort}`;
      if (all[i - 1] === '--port') return String(hubPort);
      return a === '/data' ? hubData : a;
    }),
  );
  const workerContainer = first(worker);
  const jobs = temp('trawl-e2e-tap-jobs-');
  const workerEnv = resolveEnv(workerContainer, secrets, 'node-a');
  running.push(
    runContainer(workerContainer, workerEnv, (a, i, all) => {
      if (natsUrl.test(a)) return `nats://127.0.0.1:${natsPort}`;
      const flag = all[i - 1];
      // On lo, not every interface of a node; the user's server here, not the cluster's ports.
      if (flag === '--iface') return 'lo';
      if (flag === '--bpf') return `tcp port ${appPort}`;
      if (flag === '--metrics-port') return String(metricsPort);
      if (flag === '--metrics-host') return '127.0.0.1';
      return a === '/var/lib/trawl/jobs' ? jobs : a;
    }),
  );
  assert.equal(workerEnv.NODE_NAME, 'node-a');
  const workerArgs = running[2]!.child.spawnargs;
  assert.equal(workerArgs[workerArgs.indexOf('--node') + 1], 'node-a', '$(NODE_NAME) expanded');

  await until(async () => (await fetch(`http://127.0.0.1:${hubPort}/health`).catch(() => null))?.ok, 'the hub up', diag);
  await until(() => /capture\.opened/.test(running[2]!.output()) && /nats\.connected/.test(running[2]!.output()), 'the worker capturing and connected', diag);
  // NATS as the Deployment runs it asks for the token: the worker and hub got in with the Secret's.
  const varz = (await (await fetch(`http://127.0.0.1:${natsHttpPort}/varz`)).json()) as { auth_required?: boolean; jetstream?: unknown };
  assert.equal(varz.auth_required, true);

  // Ready: pods as the controllers would report them, the hub pod's port reachable.
  cluster.runPods('trawl', ['node-a']);
  const hubPod = cluster.list('Pod').find((p) => p.metadata.name.startsWith('trawl-hub-'))!;
  cluster.forwards.set(hubPod.metadata.name, hubPort);
  const url = new URL(await until(() => /UI at (\S+)/.exec(out)?.[1], 'the URL printed', diag));
  const token = url.searchParams.get('token')!;
  assert.equal(token, secrets['trawl-tokens']['hub-token']);
  const base = `${url.protocol}//${url.host}`;

  // Through the forward: the UI's page without the token, the API only with it.
  if (existsSync(join(root, 'apps/web/out/index.html'))) {
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
  }
  assert.equal((await fetch(`${base}/api/entries`)).status, 401);

  // A user's traffic, captured by the worker, read back through the forward.
  for (let i = 0; i < 5; i++) {
    // Asynchronously: the server is in this process.
    await promisify(execFile)('curl', ['-sf', '--max-time', '10', '-H', 'Authorization: Bearer app-secret-123', `http://127.0.0.1:${appPort}/orders/${i}`]);
  }
  const entries = await until(
    async () => {
      const res = await fetch(`${base}/api/entries?limit=50&token=${encodeURIComponent(token)}`);
      const body = (await res.json()) as { entries: Array<{ request: { path: string; headers: Record<string, string | string[]> }; response: { status: number } }> };
      return body.entries.length >= 5 ? body.entries : undefined;
    },
    '5 entries through the forward',
    diag,
  );
  assert.deepEqual(entries.map((e) => e.request.path).sort(), ['/orders/0', '/orders/1', '/orders/2', '/orders/3', '/orders/4']);
  assert.ok(entries.every((e) => e.response.status === 200));
  const auth = JSON.stringify(entries.map((e) => e.request.headers));
  assert.doesNotMatch(auth, /app-secret-123/, 'the worker redacted Authorization before it left the node');

  tap.kill('SIGINT');
  assert.equal(await new Promise((r) => (tap.exitCode !== null ? r(tap.exitCode) : tap.once('close', r))), 0, diag());
  const clean = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const c = spawn(process.execPath, [cli, 'clean', '--kube', '--kubeconfig', kubeconfig]);
    let o = '';
    c.stdout.on('data', (d) => (o += d));
    c.on('close', (code) => resolve({ code, out: o }));
  });
  assert.equal(clean.code, 0);
  assert.match(clean.out, /deleted .*Namespace\/trawl/);
  assert.equal(cluster.get('Namespace', 'trawl'), undefined);
  assert.equal(cluster.get('Deployment', 'trawl-hub', 'trawl'), undefined);
});
