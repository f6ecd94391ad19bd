import { u16be } from '../bytes/reader.js';
import { decodeEtherType } from './ethertype.js';
import { ETHERTYPE_IPV4, ipAt, type LinkResult } from './types.js';

const SAP_SNAP = 0xaa;
const SAP_IP = 0x06;
const LLC_UI = 0x03;
const MIN_ETHERTYPE = 0x0600;

/** 802.2 LLC at `p`: SNAP (AA AA 03, OUI, EtherType) or the IP SAP (06 06 03). */
export function decodeLlc(d: Uint8Array, p: number, out: LinkResult): string | null {
  if (p + 3 > d.length) return 'link.truncated';
  const dsap = d[p];
  const ssap = d[p + 1];
  if (dsap === SAP_SNAP && ssap === SAP_SNAP && d[p + 2] === LLC_UI) {
    if (p + 8 > d.length) return 'link.truncated';
    const type = u16be(d, p + 6);
    // A length inside SNAP would nest LLC again: not real traffic, and unbounded recursion.
    if (type < MIN_ETHERTYPE) return 'llc.other';
    return decodeEtherType(d, type, p + 8, out);
  }
  if (dsap === SAP_IP && ssap === SAP_IP && d[p + 2] === LLC_UI) return ipAt(ETHERTYPE_IPV4, p + 3, out);
  return 'llc.other';
}
