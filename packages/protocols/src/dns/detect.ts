import type { DetectResult } from '../engine/types.js';
import { HEADER_SIZE, parseHeader } from './parse.js';
import { nameLooksReal, readName } from './name.js';
import { isKnownClass, isKnownOpcode } from './names.js';

/** More questions than this is not DNS (RFC 9619 allows one; a few tools and tests send several). */
const MAX_QDCOUNT = 16;
/** Smallest question: root name + type + class. Record counts are not checked (a cut message still says DNS). */
const MIN_QUESTION = 5;

/**
 * Is this datagram a DNS message? By content only (never the port): a plausible header (known
 * opcode, DSO only over TCP, a query's rcode 0, 1–16 questions, or a response without questions but
 * with records as mDNS sends them, counts that fit the length) and a first name made of real
 * labels with a known class. Random UDP (QUIC, NTP, syslog, RTP) fails the header or the name.
 * Returns the sender's role: a query comes from the client.
 */
export function detectUdp(m: Uint8Array): DetectResult {
  return detectMessage(m, true, false);
}

/**
 * DNS over TCP: a 2-byte length then a message. `'more'` while the header and first question are
 * not all there yet but what is there fits.
 */
export function detectTcp(b: Uint8Array): DetectResult {
  if (b.length < 2) return 'more';
  const length = (b[0] << 8) | b[1];
  if (length < HEADER_SIZE) return null;
  const m = b.subarray(2, 2 + length);
  return detectMessage(m, m.length === length, true);
}

function detectMessage(m: Uint8Array, complete: boolean, tcp: boolean): DetectResult {
  if (m.length < HEADER_SIZE) return complete ? null : 'more';
  const h = parseHeader(m);
  if (!isKnownOpcode(h.opcode) || (h.opcode === 6 && !tcp)) return null;
  if (!h.qr && h.rcode !== 0) return null;
  if (h.qdcount > MAX_QDCOUNT) return null;
  const records = h.ancount + h.nscount + h.arcount;
  if (h.qdcount === 0 && (!h.qr || records === 0) && h.opcode !== 6) return null;
  // Counts must fit the length, but a message cut by snaplen or a broken count still says DNS.
  if (complete && HEADER_SIZE + h.qdcount * MIN_QUESTION > m.length) return null;
  // DSO (RFC 8490 §5.4): every count is zero, TLVs follow; nothing else to check.
  if (h.opcode === 6) return records === 0 && h.qdcount === 0 ? (h.qr ? 'server' : 'client') : null;
  // The first name: a question's (or, for a question-less response, the first record's).
  const first = readName(m, HEADER_SIZE);
  if (!first.ok) return first.code === 'truncated' && !complete ? 'more' : null;
  if (!nameLooksReal(m, HEADER_SIZE)) return null;
  if (first.next + 4 > m.length) return complete ? null : 'more';
  const type = (m[first.next] << 8) | m[first.next + 1];
  const cls = ((m[first.next + 2] << 8) | m[first.next + 3]) & 0x7fff;
  if (type === 0 || !isKnownClass(cls)) return null;
  return h.qr ? 'server' : 'client';
}
