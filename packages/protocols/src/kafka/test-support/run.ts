// Feeds a scripted conversation to a fresh Kafka session (offsets per direction), then closes it.
import type { ChunkMeta, DissectorSession } from '../../engine/types.js';
import { fakeContext, type FakeContext, type Step } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { kafkaDissector } from '../index.js';

export type { Step };

export function runKafka(steps: Step[], options: { split?: number; limits?: Partial<EngineLimits>; noClose?: boolean } = {}): FakeContext {
  const ctx = fakeContext(options.limits);
  const session: DissectorSession = kafkaDissector.createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  const meta = (o: number, t: number, ack: number): ChunkMeta => ({ offset: o, ts: t, peerAck: ack });
  for (const step of steps) {
    if ('gap' in step) {
      ts = step.ts ?? ts;
      session.gap(step.gap, step.length, meta(offset[step.gap], ts, -1));
      offset[step.gap] += step.length;
    } else if ('end' in step) {
      session.end(step.end, step.ts ?? ts);
    } else {
      ts = step.ts ?? ts;
      const data = typeof step.data === 'string' ? new TextEncoder().encode(step.data) : step.data;
      const size = Math.max(options.split ?? data.length, 1);
      for (let i = 0; i < data.length; i += size) {
        const piece = data.slice(i, i + size);
        session.feed(step.dir, piece, meta(offset[step.dir], ts, step.peerAck ?? -1));
        offset[step.dir] += piece.length;
      }
    }
  }
  if (!options.noClose) session.close(ts);
  return ctx;
}

export const req = (data: Uint8Array, ts?: number): Step => ({ dir: 0, data, ts });
export const res = (data: Uint8Array, ts?: number): Step => ({ dir: 1, data, ts });
