import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);
import {
  KflError,
  normalize,
  parse
} from "./chunk-C4E7YYR2.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-437RTZJB.js";
import "./chunk-ODHDREY2.js";

// apps/cli/dist/commands/kfl.js
var KFL_USAGE = `usage: trawl kfl check 'QUERY'

Checks a KFL query: prints it normalised and exits 0, or prints where it is wrong and exits 2.`;
function kflMessage(query, e) {
  const { line, column, length } = e.position;
  const text = query.split("\n")[line - 1] ?? "";
  const caret = " ".repeat(Math.max(0, column - 1)) + "^".repeat(Math.max(1, length));
  return `invalid KFL: ${e.message}
  ${text}
  ${caret}`;
}
function kflCommand(argv) {
  const [verb, ...rest] = argv;
  if (verb === "--help" || verb === "-h" || verb === void 0) {
    process.stdout.write(KFL_USAGE + "\n");
    return verb === void 0 ? 2 : EXIT_OK;
  }
  if (verb !== "check")
    throw new UsageError(`unknown kfl command "${verb}"
${KFL_USAGE}`);
  if (rest.length !== 1)
    throw new UsageError(`trawl kfl check takes one query (quote it)
${KFL_USAGE}`);
  const query = rest[0];
  try {
    process.stdout.write(normalize(parse(query)) + "\n");
    return EXIT_OK;
  } catch (e) {
    if (e instanceof KflError)
      throw new UsageError(kflMessage(query, e));
    throw e;
  }
}
export {
  KFL_USAGE,
  kflCommand,
  kflMessage
};
//# sourceMappingURL=kfl-6WZOHCJP.js.map
