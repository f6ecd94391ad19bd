// Content-based detection (never by port). RESP's type bytes (`+`, `$`, `:`, `*`) start many
// other things, so this is strict:
// - client: a command array `*<n>\r\n$<len>\r\n<known command>\r\n`, or an inline command line
//   whose first word is a known Redis command in upper case (never an HTTP request line, and never
//   a word that other text protocols also use first, like POP3/SMTP `AUTH`, `QUIT`);
// - server: only replies no other protocol sends: `+PONG`, Redis' own error words (`-NOAUTH`,
//   `-ERR unknown command`, `-WRONGTYPE`, …), or a whole well-formed aggregate that is not just
//   bulk strings (a RESP3 map, set, push or attribute; an array holding an integer, a nil or a
//   nested aggregate, like a subscribe confirmation).
import type { DetectResult } from '../engine/types.js';
import { INLINE_AMBIGUOUS, isKnownCommand, keyIndex } from './commands.js';
import { parse, type RespValue } from './parse.js';
import { RESP_LIMITS } from './limits.js';

const MAX_INLINE_PROBE = 1024;
const MAX_COUNT = 1 << 20;
const MAX_NAME = 64;

type Probe = 'yes' | 'more' | 'no';

const SERVER_SIGNATURES = [
  '+PONG\r\n',
  '-NOAUTH ',
  '-WRONGPASS ',
  '-NOPERM ',
  '-WRONGTYPE ',
  '-ERR unknown command ',
  '-ERR wrong number of arguments ',
  '-ERR Protocol error',
  '-MOVED ',
  '-ASK ',
  '-LOADING ',
  '-READONLY ',
  '-MISCONF ',
  '-NOSCRIPT ',
  '-BUSY ',
  '-CROSSSLOT ',
  '-CLUSTERDOWN ',
  '-EXECABORT ',
].map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));

/** Digits then CRLF at `i`; returns [value, index after CRLF] or a probe verdict. */
function number(b: Uint8Array, i: number): [number, number] | Probe {
  const s = i;
  let v = 0;
  while (i < b.length && b[i] >= 0x30 && b[i] <= 0x39) {
    v = v * 10 + (b[i] - 0x30);
    if (++i - s > 9) return 'no';
  }
  if (i === b.length) return 'more';
  if (i === s || b[i] !== 0x0d) return 'no';
  if (i + 1 === b.length) return 'more';
  return b[i + 1] === 0x0a ? [v, i + 2] : 'no';
}

const MODULE_COMMAND = /^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/;

/** `*<n>\r\n$<len>\r\n<name>\r\n` with a known command name (any case) or a module command (`JSON.GET`). */
export function probeCommandArray(b: Uint8Array): Probe {
  if (b.length === 0) return 'more';
  if (b[0] !== 0x2a) return 'no';
  const count = number(b, 1);
  if (!Array.isArray(count)) return count;
  if (count[0] < 1 || count[0] > MAX_COUNT) return 'no';
  let i = count[1];
  if (i === b.length) return 'more';
  if (b[i] !== 0x24) return 'no';
  const len = number(b, i + 1);
  if (!Array.isArray(len)) return len;
  if (len[0] < 1 || len[0] > MAX_NAME) return 'no';
  i = len[1];
  const end = i + len[0];
  for (let k = i; k < Math.min(end, b.length); k++) {
    const c = b[k];
    const ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39 && k > i) || c === 0x5f || c === 0x2e || c === 0x7c || c === 0x2d;
    if (!ok) return 'no';
  }
  if (b.length < end + 2) return 'more';
  if (b[end] !== 0x0d || b[end + 1] !== 0x0a) return 'no';
  const name = String.fromCharCode(...b.subarray(i, end));
  return isKnownCommand(name) || MODULE_COMMAND.test(name) ? 'yes' : 'no';
}

const KNOWN_PREFIX = (word: string): boolean => word.length <= 20 && /^[A-Z_]*$/.test(word);

/** An inline command line: `PING\r\n`, `SET a b\r\n`. */
export function probeInline(b: Uint8Array): Probe {
  let i = 0;
  while (i < b.length && ((b[i] >= 0x41 && b[i] <= 0x5a) || b[i] === 0x5f)) i++;
  const word = String.fromCharCode(...b.subarray(0, i));
  if (i === b.length) return KNOWN_PREFIX(word) ? 'more' : 'no';
  if (i === 0 || !isKnownCommand(word) || INLINE_AMBIGUOUS.has(word)) return 'no';
  const needsArgument = keyIndex(word, ['k']) === 0;
  const c = b[i];
  if (c !== 0x20 && c !== 0x0d && c !== 0x0a) return 'no';
  let lf = -1;
  for (let k = i; k < b.length && k < MAX_INLINE_PROBE; k++) {
    const x = b[k];
    if (x === 0x0a) {
      lf = k;
      break;
    }
    // Printable ASCII, tab, or UTF-8 bytes; CR only right before LF.
    if (x === 0x0d ? k + 1 < b.length && b[k + 1] !== 0x0a : x < 0x20 && x !== 0x09) return 'no';
    if (x === 0x7f) return 'no';
  }
  if (lf < 0) return b.length >= MAX_INLINE_PROBE ? 'no' : 'more';
  const line = new TextDecoder().decode(b.subarray(0, lf)).replace(/\r$/, '');
  // An HTTP request line (`GET /x HTTP/1.1`, `GET /`) is not Redis.
  if (/ HTTP\/\d/.test(line) || line.startsWith(`${word} /`)) return 'no';
  // A key command without its key (`GET \n`, HTTP/0.9 without a target) is not a real command.
  if (needsArgument && line.slice(word.length).trim() === '') return 'no';
  return 'yes';
}

function startsWith(b: Uint8Array, sig: Uint8Array): Probe {
  const n = Math.min(b.length, sig.length);
  for (let k = 0; k < n; k++) if (b[k] !== sig[k]) return 'no';
  return b.length >= sig.length ? 'yes' : 'more';
}

/** True when a value has something a client command never holds (not only strings). */
function notJustStrings(v: RespValue): boolean {
  return !Array.isArray(v) || v.some((x) => typeof x !== 'string');
}

const DETECT_LIMITS = { ...RESP_LIMITS, maxLine: 1024, maxStringBytes: 4096 };

export function probeServer(b: Uint8Array): Probe {
  if (b.length === 0) return 'more';
  let verdict: Probe = 'no';
  for (const sig of SERVER_SIGNATURES) {
    const r = startsWith(b, sig);
    if (r === 'yes') return 'yes';
    if (r === 'more') verdict = 'more';
  }
  if ('*%~>|'.includes(String.fromCharCode(b[0]))) {
    const r = parse(b, 0, false, DETECT_LIMITS);
    if ('incomplete' in r) return 'more';
    if ('ok' in r) {
      const m = r.message;
      if (m.attributes || m.type === '%' || m.type === '~' || m.type === '>') return 'yes';
      if (m.type === '*' && notJustStrings(m.value)) return 'yes';
    }
  }
  return verdict;
}

export function detect(firstBytes: Uint8Array): DetectResult {
  const array = probeCommandArray(firstBytes);
  // A subscribe confirmation (`*3 $9 subscribe $3 foo :1`) starts like a command: its integer says server.
  if (array === 'yes') return probeServer(firstBytes) === 'yes' ? 'server' : 'client';
  const inline = probeInline(firstBytes);
  if (inline === 'yes') return 'client';
  const server = probeServer(firstBytes);
  if (server === 'yes') return 'server';
  return array === 'more' || inline === 'more' || server === 'more' ? 'more' : null;
}
