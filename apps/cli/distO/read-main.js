// Entry of the `read` bundle (scripts/bundle.mjs → dist/bundle/read.cjs): `trawl read` alone, as
// one CommonJS file that main.ts loads with a V8 code cache (src/code-cache.ts).
import { readCommand } from './commands/read.js';
import { runCommand } from './run.js';
/** `trawl read ARGS…`: the exit code. */
export function startRead(argv) {
    return runCommand(() => readCommand(argv));
}
//# sourceMappingURL=read-main.js.map