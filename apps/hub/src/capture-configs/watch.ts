/**
 * The PacketCaptureConfigs, listed then watched with client-node's informer (it lists again by
 * itself when a watch answers 410 Gone). The API going away never stops the hub: a failed list or
 * watch is retried with backoff (0.5 s doubling to 30 s), logged once when the outage starts and
 * once when the API answers again. The worker's Kubernetes namer does the same for pods
 * (apps/worker/src/naming/kubernetes/namer.ts); a shared package could hold both.
 */
import { makeInformer, type Informer, type KubeConfig, type ObjectCache } from '@kubernetes/client-node';
import type { Logger } from '../log.js';
import { describeError, type ClusterApi } from './cluster.js';
import { PCC_PATH, type PacketCaptureConfig } from './types.js';

export interface WatchHandlers {
  /** Added, changed, or found again by a new list. */
  upsert(o: PacketCaptureConfig): void;
  remove(o: PacketCaptureConfig): void;
}

export interface RetryOptions {
  retryMinMs?: number;
  retryMaxMs?: number;
}

export class ConfigWatch {
  private readonly informer: Informer<PacketCaptureConfig> & ObjectCache<PacketCaptureConfig>;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;
  private retryMs: number;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Failed lists and watches since the start (each retried). */
  errors = 0;
  /** Failed attempts in the outage going on (0: the API answers). */
  private failing = 0;
  listed = false;

  constructor(
    kc: KubeConfig,
    private readonly api: ClusterApi,
    private readonly log: Logger,
    handlers: WatchHandlers,
    o: RetryOptions = {},
  ) {
    this.retryMinMs = o.retryMinMs ?? 500;
    this.retryMaxMs = o.retryMaxMs ?? 30_000;
    this.retryMs = this.retryMinMs;
    this.informer = makeInformer<PacketCaptureConfig>(kc, PCC_PATH, async () => {
      const list = await api.list();
      this.listed = true;
      this.answered();
      return list;
    });
    // A handler that throws must not stop the others (nor the informer).
    const guard = (f: (o: PacketCaptureConfig) => void) => (o: PacketCaptureConfig) => {
      this.answered();
      try {
        f(o);
      } catch (e) {
        log(`PacketCaptureConfig ${o.metadata?.name ?? '?'}: ${(e as Error).message}`);
      }
    };
    this.informer.on('add', guard(handlers.upsert));
    this.informer.on('update', guard(handlers.upsert));
    this.informer.on('delete', guard(handlers.remove));
    this.informer.on('error', (e: unknown) => this.failed(e));
  }

  start(): void {
    if (this.stopped) return;
    const before = this.errors;
    this.informer.start().then(
      // The watch is open (an error would have been counted by now): the API answers.
      () => {
        if (this.errors === before) this.answered();
      },
      (e: unknown) => this.failed(e),
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.informer.stop().catch(() => {});
  }

  private answered(): void {
    if (this.failing === 0) return;
    this.log(`PacketCaptureConfigs: the Kubernetes API at ${this.api.server} answers again (after ${this.failing} failed attempts)`);
    this.failing = 0;
    this.retryMs = this.retryMinMs;
  }

  private failed(e: unknown): void {
    // stop() aborts the open watch: that is no outage.
    if (this.stopped) return;
    this.errors++;
    if (this.failing++ === 0) this.log(`PacketCaptureConfigs: cannot list or watch at ${this.api.server}: ${describeError(e)}; retrying with backoff (said again once it answers)`);
    if (this.timer !== undefined) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMaxMs, this.retryMs * 2);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, delay);
    this.timer.unref();
  }
}
