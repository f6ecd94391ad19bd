// Replays a capture through the real engine with the DNS dissectors (and HTTP/1, so a wrong claim
// by either would show), as `trawl read` will once the lead registers them.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import { DissectorRegistry } from '../../engine/registry.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import type { EngineLimits } from '../../limits.js';
import { http1Dissector } from '../../http1/index.js';
import { dnsDissector, dnsTcpDissector } from '../index.js';

export const dnsRegistry = (): DissectorRegistry => new DissectorRegistry([http1Dissector, dnsTcpDissector, dnsDissector]);

export interface Replay {
  entries: Entry[];
  stats: EngineStats;
  formatError: string | null;
  /** TCP connections + UDP flows still open after finish() (must be 0). */
  openAfter: number;
}

export function replayBytes(bytes: Uint8Array, limits?: Partial<EngineLimits>): Replay {
  const entries: Entry[] = [];
  const pipeline = new CapturePipeline({ dissectors: dnsRegistry(), node: 'test', captureId: 'cap', limits, onEntry: (e) => entries.push(e) });
  pipeline.push(bytes);
  const error = pipeline.endFile();
  const stats = pipeline.finish();
  const openAfter = pipeline.engine.openConnections + pipeline.engine.openUdpFlows;
  return { entries, stats, formatError: error ? error.message : null, openAfter };
}

export const replayDns = (file: string, limits?: Partial<EngineLimits>): Replay => replayBytes(new Uint8Array(readFileSync(file)), limits);
