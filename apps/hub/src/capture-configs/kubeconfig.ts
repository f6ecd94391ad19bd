/**
 * Where the hub finds its cluster for the PacketCaptureConfig controller. The rule is the
 * worker's (apps/worker/src/naming/kubernetes/kubeconfig.ts): `--kubeconfig FILE` first, then the
 * pod's service account when the kubelet set KUBERNETES_SERVICE_HOST and _PORT, else no cluster;
 * `--no-kubernetes` turns it off. Both apps carry it until a shared package holds it.
 */
import { KubeConfig } from '@kubernetes/client-node';

export type ClusterSource = { kind: 'kubeconfig'; path: string } | { kind: 'in-cluster' };

export class ClusterConfigError extends Error {
  override name = 'ClusterConfigError';
}

export function clusterSource(kubeconfig: string | undefined, off: boolean, env: NodeJS.ProcessEnv): ClusterSource | undefined {
  if (off) return undefined;
  if (kubeconfig !== undefined) return { kind: 'kubeconfig', path: kubeconfig };
  return env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT ? { kind: 'in-cluster' } : undefined;
}

export const describeSource = (s: ClusterSource): string => (s.kind === 'kubeconfig' ? `--kubeconfig ${s.path}` : "the pod's service account");

/** A file that is missing, not a kubeconfig, or names no server is a ClusterConfigError. */
export function loadClusterConfig(source: ClusterSource): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (source.kind === 'kubeconfig') kc.loadFromFile(source.path);
    else kc.loadFromCluster();
  } catch (e) {
    throw new ClusterConfigError(`cannot load ${describeSource(source)}: ${(e as Error).message}`);
  }
  if (!kc.getCurrentCluster()?.server) throw new ClusterConfigError(`${describeSource(source)}: the current context names no cluster with a server`);
  return kc;
}
