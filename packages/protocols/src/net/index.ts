export { type CapturedFrame, type DecodedPacket, TCP_FIN, TCP_SYN, TCP_RST, TCP_ACK } from './packet.js';
export { formatIPv4, formatIPv6, hostPort, AddressCache } from './address.js';
export { FragmentTable, MAX_FRAGMENTS_PER_DATAGRAM } from './fragments.js';
