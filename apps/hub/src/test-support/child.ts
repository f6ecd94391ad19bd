/** The built hub (`dist/main.js`) as a child process, built first when the sources are newer. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('../..', import.meta.url));
const root = join(appDir, '../..');
export const MAIN_JS = join(appDir, 'dist/main.js');

function newestSource(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestSource(p) : name.endsWith('.test.ts') ? 0 : s.mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  if (existsSync(MAIN_JS) && statSync(MAIN_JS).mtimeMs >= newestSource(join(appDir, 'src'))) return;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', join(appDir, 'tsconfig.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

export interface HubChild {
  process: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `main.js` and resolves with its URL once it printed the ready line. */
export function startHubChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<HubChild> {
  const child = spawn(process.execPath, [MAIN_JS, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ process: child, url: m[1] as string, stderr: () => err, exited });
    });
    void exited.then((code) => reject(new Error(`hub exited (${code}) before it was ready: ${err}`)));
  });
}

/** Runs `main.js` expecting it to exit; returns its code and output. */
export function runHubChild(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 10_000) {
  return spawnSync(process.execPath, [MAIN_JS, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: timeoutMs });
}
