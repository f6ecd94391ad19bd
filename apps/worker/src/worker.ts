import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { defaultDissectors } from '@trawl/protocols';
import { BUS_VERSION, type WorkerHello } from '@trawl/bus';
import { readCaptureFile } from './capture/file.js';
import { IsolatedCapture } from './capture/isolated.js';
import { LiveCapture } from './capture/live.js';
import { readNetDev } from './capture/netdev.js';
import { resolveBackend } from './capture/backend.js';
import { ProcessCapture } from './capture/process-capture.js';
import { nodeDecompress } from '@trawl/protocols/node';
import { createMetrics, type WorkerStats } from './http/metrics.js';
import { startHttp } from './http/server.js';
import { errorMessage, type Logger } from './log.js';
import { NamerChain } from './naming/chain.js';
import { HostNamer } from './naming/host.js';
import { loadKubeConfig } from './naming/kubernetes/kubeconfig.js';
import { KubernetesNamer } from './naming/kubernetes/namer.js';
import { LocalAddresses } from './naming/local-addresses.js';
import { ProcessNamer } from './naming/process.js';
import type { CaptureBackend, WorkerOptions } from './options.js';
import { WorkerPipeline } from './pipeline.js';
import { JobService } from './jobs/service.js';
import { EntryBatcher } from './publish/batcher.js';
import { FlowTable } from './publish/flows.js';
import { Publisher } from './publish/publisher.js';

export const WORKER_VERSION = '0.1.0';
const REPORT_MS = 5_000;
/** How long capture waits for the first lists of pods and services, so early entries are named. */
const KUBERNETES_SYNC_WAIT_MS = 10_000;

/** The worker: a capture source → the engine → batches → JetStream, with /metrics and /health. */
export class Worker {
  readonly bootId = Date.now().toString(36) + randomBytes(3).toString('hex');
  readonly startedAt = Date.now();
  readonly pipeline: WorkerPipeline;
  readonly publisher: Publisher;
  readonly batcher: EntryBatcher;
  readonly processNamer: ProcessNamer;
  /** Present when the worker names ends from a Kubernetes cluster (--kubeconfig, or in a pod). */
  readonly kubernetesNamer: KubernetesNamer | null;
  private readonly namer: NamerChain;
  /** Capture jobs the hub asks for (trawl.jobs.<node>.*). */
  readonly jobs: JobService;
  private readonly flows: FlowTable;
  private capture: LiveCapture | IsolatedCapture | ProcessCapture | null = null;
  /** The backend in use (trawl-pcap falls back to tcpdump when not built). */
  private backend: CaptureBackend | undefined;
  private http: Server | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopping = false;
  private fileErrors = 0;
  private filesDone = false;

  /** Throws KubeConfigError when the Kubernetes configuration it is given cannot be loaded. */
  constructor(
    readonly options: WorkerOptions,
    private readonly log: Logger,
  ) {
    // A packet crosses several captured interfaces only when there are several (any, prefixes, a list).
    const severalInterfaces = options.prefixes.length > 0 || options.interfaces.length > 1 || options.interfaces.includes('any');
    this.flows = new FlowTable(undefined, severalInterfaces);
    const local = new LocalAddresses();
    this.processNamer = new ProcessNamer({ isLocal: (ip) => local.has(ip) });
    this.processNamer.warm();
    this.kubernetesNamer = options.kubernetes ? new KubernetesNamer(loadKubeConfig(options.kubernetes), log) : null;
    // The cluster knows pods and services; /proc knows this machine's processes; then host or external.
    const namers = [this.processNamer, new HostNamer(local)];
    this.namer = new NamerChain(this.kubernetesNamer ? [this.kubernetesNamer, ...namers] : namers);
    // Jobs run a capture program whatever the live backend: trawl-pcap (tcpdump when not built).
    this.jobs = new JobService(options.node, options.jobsDir, () => resolveBackend({ ...options, captureBackend: options.captureBackend === 'cap' ? 'trawl-pcap' : options.captureBackend }, log).program!, log, options.jobsMaxBytes);
    this.publisher = new Publisher({
      servers: options.nats,
      token: options.natsToken,
      node: options.node,
      bounds: { maxEntries: options.bufferEntries, maxBytes: options.bufferBytes },
      log,
      onConnected: (nc) => this.jobs.listen(nc),
    });
    this.batcher = new EntryBatcher({
      node: options.node,
      bootId: this.bootId,
      // A batch never exceeds the buffer bound by itself, so a tiny bound still drops batch by batch.
      maxEntries: Math.min(options.batchEntries, options.bufferEntries),
      maxBytes: Math.min(768 << 10, options.bufferBytes),
      lingerMs: options.batchMs,
      onBatch: (b) => this.publisher.enqueue(b),
    });
    this.pipeline = new WorkerPipeline(
      {
        dissectors: defaultDissectors(),
        node: options.node,
        captureId: this.bootId,
        decompress: nodeDecompress,
        redact: options.redact,
        limits: { ...options.engineLimits, maxBodyBytes: options.bodyLimit },
        namePeer: (ip, port) => this.namer.name(ip, port),
        onEntry: (entry) => this.batcher.add(entry),
      },
      this.namer,
      this.flows,
      log,
    );
  }

  /** Starts everything; throws CaptureOpenError when capture cannot start, or a listen error. */
  async start(): Promise<void> {
    const o = this.options;
    this.http = await startHttp(createMetrics(() => this.stats(), () => this.kernelCounters()), () => this.health(), o.metricsHost, o.metricsPort);
    const address = this.http.address();
    this.log.info('worker.starting', {
      node: o.node,
      boot: this.bootId,
      nats: o.nats,
      metrics: typeof address === 'object' && address ? `http://${address.address}:${address.port}` : undefined,
      redact: o.redact !== false,
    });
    this.publisher.start();
    // Names first, then packets: an entry is named when it is built, never later.
    if (this.kubernetesNamer) await this.kubernetesNamer.start(KUBERNETES_SYNC_WAIT_MS);
    if (o.files.length > 0) {
      void this.readFiles();
    } else {
      const { name: backend, program } = resolveBackend(o, this.log);
      this.backend = backend;
      const isolate = !program && (o.captureProcess === 'child' || (o.captureProcess === 'auto' && (o.prefixes.length > 0 || o.interfaces.some((i) => i !== 'lo' && i !== 'any'))));
      const options = {
        interfaces: o.interfaces,
        prefixes: o.prefixes,
        bpf: o.bpf,
        ringBytes: o.ringBytes,
        pollMs: 2_000,
        onFrame: this.pipeline.frame.bind(this.pipeline),
        log: this.log,
      };
      if (program) {
        const c = new ProcessCapture({ ...options, program, snaplen: o.snaplen, pipe: o.tcpdumpPipe });
        this.capture = c;
        await c.start();
      } else if (isolate) {
        const c = new IsolatedCapture(options);
        this.capture = c;
        await c.start();
      } else {
        const c = new LiveCapture(options);
        this.capture = c;
        c.start();
      }
      // Live capture time is the wall clock: a quiet link still advances it, so idle connections flush.
      this.every(1_000, () => this.pipeline.engine.tick(Date.now()));
      this.log.info('capture.started', { interfaces: this.capture.interfaces.join(',') || '(waiting)', prefixes: o.prefixes.join('|') || undefined, backend, mode: program ? program.name : isolate ? 'child' : 'inline' });
    }
    this.every(REPORT_MS, () => {
      const report = this.flows.take(o.node, (ip, port) => this.namer.name(ip, port));
      if (report) this.publisher.publishFlows(report);
      this.publisher.publishHello(this.hello());
    });
  }

  private every(ms: number, f: () => void): void {
    const t = setInterval(() => {
      try {
        f();
      } catch (e) {
        this.log.error('worker.timer_error', { error: errorMessage(e) });
      }
    }, ms);
    t.unref();
    this.timers.push(t);
  }

  private async readFiles(): Promise<void> {
    for (const path of this.options.files) {
      if (this.stopping) break;
      const t0 = performance.now();
      try {
        const r = await readCaptureFile(path, this.pipeline, () => this.stopping);
        if (r.formatError) {
          this.fileErrors++;
          this.log.warn('file.format_error', { file: path, frames: r.frames, error: r.formatError.message });
        }
        this.log.info('file.read', { file: path, frames: r.frames, bytes: r.bytes, ms: Math.round(performance.now() - t0) });
      } catch (e) {
        this.fileErrors++;
        this.log.error('file.unreadable', { file: path, error: errorMessage(e) });
      }
    }
    // Files are a finite capture: flush every connection so their last entries go out now.
    this.pipeline.finish();
    this.batcher.seal();
    this.filesDone = true;
    this.log.info('file.done', { files: this.options.files.length, entries: this.pipeline.engine.stats.entries, errors: this.fileErrors });
  }

  /** Stops capture, flushes the engine and publishes what is left within `drainMs`. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    await this.capture?.stop();
    await this.jobs.stopAll();
    if (!this.filesDone) this.pipeline.finish();
    await this.kubernetesNamer?.stop();
    this.batcher.seal();
    const report = this.flows.take(this.options.node);
    if (report) this.publisher.publishFlows(report);
    const { left } = await this.publisher.close(this.options.drainMs);
    await new Promise<void>((r) => (this.http ? this.http.close(() => r()) : r()));
    const s = this.stats();
    this.log.info('worker.stopped', { packets: s.packets, entries: s.entries, published: s.publishedEntries, dropped: s.bufferDroppedEntries, unpublished: left });
  }

  stats(): WorkerStats {
    const e = this.pipeline.engine.syncBudgetStats();
    const p = this.publisher.stats;
    const q = this.publisher.queue;
    const n = this.processNamer.stats;
    const c = this.capture;
    const k = this.kubernetesNamer?.stats;
    return {
      packets: e.packets,
      bytes: e.bytes,
      tcpStreams: e.tcpStreams,
      openConnections: this.pipeline.engine.openConnections,
      unknownStreams: e.unknownStreams,
      entries: e.entries,
      parseErrors: e.parseErrors,
      tcpGaps: e.gaps,
      tcpGapBytes: e.gapBytes,
      retransmittedBytes: e.retransmittedBytes,
      capturePacketsDropped: c instanceof IsolatedCapture ? c.dropped : 0,
      capturePacketsDroppedKernel: c instanceof ProcessCapture ? c.droppedKernel : 0,
      captureRestarts: c instanceof IsolatedCapture || c instanceof ProcessCapture ? c.stats.restarts : 0,
      interfaces: c ? c.interfaces.length : 0,
      publishedEntries: p.publishedEntries,
      publishErrors: p.publishErrors,
      bufferDroppedEntries: q.droppedEntries,
      bufferEntries: q.entries + this.batcher.pending,
      bufferBytes: q.bytes,
      bufferBatches: q.length,
      oversizeEntriesDropped: this.batcher.oversizeDropped,
      natsConnected: this.publisher.isConnected ? 1 : 0,
      namingRefreshes: n.quickRefreshes + n.fullRefreshes,
      frameErrors: this.pipeline.frameErrors,
      fileErrors: this.fileErrors,
      lastBatchLatencySeconds: p.lastBatchLatencyMs / 1000,
      kubernetesSynced: k?.synced ? 1 : 0,
      kubernetesPods: k?.pods ?? 0,
      kubernetesServices: k?.services ?? 0,
      kubernetesWatchErrors: k?.watchErrors ?? 0,
    };
  }

  private kernelCounters() {
    const names = new Set(this.capture?.interfaces ?? []);
    return [...readNetDev()].filter(([name]) => names.has(name) || names.has('any')).map(([name, c]) => ({ name, rxDropped: c.rxDropped, txDropped: c.txDropped }));
  }

  health(): { ok: boolean } & Record<string, unknown> {
    const s = this.stats();
    return {
      ok: true,
      status: s.natsConnected ? 'ok' : 'degraded',
      node: this.options.node,
      bootId: this.bootId,
      natsConnected: s.natsConnected === 1,
      interfaces: this.capture?.interfaces ?? [],
      captureBackend: this.options.files.length > 0 ? undefined : (this.backend ?? this.options.captureBackend),
      capturePids: this.capture instanceof ProcessCapture ? this.capture.pids : undefined,
      files: this.options.files.length > 0 ? { done: this.filesDone, errors: this.fileErrors } : undefined,
      kubernetes: this.kubernetesNamer?.stats,
      packets: s.packets,
      entries: s.entries,
      publishedEntries: s.publishedEntries,
      bufferEntries: s.bufferEntries,
      droppedEntries: s.bufferDroppedEntries,
    };
  }

  private hello(): WorkerHello {
    const s = this.stats();
    return {
      v: BUS_VERSION,
      node: this.options.node,
      bootId: this.bootId,
      version: WORKER_VERSION,
      startedAt: this.startedAt,
      ts: Date.now(),
      interfaces: this.capture?.interfaces ?? [],
      capturing: this.capture !== null && !this.stopping,
      stats: { ...s },
    };
  }
}
