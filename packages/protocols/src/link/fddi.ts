import { decodeLlc } from './llc.js';
import type { LinkResult } from './types.js';

/** DLT_FDDI: frame control (1), destination (6), source (6), then 802.2 LLC/SNAP. */
export function decodeFddi(d: Uint8Array, out: LinkResult): string | null {
  if (d.length < 13) return 'link.truncated';
  return decodeLlc(d, 13, out);
}
