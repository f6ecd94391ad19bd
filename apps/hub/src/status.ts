/**
 * What the hub reports about itself in /api/stats and /health. The shapes are the API's
 * (@trawl/api `status.ts`); the hub's parts use them under these names.
 */
import type { HubStats, IngestStatus } from '@trawl/api';

export type { IngestStatus, NatsState, NatsStatus, WorkerStatus } from '@trawl/api';

/** The parts of `/api/stats` the hub's components report (the route adds the store and stream). */
export type HubStatus = Pick<HubStats, 'startedAt' | 'nats' | 'workers' | 'retention'> & { ingest: IngestStatus };
