import { ETHERTYPE_IPV4, ETHERTYPE_IPV6, type LinkResult } from './types.js';

/** DLT_RAW (101, and 12/14 in old files), DLT_IPV4, DLT_IPV6: the IP version is the first nibble. */
export function decodeRaw(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 1) return 'link.truncated';
  const version = d[0] >> 4;
  if (version === 4) out.etherType = ETHERTYPE_IPV4;
  else if (version === 6) out.etherType = ETHERTYPE_IPV6;
  else return 'ip.malformed';
  out.offset = 0;
  return null;
}
