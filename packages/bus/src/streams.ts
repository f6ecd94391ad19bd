import type { JetStreamManager, StreamConfig } from '@nats-io/jetstream';
import { DiscardPolicy, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { SUBJECTS } from './subjects.js';

/**
 * JetStream streams. Entries are kept while the hub is down (bounded by age and bytes), so a hub
 * restart or a short outage loses nothing; the hub's durable consumer resumes where it acked.
 * Duplicate publishes inside the window are dropped by message id (the worker sets one per batch).
 */
export const ENTRIES_STREAM = 'TRAWL_ENTRIES';
export const FLOWS_STREAM = 'TRAWL_FLOWS';
export const HUB_CONSUMER = 'trawl-hub';

export interface StreamLimits {
  maxAgeSeconds: number;
  maxBytes: number;
}

export const DEFAULT_ENTRY_STREAM_LIMITS: StreamLimits = { maxAgeSeconds: 24 * 3600, maxBytes: 1 << 30 };

const NS = 1_000_000_000;

export function entriesStreamConfig(limits: StreamLimits = DEFAULT_ENTRY_STREAM_LIMITS): Partial<StreamConfig> & { name: string } {
  return {
    name: ENTRIES_STREAM,
    subjects: [SUBJECTS.allEntries],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: limits.maxAgeSeconds * NS,
    max_bytes: limits.maxBytes,
    duplicate_window: 120 * NS,
  };
}

export function flowsStreamConfig(): Partial<StreamConfig> & { name: string } {
  return {
    name: FLOWS_STREAM,
    subjects: [SUBJECTS.allFlows],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: 3600 * NS,
    max_bytes: 64 << 20,
  };
}

/** Creates the streams, or updates them when they exist: both workers and the hub call it. */
export async function ensureStreams(jsm: JetStreamManager, limits?: StreamLimits): Promise<void> {
  for (const config of [entriesStreamConfig(limits), flowsStreamConfig()]) {
    try {
      await jsm.streams.info(config.name);
      await jsm.streams.update(config.name, config);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      try {
        await jsm.streams.add(config);
      } catch (err) {
        // Another process created it between our look and our add (the hub and a worker starting
        // together). nats-server 2.9 then answers "already in use", or "subjects overlap with an
        // existing stream" when the two configurations differ: the stream is there, so it is
        // brought to our configuration like one found at the first look.
        if (!(await exists(jsm, config.name))) throw err;
        await jsm.streams.update(config.name, config);
      }
    }
  }
}

async function exists(jsm: JetStreamManager, name: string): Promise<boolean> {
  try {
    await jsm.streams.info(name);
    return true;
  } catch {
    return false;
  }
}

function isNotFound(e: unknown): boolean {
  return /not found/i.test(String((e as Error)?.message ?? e));
}
