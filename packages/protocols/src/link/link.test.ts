import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PacketDecoder } from './decode.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { IPV4_TCP, IPV6_UDP, frame, summary } from '../capture/test-support/packets.js';

const V4 = { ipVersion: 4, srcIp: '10.0.0.1', dstIp: '10.0.0.2', transport: 'tcp', srcPort: 50000, dstPort: 80, seq: 0xfffffff0, ack: 0x80000001, flags: 0x18, payload: '47455420', payloadWireLength: 4 };
const V6 = { ipVersion: 6, srcIp: '2001:db8::1', dstIp: '2001:db8::2', transport: 'udp', srcPort: 54321, dstPort: 53, seq: 0, ack: 0, flags: 0, payload: '01020304', payloadWireLength: 4 };
const ETH = '001122334455 66778899aabb'; // destination, source

const cases: { name: string; dlt: number; data: string; expect: object }[] = [
  { name: 'Ethernet II, IPv4, padded to 60 bytes', dlt: 1, data: `${ETH} 0800 ${IPV4_TCP} 0000`, expect: V4 },
  { name: 'Ethernet II, IPv6', dlt: 1, data: `${ETH} 86dd ${IPV6_UDP}`, expect: V6 },
  { name: '802.1Q VLAN 100', dlt: 1, data: `${ETH} 8100 0064 0800 ${IPV4_TCP}`, expect: V4 },
  { name: 'QinQ 88a8 over 8100', dlt: 1, data: `${ETH} 88a8 00c8 8100 0064 86dd ${IPV6_UDP}`, expect: V6 },
  { name: 'old QinQ 9100 over 8100', dlt: 1, data: `${ETH} 9100 0001 8100 0002 0800 ${IPV4_TCP}`, expect: V4 },
  { name: '802.3 length + LLC/SNAP', dlt: 1, data: `${ETH} 0034 aaaa03 000000 0800 ${IPV4_TCP}`, expect: V4 },
  { name: '802.3 length + LLC IP SAP', dlt: 1, data: `${ETH} 002f 060603 ${IPV4_TCP}`, expect: V4 },
  { name: 'VLAN then 802.3/SNAP', dlt: 1, data: `${ETH} 8100 0064 0034 aaaa03 000000 86dd ${IPV6_UDP}`, expect: V6 },
  { name: 'NULL, little-endian host, AF_INET', dlt: 0, data: `02000000 ${IPV4_TCP}`, expect: V4 },
  { name: 'NULL, big-endian host, AF_INET', dlt: 0, data: `00000002 ${IPV4_TCP}`, expect: V4 },
  { name: 'NULL, little-endian, AF_INET6 Linux (10)', dlt: 0, data: `0a000000 ${IPV6_UDP}`, expect: V6 },
  { name: 'NULL, little-endian, AF_INET6 BSD (24)', dlt: 0, data: `18000000 ${IPV6_UDP}`, expect: V6 },
  { name: 'NULL, big-endian, AF_INET6 FreeBSD (28)', dlt: 0, data: `0000001c ${IPV6_UDP}`, expect: V6 },
  { name: 'NULL, little-endian, AF_INET6 macOS (30)', dlt: 0, data: `1e000000 ${IPV6_UDP}`, expect: V6 },
  { name: 'LOOP, network order', dlt: 108, data: `00000002 ${IPV4_TCP}`, expect: V4 },
  { name: 'LOOP, AF_INET6', dlt: 108, data: `0000001e ${IPV6_UDP}`, expect: V6 },
  { name: 'Linux SLL', dlt: 113, data: `0000 0001 0006 001122334455 0000 0800 ${IPV4_TCP}`, expect: V4 },
  { name: 'Linux SLL with a VLAN tag', dlt: 113, data: `0004 0001 0006 001122334455 0000 8100 0064 86dd ${IPV6_UDP}`, expect: V6 },
  { name: 'Linux SLL2', dlt: 276, data: `86dd 0000 00000002 0001 00 06 001122334455 0000 ${IPV6_UDP}`, expect: V6 },
  { name: 'Linux SLL2, IPv4', dlt: 276, data: `0800 0000 00000003 0001 04 06 001122334455 0000 ${IPV4_TCP}`, expect: V4 },
  { name: 'RAW (101), IPv4', dlt: 101, data: IPV4_TCP, expect: V4 },
  { name: 'RAW (101), IPv6', dlt: 101, data: IPV6_UDP, expect: V6 },
  { name: 'RAW (12)', dlt: 12, data: IPV4_TCP, expect: V4 },
  { name: 'RAW (14)', dlt: 14, data: IPV6_UDP, expect: V6 },
  { name: 'IPV4 (228)', dlt: 228, data: IPV4_TCP, expect: V4 },
  { name: 'IPV6 (229)', dlt: 229, data: IPV6_UDP, expect: V6 },
  { name: 'FDDI + LLC/SNAP', dlt: 10, data: `50 aa0004000001 aa0004000002 aaaa03 000000 0800 ${IPV4_TCP}`, expect: V4 },
];

const rejected: { name: string; dlt: number; data: string; counter: string }[] = [
  { name: '802.11 is not supported', dlt: 105, data: '0800 0000 ffffffffffff', counter: 'link.unsupported.105' },
  { name: 'ARP', dlt: 1, data: `${ETH} 0806 0001 0800 0604 0001`, counter: 'ethertype.other' },
  { name: 'a frame shorter than Ethernet', dlt: 1, data: '0011223344556677', counter: 'link.truncated' },
  { name: 'a VLAN tag cut short', dlt: 1, data: `${ETH} 8100 00`, counter: 'link.truncated' },
  { name: 'spanning tree over LLC', dlt: 1, data: `${ETH} 0026 424203 0000`, counter: 'llc.other' },
  { name: 'NULL with an unknown family', dlt: 0, data: `07000000 ${IPV4_TCP}`, counter: 'link.null.family_other' },
  { name: 'LOOP in little-endian', dlt: 108, data: `02000000 ${IPV4_TCP}`, counter: 'link.null.family_other' },
  { name: 'SLL with a Linux-only protocol', dlt: 113, data: '0000 0001 0006 001122334455 0000 000c 00', counter: 'ethertype.other' },
  { name: 'RAW with IP version 5', dlt: 101, data: '50000000', counter: 'ip.malformed' },
  { name: 'Ethernet type 0x0800 carrying IPv6', dlt: 1, data: `${ETH} 0800 ${IPV6_UDP}`, counter: 'ip.malformed' },
];

describe('link layers', () => {
  for (const c of cases) {
    it(`decodes ${c.name}`, () => {
      const decoder = new PacketDecoder(DEFAULT_LIMITS);
      const p = decoder.decode(frame(c.dlt, c.data, 1234.5));
      assert.deepEqual(summary(p), { ts: 1234.5, ...c.expect });
      assert.deepEqual(decoder.counters, {});
    });
  }
  for (const c of rejected) {
    it(`counts ${c.name}`, () => {
      const decoder = new PacketDecoder(DEFAULT_LIMITS);
      assert.equal(decoder.decode(frame(c.dlt, c.data)), null);
      assert.deepEqual(decoder.counters, { [c.counter]: 1 });
    });
  }

  it('switches decoders when frames of several link types interleave', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const ports = [frame(1, `${ETH} 0800 ${IPV4_TCP}`), frame(113, `0000 0001 0006 001122334455 0000 86dd ${IPV6_UDP}`), frame(0, `02000000 ${IPV4_TCP}`)]
      .map((f) => decoder.decode(f)?.dstPort);
    assert.deepEqual(ports, [80, 53, 80]);
  });
});
