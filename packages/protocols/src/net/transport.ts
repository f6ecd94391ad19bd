import { u16be, u32be } from '../bytes/reader.js';
import { IPPROTO_TCP, type NetContext } from './context.js';
import type { DecodedPacket } from './packet.js';

/**
 * TCP or UDP at `buf[start]`: `capEnd` is where the captured bytes of the IP payload end,
 * `wireLength` the L4 length the IP header announces (more than captured when snaplen cut it).
 */
export function decodeTransport(
  ctx: NetContext,
  ts: number,
  ipVersion: 4 | 6,
  srcIp: string,
  dstIp: string,
  proto: number,
  buf: Uint8Array,
  start: number,
  capEnd: number,
  wireLength: number,
): DecodedPacket | null {
  const captured = capEnd - start;
  if (proto === IPPROTO_TCP) {
    if (wireLength < 20) return fail(ctx, 'tcp.malformed');
    if (captured < 20) return fail(ctx, 'tcp.truncated_header');
    const headerLength = (buf[start + 12] >> 4) * 4;
    if (headerLength < 20 || headerLength > wireLength) return fail(ctx, 'tcp.malformed');
    if (headerLength > captured) return fail(ctx, 'tcp.truncated_header');
    return {
      ts,
      ipVersion,
      srcIp,
      dstIp,
      transport: 'tcp',
      srcPort: u16be(buf, start),
      dstPort: u16be(buf, start + 2),
      seq: u32be(buf, start + 4),
      ack: u32be(buf, start + 8),
      flags: buf[start + 13],
      payload: buf.subarray(start + headerLength, capEnd),
      payloadWireLength: wireLength - headerLength,
    };
  }
  if (wireLength < 8) return fail(ctx, 'udp.malformed');
  if (captured < 8) return fail(ctx, 'udp.truncated_header');
  const udpLength = u16be(buf, start + 4);
  let length = wireLength;
  // The UDP length can be shorter than the IP payload (trailing bytes are not data); a length
  // that does not fit is a bad field inside a well-framed packet: count it, trust IP.
  if (udpLength < 8 || udpLength > wireLength) ctx.count('udp.malformed');
  else length = udpLength;
  const end = start + length < capEnd ? start + length : capEnd;
  return {
    ts,
    ipVersion,
    srcIp,
    dstIp,
    transport: 'udp',
    srcPort: u16be(buf, start),
    dstPort: u16be(buf, start + 2),
    seq: 0,
    ack: 0,
    flags: 0,
    payload: buf.subarray(start + 8, end),
    payloadWireLength: length - 8,
  };
}

function fail(ctx: NetContext, name: string): null {
  ctx.count(name);
  return null;
}
