// The GraphQL enricher: an http or http2 entry whose request is a GraphQL operation becomes a
// `graphql` entry. Every HTTP field stays as it was; the GraphQL fields are added beside them.
import type { EntryEnricher, PartialEntry } from '../engine/types.js';
import { isObj, type Obj } from './body.js';
import { classifyRequest, type Count, type GraphqlOperation } from './request.js';
import { isGraphqlResponseType, readResponse } from './response.js';

/** The underlying protocols GraphQL rides on. */
const CARRIERS: ReadonlySet<string> = new Set(['http', 'http2']);

export interface GraphqlEnricherOptions {
  /** Where `graphql.*` events go when the engine does not pass a counter to `enrich`. */
  count?: Count;
}

export interface GraphqlEnricher extends EntryEnricher {
  /**
   * `count` receives the `graphql.*` events (README); the engine passes its own counter. Called
   * without one (tests, other hosts), the options' counter (if any) is used.
   */
  enrich(entry: PartialEntry, count?: Count): void;
}

export function createGraphqlEnricher(options: GraphqlEnricherOptions = {}): GraphqlEnricher {
  const fallback: Count = options.count ?? (() => {});
  return {
    name: 'graphql',
    enrich(entry: PartialEntry, count: Count = fallback): void {
      enrichEntry(entry, count);
    },
  };
}

/** The enricher to register: `new DissectorRegistry([...], [graphqlEnricher])`. */
export const graphqlEnricher: GraphqlEnricher = createGraphqlEnricher();

/** Refines `entry` in place when it is GraphQL over HTTP; never throws on entry content. */
export function enrichEntry(entry: PartialEntry, count: Count): void {
  if (!CARRIERS.has(entry.protocol.name)) return;
  const req = entry.request;
  const resp = entry.response;
  let operations: GraphqlOperation[] = [];
  let batch: number | null = null;
  const verdict = isObj(req) ? classifyRequest(req, count) : null;
  if (verdict?.kind === 'graphql') {
    operations = verdict.operations;
    batch = verdict.batch;
  } else if (verdict?.kind === 'undecodable') {
    count('graphql.undecodable');
    return;
  } else if (!(isObj(resp) && isGraphqlResponseType(resp))) {
    // Neither the request nor the response says GraphQL (a missing request is only known by the
    // response's media type, which only GraphQL servers send).
    return;
  }
  entry.protocol = { name: 'graphql', version: entry.protocol.version, abbr: 'GQL' };
  if (isObj(req) && operations.length > 0) addRequest(req, operations, batch);
  if (isObj(resp)) {
    const info = readResponse(resp, count);
    if (info) {
      if (info.errors.length > 0) resp.errors = info.errors;
      resp.hasErrors = info.hasErrors;
    }
  }
}

function addRequest(req: Obj, operations: GraphqlOperation[], batch: number | null): void {
  // The first operation's fields at the top (the one a batch starts with).
  Object.assign(req, operations[0]);
  if (batch !== null) {
    req.batch = batch;
    req.operations = operations.map(({ operationType, operationName, rootFields, persisted }) => {
      const o: Obj = { rootFields };
      if (operationType !== undefined) o.operationType = operationType;
      if (operationName !== undefined) o.operationName = operationName;
      if (persisted) o.persisted = true;
      return o;
    });
  }
}
