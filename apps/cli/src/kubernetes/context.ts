// The cluster `trawl tap` and `trawl clean --kube` act on: the current context of the user's
// kubeconfig (--kubeconfig, else $KUBECONFIG, else ~/.kube/config), as kubectl would pick it.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { RuntimeError, UsageError } from '../errors.js';

export interface ClusterContext {
  kc: KubeConfig;
  /** The context's name and server, for messages: the user must see where things go. */
  name: string;
  server: string;
}

export function loadContext(kubeconfig: string | undefined, context: string | undefined, env: NodeJS.ProcessEnv = process.env): ClusterContext {
  const kc = new KubeConfig();
  const files = kubeconfig !== undefined ? [kubeconfig] : env.KUBECONFIG ? env.KUBECONFIG.split(':').filter(Boolean) : [join(homedir(), '.kube', 'config')];
  const file = files.find((f) => existsSync(f));
  if (file === undefined) {
    const said = kubeconfig !== undefined ? `--kubeconfig ${kubeconfig} does not exist` : `no kubeconfig (${files.join(', ')})`;
    throw new UsageError(`${said}: point --kubeconfig at the cluster's kubeconfig`);
  }
  try {
    kc.loadFromFile(file);
  } catch (e) {
    throw new UsageError(`cannot load the kubeconfig ${file}: ${(e as Error).message}`);
  }
  if (context !== undefined) {
    if (!kc.getContexts().some((c) => c.name === context)) {
      throw new UsageError(`--context ${context}: ${file} has no such context (it has: ${kc.getContexts().map((c) => c.name).join(', ') || 'none'})`);
    }
    kc.setCurrentContext(context);
  }
  const cluster = kc.getCurrentCluster();
  if (cluster === null || !cluster.server) throw new UsageError(`${file}: the current context names no cluster with a server`);
  return { kc, name: kc.getCurrentContext(), server: cluster.server };
}

/** An API error as a sentence: client-node's ApiException carries the status and the server's message. */
export function apiErrorMessage(e: unknown): string {
  const err = e as { code?: number; body?: unknown; message?: string; cause?: { code?: string } };
  if (typeof err?.code === 'number') {
    let detail = '';
    try {
      const body = typeof err.body === 'string' ? JSON.parse(err.body) : err.body;
      if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') detail = (body as { message: string }).message;
    } catch {
      detail = String(err.body ?? '').slice(0, 300);
    }
    return `HTTP ${err.code}${detail ? `: ${detail}` : ''}`;
  }
  const code = err?.cause?.code;
  return `${err?.message ?? String(e)}${code ? ` (${code})` : ''}`;
}

export const statusOf = (e: unknown): number | undefined => {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
};

export function clusterUnreachable(ctx: ClusterContext, e: unknown): RuntimeError {
  return new RuntimeError(`the cluster of context "${ctx.name}" (${ctx.server}) did not answer: ${apiErrorMessage(e)}`);
}
