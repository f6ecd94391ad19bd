import type { AddressCache } from './address.js';
import type { FragmentTable } from './fragments.js';

/** What the IP decoders share with the PacketDecoder that owns them. */
export interface NetContext {
  count(name: string): void;
  readonly fragments: FragmentTable;
  readonly addresses: AddressCache;
}

export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
