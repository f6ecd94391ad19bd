/** The hub about itself: `GET /api/stats` and `GET /health` (apps/hub/src/status.ts). */

export type NatsState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'closed';

export interface NatsStatus {
  url: string;
  state: NatsState;
  /** When the state last changed (ms since the epoch). */
  since: number;
  reconnects: number;
  lastError: string | null;
}

export interface IngestStatus {
  /** Entries stored since start (new ids only). */
  entries: number;
  /** Entries whose id was already stored (redeliveries, re-sent batches): ignored. */
  duplicates: number;
  /** Messages that were not an entry batch: acked (term) and skipped. */
  malformedMessages: number;
  /** Entries without a string id / numeric timestamp inside valid batches: skipped. */
  invalidEntries: number;
  batches: number;
  /** Store writes that failed (the messages were not acked and will come again). */
  storeErrors: number;
  /** Entries per second over the last 10 s. */
  ratePerSec: number;
  lastBatchAt: number | null;
  /** Messages in the stream not yet delivered to the hub's consumer (null until known). */
  pending: number | null;
  consuming: boolean;
  /** Consumes the ingest watchdog restarted (work pending, nothing settled for too long). */
  stallsRecovered: number;
}

export interface WorkerStatus {
  node: string;
  bootId: string | null;
  version: string | null;
  lastSeen: number;
  state: 'up' | 'gone';
  capturing: boolean;
  interfaces: string[];
  stats: Record<string, number>;
}

export interface RetentionPolicy {
  maxCount?: number;
  maxBytes?: number;
  maxAgeMs?: number;
}

export interface RetentionCounters {
  runs: number;
  dropped: { count: number; bytes: number; age: number };
  lastRunAt: number | null;
  lastError: string | null;
}

/** `GET /api/stats`. `entries` is null while the store is closed. */
export interface HubStats {
  /** `partitions`: the store's time partitions (tables of up to `--partition-entries` entries each). */
  entries: { stored: number; bytes: number; usedBytes: number; oldest: number | null; newest: number | null; partitions: number } | null;
  ingest: IngestStatus;
  workers: WorkerStatus[];
  nats: NatsStatus;
  retention: { policy: RetentionPolicy; counters: RetentionCounters };
  stream: { subscribers: number };
  startedAt: number;
  uptimeSec: number;
}

/**
 * `GET /health`: 200 while the store takes writes (`degraded` when NATS is down), 503 with this
 * body when it does not (`down`).
 */
export interface Health {
  status: 'ok' | 'degraded' | 'down';
  store: { ok: boolean; error?: string };
  nats: { ok: boolean; state: NatsState; since: number; lastError: string | null };
  ingest: { ok: boolean; lastBatchAt: number | null; storeErrors: number };
  workers: { up: number; gone: number };
}
