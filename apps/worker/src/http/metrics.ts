import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

/** A flat view of the worker's counters and gauges, read when /metrics is scraped. */
export interface WorkerStats {
  packets: number;
  bytes: number;
  tcpStreams: number;
  openConnections: number;
  unknownStreams: number;
  entries: number;
  parseErrors: number;
  tcpGaps: number;
  tcpGapBytes: number;
  retransmittedBytes: number;
  capturePacketsDropped: number;
  capturePacketsDroppedKernel: number;
  captureRestarts: number;
  interfaces: number;
  publishedEntries: number;
  publishErrors: number;
  bufferDroppedEntries: number;
  bufferEntries: number;
  bufferBytes: number;
  bufferBatches: number;
  oversizeEntriesDropped: number;
  natsConnected: number;
  namingRefreshes: number;
  frameErrors: number;
  fileErrors: number;
  lastBatchLatencySeconds: number;
  kubernetesSynced: number;
  kubernetesPods: number;
  kubernetesServices: number;
  kubernetesWatchErrors: number;
}

type Spec = { key: keyof WorkerStats; name: string; help: string; counter: boolean };

const SPECS: Spec[] = [
  { key: 'packets', name: 'packets_total', help: 'Packets captured (or read from files).', counter: true },
  { key: 'bytes', name: 'bytes_total', help: 'Bytes of captured packets.', counter: true },
  { key: 'tcpStreams', name: 'tcp_streams_total', help: 'TCP connections seen.', counter: true },
  { key: 'openConnections', name: 'open_connections', help: 'TCP connections tracked now.', counter: false },
  { key: 'unknownStreams', name: 'unknown_streams_total', help: 'Connections no dissector recognised.', counter: true },
  { key: 'entries', name: 'entries_total', help: 'Entries produced by the engine.', counter: true },
  { key: 'parseErrors', name: 'parse_errors_total', help: 'Dissector events counted as errors.', counter: true },
  { key: 'tcpGaps', name: 'tcp_gaps_total', help: 'Holes in TCP streams: bytes that were sent but not captured (capture loss).', counter: true },
  { key: 'tcpGapBytes', name: 'tcp_gap_bytes_total', help: 'Bytes missing from TCP streams.', counter: true },
  { key: 'retransmittedBytes', name: 'tcp_retransmitted_bytes_total', help: 'Bytes seen more than once.', counter: true },
  { key: 'capturePacketsDropped', name: 'capture_dropped_packets_total', help: 'Packets the capture child dropped because the worker fell behind.', counter: true },
  { key: 'capturePacketsDroppedKernel', name: 'capture_kernel_dropped_packets_total', help: "Packets the kernel dropped because tcpdump's ring was full (tcpdump backend: pcap_stats ps_drop, read every 2 s).", counter: true },
  { key: 'captureRestarts', name: 'capture_restarts_total', help: 'Capture child or tcpdump restarts.', counter: true },
  { key: 'interfaces', name: 'capture_interfaces', help: 'Interfaces being captured.', counter: false },
  { key: 'publishedEntries', name: 'published_entries_total', help: 'Entries acknowledged by JetStream.', counter: true },
  { key: 'publishErrors', name: 'publish_errors_total', help: 'Batch publishes that failed or timed out (retried).', counter: true },
  { key: 'bufferDroppedEntries', name: 'buffer_dropped_entries_total', help: 'Entries dropped because the buffer bound was reached while NATS was away.', counter: true },
  { key: 'bufferEntries', name: 'buffer_entries', help: 'Entries waiting to be published.', counter: false },
  { key: 'bufferBytes', name: 'buffer_bytes', help: 'Bytes waiting to be published.', counter: false },
  { key: 'bufferBatches', name: 'buffer_batches', help: 'Batches waiting to be published.', counter: false },
  { key: 'oversizeEntriesDropped', name: 'oversize_entries_dropped_total', help: 'Entries larger than a NATS message even without bodies.', counter: true },
  { key: 'natsConnected', name: 'nats_connected', help: '1 when connected to NATS with the streams ready.', counter: false },
  { key: 'namingRefreshes', name: 'naming_refreshes_total', help: 'Scans of /proc to name local processes.', counter: true },
  { key: 'frameErrors', name: 'frame_errors_total', help: 'Frames whose handling failed (a bug: see the log).', counter: true },
  { key: 'fileErrors', name: 'file_errors_total', help: 'Capture files that could not be read.', counter: true },
  { key: 'lastBatchLatencySeconds', name: 'publish_latency_seconds', help: 'First entry of the last batch added → its JetStream ack.', counter: false },
  { key: 'kubernetesSynced', name: 'kubernetes_synced', help: 'Pods, services and EndpointSlices have each been listed (1), or not yet / no Kubernetes naming (0).', counter: false },
  { key: 'kubernetesPods', name: 'kubernetes_pods', help: 'Pods known to the Kubernetes namer.', counter: false },
  { key: 'kubernetesServices', name: 'kubernetes_services', help: 'Services known to the Kubernetes namer.', counter: false },
  { key: 'kubernetesWatchErrors', name: 'kubernetes_watch_errors_total', help: 'Lists or watches of the Kubernetes API that failed (each is retried).', counter: true },
];

export interface InterfaceKernelCounters {
  name: string;
  rxDropped: number;
  txDropped: number;
}

/** The worker's registry: its own counters plus Node's process metrics (CPU, RSS, event loop). */
export function createMetrics(read: () => WorkerStats, interfaces: () => InterfaceKernelCounters[]): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'trawl_worker_' });
  let snapshot: WorkerStats | null = null;
  let takenAt = 0;
  // One read per scrape, shared by every metric.
  const stats = () => {
    const now = Date.now();
    if (snapshot === null || now - takenAt > 50) {
      snapshot = read();
      takenAt = now;
    }
    return snapshot;
  };
  for (const spec of SPECS) {
    const name = 'trawl_worker_' + spec.name;
    if (spec.counter) {
      new Counter({
        name,
        help: spec.help,
        registers: [register],
        collect() {
          this.reset();
          this.inc(stats()[spec.key]);
        },
      });
    } else {
      new Gauge({
        name,
        help: spec.help,
        registers: [register],
        collect() {
          this.set(stats()[spec.key]);
        },
      });
    }
  }
  new Gauge({
    name: 'trawl_worker_interface_kernel_dropped_packets',
    help: 'The kernel drop counters of the captured interfaces (/proc/net/dev), for context: not capture drops (capture_kernel_dropped_packets_total with tcpdump; cap does not expose them).',
    labelNames: ['iface', 'direction'],
    registers: [register],
    collect() {
      this.reset();
      for (const i of interfaces()) {
        this.set({ iface: i.name, direction: 'rx' }, i.rxDropped);
        this.set({ iface: i.name, direction: 'tx' }, i.txDropped);
      }
    },
  });
  return register;
}
