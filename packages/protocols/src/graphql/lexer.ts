// A GraphQL lexer (spec §2.1, October 2021 + the \u{…} escapes of the current draft) over a string.
// It only tells token kinds and positions: names are sliced on demand, string and number values are
// never materialised, because the scanner needs structure, not values. Pure and linear: every call
// to `next` advances, and the caller bounds the number of calls.

export const Tok = {
  EOF: 0,
  /** `! $ & ( ) : = @ [ ] { | }` and `...`; the character (or `.`) is in `punct`. */
  Punct: 1,
  Name: 2,
  Number: 3,
  String: 4,
  /** Not GraphQL: a character outside the grammar, an unterminated string, a bad number or escape. */
  Error: 5,
} as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

const PUNCT = new Uint8Array(128);
for (const c of '!$&():=@[]{|}') PUNCT[c.charCodeAt(0)] = 1;

const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c);
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export class Lexer {
  /** Kind of the current token. */
  kind: Tok = Tok.EOF;
  /** Current token's first and past-last offsets in the text. */
  start = 0;
  end = 0;
  /** Current punctuator (`.` for the spread `...`). */
  punct = '';
  private pos = 0;

  constructor(private readonly text: string) {
    // A byte order mark is ignored like white space (spec §2.1.1).
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** The current Name token's text. */
  get name(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Is the current token the punctuator `p`? */
  is(p: string): boolean {
    return this.kind === Tok.Punct && this.punct === p;
  }

  /** At the end of the text? (A method: TypeScript would keep a narrowed `kind` across `next()`.) */
  eof(): boolean {
    return this.kind === Tok.EOF;
  }

  /** Is the current token the name `n`? */
  isName(n: string): boolean {
    return this.kind === Tok.Name && this.end - this.start === n.length && this.text.startsWith(n, this.start);
  }

  next(): Tok {
    const t = this.text;
    const n = t.length;
    let p = this.skipIgnored(this.pos);
    this.start = p;
    if (p >= n) return this.set(Tok.EOF, p);
    const c = t.charCodeAt(p);
    if (c < 128 && PUNCT[c] === 1) {
      this.punct = t[p];
      return this.set(Tok.Punct, p + 1);
    }
    if (c === 46) {
      if (t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46) {
        this.punct = '.';
        return this.set(Tok.Punct, p + 3);
      }
      return this.set(Tok.Error, p);
    }
    if (isNameStart(c)) {
      p++;
      while (p < n && isNameChar(t.charCodeAt(p))) p++;
      return this.set(Tok.Name, p);
    }
    if (c === 45 || isDigit(c)) return this.set(...this.number(p));
    if (c === 34) return this.set(...(t.startsWith('"""', p) ? this.blockString(p + 3) : this.string(p + 1)));
    return this.set(Tok.Error, p);
  }

  private set(kind: Tok, end: number): Tok {
    this.kind = kind;
    this.end = end;
    this.pos = kind === Tok.Error ? this.text.length : end;
    return kind;
  }

  private skipIgnored(p: number): number {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 0xfeff) p++;
      else if (c === 35) {
        // A comment runs to the end of the line.
        while (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) p++;
      } else break;
    }
    return p;
  }

  /** IntValue / FloatValue (spec §2.9.1–2): no leading zeros, nothing name-like right after. */
  private number(p: number): [Tok, number] {
    const t = this.text;
    if (t.charCodeAt(p) === 45) p++;
    if (t.charCodeAt(p) === 48) {
      p++;
      if (isDigit(t.charCodeAt(p))) return [Tok.Error, p];
    } else {
      const d = p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === d) return [Tok.Error, p];
    }
    if (t.charCodeAt(p) === 46) {
      const d = ++p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === d) return [Tok.Error, p];
    }
    const e = t.charCodeAt(p);
    if (e === 101 || e === 69) {
      p++;
      const s = t.charCodeAt(p);
      if (s === 43 || s === 45) p++;
      const d = p;
      while (isDigit(t.charCodeAt(p))) p++;
      if (p === d) return [Tok.Error, p];
    }
    const after = t.charCodeAt(p);
    if (after === 46 || isNameStart(after)) return [Tok.Error, p];
    return [Tok.Number, p];
  }

  /** `"…"`: no line terminator inside, escapes checked (spec §2.9.4). `p` is past the quote. */
  private string(p: number): [Tok, number] {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 34) return [Tok.String, p + 1];
      if (c === 10 || c === 13) return [Tok.Error, p];
      if (c === 92) {
        const e = t.charCodeAt(p + 1);
        if (e === 117) {
          const q = this.unicodeEscape(p + 2);
          if (q < 0) return [Tok.Error, p];
          p = q;
          continue;
        }
        // " \ / b f n r t
        if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) return [Tok.Error, p];
        p += 2;
        continue;
      }
      if (c < 0x20 && c !== 9) return [Tok.Error, p];
      p++;
    }
    return [Tok.Error, p];
  }

  /** After `\u`: four hex digits or `{hex…}`; the offset after the escape, or -1. */
  private unicodeEscape(p: number): number {
    const t = this.text;
    if (t.charCodeAt(p) === 123) {
      let q = p + 1;
      while (isHex(t.charCodeAt(q)) && q - p <= 8) q++;
      if (q === p + 1 || t.charCodeAt(q) !== 125) return -1;
      return parseInt(t.slice(p + 1, q), 16) <= 0x10ffff ? q + 1 : -1;
    }
    for (let i = 0; i < 4; i++) if (!isHex(t.charCodeAt(p + i))) return -1;
    return p + 4;
  }

  /** `"""…"""`, where `\"""` does not close it. `p` is past the opening quotes. */
  private blockString(p: number): [Tok, number] {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 34 && t.startsWith('"""', p)) return [Tok.String, p + 3];
      if (c === 92 && t.startsWith('\\"""', p)) p += 4;
      else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return [Tok.Error, p];
      else p++;
    }
    return [Tok.Error, p];
  }
}
