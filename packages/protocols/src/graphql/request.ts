// Is an HTTP request a GraphQL operation (GraphQL over HTTP, graphql.github.io/graphql-over-http)?
// POST JSON `{query, operationName?, variables?, extensions?}` (or an array of them: a batch),
// POST `application/graphql` (the body is the document), GET `?query=…`, and persisted queries
// (`extensions.persistedQuery.sha256Hash` with no document). The document must scan as GraphQL.
import { bodyText, GRAPHQL_TYPE, isJsonType, isObj, mediaType, type Obj } from './body.js';
import { boundJson, looksLikeJson, parseJson } from './json.js';
import { GRAPHQL_LIMITS } from './limits.js';
import { scanDocument, type OperationType } from './scan.js';
import { parseQuery, splitTarget } from '../http1/query.js';

export interface GraphqlOperation {
  query?: string;
  queryTruncated?: true;
  operationName?: string;
  operationType?: OperationType;
  variables?: unknown;
  variablesTruncated?: true;
  rootFields: string[];
  /** Fragment definitions in the document, when there are any. */
  fragments?: number;
  persisted?: true;
}

export type RequestVerdict =
  | { kind: 'graphql'; operations: GraphqlOperation[]; batch: number | null }
  /** It could be GraphQL (JSON or GraphQL content type) but the body cannot be read whole. */
  | { kind: 'undecodable' }
  | { kind: 'no' };

export type Count = (event: string) => void;

const NO: RequestVerdict = { kind: 'no' };

export function classifyRequest(req: Obj, count: Count): RequestVerdict {
  const method = req.method;
  if (method === 'GET') return fromQueryString(queryParams(req), count);
  if (method !== 'POST') return NO;
  const type = mediaType(req);
  if (type === GRAPHQL_TYPE) {
    const text = bodyText(req, true);
    if (text === undefined) return { kind: 'undecodable' };
    if (text === null) return NO;
    const params = queryParams(req);
    const op = operation(text, str(params.operationName), params.variables, undefined, count);
    return op ? { kind: 'graphql', operations: [op], batch: null } : NO;
  }
  // Clients that forget the content type send none or text/plain (fetch with a string body).
  const json = isJsonType(type);
  if (!json && type !== '' && type !== 'text/plain') return NO;
  const text = bodyText(req, json);
  if (text === undefined) return json && mayHoldOperation(req) ? { kind: 'undecodable' } : NO;
  if (text === null || !looksLikeJson(text)) return NO;
  // Every JSON POST of every API passes here: a substring search (far cheaper than JSON.parse)
  // drops the bodies that cannot hold an operation. A key spelled with escapes is missed.
  if (!text.includes('"query"') && !text.includes('"extensions"')) return NO;
  return fromJson(parseJson(text), count);
}

/**
 * An unreadable JSON body is reported as undecodable GraphQL only if it could be one: a cut body's
 * kept text must name `query` or `extensions` (a truncated REST upload is not counted); a body
 * without text (failed decoding, not UTF-8) cannot tell, and counts.
 */
function mayHoldOperation(req: Obj): boolean {
  const text = isObj(req.body) ? req.body.text : undefined;
  return typeof text !== 'string' || text.includes('"query"') || text.includes('"extensions"');
}

function fromJson(value: unknown, count: Count): RequestVerdict {
  if (Array.isArray(value)) {
    if (value.length === 0) return NO;
    const operations: GraphqlOperation[] = [];
    for (const item of value) {
      if (operations.length >= GRAPHQL_LIMITS.maxBatchOperations) {
        count('graphql.batch_limit');
        break;
      }
      const op = fromParams(item, count);
      if (!op) return NO;
      operations.push(op);
    }
    return { kind: 'graphql', operations, batch: value.length };
  }
  const op = fromParams(value, count);
  return op ? { kind: 'graphql', operations: [op], batch: null } : NO;
}

/** One `{query, operationName, variables, extensions}` object (parsed JSON). */
function fromParams(o: unknown, count: Count): GraphqlOperation | null {
  if (!isObj(o)) return null;
  const { query, operationName, variables, extensions } = o;
  if (!nullish(operationName) && typeof operationName !== 'string') return null;
  if (!nullish(variables) && !isObj(variables) && typeof variables !== 'string') return null;
  if (!nullish(extensions) && !isObj(extensions)) return null;
  if (typeof query === 'string') return operation(query, str(operationName), variables, extensions, count);
  if (nullish(query) && persistedHash(extensions)) return persistedOnly(str(operationName), variables, count);
  return null;
}

/** GET (and the query string of a POST application/graphql): every value is a string. */
function fromQueryString(params: Record<string, string | string[]>, count: Count): RequestVerdict {
  const query = str(params.query);
  const name = str(params.operationName);
  const ext = typeof params.extensions === 'string' ? parseJson(params.extensions) : undefined;
  let op: GraphqlOperation | null = null;
  if (query !== undefined) op = operation(query, name, params.variables, ext, count);
  else if (params.query === undefined && persistedHash(ext)) op = persistedOnly(name, params.variables, count);
  return op ? { kind: 'graphql', operations: [op], batch: null } : NO;
}

function operation(text: string, givenName: string | undefined, variables: unknown, extensions: unknown, count: Count): GraphqlOperation | null {
  const scan = scanDocument(text);
  if (!scan) return null;
  if (!scan.complete) count('graphql.scan_limit');
  // The operation the server runs: the one named by operationName, else the only (first) one.
  const chosen = (givenName !== undefined && scan.operations.find((o) => o.name === givenName)) || scan.operations[0];
  const op: GraphqlOperation = { rootFields: chosen.rootFields, operationType: chosen.type };
  if (scan.fragments > 0) op.fragments = scan.fragments;
  if (text.length > GRAPHQL_LIMITS.maxQueryChars) {
    op.query = text.slice(0, GRAPHQL_LIMITS.maxQueryChars);
    op.queryTruncated = true;
    count('graphql.query_truncated');
  } else op.query = text;
  const name = givenName ?? chosen.name;
  if (name !== undefined) op.operationName = name;
  if (persistedHash(extensions)) op.persisted = true;
  addVariables(op, variables, count);
  return op;
}

function persistedOnly(name: string | undefined, variables: unknown, count: Count): GraphqlOperation {
  const op: GraphqlOperation = { rootFields: [], persisted: true };
  if (name !== undefined) op.operationName = name;
  addVariables(op, variables, count);
  return op;
}

/** Variables as an object; a JSON string (GET, or clients that encode them twice) is parsed. */
function addVariables(op: GraphqlOperation, variables: unknown, count: Count): void {
  const value = typeof variables === 'string' ? parseJson(variables) : variables;
  if (!isObj(value)) return;
  const b = boundJson(value);
  op.variables = b.value;
  if (b.cut) {
    op.variablesTruncated = true;
    count('graphql.variables_limit');
  }
}

/** `extensions.persistedQuery.sha256Hash` as Apollo's automatic persisted queries send it. */
function persistedHash(extensions: unknown): boolean {
  if (!isObj(extensions)) return false;
  const pq = extensions.persistedQuery;
  return isObj(pq) && typeof pq.sha256Hash === 'string' && /^[0-9a-fA-F]{64}$/.test(pq.sha256Hash);
}

/** The request's decoded query parameters: `queryString` when the dissector set it, else from the URL. */
function queryParams(req: Obj): Record<string, string | string[]> {
  if (isObj(req.queryString)) return req.queryString as Record<string, string | string[]>;
  const target = typeof req.url === 'string' ? req.url : typeof req.path === 'string' ? req.path : '';
  return parseQuery(splitTarget(target).query);
}

const nullish = (v: unknown): boolean => v === undefined || v === null;
/** A string value; '' counts as absent (an empty operationName means none). */
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
