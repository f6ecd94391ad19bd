import type { ForwardAuth } from './auth.js';
import type { EndpointInventory } from '../endpoints/inventory.js';
import type { LiveFeed } from '../ingest/live.js';
import type { HubMetrics } from '../metrics/hub-metrics.js';
import type { WebhookManager } from '../webhooks/manager.js';
import type { ApisecPusher } from '../apisec/pusher.js';
import type { Logger } from '../log.js';
import type { LiveRecorder } from '../recordings/live.js';
import type { JobsDeps } from './routes/jobs.js';
import type { RecordingStore } from '../recordings/store.js';
import type { HubStatus } from '../status.js';
import type { EntryStore } from '../store/store.js';
import type { TrafficStore } from '../traffic/store.js';

/** What the HTTP API needs from the rest of the hub. */
export interface ApiDeps {
  store: EntryStore;
  live: LiveFeed;
  status: () => HubStatus;
  log: Logger;
  /** Required on every route but /health when set (unless forward auth names the user). */
  token?: string;
  /** Users named by trusted proxies (Authelia); see auth.ts. */
  forwardAuth?: ForwardAuth;
  /** The built web UI (issue 6): served for every path outside /api when set. */
  staticDir?: string;
  /** SSE heartbeat interval (default 15 s). */
  heartbeatMs?: number;
  /** Events an SSE subscriber may have queued before newer ones are dropped (default 10,000). */
  streamQueueLimit?: number;
  /** Prometheus registry behind `GET /metrics`; absent = metrics off. */
  metrics?: HubMetrics;
  /** The endpoint inventory behind /api/endpoints and /api/openapi. */
  endpoints?: EndpointInventory;
  /** Called after `DELETE /api/endpoints` (the hub saves the now empty inventory). */
  onEndpointsCleared?: () => void;
  /** Webhook rules behind /api/webhooks. */
  webhooks?: WebhookManager;
  /** The APISec push, when configured. */
  apisec?: ApisecPusher;
  /** Named, kept sets of entries behind /api/recordings. */
  recordings?: RecordingStore;
  /** Feeds live recordings from the ingest; absent: live recordings are refused. */
  recorder?: LiveRecorder;
  /** Capture jobs on the workers, over NATS. */
  jobs?: JobsDeps;
  /** The traffic overview's counters behind /api/traffic. */
  traffic?: TrafficStore;
}
