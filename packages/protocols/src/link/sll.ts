import { u16be } from '../bytes/reader.js';
import { decodeEtherType } from './ethertype.js';
import { decodeLlc } from './llc.js';
import type { LinkResult } from './types.js';

/** Linux protocol value below 0x0600 meaning "an 802.2 LLC frame follows" (ETH_P_802_2). */
const LINUX_P_802_2 = 0x0004;
/** Other Linux protocol values below 0x0600 (ETH_P_802_3, CAN, …) carry no IP. */
const MIN_ETHERTYPE = 0x0600;

function decodeProtocol(d: Uint8Array, proto: number, payload: number, out: LinkResult): string | null {
  if (proto === LINUX_P_802_2) return decodeLlc(d, payload, out);
  if (proto < MIN_ETHERTYPE) return 'ethertype.other';
  return decodeEtherType(d, proto, payload, out);
}

/** DLT_LINUX_SLL: packet type, ARPHRD, address length, 8-byte address, protocol at 14. */
export function decodeSll(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 16) return 'link.truncated';
  return decodeProtocol(d, u16be(d, 14), 16, out);
}

/** DLT_LINUX_SLL2: protocol at 0, reserved, ifindex, ARPHRD, packet type, address length, address. */
export function decodeSll2(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 20) return 'link.truncated';
  return decodeProtocol(d, u16be(d, 0), 20, out);
}
