// Replays a capture through the real engine with the DNS dissectors (and HTTP/1, so a wrong claim
// by either would show), as `trawl read` does; no decompression.
import { DissectorRegistry } from '../../engine/registry.js';
import { replayCapture, type Replay } from '../../engine/test-support/replay.js';
import type { EngineLimits } from '../../limits.js';
import { http1Dissector } from '../../http1/index.js';
import { dnsDissector, dnsTcpDissector } from '../index.js';

export type { Replay };

export const dnsRegistry = (): DissectorRegistry => new DissectorRegistry([http1Dissector, dnsTcpDissector, dnsDissector]);

export const replayBytes = (bytes: Uint8Array, limits?: Partial<EngineLimits>): Replay => replayCapture(bytes, dnsRegistry(), { limits, decompress: null });

export const replayDns = (file: string, limits?: Partial<EngineLimits>): Replay => replayCapture(file, dnsRegistry(), { limits, decompress: null });
