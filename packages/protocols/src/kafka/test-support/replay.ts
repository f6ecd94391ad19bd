// Replays a capture through the real engine with the Kafka and HTTP/1 dissectors only (no
// decompression: nothing in these captures is compressed HTTP).
import { replayCapture, type Replay, type ReplayOptions } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import { kafkaDissector } from '../index.js';

export function replayKafka(file: string | Uint8Array, options: Omit<ReplayOptions, 'decompress'> = {}): Replay {
  return replayCapture(file, [kafkaDissector, http1Dissector], { ...options, decompress: null });
}
