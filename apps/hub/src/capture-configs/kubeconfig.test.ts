// When the hub has a cluster: --kubeconfig, a pod's service account, or --no-kubernetes; a
// kubeconfig it cannot use stops the start (exit 2) naming the file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseOptions, UsageError } from '../cli/options.js';
import { startHub, StartError } from '../hub.js';
import { silentLogger } from '../log.js';
import { FakeClusterApi } from '../test-support/kube-api.js';
import { ClusterConfigError, clusterSource, loadClusterConfig } from './kubeconfig.js';

const base = ['--data', '/tmp/x'];
const pod = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };

test('the source: --kubeconfig first, then a pod\'s service account, never with --no-kubernetes', () => {
  assert.equal(parseOptions(base, {}).kubernetes, undefined);
  assert.deepEqual(parseOptions([...base, '--kubeconfig', '/k.yaml'], {}).kubernetes, { kind: 'kubeconfig', path: '/k.yaml' });
  assert.deepEqual(parseOptions(base, pod).kubernetes, { kind: 'in-cluster' });
  assert.deepEqual(parseOptions([...base, '--kubeconfig', '/k.yaml'], pod).kubernetes, { kind: 'kubeconfig', path: '/k.yaml' });
  assert.equal(parseOptions([...base, '--no-kubernetes'], pod).kubernetes, undefined);
  assert.equal(parseOptions(base, { KUBERNETES_SERVICE_HOST: '10.96.0.1' }).kubernetes, undefined);
  assert.throws(() => parseOptions([...base, '--no-kubernetes', '--kubeconfig', '/k.yaml'], {}), (e) => e instanceof UsageError && /contradict/.test(e.message));
  assert.equal(clusterSource(undefined, false, pod)?.kind, 'in-cluster');
});

test('a kubeconfig that is missing or names no server is refused before the hub opens anything', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-kubeconfig-'));
  try {
    assert.throws(() => loadClusterConfig({ kind: 'kubeconfig', path: join(dir, 'none.yaml') }), (e) => e instanceof ClusterConfigError && /cannot load --kubeconfig .*none\.yaml/.test(e.message));
    writeFileSync(join(dir, 'empty.yaml'), 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
    assert.throws(() => loadClusterConfig({ kind: 'kubeconfig', path: join(dir, 'empty.yaml') }), /names no cluster with a server/);
    const data = join(dir, 'data');
    await assert.rejects(
      startHub({ natsUrl: 'nats://127.0.0.1:1', dataDir: data, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger, kubernetes: { kind: 'kubeconfig', path: join(dir, 'none.yaml') } }),
      (e) => e instanceof StartError && /none\.yaml/.test(e.message),
    );
    assert.equal(existsSync(data), false, 'no store opened');
    // A usable one: the server is what client-node reads from it.
    const api = new FakeClusterApi(1);
    writeFileSync(join(dir, 'k.yaml'), api.kubeconfig());
    assert.equal(loadClusterConfig({ kind: 'kubeconfig', path: join(dir, 'k.yaml') }).getCurrentCluster()?.server, 'http://127.0.0.1:1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
