// The Redis dissector's named limits (CONVENTIONS §5). Hitting one is counted as `redis.<event>`
// (see README), never raised. Pending commands use the engine's `maxPendingRequests`, and the
// string bytes kept per reply use the engine's `maxBodyBytes`.

export interface RespLimits {
  /** Longest type line (`+…`, `-…`, `$5`, …) or inline command before framing is declared lost. */
  maxLine: number;
  /** Aggregates nested deeper than this lose the framing (Redis itself never nests this far). */
  maxDepth: number;
  /** Elements kept per aggregate (map: pairs); the rest is read and dropped (`truncated`). */
  maxElements: number;
  /** Values kept per message across every aggregate. */
  maxNodes: number;
  /** String bytes kept per message (all bulk strings together); the rest is skipped, not buffered. */
  maxStringBytes: number;
}

export const RESP_LIMITS: RespLimits = {
  maxLine: 64 << 10,
  maxDepth: 32,
  maxElements: 1000,
  maxNodes: 10_000,
  maxStringBytes: 1 << 20,
};

/** Largest bulk length accepted (Redis' default proto-max-bulk-len); more is not RESP. */
export const MAX_BULK_LENGTH = 512 << 20;
/** Largest aggregate count accepted; more is not RESP. */
export const MAX_AGGREGATE_COUNT = 1 << 30;
/** Arguments kept in `request.args`; `request.argCount` has the real count. */
export const MAX_ARGS = 64;
/** Characters kept per argument; longer ones end with `…`. */
export const MAX_ARG_CHARS = 1024;
/** String bytes kept per command (all its arguments together): enough for 64 arguments of 1024 chars. */
export const MAX_COMMAND_STRING_BYTES = 256 << 10;
