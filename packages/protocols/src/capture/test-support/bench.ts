// Reader + PacketDecoder throughput over a fixture replicated in memory (no I/O in the loop).
// Run: node --import tsx packages/protocols/src/capture/test-support/bench.ts [fixture…]
import { CaptureReader } from '../reader.js';
import { PacketDecoder } from '../../link/decode.js';
import { DEFAULT_LIMITS } from '../../limits.js';
import { readCapture } from './fixtures.js';

const TARGET_BYTES = 256 << 20;
const CHUNK = 64 << 10;
const names = process.argv.slice(2);
if (names.length === 0) names.push('zeek/http/1000-requests-one-dropped-response.pcap', 'zeek/redis/django-cloud.pcapng', 'zeek/http/206_example_b.pcap');

for (const name of names) {
  const file = readCapture(name);
  // pcap: repeat the records after the 24-byte header; pcapng: repeat the whole file (sections).
  const head = file[0] === 0x0a ? 0 : 24;
  const body = file.subarray(head);
  const reps = Math.max(1, Math.floor((TARGET_BYTES - head) / body.length));
  const big = new Uint8Array(head + body.length * reps);
  big.set(file.subarray(0, head));
  for (let i = 0; i < reps; i++) big.set(body, head + i * body.length);
  let best = 0;
  for (let round = 0; round < 4; round++) {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    let decoded = 0;
    let payload = 0;
    const reader = new CaptureReader((f) => {
      const p = decoder.decode(f);
      if (p !== null) {
        decoded++;
        payload += p.payload.length;
      }
    });
    const t0 = performance.now();
    for (let i = 0; i < big.length; i += CHUNK) reader.push(big.subarray(i, i + CHUNK));
    reader.end();
    const s = (performance.now() - t0) / 1000;
    if (reader.error) throw reader.error;
    best = Math.max(best, reader.frames / s);
    if (round === 3) {
      console.log(`${name}: ${reader.frames} frames (${(big.length / 1e6).toFixed(0)} MB), ${decoded} decoded, best ${(best / 1e6).toFixed(2)} M packets/s, ${((big.length / s) / 1e6).toFixed(0)} MB/s last round`);
    }
  }
}
