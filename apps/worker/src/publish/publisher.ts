import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { encode, ensureStreams, SUBJECTS, type FlowReport, type WorkerHello } from '@trawl/bus';
import { errorMessage, type Logger } from '../log.js';
import { BatchQueue, type QueueBounds, type QueuedBatch } from './queue.js';

export interface PublisherOptions {
  servers: string;
  /** Token auth, when the NATS server asks for one. */
  token?: string;
  node: string;
  bounds: QueueBounds;
  log: Logger;
  /** Wait for a JetStream ack this long before trying the batch again. */
  ackTimeoutMs?: number;
  retryDelayMs?: number;
  /** Called with each new connection (the first, and each after the last one closed): request handlers subscribe here. */
  onConnected?: (nc: NatsConnection) => void;
}

export interface PublisherStats {
  publishedEntries: number;
  publishedBatches: number;
  publishErrors: number;
  flowReports: number;
  flowErrors: number;
  hellos: number;
  connects: number;
  disconnects: number;
  /** Packet-to-ack latency of the last batches: first entry of a batch added → ack, ms. */
  lastBatchLatencyMs: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * Publishes sealed batches to JetStream in order, one awaiting its ack at a time, each with its
 * batch id as message id (a batch re-sent after a lost ack is dropped by JetStream as a
 * duplicate). While NATS is away batches wait in a bounded `BatchQueue`; the connection is retried
 * forever and the queue replayed when it is back. Nothing here throws to the caller.
 */
export class Publisher {
  readonly queue: BatchQueue;
  readonly stats: PublisherStats = {
    publishedEntries: 0,
    publishedBatches: 0,
    publishErrors: 0,
    flowReports: 0,
    flowErrors: 0,
    hellos: 0,
    connects: 0,
    disconnects: 0,
    lastBatchLatencyMs: 0,
  };
  /** Recent batch latencies (ms), for the bench and /metrics. */
  readonly latencies: number[] = [];
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private connected = false;
  private ready = false;
  private closing = false;
  private pumping = false;
  private wake: (() => void) | null = null;
  private readonly subject: string;
  private lastError = '';

  constructor(private readonly options: PublisherOptions) {
    this.queue = new BatchQueue(options.bounds);
    this.subject = SUBJECTS.entries(options.node);
  }

  get isConnected(): boolean {
    return this.connected && this.ready;
  }

  /** Starts connecting in the background (forever); returns at once. */
  start(): void {
    void this.connectLoop();
  }

  enqueue(batch: QueuedBatch): void {
    const dropped = this.queue.push(batch);
    if (dropped.length > 0) {
      const entries = dropped.reduce((n, b) => n + b.entries, 0);
      this.options.log.warn('buffer.dropped', { batches: dropped.length, entries, totalDroppedEntries: this.queue.droppedEntries });
    }
    this.kick();
  }

  publishFlows(report: FlowReport): void {
    if (!this.isConnected || !this.js) return;
    this.js.publish(SUBJECTS.flows(this.options.node), encode(report), { timeout: 5_000 }).then(
      () => this.stats.flowReports++,
      () => this.stats.flowErrors++,
    );
  }

  publishHello(hello: WorkerHello): void {
    if (!this.isConnected || !this.nc) return;
    try {
      this.nc.publish(SUBJECTS.hello(this.options.node), encode(hello));
      this.stats.hellos++;
    } catch {
      // Closed under us: the next hello goes out after the reconnect.
    }
  }

  /** Publishes what is queued (bounded wait), then closes the connection. */
  async close(timeoutMs: number): Promise<{ left: number }> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length > 0 && Date.now() < deadline) {
      this.kick();
      await sleep(20);
    }
    this.closing = true;
    this.kick();
    const left = this.queue.entries;
    try {
      await Promise.race([this.nc?.close(), sleep(Math.max(100, deadline - Date.now()))]);
    } catch {
      // Already closed.
    }
    return { left };
  }

  private kick(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
    if (!this.pumping && this.isConnected && this.queue.length > 0) void this.pump();
  }

  private async connectLoop(): Promise<void> {
    const log = this.options.log;
    let attempts = 0;
    while (!this.closing) {
      try {
        const nc = await connect({
          servers: this.options.servers.split(','),
          ...(this.options.token ? { token: this.options.token } : {}),
          name: `trawl-worker ${this.options.node}`,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 1_000,
          reconnectJitter: 200,
          pingInterval: 10_000,
          maxPingOut: 3,
          timeout: 5_000,
        });
        this.nc = nc;
        this.js = jetstream(nc, { timeout: this.options.ackTimeoutMs ?? 5_000 });
        this.connected = true;
        this.stats.connects++;
        log.info('nats.connected', { server: nc.getServer(), attempts });
        try {
          this.options.onConnected?.(nc);
        } catch (e) {
          log.error('nats.on_connected_failed', { error: errorMessage(e) });
        }
        void this.watch(nc);
        await this.setupStreams(nc);
        await nc.closed();
        this.connected = false;
        this.ready = false;
        if (this.closing) return;
        log.warn('nats.closed', { note: 'connecting again' });
      } catch (e) {
        const msg = errorMessage(e);
        if (attempts === 0 || msg !== this.lastError) log.warn('nats.connect_failed', { servers: this.options.servers, error: msg, retrying: true });
        this.lastError = msg;
      }
      attempts++;
      if (!this.closing) await sleep(1_000);
    }
  }

  private async setupStreams(nc: NatsConnection): Promise<void> {
    for (let attempt = 0; !this.closing && !nc.isClosed(); attempt++) {
      try {
        await ensureStreams(await jetstreamManager(nc, { timeout: 5_000 }));
        this.ready = true;
        this.kick();
        return;
      } catch (e) {
        if (attempt === 0) this.options.log.warn('nats.streams_failed', { error: errorMessage(e), retrying: true });
        await sleep(1_000);
      }
    }
  }

  private async watch(nc: NatsConnection): Promise<void> {
    const log = this.options.log;
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') {
        this.connected = false;
        this.stats.disconnects++;
        log.warn('nats.disconnected', { server: s.server, buffered: this.queue.entries });
      } else if (s.type === 'reconnect') {
        this.connected = true;
        this.stats.connects++;
        log.info('nats.reconnected', { server: s.server, buffered: this.queue.entries });
        // The server may have restarted without our streams (a fresh data dir).
        if (!this.ready) void this.setupStreams(nc);
        this.kick();
      }
    }
  }

  /** Sends the queue head until the queue is empty or NATS goes away. */
  private async pump(): Promise<void> {
    this.pumping = true;
    const q = this.queue;
    try {
      while (!this.closing || q.length > 0) {
        const b = q.peek();
        if (b === undefined || !this.isConnected || !this.js) break;
        q.headInFlight = true;
        try {
          await this.js.publish(this.subject, b.data, { msgID: b.id, timeout: this.options.ackTimeoutMs ?? 5_000 });
          if (q.peek() === b) q.shift();
          this.stats.publishedEntries += b.entries;
          this.stats.publishedBatches++;
          const latency = performance.now() - b.firstAt;
          this.stats.lastBatchLatencyMs = latency;
          this.latencies.push(latency);
          if (this.latencies.length > 10_000) this.latencies.splice(0, 5_000);
        } catch (e) {
          q.headInFlight = false;
          this.stats.publishErrors++;
          const msg = errorMessage(e);
          if (this.stats.publishErrors <= 3 || msg !== this.lastError) this.options.log.warn('nats.publish_failed', { batch: b.id, entries: b.entries, error: msg });
          this.lastError = msg;
          if (/no responders|stream not found/i.test(msg) && this.ready && this.nc) {
            // The server came back without our stream (a fresh data dir): create it again.
            this.ready = false;
            void this.setupStreams(this.nc);
          }
          if (this.closing) break;
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, this.options.retryDelayMs ?? 500).unref();
          });
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}
