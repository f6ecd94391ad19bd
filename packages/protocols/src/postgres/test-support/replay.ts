// Replays a capture through the real engine with an explicit registry (PostgreSQL + HTTP/1, so
// HTTP on port 5432 goes where it belongs), as `trawl read` would.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { Dissector } from '../../engine/types.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import type { EngineLimits } from '../../limits.js';
import { http1Dissector } from '../../http1/index.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import { postgresDissector } from '../index.js';

export const PG_DISSECTORS: Dissector[] = [postgresDissector, http1Dissector];

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
  formatError: string | null;
}

export function replayBytes(bytes: Uint8Array, options: { node?: string; captureId?: string; limits?: Partial<EngineLimits> } = {}): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors: PG_DISSECTORS,
    node: options.node ?? 'test',
    captureId: options.captureId ?? 'cap',
    decompress: zlibDecompress,
    limits: options.limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(bytes);
  const error = pipeline.endFile();
  const stats = pipeline.finish();
  return { entries, stats, formatError: error ? error.message : null };
}

export const replay = (file: string, options: { node?: string; captureId?: string } = {}): Replay => replayBytes(new Uint8Array(readFileSync(file)), options);
