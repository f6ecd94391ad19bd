// Feeds a scripted conversation to a fresh PostgresSession (offsets per direction), optionally in
// pieces of `split` bytes, then closes it: the entries and counters it produced.
import type { Direction } from '../../engine/types.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import { postgresDissector } from '../index.js';

export type Step = { dir: Direction; data: Uint8Array; ts?: number } | { gap: Direction; length: number };

export function run(steps: Step[], split = 0): FakeContext {
  const ctx = fakeContext();
  ctx.server.port = 5432;
  const s = postgresDissector.createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    if ('gap' in step) {
      s.gap(step.gap, step.length, { ts, offset: offset[step.gap], peerAck: -1 });
      offset[step.gap] += step.length;
      continue;
    }
    ts = step.ts ?? ts + 1;
    const n = split > 0 ? split : step.data.length;
    for (let i = 0; i < step.data.length; i += n) {
      const piece = step.data.slice(i, i + n);
      s.feed(step.dir, piece, { ts, offset: offset[step.dir], peerAck: -1 });
      offset[step.dir] += piece.length;
    }
  }
  s.close(ts);
  return ctx;
}

export const c = (data: Uint8Array, ts?: number): Step => ({ dir: 0, data, ts });
export const s = (data: Uint8Array, ts?: number): Step => ({ dir: 1, data, ts });
