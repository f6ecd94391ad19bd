// Public API of GraphQL over HTTP/1 and HTTP/2: an entry enricher, not a dissector.
export { graphqlEnricher, createGraphqlEnricher, enrichEntry, type GraphqlEnricher, type GraphqlEnricherOptions } from './enrich.js';
export { scanDocument, type ScanResult, type ScannedOperation, type OperationType, type ScanOptions } from './scan.js';
export { Lexer, Tok } from './lexer.js';
export { classifyRequest, type GraphqlOperation, type RequestVerdict } from './request.js';
export { readResponse, type GraphqlError, type ResponseInfo } from './response.js';
export { GRAPHQL_LIMITS } from './limits.js';
export { GRAPHQL_FIELDS, type GraphqlFieldPath } from './fields.js';
