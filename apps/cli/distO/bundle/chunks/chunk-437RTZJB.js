import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);

// apps/cli/dist/errors.js
var UsageError = class extends Error {
  name = "UsageError";
};
var RuntimeError = class extends Error {
  name = "RuntimeError";
};
var EXIT_OK = 0;
var EXIT_RUNTIME = 1;
var EXIT_USAGE = 2;

export {
  UsageError,
  RuntimeError,
  EXIT_OK,
  EXIT_RUNTIME,
  EXIT_USAGE
};
//# sourceMappingURL=chunk-437RTZJB.js.map
