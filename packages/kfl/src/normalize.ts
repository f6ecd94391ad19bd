/** The canonical print of a query: lower-case keywords, double-quoted strings, minimal parentheses. */
import type { Ast, Expr, Literal, Operand } from './ast.js';

const PREC = { or: 1, and: 2, not: 3, atom: 4 } as const;
const prec = (e: Expr): number => (e.kind === 'or' ? PREC.or : e.kind === 'and' ? PREC.and : e.kind === 'not' ? PREC.not : PREC.atom);

function literal(l: Literal): string {
  if (l.raw !== undefined) return l.raw === 'nil' ? 'null' : l.raw;
  return l.value === null ? 'null' : typeof l.value === 'string' ? JSON.stringify(l.value) : String(l.value);
}

function operand(o: Operand): string {
  switch (o.kind) {
    case 'field':
      return o.text;
    case 'literal':
      return literal(o);
    case 'regex':
      return `r"${o.source.replace(/(?<!\\)"/g, '\\"')}"`;
    case 'list':
      return `[${o.items.map(literal).join(', ')}]`;
    case 'time':
      return o.fn === 'now' ? 'now()' : `${o.fn}(${o.n})`;
    case 'fn':
      return `${o.fn}(${operand(o.arg)})`;
    case 'json':
      return `json(${operand(o.arg)})${o.pathText}`;
    case 'arith':
      return `${operand(o.left)} ${o.op} ${operand(o.right)}`;
  }
}

function wrap(e: Expr, min: number): string {
  const s = print(e);
  return prec(e) < min ? `(${s})` : s;
}

function print(e: Expr): string {
  switch (e.kind) {
    case 'all':
      return '';
    case 'const':
      return String(e.value);
    case 'macro':
      return e.name;
    case 'limit':
      return `limit(${e.n})`;
    case 'and':
    case 'or':
      return e.items.map((i) => wrap(i, prec(e) + 1)).join(` ${e.kind} `);
    case 'not':
      return `not ${wrap(e.expr, PREC.not)}`;
    case 'compare':
      return `${operand(e.left)} ${e.op} ${operand(e.right)}`;
    case 'match':
      return e.method ? `${operand(e.left)}.${e.op}(${operand(e.right)})` : `${operand(e.left)} ${e.op} ${operand(e.right)}`;
    case 'in':
      return `${operand(e.left)} in ${operand(e.right)}`;
    case 'exists':
      return e.call ? `exists(${operand(e.operand)})` : `${operand(e.operand)} exists`;
    case 'truthy':
      return operand(e.operand);
  }
}

/** Canonical text of a query; parsing it gives the same AST (spans aside). */
export function normalize(ast: Ast): string {
  return print(ast);
}
