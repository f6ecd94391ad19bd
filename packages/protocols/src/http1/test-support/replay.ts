// Replays a capture file through the real engine (CapturePipeline + defaultDissectors), as
// `trawl read` does, for tests that need whole captures. Decompression is zlib (Node).
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import { defaultDissectors } from '../../engine/dissectors.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import type { EngineLimits } from '../../limits.js';
import { zlibDecompress } from './fake-context.js';

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
  /** The reader's format error, if the file ended badly. */
  formatError: string | null;
}

export interface ReplayOptions {
  /** Fixed so entry ids are stable (goldens). */
  node?: string;
  captureId?: string;
  limits?: Partial<EngineLimits>;
}

export function replay(file: string, options: ReplayOptions = {}): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors: defaultDissectors(),
    node: options.node ?? 'test',
    captureId: options.captureId ?? 'cap',
    decompress: zlibDecompress,
    limits: options.limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(new Uint8Array(readFileSync(file)));
  const error = pipeline.endFile();
  const stats = pipeline.finish();
  return { entries, stats, formatError: error ? error.message : null };
}
