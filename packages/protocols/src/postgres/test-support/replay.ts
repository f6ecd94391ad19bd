// Replays a capture through the real engine with an explicit registry (PostgreSQL + HTTP/1, so
// HTTP on port 5432 goes where it belongs), as `trawl read` would.
import type { Dissector } from '../../engine/types.js';
import { replayCapture, type Replay, type ReplayOptions } from '../../engine/test-support/replay.js';
import { http1Dissector } from '../../http1/index.js';
import { postgresDissector } from '../index.js';

export type { Replay };

export const PG_DISSECTORS: Dissector[] = [postgresDissector, http1Dissector];

type Options = Omit<ReplayOptions, 'decompress'>;

export const replayBytes = (bytes: Uint8Array, options: Options = {}): Replay => replayCapture(bytes, PG_DISSECTORS, options);

export const replay = (file: string, options: Omit<Options, 'limits'> = {}): Replay => replayCapture(file, PG_DISSECTORS, options);
