/**
 * AST → `(entry) => boolean`. Compiled once into closures; no allocation per evaluation on the
 * common paths (single-valued fields).
 */
import type { Ast, CompareOp, Expr, FieldRef, Operand, Segment } from './ast.js';
import { MAX_REGEX_INPUT } from './literals.js';
import { asciiLower, asciiUpper, collect, compare, eq, isMap, isNumericString, len, step, truthy } from './values.js';

export interface PredicateOptions {
  /** The clock for `now()` and relative times; read at every evaluation. Default Date.now. */
  now?: () => number;
}

export type Predicate = (entry: unknown) => boolean;
type Get = (entry: unknown) => unknown;
/** A compiled operand: one value, or (paths with `[*]`) every value it reaches. */
type Val = { multi: false; get: Get } | { multi: true; all: (entry: unknown) => unknown[] };

const UNITS = { now: 0, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

function getter(path: readonly Segment[]): Get {
  // Keys that exist on Object.prototype need the own-property check; others can index directly.
  const steps = path.map((s) => {
    if ('key' in s && !(s.key in Object.prototype)) {
      const k = s.key;
      return (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? ((v as Record<string, unknown>)[k] ?? null) : null);
    }
    return (v: unknown) => step(v, s);
  });
  if (steps.length === 1) return steps[0] as Get;
  if (steps.length === 2) {
    const [a, b] = steps as [Get, Get];
    return (e) => {
      const v = a(e);
      return v === null ? null : b(v);
    };
  }
  return (e) => {
    let v: unknown = e;
    for (const s of steps) {
      v = s(v);
      if (v === null) return null;
    }
    return v;
  };
}

const PROTOCOL_NAME = getter([{ key: 'protocol' }, { key: 'name' }]);

function field(f: FieldRef): Val {
  const guard = f.protocols;
  const guarded = (g: Get): Get =>
    guard
      ? (e) => {
          const p = PROTOCOL_NAME(e);
          return typeof p === 'string' && guard.includes(p) ? g(e) : null;
        }
      : g;
  if (f.path.some((s) => 'any' in s)) {
    const path = f.path;
    const all = (e: unknown) => collect(e, path);
    return { multi: true, all: guard ? (e) => (guarded(() => true)(e) ? all(e) : []) : all };
  }
  const raw = getter(f.path);
  const type = f.type;
  const typed: Get = type ? (e) => { const v = raw(e); return typeof v === type ? v : null; } : raw;
  return { multi: false, get: guarded(typed) };
}

function operand(o: Operand, now: () => number): Val {
  switch (o.kind) {
    case 'field':
      return field(o);
    case 'literal': {
      const v = o.value;
      return { multi: false, get: () => v };
    }
    case 'time': {
      const ms = o.n * UNITS[o.fn];
      return { multi: false, get: () => now() - ms };
    }
    case 'arith': {
      const l = single(operand(o.left, now));
      const r = single(operand(o.right, now));
      const sign = o.op === '+' ? 1 : -1;
      return { multi: false, get: (e) => (l(e) as number) + sign * (r(e) as number) };
    }
    case 'fn': {
      const a = single(operand(o.arg, now));
      if (o.fn === 'len') return { multi: false, get: (e) => len(a(e)) };
      const fold = o.fn === 'lower' ? asciiLower : asciiUpper;
      return { multi: false, get: (e) => { const v = a(e); return typeof v === 'string' ? fold(v) : null; } };
    }
    case 'json': {
      const a = single(operand(o.arg, now));
      const path = o.path;
      const parse = (e: unknown): unknown => {
        const v = a(e);
        if (typeof v !== 'string') return null;
        try {
          return JSON.parse(v) as unknown;
        } catch {
          return null;
        }
      };
      if (path.some((s) => 'any' in s)) return { multi: true, all: (e) => collect(parse(e), path) };
      return { multi: false, get: (e) => path.reduce<unknown>((v, s) => (v === null || v === undefined ? null : step(v, s)), parse(e)) ?? null };
    }
    case 'list': {
      const items = o.items.map((i) => i.value);
      return { multi: false, get: () => items };
    }
    case 'regex':
      // Only reachable through `matches`, which reads `source` itself.
      return { multi: false, get: () => o.source };
  }
}

const single = (v: Val): Get => (v.multi ? (e) => v.all(e)[0] ?? null : v.get);

/** `a op b` where either side may be multi-valued: any value satisfies; `!=` is `not ==`. */
function quantified(l: Val, r: Val, test: (a: unknown, b: unknown) => boolean): Predicate {
  if (!l.multi && !r.multi) {
    const a = l.get;
    const b = r.get;
    return (e) => test(a(e), b(e));
  }
  const lefts = l.multi ? l.all : (e: unknown) => [l.get(e)];
  const rights = r.multi ? r.all : (e: unknown) => [r.get(e)];
  return (e) => {
    const rs = rights(e);
    return lefts(e).some((a) => rs.some((b) => test(a, b)));
  };
}

function compareExpr(op: CompareOp, l: Val, r: Val, lo: Operand, ro: Operand): Predicate {
  if (op === '!=') {
    const p = compareExpr('==', l, r, lo, ro);
    return (e) => !p(e);
  }
  const isNull = (o: Operand) => o.kind === 'literal' && o.value === null;
  const nullEq = op === '==' && (isNull(lo) || isNull(ro));
  // Fast path for the common `typed field <op> number literal`.
  if (!l.multi && ro.kind === 'literal' && typeof ro.value === 'number' && lo.kind === 'field' && lo.type === 'number') {
    const g = l.get;
    const n = ro.value;
    switch (op) {
      case '==': return (e) => g(e) === n;
      case '>': return (e) => { const v = g(e); return v !== null && (v as number) > n; };
      case '>=': return (e) => { const v = g(e); return v !== null && (v as number) >= n; };
      case '<': return (e) => { const v = g(e); return v !== null && (v as number) < n; };
      case '<=': return (e) => { const v = g(e); return v !== null && (v as number) <= n; };
    }
  }
  // `x[*] == null`: no element has a value.
  const multi = l.multi ? l : r.multi ? r : undefined;
  if (nullEq && multi?.multi) return (e) => !multi.all(e).some((v) => v !== null && v !== undefined);
  return quantified(l, r, (a, b) => compare(op, a, b));
}

function matchTest(op: string, o: Operand): (a: unknown, b: unknown) => boolean {
  if (op === 'matches') {
    const re = new RegExp((o as { source: string }).source);
    // Numbers match as their decimal text, so `response.status == r"4\d\d"` works.
    return (a) => {
      const s = typeof a === 'number' ? String(a) : a;
      return typeof s === 'string' && re.test(s.length > MAX_REGEX_INPUT ? s.slice(0, MAX_REGEX_INPUT) : s);
    };
  }
  const str = (f: (a: string, b: string) => boolean) => (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && f(a, b);
  if (op === 'contains') return str((a, b) => a.includes(b));
  if (op === 'startsWith') return str((a, b) => a.startsWith(b));
  return str((a, b) => a.endsWith(b));
}

/** `a in b`: b a list → a equals an item; b a map → a is one of its keys. */
function member(a: unknown, b: unknown): boolean {
  if (Array.isArray(b)) return b.some((x) => eq(a, x));
  if (isMap(b)) return typeof a === 'string' && Object.hasOwn(b, a);
  return false;
}

function expr(x: Expr, now: () => number): Predicate {
  switch (x.kind) {
    case 'all':
    case 'limit':
      return () => true;
    case 'const': {
      const v = x.value;
      return () => v;
    }
    case 'macro':
      return expr(x.expr, now);
    case 'not': {
      const p = expr(x.expr, now);
      return (e) => !p(e);
    }
    case 'and': {
      const ps = x.items.map((i) => expr(i, now));
      if (ps.length === 2) {
        const [a, b] = ps as [Predicate, Predicate];
        return (e) => a(e) && b(e);
      }
      return (e) => ps.every((p) => p(e));
    }
    case 'or': {
      const ps = x.items.map((i) => expr(i, now));
      return (e) => ps.some((p) => p(e));
    }
    case 'compare':
      return compareExpr(x.op, operand(x.left, now), operand(x.right, now), x.left, x.right);
    case 'match':
      return quantified(operand(x.left, now), x.right.kind === 'regex' ? { multi: false, get: () => null } : operand(x.right, now), matchTest(x.op, x.right));
    case 'in': {
      const l = operand(x.left, now);
      if (x.right.kind === 'list' && !l.multi) {
        const g = l.get;
        const items = x.right.items.map((i) => i.value);
        // Non-numeric strings only equal the same string: a Set lookup says it all.
        if (items.every((i) => typeof i === 'string' && !isNumericString(i))) {
          const set = new Set(items as string[]);
          return (e) => {
            const v = g(e);
            return typeof v === 'string' && set.has(v);
          };
        }
        return (e) => {
          const v = g(e);
          return items.some((i) => eq(v, i));
        };
      }
      return quantified(l, operand(x.right, now), member);
    }
    case 'exists': {
      const v = operand(x.operand, now);
      if (v.multi) return (e) => v.all(e).some((i) => i !== null && i !== undefined);
      const g = v.get;
      return (e) => g(e) !== null;
    }
    case 'truthy': {
      const v = operand(x.operand, now);
      if (v.multi) return (e) => v.all(e).some(truthy);
      const g = v.get;
      return (e) => truthy(g(e));
    }
  }
}

/** The JS predicate for a parsed query. */
export function toPredicate(ast: Ast, options?: PredicateOptions): Predicate {
  return expr(ast, options?.now ?? Date.now);
}
