// Kubernetes naming, live: two network namespaces are the pods "frontend" (B, curl) and "orders"
// (A, an HTTP server behind the Service "orders"); a stand-in Kubernetes API server on the root
// side lists and watches them; the worker runs in A with --kubeconfig and captures the veth.
// Entries must carry the pods' names, and follow the API as pods come and go.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startNatsServer, type NatsServer } from '@trawl/bus';
import { freePort, MAIN, run, startWorker, tempDir, waitEntries, waitFor, type WorkerProcess } from './test-support/harness.js';
import { FakeKubeApi } from './test-support/kube-api.js';
import { inNs, ip, link, removeLinks, removeNamespaces } from './test-support/netns.js';

const K = 10 + (process.pid % 200);
const TAG = (process.pid % 100_000).toString(36);
const NS_A = `trawl-${TAG}-ka`;
const NS_B = `trawl-${TAG}-kb`;
const VETH = `vtk${TAG}`;
// Addresses of our own, apart from netns.test.ts's 10.200–208.
const net = (n: number) => `10.${209 + n}.${K}`;
const A_IP = `${net(0)}.1`;
const B_IP = `${net(0)}.2`;
const ROOT_IP = `${net(1)}.1`;

const api = new FakeKubeApi();
let dir: string;
let nats: NatsServer;
let server: ChildProcess;
let worker: WorkerProcess;

function pod(name: string, owner: string, hash: string, podIp: string) {
  return {
    metadata: { name, namespace: 'shop', labels: { 'pod-template-hash': hash }, ownerReferences: [{ kind: 'ReplicaSet', name: `${owner}-${hash}`, controller: true }] },
    spec: { nodeName: 'node-a' },
    status: { phase: 'Running', podIP: podIp, podIPs: [{ ip: podIp }] },
  };
}

function cleanup(): void {
  removeNamespaces(NS_A, NS_B);
  removeLinks(`ntk${TAG}r`);
}

async function curls(path: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = await run('ip', ['netns', 'exec', NS_B, 'curl', '-s', '-m', '5', `http://${A_IP}:8080${path}/${i}`]);
    assert.equal(r.code, 0, `curl ${path}/${i}: ${r.stderr}`);
  }
}

const paths = <E extends { request: unknown }>(entries: E[], prefix: string): E[] => entries.filter((e) => (e.request as { path: string }).path.startsWith(prefix));

before(async () => {
  cleanup();
  dir = tempDir('kubernetes');
  ip('netns', 'add', NS_A);
  ip('netns', 'add', NS_B);
  inNs(NS_A, 'ip', 'link', 'set', 'lo', 'up');
  inNs(NS_B, 'ip', 'link', 'set', 'lo', 'up');
  link(`${VETH}a`, `${VETH}b`, NS_A, NS_B, A_IP, B_IP);
  link(`ntk${TAG}a`, `ntk${TAG}r`, NS_A, null, `${net(1)}.2`, ROOT_IP);
  nats = await startNatsServer({ host: ROOT_IP, port: await freePort(), dataDir: `${dir}/nats` });
  await api.start(0, ROOT_IP);
  api.put('pods', pod('orders-5f6d-x2', 'orders', '5f6d', A_IP));
  api.put('pods', pod('frontend-7d9c8-abcde', 'frontend', '7d9c8', B_IP));
  api.put('services', { metadata: { name: 'orders', namespace: 'shop' }, spec: { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'] } });
  api.put('endpointslices', {
    metadata: { name: 'orders-abc', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'orders' } },
    endpoints: [{ addresses: [A_IP], targetRef: { kind: 'Pod', name: 'orders-5f6d-x2', namespace: 'shop' } }],
  });
  writeFileSync(`${dir}/kubeconfig`, api.kubeconfig());
  server = spawn('ip', ['netns', 'exec', NS_A, process.execPath, '-e', `require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('ok')); }).listen(8080, '0.0.0.0')`], { stdio: 'ignore' });
  worker = await startWorker(
    ['--nats', nats.url, '--node', 'node-a', '--kubeconfig', `${dir}/kubeconfig`, '--interface-prefix', VETH, '--bpf', 'tcp port 8080', '--batch-ms', '50', '--metrics-host', '0.0.0.0'],
    { prefix: ['ip', 'netns', 'exec', NS_A] },
  );
  await worker.waitLog(/kubernetes\.synced .*pods=2 services=1 endpointSlices=1/);
  await worker.waitLog(new RegExp(`capture\\.opened iface=${VETH}a`));
  await worker.waitLog(/nats\.connected/);
  await waitFor('server up', async () => (await run('ip', ['netns', 'exec', NS_B, 'curl', '-s', '-m', '1', `http://${A_IP}:8080/warmup`])).code === 0);
});

after(async () => {
  await worker?.stop();
  server?.kill();
  await api.stop();
  await nats?.stop();
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('entries between two pods carry their names: the client by its Deployment, the server by its Service', async () => {
  await curls('/named', 3);
  const entries = paths(await waitEntries(nats.url, 4), '/named/');
  assert.equal(entries.length, 3);
  for (const e of entries) {
    assert.deepEqual(e.src, { ip: B_IP, port: e.src.port, kind: 'pod', name: 'frontend', namespace: 'shop', pod: 'frontend-7d9c8-abcde', node: 'node-a' });
    // The server's process is known to /proc too (it runs in the worker's namespace): the cluster's name wins.
    assert.deepEqual(e.dst, { ip: A_IP, port: 8080, kind: 'pod', name: 'orders', service: 'orders', namespace: 'shop', pod: 'orders-5f6d-x2', node: 'node-a' });
  }
});

test('the API says the client pod is gone and its address went to a new pod: later entries say so', async () => {
  api.remove('pods', 'shop', 'frontend-7d9c8-abcde');
  api.put('pods', pod('checkout-6b7c-q9', 'checkout', '6b7c', B_IP));
  const health = () => fetch(`http://${net(1)}.2:${worker.metricsPort}/health`).then((r) => r.json()) as Promise<{ kubernetes: { pods: number; synced: boolean; watchErrors: number } }>;
  // The delete and the add are two watch events: wait until the worker has both.
  await waitFor('the new pod named', async () => {
    await curls('/probe', 1);
    const probes = paths(await waitEntries(nats.url, 1, 5_000, 300), '/probe/');
    return probes.at(-1)?.src.name === 'checkout';
  });
  await curls('/moved', 2);
  const all = await waitEntries(nats.url, 6);
  const moved = paths(all, '/moved/');
  assert.equal(moved.length, 2);
  for (const e of moved) assert.deepEqual([e.src.kind, e.src.name, e.src.pod], ['pod', 'checkout', 'checkout-6b7c-q9']);
  const h = await health();
  assert.equal(h.kubernetes.synced, true);
  assert.equal(h.kubernetes.watchErrors, 0);
  const metrics = await fetch(`http://${net(1)}.2:${worker.metricsPort}/metrics`).then((r) => r.text());
  assert.match(metrics, /^trawl_worker_kubernetes_synced 1$/m);
  assert.match(metrics, /^trawl_worker_kubernetes_pods 2$/m);
  assert.match(metrics, /^trawl_worker_kubernetes_services 1$/m);
});

test('a kubeconfig that cannot be used stops the worker before it starts, with the reason (exit 2)', async () => {
  writeFileSync(`${dir}/broken`, 'clusters: [this is: not: yaml');
  writeFileSync(`${dir}/empty`, 'apiVersion: v1\nkind: Config\n');
  for (const [file, message] of [
    [`${dir}/missing`, /cannot load --kubeconfig .*missing: ENOENT/],
    [`${dir}/broken`, /cannot load --kubeconfig .*broken/],
    [`${dir}/empty`, /--kubeconfig .*empty: its current context names no cluster/],
  ] as const) {
    const r = await run(process.execPath, [MAIN, '--kubeconfig', file, '--nats', nats.url, '--metrics-port', '0']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /^\s+at /m);
  }
});
