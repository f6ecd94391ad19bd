/** What the hub reports about itself in /api/stats and /health (shapes shared by its parts). */
import type { RetentionCounters, RetentionPolicy } from './store/retention.js';

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

export interface HubStatus {
  startedAt: number;
  nats: NatsStatus;
  ingest: IngestStatus;
  workers: WorkerStatus[];
  retention: { policy: RetentionPolicy; counters: RetentionCounters };
}
