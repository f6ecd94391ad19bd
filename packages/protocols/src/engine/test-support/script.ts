// Feeds a scripted conversation (byte steps and gaps) to a dissector session: offsets tracked per
// direction, capture time one ms further at each byte step unless the step says, every byte step
// cut into pieces of `split` bytes when asked (1 = byte by byte), then close().
import type { Direction, DissectorSession } from '../types.js';

export type ScriptStep = { dir: Direction; data: Uint8Array; ts?: number } | { gap: Direction; length: number };

export const c = (data: Uint8Array, ts?: number): ScriptStep => ({ dir: 0, data, ts });
export const s = (data: Uint8Array, ts?: number): ScriptStep => ({ dir: 1, data, ts });

export function feedScript(session: DissectorSession, steps: readonly ScriptStep[], split?: number): void {
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    if ('gap' in step) {
      session.gap(step.gap, step.length, { ts, offset: offset[step.gap], peerAck: -1 });
      offset[step.gap] += step.length;
      continue;
    }
    ts = step.ts ?? ts + 1;
    const n = Math.max(1, split || step.data.length);
    for (let i = 0; i < step.data.length; i += n) {
      const piece = step.data.slice(i, i + n);
      session.feed(step.dir, piece, { ts, offset: offset[step.dir], peerAck: -1 });
      offset[step.dir] += piece.length;
    }
  }
  session.close(ts);
}
