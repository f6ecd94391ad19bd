// Replays a capture through the real engine with an explicit registry (AMQP first, then HTTP/1),
// as `trawl read` does.
import type { EngineLimits } from '../../limits.js';
import { replayCapture, type Replay } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import { amqpDissector } from '../index.js';

export type { Replay };

export const replayBytes = (bytes: Uint8Array, limits?: Partial<EngineLimits>): Replay => replayCapture(bytes, [amqpDissector, http1Dissector], { limits });

export const replay = (file: string, limits?: Partial<EngineLimits>): Replay => replayCapture(file, [amqpDissector, http1Dissector], { limits });
