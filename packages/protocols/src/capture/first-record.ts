// Where a capture's first packet ends, read from its first bytes alone. `trawl read -` names a
// stream by a fingerprint of its start (the same bytes, the same entry ids); reading 64 KiB ahead
// for it held a live pipe (`tcpdump -U -w - | trawl read -`) until that much had arrived. The
// capture's header and first packet come at once and fix the id just as well, whatever the timing.
import { u32be, u32le } from '../bytes/reader.js';
import { PCAP_MAGIC_NS, PCAP_MAGIC_US } from './pcap.js';
import { PCAPNG_SHB } from './pcapng.js';

const PCAP_HEADER = 24;
const PCAP_RECORD_HEADER = 16;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const PACKET_BLOCKS = new Set([2, 3, 6]); // PB, SPB, EPB

/**
 * The offset just past the first packet record (pcap) or packet block (pcapng) in `head`; 'more'
 * when `head` is too short to say yet; null when `head` is not the start of a capture.
 */
export function firstRecordEnd(head: Uint8Array): number | 'more' | null {
  if (head.length < 4) return 'more';
  const be = u32be(head, 0);
  if (be === PCAP_MAGIC_US || be === PCAP_MAGIC_NS || u32le(head, 0) === PCAP_MAGIC_US || u32le(head, 0) === PCAP_MAGIC_NS) {
    const le = u32le(head, 0) === PCAP_MAGIC_US || u32le(head, 0) === PCAP_MAGIC_NS;
    if (head.length < PCAP_HEADER + PCAP_RECORD_HEADER) return 'more';
    const at = PCAP_HEADER + 8;
    const incl = le ? u32le(head, at) : u32be(head, at);
    const end = PCAP_HEADER + PCAP_RECORD_HEADER + incl;
    return head.length >= end ? end : 'more';
  }
  if (be !== PCAPNG_SHB) return null;
  if (head.length < 12) return 'more';
  const le = u32le(head, 8) === BYTE_ORDER_MAGIC;
  if (!le && u32be(head, 8) !== BYTE_ORDER_MAGIC) return null;
  let o = 0;
  while (o + 8 <= head.length) {
    const type = le ? u32le(head, o) : u32be(head, o);
    const length = le ? u32le(head, o + 4) : u32be(head, o + 4);
    if (length < 12 || length % 4 !== 0) return null;
    if (o + length > head.length) return 'more';
    o += length;
    if (PACKET_BLOCKS.has(type)) return o;
  }
  return 'more';
}
