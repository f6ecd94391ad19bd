import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { PcapSplitter, PcapStreamError } from './pcap-splitter.js';

const capture = readFileSync(fileURLToPath(new URL('../../../../packages/protocols/src/http1/captures/keepalive.pcap', import.meta.url)));

function split(chunks: Uint8Array[]): { header: Uint8Array | null; records: Uint8Array[] } {
  let header: Uint8Array | null = null;
  const records: Uint8Array[] = [];
  const s = new PcapSplitter({ header: (h) => (header = h.slice()), record: (r) => records.push(r.slice()) });
  for (const c of chunks) s.push(c);
  assert.equal(s.leftover, 0);
  return { header, records };
}

test('a pcap stream is cut into its header and whole records, however it is chunked', () => {
  const whole = split([capture]);
  assert.equal(whole.header!.length, 24);
  assert.equal(whole.records.length, 16, 'the 16 packets tshark counts in keepalive.pcap');
  // Header + records put back together are the file, byte for byte.
  assert.deepEqual(Buffer.concat([whole.header!, ...whole.records]), capture);
  const bytewise = split([...capture].map((b) => Uint8Array.of(b)));
  assert.deepEqual(bytewise.records.map((r) => Buffer.from(r).toString('hex')), whole.records.map((r) => Buffer.from(r).toString('hex')));
  const odd = split([capture.subarray(0, 7), capture.subarray(7, 100), capture.subarray(100, 1001), capture.subarray(1001)]);
  assert.equal(odd.records.length, 16);
});

test('bytes that are not pcap are refused with the reason', () => {
  const s = new PcapSplitter({ header() {}, record() {} });
  assert.throws(() => s.push(new TextEncoder().encode('this is not a capture file at all')), (e) => e instanceof PcapStreamError && /magic/.test(e.message));
  const t = new PcapSplitter({ header() {}, record() {} });
  const bad = Buffer.from(capture.subarray(0, 40));
  bad.writeUInt32LE(0x7fffffff, 24 + 8);
  assert.throws(() => t.push(bad), /not a pcap stream/);
});
