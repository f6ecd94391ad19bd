/**
 * `parse(query, options)`: lex, parse, build. Every failure becomes a KflError with a position.
 */
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import type { Ast, Expr, Span } from './ast.js';
import { buildAst } from './build.js';
import { KflError, positionAt } from './errors.js';
import { isRoot } from './fields.js';
import { kflLexer, Unterminated } from './lexer.js';
import { BUILTIN_MACROS, MACRO_NAME } from './macros.js';
import { kflParser } from './parser.js';

export interface ParseOptions {
  /** User macros: name → KFL condition. They may use the built-in macros and each other. */
  macros?: Readonly<Record<string, string>>;
}

/** Longest query accepted; longer input is refused before lexing. */
export const MAX_QUERY_LENGTH = 64 * 1024;

const FRIENDLY: Record<string, string> = {
  StringLit: 'a string',
  NumberLit: 'a number',
  Duration: 'a duration',
  Regex: 'a regex',
  Identifier: 'a field or macro',
  True: 'true',
  False: 'false',
  Null: 'null',
  LParen: '(',
  RParen: ')',
  LBracket: '[',
  RBracket: ']',
  Comma: ',',
  Dot: '.',
  Minus: '-',
  Plus: '+',
  And: 'and',
  AndAnd: '&&',
  Or: 'or',
  OrOr: '||',
  Not: 'not',
  Bang: '!',
  In: 'in',
  Exists: 'exists',
  Contains: 'contains',
  StartsWith: 'startsWith',
  EndsWith: 'endsWith',
  Matches: 'matches',
  CompareOp: 'a comparison (==, !=, <, <=, >, >=)',
  Name: 'a name',
  Star: '*',
};
const VALUE_START = new Set(['StringLit', 'NumberLit', 'Duration', 'Regex', 'Identifier', 'True', 'False', 'Null', 'LBracket', 'LParen', 'Minus']);

function lexOrThrow(text: string): IToken[] {
  if (text.length > MAX_QUERY_LENGTH) throw new KflError(`query longer than ${MAX_QUERY_LENGTH} characters`, positionAt(text, MAX_QUERY_LENGTH, 0));
  const lexed = kflLexer.tokenize(text);
  const bad = lexed.errors[0];
  if (bad) {
    const ch = text.slice(bad.offset, bad.offset + 1);
    throw new KflError(`unexpected character ${JSON.stringify(ch)}`, positionAt(text, bad.offset, bad.length || 1));
  }
  const open = lexed.tokens.find((t) => t.tokenType === Unterminated);
  if (open) throw new KflError('unterminated string', positionAt(text, open.startOffset, open.image.length));
  return lexed.tokens;
}

/** Names of the token types that could come after `before` (Chevrotain's content assist). */
export function expectedAfter(before: IToken[]): TokenType[] {
  return kflParser.computeContentAssist('query', before).map((p) => p.nextTokenType);
}

function describeExpected(types: TokenType[]): { what: string; list: string[] } {
  const names = [...new Set(types.map((t) => t.name))];
  const list = [...new Set(names.map((n) => FRIENDLY[n] ?? n))];
  if (names.some((n) => VALUE_START.has(n)) && names.every((n) => VALUE_START.has(n) || n === 'Exists' || n === 'Not' || n === 'Bang')) {
    return { what: 'a value', list };
  }
  if (names.length === 0) return { what: 'the end of the query', list: ['the end of the query'] };
  // An open bracket is the likeliest mistake; name only the closer.
  if (names.includes('RParen')) return { what: '")"', list };
  if (names.includes('RBracket') && !names.includes('Comma')) return { what: '"]"', list };
  const what = list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
  return { what, list };
}

function syntaxError(text: string, tokens: IToken[], e: IRecognitionException): KflError {
  const tok = e.token;
  const atEnd = tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset);
  const index = atEnd ? tokens.length : tokens.findIndex((t) => t.startOffset === tok.startOffset);
  const before = tokens.slice(0, Math.max(0, index));
  const prev = before[before.length - 1];
  let expected: { what: string; list: string[] };
  if (e.name === 'NotAllInputParsedException') {
    const next = expectedAfter(before);
    expected = describeExpected(next);
    expected = { what: `and, or${next.length > 2 ? ', an operator' : ''} or the end of the query`, list: [...expected.list, 'the end of the query'] };
  } else {
    expected = describeExpected(expectedAfter(before));
  }
  const after = prev ? ` after ${JSON.stringify(prev.image)}` : '';
  const found = atEnd ? '' : `, found ${JSON.stringify(tok.image)}`;
  const offset = atEnd ? text.length : tok.startOffset;
  const length = atEnd ? 0 : tok.image.length;
  return new KflError(`expected ${expected.what}${after}${found}`, positionAt(text, offset, length), expected.list);
}

/** Parses without macro context checks; used for queries and macro bodies alike. */
function parseWith(text: string, macro: (name: string, span: Span) => Expr | undefined): Ast {
  const tokens = lexOrThrow(text);
  kflParser.input = tokens;
  const cst = kflParser.query();
  const err = kflParser.errors[0];
  if (err) throw syntaxError(text, tokens, err);
  return buildAst(cst, { text, macro });
}

const builtinCache = new Map<string, Expr>();
const userCache = new WeakMap<object, Map<string, Expr>>();

function macroResolver(text: string, options: ParseOptions | undefined): (name: string, span: Span) => Expr | undefined {
  const user = options?.macros;
  if (user && !userCache.has(user)) {
    for (const name of Object.keys(user)) {
      if (!MACRO_NAME.test(name) || isRoot(name) || Object.hasOwn(BUILTIN_MACROS, name)) {
        throw new KflError(`macro name "${name}" is not allowed (it must be a new word, not a field root or built-in macro)`, positionAt(text, 0, 0));
      }
    }
  }
  const cache = user ? (userCache.get(user) ?? new Map<string, Expr>()) : builtinCache;
  if (user) userCache.set(user, cache);
  const expanding = new Set<string>();
  const resolve = (name: string, span: Span): Expr | undefined => {
    const own = user && Object.hasOwn(user, name) ? user[name] : undefined;
    const source = own ?? (Object.hasOwn(BUILTIN_MACROS, name) ? BUILTIN_MACROS[name] : undefined);
    if (source === undefined) return undefined;
    let body = cache.get(name);
    if (!body) {
      if (expanding.has(name)) throw new KflError(`macro "${name}" refers to itself`, positionAt(text, span.offset, span.length));
      expanding.add(name);
      try {
        const inner = parseWith(source, resolve);
        if (inner.kind === 'all') throw new KflError('empty macro', positionAt(source, 0, 0));
        body = inner;
      } catch (e) {
        if (!(e instanceof KflError) || e.message.startsWith('in macro')) throw e;
        throw new KflError(`in macro "${name}" (${JSON.stringify(source)}): ${e.message.replace(/ at \d+:\d+$/, '')}`, positionAt(text, span.offset, span.length), e.expected, { cause: e });
      } finally {
        expanding.delete(name);
      }
      cache.set(name, body);
    }
    return { kind: 'macro', name, expr: body, span };
  };
  return resolve;
}

/** Parses a KFL query into its AST. Throws KflError (and only KflError) for bad input. */
export function parse(query: string, options?: ParseOptions): Ast {
  if (typeof query !== 'string') throw new KflError('query must be a string', { line: 1, column: 1, offset: 0, length: 0 });
  try {
    return parseWith(query, macroResolver(query, options));
  } catch (e) {
    if (e instanceof KflError) throw e;
    // A bug, not a bad query: still surface it as a KflError so callers answer 400, keeping the cause.
    throw new KflError(`internal error: ${(e as Error)?.message ?? String(e)}`, positionAt(query, 0, query.length), undefined, { cause: e });
  }
}
