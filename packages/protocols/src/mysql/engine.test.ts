// Through the real Engine: detection by content on any port, mid-stream pickup (no SYN, no
// greeting, the server's side starting in the middle of a reply), and the client/server roles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Engine } from '../engine/engine.js';
import { Conversation } from '../engine/test-support/conversation.js';
import type { Entry } from '../entry/types.js';
import { AUTH_OK, GREETING, LOGIN, cat, hex, pkt, query } from './test-support/conv.js';
import { registry } from './test-support/replay.js';

const okPkt = (seq: number) => pkt(seq, '00010002000000');
const err1146 = hex('28000001ff7a042334325330325461626c65202773686f702e6e6f70652720646f65736e2774206578697374');

function runEngine(build: (c: Conversation) => ReturnType<Conversation['c']>[]): Entry[] {
  const entries: Entry[] = [];
  const engine = new Engine({ dissectors: registry(), node: 'n', captureId: 'c', onEntry: (e) => entries.push(e) });
  const conv = new Conversation({ serverPort: 40123, clientPort: 51000 });
  for (const p of build(conv)) engine.packet(p);
  engine.finish();
  return entries;
}

test('a full connection on an unusual port: greeting detected, roles right', () => {
  const e = runEngine((c) => [...c.handshake(), c.s(GREETING), c.c(LOGIN), c.s(AUTH_OK), c.c(query('DELETE FROM t')), c.s(okPkt(1)), ...c.close()]);
  assert.deepEqual(e.map((x) => [x.protocol.name, x.request?.method, x.dst.port, x.response?.status]), [
    ['mysql', 'Connect', 40123, 0],
    ['mysql', 'DELETE', 40123, 0],
  ]);
});

test('mid-stream: no SYN, the server side starts in the middle of a reply, the next query pairs', () => {
  const e = runEngine((c) => [c.s(cat(hex('0a0b0c0d0e0f'), okPkt(3))), c.c(query('SELECT * FROM nope')), c.s(err1146), c.c(query('COMMIT')), c.s(okPkt(1))]);
  assert.deepEqual(e.map((x) => [x.request?.query, x.response?.code ?? x.response?.status, x.dst.port]), [
    ['SELECT * FROM nope', 1146, 40123],
    ['COMMIT', 0, 40123],
  ]);
});

test('mid-stream: only the server side captured, detected from an ERR reply: an unpaired entry', () => {
  const e = runEngine((c) => [c.s(err1146), c.s(okPkt(1))]);
  assert.deepEqual(e.map((x) => [x.request, x.response?.status, x.response?.code, x.anomalies, x.src.port]), [
    [null, 1, 1146, ['unpaired'], 51000],
    [null, 0, undefined, ['unpaired'], 51000],
  ]);
});
