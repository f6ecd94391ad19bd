// The GraphQL side of a response: the `errors` of a JSON body (`{data?, errors?, extensions?}`,
// or an array of them for a batch). `data` stays in the body only.
import { bodyText, GRAPHQL_RESPONSE_TYPE, isJsonType, isObj, mediaType, type Obj } from './body.js';
import { looksLikeJson, parseJson } from './json.js';
import { GRAPHQL_LIMITS } from './limits.js';
import type { Count } from './request.js';

export interface GraphqlError {
  message: string;
  /** The response field the error is about, e.g. `["user", 0, "name"]`. */
  path?: (string | number)[];
  /** `extensions.code` when it is a string (e.g. `PERSISTED_QUERY_NOT_FOUND`). */
  code?: string;
}

export interface ResponseInfo {
  errors: GraphqlError[];
  hasErrors: boolean;
}

/** The errors of a GraphQL JSON response; null when the body is not one (or cannot be read). */
export function readResponse(resp: Obj, count: Count): ResponseInfo | null {
  const type = mediaType(resp);
  const json = isJsonType(type);
  // Event streams and multipart (subscriptions, @defer) are not decoded.
  if (!json && type !== '') return null;
  const text = bodyText(resp, json);
  if (text === undefined) {
    count('graphql.response_undecodable');
    return null;
  }
  if (text === null || !looksLikeJson(text)) return null;
  const value = parseJson(text);
  const results = Array.isArray(value) ? value : [value];
  if (results.length === 0 || !results.every(isResult)) return null;
  const info: ResponseInfo = { errors: [], hasErrors: false };
  for (const r of results) {
    const errors = (r as Obj).errors;
    if (!Array.isArray(errors) || errors.length === 0) continue;
    info.hasErrors = true;
    for (const e of errors) {
      if (info.errors.length >= GRAPHQL_LIMITS.maxErrors) {
        count('graphql.errors_limit');
        return info;
      }
      info.errors.push(oneError(e));
    }
  }
  return info;
}

/** `{data}` and/or `{errors}`: what a GraphQL result has (spec §7.1). */
const isResult = (v: unknown): boolean => isObj(v) && ('data' in v || Array.isArray(v.errors));

export const isGraphqlResponseType = (resp: Obj): boolean => mediaType(resp) === GRAPHQL_RESPONSE_TYPE;

function oneError(e: unknown): GraphqlError {
  const L = GRAPHQL_LIMITS;
  if (!isObj(e)) return { message: '' };
  const m = typeof e.message === 'string' ? e.message : '';
  const out: GraphqlError = { message: m.length > L.maxErrorMessageChars ? `${m.slice(0, L.maxErrorMessageChars)}…` : m };
  if (Array.isArray(e.path)) {
    const path = e.path.slice(0, L.maxErrorPathSegments).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    if (path.length > 0) out.path = path;
  }
  if (isObj(e.extensions) && typeof e.extensions.code === 'string') out.code = e.extensions.code.slice(0, 128);
  return out;
}
