// Our own gRPC captures (captures/record.mjs: @grpc/grpc-js server and client, shop.proto, on
// 127.0.0.1:31390) through the real engine: exact entries for every call shape, goldens
// (schemaless, the default dissector), and the same captures decoded with shop.desc.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { http1Dissector } from '../http1/index.js';
import { assertGolden } from '../capture/test-support/golden.js';
import { replayH2 } from '../http2/test-support/replay.js';
import { createGrpcDissector, grpcDissector } from './index.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const rq = (e: Entry) => e.request as Record<string, any>;
const rs = (e: Entry) => e.response as Record<string, any>;
const GRPC = { name: 'grpc', version: '2', abbr: 'gRPC' };
const withSchema = createGrpcDissector({ descriptorSets: [new Uint8Array(readFileSync(`${DIR}shop.desc`))] });

function golden(name: string): Entry[] {
  const { entries } = replayH2(`${DIR}${name}.pcap`, [grpcDissector, http1Dissector]);
  assertGolden(`${DIR}${name}`, entries);
  for (const e of entries) {
    assert.deepEqual(e.protocol, GRPC);
    assert.equal(e.dst.port, 31390);
    assert.equal(rq(e).headers['user-agent'], 'grpc-node-js/1.14.7');
    assert.equal(rs(e).httpStatus, 200);
  }
  return entries;
}
const typed = (name: string) => replayH2(`${DIR}${name}.pcap`, [withSchema, http1Dissector]).entries;
const values = (msgs: { value: unknown }[]) => msgs.map((m) => m.value);

const ITEM_1 = { '1': 'book-1', '2': 'item 1', '3': 1, '4': { '1': 'EUR', '2': 12345678901, '3': '4598175219545276416' }, '5': ['a', 't1'], '6': [{ '1': 'paris', '2': 1 }, { '1': 'lyon', '2': 2 }], '7': { bytes: 'AAEC/w==' }, '8': 1, '9': 1 };

describe('grpc captures', () => {
  it('unary: OK with a schemaless message, and NOT_FOUND as a trailers-only response', () => {
    const [ok, missing] = golden('unary');
    assert.deepEqual([rq(ok).service, rq(ok).rpc, rq(ok).method, rq(ok).path], ['trawl.shop.Shop', 'GetItem', 'POST', '/trawl.shop.Shop/GetItem']);
    assert.deepEqual(rq(ok).messages, [{ size: 8, value: { '1': 'book-1' } }]);
    assert.deepEqual([rs(ok).status, rs(ok).statusText, rs(ok).trailers['grpc-status']], [0, 'OK', '0']);
    assert.deepEqual(rs(ok).messages, [{ size: 78, value: ITEM_1 }]);
    assert.equal(ok.anomalies, undefined);
    assert.deepEqual([rs(missing).status, rs(missing).statusText, rs(missing).messages, rs(missing).trailers], [5, 'item missing: not in the catalogue (100%)', [], undefined]);
  });

  it('streaming: server, client and bidi streams are one entry each with all their messages', () => {
    const [list, upload, chat] = golden('streaming');
    assert.deepEqual([rq(list).rpc, rq(list).messages.length, rs(list).messages.length], ['ListItems', 1, 3]);
    assert.deepEqual(values(rs(list).messages).map((v: any) => v['1']), ['list-0', 'list-1', 'list-2']);
    assert.deepEqual([rq(upload).rpc, rq(upload).messages.length, rs(upload).messages.length], ['UploadItems', 3, 1]);
    assert.deepEqual(values(rs(upload).messages), [{ '1': 3, '2': ['up-0', 'up-1', 'up-2'] }]);
    assert.deepEqual(values(rq(chat).messages), [
      { '1': 'client', '2': 'hello', '3': 1 },
      { '1': 'client', '2': 'how are you?', '3': 2 },
    ]);
    assert.deepEqual(values(rs(chat).messages), [
      { '1': 'server', '2': 'echo: hello', '3': 1 },
      { '1': 'server', '2': 'echo: how are you?', '3': 2 },
    ]);
    for (const e of [list, upload, chat]) assert.equal(rs(e).status, 0);
  });

  it('gzip: a compressed request message is inflated via grpc-encoding', () => {
    const [call] = golden('gzip');
    assert.equal(rq(call).headers['grpc-encoding'], 'gzip');
    const [m] = rq(call).messages;
    assert.deepEqual([m.compressed, m.size, m.decodedSize, m.value], [true, 36, 223, { '1': 'compressed-'.repeat(20) }]);
  });

  it('with descriptors: field names, enum names, maps, 64-bit integers and doubles', () => {
    const [ok] = typed('unary');
    assert.deepEqual(rq(ok).messages, [{ size: 8, type: 'trawl.shop.ItemRequest', value: { id: 'book-1' } }]);
    assert.deepEqual(rs(ok).messages[0].value, {
      id: 'book-1',
      name: 'item 1',
      kind: 'BOOK',
      price: { currency: 'EUR', units: '12345678901', ratio: 0.25 },
      tags: ['a', 't1'],
      stock: { paris: 1, lyon: 2 },
      blob: 'AAEC/w==',
      available: true,
      delta: -1,
    });
    const [list, , chat] = typed('streaming');
    assert.deepEqual(rq(list).messages[0].value, { kind: 'BOOK', limit: 3 });
    assert.deepEqual(rs(chat).messages[1], { size: 30, type: 'trawl.shop.ChatMessage', value: { from: 'server', text: 'echo: how are you?', seq: '2' } });
    const [gz] = typed('gzip');
    assert.equal(rq(gz).messages[0].value.id, 'compressed-'.repeat(20));
  });
});
