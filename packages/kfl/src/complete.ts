/**
 * Completion: what fits at the cursor. The text before the cursor is split into the partial word
 * being typed (a dotted path, an operator, or the inside of an open string) and the tokens before
 * it; Chevrotain's content assist says which token kinds may come next, and we turn those into
 * fields (registry, nested paths by prefix), header names inside `headers["`, operators, macros,
 * helpers, `and`/`or` and, given a value source, values for the field being compared.
 *
 * Every completion replaces `query.slice(from, to)` by `insert`: `from` is where the partial word
 * (or the open string's quote) starts, `to` is where that word (or string, with its `"]`) ends,
 * which may be after the cursor when the cursor is in the middle of a word.
 */
import type { IToken } from 'chevrotain';
import { FUNCTIONS } from './build.js';
import { ALL_FIELDS, ROOTS } from './fields.js';
import { kflLexer, Unterminated } from './lexer.js';
import { BUILTIN_MACROS } from './macros.js';
import { expectedAfter } from './parse.js';

export interface Completion {
  label: string;
  kind: 'field' | 'operator' | 'keyword' | 'macro' | 'function' | 'value';
  /** Text to put in place of `query.slice(from, to)`. */
  insert: string;
  from: number;
  to: number;
  detail?: string;
}

export interface CompleteOptions {
  /** Known values of a field (as typed, e.g. `dst.name`), for suggestions after an operator. */
  values?: (field: string) => readonly string[];
  /** User macros, so they are offered too. */
  macros?: Readonly<Record<string, string>>;
}

const OPERATORS: readonly [string, string][] = [
  ['==', 'equals'], ['!=', 'differs'], ['>', 'greater'], ['>=', 'greater or equal'], ['<', 'less'], ['<=', 'less or equal'],
  ['contains', 'substring'], ['startsWith', 'prefix'], ['endsWith', 'suffix'], ['matches', 'regex: matches r"..."'],
  ['in', 'one of a list: in ["a", "b"]'], ['exists', 'has a value'],
];
/** Operators after which a value comes (values are offered there; `in [` is handled apart). */
const VALUE_OPS = new Set(['==', '!=', '>', '>=', '<', '<=', 'contains', 'startsWith', 'endsWith']);

/** Helpers that start a term, and helpers that give a value (after an operator). */
const TERM_FUNCTIONS = new Set(['len', 'lower', 'upper', 'json', 'exists', 'limit']);
const VALUE_FUNCTIONS = new Set(['now', 'seconds', 'minutes', 'hours', 'days', 'datetime']);
const NO_ARGS = new Set(['now']);

export const REQUEST_HEADERS: readonly string[] = [
  'content-type', 'authorization', 'user-agent', 'x-request-id', 'accept', 'accept-encoding', 'accept-language',
  'cache-control', 'content-length', 'cookie', 'host', 'origin', 'referer', 'x-forwarded-for', 'x-forwarded-proto',
  'x-real-ip', 'x-api-key', 'x-correlation-id', 'traceparent', 'tracestate', 'grpc-timeout', 'connection', 'if-none-match',
];
export const RESPONSE_HEADERS: readonly string[] = [
  'content-type', 'content-length', 'content-encoding', 'cache-control', 'set-cookie', 'location', 'server', 'etag',
  'www-authenticate', 'retry-after', 'x-request-id', 'grpc-status', 'grpc-message', 'access-control-allow-origin', 'vary',
];

/** Paths users reach often that are not registry fields (the Entry's nested members). */
const EXTRA_PATHS: readonly [string, string][] = [
  ['request.body.text', 'body text (as captured)'], ['request.body.truncated', 'body was cut at the capture limit'],
  ['response.body.text', 'body text (as captured)'], ['response.body.truncated', 'body was cut at the capture limit'],
  ['request.httpVersion', 'HTTP version'], ['response.httpVersion', 'HTTP version'],
  ['tls.version', 'TLS version'], ['tls.sni', 'server name (SNI)'],
];

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/;
/** A dotted path being typed at the end of the text (`request.he`, `request.`), not after a digit. */
const PATH_AT_END = new RegExp(`(?<![A-Za-z0-9_$."'\\]])${IDENT.source}(?:\\.${IDENT.source})*\\.?$`);

/** Suggestions for `query` with the cursor at `cursor` (default: the end). */
export function complete(query: string, cursor = query.length, options: CompleteOptions = {}): Completion[] {
  cursor = Math.max(0, Math.min(query.length, Math.floor(cursor)));
  try {
    return completeAt(query, cursor, options);
  } catch {
    return [];
  }
}

function completeAt(query: string, cursor: number, options: CompleteOptions): Completion[] {
  const prefix = query.slice(0, cursor);
  const lexed = kflLexer.tokenize(prefix);
  const lastTok = lexed.tokens[lexed.tokens.length - 1];
  if (lexed.errors.length === 0 && lastTok && lastTok.tokenType === Unterminated && lastTok.startOffset + lastTok.image.length === cursor) {
    return inString(query, cursor, lexed.tokens.slice(0, -1), lastTok, options);
  }

  // The partial word at the cursor: an operator being typed, a dotted path, or nothing.
  const op = /[=!<>]+$/.exec(prefix);
  const path = op ? null : PATH_AT_END.exec(prefix);
  const from = op ? op.index : path ? path.index : cursor;
  const partial = prefix.slice(from);
  const rest = query.slice(cursor);
  const to = cursor + (op ? /^[=!<>]*/ : path ? /^[A-Za-z0-9_$]*(?:\.[A-Za-z0-9_$]+)*/ : /^/).exec(rest)![0].length;
  const before = kflLexer.tokenize(prefix.slice(0, from));
  if (before.errors.length > 0 || before.tokens.some((t) => t.tokenType === Unterminated)) return [];
  const tokens = before.tokens;
  const expected = new Set(expectedAfter(tokens).map((t) => t.name));
  // Right after a token (`500|`, `)|`): operators and keywords come with a space.
  const space = from === cursor && /[^\s([,!]$/.test(prefix) ? ' ' : '';

  const out: Completion[] = [];
  const seen = new Set<string>();
  /** `key` is what the partial word is matched against (a value's text without its quotes). */
  const add = (label: string, kind: Completion['kind'], insert = label, detail?: string, key = label) => {
    if (seen.has(`${kind} ${label}`)) return;
    if (!key.toLowerCase().startsWith(partial.toLowerCase()) || key === partial) return;
    seen.add(`${kind} ${label}`);
    const text = kind === 'operator' || kind === 'keyword' ? space + insert : insert;
    out.push({ label, kind, insert: text, from, to, ...(detail ? { detail } : {}) });
  };

  const value = valueContext(tokens);
  const termStart = expected.has('Identifier') && !space;
  if (termStart && value) {
    // After an operator: known values (quoted), literals, time helpers; fields only once typed.
    for (const v of valuesFor(value, options)) add(v.label, 'value', v.insert, value.field, v.raw);
    for (const lit of ['true', 'false', 'null']) add(lit, 'value');
    for (const fn of FUNCTIONS) if (VALUE_FUNCTIONS.has(fn)) add(`${fn}()`, 'function', NO_ARGS.has(fn) ? `${fn}()` : `${fn}(`);
    if (partial !== '' && path) addFields(add, partial);
  } else if (termStart) {
    addFields(add, partial);
    for (const m of Object.keys(BUILTIN_MACROS)) add(m, 'macro', m, 'built-in macro');
    for (const [m, body] of Object.entries(options.macros ?? {})) add(m, 'macro', m, body);
    for (const fn of FUNCTIONS) if (TERM_FUNCTIONS.has(fn)) add(`${fn}()`, 'function', `${fn}(`);
    if (expected.has('Not')) add('not', 'keyword');
  }
  if ((expected.has('CompareOp') || expected.has('Contains')) && !afterGroup(tokens)) {
    for (const [o, doc] of OPERATORS) add(o, 'operator', o, doc);
  }
  if (expected.has('And') && !op) {
    add('and', 'keyword');
    add('or', 'keyword');
  }
  // A complete field touching the cursor (`response.status|`): what may follow it, after a space.
  if (path && cursor === to && isCompleteField(partial)) {
    const after = new Set(expectedAfter(kflLexer.tokenize(prefix).tokens).map((t) => t.name));
    const push = (label: string, kind: Completion['kind'], detail?: string) =>
      out.push({ label, kind, insert: ` ${label}`, from: cursor, to: cursor, ...(detail ? { detail } : {}) });
    if (after.has('CompareOp') || after.has('Contains')) for (const [o, doc] of OPERATORS) push(o, 'operator', doc);
    if (after.has('And')) {
      push('and', 'keyword');
      push('or', 'keyword');
    }
  }
  return out;
}

/** Do the tokens end with a parenthesised group (not a helper call)? Nothing is compared with it. */
function afterGroup(tokens: IToken[]): boolean {
  let depth = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const n = (tokens[i] as IToken).tokenType.name;
    if (i === tokens.length - 1 && n !== 'RParen') return false;
    if (n === 'RParen') depth++;
    else if (n === 'LParen' && --depth === 0) return tokens[i - 1]?.tokenType.name !== 'Identifier';
  }
  return false;
}

/** Field names and nested paths starting with the partial word (`request.` → its members). */
function addFields(add: (label: string, kind: Completion['kind'], insert?: string, detail?: string, key?: string) => void, partial: string): void {
  for (const f of ALL_FIELDS) {
    add(f.name, 'field', f.name, f.doc);
    if (!/(^|\.)headers$/.test(f.name)) continue;
    add(`${f.name}["…"]`, 'field', `${f.name}["`, 'a header, by name (case-insensitive)');
    // `request.headers.` → its common headers, bracketed when the name is not an identifier.
    if (partial.toLowerCase().startsWith(`${f.name.toLowerCase()}.`)) {
      for (const h of f.name.startsWith('response') ? RESPONSE_HEADERS : REQUEST_HEADERS) {
        const label = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(h) ? `${f.name}.${h}` : `${f.name}[${JSON.stringify(h)}]`;
        add(label, 'field', label, 'header', `${f.name}.${h}`);
      }
    }
  }
  for (const [p, doc] of EXTRA_PATHS) add(p, 'field', p, doc);
  if (!partial.includes('.')) for (const r of ROOTS) add(r, 'field');
}

function isCompleteField(partial: string): boolean {
  return ALL_FIELDS.some((f) => f.name === partial) || EXTRA_PATHS.some(([p]) => p === partial);
}

/** Inside an open string: header names after `headers[`, else values of the compared field. */
function inString(query: string, cursor: number, tokens: IToken[], open: IToken, options: CompleteOptions): Completion[] {
  if (open.image.startsWith('r')) return [];
  const quote = open.image[0] as '"' | "'";
  const typed = open.image.slice(1);
  const from = open.startOffset;
  // The rest of this string after the cursor, its closing quote and (for a header) the `]`.
  const tail = new RegExp(`^(?:[^${quote}\\\\\\n]|\\\\.)*${quote}?`).exec(query.slice(cursor))![0];
  let to = cursor + tail.length;
  const out: Completion[] = [];
  const match = (label: string) => label.toLowerCase().startsWith(typed.toLowerCase()) && label !== typed;
  const n = tokens.length;
  const bracket = tokens[n - 1];
  const headers = tokens[n - 2];
  if (bracket?.tokenType.name === 'LBracket' && headers && /^(headers|trailers)$/.test(headers.image)) {
    if (query.slice(to).startsWith(']')) to++;
    const side = tokens[n - 4]?.image;
    const names = side === 'response' ? RESPONSE_HEADERS : REQUEST_HEADERS;
    for (const h of names) if (match(h)) out.push({ label: h, kind: 'value', insert: `${quoteAs(h, quote)}]`, from, to, detail: 'header' });
    return out;
  }
  const value = valueContext(tokens);
  if (!value) return [];
  for (const v of valuesFor(value, options, quote)) {
    if (match(v.raw)) out.push({ label: v.raw, kind: 'value', insert: v.insert, from, to, detail: value.field });
  }
  return out;
}

interface ValueContext {
  field: string;
}

/**
 * Is the next token a value compared with a field? True after `field <op>` and inside
 * `field in [a, ` lists; gives the field as typed.
 */
function valueContext(tokens: IToken[]): ValueContext | undefined {
  let i = tokens.length - 1;
  let t = tokens[i];
  if (!t) return undefined;
  if (t.tokenType.name === 'LBracket' || t.tokenType.name === 'Comma') {
    // Walk back over a list's items to `in [`.
    let depth = 0;
    for (; i >= 0; i--) {
      const n = (tokens[i] as IToken).tokenType.name;
      if (n === 'RBracket') depth++;
      else if (n === 'LBracket') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && !['Comma', 'StringLit', 'NumberLit', 'Duration', 'True', 'False', 'Null', 'Minus'].includes(n)) return undefined;
    }
    i--;
    t = tokens[i];
    if (!t || t.tokenType.name !== 'In') return undefined;
  } else if (t.tokenType.name === 'In' || !VALUE_OPS.has(t.image)) {
    // After a bare `in` comes a list or a field, not a value.
    return undefined;
  }
  const field = fieldBefore(tokens.slice(0, i));
  return field ? { field } : undefined;
}

/** The field path just before an operator: the identifier/dot/bracket run ending the tokens. */
function fieldBefore(tokens: IToken[]): string | undefined {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] as IToken;
    const n = t.tokenType.name;
    const partOfPath = n === 'Dot' || n === 'Star' || n === 'LBracket' || n === 'RBracket' || n === 'StringLit' || n === 'NumberLit';
    const name = n === 'Identifier' || t.tokenType.CATEGORIES?.some((c) => c.name === 'Name');
    if (!partOfPath && !name) break;
    // A keyword ends the path unless it is a member (`x.in`): `a and b.c` must stop at `and`.
    if (name && n !== 'Identifier' && tokens[i - 2]?.tokenType.name !== 'Dot') break;
    i--;
  }
  const text = tokens.slice(i).map((t) => t.image).join('');
  return /^[A-Za-z_$]/.test(text) ? text : undefined;
}

/** Values of `ctx.field`, quoted as KFL strings (numbers bare for number fields). */
function valuesFor(ctx: ValueContext, options: CompleteOptions, quote: '"' | "'" = '"'): { label: string; raw: string; insert: string }[] {
  const values = options.values?.(ctx.field) ?? [];
  const numeric = ALL_FIELDS.find((f) => f.name === ctx.field)?.type === 'number';
  return values.map((v) => {
    const bare = numeric && /^-?\d+(?:\.\d+)?$/.test(v);
    const insert = bare ? v : quoteAs(v, quote);
    return { label: insert, raw: v, insert };
  });
}

/** `v` as a KFL string literal in `quote`s (JSON escapes, which KFL reads). */
export function quoteAs(v: string, quote: '"' | "'"): string {
  const json = JSON.stringify(v);
  if (quote === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
