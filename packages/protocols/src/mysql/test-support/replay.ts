// Replays a capture through the real engine with an explicit registry (mysql + http1), as the
// lead's defaultDissectors will once mysql is registered.
import { readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import { DissectorRegistry } from '../../engine/registry.js';
import type { EngineStats } from '../../engine/stats.js';
import type { Entry } from '../../entry/types.js';
import { http1Dissector } from '../../http1/index.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { mysqlDissector } from '../index.js';

export function registry(): DissectorRegistry {
  return new DissectorRegistry([mysqlDissector, http1Dissector]);
}

export function replayBytes(bytes: Uint8Array, limits?: Partial<EngineLimits>): { entries: Entry[]; stats: EngineStats } {
  const entries: Entry[] = [];
  const p = new CapturePipeline({ dissectors: registry(), node: 'test', captureId: 'cap', decompress: zlibDecompress, limits, onEntry: (e) => entries.push(e) });
  p.push(bytes);
  p.endFile();
  const stats = p.finish();
  return { entries, stats };
}

export function replayFile(file: string, limits?: Partial<EngineLimits>): { entries: Entry[]; stats: EngineStats } {
  return replayBytes(new Uint8Array(readFileSync(file)), limits);
}
