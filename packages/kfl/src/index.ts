/** @trawl/kfl — the trawl filter language. See README.md and /shared/KFL.md. */
export type { Ast, Expr, Operand, FieldRef, Literal, Segment, Span, CompareOp, MatchOp, FieldType } from './ast.js';
export { KflError, type Position } from './errors.js';
export { parse, MAX_QUERY_LENGTH, type ParseOptions } from './parse.js';
export { toPredicate, type Predicate, type PredicateOptions } from './predicate.js';
export { toSql, type SqlOptions, type SqlQuery } from './sql/compile.js';
export {
  ENTRY_COLUMNS,
  ENTRIES_TABLE,
  JSON_COLUMN,
  createEntriesTableSql,
  createEntriesIndexesSql,
  upgradeEntriesTableSql,
  latencyBucket,
  latencyBucketSql,
  LATENCY_BUCKETS_PER_DOUBLING,
  entryToRow,
  entryColumnValues,
  insertEntrySql,
  selectEntryJsonSql,
  entryFromRow,
  tuneDatabase,
  PAGE_SIZE,
  type ColumnSpec,
  type EntryRow,
  type ColumnValue,
  type PragmaTarget,
  type TuneOptions,
} from './sql/schema.js';
export { selectPage, type PageOptions, type PageRow, type QueryTarget } from './sql/page.js';
export { normalize } from './normalize.js';
export { compile, limitOf, type Compiled, type CompileOptions } from './compile.js';
export { complete, type Completion, type CompleteOptions } from './complete.js';
export { ALL_FIELDS, ALIAS_FIELDS, CORE_FIELDS, NAMESPACES, ROOTS, type FieldSpec } from './fields.js';
export { BUILTIN_MACROS } from './macros.js';
export { MAX_REGEX_LENGTH, MAX_REGEX_INPUT } from './literals.js';
