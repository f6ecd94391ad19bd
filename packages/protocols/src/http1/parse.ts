// Pure decoders for HTTP/1.x message heads (CONVENTIONS §2): a head is parsed whole once its
// empty line is in view; one TextDecoder call per head, lines split on LF (bare LF tolerated).
import type { Headers } from '../entry/types.js';
import { probeRequestLine, probeStatusLine, TCHAR } from './detect.js';

export type ParseResult<T> =
  | { ok: true; message: T; consumed: number }
  | { ok: false; incomplete: true; needed: number }
  | { ok: false; incomplete?: false; error: true; code: ParseErrorCode };

export type ParseErrorCode = 'bad-request-line' | 'bad-status-line' | 'header-too-large';

export interface RequestHead {
  kind: 'request';
  method: string;
  target: string;
  /** `1.1`, `1.0` or `0.9`. */
  version: string;
  headers: Headers;
  /** Events inside a well-framed head (e.g. `bad-header`). */
  anomalies: string[];
}

export interface ResponseHead {
  kind: 'response';
  status: number;
  statusText: string;
  version: string;
  headers: Headers;
  anomalies: string[];
}

export type Head = RequestHead | ResponseHead;

const LF = 0x0a;
const CR = 0x0d;
const latin = new TextDecoder('utf-8');

/**
 * Index just past the empty line ending the head that starts at `start`, or -1 when it is not in
 * `buf` yet. `from` lets a caller resume a search over a growing buffer.
 */
export function findHeadEnd(buf: Uint8Array, start: number, from = start): number {
  let i = buf.indexOf(LF, Math.max(start, from));
  while (i >= 0) {
    const n = buf[i + 1];
    if (n === LF) return i + 2;
    if (n === CR) {
      if (i + 2 >= buf.length) return -1;
      if (buf[i + 2] === LF) return i + 3;
    } else if (n === undefined) return -1;
    i = buf.indexOf(LF, i + 1);
  }
  return -1;
}

/** Header lines (after the start line) → lower-case names, repeats kept as arrays in order. */
export function parseHeaderLines(lines: string[], from: number, anomalies: string[]): Headers {
  return parseHeaderText(lines.slice(from).join('\n'), 0, anomalies);
}

/**
 * Header fields of `text` from `pos` (LF or CRLF line ends; an empty line ends the block) →
 * lower-case names, repeats kept as arrays in order, obs-fold joined with a space.
 */
export function parseHeaderText(text: string, pos: number, anomalies: string[]): Headers {
  const headers: Headers = {};
  const n = text.length;
  let last = '';
  // The first ':' at or after `pos` (n when none), found with one indexOf and kept across lines
  // that have none, so a head of colon-less lines is still scanned once.
  let colonAt = -1;
  while (pos < n) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? n : nl + 1;
    let e = nl < 0 ? n : nl;
    if (e > pos && text.charCodeAt(e - 1) === 13) e--;
    if (e === pos) {
      pos = next;
      continue;
    }
    const c0 = text.charCodeAt(pos);
    if (c0 === 0x20 || c0 === 0x09) {
      // obs-fold: continuation of the previous field value.
      if (last !== '') appendFold(headers, last, text.slice(pos, e).trim());
      else pushOnce(anomalies, 'bad-header');
      pos = next;
      continue;
    }
    if (colonAt < pos) {
      colonAt = text.indexOf(':', pos);
      if (colonAt < 0) colonAt = n;
    }
    const colon = colonAt;
    if (colon === pos || colon >= e) {
      pushOnce(anomalies, 'bad-header');
      last = '';
      pos = next;
      continue;
    }
    let name: string;
    if (text.charCodeAt(colon - 1) <= 0x20) {
      // "Name : value" is invalid (RFC 7230 §3.2.4) but common enough to keep.
      name = lowerName(text.slice(pos, colon).trimEnd());
      pushOnce(anomalies, 'bad-header');
    } else name = cachedName(text, pos, colon, nameHash(text, pos, colon));
    addHeader(headers, name, fieldValue(text, colon + 1, e));
    last = name;
    pos = next;
  }
  return headers;
}

/**
 * A copy of `s` that does not point into a larger string (V8 makes substrings of 13+ characters
 * views of their parent): concatenating and cutting flattens into a string of `s`'s own size.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * A cheap hash of a header name for the name cache: its length and the two characters at each
 * end (a full FNV pass over every character cost more than the rest of the line's parsing; the
 * cache compares the whole name anyway).
 */
function nameHash(text: string, s: number, e: number): number {
  const len = e - s;
  const h = (len << 24) ^ (text.charCodeAt(s) << 16) ^ (text.charCodeAt(s + 1) << 8) ^ text.charCodeAt(e - 1) ^ (text.charCodeAt(e - 2) << 4);
  return Math.imul(h, 0x9e3779b1);
}

/** `text.slice(s, e).trim()` with one string instead of two in the common case (SP/HTAB around the value). */
function fieldValue(text: string, s: number, e: number): string {
  while (s < e) {
    const c = text.charCodeAt(s);
    if (c !== 0x20 && c !== 0x09) break;
    s++;
  }
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (c !== 0x20 && c !== 0x09) break;
    e--;
  }
  if (s === e) return '';
  const v = text.slice(s, e);
  // Other characters trim() removes (VT, FF, NBSP, Unicode spaces, …): let it decide.
  return mayTrim(text.charCodeAt(s)) || mayTrim(text.charCodeAt(e - 1)) ? v.trim() : v;
}

function mayTrim(c: number): boolean {
  return c < 0x20 || c >= 0x80;
}

/**
 * Lower-cased header names, one shared string per spelling. A name seen before comes back as the
 * same (internalised) string, which makes it a cheap property key; new names stop being cached
 * once the table is full, so hostile traffic cannot grow it. A known name costs no substring at all.
 */
const NAME_BITS = 11;
const NAME_SLOTS = 1 << NAME_BITS;
const NAME_PROBES = 4;
const NAME_MAX_LENGTH = 64;
const nameRaw: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
const nameLower: string[] = new Array<string>(NAME_SLOTS).fill('');

function cachedName(text: string, s: number, e: number, hash: number): string {
  const len = e - s;
  let i = hash >>> (32 - NAME_BITS);
  for (let k = 0; k < NAME_PROBES; k++, i = (i + 1) & (NAME_SLOTS - 1)) {
    const raw = nameRaw[i];
    if (raw === undefined) {
      // Detached: a kept substring of the head would keep the whole head (up to maxHeaderBytes) alive.
      const name = detach(text.slice(s, e));
      const lower = name.toLowerCase();
      if (len <= NAME_MAX_LENGTH) {
        nameRaw[i] = name;
        nameLower[i] = lower;
      }
      return lower;
    }
    if (raw.length === len && text.startsWith(raw, s)) return nameLower[i];
  }
  return text.slice(s, e).toLowerCase();
}

/** Lower-cased names off the hot path (trimmed names, trailers). */
function lowerName(raw: string): string {
  return cachedName(raw, 0, raw.length, nameHash(raw, 0, raw.length));
}

export function addHeader(headers: Headers, name: string, value: string): void {
  const prev = headers[name];
  if (prev === undefined) headers[name] = value;
  else if (!Object.prototype.hasOwnProperty.call(headers, name)) {
    // An inherited member (`constructor`, `__proto__`): shadow it with an own property.
    setOwn<string | string[]>(headers, name, value);
  } else if (typeof prev === 'string') headers[name] = [prev, value];
  else prev.push(value);
}

function appendFold(headers: Headers, name: string, more: string): void {
  const prev = headers[name];
  if (typeof prev === 'string') headers[name] = prev === '' ? more : `${prev} ${more}`;
  else if (prev !== undefined) prev[prev.length - 1] = `${prev[prev.length - 1]} ${more}`;
}

/** Own data property even for `__proto__`, which plain assignment would swallow. */
export function setOwn<T>(obj: Record<string, T>, key: string, value: NoInfer<T>): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** `METHOD SP target [SP HTTP/x.y]`; null when it is not a request line. */
export function parseRequestLine(line: string): { method: string; target: string; version: string } | null {
  const a = line.indexOf(' ');
  if (a <= 0) return null;
  const b = line.lastIndexOf(' ');
  const method = line.slice(0, a);
  if (b === a) {
    const target = line.slice(a + 1);
    return method === 'GET' && target.startsWith('/') ? { method, target, version: '0.9' } : null;
  }
  const proto = line.slice(b + 1);
  if (proto.length !== 8 || !proto.startsWith('HTTP/') || !isDigit(proto, 5) || proto.charCodeAt(6) !== 0x2e || !isDigit(proto, 7)) return null;
  const target = line.slice(a + 1, b).trim();
  if (target === '' || target.includes(' ')) return null;
  return { method, target, version: proto.slice(5) };
}

/** `HTTP/x.y SP NNN [SP reason]`; null when it is not a status line. */
export function parseStatusLine(line: string): { status: number; statusText: string; version: string } | null {
  if (!line.startsWith('HTTP/') || line.length < 12) return null;
  if (!isDigit(line, 5) || line.charCodeAt(6) !== 0x2e || !isDigit(line, 7) || line.charCodeAt(8) !== 0x20) return null;
  if (!isDigit(line, 9) || !isDigit(line, 10) || !isDigit(line, 11)) return null;
  if (line.length > 12 && line.charCodeAt(12) !== 0x20) return null;
  const status = (line.charCodeAt(9) - 48) * 100 + (line.charCodeAt(10) - 48) * 10 + (line.charCodeAt(11) - 48);
  return { status, statusText: line.length > 13 ? line.slice(13).trim() : '', version: line.slice(5, 8) };
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The first line of `text` (without CR) and where the next line starts. */
function firstLine(text: string): [string, number] {
  const nl = text.indexOf('\n');
  if (nl < 0) return [text, text.length];
  return [text.slice(0, nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), nl + 1];
}

/**
 * The head of a request at `offset`. The whole head (start line to empty line) must fit in
 * `maxBytes`, or the answer is `header-too-large`. An HTTP/0.9 request is its line alone.
 */
export function parseRequestHead(buf: Uint8Array, offset: number, maxBytes: number, scanFrom?: number): ParseResult<RequestHead> {
  const lf = buf.indexOf(LF, offset);
  const lineEnd = lf < 0 ? buf.length : lf + 1;
  if (probeRequestLine(buf, offset, lineEnd, true, maxBytes) === 'no') return parseMalformedRequest(buf, offset, lineEnd, maxBytes, scanFrom);
  if (lf < 0) return tooLargeOrMore(buf, offset, maxBytes);
  // The probe checked the line's shape: it ends in " HTTP/1.x", or it is the 0.9 form
  // (`GET /path`), whose head is the request line alone.
  const v = buf[lf - 1] === CR ? lf - 9 : lf - 8;
  const is09 = !(v > offset && buf[v - 1] === 0x20 && buf[v] === 0x48 && buf[v + 4] === 0x2f);
  const end = is09 ? lf + 1 : findHeadEnd(buf, offset, Math.max(lf, scanFrom ?? 0));
  if (end < 0) return tooLargeOrMore(buf, offset, maxBytes);
  if (end - offset > maxBytes) return { ok: false, error: true, code: 'header-too-large' };
  const text = latin.decode(buf.subarray(offset, end));
  const [first, rest] = firstLine(text);
  const line = parseRequestLine(first);
  if (line === null) return { ok: false, error: true, code: 'bad-request-line' };
  const anomalies: string[] = [];
  const headers = parseHeaderText(text, rest, anomalies);
  const message: RequestHead = { kind: 'request', method: line.method, target: line.target, version: line.version, headers, anomalies };
  return { ok: true, message, consumed: end - offset };
}

/**
 * A request line that breaks the grammar but is still framed as one (`GET / HTTP/1.`,
 * `OPTIONS HTTP/1.1`, `GET/ HTTP/1.1`): servers answer these (with 400s), so they are kept as
 * requests marked `bad-request-line`. Only at a message boundary, never to resynchronise.
 */
function parseMalformedRequest(buf: Uint8Array, offset: number, lineEnd: number, maxBytes: number, scanFrom?: number): ParseResult<RequestHead> {
  const fail: ParseResult<never> = { ok: false, error: true, code: 'bad-request-line' };
  let i = offset;
  while (i < lineEnd && TCHAR[buf[i]] === 1 && i - offset <= 32) i++;
  if (i === offset || i - offset > 32) return fail;
  if (i < lineEnd && buf[i] !== 0x20 && buf[i] !== 0x2f) return fail;
  for (let j = i; j < lineEnd; j++) {
    const b = buf[j];
    if ((b < 0x20 && b !== 0x09 && b !== LF && !(b === CR && (j + 1 === buf.length || buf[j + 1] === LF))) || b === 0x7f) return fail;
  }
  if (buf[lineEnd - 1] !== LF) return tooLargeOrMore(buf, offset, maxBytes);
  const end = findHeadEnd(buf, offset, Math.max(lineEnd - 1, scanFrom ?? 0));
  if (end < 0) return tooLargeOrMore(buf, offset, maxBytes);
  if (end - offset > maxBytes) return { ok: false, error: true, code: 'header-too-large' };
  const text = latin.decode(buf.subarray(offset, end));
  const [first, restAt] = firstLine(text);
  const method = first.slice(0, i - offset);
  const rest = first.slice(i - offset).trim();
  const h = rest.lastIndexOf('HTTP/');
  if (h < 0 || rest.charCodeAt(h + 5) !== 0x31) return fail;
  const anomalies: string[] = ['bad-request-line'];
  const headers = parseHeaderText(text, restAt, anomalies);
  // `X /HTTP/1.1`: no space before the version, so it is part of the target (as tshark reads it);
  // the `HTTP/1` still says a 1.x head follows.
  const target = h > 0 && rest.charCodeAt(h - 1) !== 0x20 ? rest : rest.slice(0, h).trim();
  const message: RequestHead = { kind: 'request', method, target, version: rest.slice(h + 5).trim(), headers, anomalies };
  return { ok: true, message, consumed: end - offset };
}

export function parseResponseHead(buf: Uint8Array, offset: number, maxBytes: number, scanFrom?: number): ParseResult<ResponseHead> {
  if (probeStatusLine(buf, offset, buf.length) === 'no') return { ok: false, error: true, code: 'bad-status-line' };
  const end = findHeadEnd(buf, offset, Math.max(offset, scanFrom ?? 0));
  if (end < 0) return tooLargeOrMore(buf, offset, maxBytes);
  if (end - offset > maxBytes) return { ok: false, error: true, code: 'header-too-large' };
  const text = latin.decode(buf.subarray(offset, end));
  const [first, rest] = firstLine(text);
  const line = parseStatusLine(first);
  if (line === null) return { ok: false, error: true, code: 'bad-status-line' };
  const anomalies: string[] = [];
  const headers = parseHeaderText(text, rest, anomalies);
  const message: ResponseHead = { kind: 'response', status: line.status, statusText: line.statusText, version: line.version, headers, anomalies };
  return { ok: true, message, consumed: end - offset };
}

function tooLargeOrMore(buf: Uint8Array, offset: number, maxBytes: number): ParseResult<never> {
  if (buf.length - offset >= maxBytes) return { ok: false, error: true, code: 'header-too-large' };
  return { ok: false, incomplete: true, needed: 1 };
}

/**
 * What is readable of a head cut short (gap, size limit, end of stream): the complete lines
 * before `end`. Null when even the start line is incomplete or invalid.
 */
export function parsePartialHead(buf: Uint8Array, offset: number, end: number, dir: 0 | 1): Head | null {
  const last = buf.lastIndexOf(LF, end - 1);
  if (last < offset) return null;
  const text = latin.decode(buf.subarray(offset, last + 1));
  const [first, rest] = firstLine(text);
  const anomalies: string[] = [];
  if (dir === 0) {
    const line = parseRequestLine(first);
    if (line === null) return null;
    return { kind: 'request', ...line, headers: parseHeaderText(text, rest, anomalies), anomalies };
  }
  const line = parseStatusLine(first);
  if (line === null) return null;
  return { kind: 'response', ...line, headers: parseHeaderText(text, rest, anomalies), anomalies };
}
