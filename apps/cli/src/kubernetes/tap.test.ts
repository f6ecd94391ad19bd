// `trawl tap` and `trawl clean --kube` as a user runs them (the built CLI), against a stand-in
// API server reached only through @kubernetes/client-node: what lands in the cluster, the wait
// and what it says while it waits, the port-forward to the hub pod, a second tap, the clean-up,
// and every way it can go wrong.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllYaml } from '@kubernetes/client-node';
import { FakeCluster, type StoredObject } from './test-support/cluster-api.js';

const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'trawl-tap-'));
const cluster = new FakeCluster();
let kubeconfig = '';
/** Stands in for the hub inside its pod: what the port-forward must reach. */
let hubPod: Server;
let hubPodPort = 0;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI to its end (asynchronously: the stand-in API server lives in this process). */
function trawl(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Starts `tap`, resolves once it printed the URL; the caller stops it with SIGINT. */
function tapUntilUrl(args: string[], onWaiting?: (err: string) => void) {
  const child = spawn(process.execPath, [main, 'tap', ...args]);
  let out = '';
  let err = '';
  let waitingSeen = false;
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /UI at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d) => {
      err += d;
      if (!waitingSeen && /waiting for nats/.test(err)) {
        waitingSeen = true;
        onWaiting?.(err);
      }
    });
    child.on('close', (code) => reject(new Error(`tap exited ${code} before printing the URL:\n${err}`)));
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, url, closed, output: () => ({ out, err }) };
}

const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
const container = (o: StoredObject) => (o.spec as { template: { spec: { containers: Array<Record<string, unknown>> } } }).template.spec.containers[0]!;

before(async () => {
  await cluster.start();
  kubeconfig = join(tmp, 'kubeconfig');
  writeFileSync(kubeconfig, cluster.kubeconfig());
  hubPod = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(`hub pod saw ${req.method} ${req.url} auth=${req.headers.authorization ?? ''}`));
  await new Promise<void>((r) => hubPod.listen(0, '127.0.0.1', () => r()));
  hubPodPort = (hubPod.address() as AddressInfo).port;
});

after(async () => {
  await cluster.stop();
  hubPod.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('trawl tap', () => {
  test('applies every object, waits saying what holds it up, forwards the hub, prints the URL with the token', async () => {
    const tap = tapUntilUrl(['--kubeconfig', kubeconfig, '--port', '0', '--timeout', '60', '--image', 'registry.local/trawl:t1', '--worker-arg=--redact-header=x-team'], () => {
      // While it waits: an image that cannot be pulled must be said, then the "kubelet" runs it all.
      cluster.failPod('trawl', 'trawl-hub-broken', 'hub', 'ImagePullBackOff', 'Back-off pulling image "registry.local/trawl:t1"');
      setTimeout(() => {
        cluster.objects.delete('/api/v1|pods|trawl|trawl-hub-broken');
        cluster.runPods('trawl', ['node-a', 'node-b']);
        const hub = cluster.list('Pod').find((p) => p.metadata.name.startsWith('trawl-hub-'))!;
        cluster.forwards.set(hub.metadata.name, hubPodPort);
      }, 2_500);
    });
    const url = await tap.url;
    try {
      const { err } = tap.output();
      assert.match(err, /context "fake" \(http:\/\/127\.0\.0\.1:\d+\), namespace trawl, image registry\.local\/trawl:t1/);
      assert.match(err, /applied 14 objects \(new tokens\)/);
      assert.match(err, /pod trawl-hub-broken: hub: ImagePullBackOff: Back-off pulling image/);
      assert.match(err, /ready: nats 1\/1, hub 1\/1, worker 2\/2/);
      // Every object by server-side apply, as field manager "trawl".
      const applies = cluster.requests.filter((r) => r.method === 'PATCH');
      assert.equal(applies.length, 14);
      assert.ok(applies.every((r) => r.contentType === 'application/apply-patch+yaml' && r.fieldManager === 'trawl'));
      assert.deepEqual(
        cluster.list('Namespace').map((o) => o.metadata.name),
        ['trawl'],
      );
      const kinds = [...cluster.objects.values()].filter((o) => o.kind !== 'Pod').map((o) => `${o.kind}/${o.metadata.name}`).sort();
      assert.deepEqual(kinds, [
        'ClusterRole/trawl-hub-trawl',
        'ClusterRole/trawl-worker-trawl',
        'ClusterRoleBinding/trawl-hub-trawl',
        'ClusterRoleBinding/trawl-worker-trawl',
        'CustomResourceDefinition/packetcaptureconfigs.trawl.dev',
        'DaemonSet/trawl-worker',
        'Deployment/trawl-hub',
        'Deployment/trawl-nats',
        'Namespace/trawl',
        'Secret/trawl-tokens',
        'Service/trawl-hub',
        'Service/trawl-nats',
        'ServiceAccount/trawl-hub',
        'ServiceAccount/trawl-worker',
      ].sort());
      // The CRD as the API server gets it: client-node's model names (`_default`) written as JSON's.
      const crd = cluster.get('CustomResourceDefinition', 'packetcaptureconfigs.trawl.dev')!;
      assert.doesNotMatch(JSON.stringify(crd), /"_default"|"_enum"/);
      assert.match(JSON.stringify(crd), /"default":/);
      assert.equal(container(cluster.get('Deployment', 'trawl-hub', 'trawl')!).name, 'hub');
      assert.equal((cluster.get('Deployment', 'trawl-hub', 'trawl')!.spec as { template: { spec: { serviceAccountName: string } } }).template.spec.serviceAccountName, 'trawl-hub');
      const worker = cluster.get('DaemonSet', 'trawl-worker', 'trawl')!;
      assert.equal(container(worker).image, 'registry.local/trawl:t1');
      assert.deepEqual((container(worker).args as string[]).slice(-1), ['--redact-header=x-team']);
      // The token in the URL is the Secret's, and it opens the hub through the forward.
      const secret = cluster.get('Secret', 'trawl-tokens', 'trawl')!;
      const token = Buffer.from((secret.data as Record<string, string>)['hub-token']!, 'base64').toString();
      assert.equal(new URL(url).searchParams.get('token'), token);
      assert.ok(token.length >= 24);
      const res = await fetch(new URL('/api/stats', url), { headers: { authorization: `Bearer ${token}` } });
      assert.equal(await res.text(), `hub pod saw GET /api/stats auth=Bearer ${token}`);
      // Several connections at once, each its own stream.
      const many = await Promise.all(Array.from({ length: 5 }, (_, i) => fetch(new URL(`/n${i}`, url)).then((r) => r.text())));
      assert.deepEqual(many, [0, 1, 2, 3, 4].map((i) => `hub pod saw GET /n${i} auth=`));
      assert.ok(cluster.requests.some((r) => r.method === 'UPGRADE' && /\/namespaces\/trawl\/pods\/trawl-hub-[^/]+\/portforward$/.test(r.path)));
    } finally {
      tap.child.kill('SIGINT');
    }
    assert.equal(await tap.closed, 0, 'Ctrl-C ends tap cleanly');
    noStack(tap.output().err);
  });

  test('a second tap updates in place and keeps the tokens; --no-forward returns once ready', async () => {
    const secretBefore = JSON.stringify(cluster.get('Secret', 'trawl-tokens', 'trawl')!.data);
    const generation = cluster.get('DaemonSet', 'trawl-worker', 'trawl')!.metadata.generation;
    const same = await trawl(['tap', '--kubeconfig', kubeconfig, '--no-forward', '--timeout', '10', '--image', 'registry.local/trawl:t1', '--worker-arg=--redact-header=x-team']);
    assert.equal(same.code, 0, same.err);
    assert.match(same.err, /tokens kept from the last tap/);
    assert.equal(JSON.stringify(cluster.get('Secret', 'trawl-tokens', 'trawl')!.data), secretBefore);
    assert.equal(cluster.get('DaemonSet', 'trawl-worker', 'trawl')!.metadata.generation, generation, 'nothing changed, nothing rolled');
    // A new image: the workers roll; tap waits for the new generation, not the old pods.
    const changed = trawl(['tap', '--kubeconfig', kubeconfig, '--no-forward', '--timeout', '30', '--image', 'registry.local/trawl:t2']);
    await new Promise((r) => setTimeout(r, 2_000));
    assert.equal(cluster.get('DaemonSet', 'trawl-worker', 'trawl')!.metadata.generation, generation! + 1);
    cluster.runPods('trawl', ['node-a', 'node-b']);
    const done = await changed;
    assert.equal(done.code, 0, done.err);
    assert.match(done.err, /trawl: nats 1\/1, hub 0\/1, worker 0\/2\n/, 'the old pods do not count for the new spec');
    assert.match(done.err, /ready: nats 1\/1, hub 1\/1, worker 2\/2/);
    assert.equal(container(cluster.get('DaemonSet', 'trawl-worker', 'trawl')!).image, 'registry.local/trawl:t2');
  });

  test('not ready in time: exit 1 with what the pods say, and how to go on', async () => {
    const ns = 'stuck';
    const run = trawl(['tap', '--kubeconfig', kubeconfig, '--namespace', ns, '--timeout', '3', '--no-forward']);
    await new Promise((r) => setTimeout(r, 1_000));
    cluster.failPod(ns, 'trawl-worker-0x', 'worker', 'CrashLoopBackOff', 'back-off 40s restarting failed container');
    const r = await run;
    assert.equal(r.code, 1);
    assert.match(r.err, /trawl is not ready after 3 s \(nats 0\/1, hub 0\/1, worker 0\/0\); pod trawl-worker-0x: worker: CrashLoopBackOff: back-off 40s/);
    assert.match(r.err, /`trawl clean --kube` removes it/);
    noStack(r.err);
    // Objects in their own namespace, cluster objects named after it: installs do not collide.
    assert.ok(cluster.get('ClusterRole', 'trawl-worker-stuck'));
    const binding = cluster.get('ClusterRoleBinding', 'trawl-worker-stuck')!;
    assert.deepEqual(binding.subjects, [{ kind: 'ServiceAccount', name: 'trawl-worker', namespace: 'stuck' }]);
  });

  test('--dry-run prints the objects as YAML without the tokens and touches nothing', async () => {
    const seen = cluster.requests.length;
    const r = await trawl(['tap', '--dry-run', '--namespace', 'team-a', '--storage', '20Gi', '--storage-class', 'fast', '--interface-prefix', 'cali']);
    assert.equal(r.code, 0, r.err);
    assert.equal(cluster.requests.length, seen);
    // Plain objects (client-node hands back its model classes).
    const objects = JSON.parse(JSON.stringify(loadAllYaml(r.out))) as StoredObject[];
    assert.equal(objects.length, 14);
    assert.ok(objects.every((o) => o.kind === 'Namespace' || o.kind.startsWith('Cluster') || o.kind === 'CustomResourceDefinition' || o.metadata.namespace === 'team-a'));
    assert.ok(!objects.some((o) => o.kind === 'Secret'));
    const claim = objects.find((o) => o.kind === 'PersistentVolumeClaim')!;
    assert.deepEqual(claim.spec, { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } }, storageClassName: 'fast' });
    const worker = objects.find((o) => o.kind === 'DaemonSet')!;
    const args = container(worker).args as string[];
    assert.deepEqual(args.slice(args.indexOf('--interface-prefix'), args.indexOf('--interface-prefix') + 2), ['--interface-prefix', 'cali']);
    assert.ok(args.includes('nats://trawl-nats.team-a.svc:4222'));
  });

  test('bad usage exits 2 and an unreachable cluster exits 1, each with one clear line', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--namespace', 'Not_A_Label'], /--namespace must be a DNS label/],
      [['--image', 'a b'], /--image is not an image reference/],
      [['--pull-policy', 'Sometimes'], /--pull-policy takes IfNotPresent, Always, Never/],
      [['--iface', 'any', '--interface-prefix', 'cali'], /choose one/],
      [['--storage', 'lots'], /--storage takes a Kubernetes quantity/],
      [['--storage-class', 'fast'], /--storage-class needs --storage/],
      [['--timeout', '0'], /--timeout takes seconds/],
      [['--worker-arg', 'x'], /take flags/],
      [['--kubeconfig', join(tmp, 'nope')], /does not exist/],
      [['--kubeconfig', kubeconfig, '--context', 'other'], /has no such context \(it has: fake\)/],
      [['--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const r = await trawl(['tap', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message);
      noStack(r.err);
    }
    const down = join(tmp, 'down.kubeconfig');
    writeFileSync(down, cluster.kubeconfig().replace(`127.0.0.1:${cluster.port}`, '127.0.0.1:9'));
    const r = await trawl(['tap', '--kubeconfig', down, '--no-forward']);
    assert.equal(r.code, 1);
    assert.match(r.err, /cannot apply Namespace\/trawl: .*ECONNREFUSED/);
    noStack(r.err);
  });
});

describe('trawl tap --ephemeral', () => {
  test('Ctrl-C ends the forward and removes trawl, as podloxx does', async () => {
    const tap = tapUntilUrl(['--kubeconfig', kubeconfig, '--namespace', 'brief', '--port', '0', '--timeout', '30', '--ephemeral'], () => {
      setTimeout(() => {
        cluster.runPods('brief', ['node-a']);
        const hub = cluster.list('Pod').find((p) => p.metadata.namespace === 'brief' && p.metadata.name.startsWith('trawl-hub-'))!;
        cluster.forwards.set(hub.metadata.name, hubPodPort);
      }, 500);
    });
    const url = await tap.url;
    assert.equal((await fetch(url)).status, 200);
    assert.ok(cluster.get('Namespace', 'brief'));
    tap.child.kill('SIGINT');
    assert.equal(await tap.closed, 0, tap.output().err);
    assert.match(tap.output().err, /removed ClusterRoleBinding\/trawl-worker-brief, ClusterRole\/trawl-worker-brief, ClusterRoleBinding\/trawl-hub-brief, ClusterRole\/trawl-hub-brief, Namespace\/brief/);
    assert.equal(cluster.get('Namespace', 'brief'), undefined);
    assert.equal(cluster.get('ClusterRole', 'trawl-worker-brief'), undefined);
    const bad = await trawl(['tap', '--ephemeral', '--no-forward']);
    assert.equal(bad.code, 2);
  });
});

describe('trawl clean --kube', () => {
  test('removes the namespace and the cluster role, says what was there; again: nothing', async () => {
    const r = await trawl(['clean', '--kube', '--kubeconfig', kubeconfig]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /context "fake", namespace trawl: deleted ClusterRoleBinding\/trawl-worker-trawl, ClusterRole\/trawl-worker-trawl, ClusterRoleBinding\/trawl-hub-trawl, ClusterRole\/trawl-hub-trawl, Namespace\/trawl/);
    assert.ok(cluster.get('CustomResourceDefinition', 'packetcaptureconfigs.trawl.dev'), 'the CRD stays (users\' configs depend on it)');
    assert.equal([...cluster.objects.values()].filter((o) => o.metadata.namespace === 'trawl' || o.metadata.name === 'trawl' || o.metadata.name === 'trawl-worker-trawl').length, 0);
    assert.ok(cluster.get('Namespace', 'stuck'), 'another install is left alone');
    const again = await trawl(['clean', '--kube', '--kubeconfig', kubeconfig]);
    assert.equal(again.code, 0);
    assert.match(again.out, /nothing of trawl was there/);
  });

  test('a namespace trawl did not make is never deleted', async () => {
    cluster.objects.set('/api/v1|namespaces||payments', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } });
    const r = await trawl(['clean', '--kube', '--kubeconfig', kubeconfig, '--namespace', 'payments']);
    assert.equal(r.code, 1);
    assert.match(r.err, /Namespace\/payments exists but was not made by trawl .* left alone/);
    assert.ok(cluster.get('Namespace', 'payments'));
    const mixed = await trawl(['clean', '--kube', '--data', tmp]);
    assert.equal(mixed.code, 2);
    assert.match(mixed.err, /--data and --purge are for `trawl start`/);
  });
});
