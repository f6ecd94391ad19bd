// Content-based detection (never by port): does a stream start with an HTTP/1.x request line or
// status line? The byte probes are also used to fail fast on garbage and to resynchronise.
import type { DetectResult } from '../engine/types.js';

/** How far a partial first line may grow before we stop waiting for its end. */
export const MAX_PROBE_LINE = 2048;
const MAX_METHOD = 32;

const SP = 0x20;
const CR = 0x0d;
const LF = 0x0a;

/** RFC 7230 tchar: ALPHA / DIGIT / "!#$%&'*+-.^_`|~". */
export const TCHAR = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;

export type Probe = 'yes' | 'more' | 'no';

const HTTP_1 = [0x48, 0x54, 0x54, 0x50, 0x2f, 0x31, 0x2e]; // "HTTP/1."

/** Does `buf[s..e)` hold `HTTP/1.0` or `HTTP/1.1` at `s`, or a prefix of it? */
function probeVersion(buf: Uint8Array, s: number, e: number): Probe {
  for (let k = 0; k < 8; k++) {
    if (s + k >= e) return 'more';
    const b = buf[s + k];
    if (k < 7 ? b !== HTTP_1[k] : b !== 0x30 && b !== 0x31) return 'no';
  }
  return 'yes';
}

/** A status line start: `HTTP/1.x NNN` then SP, CR or LF. */
export function probeStatusLine(buf: Uint8Array, s: number, e: number): Probe {
  const v = probeVersion(buf, s, e);
  if (v !== 'yes') return v;
  if (s + 8 >= e) return 'more';
  if (buf[s + 8] !== SP) return 'no';
  for (let k = 9; k < 12; k++) {
    if (s + k >= e) return 'more';
    const b = buf[s + k];
    if (b < 0x30 || b > 0x39) return 'no';
  }
  if (s + 12 >= e) return 'more';
  const t = buf[s + 12];
  return t === SP || t === CR || t === LF ? 'yes' : 'no';
}

/**
 * A request line: token SP target SP HTTP/1.x CRLF (or LF). With `allow09`, also the HTTP/0.9
 * form `GET /path CRLF`. Needs the whole line to answer 'yes'.
 */
export function probeRequestLine(buf: Uint8Array, s: number, e: number, allow09: boolean, maxLine = MAX_PROBE_LINE): Probe {
  let i = s;
  while (i < e && TCHAR[buf[i]] === 1) {
    if (++i - s > MAX_METHOD) return 'no';
  }
  if (i === e) return 'more';
  if (i === s || buf[i] !== SP) return 'no';
  const target = ++i;
  // Target: visible bytes (obs-text allowed), no SP or CTL.
  while (i < e) {
    const b = buf[i];
    if (b <= SP || b === 0x7f) break;
    if (i - s > maxLine) return 'no';
    i++;
  }
  if (i === e) return e - s > maxLine ? 'no' : 'more';
  if (i === target) return 'no';
  const b = buf[i];
  if (b === CR || b === LF) {
    if (!allow09 || !is09(buf, s, target, i)) return 'no';
    if (b === LF) return 'yes';
    return i + 1 === e ? 'more' : buf[i + 1] === LF ? 'yes' : 'no';
  }
  if (b !== SP) return 'no';
  const v = probeVersion(buf, i + 1, e);
  if (v !== 'yes') return v;
  const j = i + 9;
  if (j >= e) return 'more';
  if (buf[j] === LF) return 'yes';
  if (buf[j] !== CR) return 'no';
  return j + 1 === e ? 'more' : buf[j + 1] === LF ? 'yes' : 'no';
}

/** HTTP/0.9 only had `GET <path>`: the strict form keeps "SET key" and the like out. */
function is09(buf: Uint8Array, s: number, target: number, end: number): boolean {
  return target - s === 4 && buf[s] === 0x47 && buf[s + 1] === 0x45 && buf[s + 2] === 0x54 && buf[target] === 0x2f && end > target;
}

export function detect(firstBytes: Uint8Array): DetectResult {
  const e = firstBytes.length;
  if (e === 0) return 'more';
  const status = probeStatusLine(firstBytes, 0, e);
  if (status === 'yes') return 'server';
  const request = probeRequestLine(firstBytes, 0, e, true);
  if (request === 'yes') return 'client';
  if (status === 'more' || request === 'more') return e >= MAX_PROBE_LINE ? null : 'more';
  return null;
}
