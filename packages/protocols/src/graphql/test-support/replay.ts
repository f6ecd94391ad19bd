// Replays a capture through the real engine with an explicit registry: HTTP/1 (and HTTP/2 when
// given) plus the GraphQL enricher, counting `graphql.*` events in the engine's counters.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import { DissectorRegistry } from '../../engine/registry.js';
import type { Dissector } from '../../engine/types.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { createGraphqlEnricher } from '../enrich.js';

export interface GqlReplay {
  entries: Entry[];
  stats: EngineStats;
  /** `graphql.*` events. */
  counts: Record<string, number>;
}

export function replayGraphql(file: string | Uint8Array, dissectors: Dissector[] = [http1Dissector], limits?: Partial<EngineLimits>): GqlReplay {
  const entries: Entry[] = [];
  const counts: Record<string, number> = {};
  const enricher = createGraphqlEnricher({ count: (e) => (counts[e] = (counts[e] ?? 0) + 1) });
  const pipeline = new CapturePipeline({
    dissectors: new DissectorRegistry(dissectors, [enricher]),
    node: 'test',
    captureId: 'cap',
    decompress: zlibDecompress,
    limits,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file);
  pipeline.endFile();
  const stats = pipeline.finish();
  return { entries, stats, counts };
}
