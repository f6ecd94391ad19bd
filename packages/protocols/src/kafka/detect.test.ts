// Detection by content: a table of first bytes, then the negative proof (CONVENTIONS §8) — not
// one Kafka entry out of the HTTP/1 captures and every non-Kafka fixture of the shared set.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { captures, FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { CapturePipeline } from '../engine/pipeline.js';
import type { Entry } from '../entry/types.js';
import { detect } from './detect.js';
// The real dissector, registered alone: any entry at all is a false detection.
import { kafkaDissector as kafkaDetectOnly } from './index.js';
import { hex, i16, i32, requestFrame, str } from './test-support/frames.js';

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const apiVersionsV3 = requestFrame(18, 3, 0, 'adminclient-1', true, hex('12 61 70 61 63 68 65 2d 6b 61 66 6b 61 2d 6a 61 76 61 06 33 2e 30 2e 30 00'));

const cases: [string, Uint8Array, ReturnType<typeof detect>][] = [
  ['ApiVersions v3 (flexible header)', apiVersionsV3, 'client'],
  ['Metadata v1, null client id', requestFrame(3, 1, 7, null, false, i32(-1)), 'client'],
  ['Produce v7, first 30 bytes (rest in the next segment)', requestFrame(0, 7, 1, 'p', false, str(null), i16(1), i32(100), i32(1), str('orders'), i32(1), i32(0), i32(1000), new Uint8Array(1000)).subarray(0, 30), 'client'],
  ['"Produce v0" of zeros with a huge topic count (oss-fuzz bytes)', hex('00 00 08 32 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 74 90 00 00 2d 2d 2d 0d 0a 2d'), null],
  ['size prefix only', hex('00 00 00 31'), 'more'],
  ['up to the api version', hex('00 00 00 31 00 12 00 03'), 'more'],
  ['client id still arriving', apiVersionsV3.subarray(0, 20), 'more'],
  ['flexible header: tag count not seen yet', apiVersionsV3.subarray(0, 27), 'more'],
  ['empty', new Uint8Array(0), 'more'],
  ['api key 200', requestFrame(200, 0, 1, 'x', false), null],
  ['Produce v40', requestFrame(0, 40, 1, 'x', false), null],
  ['negative correlation id', requestFrame(1, 4, -5, 'x', false), null],
  ['client id with control bytes', requestFrame(1, 4, 5, 'a\u0001b', false), null],
  ['client id longer than the frame', hex('00 00 00 0c 00 01 00 04 00 00 00 01 00 40'), null],
  ['frame of 2 bytes', hex('00 00 00 02 00 01'), null],
  ['ControlledShutdown v0 (no client id: too little to judge)', hex('00 00 00 0c 00 07 00 00 00 00 00 01 00 00 00 01'), null],
  ['too many header tags', concat2(requestFrame(18, 3, 0, 'c', false), hex('ff')), null],
  ['HTTP request', b('GET / HTTP/1.1\r\nHost: x\r\n\r\n'), null],
  ['HTTP response', b('HTTP/1.1 200 OK\r\n'), null],
  ['TLS ClientHello', hex('16 03 01 00 c8 01 00 00 c4 03 03'), null],
  ['PostgreSQL startup (size, protocol 3.0 = "Metadata v0", "user\\0postgres\\0")', hex('00 00 00 25 00 03 00 00 75 73 65 72 00 70 6f 73 74 67 72 65 73 00 64 61 74 61 62 61 73 65 00'), null],
  ['PostgreSQL SSLRequest', hex('00 00 00 08 04 d2 16 2f'), null],
  ['Redis', b('*1\r\n$4\r\nPING\r\n'), null],
  ['AMQP header', b('AMQP\x00\x00\x09\x01'), null],
  ['MySQL greeting', hex('4a 00 00 00 0a 38 2e 30'), null],
  ['HTTP/2 preface', b('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), null],
];

function concat2(a: Uint8Array, x: Uint8Array): Uint8Array {
  // Replace the frame's last byte (the tag count) with `x`.
  const out = a.slice();
  out.set(x, out.length - 1);
  return out;
}

test('detect: table', () => {
  for (const [name, input, want] of cases) assert.equal(detect(input), want, name);
});

test('detect: answers on every prefix of a request, and never throws', () => {
  for (let n = 0; n < apiVersionsV3.length; n++) {
    const r = detect(apiVersionsV3.subarray(0, n));
    assert.ok(r === 'more' || r === 'client', `prefix ${n}: ${r}`);
  }
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (x) => {
    const r = detect(x);
    assert.ok(r === null || r === 'more' || r === 'client');
  }), { numRuns: 2000 });
});

function kafkaEntries(file: string): Entry[] {
  const entries: Entry[] = [];
  const p = new CapturePipeline({ dissectors: [kafkaDetectOnly], node: 'n', captureId: 'c', onEntry: (e) => entries.push(e) });
  p.push(new Uint8Array(readFileSync(file)));
  p.endFile();
  p.finish();
  return entries;
}


test('detect: no Kafka out of the HTTP/1 captures', () => {
  const dir = fileURLToPath(new URL('../http1/captures/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.pcap'));
  assert.ok(files.length >= 5);
  for (const f of files) assert.equal(kafkaEntries(dir + f).length, 0, f);
});

test('detect: no Kafka out of any non-Kafka shared fixture', { skip: !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present' }, () => {
  const header = readFileSync(`${FIXTURES_DIR}/MANIFEST.tsv`, 'utf8').split('\n')[0].split('\t');
  const guess = header.indexOf('protocol_guess');
  const rows = new Map(readFileSync(`${FIXTURES_DIR}/MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((r) => [r[0], r[guess]]));
  let checked = 0;
  const found: string[] = [];
  for (const c of captures()) {
    if (rows.get(c.path) === 'kafka') continue;
    const n = kafkaEntries(`${FIXTURES_DIR}/${c.path}`).length;
    if (n > 0) found.push(`${c.path}: ${n}`);
    checked++;
  }
  assert.ok(checked >= 150, `only ${checked} captures`);
  assert.deepEqual(found, []);
});
