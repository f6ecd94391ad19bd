import type { Entry } from '@trawl/protocols';

/** Version of `FlowReport` and `WorkerHello`. */
export const BUS_VERSION = 1 as const;

/**
 * Wire version of an entry batch. v2 (current) is NDJSON: one header line, then one line per entry
 * (see `encodeEntryBatch`). v1 (one JSON object with an `entries` array) is still decoded by
 * `decodeBatch`/`decodeBatchLines` for one release, so a hub reads batches of older workers and
 * batches left in the stream by them.
 */
export const ENTRY_BATCH_VERSION = 2 as const;

/** One publish on `trawl.entries.<node>`: a batch of redacted entries (decoded). */
export interface EntryBatch {
  v: typeof ENTRY_BATCH_VERSION | 1;
  node: string;
  /** Worker boot id + sequence: also the JetStream message id (dedupe of a re-sent batch). */
  batchId: string;
  entries: Entry[];
}

/** The header line of a v2 entry batch. `count` is the number of entry lines that follow. */
export interface EntryBatchHeader {
  v: typeof ENTRY_BATCH_VERSION;
  node: string;
  batchId: string;
  count: number;
}

/** L4 byte counters per pair of ends over one interval, on `trawl.flows.<node>`. */
/** An end of a flow, named as the worker names entries' ends (`external`: outside this node and the cluster). */
export interface FlowEnd {
  ip: string;
  port: number;
  name?: string;
  kind?: string;
  namespace?: string;
}

export interface FlowReport {
  v: typeof BUS_VERSION;
  node: string;
  /** Interval [from, to) in ms since the epoch. */
  from: number;
  to: number;
  flows: Array<{
    transport: 'tcp' | 'udp';
    src: FlowEnd;
    dst: FlowEnd;
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

/** JSON of a flow report or a hello (an `EntryBatch` goes through `encodeEntryBatch`). */
export function encode(message: FlowReport | WorkerHello): Uint8Array {
  return encoder.encode(JSON.stringify(message));
}

/**
 * The v2 header line, without its newline. Producers that build the message themselves (the
 * worker's batcher) write `entryBatchHeader(...) + '\n' + lines.join('\n') + '\n'`.
 */
export function entryBatchHeader(node: string, batchId: string, count: number): string {
  const h: EntryBatchHeader = { v: ENTRY_BATCH_VERSION, node, batchId, count };
  return JSON.stringify(h);
}

/**
 * An entry batch on the wire (v2): the header line, then each entry as `JSON.stringify(entry)` on
 * its own line, every line ending in `\n`. `JSON.stringify` never writes a raw newline, so lines
 * split on `\n` exactly; the hub stores each line's text as sent (no second serialisation), so a
 * line must be what `JSON.stringify` writes (in particular: no repeated keys).
 */
export function encodeEntryBatch(batch: { node: string; batchId: string; entries: readonly unknown[] }): Uint8Array {
  let text = entryBatchHeader(batch.node, batch.batchId, batch.entries.length) + '\n';
  for (const e of batch.entries) text += JSON.stringify(e) + '\n';
  return encoder.encode(text);
}

/** The old v1 wire format (one JSON object), for compatibility tests only. */
export function encodeEntryBatchV1(batch: { node: string; batchId: string; entries: readonly unknown[] }): Uint8Array {
  return encoder.encode(JSON.stringify({ v: 1, node: batch.node, batchId: batch.batchId, entries: batch.entries }));
}

export class BusDecodeError extends Error {
  override name = 'BusDecodeError';
}

/**
 * An entry batch split but not parsed: `lines` holds each entry's JSON text (v2), `entries` the
 * parsed entries of a v1 batch. Lines are not checked here: the hub parses each once, counts and
 * skips one that is not an entry, and keeps the rest of the batch.
 */
export type RawEntryBatch =
  | { v: typeof ENTRY_BATCH_VERSION; node: string; batchId: string; lines: string[] }
  | { v: 1; node: string; batchId: string; entries: unknown[] };

/**
 * Decodes the envelope of an entry batch (v2, or v1 for one release). Throws `BusDecodeError` when
 * the message is not an entry batch: a header that is not JSON, the wrong shape or version, or a
 * number of lines other than the header's `count` (broken framing). The caller counts and skips it.
 */
export function decodeBatchLines(data: Uint8Array): RawEntryBatch {
  const text = decoder.decode(data);
  // JSON text has no raw newline, so the first '\n' ends the header; none at all is a v1 batch.
  const end = text.indexOf('\n');
  if (end < 0) return decodeV1(text);
  let h: Partial<EntryBatchHeader>;
  try {
    h = JSON.parse(text.slice(0, end)) as Partial<EntryBatchHeader>;
  } catch (e) {
    throw new BusDecodeError('entry batch header is not JSON', { cause: e });
  }
  if (!h || typeof h !== 'object' || h.v !== ENTRY_BATCH_VERSION || typeof h.node !== 'string' || typeof h.batchId !== 'string') {
    throw new BusDecodeError('entry batch header has the wrong shape or version');
  }
  const count = h.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new BusDecodeError('entry batch header has no valid count');
  const lines: string[] = [];
  let at = end + 1;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length; // the last line's newline is optional
    lines.push(text.slice(at, next));
    at = next + 1;
    if (lines.length > count) break;
  }
  if (lines.length !== count) throw new BusDecodeError(`entry batch has ${lines.length > count ? 'more' : 'fewer'} lines than its count (${count})`);
  return { v: ENTRY_BATCH_VERSION, node: h.node, batchId: h.batchId, lines };
}

function decodeV1(text: string): RawEntryBatch {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch (e) {
    throw new BusDecodeError('entry batch is not JSON', { cause: e });
  }
  const b = m as Partial<{ v: unknown; node: unknown; batchId: unknown; entries: unknown }>;
  if (!b || typeof b !== 'object' || b.v !== 1 || typeof b.node !== 'string' || !Array.isArray(b.entries)) {
    throw new BusDecodeError('entry batch has the wrong shape or version');
  }
  return { v: 1, node: b.node, batchId: typeof b.batchId === 'string' ? b.batchId : '', entries: b.entries };
}

/**
 * Decodes a whole entry batch into objects (tests, tools): like `decodeBatchLines`, and a line that
 * is not JSON makes the whole message an error here.
 */
export function decodeBatch(data: Uint8Array): EntryBatch {
  const raw = decodeBatchLines(data);
  if (raw.v === 1) return { v: 1, node: raw.node, batchId: raw.batchId, entries: raw.entries as Entry[] };
  const entries = raw.lines.map((line, i) => {
    try {
      return JSON.parse(line) as Entry;
    } catch (e) {
      throw new BusDecodeError(`entry line ${i + 1} is not JSON`, { cause: e });
    }
  });
  return { v: ENTRY_BATCH_VERSION, node: raw.node, batchId: raw.batchId, entries };
}

export function decodeJson<T>(data: Uint8Array): T {
  return JSON.parse(decoder.decode(data)) as T;
}
