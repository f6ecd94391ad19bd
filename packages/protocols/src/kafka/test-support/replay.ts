// Replays a capture through the real engine with the Kafka and HTTP/1 dissectors only.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import type { EngineLimits } from '../../limits.js';
import { kafkaDissector } from '../index.js';

export interface KafkaReplay {
  entries: Entry[];
  stats: EngineStats;
  formatError: string | null;
}

export function replayKafka(file: string | Uint8Array, options: { node?: string; captureId?: string; limits?: Partial<EngineLimits> } = {}): KafkaReplay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors: [kafkaDissector, http1Dissector],
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
