// Public API of @trawl/protocols: pure TypeScript, no I/O.
export * from './entry/types.js';
export { buildBody, decodeContent } from './entry/body.js';
export { redactEntry, DEFAULT_REDACTED_HEADERS, DEFAULT_REDACTED_QUERY_KEYS, REDACTED, type RedactOptions } from './entry/redact.js';
export { ENTRY_JSON_SCHEMA } from './entry/schema.js';
export { DEFAULT_LIMITS, type EngineLimits } from './limits.js';
export * from './engine/types.js';
export { Engine, type EngineOptions } from './engine/engine.js';
export { CapturePipeline } from './engine/pipeline.js';
export { DissectorRegistry } from './engine/registry.js';
export { defaultDissectors } from './engine/dissectors.js';
export { emptyStats, type EngineStats } from './engine/stats.js';
export * from './capture/index.js';
export * from './link/index.js';
export * from './net/index.js';
export { http1Dissector, HTTP1_FIELDS } from './http1/index.js';
export { encodeBase64, decodeBase64 } from './bytes/base64.js';
