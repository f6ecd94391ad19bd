import { createToken, Lexer, type TokenType } from 'chevrotain';

/**
 * KFL tokens. Keywords are whole words (`longer_alt: Identifier`), so `httpx` or `index` stay
 * identifiers. Every word token is also in the `Name` category, which is what may follow a `.` in a
 * path (`request.path.contains(...)`, `x.in`).
 */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_$][A-Za-z0-9_$]*/, categories: [Name] });

const word = (name: string, pattern: RegExp) =>
  createToken({ name, pattern, longer_alt: Identifier, categories: [Name] });

export const And = word('And', /and|AND/);
export const Or = word('Or', /or|OR/);
export const Not = word('Not', /not|NOT/);
export const In = word('In', /in|IN/);
export const Exists = word('Exists', /exists/);
export const Contains = word('Contains', /contains/);
export const StartsWith = word('StartsWith', /startsWith/);
export const EndsWith = word('EndsWith', /endsWith/);
export const Matches = word('Matches', /matches/);
export const True = word('True', /true/);
export const False = word('False', /false/);
export const Null = word('Null', /null|nil/);

export const AndAnd = createToken({ name: 'AndAnd', pattern: /&&/ });
export const OrOr = createToken({ name: 'OrOr', pattern: /\|\|/ });
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });
export const Eq = createToken({ name: 'Eq', pattern: /==/, categories: [CompareOp] });
export const Neq = createToken({ name: 'Neq', pattern: /!=/, categories: [CompareOp] });
export const Gte = createToken({ name: 'Gte', pattern: />=/, categories: [CompareOp] });
export const Lte = createToken({ name: 'Lte', pattern: /<=/, categories: [CompareOp] });
export const Gt = createToken({ name: 'Gt', pattern: />/, categories: [CompareOp] });
export const Lt = createToken({ name: 'Lt', pattern: /</, categories: [CompareOp] });
export const Bang = createToken({ name: 'Bang', pattern: /!/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /-/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', pattern: /]/ });

/** `r"4\d\d"` or `r'...'`: the text between the quotes is the pattern, backslashes kept. */
export const Regex = createToken({ name: 'Regex', pattern: /r"(?:[^"\\\n]|\\.)*"|r'(?:[^'\\\n]|\\.)*'/ });
export const StringLit = createToken({ name: 'StringLit', pattern: /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/ });
/** A string that reaches the end of the line; the builder reports it as unterminated. */
export const Unterminated = createToken({ name: 'Unterminated', pattern: /r?["'](?:[^"'\\\n]|\\.)*(?:\\)?/ });
export const Duration = createToken({ name: 'Duration', pattern: /\d+(?:\.\d+)?(?:ms|s|m|h|d)(?![A-Za-z0-9_$])/ });
export const NumberLit = createToken({ name: 'NumberLit', pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/ });
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });

export const allTokens: TokenType[] = [
  WhiteSpace,
  Regex,
  StringLit,
  Unterminated,
  Duration,
  NumberLit,
  AndAnd,
  OrOr,
  Eq,
  Neq,
  Gte,
  Lte,
  Gt,
  Lt,
  Bang,
  Plus,
  Minus,
  Star,
  Dot,
  Comma,
  LParen,
  RParen,
  LBracket,
  RBracket,
  And,
  Or,
  Not,
  In,
  Exists,
  Contains,
  StartsWith,
  EndsWith,
  Matches,
  True,
  False,
  Null,
  Identifier,
  Name,
  CompareOp,
];

export const kflLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });
