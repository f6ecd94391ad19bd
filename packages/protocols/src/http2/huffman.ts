// HPACK's static Huffman code (RFC 7541 Appendix B). The code is canonical, so the 257 code
// lengths are enough to rebuild it; decoding walks it one bit at a time per length.
const LENGTHS = [
  13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,
  13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,
  15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,
  20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23, 24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,
  22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,
  26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,
  20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,
  30, // EOS
];
const EOS = 256;
const MAX_LEN = 30;

// Canonical code: symbols sorted by (length, symbol); per length the first code and where its
// symbols start in the sorted list.
const sorted: number[] = [];
const count = new Int32Array(MAX_LEN + 1);
const firstCode = new Int32Array(MAX_LEN + 1);
const firstIndex = new Int32Array(MAX_LEN + 1);
{
  for (let len = 1; len <= MAX_LEN; len++) {
    for (let s = 0; s < LENGTHS.length; s++) if (LENGTHS[s] === len) sorted.push(s);
  }
  for (const l of LENGTHS) count[l]++;
  let code = 0;
  let index = 0;
  for (let len = 1; len <= MAX_LEN; len++) {
    firstCode[len] = code;
    firstIndex[len] = index;
    code = (code + count[len]) * 2;
    index += count[len];
  }
}

/** The code of a symbol (for tests and encoders): [bits, length]. */
export function huffmanCode(symbol: number): [number, number] {
  const len = LENGTHS[symbol];
  const rank = sorted.indexOf(symbol) - firstIndex[len];
  return [firstCode[len] + rank, len];
}

/** Decoded bytes, or null when the input is not a valid Huffman string (EOS, bad padding). */
export function huffmanDecode(input: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(Math.ceil((input.length * 8) / 5));
  let o = 0;
  let code = 0;
  let len = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    for (let b = 7; b >= 0; b--) {
      code = code * 2 + ((byte >> b) & 1);
      len++;
      const rank = code - firstCode[len];
      if (rank >= 0 && rank < count[len]) {
        const sym = sorted[firstIndex[len] + rank];
        if (sym === EOS) return null;
        out[o++] = sym;
        code = 0;
        len = 0;
      } else if (len >= MAX_LEN) return null;
    }
  }
  // Padding: fewer than 8 bits, all ones (a prefix of EOS).
  if (len > 7 || code !== (1 << len) - 1) return null;
  return out.subarray(0, o);
}
