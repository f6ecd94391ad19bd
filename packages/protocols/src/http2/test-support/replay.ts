// Replays a capture through the real engine with an explicit registry (http2 before http1, as the
// lead registers them), for tests that need whole captures.
import type { Dissector } from '../../engine/types.js';
import { replayCapture, type Replay } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import { http2Dissector } from '../index.js';

export const replayH2 = (file: string, dissectors: readonly Dissector[] = [http2Dissector, http1Dissector]): Replay => replayCapture(file, dissectors);
