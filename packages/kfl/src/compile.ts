import type { Ast } from './ast.js';
import { parse, type ParseOptions } from './parse.js';
import { toPredicate, type Predicate, type PredicateOptions } from './predicate.js';
import { toSql, type SqlOptions, type SqlQuery } from './sql/compile.js';
import { ENTRY_COLUMNS, type ColumnSpec } from './sql/schema.js';

export type CompileOptions = ParseOptions & PredicateOptions;

export interface Compiled {
  ast: Ast;
  predicate: Predicate;
  sql(columns?: readonly ColumnSpec[], options?: SqlOptions): SqlQuery;
  /** `limit(n)` of the query, if any. */
  limit: number | undefined;
}

/** Parse once, get both back ends. */
export function compile(query: string, options?: CompileOptions): Compiled {
  const ast = parse(query, options);
  return {
    ast,
    predicate: toPredicate(ast, options),
    sql: (columns = ENTRY_COLUMNS, sqlOptions) => toSql(ast, columns, sqlOptions),
    limit: limitOf(ast),
  };
}

/** The `limit(n)` of a query (the smallest, if several), or undefined. */
export function limitOf(ast: Ast): number | undefined {
  if (ast.kind === 'limit') return ast.n;
  if (ast.kind !== 'and') return undefined;
  let n: number | undefined;
  for (const i of ast.items) {
    const m = limitOf(i);
    if (m !== undefined) n = n === undefined ? m : Math.min(n, m);
  }
  return n;
}
