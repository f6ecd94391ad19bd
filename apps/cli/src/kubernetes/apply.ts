// Putting trawl's objects into the cluster and taking them out again. Server-side apply
// (field manager "trawl"): a second `tap` updates what the first made, whatever changed.
import { randomBytes } from 'node:crypto';
import { KubernetesObjectApi, PatchStrategy, type KubernetesObject, type V1Secret } from '@kubernetes/client-node';
import { RuntimeError } from '../errors.js';
import { apiErrorMessage, statusOf } from './context.js';
import { clusterObjects, describeObject, HUB_TOKEN_KEY, NAMES, NATS_TOKEN_KEY, PART_OF, tokensSecret, TOKENS_SECRET, type ClusterSettings } from './manifests.js';

export const FIELD_MANAGER = 'trawl';

export interface Tokens {
  hub: string;
  nats: string;
  /** False when an earlier `tap` made them (they are kept: open UIs and scripts keep working). */
  created: boolean;
}

async function applyOne(api: KubernetesObjectApi, o: KubernetesObject): Promise<void> {
  try {
    await api.patch(o, undefined, undefined, FIELD_MANAGER, true, PatchStrategy.ServerSideApply);
  } catch (e) {
    throw new RuntimeError(`cannot apply ${describeObject(o)}: ${apiErrorMessage(e)}`);
  }
}

/** Applies every object (namespace first, so the rest has somewhere to go); returns the tokens. */
export async function applyTrawl(api: KubernetesObjectApi, s: ClusterSettings): Promise<{ applied: number; tokens: Tokens }> {
  const objects = clusterObjects(s);
  await applyOne(api, objects[0]!);
  const tokens = await ensureTokens(api, s.namespace);
  for (const o of objects.slice(1)) await applyOne(api, o);
  return { applied: objects.length + 1, tokens };
}

const decode = (v: string | undefined) => (v === undefined ? '' : Buffer.from(v, 'base64').toString('utf8'));

/** The Secret's tokens when it exists (and holds both), else new random ones, stored. */
async function ensureTokens(api: KubernetesObjectApi, namespace: string): Promise<Tokens> {
  try {
    const existing = await api.read<V1Secret>({ apiVersion: 'v1', kind: 'Secret', metadata: { name: TOKENS_SECRET, namespace } });
    const hub = decode(existing.data?.[HUB_TOKEN_KEY]);
    const nats = decode(existing.data?.[NATS_TOKEN_KEY]);
    if (hub.length >= 16 && nats.length >= 16) return { hub, nats, created: false };
  } catch (e) {
    if (statusOf(e) !== 404) throw new RuntimeError(`cannot read Secret/${namespace}/${TOKENS_SECRET}: ${apiErrorMessage(e)}`);
  }
  const tokens = { hub: randomBytes(24).toString('base64url'), nats: randomBytes(24).toString('base64url'), created: true };
  await applyOne(api, tokensSecret(namespace, tokens.hub, tokens.nats));
  return tokens;
}

/**
 * Deletes what `applyTrawl` made: the namespace (and with it every namespaced object) and the
 * cluster-wide roles and bindings (the PacketCaptureConfig CRD is left: other installs and the
 * users' configs depend on it). Returns the objects that were there; none there is not an error,
 * and a namespace not made by trawl is left alone.
 */
export async function removeTrawl(api: KubernetesObjectApi, namespace: string): Promise<string[]> {
  const removed: string[] = [];
  // The CRD stays: deleting it would delete every PacketCaptureConfig in the cluster.
  const targets: KubernetesObject[] = [
    ...[NAMES.role, NAMES.hubRole].flatMap((r) => [
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: `${r}-${namespace}` } },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: `${r}-${namespace}` } },
    ]),
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
  ];
  for (const o of targets) {
    let found: KubernetesObject;
    try {
      found = await api.read(o as KubernetesObject & { metadata: { name: string } });
    } catch (e) {
      if (statusOf(e) === 404) continue;
      throw new RuntimeError(`cannot read ${describeObject(o)}: ${apiErrorMessage(e)}`);
    }
    // Never delete a namespace (and everything in it) that trawl did not make.
    if (found.metadata?.labels?.['app.kubernetes.io/part-of'] !== PART_OF['app.kubernetes.io/part-of']) {
      throw new RuntimeError(`${describeObject(o)} exists but was not made by trawl (no app.kubernetes.io/part-of=trawl label): left alone`);
    }
    try {
      await api.delete(o, undefined, undefined, undefined, undefined, 'Background');
      removed.push(describeObject(o));
    } catch (e) {
      if (statusOf(e) !== 404) throw new RuntimeError(`cannot delete ${describeObject(o)}: ${apiErrorMessage(e)}`);
    }
  }
  return removed;
}
