import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A child process of `trawl start`: its output is prefixed with its name, its pid is written to
 * the run dir (so `trawl clean` can stop a run whose terminal went away), and `ready` resolves on
 * the first output line that matches.
 */
export interface Child {
  name: string;
  process: ChildProcess;
  ready: Promise<string>;
  /** Its exit code, or the signal that ended it. */
  exited: Promise<number | string | null>;
  stop(timeoutMs?: number): Promise<void>;
}

export interface ChildOptions {
  runDir: string;
  readyLine: RegExp;
  env?: NodeJS.ProcessEnv;
}

/** A child that has printed its ready line; one that exits or fails first is stopped and its error thrown. */
export async function startReadyChild(name: string, command: string, args: string[], options: ChildOptions): Promise<Child> {
  const child = startChild(name, command, args, options);
  try {
    await child.ready;
  } catch (e) {
    await child.stop();
    throw e;
  }
  return child;
}

export function startChild(name: string, command: string, args: string[], options: ChildOptions): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  mkdirSync(options.runDir, { recursive: true });
  const pidFile = join(options.runDir, `${name}.pid`);
  if (child.pid) writeFileSync(pidFile, String(child.pid));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => {
      rmSync(pidFile, { force: true });
      resolve(code ?? signal);
    }),
  );
  let resolveReady!: (line: string) => void;
  let rejectReady!: (e: Error) => void;
  const ready = new Promise<string>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  let seen = false;
  let tail = '';
  const onLine = (line: string) => {
    process.stderr.write(`[${name}] ${line}\n`);
    tail = (tail + line + '\n').slice(-2000);
    if (!seen && options.readyLine.test(line)) {
      seen = true;
      resolveReady(line);
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  }
  child.once('error', (e) => rejectReady(new Error(`${name} could not start: ${e.message}`)));
  void exited.then((code) => {
    if (!seen) rejectReady(new Error(`${name} exited (${typeof code === 'number' ? `code ${code}` : code}) before it was ready:\n${tail.trim()}`));
  });
  return {
    name,
    process: child,
    ready,
    exited,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
