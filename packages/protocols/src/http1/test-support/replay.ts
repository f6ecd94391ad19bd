// Replays a capture file through the real engine with defaultDissectors(), as `trawl read` does,
// for tests that need whole captures.
import { defaultDissectors } from '../../engine/dissectors.js';
import { replayCapture, type Replay, type ReplayOptions } from '../../engine/test-support/replay.js';

export type { Replay };

export const replay = (file: string, options: Omit<ReplayOptions, 'decompress'> = {}): Replay => replayCapture(file, defaultDissectors(), options);
