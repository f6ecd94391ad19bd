import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClusterIndex, workloadName } from './cluster-index.js';
import type { EndpointSliceObject, PodObject } from './objects.js';

function pod(name: string, ip: string | undefined, extra: Partial<PodObject> & { owner?: [string, string]; hash?: string; ns?: string } = {}): PodObject {
  const { owner, hash, ns, ...rest } = extra;
  return {
    metadata: {
      name,
      namespace: ns ?? 'shop',
      labels: hash ? { 'pod-template-hash': hash } : {},
      ownerReferences: owner ? [{ kind: owner[0], name: owner[1], controller: true }] : undefined,
    },
    spec: { nodeName: 'node-1' },
    status: { phase: 'Running', podIP: ip, podIPs: ip ? [{ ip }] : [] },
    ...rest,
  };
}

function slice(name: string, service: string, pods: string[], ns = 'shop'): EndpointSliceObject {
  return {
    metadata: { name, namespace: ns, labels: { 'kubernetes.io/service-name': service } },
    endpoints: pods.map((p) => ({ targetRef: { kind: 'Pod', name: p, namespace: ns } })),
  };
}

test('a pod is named by its workload: the Deployment behind its ReplicaSet, a StatefulSet, itself', () => {
  assert.equal(workloadName(pod('frontend-7d9c8-abcde', '10.1.0.7', { owner: ['ReplicaSet', 'frontend-7d9c8'], hash: '7d9c8' })), 'frontend');
  // A ReplicaSet not made by a Deployment (no hash suffix) keeps its own name.
  assert.equal(workloadName(pod('batch-x1', '10.1.0.8', { owner: ['ReplicaSet', 'batch'], hash: '7d9c8' })), 'batch');
  assert.equal(workloadName(pod('db-0', '10.1.0.9', { owner: ['StatefulSet', 'db'] })), 'db');
  assert.equal(workloadName(pod('debug', '10.1.0.10')), 'debug');
});

test('pod IPs and service cluster IPs name their ends; unknown addresses are left to the next namer', () => {
  const ix = new ClusterIndex();
  ix.upsertPod(pod('frontend-7d9c8-abcde', '10.1.0.7', { owner: ['ReplicaSet', 'frontend-7d9c8'], hash: '7d9c8' }));
  ix.upsertService({ metadata: { name: 'orders', namespace: 'shop' }, spec: { clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20', 'fd00::20'] } });
  assert.deepEqual(ix.name('10.1.0.7'), { kind: 'pod', name: 'frontend', namespace: 'shop', pod: 'frontend-7d9c8-abcde', node: 'node-1' });
  assert.deepEqual(ix.name('10.96.0.20'), { kind: 'service', name: 'orders', service: 'orders', namespace: 'shop' });
  assert.deepEqual(ix.name('fd00::20'), ix.name('10.96.0.20'));
  assert.equal(ix.name('10.1.0.99'), undefined);
  assert.deepEqual(ix.counts, { pods: 1, services: 1, endpointSlices: 0 });
});

test('a pod selected by a service is called by the service, until its EndpointSlice lets it go', () => {
  const ix = new ClusterIndex();
  ix.upsertPod(pod('orders-5f6d-x2', '10.1.0.9', { owner: ['ReplicaSet', 'orders-5f6d'], hash: '5f6d' }));
  ix.upsertEndpointSlice(slice('orders-abc', 'orders-api', ['orders-5f6d-x2']));
  assert.deepEqual(ix.name('10.1.0.9'), { kind: 'pod', name: 'orders-api', service: 'orders-api', namespace: 'shop', pod: 'orders-5f6d-x2', node: 'node-1' });
  // Two slices of one service list it: it stays a member until both let it go.
  ix.upsertEndpointSlice(slice('orders-def', 'orders-api', ['orders-5f6d-x2']));
  ix.deleteEndpointSlice(slice('orders-abc', 'orders-api', []));
  assert.equal(ix.name('10.1.0.9')?.service, 'orders-api');
  ix.upsertEndpointSlice(slice('orders-def', 'orders-api', []));
  assert.deepEqual(ix.name('10.1.0.9'), { kind: 'pod', name: 'orders', namespace: 'shop', pod: 'orders-5f6d-x2', node: 'node-1' });
  // A slice that arrives before its pod still names it when the pod comes.
  ix.upsertEndpointSlice(slice('cart-1', 'cart', ['cart-0']));
  ix.upsertPod(pod('cart-0', '10.1.0.11', { owner: ['StatefulSet', 'cart'] }));
  assert.equal(ix.name('10.1.0.11')?.name, 'cart');
  assert.equal(ix.name('10.1.0.11')?.service, 'cart');
  // Several services: the first by name, every time.
  ix.upsertEndpointSlice(slice('all-1', 'all-shop', ['cart-0']));
  assert.equal(ix.name('10.1.0.11')?.service, 'all-shop');
});

test('IPs move: a pod that changes address, ends, or is deleted lets its old address go', () => {
  const ix = new ClusterIndex();
  ix.upsertPod(pod('a', undefined));
  assert.equal(ix.name('10.1.0.7'), undefined, 'pending pod: no IP yet');
  ix.upsertPod(pod('a', '10.1.0.7'));
  assert.equal(ix.name('10.1.0.7')?.pod, 'a');
  // The old pod is terminating while a new one already has its IP: the newer one is named.
  ix.upsertPod(pod('b', '10.1.0.7'));
  assert.equal(ix.name('10.1.0.7')?.pod, 'b');
  ix.deletePod(pod('b', '10.1.0.7'));
  assert.equal(ix.name('10.1.0.7')?.pod, 'a', 'the pod still holding the address takes it back');
  ix.upsertPod({ ...pod('a', '10.1.0.7'), status: { phase: 'Succeeded', podIP: '10.1.0.7' } });
  assert.equal(ix.name('10.1.0.7'), undefined, 'an ended pod holds no address');
  ix.upsertPod({ ...pod('h', '192.168.1.5'), spec: { hostNetwork: true } });
  assert.equal(ix.name('192.168.1.5'), undefined, 'host-network pods share the node address: left to /proc naming');
  ix.upsertService({ metadata: { name: 'headless', namespace: 'shop' }, spec: { clusterIP: 'None' } });
  assert.equal(ix.name('None'), undefined);
  ix.upsertService({ metadata: { name: 's', namespace: 'shop' }, spec: { clusterIP: '10.96.0.5' } });
  ix.deleteService({ metadata: { name: 's', namespace: 'shop' } });
  assert.equal(ix.name('10.96.0.5'), undefined);
});

test('objects without a name or namespace, or with fields of the wrong shape, are counted and ignored', () => {
  const ix = new ClusterIndex();
  ix.upsertPod({ metadata: { name: 'x' }, status: { podIP: '10.1.0.1' } });
  ix.upsertService({ spec: { clusterIP: '10.96.0.1' } });
  ix.upsertEndpointSlice({ metadata: { namespace: 'shop' } });
  assert.equal(ix.invalidObjects, 3);
  assert.equal(ix.name('10.1.0.1'), undefined);
  const odd = { metadata: { name: 'y', namespace: 'shop', ownerReferences: 'nope' }, status: { podIPs: [null, { ip: 7 }], podIP: '10.1.0.2' } } as unknown as PodObject;
  ix.upsertPod(odd);
  assert.equal(ix.name('10.1.0.2')?.name, 'y');
  ix.upsertEndpointSlice({ metadata: { name: 's', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'svc' } }, endpoints: [null, { targetRef: { kind: 'Node', name: 'n' } }] } as unknown as EndpointSliceObject);
  assert.equal(ix.name('10.1.0.2')?.service, undefined);
});
