// Standard base64 (RFC 4648 §4, with padding) without Node's Buffer. Output is built as ASCII bytes
// and turned into a string with one TextDecoder call: far cheaper than per-char string building.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = new Uint8Array(64);
for (let i = 0; i < 64; i++) ENC[i] = ALPHABET.charCodeAt(i);
const PAD = 61; // '='
const ascii = new TextDecoder('utf-8');

/**
 * Two output characters per 12 input bits, as one 16-bit store: half the table look-ups and stores
 * of one character per 6 bits (`trawl read` of a 100k-packet capture of binary bodies: ~5 % less
 * CPU). Laid out for the platform's byte order, since the pairs are written through a Uint16Array.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const ENC2 = new Uint16Array(4096);
for (let v = 0; v < 4096; v++) {
  const first = ENC[v >>> 6];
  const second = ENC[v & 63];
  ENC2[v] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
}

/**
 * The groups of three bytes before `whole` into `out` (two character pairs each); returns the
 * characters written.
 *
 * Its own function, with nothing after the loop, because of V8's on-stack replacement: the first
 * large body makes V8 compile the loop while it runs, before the code after it has ever run. That
 * code then had no type feedback, and the loop's compiled copy (which V8 keeps and re-enters on
 * every later call) bailed out there on every call: ~800 deoptimisations on a 100k-packet capture
 * of binary bodies (`--trace-deopt`).
 */
function encodeWhole(data: Uint8Array, whole: number, out: Uint16Array): number {
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = ENC2[v >>> 12];
    out[o++] = ENC2[v & 4095];
  }
  return o * 2;
}

export function encodeBase64(data: Uint8Array): string {
  const n = data.length;
  if (n === 0) return '';
  const pairs = new Uint16Array(Math.ceil(n / 3) * 2);
  const out = new Uint8Array(pairs.buffer);
  const whole = n - (n % 3);
  let o = encodeWhole(data, whole, pairs);
  const rest = n - whole;
  if (rest === 1) {
    const v = data[whole] << 16;
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[(v >>> 12) & 63];
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (rest === 2) {
    const v = (data[whole] << 16) | (data[whole + 1] << 8);
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[(v >>> 12) & 63];
    out[o++] = ENC[(v >>> 6) & 63];
    out[o++] = PAD;
  }
  return ascii.decode(out);
}

const DEC = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) DEC[ALPHABET.charCodeAt(i)] = i;
DEC[45] = 62; // '-' (url-safe alphabet)
DEC[95] = 63; // '_'

/** Lenient decoder (ignores padding, whitespace and unknown characters); used by tests and tools. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 256 ? DEC[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out.slice(0, o);
}
