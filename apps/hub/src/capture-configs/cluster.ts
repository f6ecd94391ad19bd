/**
 * The controller's calls to the Kubernetes API, through @kubernetes/client-node: list the
 * configs (the watch is watch.ts), merge-patch a config's status subresource, read a pod, and
 * post a core/v1 Event about a config.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type CoreV1Event,
  type KubeConfig,
  type KubernetesListObject,
  type V1Pod,
} from '@kubernetes/client-node';
import { PCC, PCC_API_VERSION, type PacketCaptureConfig, type PacketCaptureConfigStatus } from './types.js';

/**
 * Where Events about cluster-scoped objects go: they have no namespace of their own, and
 * `kubectl describe packetcaptureconfig NAME` looks for them in `default`.
 */
export const EVENTS_NAMESPACE = 'default';
/** The API server refuses longer Event messages. */
const EVENT_MESSAGE_MAX = 1024;

export type EventReason = 'Started' | 'Completed' | 'Failed';

/** The HTTP status of a failed call (client-node's ApiException `code`, the watch's `statusCode`). */
export function httpCode(e: unknown): number | undefined {
  const o = e as { code?: unknown; statusCode?: unknown } | null;
  const c = typeof o?.code === 'number' ? o.code : o?.statusCode;
  return typeof c === 'number' ? c : undefined;
}

/** One line for the log: client-node's ApiException message holds the whole body and headers. */
export function describeError(e: unknown): string {
  const code = httpCode(e);
  if (code !== undefined) {
    // The API's Status object, parsed or (client-node keeps what it could not map) as text.
    let body = (e as { body?: unknown }).body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // Not JSON: no message to add.
      }
    }
    const message = (body as { message?: unknown } | null)?.message;
    const detail = typeof message === 'string' ? `: ${message}` : '';
    const hint =
      code === 404 ? ' (is the PacketCaptureConfig CRD installed?)' : code === 403 || code === 401 ? " (the hub's service account needs the RBAC rules in apps/hub/README.md)" : '';
    return `HTTP ${code}${detail}${hint}`.slice(0, 400);
  }
  return ((e as Error)?.message ?? String(e)).split('\n')[0]!.slice(0, 400);
}

export class ClusterApi {
  readonly server: string;
  private readonly core: CoreV1Api;
  private readonly custom: CustomObjectsApi;

  constructor(kc: KubeConfig) {
    this.server = kc.getCurrentCluster()?.server ?? '(none)';
    this.core = kc.makeApiClient(CoreV1Api);
    this.custom = kc.makeApiClient(CustomObjectsApi);
  }

  async list(): Promise<KubernetesListObject<PacketCaptureConfig>> {
    return (await this.custom.listClusterCustomObject({ group: PCC.group, version: PCC.version, plural: PCC.plural })) as KubernetesListObject<PacketCaptureConfig>;
  }

  /** A JSON merge patch of `status` (RFC 7386: a null removes a field) on the status subresource. */
  async patchStatus(name: string, status: { [K in keyof PacketCaptureConfigStatus]: PacketCaptureConfigStatus[K] | null }): Promise<void> {
    await this.custom.patchClusterCustomObjectStatus(
      { group: PCC.group, version: PCC.version, plural: PCC.plural, name, body: { status } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
  }

  /** The pod, or undefined when there is none of that name. */
  async readPod(namespace: string, name: string): Promise<V1Pod | undefined> {
    try {
      return await this.core.readNamespacedPod({ namespace, name });
    } catch (e) {
      if (httpCode(e) === 404) return undefined;
      throw e;
    }
  }

  async event(o: PacketCaptureConfig, type: 'Normal' | 'Warning', reason: EventReason, message: string): Promise<void> {
    const now = new Date();
    const name = o.metadata?.name ?? 'unknown';
    const body: CoreV1Event = {
      metadata: { name: `${name.slice(0, 200)}.${now.getTime().toString(16)}${randomBytes(3).toString('hex')}`, namespace: EVENTS_NAMESPACE },
      involvedObject: { apiVersion: PCC_API_VERSION, kind: PCC.kind, name, uid: o.metadata?.uid, resourceVersion: o.metadata?.resourceVersion },
      type,
      reason,
      message: message.length > EVENT_MESSAGE_MAX ? `${message.slice(0, EVENT_MESSAGE_MAX - 3)}...` : message,
      source: { component: 'trawl-hub' },
      reportingComponent: 'trawl.dev/hub',
      reportingInstance: hostname().slice(0, 128),
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    await this.core.createNamespacedEvent({ namespace: EVENTS_NAMESPACE, body });
  }
}
