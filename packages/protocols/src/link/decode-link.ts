import { decodeEthernet } from './ethernet.js';
import { decodeFddi } from './fddi.js';
import { decodeLoop, decodeNull } from './null.js';
import { decodeRaw } from './raw.js';
import { decodeSll, decodeSll2 } from './sll.js';
import { DLT, type LinkDecoder } from './types.js';

/** The decoder for a link type, or null when it is not supported (802.11, PPP, …). */
export function linkDecoder(linkType: number): LinkDecoder | null {
  switch (linkType) {
    case DLT.EN10MB:
      return decodeEthernet;
    case DLT.NULL:
      return decodeNull;
    case DLT.LOOP:
      return decodeLoop;
    case DLT.LINUX_SLL:
      return decodeSll;
    case DLT.LINUX_SLL2:
      return decodeSll2;
    case DLT.RAW:
    case DLT.RAW_12:
    case DLT.RAW_14:
    case DLT.IPV4:
    case DLT.IPV6:
      return decodeRaw;
    case DLT.FDDI:
      return decodeFddi;
    default:
      return null;
  }
}
