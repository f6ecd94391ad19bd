// A SessionContext for tests: collects emitted entries and counters; zlib-backed decompress.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { ChunkMeta, Decompress, Direction, DissectorSession, PartialEntry, SessionContext } from '../../engine/types.js';
import { DEFAULT_LIMITS, type EngineLimits } from '../../limits.js';
import { http1Dissector } from '../index.js';

export interface FakeContext extends SessionContext {
  entries: PartialEntry[];
  counts: Map<string, number>;
}

export const zlibDecompress: Decompress = (encoding, data, maxOutput) => {
  const opts = { maxOutputLength: maxOutput };
  if (encoding === 'gzip') return new Uint8Array(gunzipSync(data, opts));
  if (encoding === 'br') return new Uint8Array(brotliDecompressSync(data, opts));
  try {
    return new Uint8Array(inflateSync(data, opts));
  } catch {
    return new Uint8Array(inflateRawSync(data, opts));
  }
};

export function fakeContext(limits: Partial<EngineLimits> = {}, decompress: Decompress | undefined = zlibDecompress): FakeContext {
  const entries: PartialEntry[] = [];
  const counts = new Map<string, number>();
  return {
    connectionId: 'test-1',
    transport: 'tcp',
    client: { ip: '10.0.0.1', port: 40000 },
    server: { ip: '10.0.0.2', port: 80 },
    limits: { ...DEFAULT_LIMITS, ...limits },
    decompress,
    entries,
    counts,
    emit: (e) => entries.push(e),
    count: (event, n = 1) => counts.set(event, (counts.get(event) ?? 0) + n),
  };
}

/** One step of a scripted conversation. */
export type Step =
  | { dir: Direction; data: string | Uint8Array; ts?: number; peerAck?: number }
  | { gap: Direction; length: number; ts?: number }
  | { end: Direction; ts?: number };

export const bytes = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

export interface RunOptions {
  /** Split every data step into pieces of this size (1 = byte by byte). */
  split?: number;
  limits?: Partial<EngineLimits>;
  decompress?: Decompress;
  /** Do not call close() at the end. */
  noClose?: boolean;
}

/** Feeds the steps to a fresh session (offsets tracked per direction), then closes it. */
export function run(steps: Step[], options: RunOptions = {}): FakeContext {
  const ctx = fakeContext(options.limits, options.decompress ?? zlibDecompress);
  const session: DissectorSession = http1Dissector.createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    if ('gap' in step) {
      ts = step.ts ?? ts;
      session.gap(step.gap, step.length, meta(offset[step.gap], ts, -1));
      offset[step.gap] += step.length;
    } else if ('end' in step) {
      session.end(step.end, step.ts ?? ts);
    } else {
      ts = step.ts ?? ts;
      const data = bytes(step.data);
      const size = options.split ?? data.length;
      for (let i = 0; i < data.length || (i === 0 && data.length === 0); i += Math.max(size, 1)) {
        const piece = data.slice(i, i + Math.max(size, 1));
        session.feed(step.dir, piece, meta(offset[step.dir], ts, step.peerAck ?? -1));
        offset[step.dir] += piece.length;
        if (data.length === 0) break;
      }
    }
  }
  if (!options.noClose) session.close(ts);
  return ctx;
}

function meta(offset: number, ts: number, peerAck: number): ChunkMeta {
  return { offset, ts, peerAck };
}

export const req = (data: string | Uint8Array, ts?: number): Step => ({ dir: 0, data, ts });
export const res = (data: string | Uint8Array, ts?: number, peerAck?: number): Step => ({ dir: 1, data, ts, peerAck });
