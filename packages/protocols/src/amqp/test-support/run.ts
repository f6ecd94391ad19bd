// Feeds a scripted conversation to a fresh AmqpSession (split into pieces of `split` bytes when
// asked) and returns the fake context with the emitted entries and counters.
import type { Direction, DissectorSession } from '../../engine/types.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { AmqpSession } from '../session.js';

export type Step = { dir: Direction; data: Uint8Array; ts?: number } | { gap: Direction; length: number };

export const c = (data: Uint8Array, ts?: number): Step => ({ dir: 0, data, ts });
export const s = (data: Uint8Array, ts?: number): Step => ({ dir: 1, data, ts });

export function run(steps: Step[], options: { split?: number; limits?: Partial<EngineLimits> } = {}): FakeContext {
  const ctx = fakeContext(options.limits);
  const session: DissectorSession = new AmqpSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const step of steps) {
    if ('gap' in step) {
      session.gap(step.gap, step.length, { ts, offset: offset[step.gap], peerAck: -1 });
      offset[step.gap] += step.length;
      continue;
    }
    ts = step.ts ?? ts + 1;
    const n = Math.max(1, options.split ?? step.data.length);
    for (let i = 0; i < step.data.length; i += n) {
      const piece = step.data.slice(i, i + n);
      session.feed(step.dir, piece, { ts, offset: offset[step.dir], peerAck: -1 });
      offset[step.dir] += piece.length;
    }
  }
  session.close(ts);
  return ctx;
}
