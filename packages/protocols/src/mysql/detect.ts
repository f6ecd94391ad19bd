// Content-based detection (never by port). The server speaks first: a protocol-10 greeting
// (length, sequence 0, 0x0a, a printable NUL-terminated version that starts with a digit, the
// filler byte, CLIENT_PROTOCOL_41). Mid-stream: a COM_QUERY whose text starts with an SQL
// keyword, or a server ERR (with SQL state), result-set start or OK packet, each fully framed.
import type { DetectResult } from '../engine/types.js';
import { CAP } from './constants.js';

export type Probe = 'yes' | 'more' | 'no';

const MAX_VERSION = 64;

const u24 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16);

/** Server greeting, protocol 10. */
export function probeGreeting(b: Uint8Array): Probe {
  const n = b.length;
  if (n >= 2 && b[1] > 3) return 'no'; // payload < 1 KiB
  if (n >= 3 && b[2] !== 0) return 'no';
  if (n < 4) return 'more';
  const len = u24(b, 0);
  if (len < 18 || b[3] !== 0) return 'no';
  if (n < 5) return 'more';
  if (b[4] !== 10) return 'no';
  if (n < 6) return 'more';
  if (b[5] < 0x30 || b[5] > 0x39) return 'no';
  let i = 6;
  while (i < n && b[i] !== 0) {
    if (b[i] < 0x20 || b[i] > 0x7e || i - 5 > MAX_VERSION) return 'no';
    i++;
  }
  if (i >= n) return 'more';
  // NUL, connection id (4), scramble part 1 (8), filler 0x00, capabilities (2).
  const filler = i + 1 + 12;
  if (filler + 2 > 4 + len) return 'no';
  if (n <= filler) return 'more';
  if (b[filler] !== 0) return 'no';
  if (n < filler + 3) return 'more';
  return (b[filler + 1] | (b[filler + 2] << 8)) & CAP.PROTOCOL_41 ? 'yes' : 'no';
}

const KEYWORDS = new Set(
  (
    'SELECT INSERT UPDATE DELETE REPLACE SET SHOW BEGIN START COMMIT ROLLBACK SAVEPOINT RELEASE CREATE DROP ALTER ' +
    'TRUNCATE RENAME USE CALL WITH EXPLAIN DESCRIBE DESC GRANT REVOKE LOCK UNLOCK PREPARE EXECUTE DEALLOCATE ANALYZE ' +
    'OPTIMIZE REPAIR CHECK CHECKSUM KILL FLUSH LOAD HANDLER DO XA VALUES TABLE HELP INSTALL UNINSTALL RESET PURGE CHANGE ' +
    'BINLOG CACHE SIGNAL RESIGNAL GET'
  ).split(' '),
);

const printable = (c: number): boolean => c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A COM_QUERY (sequence 0) whose SQL starts with a known keyword and is printable throughout. */
export function probeQuery(b: Uint8Array): Probe {
  const n = b.length;
  if (n >= 4 && b[3] !== 0) return 'no';
  if (n >= 5 && b[4] !== 0x03) return 'no';
  if (n < 5) return n >= 3 && u24(b, 0) < 3 && (n > 1 || b[0] < 3) ? 'no' : 'more';
  const end = 4 + u24(b, 0);
  if (end < 7) return 'no';
  let i = 5;
  // Query attributes with no attribute: parameter count 0, parameter-set count 1.
  if (b[5] === 0 && (n < 7 || b[6] === 1)) i = 7;
  while (i < end && i < n && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09 || b[i] === 0x28)) i++;
  const w = i;
  while (i < end && i < n && ((b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7a || b[i] === 0x5f)) {
    if (i - w > 12) return 'no';
    i++;
  }
  if (i >= n && i < end) return 'more';
  if (i === w && (i === end || b[i] !== 0x2f)) return 'no';
  if (i > w && !KEYWORDS.has(String.fromCharCode(...b.subarray(w, i)).toUpperCase())) return 'no';
  for (let k = i; k < end && k < n; k++) if (!printable(b[k])) return 'no';
  return 'yes';
}

/** A server reply picked up mid-stream: ERR with SQL state, a result set's start, or an OK. */
export function probeReply(b: Uint8Array): Probe {
  const n = b.length;
  if (n < 5) return n >= 4 && b[3] === 0 ? 'no' : 'more';
  const len = u24(b, 0);
  const seq = b[3];
  if (seq === 0 || len === 0) return 'no';
  const head = b[4];
  if (head === 0xff) return probeErr(b, len);
  if (seq === 1 && len === 1 && head >= 1 && head <= 250) {
    // Column count, then the first column definition: catalog "def".
    if (n < 13) return 'more';
    return b[8] === 2 && b[9] === 3 && b[10] === 0x64 && b[11] === 0x65 && b[12] === 0x66 ? 'yes' : 'no';
  }
  if (head === 0x00 && seq === 1 && len >= 7 && len <= 64) return probeOk(b, len);
  return 'no';
}

function probeErr(b: Uint8Array, len: number): Probe {
  if (len < 9 || len > 1024) return 'no';
  const n = b.length;
  if (n < 8) return 'more';
  const code = b[5] | (b[6] << 8);
  if (code < 1000 || code === 0xffff || b[7] !== 0x23) return 'no';
  for (let k = 8; k < 13 && k < n; k++) if (!((b[k] >= 0x30 && b[k] <= 0x39) || (b[k] >= 0x41 && b[k] <= 0x5a))) return 'no';
  for (let k = 13; k < 4 + len && k < n; k++) if (!printable(b[k])) return 'no';
  return n < 4 + len ? 'more' : 'yes';
}

function probeOk(b: Uint8Array, len: number): Probe {
  if (b.length < 4 + len) return 'more';
  if (b.length !== 4 + len) return 'no';
  let i = 5;
  for (let k = 0; k < 2; k++) {
    const f = b[i];
    i += f < 0xfb ? 1 : f === 0xfc ? 3 : f === 0xfd ? 4 : 99;
  }
  if (i + 4 > 4 + len) return 'no';
  const status = b[i] | (b[i + 1] << 8);
  const warnings = b[i + 2] | (b[i + 3] << 8);
  if ((status & 0x0003) === 0 || warnings > 1000) return 'no';
  i += 4;
  if (i === 4 + len) return 'yes';
  // Info: a length-encoded string filling the rest, or session-state data.
  return b[i] < 0xfb && i + 1 + b[i] <= 4 + len ? 'yes' : 'no';
}

export function detect(b: Uint8Array): DetectResult {
  if (b.length === 0) return 'more';
  const g = probeGreeting(b);
  if (g === 'yes') return 'server';
  const q = probeQuery(b);
  if (q === 'yes') return 'client';
  const r = probeReply(b);
  if (r === 'yes') return 'server';
  return g === 'more' || q === 'more' || r === 'more' ? 'more' : null;
}
