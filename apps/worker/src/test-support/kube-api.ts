// A stand-in for the Kubernetes API server, for tests: the list and watch of pods, services and
// EndpointSlices that @kubernetes/client-node's informers use, over plain HTTP on loopback. It
// keeps a resource version per change like etcd does, answers a watch from an old version with
// every change since, and answers one too old with 410 Gone (the client must list again).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type KubeKind = 'pods' | 'services' | 'endpointslices';

const PATHS: Record<KubeKind, string> = {
  pods: '/api/v1/pods',
  services: '/api/v1/services',
  endpointslices: '/apis/discovery.k8s.io/v1/endpointslices',
};
const LIST_KIND: Record<KubeKind, [string, string]> = {
  pods: ['PodList', 'v1'],
  services: ['ServiceList', 'v1'],
  endpointslices: ['EndpointSliceList', 'discovery.k8s.io/v1'],
};

interface KubeObject {
  metadata: { name: string; namespace: string; resourceVersion?: string; [k: string]: unknown };
  [k: string]: unknown;
}

interface Change {
  rv: number;
  kind: KubeKind;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
}

export class FakeKubeApi {
  private server: Server | null = null;
  private port = 0;
  private rv = 100;
  private readonly objects: Record<KubeKind, Map<string, KubeObject>> = { pods: new Map(), services: new Map(), endpointslices: new Map() };
  private changes: Change[] = [];
  private readonly watchers = new Set<{ kind: KubeKind; res: ServerResponse }>();
  /** Every request, `GET path?query`, in order. */
  readonly requests: string[] = [];
  /** Lists answered with 500 before lists succeed again (an API server in trouble). */
  failLists = 0;

  private host = '127.0.0.1';

  /** Listens on `host` (loopback unless a test's network namespace needs another address). */
  async start(port = this.port, host = this.host): Promise<void> {
    this.host = host;
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops answering (open watches are cut); `start()` brings it back on the same port. */
  async stop(): Promise<void> {
    this.closeWatches();
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  get url(): string {
    return `http://${this.host}:${this.port}`;
  }

  /** A kubeconfig whose current context is this server. */
  kubeconfig(): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      // client-node refuses plain HTTP unless TLS checks are off (there is no TLS to check).
      `- name: stand-in\n  cluster:\n    server: ${this.url}\n    insecure-skip-tls-verify: true`,
      'users:',
      '- name: tester\n  user:\n    token: stand-in-token',
      'contexts:',
      '- name: stand-in\n  context:\n    cluster: stand-in\n    user: tester',
      'current-context: stand-in',
      '',
    ].join('\n');
  }

  /** Adds or replaces an object (ADDED or MODIFIED to every watch). */
  put(kind: KubeKind, object: KubeObject): void {
    const key = `${object.metadata.namespace}/${object.metadata.name}`;
    const type = this.objects[kind].has(key) ? 'MODIFIED' : 'ADDED';
    const stored = { ...object, metadata: { ...object.metadata, resourceVersion: String(++this.rv) } };
    this.objects[kind].set(key, stored);
    this.record({ rv: this.rv, kind, type, object: stored });
  }

  remove(kind: KubeKind, namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    const old = this.objects[kind].get(key);
    if (!old) return;
    this.objects[kind].delete(key);
    this.record({ rv: ++this.rv, kind, type: 'DELETED', object: { ...old, metadata: { ...old.metadata, resourceVersion: String(this.rv) } } });
  }

  /** Forgets the change history, as etcd compaction does: a watch from an older version gets 410. */
  compact(): void {
    this.changes = [];
  }

  /** Ends every open watch cleanly, as an API server does when a watch times out. */
  closeWatches(): void {
    for (const w of this.watchers) w.res.end();
    this.watchers.clear();
  }

  get openWatches(): number {
    return this.watchers.size;
  }

  private record(change: Change): void {
    this.changes.push(change);
    for (const w of this.watchers) if (w.kind === change.kind) send(w.res, change);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const kind = (Object.keys(PATHS) as KubeKind[]).find((k) => PATHS[k] === url.pathname);
    if (req.method !== 'GET' || kind === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 404, message: 'not found' }));
      return;
    }
    if (url.searchParams.get('watch') !== 'true') {
      if (this.failLists > 0) {
        this.failLists--;
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', code: 500, message: 'etcd is away' }));
        return;
      }
      const [listKind, apiVersion] = LIST_KIND[kind];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: listKind, apiVersion, metadata: { resourceVersion: String(this.rv) }, items: [...this.objects[kind].values()] }));
      return;
    }
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const oldest = this.changes[0]?.rv ?? this.rv + 1;
    if (from < this.rv && from < oldest - 1) {
      // Too old: the history it needs is gone.
      res.end(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' } }) + '\n');
      return;
    }
    for (const c of this.changes) if (c.kind === kind && c.rv > from) send(res, c);
    const w = { kind, res };
    this.watchers.add(w);
    res.on('close', () => this.watchers.delete(w));
  }
}

function send(res: ServerResponse, c: Change): void {
  res.write(JSON.stringify({ type: c.type, object: c.object }) + '\n');
}
