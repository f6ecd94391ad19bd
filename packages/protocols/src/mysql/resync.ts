// After a gap, a direction resumes at a chunk that starts a recognisable packet (segments
// usually start at packet boundaries): a command (sequence 0, a known command byte) from the
// client, the first packet of a reply (sequence 1) from the server.
import { COMMANDS } from './constants.js';

export function isCommandStart(b: Uint8Array): boolean {
  if (b.length < 5 || b[3] !== 0) return false;
  const len = b[0] | (b[1] << 8) | (b[2] << 16);
  if (len === 0 || COMMANDS[b[4]] === undefined) return false;
  // Small commands arrive whole; a query may span segments.
  return b[4] === 0x03 || b[4] === 0x16 || b[4] === 0x17 || b[4] === 0x18 || len + 4 <= b.length;
}

export function isReplyStart(b: Uint8Array): boolean {
  if (b.length < 5 || b[3] !== 1) return false;
  const len = b[0] | (b[1] << 8) | (b[2] << 16);
  const h = b[4];
  if (len === 0) return false;
  if (h === 0x00 || h === 0xff || h === 0xfe || h === 0xfb) return len + 4 <= b.length || len > 64;
  return len === 1 || (h === 0xfc && len === 3);
}
