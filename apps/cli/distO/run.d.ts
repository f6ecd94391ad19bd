/**
 * Runs a command and turns what it throws into an exit code and one line on stderr: usage
 * mistakes exit 2, runtime failures 1, and a bug of ours says so without a stack trace (unless
 * TRAWL_DEBUG is set). Shared by the whole CLI (cli.ts) and the `read` bundle (read-main.ts).
 */
export declare function runCommand(command: () => Promise<number>): Promise<number>;
