export { PacketDecoder } from './decode.js';
export { DLT, ETHERTYPE_IPV4, ETHERTYPE_IPV6, type LinkDecoder, type LinkResult } from './types.js';
export { linkDecoder } from './decode-link.js';
