import { u16be } from '../bytes/reader.js';

const DEC: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

/** Dotted-quad text of the IPv4 address at `b[o]`. */
export function formatIPv4(b: Uint8Array, o: number): string {
  return DEC[b[o]] + '.' + DEC[b[o + 1]] + '.' + DEC[b[o + 2]] + '.' + DEC[b[o + 3]];
}

const groups = new Uint16Array(8);

/** RFC 5952 text of the IPv6 address at `b[o]`: lower case, longest zero run (≥ 2) as `::`, IPv4-mapped dotted. */
export function formatIPv6(b: Uint8Array, o: number): string {
  for (let i = 0; i < 8; i++) groups[i] = u16be(b, o + 2 * i);
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 0xffff) {
    return '::ffff:' + formatIPv4(b, o + 12);
  }
  // The first of the longest runs of zero groups; a single zero group is not compressed (§4.2.2).
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      s += '::';
      i += bestLen - 1;
      continue;
    }
    if (s !== '' && !s.endsWith(':')) s += ':';
    s += groups[i].toString(16);
  }
  return s;
}

const V4_BITS = 12;
const V6_BITS = 10;

/**
 * Address text with a small direct-mapped cache: traffic repeats the same addresses, so most
 * packets get an existing string back and allocate nothing (and the engine's map keys are
 * already flat strings).
 */
/** `ip:port`, the IPv6 address in brackets (`[::1]:80`), as URLs and humans write it. */
export function hostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export class AddressCache {
  private readonly v4Keys = new Int32Array(1 << V4_BITS);
  private readonly v4Text: (string | undefined)[] = new Array<string | undefined>(1 << V4_BITS).fill(undefined);
  private readonly v6Keys = new Int32Array(4 << V6_BITS);
  private readonly v6Text: (string | undefined)[] = new Array<string | undefined>(1 << V6_BITS).fill(undefined);

  v4(b: Uint8Array, o: number): string {
    const k = (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
    const i = Math.imul(k, 0x9e3779b1) >>> (32 - V4_BITS);
    const hit = this.v4Text[i];
    if (hit !== undefined && this.v4Keys[i] === k) return hit;
    const text = formatIPv4(b, o);
    this.v4Keys[i] = k;
    this.v4Text[i] = text;
    return text;
  }

  v6(b: Uint8Array, o: number): string {
    const w0 = (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
    const w1 = (b[o + 4] << 24) | (b[o + 5] << 16) | (b[o + 6] << 8) | b[o + 7];
    const w2 = (b[o + 8] << 24) | (b[o + 9] << 16) | (b[o + 10] << 8) | b[o + 11];
    const w3 = (b[o + 12] << 24) | (b[o + 13] << 16) | (b[o + 14] << 8) | b[o + 15];
    const h = Math.imul(w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca77) ^ Math.imul(w2, 0xc2b2ae3d) ^ Math.imul(w3, 0x27d4eb2f);
    const i = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - V6_BITS);
    const k = i << 2;
    const keys = this.v6Keys;
    const hit = this.v6Text[i];
    if (hit !== undefined && keys[k] === w0 && keys[k + 1] === w1 && keys[k + 2] === w2 && keys[k + 3] === w3) return hit;
    const text = formatIPv6(b, o);
    keys[k] = w0;
    keys[k + 1] = w1;
    keys[k + 2] = w2;
    keys[k + 3] = w3;
    this.v6Text[i] = text;
    return text;
  }
}
