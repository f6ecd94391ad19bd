import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CaptureReader } from './reader.js';
import { PacketDecoder } from '../link/decode.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { DecodedPacket } from '../net/packet.js';
import { captures, readCapture } from './test-support/fixtures.js';

const CHUNK = 64 * 1024;
const SUPPORTED_LINK_TYPES = new Set(['EN10MB', 'NULL', 'LOOP', 'RAW', 'IPV4', 'IPV6', 'LINUX_SLL', 'LINUX_SLL2', 'FDDI']);
/** Its only packet is IP protocol 255 ("not DNS", says the README): nothing to decode, rightly. */
const NO_TCP_UDP = new Set(['zeek/dns/proto255.pcap']);

interface FileResult {
  frames: number;
  error: string | null;
  format: string | null;
  packets: Pick<DecodedPacket, 'transport' | 'srcPort' | 'dstPort' | 'ipVersion'>[];
  counters: Record<string, number>;
}

function decodeFile(path: string): FileResult {
  const decoder = new PacketDecoder(DEFAULT_LIMITS);
  const packets: FileResult['packets'] = [];
  const reader = new CaptureReader((frame) => {
    const p = decoder.decode(frame);
    if (p) packets.push({ transport: p.transport, srcPort: p.srcPort, dstPort: p.dstPort, ipVersion: p.ipVersion });
  });
  const file = readCapture(path);
  for (let i = 0; i < file.length; i += CHUNK) reader.push(file.subarray(i, i + CHUNK));
  reader.end();
  return { frames: reader.frames, error: reader.error?.message ?? null, format: reader.format, packets, counters: decoder.counters };
}

describe('real captures (fixtures/pcap/MANIFEST.tsv)', () => {
  it('reads every capture completely and decodes TCP/UDP from each', () => {
    const rows = captures();
    assert.equal(rows.length, 223);
    const problems: string[] = [];
    const totals: Record<string, number> = {};
    let frames = 0;
    let tcp = 0;
    let udp = 0;
    for (const row of rows) {
      const r = decodeFile(row.path);
      frames += r.frames;
      for (const p of r.packets) p.transport === 'tcp' ? tcp++ : udp++;
      for (const [k, v] of Object.entries(r.counters)) totals[k] = (totals[k] ?? 0) + v;
      if (r.error !== null) problems.push(`${row.path}: ${r.error}`);
      if (r.frames !== row.packets) problems.push(`${row.path}: ${r.frames} frames, manifest says ${row.packets}`);
      if (r.format !== (row.format === 'pcapng' ? 'pcapng' : 'pcap')) problems.push(`${row.path}: format ${r.format}, manifest says ${row.format}`);
      const expectPackets = SUPPORTED_LINK_TYPES.has(row.linkType) && !NO_TCP_UDP.has(row.path);
      if (expectPackets && r.packets.length === 0) problems.push(`${row.path}: no TCP/UDP decoded (${JSON.stringify(r.counters)})`);
    }
    assert.deepEqual(problems, []);
    console.log(`real captures: ${rows.length} files, ${frames} frames, ${tcp + udp} TCP/UDP packets (${tcp} tcp, ${udp} udp), decoder counters ${JSON.stringify(totals)}`);
  });

  it('finds the server ports of known captures across link types and formats', () => {
    const known: [string, 'tcp' | 'udp', number, 4 | 6][] = [
      ['zeek/http/1000-requests-one-dropped-response.pcap', 'tcp', 80, 6], // Ethernet, IPv6
      ['zeek/http/get.pcap', 'tcp', 80, 4],
      ['deepflow/kafka/01-fetch-v12-unknown.pcap', 'tcp', 9092, 4], // nanosecond pcap
      ['zeek/redis/set.pcap', 'tcp', 6379, 4], // NULL loopback
      ['zeek/redis/start-with-server.pcapng', 'tcp', 6379, 4], // pcapng, NULL
      ['zeek/http/basic-auth-with-colon.pcap', 'tcp', 8000, 4], // raw IPv4 (228)
      ['zeek/dns-inverse-query.pcap', 'tcp', 53, 4], // FDDI
      ['zeek/dns/ech.pcap', 'udp', 53, 6], // RAW (101), IPv6
    ];
    for (const [path, transport, port, ipVersion] of known) {
      const r = decodeFile(path);
      const mine = r.packets.filter((p) => p.transport === transport);
      assert.ok(mine.length > 0, path);
      for (const p of mine) {
        assert.ok(p.srcPort === port || p.dstPort === port, `${path}: ${p.srcPort} → ${p.dstPort}`);
        assert.equal(p.ipVersion, ipVersion, path);
      }
    }
    const http = decodeFile('zeek/http/1000-requests-one-dropped-response.pcap');
    assert.equal(http.packets.length, http.frames, 'every frame of a clean HTTP capture decodes');
  });

  it('reassembles the fragmented DNS answers of dns-edns-ecs', () => {
    const r = decodeFile('zeek/dns-edns-ecs.pcap');
    assert.equal(r.counters['ip.fragments'], 8);
    assert.equal(r.counters['ip.reassembled'], 4);
  });
});
