/**
 * The KFL syntax tree: plain, JSON-serialisable objects. Fields are resolved while the tree is built
 * (aliases expanded, header keys lower-cased, `body` → `body.text` where a value is compared), so both
 * back ends read the same meaning and neither consults the registry again.
 */

/** Start offset and length in the query text. */
export interface Span {
  offset: number;
  length: number;
}

/** One step of a path: an object key, a list index, or "any element" (`[*]` / `.*`). */
export type Segment = { key: string } | { index: number } | { any: true };

export type FieldType = 'number' | 'string';

export interface FieldRef {
  kind: 'field';
  /** As the user wrote it (normalised spacing), e.g. `redis.command` or `request.headers["authorization"]`. */
  text: string;
  /** The Entry path it reads. */
  path: Segment[];
  /** Typed fields read a value of another type as null (they mirror typed SQL columns). */
  type?: FieldType;
  /** Alias guard: the field has a value only when `protocol.name` is one of these. */
  protocols?: string[];
  span: Span;
}

export interface Literal {
  kind: 'literal';
  value: string | number | boolean | null;
  /** Source form when it is not the canonical print of `value` (durations, `datetime(...)`, `nil`). */
  raw?: string;
  span: Span;
}

export interface RegexLit {
  kind: 'regex';
  source: string;
  span: Span;
}

export interface ListLit {
  kind: 'list';
  items: Literal[];
  span: Span;
}

/** `now()` and the relative times `seconds(n)` … `days(n)` (= now − n units), evaluated when run. */
export interface TimeCall {
  kind: 'time';
  fn: 'now' | 'seconds' | 'minutes' | 'hours' | 'days';
  n: number;
  span: Span;
}

/** `len(x)`, `lower(x)`, `upper(x)` over a value. */
export interface FnCall {
  kind: 'fn';
  fn: 'len' | 'lower' | 'upper';
  arg: Operand;
  span: Span;
}

/** `json(x).a.b`: parse the string `x` as JSON, then follow `path`. */
export interface JsonPath {
  kind: 'json';
  arg: Operand;
  path: Segment[];
  /** The path as written after `json(...)`, e.g. `.user.id`. */
  pathText: string;
  span: Span;
}

/** `a + b`, `a - b` over constants (numbers, durations, times), e.g. `now() - 5m`. */
export interface Arith {
  kind: 'arith';
  op: '+' | '-';
  left: Operand;
  right: Operand;
  span: Span;
}

export type Operand = FieldRef | Literal | RegexLit | ListLit | TimeCall | FnCall | JsonPath | Arith;

export const COMPARE_OPS = ['==', '!=', '>', '>=', '<', '<='] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];
export const MATCH_OPS = ['contains', 'startsWith', 'endsWith', 'matches'] as const;
export type MatchOp = (typeof MATCH_OPS)[number];

export type Expr =
  | { kind: 'all' }
  | { kind: 'const'; value: boolean; span: Span }
  | { kind: 'and' | 'or'; items: Expr[] }
  | { kind: 'not'; expr: Expr; span: Span }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand; span: Span }
  | { kind: 'match'; op: MatchOp; left: Operand; right: Operand; method: boolean; span: Span }
  | { kind: 'in'; left: Operand; right: Operand; span: Span }
  | { kind: 'exists'; operand: Operand; call: boolean; span: Span }
  | { kind: 'truthy'; operand: Operand; span: Span }
  | { kind: 'macro'; name: string; expr: Expr; span: Span }
  | { kind: 'limit'; n: number; span: Span };

/** A parsed query. `Ast` is the root expression (`{kind:'all'}` for the empty query). */
export type Ast = Expr;
