import { ETHERTYPE_IPV4, ETHERTYPE_IPV6, type LinkResult } from './types.js';

const AF_INET = 2;
// AF_INET6 differs by OS: Linux 10, NetBSD/OpenBSD 24, FreeBSD 28, macOS 30.
const AF_INET6_LINUX = 10;
const AF_INET6_BSD = 24;
const AF_INET6_FREEBSD = 28;
const AF_INET6_DARWIN = 30;

function fromFamily(af: number, out: LinkResult): string | null {
  if (af === AF_INET) out.etherType = ETHERTYPE_IPV4;
  else if (af === AF_INET6_LINUX || af === AF_INET6_BSD || af === AF_INET6_FREEBSD || af === AF_INET6_DARWIN) out.etherType = ETHERTYPE_IPV6;
  else return 'link.null.family_other';
  out.offset = 4;
  return null;
}

/**
 * DLT_NULL (BSD loopback): a 4-byte address family in the byte order of the host that captured,
 * which the file does not tell. Families are small numbers, so the zero half gives the order away.
 */
export function decodeNull(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 4) return 'link.truncated';
  if (d[0] === 0 && d[1] === 0) return fromFamily((d[2] << 8) | d[3], out);
  if (d[2] === 0 && d[3] === 0) return fromFamily(d[0] | (d[1] << 8), out);
  return 'link.null.family_other';
}

/** DLT_LOOP (OpenBSD loopback): the same family, always in network byte order. */
export function decodeLoop(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 4) return 'link.truncated';
  if (d[0] !== 0 || d[1] !== 0) return 'link.null.family_other';
  return fromFamily((d[2] << 8) | d[3], out);
}
