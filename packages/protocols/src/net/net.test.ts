import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PacketDecoder } from '../link/decode.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { frame, summary } from '../capture/test-support/packets.js';

const RAW = 101;
const IP4 = '0a000001 0a000002'; // 10.0.0.1 → 10.0.0.2

// One UDP datagram 10.0.0.1:1000 → 10.0.0.2:2000 (UDP length 24: 16 bytes 00..0f), IPv4 id 0x4242,
// in three 8-byte fragments.
const FRAG_A = `45 00 001c 4242 2000 40 11 0000 ${IP4}  03e8 07d0 0018 0000`; // offset 0, MF: UDP header
const FRAG_B = `45 00 001c 4242 2001 40 11 0000 ${IP4}  0001020304050607`; // offset 8, MF
const FRAG_C = `45 00 001c 4242 0002 40 11 0000 ${IP4}  08090a0b0c0d0e0f`; // offset 16, last
const FRAG_X = `45 00 0024 4242 2001 40 11 0000 ${IP4}  ffffffffffffffff ffffffffffffffff`; // offset 8, 16 bytes, MF: overlaps B and C
const UDP_WHOLE = { ipVersion: 4, srcIp: '10.0.0.1', dstIp: '10.0.0.2', transport: 'udp', srcPort: 1000, dstPort: 2000, seq: 0, ack: 0, flags: 0 };

function decodeAll(decoder: PacketDecoder, frames: string[], ts = 0) {
  return frames.map((f) => summary(decoder.decode(frame(RAW, f, ts))));
}

describe('IPv4', () => {
  it('reassembles fragments that arrive out of order', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const [c, a, b] = decodeAll(decoder, [FRAG_C, FRAG_A, FRAG_B]);
    assert.equal(c, null);
    assert.equal(a, null);
    assert.deepEqual(b, { ts: 0, ...UDP_WHOLE, payload: '000102030405060708090a0b0c0d0e0f', payloadWireLength: 16 });
    assert.deepEqual(decoder.counters, { 'ip.fragments': 3, 'ip.reassembled': 1 });
    assert.equal(decoder.fragments.size, 0);
  });

  it('keeps the first copy of overlapping fragment bytes', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const out = decodeAll(decoder, [FRAG_A, FRAG_B, FRAG_X, FRAG_C]);
    assert.deepEqual(out.slice(0, 3), [null, null, null]);
    assert.equal(out[3]?.payload, '0001020304050607ffffffffffffffff');
    assert.equal(decoder.counters['ip.fragment_overlap'], 2);
  });

  it('forgets fragments after the timeout, in capture time', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    decoder.decode(frame(RAW, FRAG_A, 1_000));
    decoder.decode(frame(RAW, FRAG_B, 1_000 + DEFAULT_LIMITS.fragmentTimeoutMs + 1));
    assert.equal(decoder.counters['ip.fragment_timeout'], 1);
    assert.equal(decoder.decode(frame(RAW, FRAG_C, 1_000 + DEFAULT_LIMITS.fragmentTimeoutMs + 2)), null);
  });

  it('bounds the datagrams in reassembly, evicting the oldest', () => {
    const decoder = new PacketDecoder({ ...DEFAULT_LIMITS, maxFragmentedDatagrams: 2 });
    const withId = (f: string, id: string) => f.replace('4242', id);
    decodeAll(decoder, [withId(FRAG_A, '0001'), withId(FRAG_A, '0002'), withId(FRAG_A, '0003')]);
    assert.equal(decoder.counters['limit.maxFragmentedDatagrams'], 1);
    assert.deepEqual(decodeAll(decoder, [withId(FRAG_B, '0001'), withId(FRAG_C, '0001')]), [null, null]);
    assert.equal(decodeAll(decoder, [withId(FRAG_B, '0003'), withId(FRAG_C, '0003')])[1]?.dstPort, 2000);
  });

  it('decodes what snaplen left of a cut packet and says how long it was', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const cut = `45 00 0414 0001 4000 40 06 0000 ${IP4}  c350 0050 00000001 00000000 50 10 ffff 0000 0000  47455420`; // total 1044, 44 captured
    const p = decoder.decode(frame(RAW, cut, 0, 1044));
    assert.equal(p?.payload.length, 4);
    assert.equal(p?.payloadWireLength, 1004);
    assert.deepEqual(decoder.counters, { truncated: 1 });
  });

  it('skips IPv4 options and TCP options', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const p = decoder.decode(frame(RAW, `
      46 00 0034 0001 0000 40 06 0000 ${IP4} 01010100           # IHL 6: one NOP NOP NOP EOL option word
      0016 d431 00000064 00000000 6002 ffff 0000 0000           # TCP 22 → 54321, seq 100, data offset 6, SYN
      020405b4                                                  # MSS 1460
      68690a00                                                  # "hi\\n\\0"
    `));
    assert.deepEqual(summary(p), { ts: 0, ipVersion: 4, srcIp: '10.0.0.1', dstIp: '10.0.0.2', transport: 'tcp', srcPort: 22, dstPort: 54321, seq: 100, ack: 0, flags: 0x02, payload: '68690a00', payloadWireLength: 4 });
  });

  it('uses the frame when the total length is zero (segmentation offload)', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const p = decoder.decode(frame(RAW, `45 00 0000 0001 4000 40 11 0000 ${IP4}  03e8 07d0 000a 0000 abcd`));
    assert.equal(p?.payload.length, 2);
    assert.equal(decoder.counters['ip.tso_zero_length'], 1);
  });

  it('takes the UDP length when it is shorter than the IP payload', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const p = decoder.decode(frame(RAW, `45 00 0020 0001 0000 40 11 0000 ${IP4}  03e8 07d0 000a 0000 abcd 0000`));
    assert.equal(summary(p)?.payload, 'abcd');
    assert.equal(p?.payloadWireLength, 2);
  });

  const bad: [string, string, string][] = [
    ['ICMP', `45 00 001c 0001 0000 40 01 0000 ${IP4}  0800 0000 0000 0000`, 'ip.proto.other'],
    ['IHL below 5', `44 00 001c 0001 0000 40 06 0000 ${IP4}  0000 0000 0000 0000`, 'ip.malformed'],
    ['total length below the header', `45 00 0010 0001 0000 40 06 0000 ${IP4}  0000 0000 0000 0000`, 'ip.malformed'],
    ['TCP data offset below 5', `45 00 0028 0001 0000 40 06 0000 ${IP4}  c350 0050 00000001 00000000 40 10 ffff 0000 0000`, 'tcp.malformed'],
    ['TCP header cut by snaplen', `45 00 0028 0001 0000 40 06 0000 ${IP4}  c350 0050 00000001 0000`, 'tcp.truncated_header'],
    ['TCP header longer than the packet', `45 00 0028 0001 0000 40 06 0000 ${IP4}  c350 0050 00000001 00000000 f0 10 ffff 0000 0000`, 'tcp.malformed'],
    ['a fragment cut by snaplen', `45 00 0040 4242 2000 40 11 0000 ${IP4}  03e8 07d0 0018 0000`, 'ip.fragment_truncated'],
  ];
  for (const [name, data, counter] of bad) {
    it(`counts ${name}`, () => {
      const decoder = new PacketDecoder(DEFAULT_LIMITS);
      assert.equal(decoder.decode(frame(RAW, data)), null);
      assert.equal(decoder.counters[counter], 1, JSON.stringify(decoder.counters));
    });
  }
});

// IPv6 2001:db8::1 → 2001:db8::2 with a hop-by-hop header then a fragment header (id 0xdeadbeef);
// the same 24-byte UDP datagram in two fragments (16 + 8 bytes).
const V6_ADDRS = '20010db8000000000000000000000001 20010db8000000000000000000000002';
const V6_FRAG_1 = `
  60000000 0020 00 40 ${V6_ADDRS}   # payload length 32, next header hop-by-hop
  2c 00 0104 00000000               # hop-by-hop: next fragment, length 0 (8 bytes), PadN(4)
  11 00 0001 deadbeef               # fragment: next UDP, offset 0, M=1, id
  03e8 07d0 0018 0000 0001020304050607
`;
const V6_FRAG_2 = `
  60000000 0018 00 40 ${V6_ADDRS}   # payload length 24
  2c 00 0104 00000000
  11 00 0010 deadbeef               # offset 16, M=0
  08090a0b0c0d0e0f
`;

describe('IPv6', () => {
  it('reassembles fragments behind a hop-by-hop header', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    assert.equal(decoder.decode(frame(RAW, V6_FRAG_2)), null);
    assert.deepEqual(summary(decoder.decode(frame(RAW, V6_FRAG_1))), {
      ts: 0, ipVersion: 6, srcIp: '2001:db8::1', dstIp: '2001:db8::2', transport: 'udp', srcPort: 1000, dstPort: 2000,
      seq: 0, ack: 0, flags: 0, payload: '000102030405060708090a0b0c0d0e0f', payloadWireLength: 16,
    });
    assert.deepEqual(decoder.counters, { 'ip.fragments': 2, 'ip.reassembled': 1 });
  });

  it('walks routing, destination options and AH headers', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const p = decoder.decode(frame(RAW, `
      60000000 0034 2b 40 ${V6_ADDRS}           # payload length 52, next header routing
      3c 00 00 00 00000000                      # routing: next dest-options, 8 bytes
      33 00 0104 00000000                       # dest options: next AH, 8 bytes
      06 02 0000 00000001 00000001 00000000     # AH: next TCP, length (2+2)*4 = 16
      0050 c350 00000001 00000002 50 11 ffff 0000 0000   # TCP 80 → 50000, FIN|ACK
    `));
    assert.equal(p?.transport, 'tcp');
    assert.equal(p?.flags, 0x11);
    assert.equal(p?.payload.length, 0);
  });

  it('treats an atomic fragment as a whole packet', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    const p = decoder.decode(frame(RAW, `60000000 0014 2c 40 ${V6_ADDRS}  11 00 0000 00000001  03e8 07d0 000c 0000 01020304`));
    assert.equal(summary(p)?.payload, '01020304');
  });

  for (const [name, next, counter] of [['ESP', '32', 'ipv6.esp'], ['no next header', '3b', 'ipv6.no_next_header'], ['ICMPv6', '3a', 'ip.proto.other']]) {
    it(`ends at ${name}`, () => {
      const decoder = new PacketDecoder(DEFAULT_LIMITS);
      assert.equal(decoder.decode(frame(RAW, `60000000 0008 ${next} 40 ${V6_ADDRS} 0000000000000000`)), null);
      assert.deepEqual(decoder.counters, { [counter]: 1 });
    });
  }

  it('counts an extension header that runs past the packet', () => {
    const decoder = new PacketDecoder(DEFAULT_LIMITS);
    assert.equal(decoder.decode(frame(RAW, `60000000 0008 00 40 ${V6_ADDRS} 06 05 0000 00000000`)), null);
    assert.deepEqual(decoder.counters, { 'ip.malformed': 1 });
  });
});
