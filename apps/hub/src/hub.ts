/**
 * The hub, assembled: store + retention, NATS link, ingest, presence, live feed, HTTP API.
 * `startHub` returns once the API listens (NATS may still be connecting); `stop()` stops
 * consuming, finishes the batch in flight, ends the live streams, closes HTTP, NATS and the store.
 */
import { createApp } from './api/app.js';
import { forwardAuth, isLoopback, type ForwardAuth } from './api/auth.js';
import { listen, type RunningServer } from './api/server.js';
import { NatsLink } from './ingest/connection.js';
import { Ingest, type ConsumerOptions } from './ingest/consumer.js';
import { LiveFeed } from './ingest/live.js';
import { Presence } from './ingest/presence.js';
import { stderrLogger, type Logger } from './log.js';
import type { HubStatus } from './status.js';
import { newRetentionCounters, runRetention, type RetentionPolicy } from './store/retention.js';
import { EntryStore } from './store/store.js';
import { EndpointInventory, type InventoryOptions } from './endpoints/inventory.js';
import { HubMetrics } from './metrics/hub-metrics.js';
import { WebhookManager, type WebhookOptions } from './webhooks/manager.js';
import { JobsClient } from './jobs/client.js';
import { JobRecords } from './jobs/records.js';
import { LiveRecorder } from './recordings/live.js';
import { RecordingStore } from './recordings/store.js';
import { ApisecPusher, type ApisecOptions } from './apisec/pusher.js';
import { TrafficConsumer } from './traffic/consumer.js';
import { TrafficStore } from './traffic/store.js';
import { CaptureConfigController, describeSource, loadClusterConfig, type ClusterSource, type ControllerOptions } from './capture-configs/index.js';

export interface HubOptions {
  natsUrl: string;
  natsToken?: string;
  dataDir: string;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  token?: string;
  /** Forward auth: addresses/CIDRs of the proxies (Authelia behind Traefik…) trusted to name the user. */
  trustedProxies?: string[];
  /** The header those proxies name the user in (default Remote-User). */
  authHeader?: string;
  retention: RetentionPolicy;
  /** How often retention runs (default 10 s). */
  retentionIntervalMs?: number;
  staticDir?: string;
  log?: Logger;
  workerGoneMs?: number;
  heartbeatMs?: number;
  ingest?: ConsumerOptions;
  synchronous?: 'NORMAL' | 'FULL';
  /** Entries per time partition of the store (default 250k; store/partitions.ts). */
  partitionRows?: number;
  /** Endpoint inventory settings (health-check paths, bounds). */
  endpoints?: InventoryOptions;
  /** Distinct label sets of the request metrics before `other` (default 10,000). */
  maxMetricSeries?: number;
  /** Webhook rules from a config file (a JSON array), applied at start. */
  webhookRules?: unknown[];
  webhookOptions?: WebhookOptions;
  /** APISec `service_config.json`; the push is off without it. */
  apisecConfigPath?: string;
  apisecOptions?: Omit<ApisecOptions, 'configPath'>;
  /** How long the traffic overview keeps its per-minute counters (default 7 days). */
  trafficRetentionMs?: number;
  /** The cluster whose PacketCaptureConfigs the hub runs as capture jobs; absent: no controller. */
  kubernetes?: ClusterSource;
  /** The controller's timings (tests). */
  captureConfigs?: Pick<ControllerOptions, 'pollMs' | 'retryMinMs' | 'retryMaxMs' | 'waitForWorkersMs' | 'overdueGraceMs'>;
}

export interface Hub {
  url: string;
  port: number;
  store: EntryStore;
  ingest: Ingest;
  endpoints: EndpointInventory;
  metrics: HubMetrics;
  webhooks: WebhookManager;
  apisec: ApisecPusher | undefined;
  /** The PacketCaptureConfig controller, when the hub has a cluster. */
  captureConfigs: CaptureConfigController | undefined;
  status(): HubStatus;
  stop(): Promise<void>;
}

export class StartError extends Error {
  override readonly name = 'StartError';
}

export async function startHub(o: HubOptions): Promise<Hub> {
  const log = o.log ?? stderrLogger;
  let forward: ForwardAuth | undefined;
  if (o.trustedProxies && o.trustedProxies.length > 0) {
    try {
      forward = forwardAuth(o.trustedProxies, o.authHeader);
    } catch (e) {
      throw new StartError(`--trusted-proxy: ${(e as Error).message}`);
    }
  }
  if (!isLoopback(o.host) && !o.token && !forward) {
    throw new StartError(`listening on ${o.host} (not loopback) needs a token (--token or TRAWL_TOKEN) or a trusted proxy that signs users in (--trusted-proxy)`);
  }
  // A kubeconfig that cannot be read is a usage error, found before anything is opened.
  let kubeConfig;
  if (o.kubernetes) {
    try {
      kubeConfig = loadClusterConfig(o.kubernetes);
    } catch (e) {
      throw new StartError((e as Error).message);
    }
  }
  const store = EntryStore.open({ dataDir: o.dataDir, synchronous: o.synchronous, partitionRows: o.partitionRows });
  const live = new LiveFeed();
  const link = new NatsLink({ url: o.natsUrl, token: o.natsToken, log });
  const ingest = new Ingest(link, store, live, log, o.ingest);
  const presence = new Presence(store, log, o.workerGoneMs);
  const retention = { policy: o.retention, counters: newRetentionCounters() };
  const startedAt = Date.now();
  const status = (): HubStatus => ({
    startedAt,
    nats: { ...link.status },
    ingest: ingest.snapshot(),
    workers: presence.list(),
    retention,
  });

  const endpoints = new EndpointInventory(o.endpoints);
  endpoints.load(store.db);
  const metrics = new HubMetrics({ status, store, route: (svc, method, path) => endpoints.template(svc, method, path), maxSeries: o.maxMetricSeries });
  // Endpoints first: the metrics' route label reads templates the inventory has just learnt.
  ingest.onStored('endpoint inventory', (entries) => endpoints.observe(entries));
  ingest.onStored('metrics', (entries) => metrics.observe(entries));
  const webhooks = new WebhookManager(store.db, log, o.webhookOptions);
  if (o.webhookRules) {
    try {
      webhooks.applyConfig(o.webhookRules);
    } catch (e) {
      store.close();
      throw new StartError(`webhooks config: ${(e as Error).message}`);
    }
  }
  ingest.onStored('webhooks', (entries) => webhooks.observe(entries));
  let recordings: RecordingStore;
  try {
    recordings = RecordingStore.open(o.dataDir);
  } catch (e) {
    store.close();
    throw new StartError(`cannot open the recordings store in ${o.dataDir}: ${(e as Error).message}`);
  }
  const recorder = new LiveRecorder(recordings, log);
  let traffic: TrafficStore;
  try {
    traffic = TrafficStore.open(o.dataDir);
  } catch (e) {
    recordings.close();
    store.close();
    throw new StartError(`cannot open the traffic store in ${o.dataDir}: ${(e as Error).message}`);
  }
  const trafficConsumer = new TrafficConsumer(link, traffic, log);
  const jobs = { records: new JobRecords(store.db), client: new JobsClient(() => link.connection) };
  ingest.onStored('recordings', (entries) => recorder.observe(entries));
  const apisec = o.apisecConfigPath ? new ApisecPusher(store.db, endpoints, log, { ...o.apisecOptions, configPath: o.apisecConfigPath }) : undefined;
  /** Saves what changed; `wait`: even if the ingest's writer holds the lock (else the next tick tries again). */
  const saveEndpoints = (wait = false) => {
    if (!store.isOpen) return;
    try {
      if (wait) endpoints.save(store.db);
      else store.tryWrite(() => endpoints.save(store.db));
    } catch (e) {
      log(`saving the endpoint inventory failed: ${(e as Error).message}`);
    }
  };

  let server: RunningServer;
  try {
    const deps = { store, live, status, log, token: o.token, forwardAuth: forward, staticDir: o.staticDir, heartbeatMs: o.heartbeatMs, metrics, endpoints, webhooks, apisec, recordings, recorder, jobs, traffic, onEndpointsCleared: () => saveEndpoints() };
    server = await listen(createApp(deps), o.host, o.port);
  } catch (e) {
    traffic.close();
    recordings.close();
    store.close();
    throw new StartError(`cannot listen on ${o.host}:${o.port}: ${(e as Error).message}`);
  }

  link.whenConnected((nc) => presence.subscribe(nc));
  link.start();
  ingest.start();
  trafficConsumer.start();
  presence.start();
  apisec?.start();
  const workersUp = () => presence.list().filter((w) => w.state === 'up').map((w) => w.node);
  const captureConfigs = kubeConfig ? new CaptureConfigController({ ...o.captureConfigs, kubeConfig, jobs, workersUp, log }) : undefined;
  if (captureConfigs) {
    log(`PacketCaptureConfig controller: watching ${captureConfigs.api.server} (${describeSource(o.kubernetes!)})`);
    captureConfigs.start();
  }

  // Retention and consumer lag, in the background; a run never overlaps the previous one.
  let retaining: Promise<void> = Promise.resolve();
  const hasRetention = Object.values(o.retention).some((v) => v !== undefined);
  const retain = () => {
    retaining = retaining.then(async () => {
      if (!store.isOpen) return;
      const before = { ...retention.counters.dropped };
      try {
        await runRetention(store, o.retention, retention.counters);
      } catch (e) {
        log(`retention failed: ${(e as Error).message}`);
        return;
      }
      const d = retention.counters.dropped;
      const n = { count: d.count - before.count, bytes: d.bytes - before.bytes, age: d.age - before.age };
      if (n.count + n.bytes + n.age > 0) log(`retention dropped ${n.count + n.bytes + n.age} entries (count ${n.count}, bytes ${n.bytes}, age ${n.age})`);
    });
  };
  const retentionTimer = hasRetention ? setInterval(retain, o.retentionIntervalMs ?? 10_000) : undefined;
  if (hasRetention) retain();
  const lagTimer = setInterval(() => void ingest.refreshPending(), 5_000);
  const endpointsTimer = setInterval(() => saveEndpoints(), 2_000);
  const trafficRetentionMs = o.trafficRetentionMs ?? 7 * 24 * 3_600_000;
  const pruneTraffic = () => {
    try {
      traffic.prune(Date.now() - trafficRetentionMs);
    } catch (e) {
      log(`traffic overview retention failed: ${(e as Error).message}`);
    }
  };
  pruneTraffic();
  const trafficTimer = setInterval(pruneTraffic, 60_000);

  let stopped: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    store,
    ingest,
    endpoints,
    metrics,
    webhooks,
    apisec,
    captureConfigs,
    status,
    stop() {
      stopped ??= (async () => {
        // First, while NATS is up: what it is following ends cleanly (the jobs keep running).
        await captureConfigs?.stop();
        clearInterval(retentionTimer);
        clearInterval(lagTimer);
        clearInterval(endpointsTimer);
        clearInterval(trafficTimer);
        presence.stop();
        await ingest.stop();
        await trafficConsumer.stop();
        await webhooks.stop();
        await apisec?.stop();
        live.close();
        await server.close();
        await link.close();
        await retaining;
        saveEndpoints(true);
        recordings.close();
        traffic.close();
        store.close();
      })();
      return stopped;
    },
  };
}
