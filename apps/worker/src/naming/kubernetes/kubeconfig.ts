import { KubeConfig } from '@kubernetes/client-node';

/** Where the worker finds its cluster: a kubeconfig file, or the pod it runs in. */
export type KubernetesSource = { kind: 'kubeconfig'; path: string } | { kind: 'in-cluster' };

export class KubeConfigError extends Error {
  override name = 'KubeConfigError';
}

/**
 * `--kubeconfig PATH` wins; otherwise a worker running in a pod (the kubelet sets
 * KUBERNETES_SERVICE_HOST and _PORT) uses its service account; otherwise no Kubernetes naming.
 */
export function kubernetesSource(kubeconfig: string | undefined, disabled: boolean, env: NodeJS.ProcessEnv = process.env): KubernetesSource | null {
  if (disabled) return null;
  if (kubeconfig !== undefined) return { kind: 'kubeconfig', path: kubeconfig };
  if (env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT) return { kind: 'in-cluster' };
  return null;
}

/** Loads the configuration; a file that is missing, not YAML, or names no cluster is a KubeConfigError. */
export function loadKubeConfig(source: KubernetesSource): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (source.kind === 'kubeconfig') kc.loadFromFile(source.path);
    else kc.loadFromCluster();
  } catch (e) {
    const where = source.kind === 'kubeconfig' ? `--kubeconfig ${source.path}` : 'the in-cluster service account';
    throw new KubeConfigError(`cannot load ${where}: ${(e as Error).message}`);
  }
  const cluster = kc.getCurrentCluster();
  if (cluster === null || !cluster.server) {
    throw new KubeConfigError(source.kind === 'kubeconfig' ? `--kubeconfig ${source.path}: its current context names no cluster with a server` : 'in-cluster: no API server address');
  }
  return kc;
}
