// Replays a capture through the real engine with an explicit registry (AMQP first, then HTTP/1),
// as `trawl read` will once the lead registers the dissector.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { amqpDissector } from '../index.js';

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
}

export function replayBytes(bytes: Uint8Array, limits?: Partial<EngineLimits>): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors: [amqpDissector, http1Dissector],
    node: 'test',
    captureId: 'cap',
    decompress: zlibDecompress,
    limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(bytes);
  pipeline.endFile();
  return { entries, stats: pipeline.finish() };
}

export function replay(file: string, limits?: Partial<EngineLimits>): Replay {
  const b = readFileSync(file);
  return replayBytes(new Uint8Array(b.buffer, b.byteOffset, b.length), limits);
}
