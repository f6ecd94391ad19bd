import { u16be } from '../bytes/reader.js';
import { decodeLlc } from './llc.js';
import { ipAt, type LinkResult } from './types.js';

const VLAN = 0x8100;
const QINQ = 0x88a8;
const QINQ_OLD = 0x9100;
/** More stacked tags than this is not a real frame. */
const MAX_TAGS = 8;
/** Ethernet type/length field: values up to 1500 are an 802.3 length, followed by LLC. */
const MAX_8023_LENGTH = 1500;

/**
 * Follows an EtherType (from Ethernet, SLL, SLL2 or SNAP) whose payload starts at `d[p]` through
 * stacked 802.1Q/QinQ tags to the IP header.
 */
export function decodeEtherType(d: Uint8Array, type: number, p: number, out: LinkResult): string | null {
  for (let tags = 0; type === VLAN || type === QINQ || type === QINQ_OLD; tags++) {
    if (tags === MAX_TAGS) return 'vlan.too_many_tags';
    if (p + 4 > d.length) return 'link.truncated';
    type = u16be(d, p + 2);
    p += 4;
  }
  if (type <= MAX_8023_LENGTH) return decodeLlc(d, p, out);
  return ipAt(type, p, out);
}
