/**
 * Every bound of the GraphQL enricher, named in one place (CONVENTIONS §5). Hitting one is counted
 * as `graphql.<event>` (see README) and never raised: the entry keeps what was found before it.
 */
export const GRAPHQL_LIMITS = {
  /**
   * Tokens the document scanner reads before it stops (`graphql.scan_limit`). The head of the
   * first operation is always within it; root fields past it are not listed.
   */
  maxScanTokens: 20_000,
  /** Nesting of `{ ( [` the scanner follows; deeper is treated as a scan limit. */
  maxNesting: 256,
  /** Root field names listed per operation. */
  maxRootFields: 64,
  /** Operations of a batch checked and listed in `request.operations` (`graphql.batch_limit`). */
  maxBatchOperations: 32,
  /** Characters of the document text copied into `request.query` (`request.queryTruncated`). */
  maxQueryChars: 64 << 10,
  /** Errors of a response listed in `response.errors` (`graphql.errors_limit`). */
  maxErrors: 16,
  /** Characters kept of one error message. */
  maxErrorMessageChars: 1024,
  /** Segments kept of one error path. */
  maxErrorPathSegments: 32,
  /** `request.variables`: nodes (values) kept, depth, string length, array/object entries. */
  maxVariableNodes: 512,
  maxVariableDepth: 8,
  maxVariableStringChars: 1024,
  maxVariableEntries: 64,
  /**
   * Bodies larger than this are not JSON.parse'd. The dissectors keep at most
   * `limits.maxBodyBytes` (1 MiB by default) of a body anyway, and JSON.parse is linear in its
   * input, so this only guards a deployment that raised maxBodyBytes a lot.
   */
  maxJsonChars: 4 << 20,
} as const;

export type GraphqlLimits = typeof GRAPHQL_LIMITS;
