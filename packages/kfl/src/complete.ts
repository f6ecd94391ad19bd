/**
 * Completion: what fits at the cursor. Chevrotain's content assist says which token kinds may come
 * next; we turn those into fields (registry), operators, macros, helpers and, given a value source,
 * values for the field being compared.
 */
import type { IToken } from 'chevrotain';
import { FUNCTIONS } from './build.js';
import { ALL_FIELDS, ROOTS } from './fields.js';
import { kflLexer } from './lexer.js';
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

const OPERATORS = ['==', '!=', '>', '>=', '<', '<=', 'contains', 'startsWith', 'endsWith', 'matches', 'in', 'exists'];
const VALUE_OPS = new Set(['==', '!=', '>', '>=', '<', '<=', 'contains', 'startsWith', 'endsWith']);

/** Suggestions for `query` with the cursor at `cursor` (default: the end). */
export function complete(query: string, cursor = query.length, options: CompleteOptions = {}): Completion[] {
  const prefix = query.slice(0, cursor);
  const inString = /(["'])((?:[^"'\\]|\\.)*)$/.exec(prefix);
  const wordMatch = inString ? null : /[A-Za-z_$][A-Za-z0-9_$.]*$|[=!<>]+$/.exec(prefix);
  const from = inString ? inString.index : wordMatch ? wordMatch.index : cursor;
  const partial = inString ? (inString[2] ?? '') : (wordMatch?.[0] ?? '');
  const lexed = kflLexer.tokenize(prefix.slice(0, from));
  if (lexed.errors.length > 0) return [];
  const before: IToken[] = lexed.tokens;
  let expected: Set<string>;
  try {
    expected = new Set(expectedAfter(before).map((t) => t.name));
  } catch {
    return [];
  }
  const out: Completion[] = [];
  const add = (label: string, kind: Completion['kind'], insert = label, detail?: string) => {
    if (label.toLowerCase().startsWith(partial.toLowerCase()) && label !== partial) {
      out.push({ label, kind, insert, from, to: cursor, ...(detail ? { detail } : {}) });
    }
  };
  const last = before[before.length - 1];
  const opBefore = last && (VALUE_OPS.has(last.image) || last.tokenType.name === 'In');
  if (opBefore && (expected.has('StringLit') || inString)) {
    const field = fieldBefore(before.slice(0, -1));
    for (const v of field && options.values ? options.values(field) : []) add(inString ? v : JSON.stringify(v), 'value', JSON.stringify(v));
    if (inString || out.length > 0) return out;
  }
  if (expected.has('Identifier') && !inString) {
    for (const f of ALL_FIELDS) add(f.name, 'field', f.name, f.doc);
    for (const r of ROOTS) if (!out.some((c) => c.label === r)) add(r, 'field');
    for (const m of [...Object.keys(BUILTIN_MACROS), ...Object.keys(options.macros ?? {})]) add(m, 'macro');
    for (const fn of FUNCTIONS) add(`${fn}()`, 'function', `${fn}(`);
    if (expected.has('Not')) add('not', 'keyword');
    if (!opBefore) for (const lit of ['true', 'false', 'null']) add(lit, 'value');
  }
  if (expected.has('CompareOp') || expected.has('Contains')) for (const op of OPERATORS) add(op, 'operator');
  if (expected.has('And')) {
    add('and', 'keyword');
    add('or', 'keyword');
  }
  return out;
}

/** The dotted field just before an operator: the identifier/dot/bracket run ending the tokens. */
function fieldBefore(tokens: IToken[]): string | undefined {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] as IToken;
    const n = t.tokenType.name;
    if (n === 'Identifier' || n === 'Dot' || n === 'Star' || n === 'LBracket' || n === 'RBracket' || n === 'StringLit' || n === 'NumberLit' || t.tokenType.CATEGORIES?.some((c) => c.name === 'Name')) i--;
    else break;
  }
  const text = tokens.slice(i).map((t) => t.image).join('');
  return text || undefined;
}
