// Replays a capture (a file, or its bytes) through the real engine, CapturePipeline with the
// dissectors a test names, as `trawl read` does. Each protocol's test-support/replay.ts only says
// which dissectors (and in what order), and whether bodies are decompressed.
import { readFileSync } from 'node:fs';
import type { Entry } from '../../entry/types.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import type { EngineOptions } from '../engine.js';
import { CapturePipeline } from '../pipeline.js';
import type { EngineStats } from '../stats.js';
import type { Decompress } from '../types.js';

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
  /** The reader's format error, if the file ended badly. */
  formatError: string | null;
  /** TCP connections + UDP flows still open after finish() (must be 0). */
  openAfter: number;
}

export interface ReplayOptions {
  /** Fixed so entry ids are stable (goldens); 'test' and 'cap' by default. */
  node?: string;
  captureId?: string;
  limits?: Partial<EngineLimits>;
  /** zlib (Node) by default; null replays without one, as an engine given none. */
  decompress?: Decompress | null;
}

export function replayCapture(input: string | Uint8Array, dissectors: EngineOptions['dissectors'], options: ReplayOptions = {}): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors,
    node: options.node ?? 'test',
    captureId: options.captureId ?? 'cap',
    decompress: options.decompress === null ? undefined : (options.decompress ?? zlibDecompress),
    limits: options.limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input);
  const error = pipeline.endFile();
  const stats = pipeline.finish();
  const openAfter = pipeline.engine.openConnections + pipeline.engine.openUdpFlows;
  return { entries, stats, formatError: error ? error.message : null, openAfter };
}
