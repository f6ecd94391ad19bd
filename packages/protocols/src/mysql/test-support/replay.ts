// Replays a capture through the real engine with an explicit registry (mysql + http1), as
// `trawl read` does.
import { DissectorRegistry } from '../../engine/registry.js';
import { replayCapture, type Replay } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import type { EngineLimits } from '../../limits.js';
import { mysqlDissector } from '../index.js';

export function registry(): DissectorRegistry {
  return new DissectorRegistry([mysqlDissector, http1Dissector]);
}

export const replayBytes = (bytes: Uint8Array, limits?: Partial<EngineLimits>): Replay => replayCapture(bytes, registry(), { limits });

export const replayFile = (file: string, limits?: Partial<EngineLimits>): Replay => replayCapture(file, registry(), { limits });
