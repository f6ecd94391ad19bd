// Replays a capture through the real engine with an explicit registry (Redis, then HTTP/1 so
// that detection order is exercised), as `trawl read` does; no decompression.
import { replayCapture, type Replay, type ReplayOptions } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import { redisDissector } from '../index.js';

export function replayRedis(file: string | Uint8Array, options: Omit<ReplayOptions, 'decompress'> = {}): Replay {
  return replayCapture(file, [redisDissector, http1Dissector], { ...options, decompress: null });
}
