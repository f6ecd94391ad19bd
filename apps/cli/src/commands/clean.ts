import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processAlive } from '@trawl/bus';
import { EXIT_OK, UsageError } from '../errors.js';
import { defaultDataDir, runDir, START_PID } from '../system/paths.js';

export const CLEAN_USAGE = `usage: trawl clean [--data DIR] [--purge]
       trawl clean --kube [--kubeconfig FILE] [--context NAME] [--namespace trawl]

Stops what a \`trawl start\` left running (from its pid files) and removes its run state.
The stored traffic is kept unless --purge is given.
With --kube: removes what \`trawl tap\` put in the cluster (its namespace, with the hub's store,
and its cluster role and binding). A namespace trawl did not make is left alone.`;

export async function cleanCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      purge: { type: 'boolean', default: false },
      kube: { type: 'boolean', default: false },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespace: { type: 'string', default: 'trawl' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(CLEAN_USAGE + '\n');
    return EXIT_OK;
  }
  if (values.kube) {
    if (values.data !== undefined || values.purge) throw new UsageError('--kube removes trawl from the cluster: --data and --purge are for `trawl start`');
    return (await import('../kubernetes/clean.js')).cleanCluster(values.kubeconfig, values.context, values.namespace!);
  }
  if (values.kubeconfig !== undefined || values.context !== undefined) throw new UsageError('--kubeconfig and --context go with --kube');
  const data = values.data ?? defaultDataDir();
  const run = runDir(data);
  let stopped = 0;
  if (existsSync(run)) {
    // `trawl start` first: it stops its parts itself (a part stopped directly would be started
    // again by it) and removes their pid files; what is left belongs to a start killed outright.
    const pidFiles = readdirSync(run)
      .filter((f) => f.endsWith('.pid'))
      .sort((a, b) => Number(b === START_PID) - Number(a === START_PID));
    for (const file of pidFiles) {
      const pid = readPid(join(run, file));
      if (pid !== null && processAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        stopped++;
        await waitGone(pid, 10_000);
      }
    }
    rmSync(run, { recursive: true, force: true });
  }
  const existed = existsSync(data);
  if (values.purge) rmSync(data, { recursive: true, force: true });
  const dataSaid = !existed ? `; no data in ${data}` : values.purge ? `, removed ${data}` : `; data kept in ${data} (--purge removes it)`;
  process.stdout.write(`trawl: stopped ${stopped} process${stopped === 1 ? '' : 'es'}${dataSaid}\n`);
  return EXIT_OK;
}

/**
 * The pid a file names, or null. The file may be gone since the folder was listed: stopping
 * `trawl start` first makes it stop its children and remove their pid files.
 */
function readPid(file: string): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 1 ? pid : null;
}


async function waitGone(pid: number, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (processAlive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
}
