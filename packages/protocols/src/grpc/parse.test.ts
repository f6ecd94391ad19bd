// Pure gRPC decoders: length-prefixed messages (every truncated prefix), the protobuf wire
// reader, schemaless decoding, descriptor sets and schema decoding; properties (never throw).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseMessage, splitMessages } from './frame.js';
import { decodeGrpcMessage, isGrpcContentType, splitGrpcPath } from './refine.js';
import { createGrpcSchema } from './schema.js';
import { decodeSchemaless } from './schemaless.js';
import { readFields, readVarint } from './wire.js';

const hex = (s: string) => new Uint8Array((s.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));
const DESC = new Uint8Array(readFileSync(fileURLToPath(new URL('./captures/shop.desc', import.meta.url))));

describe('grpc length-prefixed messages', () => {
  const msg = hex('00 00000003 089601');
  it('whole, and every truncated prefix is incomplete', () => {
    const r = parseMessage(msg, 0);
    assert.ok(r.ok);
    assert.deepEqual([r.message.compressed, r.message.length, [...r.message.data], r.consumed], [false, 3, [0x08, 0x96, 0x01], 8]);
    for (let n = 0; n < msg.length; n++) assert.ok(parseMessage(msg.subarray(0, n), 0).incomplete, `prefix ${n}`);
  });
  it('a bad compressed flag is an error; a body splits into messages, the last one maybe partial', () => {
    assert.deepEqual(parseMessage(hex('02 00000000'), 0), { error: true, code: 'bad-compressed-flag' });
    const two = splitMessages(hex('00 00000001 08 01 00000002 0a'), 10);
    assert.equal(two.messages.length, 2);
    assert.equal(two.partial, true);
    assert.deepEqual([two.messages[1].compressed, two.messages[1].length, two.messages[1].data.length], [true, 2, 1]);
    const limited = splitMessages(hex('00 00000000 00 00000000 00 00000000'), 2);
    assert.deepEqual([limited.messages.length, limited.dropped], [2, 1]);
  });
  it('paths, content-types, grpc-message', () => {
    assert.deepEqual(splitGrpcPath('/pkg.v1.Svc/Do'), { service: 'pkg.v1.Svc', rpc: 'Do' });
    assert.deepEqual(splitGrpcPath('/nope'), { service: '', rpc: '' });
    assert.ok(isGrpcContentType('application/grpc+proto'));
    assert.ok(!isGrpcContentType('application/grpc-web'));
    assert.equal(decodeGrpcMessage('not%20found%3A%20x'), 'not found: x');
    assert.equal(decodeGrpcMessage('bad%zz'), 'bad%zz');
  });
});

describe('protobuf wire and schemaless', () => {
  it('varints and fields (the encoding guide examples)', () => {
    assert.deepEqual(readVarint(hex('9601'), 0), { value: 150n, next: 2 });
    assert.deepEqual(readVarint(hex('ffffffffffffffffff01'), 0), { value: 2n ** 64n - 1n, next: 10 });
    assert.equal(readVarint(hex('ff'), 0), null);
    assert.deepEqual(decodeSchemaless(hex('089601')), { '1': 150 });
    assert.deepEqual(decodeSchemaless(hex('12 07 74657374696e67')), { '2': 'testing' });
    assert.deepEqual(decodeSchemaless(hex('1a 03 089601')), { '3': { '1': 150 } });
    assert.deepEqual(decodeSchemaless(hex('0801 0802 2204 00ff0102')), { '1': [1, 2], '4': { bytes: 'AP8BAg==' } });
    assert.deepEqual(decodeSchemaless(hex('0d 01000000 11 0200000000000000')), { '1': 1, '2': 2 });
    assert.deepEqual(decodeSchemaless(hex('08ffffffffffffffffff01')), { '1': '18446744073709551615' });
  });
  it('not a message: groups, bad tags, truncated fields', () => {
    for (const h of ['0b', '00', '0a05 6869', '08']) assert.equal(decodeSchemaless(hex(h)), null, h);
    assert.equal(readFields(hex('0801'), 0), null);
  });
  it('bounded depth: nesting past the limit is shown as bytes', () => {
    let m = hex('0801');
    for (let i = 0; i < 40; i++) m = Uint8Array.from([0x0a, m.length, ...m]);
    const text = JSON.stringify(decodeSchemaless(m.subarray(0, 120)) ?? decodeSchemaless(m));
    assert.ok(text.includes('bytes'));
  });
  it('property: never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (b) => void decodeSchemaless(b)));
  });
});

describe('descriptor-based decoding', () => {
  const schema = createGrpcSchema([DESC]);
  it('reads services, messages, enums and map entries from a FileDescriptorSet', () => {
    assert.deepEqual(schema.index.methods.get('/trawl.shop.Shop/GetItem'), { input: 'trawl.shop.ItemRequest', output: 'trawl.shop.Item' });
    assert.deepEqual([...schema.index.enums.get('trawl.shop.Kind')!], [
      [0, 'KIND_UNSPECIFIED'],
      [1, 'BOOK'],
      [2, 'TOOL'],
    ]);
    assert.equal(schema.index.messages.get('trawl.shop.Item.StockEntry')?.mapEntry ?? schema.index.messages.get('trawl.shop.Item.Stock')?.mapEntry, true);
  });
  it('names fields and enum values, 64-bit as strings, sint zigzag, maps as objects, unknown fields by number', () => {
    // Item{id:"a", kind:TOOL, price{currency:"EUR", units:-1, ratio:0.5}, tags:["x","y"], stock{"p":3}, delta:-2, 99:7}
    const item = hex('0a0161 1802 2219 0a03455552 10ffffffffffffffffff01 19000000000000e03f 2a0178 2a0179 3205 0a01701003 4803 980607');
    const r = schema.decode('/trawl.shop.Shop/GetItem', 'response', item);
    assert.ok(r);
    assert.equal(r.type, 'trawl.shop.Item');
    assert.deepEqual(r.value, { id: 'a', kind: 'TOOL', price: { currency: 'EUR', units: '-1', ratio: 0.5 }, tags: ['x', 'y'], stock: { p: 3 }, delta: -2, '99': 7 });
  });
  it('an unknown method or a malformed message falls back (null)', () => {
    assert.equal(schema.decode('/other.Svc/X', 'request', hex('0801')), null);
    assert.equal(schema.decode('/trawl.shop.Shop/GetItem', 'request', hex('0b')), null);
  });
  it('bad descriptor bytes throw at creation', () => {
    assert.throws(() => createGrpcSchema([hex('0b')]));
  });
});
