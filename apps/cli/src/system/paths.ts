import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the repository's built apps are, and where `trawl start` keeps its state by default. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const HUB_MAIN = join(REPO_ROOT, 'apps/hub/dist/main.js');
export const WORKER_MAIN = join(REPO_ROOT, 'apps/worker/dist/main.js');
export const WEB_OUT = join(REPO_ROOT, 'apps/web/out');

/** State of a local run: `<data>/nats`, `<data>/hub`, and `<data>/run/*.pid` for `trawl clean`. */
export function defaultDataDir(): string {
  return process.env.TRAWL_DATA ?? join(REPO_ROOT, '.trawl');
}

export const runDir = (data: string) => join(data, 'run');
