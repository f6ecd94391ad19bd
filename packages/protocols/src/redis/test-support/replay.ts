// Replays a capture through the real engine with an explicit registry (Redis, then HTTP/1 so
// that detection order is exercised), as `trawl read` does.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import type { EngineLimits } from '../../limits.js';
import { redisDissector } from '../index.js';

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
  formatError: string | null;
}

export function replayRedis(file: string | Uint8Array, options: { node?: string; captureId?: string; limits?: Partial<EngineLimits> } = {}): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors: [redisDissector, http1Dissector],
    node: options.node ?? 'test',
    captureId: options.captureId ?? 'cap',
    limits: options.limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file);
  const error = pipeline.endFile();
  const stats = pipeline.finish();
  return { entries, stats, formatError: error ? error.message : null };
}
