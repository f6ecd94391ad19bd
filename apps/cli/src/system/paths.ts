import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';

/**
 * Where the repository's built apps are, and where `trawl start` keeps its state by default.
 * Found by name rather than by depth: this module runs from src/system (tests), dist/system (tsc)
 * or a chunk of dist/bundle, each at a different depth under apps/cli.
 */
const here = fileURLToPath(import.meta.url);
export const REPO_ROOT = here.slice(0, here.lastIndexOf(`${sep}apps${sep}cli${sep}`) + 1);
export const HUB_MAIN = join(REPO_ROOT, 'apps/hub/dist/main.js');
export const WORKER_MAIN = join(REPO_ROOT, 'apps/worker/dist/main.js');
export const WEB_OUT = join(REPO_ROOT, 'apps/web/out');

/** State of a local run: `<data>/nats`, `<data>/hub`, and `<data>/run/*.pid` for `trawl clean`. */
export function defaultDataDir(): string {
  return process.env.TRAWL_DATA ?? join(REPO_ROOT, '.trawl');
}

export const runDir = (data: string) => join(data, 'run');

/** `trawl start`'s own pid file in the run dir: `trawl clean` stops it before anything else. */
export const START_PID = 'start.pid';
