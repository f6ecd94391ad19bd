import type { Entry } from '@trawl/protocols';

export const BUS_VERSION = 1 as const;

/** One publish on `trawl.entries.<node>`: a batch of redacted entries. */
export interface EntryBatch {
  v: typeof BUS_VERSION;
  node: string;
  /** Worker boot id + sequence: also the JetStream message id (dedupe of a re-sent batch). */
  batchId: string;
  entries: Entry[];
}

/** L4 byte counters per pair of ends over one interval, on `trawl.flows.<node>`. */
export interface FlowReport {
  v: typeof BUS_VERSION;
  node: string;
  /** Interval [from, to) in ms since the epoch. */
  from: number;
  to: number;
  flows: Array<{
    transport: 'tcp' | 'udp';
    src: { ip: string; port: number; name?: string; kind?: string };
    dst: { ip: string; port: number; name?: string; kind?: string };
    packets: number;
    bytes: number;
  }>;
}

/** Presence, every few seconds on `trawl.workers.<node>.hello` (core NATS, not stored). */
export interface WorkerHello {
  v: typeof BUS_VERSION;
  node: string;
  bootId: string;
  version: string;
  startedAt: number;
  ts: number;
  interfaces: string[];
  capturing: boolean;
  /** Counters since start: packets, bytes, entries, drops, bufferDepth, … */
  stats: Record<string, number>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encode(message: EntryBatch | FlowReport | WorkerHello): Uint8Array {
  return encoder.encode(JSON.stringify(message));
}

export class BusDecodeError extends Error {
  override name = 'BusDecodeError';
}

/** Parses and checks the envelope; a malformed message is an error the caller counts and skips. */
export function decodeBatch(data: Uint8Array): EntryBatch {
  let m: unknown;
  try {
    m = JSON.parse(decoder.decode(data));
  } catch (e) {
    throw new BusDecodeError('entry batch is not JSON', { cause: e });
  }
  const b = m as Partial<EntryBatch>;
  if (!b || typeof b !== 'object' || b.v !== BUS_VERSION || typeof b.node !== 'string' || !Array.isArray(b.entries)) {
    throw new BusDecodeError('entry batch has the wrong shape or version');
  }
  return b as EntryBatch;
}

export function decodeJson<T>(data: Uint8Array): T {
  return JSON.parse(decoder.decode(data)) as T;
}
