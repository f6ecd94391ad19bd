import { EXIT_RUNTIME, EXIT_USAGE, RuntimeError, UsageError } from './errors.js';
/**
 * Runs a command and turns what it throws into an exit code and one line on stderr: usage
 * mistakes exit 2, runtime failures 1, and a bug of ours says so without a stack trace (unless
 * TRAWL_DEBUG is set). Shared by the whole CLI (cli.ts) and the `read` bundle (read-main.ts).
 */
export async function runCommand(command) {
    try {
        return await command();
    }
    catch (e) {
        if (e instanceof UsageError || (e instanceof TypeError && e.code?.startsWith('ERR_PARSE_ARGS'))) {
            process.stderr.write(`trawl: ${e.message}\n`);
            return EXIT_USAGE;
        }
        if (e instanceof RuntimeError) {
            process.stderr.write(`trawl: ${e.message}\n`);
            return EXIT_RUNTIME;
        }
        process.stderr.write(`trawl: internal error: ${e?.message ?? e}\n`);
        if (process.env.TRAWL_DEBUG)
            process.stderr.write(`${e?.stack}\n`);
        return EXIT_RUNTIME;
    }
}
//# sourceMappingURL=run.js.map