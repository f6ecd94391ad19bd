/**
 * AST → SQL WHERE over the entries table (schema.ts). What SQL cannot say exactly (regexes, json(),
 * field-vs-field comparisons, keys SQLite paths cannot quote) is replaced by TRUE or FALSE, chosen so
 * the WHERE selects a superset, and `postFilter` tells the caller to run the predicate on the rows.
 */
import type { Ast, CompareOp, Expr, FieldRef, Operand, Segment } from '../ast.js';
import { compare } from '../values.js';
import { type Cond, type Frag, raw, sql } from './frag.js';
import { ENTRIES_TABLE, ENTRY_COLUMNS, JSON_COLUMN, latencyBucket, type ColumnSpec } from './schema.js';
import { type Src, and, asString, compareConst, isNull, lenSql, matchSql, not, or, truthySql } from './values.js';

export interface SqlOptions {
  /** Milliseconds for `now()`; default Date.now() when compiling. */
  now?: number;
  /** Column holding the entry JSON. */
  jsonColumn?: string;
  /**
   * Table name or alias that qualifies every column (default `entries`). Qualification is needed:
   * inside `json_each(...)` sub-queries, bare `json`, `path` and `id` name json_each's own columns.
   */
  table?: string;
}

export interface SqlQuery {
  /** A WHERE condition (without the keyword); `1` matches everything. */
  where: string;
  params: unknown[];
  /** True when `where` over-selects and the rows must also pass the predicate. */
  postFilter: boolean;
}

/** Thrown inside the compiler for a part SQL cannot express; caught where polarity is known. */
class Inexpressible extends Error {}
const unknownPart = (): never => {
  throw new Inexpressible();
};

const FLIP: Record<CompareOp, CompareOp> = { '==': '==', '!=': '!=', '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
const UNITS = { now: 0, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
/** A label SQLite's JSON path can quote: no `"` or `\`. */
const quotable = (k: string) => !/["\\]/.test(k);

function jsonPath(path: readonly Segment[]): string {
  let out = '$';
  for (const s of path) {
    if ('key' in s) {
      if (!quotable(s.key)) unknownPart();
      out += `."${s.key}"`;
    } else if ('index' in s) out += `[${s.index}]`;
    else unknownPart();
  }
  return out;
}

type Dyn = Exclude<Src, { k: 'const' }>;
type JsonSrc = Extract<Src, { k: 'dyn' }>;
type Value = Src | { k: 'multi'; any: (test: (el: Dyn) => Cond) => Cond };

class Compiler {
  approx = false;
  private alias = 0;
  private readonly byPath: Map<string, ColumnSpec>;
  /** Bucketed column reference → its bucket column's. */
  private readonly buckets: Map<string, string>;

  private readonly json: string;

  constructor(columns: readonly ColumnSpec[], private readonly table: string, json: string, private readonly now: number) {
    this.byPath = new Map(columns.filter((c) => c.bucketOf === undefined).map((c) => [c.path, c]));
    this.buckets = new Map(columns.filter((c) => c.bucketOf !== undefined).map((c) => [this.col(c.bucketOf as string), this.col(c.name)]));
    this.json = this.col(json);
  }

  /**
   * An exact comparison of a bucketed column (latency) with a constant ≥ 0, plus the bucket range
   * that holds every match (see `LATENCY_BUCKETS_PER_DOUBLING` in schema.ts): the same rows, found through the
   * bucket's index. `>`/`>=`/`==` only: those are the rare-match filters an index serves.
   */
  private withBucket(s: Src, op: CompareOp, c: unknown, exact: Cond): Cond {
    if (s.k !== 'typed' || s.e.p.length > 0 || typeof c !== 'number' || !(op === '>' || op === '>=' || op === '==')) return exact;
    const bucketColumn = this.buckets.get(s.e.s);
    const b = latencyBucket(c);
    if (bucketColumn === undefined || b === null || exact === false || exact === true) return exact;
    const range = op === '==' ? sql`(${raw(bucketColumn)} BETWEEN ${b - 1} AND ${b + 1})` : sql`(${raw(bucketColumn)} >= ${b - 1})`;
    return and([exact, range]);
  }

  col(name: string): string {
    return `${this.table}.${name}`;
  }

  /** Compile with polarity: an inexpressible part becomes TRUE (superset) or FALSE (under `not`). */
  cond(e: Expr, superset: boolean): Cond {
    try {
      return this.exact(e, superset);
    } catch (err) {
      if (!(err instanceof Inexpressible)) throw err;
      this.approx = true;
      return superset;
    }
  }

  exact(e: Expr, superset: boolean): Cond {
    switch (e.kind) {
      case 'all':
      case 'limit':
        return true;
      case 'const':
        return e.value;
      case 'macro':
        return this.cond(e.expr, superset);
      case 'not':
        return not(this.cond(e.expr, !superset));
      case 'and':
        return and(e.items.map((i) => this.cond(i, superset)));
      case 'or':
        return or(e.items.map((i) => this.cond(i, superset)));
      case 'compare':
        return this.compare(e.op, e.left, e.right);
      case 'match': {
        if (e.op === 'matches' || e.right.kind !== 'literal' || typeof e.right.value !== 'string') return unknownPart();
        const needle = e.right.value;
        const op = e.op;
        return this.each(this.value(e.left), (s) => (s.k === 'const' ? constMatch(op, s.v, needle) : matchSql(op, s, needle)));
      }
      case 'in':
        return this.inExpr(e.left, e.right);
      case 'exists':
        return this.each(this.value(e.operand), (s) => (s.k === 'const' ? s.v !== null : not(isNull(s))));
      case 'truthy':
        return this.each(this.value(e.operand), (s) => (s.k === 'const' ? unknownPart() : truthySql(s)));
    }
  }

  /** Any value of a multi-valued source satisfies `test`; a single source is tested directly. */
  each(v: Value, test: (s: Src) => Cond): Cond {
    return v.k === 'multi' ? v.any(test) : test(v);
  }

  compare(op: CompareOp, l: Operand, r: Operand): Cond {
    if (op === '!=') return not(this.compare('==', l, r));
    let a = this.value(l);
    let b = this.value(r);
    if (a.k === 'const' && b.k !== 'const') {
      [a, b] = [b, a];
      op = FLIP[op];
    }
    if (b.k !== 'const') return unknownPart();
    const c = b.v;
    if (a.k === 'const') return compare(op, a.v, c);
    // `x[*] == null`: no element has a value.
    if (a.k === 'multi' && op === '==' && c === null) return not(a.any((s) => not(isNull(s))));
    return this.each(a, (s) => (s.k === 'const' ? compare(op, s.v, c) : this.withBucket(s, op, c, compareConst(op, s, c))));
  }

  inExpr(l: Operand, r: Operand): Cond {
    const left = this.value(l);
    if (r.kind === 'list') {
      const items = r.items.map((i) => i.value);
      return this.each(left, (s) => or(items.map((c) => (s.k === 'const' ? compare('==', s.v, c) : compareConst('==', s, c)))));
    }
    const right = this.value(r);
    if (left.k !== 'const' || right.k === 'multi') return unknownPart();
    const key = left.v;
    if (right.k === 'const') return unknownPart();
    if (right.k === 'typed') return false;
    const d = right;
    const elements = this.eachElement(d.doc, d.path, (el) => compareConst('==', el, key));
    const isArray = and([sql`(json_type(${d.doc}, ${d.path}) = 'array')`, elements]);
    if (typeof key !== 'string') return isArray;
    if (!quotable(key)) return unknownPart();
    const hasKey = sql`(json_type(${d.doc}, ${d.path}) = 'object' AND json_type(${d.doc}, ${d.path} || ${`."${key}"`}) IS NOT NULL)`;
    return or([hasKey, isArray]);
  }

  /** EXISTS over the children of the list/map at (doc, path). */
  eachElement(doc: Frag, path: Frag, test: (el: JsonSrc) => Cond): Cond {
    const j = raw(`j${this.alias++}`);
    const inner = test({ k: 'dyn', doc, path: sql`${j}.fullkey` });
    if (inner === false) return false;
    const where = inner === true ? raw('1') : inner;
    return sql`(json_type(${doc}, ${path}) IN ('array', 'object') AND EXISTS (SELECT 1 FROM json_each(${doc}, ${path}) AS ${j} WHERE ${where}))`;
  }

  value(o: Operand): Value {
    switch (o.kind) {
      case 'field':
        return this.field(o);
      case 'literal':
        return { k: 'const', v: o.value };
      case 'time':
        return { k: 'const', v: this.now - o.n * UNITS[o.fn] };
      case 'arith': {
        const l = this.value(o.left);
        const r = this.value(o.right);
        if (l.k !== 'const' || r.k !== 'const') return unknownPart();
        return { k: 'const', v: (l.v as number) + (o.op === '+' ? 1 : -1) * (r.v as number) };
      }
      case 'fn': {
        const a = this.value(o.arg);
        if (a.k === 'multi' || a.k === 'const') return unknownPart();
        if (o.fn === 'len') {
          const e = lenSql(a);
          return e ? { k: 'typed', type: 'number', e } : { k: 'const', v: null };
        }
        const s = asString(a);
        return s ? { k: 'typed', type: 'string', e: sql`${raw(o.fn)}(${s})` } : { k: 'const', v: null };
      }
      default:
        return unknownPart();
    }
  }

  doc(f: FieldRef): Frag {
    const json = raw(this.json);
    if (!f.protocols) return json;
    return sql`(CASE WHEN ${this.protocolIn(f.protocols)} THEN ${json} END)`;
  }

  protocolIn(names: readonly string[]): Frag {
    const p = this.typedField('protocol.name', 'string', raw(this.json));
    return sql`(${p} IN (${{ s: names.map(() => '?').join(', '), p: [...names] }}))`;
  }

  typedField(path: string, type: 'number' | 'string', doc: Frag): Frag {
    const col = this.byPath.get(path);
    if (col && col.type === type) return raw(this.col(col.name));
    const p = jsonPath(path.split('.').map((key) => ({ key })));
    const test = type === 'string' ? raw(`= 'text'`) : raw(`IN ('integer', 'real')`);
    return sql`(CASE WHEN json_type(${doc}, ${p}) ${test} THEN json_extract(${doc}, ${p}) END)`;
  }

  field(f: FieldRef): Value {
    const wild = f.path.findIndex((s) => 'any' in s);
    if (wild < 0) {
      if (f.type) {
        const keys = f.path.map((s) => ('key' in s ? s.key : ''));
        const path = keys.join('.');
        const col = this.byPath.get(path);
        const indexed = col && col.type === f.type;
        const e =
          f.protocols && indexed
            ? sql`(CASE WHEN ${this.protocolIn(f.protocols)} THEN ${raw(this.col(col.name))} END)`
            : this.typedField(path, f.type, this.doc(f));
        return { k: 'typed', type: f.type, e };
      }
      return { k: 'dyn', doc: this.doc(f), path: sql`${jsonPath(f.path)}` };
    }
    const doc = this.doc(f);
    return { k: 'multi', any: (test) => this.wildcard(doc, sql`${jsonPath(f.path.slice(0, wild))}`, f.path.slice(wild + 1), test) };
  }

  /** Children of (doc, base), then `rest` (which may hold more `[*]`): any reached value passes `test`. */
  wildcard(doc: Frag, base: Frag, rest: readonly Segment[], test: (el: Dyn) => Cond): Cond {
    return this.eachElement(doc, base, (el) => {
      const wild = rest.findIndex((s) => 'any' in s);
      const head = wild < 0 ? rest : rest.slice(0, wild);
      const path = head.length === 0 ? el.path : sql`(${el.path} || ${jsonPath(head).slice(1)})`;
      if (wild >= 0) return this.wildcard(doc, path, rest.slice(wild + 1), test);
      const at: Dyn = { k: 'dyn', doc, path };
      return and([sql`(json_type(${doc}, ${path}) IS NOT NULL)`, test(at)]);
    });
  }
}

function constMatch(op: 'contains' | 'startsWith' | 'endsWith', v: unknown, needle: string): boolean {
  if (typeof v !== 'string') return false;
  return op === 'contains' ? v.includes(needle) : op === 'startsWith' ? v.startsWith(needle) : v.endsWith(needle);
}

/** The WHERE fragment for a parsed query over `columns` (default: the hub layout, ENTRY_COLUMNS). */
export function toSql(ast: Ast, columns: readonly ColumnSpec[] = ENTRY_COLUMNS, options?: SqlOptions): SqlQuery {
  const table = options?.table ?? ENTRIES_TABLE;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new TypeError(`bad table name ${table}`);
  const c = new Compiler(columns, table, options?.jsonColumn ?? JSON_COLUMN, options?.now ?? Date.now());
  const cond = c.cond(ast, true);
  const where = cond === true ? '1' : cond === false ? '0' : cond.s;
  return { where, params: typeof cond === 'boolean' ? [] : cond.p, postFilter: c.approx };
}
