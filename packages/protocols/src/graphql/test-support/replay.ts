// Replays a capture through the real engine with an explicit registry: HTTP/1 (and HTTP/2 when
// given) plus the GraphQL enricher, counting `graphql.*` events in the engine's counters.
import { DissectorRegistry } from '../../engine/registry.js';
import { replayCapture, type Replay } from '../../engine/test-support/replay.js';
import type { Dissector } from '../../engine/types.js';
import { http1Dissector } from '../../http1/index.js';
import type { EngineLimits } from '../../limits.js';
import { createGraphqlEnricher } from '../enrich.js';

export interface GqlReplay extends Replay {
  /** `graphql.*` events. */
  counts: Record<string, number>;
}

export function replayGraphql(file: string | Uint8Array, dissectors: Dissector[] = [http1Dissector], limits?: Partial<EngineLimits>): GqlReplay {
  const counts: Record<string, number> = {};
  const enricher = createGraphqlEnricher({ count: (e) => (counts[e] = (counts[e] ?? 0) + 1) });
  return { ...replayCapture(file, new DissectorRegistry(dissectors, [enricher]), { limits }), counts };
}
