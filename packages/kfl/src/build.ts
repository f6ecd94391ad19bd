/**
 * CST → AST. Each visit returns a Term: either a condition (Expr) or a value (Operand); the caller
 * converts with `asExpr` / `asOperand`, which is where "expected a value" / "expected a condition"
 * errors come from. Fields are resolved here (resolve.ts), macros expanded through `macro()`.
 */
import type { CstNode, IToken } from 'chevrotain';
import type { CompareOp, Expr, FieldRef, Literal, MatchOp, Operand, Segment, Span } from './ast.js';
import { KflError, positionAt } from './errors.js';
import { CASE_INSENSITIVE_PARENTS, ROOTS, isRoot } from './fields.js';
import { checkRegex, unescapeString } from './literals.js';
import { kflParser } from './parser.js';
import { bodyAsText, hasWildcard, printPath, resolveField } from './resolve.js';

type Term = { expr: Expr; span: Span } | { op: Operand; span: Span };
type Children = Record<string, (CstNode | IToken)[] | undefined>;
export interface BuildContext {
  text: string;
  /** The expansion of a macro name, or undefined when it is not one. */
  macro(name: string, span: Span): Expr | undefined;
}

export const FUNCTIONS = ['now', 'seconds', 'minutes', 'hours', 'days', 'datetime', 'len', 'lower', 'upper', 'json', 'limit', 'exists'] as const;
const TIME_UNITS = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const BaseVisitor = kflParser.getBaseCstVisitorConstructor();

const spanOf = (n: CstNode | IToken): Span => {
  if ('image' in n) return { offset: n.startOffset, length: n.image.length };
  const loc = n.location;
  const start = loc?.startOffset ?? 0;
  const end = loc?.endOffset ?? start;
  return { offset: start, length: Number.isNaN(end) ? 0 : end - start + 1 };
};
const join = (a: Span, b: Span): Span => ({ offset: a.offset, length: b.offset + b.length - a.offset });

class Builder extends BaseVisitor {
  /** Set for each build; one Builder is reused like the parser. */
  ctx: BuildContext = { text: '', macro: () => undefined };

  fail(message: string, span: Span): never {
    throw new KflError(message, positionAt(this.ctx.text, span.offset, span.length));
  }

  nodes(c: Children, name: string): CstNode[] {
    return (c[name] ?? []) as CstNode[];
  }
  toks(c: Children, name: string): IToken[] {
    return (c[name] ?? []) as IToken[];
  }

  asExpr(t: Term): Expr {
    if ('expr' in t) return t.expr;
    const o = t.op;
    if (o.kind === 'literal' && typeof o.value === 'boolean') return { kind: 'const', value: o.value, span: o.span };
    if (o.kind === 'field' || o.kind === 'json' || o.kind === 'fn') return { kind: 'truthy', operand: o, span: o.span };
    return this.fail('expected a condition, found a value (compare it with ==, !=, <, >, contains, in …)', t.span);
  }

  asOperand(t: Term): Operand {
    if ('op' in t) return t.op;
    if (t.expr.kind === 'macro' && isRoot(t.expr.name)) return resolveField([{ key: t.expr.name }], t.span) as FieldRef;
    return this.fail('expected a value, found a condition', t.span);
  }

  /** A value that is compared: `request.body` means its text. */
  value(t: Term): Operand {
    const o = this.asOperand(t);
    if (o.kind === 'regex') this.fail('a regex can only follow ==, != or matches', o.span);
    if (o.kind === 'list') this.fail('a list can only follow in', o.span);
    return o.kind === 'field' ? bodyAsText(o) : o;
  }

  query(c: Children): Expr {
    const or = this.nodes(c, 'orExpr')[0];
    if (!or) return { kind: 'all' };
    const expr = this.asExpr(this.visit(or));
    checkLimits(expr, true, this);
    return expr;
  }

  orExpr(c: Children): Term {
    return this.chain(c, 'andExpr', 'or');
  }
  andExpr(c: Children): Term {
    return this.chain(c, 'unary', 'and');
  }

  chain(c: Children, child: string, kind: 'and' | 'or'): Term {
    const terms = this.nodes(c, child).map((n) => this.visit(n) as Term);
    if (terms.length === 1) return terms[0] as Term;
    const items = terms.flatMap((t) => {
      const e = this.asExpr(t);
      return e.kind === kind ? e.items : [e];
    });
    return { expr: { kind, items }, span: join((terms[0] as Term).span, (terms[terms.length - 1] as Term).span) };
  }

  unary(c: Children): Term {
    const inner = this.nodes(c, 'unary')[0];
    if (!inner) return this.visit(this.nodes(c, 'comparison')[0] as CstNode);
    const op = (this.toks(c, 'Not')[0] ?? this.toks(c, 'Bang')[0]) as IToken;
    const t = this.visit(inner) as Term;
    const span = join(spanOf(op), t.span);
    return { expr: { kind: 'not', expr: this.asExpr(t), span }, span };
  }

  comparison(c: Children): Term {
    const [leftNode, rightNode] = this.nodes(c, 'additive');
    const left = this.visit(leftNode as CstNode) as Term;
    const exists = this.toks(c, 'Exists')[0];
    if (exists) {
      const span = join(left.span, spanOf(exists));
      return { expr: { kind: 'exists', operand: this.existsOperand(left), call: false, span }, span };
    }
    if (!rightNode) return left;
    const right = this.visit(rightNode) as Term;
    const span = join(left.span, right.span);
    const cmp = this.toks(c, 'CompareOp')[0];
    if (cmp) return { expr: this.compare(cmp.image as CompareOp, left, right, span), span };
    const isIn = this.toks(c, 'In')[0];
    if (isIn) return { expr: this.inExpr(left, right, span), span };
    const opTok = (this.toks(c, 'Contains')[0] ?? this.toks(c, 'StartsWith')[0] ?? this.toks(c, 'EndsWith')[0] ?? this.toks(c, 'Matches')[0]) as IToken;
    return { expr: this.match(opTok.image as MatchOp, left, right, false, span), span };
  }

  existsOperand(t: Term): Operand {
    const o = this.asOperand(t);
    if (o.kind !== 'field' && o.kind !== 'json') this.fail('exists needs a field', t.span);
    return o;
  }

  compare(op: CompareOp, l: Term, r: Term, span: Span): Expr {
    const ro = this.asOperand(r);
    if (ro.kind === 'regex' && (op === '==' || op === '!=')) {
      const m = this.match('matches', l, r, false, span);
      return op === '==' ? m : { kind: 'not', expr: m, span };
    }
    const lo = this.asOperand(l);
    // `request.body == null` asks whether there is a body; any other comparison reads its text.
    const nullTest = (o: Operand) => o.kind === 'literal' && o.value === null;
    const left = nullTest(ro) && lo.kind === 'field' ? lo : this.value(l);
    const right = nullTest(lo) && ro.kind === 'field' ? ro : this.value(r);
    return { kind: 'compare', op, left, right, span };
  }

  inExpr(l: Term, r: Term, span: Span): Expr {
    let left = this.value(l);
    const right = this.asOperand(r);
    // `"X-Api-Key" in request.headers`: header names are stored lower-case.
    const last = right.kind === 'field' ? right.path[right.path.length - 1] : undefined;
    if (last && 'key' in last && CASE_INSENSITIVE_PARENTS.has(last.key) && left.kind === 'literal' && typeof left.value === 'string') {
      left = { ...left, value: left.value.toLowerCase() };
    }
    if (right.kind !== 'list' && right.kind !== 'field' && right.kind !== 'json') {
      this.fail('expected a list or a field after in', r.span);
    }
    return { kind: 'in', left, right, span };
  }

  match(op: MatchOp, l: Term, r: Term, method: boolean, span: Span): Expr {
    const left = this.value(l);
    let right = this.asOperand(r);
    if (op === 'matches') {
      if (right.kind === 'literal' && typeof right.value === 'string') {
        // A plain string after `matches` is a regex too: it gets the same guard as r"...".
        const checked = checkRegex(right.value);
        if ('error' in checked) this.fail(checked.error, right.span);
        right = { kind: 'regex', source: right.value, span: right.span };
      }
      if (right.kind !== 'regex') this.fail('matches needs a regex (r"...") or a string', r.span);
    } else if (right.kind === 'regex') {
      this.fail(`${op} needs a string, not a regex (use matches)`, r.span);
    } else {
      right = this.value(r);
    }
    return { kind: 'match', op, left, right, method, span };
  }

  additive(c: Children): Term {
    const terms = this.nodes(c, 'signed').map((n) => this.visit(n) as Term);
    const ops = [...this.toks(c, 'Plus'), ...this.toks(c, 'Minus')].sort((a, b) => a.startOffset - b.startOffset);
    let acc = terms[0] as Term;
    for (let i = 1; i < terms.length; i++) {
      const right = terms[i] as Term;
      const a = this.constant(acc);
      const b = this.constant(right);
      const span = join(acc.span, right.span);
      acc = { op: { kind: 'arith', op: (ops[i - 1] as IToken).image as '+' | '-', left: a, right: b, span }, span };
    }
    return acc;
  }

  constant(t: Term): Operand {
    const o = this.asOperand(t);
    const ok = (x: Operand): boolean =>
      (x.kind === 'literal' && typeof x.value === 'number') || x.kind === 'time' || (x.kind === 'arith' && ok(x.left) && ok(x.right));
    if (!ok(o)) this.fail('+ and - work on numbers, durations and times only', t.span);
    return o;
  }

  signed(c: Children): Term {
    const inner = this.nodes(c, 'signed')[0];
    if (!inner) return this.visit(this.nodes(c, 'primary')[0] as CstNode);
    const minus = this.toks(c, 'Minus')[0] as IToken;
    const t = this.visit(inner) as Term;
    const o = this.asOperand(t);
    const span = join(spanOf(minus), t.span);
    if (o.kind !== 'literal' || typeof o.value !== 'number') return this.fail('unary - needs a number or a duration', t.span);
    return { op: { kind: 'literal', value: -o.value, ...(o.raw ? { raw: `-${o.raw}` } : {}), span }, span };
  }

  primary(c: Children): Term {
    const paren = this.nodes(c, 'orExpr')[0];
    if (paren) {
      const inner = this.visit(paren) as Term;
      return 'expr' in inner ? inner : { op: inner.op, span: inner.span };
    }
    const list = this.nodes(c, 'list')[0];
    if (list) return this.visit(list);
    const tok = (k: string) => this.toks(c, k)[0];
    const lit = (value: Literal['value'], t: IToken, raw?: string): Term => {
      const span = spanOf(t);
      return { op: { kind: 'literal', value, ...(raw !== undefined ? { raw } : {}), span }, span };
    };
    let t: IToken | undefined;
    if ((t = tok('StringLit'))) return lit(this.string(t), t);
    if ((t = tok('NumberLit'))) return lit(Number(t.image), t);
    if ((t = tok('Duration'))) {
      const [, n, unit] = /^([\d.]+)([a-z]+)$/.exec(t.image) as RegExpExecArray;
      return lit(Number(n) * (DURATION_MS[unit as string] as number), t, t.image);
    }
    if ((t = tok('Regex'))) {
      const source = t.image.slice(2, -1);
      const checked = checkRegex(source);
      if ('error' in checked) this.fail(checked.error, spanOf(t));
      return { op: { kind: 'regex', source, span: spanOf(t) }, span: spanOf(t) };
    }
    if ((t = tok('True'))) return lit(true, t);
    if ((t = tok('False'))) return lit(false, t);
    if ((t = tok('Null'))) return lit(null, t, t.image === 'nil' ? 'nil' : undefined);
    const args = this.nodes(c, 'args')[0];
    if ((t = tok('Exists'))) return this.existsCall(t, args as CstNode);
    const id = tok('Identifier') as IToken;
    const suffixes = this.nodes(c, 'suffix');
    if (args) return this.call(id, args, suffixes);
    return this.word(id, suffixes);
  }

  string(t: IToken): string {
    const r = unescapeString(t.image);
    if ('error' in r) this.fail(r.error, { offset: t.startOffset + r.at, length: 2 });
    return r.value;
  }

  list(c: Children): Term {
    const span = spanOf(c.LBracket?.[0] as IToken);
    const end = spanOf(c.RBracket?.[0] as IToken);
    const items = this.nodes(c, 'additive').map((n) => {
      const t = this.visit(n) as Term;
      const o = this.asOperand(t);
      if (o.kind !== 'literal') this.fail('list items must be literal values', t.span);
      return o;
    });
    const s = join(span, end);
    return { op: { kind: 'list', items, span: s }, span: s };
  }

  args(c: Children): Term[] {
    return this.nodes(c, 'orExpr').map((n) => this.visit(n) as Term);
  }

  existsCall(t: IToken, argsNode: CstNode): Term {
    const args = this.visit(argsNode) as Term[];
    const span = join(spanOf(t), spanOf(argsNode));
    if (args.length !== 1) this.fail('exists() takes one field', span);
    return { expr: { kind: 'exists', operand: this.existsOperand(args[0] as Term), call: true, span }, span };
  }

  /** `name(args) suffix*`: helpers and `limit`. */
  call(id: IToken, argsNode: CstNode, suffixes: CstNode[]): Term {
    const name = id.image;
    const args = this.visit(argsNode) as Term[];
    const span = join(spanOf(id), spanOf(suffixes[suffixes.length - 1] ?? argsNode));
    if (!(FUNCTIONS as readonly string[]).includes(name)) this.fail(`unknown function "${name}" (known: ${FUNCTIONS.join(', ')})`, spanOf(id));
    if (name !== 'json' && suffixes.length > 0) this.fail(`${name}() cannot be followed by a path`, spanOf(suffixes[0] as CstNode));
    const arity = name === 'now' ? 0 : 1;
    if (args.length !== arity) this.fail(`${name}() takes ${arity === 0 ? 'no arguments' : 'one argument'}`, span);
    const arg = args[0] as Term;
    const num = (): number => {
      const o = this.asOperand(arg);
      if (o.kind !== 'literal' || typeof o.value !== 'number') return this.fail(`${name}() needs a number`, arg.span);
      return o.value;
    };
    switch (name) {
      case 'now':
        return { op: { kind: 'time', fn: 'now', n: 0, span }, span };
      case 'seconds':
      case 'minutes':
      case 'hours':
      case 'days':
        return { op: { kind: 'time', fn: name, n: num(), span }, span };
      case 'datetime': {
        const o = this.asOperand(arg);
        const ms = o.kind === 'literal' && typeof o.value === 'string' ? Date.parse(o.value) : NaN;
        if (Number.isNaN(ms)) this.fail('datetime() needs an ISO date string like "2026-01-31T10:00:00Z"', arg.span);
        return { op: { kind: 'literal', value: ms, raw: `datetime(${JSON.stringify((o as Literal).value)})`, span }, span };
      }
      case 'limit': {
        const n = num();
        if (!Number.isInteger(n) || n < 1) this.fail('limit() needs a positive whole number', arg.span);
        return { expr: { kind: 'limit', n, span }, span };
      }
      case 'json': {
        const path = this.segments(suffixes);
        const o = this.value(arg);
        if (o.kind === 'field' && hasWildcard(o.path)) this.fail('json() takes a single field, without [*]', arg.span);
        return { op: { kind: 'json', arg: o, path, pathText: printPath(path, true), span }, span };
      }
      default: {
        const o = this.value(arg);
        if (o.kind === 'field' && hasWildcard(o.path)) this.fail(`${name}() takes a single field, without [*]`, arg.span);
        return { op: { kind: 'fn', fn: name as 'len' | 'lower' | 'upper', arg: o, span }, span };
      }
    }
  }

  /** A bare word or a path: macro, field, or a method call at the end of a path. */
  word(id: IToken, suffixes: CstNode[]): Term {
    const last = suffixes[suffixes.length - 1];
    const lastArgs = last ? this.nodes(last.children as Children, 'args')[0] : undefined;
    if (last && lastArgs) {
      const nameTok = this.toks(last.children as Children, 'Name')[0] as IToken;
      const method = nameTok.image;
      if (!['contains', 'startsWith', 'endsWith', 'matches'].includes(method)) {
        this.fail(`unknown method "${method}" (known: contains, startsWith, endsWith, matches)`, spanOf(nameTok));
      }
      const fieldTerm = this.word(id, suffixes.slice(0, -1));
      const args = this.visit(lastArgs) as Term[];
      const span = join(spanOf(id), spanOf(last));
      if (args.length !== 1) this.fail(`${method}() takes one argument`, span);
      return { expr: this.match(method as MatchOp, fieldTerm, args[0] as Term, true, span), span };
    }
    const span = join(spanOf(id), last ? spanOf(last) : spanOf(id));
    // An Entry key wins over a macro of the same name (`tls`), so a macro can be defined by its field.
    if (suffixes.length === 0 && !ROOTS.has(id.image)) {
      const macro = this.ctx.macro(id.image, span);
      if (macro) return { expr: macro, span };
    }
    const path = [{ key: id.image } as Segment, ...this.segments(suffixes)];
    const field = resolveField(path, span);
    if (!field) {
      if (suffixes.length === 0) this.fail(`unknown macro or field "${id.image}"`, span);
      this.fail(`unknown field "${printPath(path, false)}": fields start with request, response, src, dst, protocol, … or a protocol name like redis`, spanOf(id));
    }
    return { op: field, span };
  }

  segments(suffixes: CstNode[]): Segment[] {
    return suffixes.map((s) => {
      const c = s.children as Children;
      if (this.nodes(c, 'args')[0]) this.fail('a method call must come last', spanOf(s));
      if (c.Star) return { any: true };
      const name = this.toks(c, 'Name')[0];
      if (name) return { key: name.image };
      const str = this.toks(c, 'StringLit')[0];
      if (str) return { key: this.string(str) };
      const num = this.toks(c, 'NumberLit')[0] as IToken;
      const index = Number(num.image);
      if (!Number.isInteger(index)) this.fail('a list index must be a whole number', spanOf(num));
      return { index };
    });
  }

  // The CST visitor validation wants every rule to have a method.
  suffix(): void {}
}

/** `limit(n)` only makes sense as a top-level `and` term. */
function checkLimits(e: Expr, top: boolean, b: Builder): void {
  if (e.kind === 'limit' && !top) b.fail('limit() must be joined to the query with and at the top level', e.span);
  if (e.kind === 'and') for (const i of e.items) checkLimits(i, top, b);
  else if (e.kind === 'or') for (const i of e.items) checkLimits(i, false, b);
  else if (e.kind === 'not') checkLimits(e.expr, false, b);
}

const builder = new Builder();

export function buildAst(cst: CstNode, ctx: BuildContext): Expr {
  // Macro bodies are built while a query is being built: save and restore the context.
  const outer = builder.ctx;
  builder.ctx = ctx;
  try {
    return builder.visit(cst) as Expr;
  } finally {
    builder.ctx = outer;
  }
}
