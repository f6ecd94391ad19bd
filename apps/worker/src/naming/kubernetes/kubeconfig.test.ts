import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kubernetesSource, loadKubeConfig } from './kubeconfig.js';

test('where the cluster comes from: --kubeconfig, else the pod the worker runs in, else nowhere', () => {
  const inPod = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };
  assert.deepEqual(kubernetesSource('/etc/k.yaml', false, inPod), { kind: 'kubeconfig', path: '/etc/k.yaml' });
  assert.deepEqual(kubernetesSource(undefined, false, inPod), { kind: 'in-cluster' });
  assert.equal(kubernetesSource(undefined, true, inPod), null, '--no-kubernetes');
  assert.equal(kubernetesSource(undefined, false, {}), null, 'a plain host: no Kubernetes naming');
  assert.equal(kubernetesSource(undefined, false, { KUBERNETES_SERVICE_HOST: '10.96.0.1' }), null, 'half an environment is not a pod');
});

test('in a pod, the API server is the one the kubelet named', () => {
  const saved = { ...process.env };
  process.env.KUBERNETES_SERVICE_HOST = '10.96.0.1';
  process.env.KUBERNETES_SERVICE_PORT = '443';
  try {
    assert.equal(loadKubeConfig({ kind: 'in-cluster' }).getCurrentCluster()?.server, 'https://10.96.0.1:443');
  } finally {
    process.env = saved;
  }
});
