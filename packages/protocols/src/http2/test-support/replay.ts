// Replays a capture through the real engine with an explicit registry (http2 before http1, as the
// lead registers them), for tests that need whole captures. Decompression is zlib (Node).
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Dissector } from '../../engine/types.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import { http2Dissector } from '../index.js';

export interface H2Replay {
  entries: Entry[];
  stats: EngineStats;
}

export function replayH2(file: string, dissectors: readonly Dissector[] = [http2Dissector, http1Dissector]): H2Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({
    dissectors,
    node: 'test',
    captureId: 'cap',
    decompress: zlibDecompress,
    onEntry: (e) => entries.push(e),
  });
  pipeline.push(new Uint8Array(readFileSync(file)));
  pipeline.endFile();
  const stats = pipeline.finish();
  return { entries, stats };
}
