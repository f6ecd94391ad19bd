import { DLT } from '@trawl/protocols';

/**
 * `cap`'s `open()` answers a link-type name, not libpcap's number. The engine wants the LINKTYPE
 * number of capture files. `RAW` is DLT_RAW, which is 12 in Linux's libpcap headers and 101 as a
 * LINKTYPE; the decoder reads both. Types cap does not name come as `Unknown linktype N`, N being
 * the DLT (equal to the LINKTYPE for the ones the decoder knows: SLL2 is 276 in both).
 */
const NAMED: Record<string, number> = {
  NULL: DLT.NULL,
  ETHERNET: DLT.EN10MB,
  LINKTYPE_LINUX_SLL: DLT.LINUX_SLL,
  RAW: DLT.RAW,
  IEEE802_11_RADIO: 127,
};

/** The LINKTYPE number for cap's answer, or null when it names nothing we know. */
export function linkTypeNumber(name: string): number | null {
  const known = NAMED[name];
  if (known !== undefined) return known;
  const m = /^Unknown linktype (\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}
