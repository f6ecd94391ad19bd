import { u16be, u32be } from '../bytes/reader.js';
import { IPPROTO_TCP, IPPROTO_UDP, type NetContext } from './context.js';
import type { DecodedPacket } from './packet.js';
import { decodeTransport } from './transport.js';

const HOP_BY_HOP = 0;
const ROUTING = 43;
const FRAGMENT = 44;
const ESP = 50;
const AH = 51;
const NO_NEXT_HEADER = 59;
const DEST_OPTIONS = 60;
/** More extension headers than this is an attack or garbage, not traffic. */
const MAX_EXTENSION_HEADERS = 16;

/** IPv6 at `d[o]` through its extension headers down to TCP/UDP, reassembling fragments. */
export function decodeIPv6(ctx: NetContext, ts: number, d: Uint8Array, o: number): DecodedPacket | null {
  const captured = d.length - o;
  if (captured < 40) return fail(ctx, captured > 0 && d[o] >> 4 === 6 ? 'truncated' : 'ip.malformed');
  if (d[o] >> 4 !== 6) return fail(ctx, 'ip.malformed');
  let payloadLength = u16be(d, o + 4);
  if (payloadLength === 0) {
    // Jumbogram or a packet captured before segmentation offload: the frame is the packet.
    ctx.count('ip.tso_zero_length');
    payloadLength = captured - 40;
  }
  const wireEnd = o + 40 + payloadLength;
  let capEnd = wireEnd;
  if (wireEnd > d.length) {
    ctx.count('truncated');
    capEnd = d.length;
  }
  const src = ctx.addresses.v6(d, o + 8);
  const dst = ctx.addresses.v6(d, o + 24);
  return walk(ctx, ts, src, dst, d, o + 40, capEnd, wireEnd, d[o + 6], true);
}

/** Follows the next-header chain from `buf[p]`; after reassembly it resumes in the new buffer. */
function walk(
  ctx: NetContext,
  ts: number,
  src: string,
  dst: string,
  buf: Uint8Array,
  p: number,
  capEnd: number,
  wireEnd: number,
  next: number,
  fragmentsAllowed: boolean,
): DecodedPacket | null {
  for (let n = 0; n < MAX_EXTENSION_HEADERS; n++) {
    switch (next) {
      case IPPROTO_TCP:
      case IPPROTO_UDP:
        return decodeTransport(ctx, ts, 6, src, dst, next, buf, p, capEnd, wireEnd - p);
      case HOP_BY_HOP:
      case ROUTING:
      case DEST_OPTIONS:
      case AH: {
        if (p + 2 > wireEnd) return fail(ctx, 'ip.malformed');
        if (p + 2 > capEnd) return fail(ctx, 'ipv6.truncated_header');
        const length = next === AH ? (buf[p + 1] + 2) * 4 : (buf[p + 1] + 1) * 8;
        next = buf[p];
        p += length;
        if (p > wireEnd) return fail(ctx, 'ip.malformed');
        if (p > capEnd) return fail(ctx, 'ipv6.truncated_header');
        continue;
      }
      case FRAGMENT: {
        if (!fragmentsAllowed || p + 8 > wireEnd) return fail(ctx, 'ip.malformed');
        if (p + 8 > capEnd || capEnd < wireEnd) return fail(ctx, 'ip.fragment_truncated');
        const field = u16be(buf, p + 2);
        const offset = field & 0xfff8;
        const more = (field & 1) !== 0;
        next = buf[p];
        p += 8;
        if (offset === 0 && !more) continue; // atomic fragment (RFC 6946): a whole packet
        const key = src + '>' + dst + '/' + u32be(buf, p - 4);
        const whole = ctx.fragments.add(key, ts, offset, buf.subarray(p, wireEnd), !more, next);
        if (whole === null) return null;
        return walk(ctx, ts, src, dst, whole, 0, whole.length, whole.length, ctx.fragments.nextHeader, false);
      }
      case ESP:
        return fail(ctx, 'ipv6.esp');
      case NO_NEXT_HEADER:
        return fail(ctx, 'ipv6.no_next_header');
      default:
        return fail(ctx, 'ip.proto.other');
    }
  }
  return fail(ctx, 'ip.malformed');
}

function fail(ctx: NetContext, name: string): null {
  ctx.count(name);
  return null;
}
