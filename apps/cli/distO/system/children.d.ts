import { type ChildProcess } from 'node:child_process';
/**
 * A child process of `trawl start`: its output is prefixed with its name, its pid is written to
 * the run dir (so `trawl clean` can stop a run whose terminal went away), and `ready` resolves on
 * the first output line that matches.
 */
export interface Child {
    name: string;
    process: ChildProcess;
    ready: Promise<string>;
    exited: Promise<number | null>;
    stop(timeoutMs?: number): Promise<void>;
}
export declare function startChild(name: string, command: string, args: string[], options: {
    runDir: string;
    readyLine: RegExp;
    env?: NodeJS.ProcessEnv;
}): Child;
