// graphql-js as the oracle of the scanner: what its `parse` says a document contains.
import { parse, type DocumentNode } from 'graphql';
import type { ScanResult } from '../scan.js';

/** What graphql-js says: each operation's type, name and root field names, and the fragment count. */
export function oracle(text: string): ScanResult | null {
  let doc: DocumentNode;
  try {
    doc = parse(text);
  } catch {
    return null;
  }
  const result: ScanResult = { operations: [], fragments: 0, complete: true };
  for (const d of doc.definitions) {
    if (d.kind === 'FragmentDefinition') result.fragments++;
    else if (d.kind === 'OperationDefinition') {
      const rootFields = d.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
      result.operations.push({ type: d.operation as 'query', ...(d.name ? { name: d.name.value } : {}), rootFields });
    } else return null; // type system documents are not requests
  }
  return result.operations.length > 0 ? result : null;
}

export interface OracleOperation {
  type?: string;
  name?: string;
  rootFields: string[];
  persisted?: true;
}

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** One `{query, operationName, extensions}` by graphql-js: null when graphql-js cannot parse the query. */
function oracleParams(o: unknown): OracleOperation | null {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return null;
  const { query, operationName, extensions } = o as Record<string, unknown>;
  const name = typeof operationName === 'string' && operationName !== '' ? operationName : undefined;
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const persisted = typeof hash === 'string' && SHA256.test(hash);
  if (typeof query !== 'string') return persisted && query == null ? { ...(name ? { name } : {}), rootFields: [], persisted: true } : null;
  const doc = oracle(query);
  if (!doc) return null;
  const op = doc.operations.find((x) => name !== undefined && x.name === name) ?? doc.operations[0];
  return { type: op.type, ...(name ?? op.name ? { name: name ?? op.name } : {}), rootFields: op.rootFields, ...(persisted ? { persisted: true as const } : {}) };
}

/**
 * The GraphQL operations of an HTTP request by the GraphQL-over-HTTP rules and graphql-js's
 * parser, written independently of the enricher: null when it is not GraphQL.
 */
export function oracleRequest(method: string, uri: string, contentType: string, body: string): OracleOperation[] | null {
  const params = new URL(uri, 'http://x').searchParams;
  if (method === 'GET') {
    const ext = params.get('extensions');
    return wrap(oracleParams({ query: params.get('query') ?? undefined, operationName: params.get('operationName'), extensions: ext ? JSON.parse(ext) : undefined }));
  }
  if (method !== 'POST') return null;
  if (contentType.split(';')[0].trim() === 'application/graphql') return wrap(oracleParams({ query: body, operationName: params.get('operationName') }));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(json)) return wrap(oracleParams(json));
  const ops = json.map(oracleParams);
  return ops.length > 0 && ops.every((o) => o !== null) ? (ops as OracleOperation[]) : null;
}

const wrap = (op: OracleOperation | null): OracleOperation[] | null => (op ? [op] : null);
