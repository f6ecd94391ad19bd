import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CaptureReader } from './reader.js';
import { PacketDecoder } from '../link/decode.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { readCapture } from './test-support/fixtures.js';
import { hex } from './test-support/hex.js';

const SAMPLES = [
  'zeek/redis/set.pcap', // NULL
  'zeek/redis/start-with-server.pcapng',
  'zeek/websocket/oversized-close-frame.pcapng',
  'zeek/dns/ech.pcap', // RAW, IPv6
  'zeek/dns-inverse-query.pcap', // FDDI
  'zeek/http/basic-auth-with-colon.pcap', // IPV4
  'zeek/dns-edns-ecs.pcap', // IPv4 fragments
  'deepflow/kafka/01-fetch-v12-unknown.pcap', // nanosecond pcap
].map(readCapture);

const LINK_TYPES = [0, 1, 10, 12, 14, 101, 105, 108, 113, 228, 229, 276];
const FILE_STARTS = [hex('d4c3b2a1'), hex('a1b2c3d4'), hex('4d3cb2a1'), hex('0a0d0d0a'), hex('0a0d0d0a 1c000000 4d3c2b1a')];

interface Outcome {
  frames: number;
  decoded: number;
  error: string | null;
  offset: number | null;
}

/** Feeds `file` in chunks of the given sizes (cycled), decoding every frame; must never throw. */
function run(file: Uint8Array, chunkSizes: number[], maxFragmentedDatagrams = 8): Outcome {
  const decoder = new PacketDecoder({ ...DEFAULT_LIMITS, maxFragmentedDatagrams });
  let decoded = 0;
  const reader = new CaptureReader((frame) => {
    if (decoder.decode(frame) !== null) decoded++;
  });
  for (let i = 0, c = 0; i < file.length; c++) {
    const n = chunkSizes.length ? Math.max(1, chunkSizes[c % chunkSizes.length]) : file.length;
    reader.push(file.subarray(i, i + n));
    i += n;
  }
  reader.end();
  const e = reader.error;
  if (e !== null) {
    assert.ok(e.offset >= 0 && e.offset <= file.length, `error offset ${e.offset} outside input of ${file.length}: ${e.message}`);
    assert.ok(e.offset <= reader.bytesRead);
  }
  return { frames: reader.frames, decoded, error: e?.message ?? null, offset: e?.offset ?? null };
}

const mutation = fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) });
const mutatedSample = fc
  .record({
    sample: fc.nat({ max: SAMPLES.length - 1 }),
    mutations: fc.array(mutation, { maxLength: 12 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ sample, mutations, cut }) => {
    const file = SAMPLES[sample].slice();
    // Header bytes are where mutations hurt most: aim half of them at the first 64 bytes.
    for (const [i, m] of mutations.entries()) file[i % 2 ? m.at % file.length : m.at % Math.min(64, file.length)] = m.value;
    return cut === undefined ? file : file.subarray(0, cut % (file.length + 1));
  });
const chunks = fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 5 });

describe('fuzz: reader + decoder never throw', () => {
  it('on random bytes, with and without a capture-file start', () => {
    fc.assert(
      fc.property(fc.nat({ max: FILE_STARTS.length }), fc.uint8Array({ maxLength: 600 }), chunks, (start, rest, sizes) => {
        const file = start === FILE_STARTS.length ? rest : Uint8Array.from([...FILE_STARTS[start], ...rest]);
        run(file, sizes);
      }),
      { numRuns: 2000 },
    );
  });

  it('on mutated and cut real captures, and chunking does not change the outcome', () => {
    fc.assert(
      fc.property(mutatedSample, chunks, (file, sizes) => {
        assert.deepEqual(run(file, sizes), run(file, []));
      }),
      { numRuns: 600 },
    );
  });

  it('decodes any frame of any link type without throwing', () => {
    const decoder = new PacketDecoder({ ...DEFAULT_LIMITS, maxFragmentedDatagrams: 4, fragmentTimeoutMs: 50 });
    // Frames that start like real headers go deeper than uniform noise does.
    const prefixes = ['', '45', '4500', '60000000', '02000000', '0000001e', '001122334455667788990011 0800 45', '001122334455667788990011 86dd 60', '0800', '86dd'];
    fc.assert(
      fc.property(fc.constantFrom(...LINK_TYPES), fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 120 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (linkType, prefix, rest, ts) => {
        const data = Uint8Array.from([...hex(prefix), ...rest]);
        const p = decoder.decode({ ts, linkType, data, wireLength: data.length, fileOffset: 0, interfaceId: 0 });
        if (p !== null) {
          assert.ok(p.payload.length <= p.payloadWireLength, `payload ${p.payload.length} > wire ${p.payloadWireLength}`);
          assert.ok(p.srcPort >= 0 && p.srcPort < 65536 && p.seq >= 0 && p.seq < 2 ** 32);
        }
      }),
      { numRuns: 20000 },
    );
  });
});
