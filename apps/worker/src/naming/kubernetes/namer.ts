import { CoreV1Api, DiscoveryV1Api, makeInformer, type KubeConfig, type KubernetesListObject, type KubernetesObject } from '@kubernetes/client-node';
import { errorMessage, type Logger } from '../../log.js';
import type { Namer, PeerNames } from '../types.js';
import { ClusterIndex } from './cluster-index.js';

/** What the worker reports about its view of the cluster (/health, /metrics). */
export interface KubernetesNamingStats {
  server: string;
  /** Every kind has been listed once: names are complete (then kept current by the watches). */
  synced: boolean;
  pods: number;
  services: number;
  endpointSlices: number;
  /** Lists or watches that failed (each is retried). */
  watchErrors: number;
  lastError: string | undefined;
  invalidObjects: number;
}

interface Watched {
  kind: string;
  listed: boolean;
  retryMs: number;
  timer: NodeJS.Timeout | undefined;
  informer: { start(): Promise<void>; stop(): Promise<void> };
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/**
 * Names ends from the Kubernetes API: pods, services and EndpointSlices, listed then watched with
 * @kubernetes/client-node's informers (the same list-and-watch every controller uses), into a
 * ClusterIndex. Goes first in the worker's namer chain; an address the cluster does not know
 * falls through to /proc and host naming.
 *
 * The API going away never stops the worker: a failed list or watch is counted, logged once per
 * outage, and retried with backoff (0.5 s doubling to 30 s) while the names already known stay.
 */
export class KubernetesNamer implements Namer {
  readonly index = new ClusterIndex();
  private readonly watched: Watched[] = [];
  private watchErrors = 0;
  private lastError: string | undefined;
  private stopped = false;
  private readonly server: string;

  constructor(
    private readonly kubeConfig: KubeConfig,
    private readonly log: Logger,
  ) {
    this.server = kubeConfig.getCurrentCluster()?.server ?? '(none)';
    const core = kubeConfig.makeApiClient(CoreV1Api);
    const discovery = kubeConfig.makeApiClient(DiscoveryV1Api);
    const ix = this.index;
    this.watch('pods', '/api/v1/pods', () => core.listPodForAllNamespaces(), (o) => ix.upsertPod(o), (o) => ix.deletePod(o));
    this.watch('services', '/api/v1/services', () => core.listServiceForAllNamespaces(), (o) => ix.upsertService(o), (o) => ix.deleteService(o));
    this.watch(
      'endpointslices',
      '/apis/discovery.k8s.io/v1/endpointslices',
      () => discovery.listEndpointSliceForAllNamespaces(),
      (o) => ix.upsertEndpointSlice(o),
      (o) => ix.deleteEndpointSlice(o),
    );
  }

  name(ip: string): PeerNames | undefined {
    return this.index.name(ip);
  }

  get stats(): KubernetesNamingStats {
    return {
      server: this.server,
      synced: this.watched.every((w) => w.listed),
      ...this.index.counts,
      watchErrors: this.watchErrors,
      lastError: this.lastError,
      invalidObjects: this.index.invalidObjects,
    };
  }

  /**
   * Starts every watch; resolves once each kind has been listed, or after `timeoutMs` (then the
   * names arrive as the lists succeed). Returns whether the first lists all arrived in time.
   */
  async start(timeoutMs: number): Promise<boolean> {
    for (const w of this.watched) this.startWatch(w);
    const deadline = Date.now() + timeoutMs;
    while (!this.stats.synced && Date.now() < deadline && !this.stopped) await new Promise((r) => setTimeout(r, 20));
    const { synced, pods, services, endpointSlices } = this.stats;
    if (synced) this.log.info('kubernetes.synced', { server: this.server, pods, services, endpointSlices });
    else this.log.warn('kubernetes.not_synced', { server: this.server, waitedMs: timeoutMs, error: this.lastError });
    return synced;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const w of this.watched) {
      clearTimeout(w.timer);
      await w.informer.stop().catch(() => {});
    }
  }

  private watch<T extends KubernetesObject>(
    kind: string,
    path: string,
    list: () => Promise<KubernetesListObject<T>>,
    upsert: (o: T) => void,
    remove: (o: T) => void,
  ): void {
    const w: Watched = { kind, listed: false, retryMs: RETRY_MIN_MS, timer: undefined, informer: undefined! };
    // The API answers (a list, or an event on a watch): the next outage starts from the shortest
    // delay, and is logged.
    const answered = () => {
      if (w.retryMs === RETRY_MIN_MS) return;
      w.retryMs = RETRY_MIN_MS;
      this.log.info('kubernetes.recovered', { kind, server: this.server });
    };
    const listed = async () => {
      const result = await list();
      w.listed = true;
      answered();
      return result;
    };
    const informer = makeInformer<T>(this.kubeConfig, path, listed);
    // One bad object must not stop the others: the index ignores what it cannot use.
    const guard = (f: (o: T) => void) => (o: T) => {
      answered();
      try {
        f(o);
      } catch (e) {
        this.log.warn('kubernetes.bad_object', { kind, error: errorMessage(e) });
      }
    };
    informer.on('add', guard(upsert));
    informer.on('update', guard(upsert));
    informer.on('delete', guard(remove));
    informer.on('error', (err) => {
      this.watchErrors++;
      const message = errorMessage(err);
      // Once per outage, not once per retry.
      if (w.retryMs === RETRY_MIN_MS) this.log.warn('kubernetes.watch_failed', { kind, server: this.server, error: message, retryMs: w.retryMs });
      this.lastError = `${kind}: ${message}`;
      this.retry(w);
    });
    w.informer = informer;
    this.watched.push(w);
  }

  private startWatch(w: Watched): void {
    if (this.stopped) return;
    w.informer.start().then(
      () => {},
      (e) => {
        this.watchErrors++;
        this.lastError = `${w.kind}: ${errorMessage(e)}`;
        this.retry(w);
      },
    );
  }

  private retry(w: Watched): void {
    if (this.stopped || w.timer !== undefined) return;
    const delay = w.retryMs;
    w.retryMs = Math.min(RETRY_MAX_MS, w.retryMs * 2);
    w.timer = setTimeout(() => {
      w.timer = undefined;
      this.startWatch(w);
    }, delay);
    w.timer.unref();
  }
}
