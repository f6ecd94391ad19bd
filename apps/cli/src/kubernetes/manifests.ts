// What `trawl tap` puts into a cluster, as typed objects: the Helm chart (helm/trawl) is generated
// from the same function (scripts/helm-chart.mjs), so the two cannot drift apart.
//
//   namespace ─ nats (Deployment + Service, JetStream on an emptyDir, token auth)
//             ─ hub (Deployment + Service; SQLite on an emptyDir or a PersistentVolumeClaim)
//             ─ worker (DaemonSet on every node: host network and PIDs, NET_RAW/NET_ADMIN)
//   cluster   ─ ClusterRole + binding: the worker lists and watches pods, services and
//               EndpointSlices to name both ends of each entry; nothing else is granted.
//             ─ the PacketCaptureConfig CRD and the hub's ClusterRole + binding for its
//               controller (apps/hub/src/capture-configs: configs watched, their status
//               patched, pods read for their IPs, events created).
import { PACKET_CAPTURE_CONFIG_CRD, PACKET_CAPTURE_CONFIG_RBAC_RULES } from '@trawl/hub/crd';
import type {
  KubernetesObject,
  V1ClusterRole,
  V1ClusterRoleBinding,
  V1Container,
  V1DaemonSet,
  V1Deployment,
  V1EnvVar,
  V1Namespace,
  V1PersistentVolumeClaim,
  V1PodSpec,
  V1Secret,
  V1Service,
  V1ServiceAccount,
  V1Volume,
} from '@kubernetes/client-node';

export const HUB_PORT = 8898;
export const NATS_PORT = 4222;
export const WORKER_METRICS_PORT = 9898;
/** The Secret holding both tokens: made once (random) and kept across `tap`s. */
export const TOKENS_SECRET = 'trawl-tokens';
export const HUB_TOKEN_KEY = 'hub-token';
export const NATS_TOKEN_KEY = 'nats-token';

export interface ClusterSettings {
  namespace: string;
  /** The trawl image (docker/Dockerfile): worker, hub and UI. */
  image: string;
  natsImage: string;
  pullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  /** `--iface` of the workers (`any` by default), or `--interface-prefix` when set. */
  iface: string;
  interfacePrefix?: string;
  /** Hub storage: an emptyDir when undefined, else a PersistentVolumeClaim of this size. */
  storageSize?: string;
  storageClass?: string;
  /** Hub flags such as `--retention-age 7d`, passed as they are. */
  hubArgs: string[];
  /** Worker flags such as `--redact-header x-team`, passed as they are. */
  workerArgs: string[];
}

export const DEFAULT_SETTINGS: ClusterSettings = {
  namespace: 'trawl',
  image: 'ghcr.io/trawl-dev/trawl:0.1.0',
  natsImage: 'nats:2.10-alpine',
  pullPolicy: 'IfNotPresent',
  iface: 'any',
  hubArgs: [],
  workerArgs: [],
};

/** Names and labels every object shares; `component` picks the pods of one part. */
export const NAMES = { nats: 'trawl-nats', hub: 'trawl-hub', worker: 'trawl-worker', role: 'trawl-worker', hubRole: 'trawl-hub' } as const;
export const PART_OF = { 'app.kubernetes.io/part-of': 'trawl' };
export const componentLabels = (component: 'nats' | 'hub' | 'worker') => ({ 'app.kubernetes.io/name': `trawl-${component}`, 'app.kubernetes.io/component': component, ...PART_OF });
export const selectorOf = (component: 'nats' | 'hub' | 'worker') => `app.kubernetes.io/component=${component},app.kubernetes.io/part-of=trawl`;

const secretEnv = (name: string, key: string): V1EnvVar => ({ name, valueFrom: { secretKeyRef: { name: TOKENS_SECRET, key } } });

/** The Secret with both tokens; separate from `clusterObjects` because an existing one is kept. */
export function tokensSecret(namespace: string, hubToken: string, natsToken: string): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: TOKENS_SECRET, namespace, labels: { ...PART_OF } },
    type: 'Opaque',
    stringData: { [HUB_TOKEN_KEY]: hubToken, [NATS_TOKEN_KEY]: natsToken },
  };
}

/** Every object but the Secret, in the order they can be applied (namespace and RBAC first). */
export function clusterObjects(s: ClusterSettings): KubernetesObject[] {
  const ns = s.namespace;
  const namespace: V1Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { ...PART_OF } } };
  const account: V1ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: NAMES.worker, namespace: ns, labels: componentLabels('worker') } };
  // Cluster-scoped, so named after the namespace: two installs in two namespaces do not collide.
  const roleName = `${NAMES.role}-${ns}`;
  const role: V1ClusterRole = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: roleName, labels: { ...PART_OF } },
    rules: [
      { apiGroups: [''], resources: ['pods', 'services'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
    ],
  };
  const binding: V1ClusterRoleBinding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: roleName, labels: { ...PART_OF } },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects: [{ kind: 'ServiceAccount', name: NAMES.worker, namespace: ns }],
  };
  const objects: KubernetesObject[] = [namespace, account, role, binding, ...hubAccess(ns), PACKET_CAPTURE_CONFIG_CRD, ...natsObjects(s), ...hubObjects(s), workerDaemonSet(s)];
  return objects;
}

/** The hub's ServiceAccount and what its PacketCaptureConfig controller may do, cluster-wide. */
function hubAccess(ns: string): KubernetesObject[] {
  const name = `${NAMES.hubRole}-${ns}`;
  const account: V1ServiceAccount = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: NAMES.hub, namespace: ns, labels: componentLabels('hub') } };
  const role: V1ClusterRole = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, labels: { ...PART_OF } }, rules: PACKET_CAPTURE_CONFIG_RBAC_RULES };
  const binding: V1ClusterRoleBinding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name, labels: { ...PART_OF } },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
    subjects: [{ kind: 'ServiceAccount', name: NAMES.hub, namespace: ns }],
  };
  return [account, role, binding];
}

function natsObjects(s: ClusterSettings): KubernetesObject[] {
  const container: V1Container = {
    name: 'nats',
    image: s.natsImage,
    imagePullPolicy: s.pullPolicy,
    // $(NATS_TOKEN) is expanded by the kubelet from the env below: the token never sits in the spec.
    args: ['--jetstream', '--store_dir', '/data', '--http_port', '8222', '--auth', '$(NATS_TOKEN)'],
    env: [secretEnv('NATS_TOKEN', NATS_TOKEN_KEY)],
    ports: [{ name: 'client', containerPort: NATS_PORT }, { name: 'monitor', containerPort: 8222 }],
    readinessProbe: { httpGet: { path: '/healthz', port: 'monitor' }, periodSeconds: 5 },
    volumeMounts: [{ name: 'data', mountPath: '/data' }],
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '1Gi' } },
  };
  // One JetStream store: never two servers on it at once.
  return singlePod(s.namespace, 'nats', { containers: [container], volumes: [{ name: 'data', emptyDir: {} }] }, { name: 'client', port: NATS_PORT });
}

/**
 * One pod of a part (a Deployment of one replica, Recreate: the old pod lets go of its store
 * before the new one opens it) and the Service in front of its one port.
 */
function singlePod(namespace: string, component: 'nats' | 'hub', pod: V1PodSpec, port: { name: string; port: number }): [V1Deployment, V1Service] {
  const labels = componentLabels(component);
  const name = NAMES[component];
  const deployment: V1Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels },
    spec: { replicas: 1, strategy: { type: 'Recreate' }, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: pod } },
  };
  const service: V1Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels },
    spec: { selector: labels, ports: [{ name: port.name, port: port.port, targetPort: port.name }] },
  };
  return [deployment, service];
}

/** The address workers and the hub reach NATS at (workers use the node's DNS policy for it). */
export const natsUrl = (namespace: string) => `nats://${NAMES.nats}.${namespace}.svc:${NATS_PORT}`;

function hubObjects(s: ClusterSettings): KubernetesObject[] {
  const labels = componentLabels('hub');
  const objects: KubernetesObject[] = [];
  let data: V1Volume = { name: 'data', emptyDir: {} };
  if (s.storageSize !== undefined) {
    const claim: V1PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: NAMES.hub, namespace: s.namespace, labels },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: s.storageSize } },
        ...(s.storageClass !== undefined ? { storageClassName: s.storageClass } : {}),
      },
    };
    objects.push(claim);
    data = { name: 'data', persistentVolumeClaim: { claimName: NAMES.hub } };
  }
  const container: V1Container = {
    name: 'hub',
    image: s.image,
    imagePullPolicy: s.pullPolicy,
    // Listening beyond loopback, the hub refuses to start without TRAWL_TOKEN (README: security).
    args: ['hub', '--host', '0.0.0.0', '--port', String(HUB_PORT), '--nats', natsUrl(s.namespace), '--data', '/data', ...s.hubArgs],
    env: [secretEnv('TRAWL_TOKEN', HUB_TOKEN_KEY), secretEnv('TRAWL_NATS_TOKEN', NATS_TOKEN_KEY)],
    ports: [{ name: 'http', containerPort: HUB_PORT }],
    readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 5 },
    livenessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 20, failureThreshold: 6 },
    volumeMounts: [{ name: 'data', mountPath: '/data' }],
    resources: { requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '2Gi' } },
  };
  // One SQLite writer.
  return [...objects, ...singlePod(s.namespace, 'hub', { serviceAccountName: NAMES.hub, containers: [container], volumes: [data] }, { name: 'http', port: HUB_PORT })];
}

function workerDaemonSet(s: ClusterSettings): V1DaemonSet {
  const labels = componentLabels('worker');
  const capture = s.interfacePrefix !== undefined ? ['--interface-prefix', s.interfacePrefix] : ['--iface', s.iface];
  const container: V1Container = {
    name: 'worker',
    image: s.image,
    imagePullPolicy: s.pullPolicy,
    args: [
      'worker',
      '--nats', natsUrl(s.namespace),
      '--node', '$(NODE_NAME)',
      ...capture,
      // trawl's own traffic (NATS, the hub's API and UI, the workers' metrics) is not captured:
      // the UI would otherwise watch itself. A --worker-arg=--bpf=… comes later and wins.
      '--bpf', `not (tcp port ${NATS_PORT} or tcp port ${HUB_PORT} or tcp port ${WORKER_METRICS_PORT})`,
      '--metrics-host', '0.0.0.0',
      '--metrics-port', String(WORKER_METRICS_PORT),
      '--jobs-dir', '/var/lib/trawl/jobs',
      ...s.workerArgs,
    ],
    env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }, secretEnv('TRAWL_NATS_TOKEN', NATS_TOKEN_KEY)],
    ports: [{ name: 'metrics', containerPort: WORKER_METRICS_PORT }],
    readinessProbe: { httpGet: { path: '/health', port: 'metrics' }, periodSeconds: 10 },
    // Capture needs raw sockets and promiscuous mode; naming local processes reads other
    // processes' /proc/<pid>/fd, which needs SYS_PTRACE. Nothing else is added.
    securityContext: { capabilities: { add: ['NET_RAW', 'NET_ADMIN', 'SYS_PTRACE'] } },
    volumeMounts: [{ name: 'jobs', mountPath: '/var/lib/trawl/jobs' }],
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '1Gi' } },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: NAMES.worker, namespace: s.namespace, labels },
    spec: {
      selector: { matchLabels: labels },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: NAMES.worker,
          // The node's interfaces (every pod's veth) and its processes (naming by /proc).
          hostNetwork: true,
          hostPID: true,
          // With the host's network, cluster DNS still names the NATS Service.
          dnsPolicy: 'ClusterFirstWithHostNet',
          // Every node, tainted ones (control plane) included.
          tolerations: [{ operator: 'Exists' }],
          containers: [container],
          volumes: [{ name: 'jobs', hostPath: { path: `/var/lib/trawl/${s.namespace}/jobs`, type: 'DirectoryOrCreate' } }],
        },
      },
    },
  };
}

/** `kind/namespace/name`, how objects are named in messages. */
export function describeObject(o: KubernetesObject): string {
  const ns = o.metadata?.namespace;
  return `${o.kind}/${ns ? `${ns}/` : ''}${o.metadata?.name}`;
}
