// Drives a DNS session by hand: UDP datagrams or TCP byte streams per direction, then close.
import type { Direction, DissectorSession } from '../../engine/types.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import { dnsDissector, dnsTcpDissector } from '../index.js';

export type Step = { dir: Direction; data: Uint8Array; ts?: number } | { gap: Direction; length: number } | { end: Direction };

export function runDns(transport: 'udp' | 'tcp', steps: Step[], options: { split?: number; noClose?: boolean } = {}): FakeContext {
  const ctx = fakeContext();
  ctx.transport = transport;
  const session: DissectorSession = (transport === 'udp' ? dnsDissector : dnsTcpDissector).createSession(ctx);
  const offset = [0, 0];
  let ts = 1000;
  for (const s of steps) {
    if ('gap' in s) {
      session.gap(s.gap, s.length, { ts, offset: offset[s.gap], peerAck: -1 });
      offset[s.gap] += s.length;
    } else if ('end' in s) session.end(s.end, ts);
    else {
      ts = s.ts ?? ts;
      const size = transport === 'udp' ? s.data.length : (options.split ?? s.data.length);
      for (let i = 0; i < s.data.length; i += Math.max(1, size)) {
        const piece = s.data.slice(i, i + Math.max(1, size));
        session.feed(s.dir, piece, { ts, offset: offset[s.dir], peerAck: -1 });
        offset[s.dir] += piece.length;
      }
    }
  }
  if (!options.noClose) session.close(ts);
  return ctx;
}
