import type { EngineLimits } from '../limits.js';
import { AddressCache } from '../net/address.js';
import type { NetContext } from '../net/context.js';
import { FragmentTable } from '../net/fragments.js';
import { decodeIPv4 } from '../net/ipv4.js';
import { decodeIPv6 } from '../net/ipv6.js';
import type { CapturedFrame, DecodedPacket } from '../net/packet.js';
import { linkDecoder } from './decode-link.js';
import { ETHERTYPE_IPV4, type LinkDecoder, type LinkResult } from './types.js';

/**
 * Frames → TCP/UDP packets: link layer, IPv4/IPv6 (fragments reassembled), TCP/UDP headers.
 * Anything else is counted in `counters` and answered with null; no input makes it throw.
 * Checksums are not verified: with offloading, captures on the sending host have wrong ones.
 *
 * The returned packet's `payload` is a view into `frame.data` (or into a reassembled buffer):
 * valid as long as the frame's data is, i.e. during the reader's onFrame call.
 */
export class PacketDecoder implements NetContext {
  /** Why frames yielded no packet (`link.unsupported.<dlt>`, `ethertype.other`, `ip.malformed`, …) and other events. */
  readonly counters: Record<string, number> = {};
  readonly fragments: FragmentTable;
  readonly addresses = new AddressCache();
  private readonly link: LinkResult = { etherType: 0, offset: 0 };
  private lastLinkType = -1;
  private lastDecoder: LinkDecoder | null = null;

  constructor(limits: EngineLimits) {
    this.fragments = new FragmentTable(limits, (name) => this.count(name));
  }

  count(name: string): void {
    this.counters[name] = (this.counters[name] ?? 0) + 1;
  }

  decode(frame: CapturedFrame): DecodedPacket | null {
    if (frame.linkType !== this.lastLinkType) {
      this.lastLinkType = frame.linkType;
      this.lastDecoder = linkDecoder(frame.linkType);
    }
    const decodeLink = this.lastDecoder;
    if (decodeLink === null) {
      this.count('link.unsupported.' + frame.linkType);
      return null;
    }
    if (this.fragments.size > 0) this.fragments.expire(frame.ts);
    const d = frame.data;
    const link = this.link;
    const problem = decodeLink(d, link);
    if (problem !== null) {
      this.count(problem);
      return null;
    }
    return link.etherType === ETHERTYPE_IPV4 ? decodeIPv4(this, frame.ts, d, link.offset) : decodeIPv6(this, frame.ts, d, link.offset);
  }
}
