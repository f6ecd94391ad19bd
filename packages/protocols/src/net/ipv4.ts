import { u16be } from '../bytes/reader.js';
import { IPPROTO_TCP, IPPROTO_UDP, type NetContext } from './context.js';
import type { DecodedPacket } from './packet.js';
import { decodeTransport } from './transport.js';

const MORE_FRAGMENTS = 0x2000;
const OFFSET_MASK = 0x1fff;

/** IPv4 at `d[o]` down to TCP/UDP; fragments go through the context's reassembly table. */
export function decodeIPv4(ctx: NetContext, ts: number, d: Uint8Array, o: number): DecodedPacket | null {
  const captured = d.length - o;
  if (captured < 20) return fail(ctx, captured > 0 && d[o] >> 4 === 4 ? 'truncated' : 'ip.malformed');
  const vihl = d[o];
  const headerLength = (vihl & 0x0f) * 4;
  if (vihl >> 4 !== 4 || headerLength < 20) return fail(ctx, 'ip.malformed');
  if (headerLength > captured) return fail(ctx, 'truncated');
  let total = u16be(d, o + 2);
  if (total === 0) {
    // Captured before TCP segmentation offload filled the length in: the frame is the packet.
    ctx.count('ip.tso_zero_length');
    total = captured;
  }
  if (total < headerLength) return fail(ctx, 'ip.malformed');
  const proto = d[o + 9];
  if (proto !== IPPROTO_TCP && proto !== IPPROTO_UDP) return fail(ctx, 'ip.proto.other');
  const src = ctx.addresses.v4(d, o + 12);
  const dst = ctx.addresses.v4(d, o + 16);
  const frag = u16be(d, o + 6);
  if ((frag & (MORE_FRAGMENTS | OFFSET_MASK)) !== 0) {
    // A fragment cut by snaplen cannot be reassembled: the missing bytes are in the middle.
    if (total > captured) return fail(ctx, 'ip.fragment_truncated');
    const key = src + '>' + dst + '/' + proto + '/' + u16be(d, o + 4);
    const offset = (frag & OFFSET_MASK) * 8;
    const whole = ctx.fragments.add(key, ts, offset, d.subarray(o + headerLength, o + total), (frag & MORE_FRAGMENTS) === 0, proto);
    if (whole === null) return null;
    return decodeTransport(ctx, ts, 4, src, dst, proto, whole, 0, whole.length, whole.length);
  }
  // Ethernet pads short frames: the IP total length, not the frame, says where the packet ends.
  let end = o + total;
  if (total > captured) {
    ctx.count('truncated');
    end = d.length;
  }
  return decodeTransport(ctx, ts, 4, src, dst, proto, d, o + headerLength, end, total - headerLength);
}

function fail(ctx: NetContext, name: string): null {
  ctx.count(name);
  return null;
}
