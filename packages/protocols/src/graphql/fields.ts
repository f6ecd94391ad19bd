// The KFL paths a GraphQL entry fills, on top of the HTTP ones (http1/fields.ts). `graphql.query`
// and `graphql.operationName` are KFL aliases of the first two (packages/kfl/src/fields.ts).
export const GRAPHQL_FIELDS = {
  'request.query': 'document text (first operation of a batch), at most maxQueryChars',
  'request.queryTruncated': 'true when request.query was cut',
  'request.operationName': 'operationName as sent, else the name in the document',
  'request.operationType': 'query | mutation | subscription (absent for a persisted query without text)',
  'request.variables': 'variables object (bounded copy)',
  'request.variablesTruncated': 'true when request.variables was cut',
  'request.rootFields': 'field names of the root selection set',
  'request.fragments': 'fragment definitions in the document',
  'request.persisted': 'true for an automatic persisted query (extensions.persistedQuery)',
  'request.batch': 'operations in a batched request (absent when not a batch)',
  'request.operations': 'per operation of a batch: {operationType, operationName, rootFields, persisted}',
  'response.errors': '[{message, path?, code?}] from the JSON body (absent when none)',
  'response.hasErrors': 'the JSON body had a non-empty errors array',
} as const;

export type GraphqlFieldPath = keyof typeof GRAPHQL_FIELDS;
