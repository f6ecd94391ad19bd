import { DNS_LIMITS } from './limits.js';

/** A name read at some offset: `next` is where the record continues (after the first pointer). */
export type NameResult = { ok: true; name: string; next: number } | { ok: false; code: NameError };
export type NameError = 'truncated' | 'bad_pointer' | 'pointer_depth' | 'name_too_long' | 'bad_label';

/**
 * Reads a possibly compressed domain name at `msg[offset]` (RFC 1035 §4.1.4). Loop-safe: every
 * pointer followed counts toward `maxPointerDepth`, so a cycle ends as `pointer_depth`. The name is
 * in presentation form without the trailing dot (`.` for the root); label bytes outside printable
 * ASCII, the dot and the backslash are escaped as dig does (`\.`, `\\`, `\DDD`).
 */
export function readName(msg: Uint8Array, offset: number): NameResult {
  let o = offset;
  let next = -1;
  let depth = 0;
  let wire = 1;
  let out = '';
  for (;;) {
    if (o >= msg.length) return { ok: false, code: 'truncated' };
    const len = msg[o];
    if (len === 0) {
      if (next < 0) next = o + 1;
      return { ok: true, name: out === '' ? '.' : out, next };
    }
    const kind = len & 0xc0;
    if (kind === 0xc0) {
      if (o + 1 >= msg.length) return { ok: false, code: 'truncated' };
      if (next < 0) next = o + 2;
      if (++depth > DNS_LIMITS.maxPointerDepth) return { ok: false, code: 'pointer_depth' };
      const target = ((len & 0x3f) << 8) | msg[o + 1];
      if (target >= msg.length) return { ok: false, code: 'bad_pointer' };
      o = target;
      continue;
    }
    if (kind !== 0) return { ok: false, code: 'bad_label' };
    if (o + 1 + len > msg.length) return { ok: false, code: 'truncated' };
    wire += len + 1;
    if (wire > DNS_LIMITS.maxNameLength) return { ok: false, code: 'name_too_long' };
    if (out !== '') out += '.';
    out += label(msg, o + 1, o + 1 + len);
    o += 1 + len;
  }
}

function label(msg: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = msg[i];
    if (c === 0x2e || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c > 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += '\\' + String(c).padStart(3, '0');
  }
  return s;
}

/**
 * True when the name at `offset` reads and no label holds control bytes (< 0x20, 0x7f): real
 * names are host names, service labels (`_sip._udp`) or mDNS instance names (spaces, UTF-8).
 * Used by detection to refuse other protocols' bytes.
 */
export function nameLooksReal(msg: Uint8Array, offset: number): boolean {
  if (!readName(msg, offset).ok) return false;
  let o = offset;
  for (let hops = 0; hops <= DNS_LIMITS.maxPointerDepth; ) {
    const len = msg[o];
    if (len === 0) return true;
    if (len >= 0xc0) {
      o = ((len & 0x3f) << 8) | msg[o + 1];
      hops++;
      continue;
    }
    for (let i = o + 1; i <= o + len; i++) if (msg[i] < 0x20 || msg[i] === 0x7f) return false;
    o += 1 + len;
  }
  return false;
}
