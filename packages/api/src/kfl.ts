/**
 * `GET /api/kfl/validate`, `GET /api/kfl/complete`, and the error body every route answers with
 * (apps/hub/src/api/errors.ts).
 */

/** Where in a query a KFL error is. */
export interface KflPosition {
  line: number;
  column: number;
  offset: number;
  length: number;
}

/** A completion (packages/kfl's `complete`). */
export interface Completion {
  label: string;
  kind: 'field' | 'operator' | 'keyword' | 'macro' | 'function' | 'value';
  /** Text to put in place of `query.slice(from, to)`. */
  insert: string;
  from: number;
  to: number;
  detail?: string;
}

export interface KflValidateResponse {
  valid: true;
  normalized: string;
}

export interface KflCompleteResponse {
  completions: Completion[];
}

/**
 * A non-2xx answer. `position`/`expected` come with `invalid_query`, `param` with `bad_parameter`,
 * `field` with `bad_rule` (webhooks).
 */
export interface ApiErrorBody {
  error: string;
  message: string;
  position?: KflPosition;
  expected?: string[];
  param?: string;
  field?: string;
}
