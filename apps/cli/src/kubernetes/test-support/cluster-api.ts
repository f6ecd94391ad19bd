// A stand-in for a Kubernetes API server, for `trawl tap` / `trawl clean --kube` tests (no
// cluster runs here): discovery, server-side apply, get, list (label selectors), delete (a
// namespace takes its objects with it), and pod port-forward over WebSocket
// (v4.channel.k8s.io) to a real local port. What a kubelet and the controllers would do (pods,
// ready status) a test does with `runPods`/`failPod`. Plain HTTP on loopback, reached only
// through @kubernetes/client-node.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  generation?: number;
  resourceVersion?: string;
  uid?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  [k: string]: unknown;
}
export interface StoredObject {
  apiVersion: string;
  kind: string;
  metadata: Meta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [k: string]: unknown;
}

interface Resource {
  name: string;
  kind: string;
  namespaced: boolean;
}
const GROUPS: Record<string, Resource[]> = {
  '/api/v1': [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'pods', kind: 'Pod', namespaced: true },
    { name: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true },
  ],
  '/apis/apps/v1': [
    { name: 'deployments', kind: 'Deployment', namespaced: true },
    { name: 'daemonsets', kind: 'DaemonSet', namespaced: true },
  ],
  '/apis/apiextensions.k8s.io/v1': [{ name: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false }],
  '/apis/rbac.authorization.k8s.io/v1': [
    { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  ],
};

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  contentType?: string;
  fieldManager?: string;
}

function status(res: ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message }));
}

function matches(labels: Record<string, string> | undefined, selector: string | null): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return labels?.[k!] === v;
  });
}

export class FakeCluster {
  private server: Server | null = null;
  private readonly wss = new WebSocketServer({ noServer: true, handleProtocols: (offered) => (offered.has('v4.channel.k8s.io') ? 'v4.channel.k8s.io' : false) });
  private rv = 1000;
  /** `group|resource|namespace|name` → object. */
  readonly objects = new Map<string, StoredObject>();
  readonly requests: SeenRequest[] = [];
  /** pod name → local port its forwarded port reaches. */
  readonly forwards = new Map<string, number>();
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => status(res, 500, 'InternalError', String(e)));
    });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url!, 'http://x');
      this.requests.push({ method: 'UPGRADE', path: url.pathname });
      const m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/portforward$/.exec(url.pathname);
      if (!m) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.portForward(ws, m[2]!, Number(url.searchParams.get('ports'))));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A kubeconfig naming this server (plain HTTP, so TLS checks are off). */
  kubeconfig(context = 'fake'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      `current-context: ${context}`,
      `clusters: [{name: fake, cluster: {server: "http://127.0.0.1:${this.port}", insecure-skip-tls-verify: true}}]`,
      'users: [{name: fake, user: {token: fake-token}}]',
      `contexts: [{name: ${context}, context: {cluster: fake, user: fake}}]`,
      '',
    ].join('\n');
  }

  get(kind: string, name: string, namespace?: string): StoredObject | undefined {
    for (const o of this.objects.values()) if (o.kind === kind && o.metadata.name === name && (namespace === undefined || o.metadata.namespace === namespace)) return o;
    return undefined;
  }

  list(kind: string): StoredObject[] {
    return [...this.objects.values()].filter((o) => o.kind === kind);
  }

  /** What the controllers and kubelets would do: pods for every part, all ready, on `nodes`. */
  runPods(namespace: string, nodes: string[]): void {
    for (const d of this.list('Deployment').filter((o) => o.metadata.namespace === namespace)) {
      const labels = (d.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
      this.putPod(namespace, `${d.metadata.name}-5d8f7c9b4-x${d.metadata.generation}`, labels, nodes[0]!, true);
      d.status = { observedGeneration: d.metadata.generation, replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1 };
    }
    for (const ds of this.list('DaemonSet').filter((o) => o.metadata.namespace === namespace)) {
      const labels = (ds.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
      nodes.forEach((node, i) => this.putPod(namespace, `${ds.metadata.name}-${i}abcd`, labels, node, true));
      const n = nodes.length;
      ds.status = { observedGeneration: ds.metadata.generation, desiredNumberScheduled: n, currentNumberScheduled: n, numberReady: n, updatedNumberScheduled: n, numberAvailable: n };
    }
  }

  /** A pod of `component` that cannot start (its container waiting with `reason`). */
  failPod(namespace: string, name: string, component: string, reason: string, message: string): void {
    const pod = this.putPod(namespace, name, { 'app.kubernetes.io/component': component, 'app.kubernetes.io/part-of': 'trawl' }, 'node-a', false);
    pod.status!.containerStatuses = [{ name: component, ready: false, restartCount: 0, image: 'x', imageID: '', state: { waiting: { reason, message } } }];
  }

  private putPod(namespace: string, name: string, labels: Record<string, string>, node: string, ready: boolean): StoredObject {
    const pod: StoredObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, labels: { ...labels }, uid: `uid-${name}`, resourceVersion: String(++this.rv) },
      spec: { nodeName: node, containers: [] },
      status: { phase: ready ? 'Running' : 'Pending', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }], containerStatuses: [] },
    };
    this.objects.set(`/api/v1|pods|${namespace}|${name}`, pod);
    return pod;
  }

  private route(pathname: string): { group: string; resource: Resource; namespace?: string; name?: string } | 'discovery' | null {
    for (const [group, resources] of Object.entries(GROUPS)) {
      if (pathname === group) return 'discovery';
      if (!pathname.startsWith(group + '/')) continue;
      const parts = pathname.slice(group.length + 1).split('/').map(decodeURIComponent);
      let namespace: string | undefined;
      if (parts[0] === 'namespaces' && parts.length >= 3) {
        namespace = parts[1];
        parts.splice(0, 2);
      }
      const resource = resources.find((r) => r.name === parts[0]);
      if (!resource || parts.length > 2) return null;
      return { group, resource, ...(namespace !== undefined ? { namespace } : {}), ...(parts[1] !== undefined ? { name: parts[1] } : {}) };
    }
    return null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url!, 'http://x');
    const seen: SeenRequest = { method: req.method!, path: url.pathname };
    if (req.headers['content-type']) seen.contentType = req.headers['content-type'];
    if (url.searchParams.get('fieldManager')) seen.fieldManager = url.searchParams.get('fieldManager')!;
    this.requests.push(seen);
    if (req.headers.authorization !== 'Bearer fake-token') return status(res, 401, 'Unauthorized', 'Unauthorized');
    const r = this.route(url.pathname);
    if (r === 'discovery') {
      const resources = GROUPS[url.pathname]!.map((x) => ({ name: x.name, kind: x.kind, namespaced: x.namespaced, singularName: '', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'APIResourceList', groupVersion: url.pathname.replace(/^\/apis?\//, ''), resources }));
      return;
    }
    if (r === null) return status(res, 404, 'NotFound', `the server could not find the requested resource ${url.pathname}`);
    if (r.resource.namespaced && r.namespace !== undefined && r.resource.kind !== 'Namespace' && !this.objects.has(`/api/v1|namespaces||${r.namespace}`) && req.method === 'PATCH') {
      return status(res, 404, 'NotFound', `namespaces "${r.namespace}" not found`);
    }
    const key = `${r.group}|${r.resource.name}|${r.namespace ?? ''}|${r.name ?? ''}`;
    const body = await new Promise<string>((resolve) => {
      let b = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (b += c)).on('end', () => resolve(b));
    });
    if (req.method === 'GET' && r.name === undefined) {
      const items = [...this.objects.entries()]
        .filter(([k, o]) => k.startsWith(`${r.group}|${r.resource.name}|`) && (r.namespace === undefined || o.metadata.namespace === r.namespace) && matches(o.metadata.labels, url.searchParams.get('labelSelector')))
        .map(([, o]) => o);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: `${r.resource.kind}List`, apiVersion: r.group.replace(/^\/apis?\//, ''), metadata: { resourceVersion: String(this.rv) }, items }));
      return;
    }
    const found = this.objects.get(key);
    if (req.method === 'GET') {
      if (!found) return status(res, 404, 'NotFound', `${r.resource.name} "${r.name}" not found`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(found));
      return;
    }
    if (req.method === 'PATCH') {
      if (req.headers['content-type'] !== 'application/apply-patch+yaml') return status(res, 415, 'UnsupportedMediaType', 'only server-side apply here');
      if (!url.searchParams.get('fieldManager')) return status(res, 422, 'Invalid', 'fieldManager is required for apply patch');
      const applied = JSON.parse(body) as StoredObject;
      if (applied.metadata?.name !== r.name) return status(res, 400, 'BadRequest', 'the name of the object does not match the name on the URL');
      const before = found;
      const generation = before ? (JSON.stringify(before.spec) === JSON.stringify(applied.spec) ? before.metadata.generation! : before.metadata.generation! + 1) : 1;
      const obj: StoredObject = {
        ...applied,
        metadata: { ...applied.metadata, ...(r.namespace !== undefined ? { namespace: r.namespace } : {}), generation, resourceVersion: String(++this.rv), uid: before?.metadata.uid ?? `uid-${this.rv}`, creationTimestamp: before?.metadata.creationTimestamp ?? new Date().toISOString() },
        ...(before?.status ? { status: before.status } : {}),
      };
      if (obj.kind === 'Secret' && obj.stringData) {
        obj.data = Object.fromEntries(Object.entries(obj.stringData as Record<string, string>).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
        delete obj.stringData;
      }
      this.objects.set(key, obj);
      res.writeHead(before ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify(obj));
      return;
    }
    if (req.method === 'DELETE') {
      if (!found) return status(res, 404, 'NotFound', `${r.resource.name} "${r.name}" not found`);
      this.objects.delete(key);
      if (r.resource.kind === 'Namespace') {
        for (const [k, o] of this.objects) if (o.metadata.namespace === r.name) this.objects.delete(k);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Success', metadata: {} }));
      return;
    }
    status(res, 405, 'MethodNotAllowed', `${req.method} is not supported here`);
  }

  /** The kubelet's side of a port-forward: channel 0 data, channel 1 errors, each opened with the port. */
  private portForward(ws: WebSocket, pod: string, port: number): void {
    const portBytes = Buffer.from([port & 0xff, port >> 8]);
    ws.send(Buffer.concat([Buffer.from([0]), portBytes]));
    ws.send(Buffer.concat([Buffer.from([1]), portBytes]));
    const target = this.forwards.get(pod);
    if (target === undefined) {
      ws.send(Buffer.concat([Buffer.from([1]), Buffer.from(`pod ${pod} has nothing listening on port ${port}`)]));
      ws.close();
      return;
    }
    const tcp = connect(target, '127.0.0.1');
    tcp.on('data', (d) => ws.send(Buffer.concat([Buffer.from([0]), d])));
    tcp.on('error', (e) => {
      if (ws.readyState === ws.OPEN) ws.send(Buffer.concat([Buffer.from([1]), Buffer.from(`error forwarding port ${port} to pod ${pod}: ${e.message}`)]));
      ws.close();
    });
    tcp.on('close', () => ws.close());
    ws.on('message', (data: Buffer) => {
      if (data[0] === 0 && data.length > 1) tcp.write(data.subarray(1));
    });
    ws.on('close', () => tcp.end());
  }
}
