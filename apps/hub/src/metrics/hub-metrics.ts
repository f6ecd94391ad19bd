/**
 * The hub's Prometheus registry (prom-client): RED metrics of the captured traffic, the hub's own
 * ingest and storage, and the workers' capture counters relayed from their hellos. Names and
 * labels are documented in apps/hub/README.md; the Grafana dashboard in deploy/grafana reads them.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { StoredEntry } from '../store/entry-check.js';
import type { EntryStore } from '../store/store.js';
import type { HubStatus } from '../status.js';
import { RedSeries } from './red-series.js';
import { requestLabels } from './request-labels.js';

export interface HubMetricsOptions {
  status: () => HubStatus;
  store: EntryStore;
  /** Route template of a path (the endpoint inventory's templater). */
  route: (service: string, method: string, path: string) => string;
  /** Distinct label sets of the request metrics before `other` (default 10,000). */
  maxSeries?: number;
  /** Include Node process metrics (default true). */
  processMetrics?: boolean;
}

export { DURATION_BUCKETS } from './buckets.js';

/** Worker counters relayed from hellos (apps/worker `stats()`), exported as `trawl_worker_<snake>`. */
const WORKER_STATS: Record<string, string> = {
  packets: 'Packets captured',
  bytes: 'Bytes captured',
  tcpStreams: 'TCP streams seen',
  openConnections: 'Connections tracked now',
  unknownStreams: 'Streams of no known protocol',
  entries: 'Entries produced',
  parseErrors: 'Parse errors',
  tcpGaps: 'TCP gaps (segments lost in capture)',
  tcpGapBytes: 'Bytes lost in TCP gaps',
  capturePacketsDropped: 'Packets dropped between the capture process and the worker',
  publishedEntries: 'Entries published to NATS',
  publishErrors: 'Publish errors',
  bufferDroppedEntries: 'Entries dropped because the buffer was full',
  bufferEntries: 'Entries buffered waiting for NATS',
  natsConnected: '1 when the worker is connected to NATS',
};

export class HubMetrics {
  readonly registry = new Registry();
  private readonly red: RedSeries;

  constructor(private readonly o: HubMetricsOptions) {
    const r = this.registry;
    const red = (this.red = new RedSeries(o.maxSeries ?? 10_000));
    new Gauge({ name: 'trawl_metrics_series', help: 'Distinct label sets of the request metrics', registers: [r], collect() { this.set(red.size); } });
    new Gauge({ name: 'trawl_metrics_series_limit', help: 'Label sets allowed before new ones go to "other"', registers: [r], collect() { this.set(red.maxSeries); } });
    new Counter({ name: 'trawl_metrics_label_overflow_total', help: 'Requests counted under "other" because the series limit was reached', registers: [r], collect() { this.reset(); this.inc(red.overflowed); } });
    this.hubGauges();
    this.workerGauges();
    if (o.processMetrics !== false) collectDefaultMetrics({ register: r, prefix: 'trawl_hub_' });
  }

  observe(entries: readonly StoredEntry[]): void {
    for (const e of entries) {
      const duration = typeof e.elapsedTime === 'number' && e.elapsedTime >= 0 ? e.elapsedTime / 1000 : null;
      const reqBytes = typeof e.requestSize === 'number' && e.requestSize > 0 ? e.requestSize : 0;
      const resBytes = typeof e.responseSize === 'number' && e.responseSize > 0 ? e.responseSize : 0;
      this.red.observe(requestLabels(e, this.o.route), duration, reqBytes, resBytes);
    }
  }

  async text(): Promise<string> {
    return this.red.render() + (await this.registry.metrics());
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private hubGauges(): void {
    const r = this.registry;
    const o = this.o;
    const ingest = (name: string, help: string, key: 'entries' | 'duplicates' | 'invalidEntries' | 'malformedMessages' | 'batches' | 'storeErrors' | 'stallsRecovered') =>
      new Counter({ name, help, registers: [r], collect() { this.reset(); this.inc(o.status().ingest[key]); } });
    ingest('trawl_ingest_entries_total', 'Entries stored by the hub', 'entries');
    ingest('trawl_ingest_duplicates_total', 'Entries redelivered and skipped (already stored)', 'duplicates');
    ingest('trawl_ingest_invalid_entries_total', 'Entries refused (not an entry)', 'invalidEntries');
    ingest('trawl_ingest_malformed_messages_total', 'NATS messages that were not entry batches', 'malformedMessages');
    ingest('trawl_ingest_batches_total', 'Entry batches consumed', 'batches');
    ingest('trawl_ingest_store_errors_total', 'Store writes that failed (batch redelivered)', 'storeErrors');
    ingest('trawl_ingest_stalls_recovered_total', 'Ingest stalls recovered: the consumer restarted after no commit while messages were pending', 'stallsRecovered');
    new Gauge({ name: 'trawl_ingest_pending_messages', help: 'Entry batches waiting in JetStream for the hub', registers: [r], collect() { const p = o.status().ingest.pending; this.set(typeof p === 'number' ? p : 0); } });
    new Gauge({ name: 'trawl_nats_connected', help: '1 when the hub is connected to NATS', registers: [r], collect() { this.set(o.status().nats.state === 'connected' ? 1 : 0); } });
    new Gauge({
      name: 'trawl_store_entries', help: 'Entries in the store', registers: [r],
      collect() { if (o.store.isOpen) this.set(o.store.rows); },
    });
    new Gauge({
      name: 'trawl_store_bytes', help: 'Size of the store file', registers: [r],
      collect() { if (o.store.isOpen) this.set(o.store.fileBytes()); },
    });
    new Gauge({
      name: 'trawl_store_partitions', help: 'Time partitions (tables) of the store', registers: [r],
      collect() { if (o.store.isOpen) this.set(o.store.partitions().length); },
    });
    new Counter({
      name: 'trawl_retention_dropped_total', help: 'Entries removed by retention, by reason', labelNames: ['reason'], registers: [r],
      collect() { this.reset(); const d = o.status().retention.counters.dropped; for (const reason of ['count', 'bytes', 'age'] as const) this.inc({ reason }, d[reason]); },
    });
  }

  private workerGauges(): void {
    const r = this.registry;
    const o = this.o;
    new Gauge({
      name: 'trawl_worker_up', help: '1 while a worker sends hellos, 0 once it is gone', labelNames: ['node'], registers: [r],
      collect() { this.reset(); for (const w of o.status().workers) this.set({ node: w.node }, w.state === 'up' ? 1 : 0); },
    });
    for (const [stat, help] of Object.entries(WORKER_STATS)) {
      new Gauge({
        name: `trawl_worker_${stat.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
        help: `${help} (worker counter since its start, relayed from its hello)`,
        labelNames: ['node'],
        registers: [r],
        collect() {
          this.reset();
          for (const w of o.status().workers) {
            const v = w.stats?.[stat];
            if (typeof v === 'number') this.set({ node: w.node }, v);
          }
        },
      });
    }
  }
}
