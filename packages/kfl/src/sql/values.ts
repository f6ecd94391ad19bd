/**
 * SQL mirrors of values.ts. A value source is a constant, a typed expression (NULL or a value of one
 * type: the indexed columns, len(), lower()), or a dynamic JSON value at (doc, path) whose type is
 * read with json_type. Each helper returns a Cond with exactly the predicate's meaning.
 */
import type { CompareOp } from '../ast.js';
import { isNumericString } from '../values.js';
import { type Cond, type Frag, raw, sql } from './frag.js';

export type Src =
  | { k: 'const'; v: unknown }
  | { k: 'typed'; type: 'number' | 'string'; e: Frag }
  | { k: 'dyn'; doc: Frag; path: Frag };

const T = (s: Extract<Src, { k: 'dyn' }>) => sql`json_type(${s.doc}, ${s.path})`;
const V = (s: Extract<Src, { k: 'dyn' }>) => sql`json_extract(${s.doc}, ${s.path})`;

/** `-?digits(.digits)?` in SQL, mirroring NUMERIC_STRING. */
export function numericText(e: Frag): Frag {
  const u = sql`(CASE WHEN substr(${e}, 1, 1) = '-' THEN substr(${e}, 2) ELSE ${e} END)`;
  return sql`(${u} GLOB '[0-9]*' AND ${u} NOT GLOB '*[^0-9.]*' AND ${u} NOT GLOB '*.*.*' AND ${u} NOT GLOB '*.')`;
}

/** NULL unless the value is a number (a numeric string counts when `coerce`). */
function asNumber(s: Exclude<Src, { k: 'const' }>, coerce: boolean): Frag | null {
  if (s.k === 'typed') {
    if (s.type === 'number') return s.e;
    return coerce ? sql`(CASE WHEN ${numericText(s.e)} THEN CAST(${s.e} AS REAL) END)` : null;
  }
  const text = coerce ? sql` WHEN 'text' THEN (CASE WHEN ${numericText(V(s))} THEN CAST(${V(s)} AS REAL) END)` : raw('');
  return sql`(CASE ${T(s)} WHEN 'integer' THEN ${V(s)} WHEN 'real' THEN ${V(s)}${text} END)`;
}

/** NULL unless the value is a string. */
export function asString(s: Exclude<Src, { k: 'const' }>): Frag | null {
  if (s.k === 'typed') return s.type === 'string' ? s.e : null;
  return sql`(CASE WHEN ${T(s)} = 'text' THEN ${V(s)} END)`;
}

export function isNull(s: Exclude<Src, { k: 'const' }>): Cond {
  if (s.k === 'typed') return sql`(${s.e} IS NULL)`;
  return sql`(COALESCE(${T(s)}, 'null') = 'null')`;
}

/**
 * `test` applied to the value when it is a string, else not 1. For JSON the cheap test on
 * json_extract's result runs first and the type check only on rows that pass it (AND stops early):
 * a non-string (number, or an object's JSON text) may pass `test` but then fails the type check,
 * so the result is 1 exactly when `CASE WHEN type = 'text' THEN value END` would pass.
 */
function stringTest(s: Exclude<Src, { k: 'const' }>, test: (e: Frag) => Frag): Cond {
  if (s.k === 'typed') return s.type === 'string' ? test(s.e) : false;
  return sql`(${test(V(s))} AND ${T(s)} = 'text')`;
}

const SQL_OP: Record<CompareOp, string> = { '==': '=', '!=': '!=', '>': '>', '>=': '>=', '<': '<', '<=': '<=' };
const bin = (a: Frag | null, op: CompareOp, b: unknown): Cond => (a ? sql`(${a} ${raw(SQL_OP[op])} ${b})` : false);
const binString = (s: Exclude<Src, { k: 'const' }>, op: CompareOp, b: string): Cond =>
  stringTest(s, (e) => sql`(${e} ${raw(SQL_OP[op])} ${b})`);

/** `src op c` for every op but `!=` (callers negate `==`). */
export function compareConst(op: CompareOp, s: Exclude<Src, { k: 'const' }>, c: unknown): Cond {
  if (c === null || c === undefined) return op === '==' ? isNull(s) : false;
  if (typeof c === 'boolean') {
    if (op !== '==' || s.k === 'typed') return false;
    return sql`(${T(s)} = ${c ? 'true' : 'false'})`;
  }
  if (typeof c === 'number') return bin(asNumber(s, true), op, c);
  if (typeof c !== 'string') return false;
  if (!isNumericString(c)) return binString(s, op, c);
  return or([bin(asNumber(s, false), op, Number(c)), binString(s, op, c)]);
}

export function truthySql(s: Exclude<Src, { k: 'const' }>): Cond {
  if (s.k === 'typed') return s.type === 'number' ? sql`(${s.e} != 0)` : sql`(${s.e} != '')`;
  return sql`(CASE ${T(s)} WHEN 'true' THEN 1 WHEN 'integer' THEN ${V(s)} != 0 WHEN 'real' THEN ${V(s)} != 0 WHEN 'text' THEN ${V(s)} != '' WHEN 'array' THEN json_array_length(${s.doc}, ${s.path}) > 0 WHEN 'object' THEN ${V(s)} != '{}' ELSE 0 END)`;
}

export function lenSql(s: Exclude<Src, { k: 'const' }>): Frag | null {
  if (s.k === 'typed') return s.type === 'string' ? sql`length(${s.e})` : null;
  return sql`(CASE ${T(s)} WHEN 'text' THEN length(${V(s)}) WHEN 'array' THEN json_array_length(${s.doc}, ${s.path}) WHEN 'object' THEN (SELECT count(*) FROM json_each(${s.doc}, ${s.path})) END)`;
}

const escapeGlob = (s: string) => s.replace(/[*?[]/g, (c) => `[${c}]`);

export function matchSql(op: 'contains' | 'startsWith' | 'endsWith', s: Exclude<Src, { k: 'const' }>, needle: string): Cond {
  if (needle === '') return s.k === 'typed' ? (s.type === 'string' ? sql`(${s.e} IS NOT NULL)` : false) : sql`(${T(s)} = 'text')`;
  if (op === 'contains') return stringTest(s, (e) => sql`(instr(${e}, ${needle}) > 0)`);
  const pattern = op === 'startsWith' ? `${escapeGlob(needle)}*` : `*${escapeGlob(needle)}`;
  return stringTest(s, (e) => sql`(${e} GLOB ${pattern})`);
}

export function and(items: Cond[]): Cond {
  const rest: Frag[] = [];
  for (const i of items) {
    if (i === false) return false;
    if (i !== true) rest.push(i);
  }
  if (rest.length === 0) return true;
  return rest.length === 1 ? (rest[0] as Frag) : { s: `(${rest.map((r) => r.s).join(' AND ')})`, p: rest.flatMap((r) => r.p) };
}

export function or(items: Cond[]): Cond {
  const rest: Frag[] = [];
  for (const i of items) {
    if (i === true) return true;
    if (i !== false) rest.push(i);
  }
  if (rest.length === 0) return false;
  return rest.length === 1 ? (rest[0] as Frag) : { s: `(${rest.map((r) => r.s).join(' OR ')})`, p: rest.flatMap((r) => r.p) };
}

/** `not`: NULL (false) must become true, hence `IS NOT 1` rather than `NOT`. */
export function not(c: Cond): Cond {
  return typeof c === 'boolean' ? !c : sql`(${c} IS NOT 1)`;
}
