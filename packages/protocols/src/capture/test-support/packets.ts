// Shared packet fixtures for the link/ and net/ tests, as hex dumps.
import type { CapturedFrame, DecodedPacket } from '../../net/packet.js';
import { hex } from './hex.js';

/** IPv4 + TCP 10.0.0.1:50000 → 10.0.0.2:80, seq 0xfffffff0, ack 0x80000001, PSH|ACK, "GET ". */
export const IPV4_TCP = `
  45 00 002c 1234 4000 40 06 0000 0a000001 0a000002  # IPv4 ihl 5, total 44, id 0x1234, DF, ttl 64, TCP, checksum 0 (not checked)
  c350 0050 fffffff0 80000001 50 18 ffff 0000 0000   # TCP 50000 → 80, seq, ack, data offset 5, PSH|ACK, window, csum, urg
  47455420                                           # "GET "
`;

/** IPv6 + UDP [2001:db8::1]:54321 → [2001:db8::2]:53, payload 01020304. */
export const IPV6_UDP = `
  60000000 000c 11 40                                # IPv6, payload length 12, next header UDP, hop limit 64
  20010db8000000000000000000000001                   # src 2001:db8::1
  20010db8000000000000000000000002                   # dst 2001:db8::2
  d431 0035 000c 0000 01020304                       # UDP 54321 → 53, length 12, checksum 0
`;

export function frame(linkType: number, data: string | Uint8Array, ts = 0, wireLength?: number): CapturedFrame {
  const bytes = typeof data === 'string' ? hex(data) : data;
  return { ts, linkType, data: bytes, wireLength: wireLength ?? bytes.length, fileOffset: 0, interfaceId: 0 };
}

/** The packet as plain data for deepEqual (payload as hex). */
export function summary(p: DecodedPacket | null): Record<string, unknown> | null {
  if (p === null) return null;
  return { ...p, payload: Array.from(p.payload, (b) => b.toString(16).padStart(2, '0')).join('') };
}
