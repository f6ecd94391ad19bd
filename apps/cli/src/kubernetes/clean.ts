import { KubernetesObjectApi } from '@kubernetes/client-node';
import { EXIT_OK, UsageError } from '../errors.js';
import { removeTrawl } from './apply.js';
import { loadContext } from './context.js';

/** `trawl clean --kube`: what `trawl tap` made, deleted; says what was there. */
export async function cleanCluster(kubeconfig: string | undefined, context: string | undefined, namespace: string): Promise<number> {
  if (!/^[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?$/.test(namespace)) throw new UsageError(`--namespace must be a DNS label, not "${namespace}"`);
  const ctx = loadContext(kubeconfig, context);
  const removed = await removeTrawl(ctx.kc.makeApiClient(KubernetesObjectApi), namespace);
  const what = removed.length === 0 ? 'nothing of trawl was there' : `deleted ${removed.join(', ')} (the namespace's objects go with it)`;
  process.stdout.write(`trawl: context "${ctx.name}", namespace ${namespace}: ${what}\n`);
  return EXIT_OK;
}
