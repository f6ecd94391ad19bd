import { u16be } from '../bytes/reader.js';
import { decodeEtherType } from './ethertype.js';
import type { LinkResult } from './types.js';

/** DLT_EN10MB: 6-byte destination, 6-byte source, type/length (Ethernet II or 802.3). */
export function decodeEthernet(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 14) return 'link.truncated';
  return decodeEtherType(d, u16be(d, 12), 14, out);
}
