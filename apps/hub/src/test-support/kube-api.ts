// A stand-in for the Kubernetes API server, for the hub's PacketCaptureConfig tests: what the
// controller asks of a cluster, over plain HTTP on loopback, reached only through
// @kubernetes/client-node. PacketCaptureConfigs (cluster-scoped) are listed and watched with a
// resource version per change as etcd keeps them (a watch from an old version gets every change
// since, one too old gets 410 Gone); their status subresource takes JSON merge patches only (and
// changes nothing but the status); pods are read one at a time; Events are posted. The test plays
// kubectl: it puts and removes configs and pods directly.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const GROUP_PATH = '/apis/trawl.dev/v1/packetcaptureconfigs';
const TOKEN = 'stand-in-token';

export interface StoredConfig {
  apiVersion: string;
  kind: string;
  metadata: { name: string; uid: string; resourceVersion: string; creationTimestamp: string; generation: number };
  spec: unknown;
  status?: Record<string, any>;
}

interface Change {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: StoredConfig;
}

export interface PostedEvent {
  namespace: string;
  body: any;
}

/** RFC 7386: objects merge key by key, null removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

export class FakeClusterApi {
  private server: Server | null = null;
  private rv = 1000;
  private readonly configs = new Map<string, StoredConfig>();
  private readonly pods = new Map<string, unknown>();
  private changes: Change[] = [];
  private readonly watchers = new Set<ServerResponse>();
  /** Every request, `METHOD path?query`, in order. */
  readonly requests: string[] = [];
  /** Every status patch that landed: the config's name and the patch. */
  readonly patches: { name: string; status: Record<string, any> }[] = [];
  readonly events: PostedEvent[] = [];
  /** Status patches answered 500 before they land again (an API server in trouble). */
  failPatches = 0;

  constructor(
    private port = 0,
    private readonly host = '127.0.0.1',
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, this.host, () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops answering (open watches are cut); `start()` brings it back on the same port. */
  async stop(): Promise<void> {
    this.closeWatches();
    const s = this.server;
    this.server = null;
    if (s) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }

  get url(): string {
    return `http://${this.host}:${this.port}`;
  }

  /** A kubeconfig whose current context is this server (no TLS to check: client-node needs it said). */
  kubeconfig(): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      `clusters:\n- name: stand-in\n  cluster:\n    server: ${this.url}\n    insecure-skip-tls-verify: true`,
      `users:\n- name: hub\n  user:\n    token: ${TOKEN}`,
      'contexts:\n- name: stand-in\n  context:\n    cluster: stand-in\n    user: hub',
      'current-context: stand-in',
      '',
    ].join('\n');
  }

  /** `kubectl apply`: a new config (ADDED), or a new spec for one (MODIFIED, status kept). */
  apply(name: string, spec: unknown): StoredConfig {
    const old = this.configs.get(name);
    const metadata = old
      ? { ...old.metadata, generation: old.metadata.generation + 1, resourceVersion: String(++this.rv) }
      : { name, uid: randomUUID(), creationTimestamp: new Date().toISOString(), generation: 1, resourceVersion: String(++this.rv) };
    const object: StoredConfig = { apiVersion: 'trawl.dev/v1', kind: 'PacketCaptureConfig', metadata, spec, ...(old?.status ? { status: old.status } : {}) };
    this.configs.set(name, object);
    this.record({ rv: this.rv, type: old ? 'MODIFIED' : 'ADDED', object });
    return object;
  }

  /** As a status another controller (or an older hub) left. */
  setStatus(name: string, status: Record<string, any>): void {
    const o = this.configs.get(name)!;
    const object = { ...o, metadata: { ...o.metadata, resourceVersion: String(++this.rv) }, status };
    this.configs.set(name, object);
    this.record({ rv: this.rv, type: 'MODIFIED', object });
  }

  delete(name: string): void {
    const old = this.configs.get(name);
    if (!old) return;
    this.configs.delete(name);
    this.record({ rv: ++this.rv, type: 'DELETED', object: { ...old, metadata: { ...old.metadata, resourceVersion: String(this.rv) } } });
  }

  get(name: string): StoredConfig | undefined {
    return this.configs.get(name);
  }

  /** A pod with `ips` (none: one not scheduled yet). */
  putPod(namespace: string, name: string, ips: string[], phase = ips.length > 0 ? 'Running' : 'Pending'): void {
    this.pods.set(`${namespace}/${name}`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, uid: randomUUID(), resourceVersion: String(++this.rv) },
      spec: { containers: [{ name: 'app', image: 'app:1' }] },
      status: { phase, ...(ips.length > 0 ? { podIP: ips[0], podIPs: ips.map((ip) => ({ ip })) } : {}) },
    });
  }

  /** Forgets the change history, as etcd compaction does: a watch from an older version gets 410. */
  compact(): void {
    this.changes = [];
  }

  /** Ends every open watch cleanly, as an API server does when a watch times out. */
  closeWatches(): void {
    for (const w of this.watchers) w.end();
    this.watchers.clear();
  }

  get openWatches(): number {
    return this.watchers.size;
  }

  private record(c: Change): void {
    this.changes.push(c);
    for (const w of this.watchers) w.write(JSON.stringify({ type: c.type, object: c.object }) + '\n');
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (code: number, body: unknown): void => void res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const status = (code: number, reason: string, message: string) => send(code, { kind: 'Status', apiVersion: 'v1', status: 'Failure', code, reason, message });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return status(401, 'Unauthorized', 'Unauthorized');
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const p = url.pathname;
      const json = () => {
        try {
          return JSON.parse(body) as unknown;
        } catch {
          return undefined;
        }
      };
      if (req.method === 'GET' && p === GROUP_PATH) {
        if (url.searchParams.get('watch') === 'true') return this.watch(url, res);
        return send(200, { kind: 'PacketCaptureConfigList', apiVersion: 'trawl.dev/v1', metadata: { resourceVersion: String(this.rv) }, items: [...this.configs.values()] });
      }
      let m = new RegExp(`^${GROUP_PATH}/([^/]+)(/status)?$`).exec(p);
      if (m) {
        const o = this.configs.get(decodeURIComponent(m[1]!));
        if (!o) return status(404, 'NotFound', `packetcaptureconfigs.trawl.dev "${m[1]}" not found`);
        if (req.method === 'GET') return send(200, o);
        if (req.method !== 'PATCH' || !m[2]) return status(405, 'MethodNotAllowed', 'the stand-in takes GET and PATCH .../status only');
        if (req.headers['content-type'] !== 'application/merge-patch+json') return status(415, 'UnsupportedMediaType', `the stand-in takes merge patches only, not ${req.headers['content-type']}`);
        const patch = json() as { status?: Record<string, any> } | undefined;
        if (!patch || typeof patch !== 'object') return status(400, 'BadRequest', 'not JSON');
        if (this.failPatches > 0) {
          this.failPatches--;
          return status(500, 'InternalError', 'etcd is away');
        }
        // The status subresource ignores everything but the status.
        const next = { ...o, metadata: { ...o.metadata, resourceVersion: String(++this.rv) }, status: mergePatch(o.status ?? {}, patch.status ?? {}) as Record<string, any> };
        this.configs.set(o.metadata.name, next);
        this.patches.push({ name: o.metadata.name, status: patch.status ?? {} });
        this.record({ rv: this.rv, type: 'MODIFIED', object: next });
        return send(200, next);
      }
      m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/.exec(p);
      if (m && req.method === 'GET') {
        const pod = this.pods.get(`${m[1]}/${m[2]}`);
        return pod ? send(200, pod) : status(404, 'NotFound', `pods "${m[2]}" not found`);
      }
      m = /^\/api\/v1\/namespaces\/([^/]+)\/events$/.exec(p);
      if (m && req.method === 'POST') {
        const event = json();
        if (!event || typeof event !== 'object') return status(400, 'BadRequest', 'not JSON');
        this.events.push({ namespace: m[1]!, body: event });
        return send(201, event);
      }
      return status(404, 'NotFound', `the stand-in has no ${req.method} ${p}`);
    });
  }

  private watch(url: URL, res: ServerResponse): void {
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const oldest = this.changes[0]?.rv ?? this.rv + 1;
    if (from < this.rv && from < oldest - 1) {
      // Too old: the history it needs is gone.
      res.end(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version' } }) + '\n');
      return;
    }
    for (const c of this.changes) if (c.rv > from) res.write(JSON.stringify({ type: c.type, object: c.object }) + '\n');
    this.watchers.add(res);
    res.on('close', () => this.watchers.delete(res));
  }
}
