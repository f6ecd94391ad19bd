// Bodies keep views into the chunk being fed and copy them only if they outlive the feed
// (http1/body.ts `feed(…, borrow)`). A capture reader reuses its buffer: feeding every piece
// through one buffer that is overwritten after each feed must give the same entries as fresh
// copies, whatever the split and however long a body waits for its partner message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChunkMeta, Direction } from '../engine/types.js';
import { http1Dissector } from './index.js';
import { bytes, fakeContext, run, type Step } from './test-support/fake-context.js';

function runReused(steps: Step[], split: number): unknown[] {
  const ctx = fakeContext();
  const session = http1Dissector.createSession(ctx);
  const offset = [0, 0];
  const shared = new Uint8Array(1 << 16);
  for (const step of steps) {
    if (!('dir' in step)) throw new Error('data steps only');
    const data = bytes(step.data);
    for (let i = 0; i < data.length; i += split) {
      const piece = data.subarray(i, Math.min(i + split, data.length));
      shared.set(piece);
      const meta: ChunkMeta = { ts: step.ts ?? 1000, offset: offset[step.dir], peerAck: -1 };
      session.feed(step.dir as Direction, shared.subarray(0, piece.length), meta);
      offset[step.dir] += piece.length;
      shared.fill(0xee, 0, piece.length);
    }
  }
  session.close(1000);
  return ctx.entries;
}

const body = (n: number, c = 'x'): string => c.repeat(n);
const chunked = (...parts: string[]): string => parts.map((p) => `${p.length.toString(16)}\r\n${p}\r\n`).join('') + '0\r\n\r\n';

const CASES: Record<string, Step[]> = {
  'response built in the feed that ends it': [
    { dir: 0, data: 'GET / HTTP/1.1\r\nHost: h\r\n\r\n' },
    { dir: 1, data: `HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n${body(10)}` },
  ],
  'request body waits for its response': [
    { dir: 0, data: `POST /p HTTP/1.1\r\nContent-Length: 12\r\n\r\n${body(12, 'q')}` },
    { dir: 1, data: `HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok` },
  ],
  'response ends before its request does': [
    { dir: 0, data: `POST /p HTTP/1.1\r\nContent-Length: 20\r\n\r\n${body(10, 'a')}` },
    { dir: 1, data: `HTTP/1.1 413 Too Large\r\nContent-Length: 5\r\n\r\nlarge` },
    { dir: 0, data: body(10, 'b') },
  ],
  'pipelined requests with bodies, then responses': [
    { dir: 0, data: `POST /1 HTTP/1.1\r\nContent-Length: 3\r\n\r\none` + `POST /2 HTTP/1.1\r\nContent-Length: 3\r\n\r\ntwo` },
    { dir: 1, data: `HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n1HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n2` },
  ],
  'chunked body whose chunks end in earlier feeds': [
    { dir: 0, data: 'GET /c HTTP/1.1\r\nHost: h\r\n\r\n' },
    { dir: 1, data: `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${chunked(body(40, 'c'), body(30, 'd'), body(7, 'e'))}` },
  ],
  'long body over many pieces': [
    { dir: 0, data: 'GET /l HTTP/1.1\r\nHost: h\r\n\r\n' },
    { dir: 1, data: `HTTP/1.1 200 OK\r\nContent-Length: 3000\r\n\r\n${'0123456789'.repeat(300)}` },
  ],
  'close-delimited body': [
    { dir: 0, data: 'GET /z HTTP/1.0\r\n\r\n' },
    { dir: 1, data: `HTTP/1.0 200 OK\r\n\r\n${body(50, 'z')}` },
  ],
};

for (const [name, steps] of Object.entries(CASES)) {
  test(`borrowed bodies survive buffer reuse: ${name}`, () => {
    const expected = JSON.stringify(run(steps).entries);
    for (const split of [1, 3, 7, 64, 1 << 16]) {
      assert.equal(JSON.stringify(runReused(steps, split)), expected, `split ${split}`);
    }
  });
}
