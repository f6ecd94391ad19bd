// Runs the containers `trawl tap` put into the (stand-in) cluster as processes on this machine,
// the way a kubelet would run them from the trawl image: the same args and env, with what the
// kubelet does itself (env from Secrets and the downward API, `$(VAR)` in args) and what the
// cluster network would give (Service DNS names, fixed ports, volumes) mapped onto loopback,
// free ports and temp dirs. The image's entrypoint words map as docker/entrypoint.sh maps them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { V1Container } from '@kubernetes/client-node';
import { root } from './start-trawl.js';

export interface RunningContainer {
  name: string;
  child: ChildProcess;
  output(): string;
}

/** `$(NAME)` → env value, as the kubelet expands args. */
export function expandArgs(args: string[], env: Record<string, string>): string[] {
  return args.map((a) => a.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => env[name] ?? m));
}

/** The container's env: plain values, Secret keys (from `secrets`), the pod's node name. */
export function resolveEnv(c: V1Container, secrets: Record<string, Record<string, string>>, nodeName: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) {
      const { name = '', key } = e.valueFrom.secretKeyRef;
      const v = secrets[name]?.[key];
      if (v === undefined) throw new Error(`${c.name}: env ${e.name} names ${name}/${key}, which the Secret does not have`);
      env[e.name] = v;
    } else if (e.valueFrom?.fieldRef?.fieldPath === 'spec.nodeName') env[e.name] = nodeName;
    else throw new Error(`${c.name}: env ${e.name}: a source this kubelet does not know`);
  }
  return env;
}

/** The program the image runs for these args (docker/entrypoint.sh's mapping). */
function command(c: V1Container, args: string[]): [string, string[]] {
  if (c.image?.startsWith('nats:')) return ['nats-server', args];
  const [word, ...rest] = args;
  if (word === 'hub') return [process.execPath, [join(root, 'apps/hub/dist/main.js'), '--static', join(root, 'apps/web/out'), ...rest]];
  if (word === 'worker') return [process.execPath, [join(root, 'apps/worker/dist/main.js'), ...rest]];
  throw new Error(`${c.name}: the image has no entrypoint word "${word}"`);
}

/**
 * Starts one container. `rewrite` maps each arg (after `$(VAR)` expansion) from the cluster's
 * world to this machine's (a Service URL to 127.0.0.1:port, /data to a temp dir…); `extraArgs`
 * add what the cluster gives without a flag (the NATS port a Service would route to).
 */
export function runContainer(c: V1Container, env: Record<string, string>, rewrite: (arg: string, i: number, all: string[]) => string, extraArgs: string[] = []): RunningContainer {
  const args = [...expandArgs(c.args ?? [], env).map(rewrite), ...extraArgs];
  const [program, argv] = command(c, args);
  const child = spawn(program, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { name: c.name, child, output: () => out.slice(-4000) };
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
