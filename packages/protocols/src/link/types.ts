export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;

/** Where the network layer starts in a frame. One instance is reused for every frame. */
export interface LinkResult {
  /** ETHERTYPE_IPV4 or ETHERTYPE_IPV6. */
  etherType: number;
  /** Offset of the IP header in the frame. */
  offset: number;
}

/**
 * A link-layer decoder fills `out` and returns null, or returns the name of the counter that says
 * why the frame carries no IP (a string constant: nothing is allocated on the hot path).
 */
export type LinkDecoder = (data: Uint8Array, out: LinkResult) => string | null;

/** Link-type numbers (LINKTYPE_* as written in capture files). */
export const DLT = {
  NULL: 0,
  EN10MB: 1,
  FDDI: 10,
  RAW_12: 12,
  RAW_14: 14,
  RAW: 101,
  IEEE802_11: 105,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

/** Ends decoding with an IP packet at `offset` when `etherType` is IPv4 or IPv6. */
export function ipAt(etherType: number, offset: number, out: LinkResult): string | null {
  if (etherType !== ETHERTYPE_IPV4 && etherType !== ETHERTYPE_IPV6) return 'ethertype.other';
  out.etherType = etherType;
  out.offset = offset;
  return null;
}
