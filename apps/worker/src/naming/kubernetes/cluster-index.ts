import type { PeerNames } from '../types.js';
import { objectKey, SERVICE_NAME_LABEL, type EndpointSliceObject, type PodObject, type ServiceObject } from './objects.js';

interface PodRecord {
  ips: string[];
  namespace: string;
  pod: string;
  workload: string;
  node: string | undefined;
  names: PeerNames;
}

/** Phases whose pod no longer holds its IP: the address may already belong to a new pod. */
const TERMINAL_PHASES: ReadonlySet<string> = new Set(['Succeeded', 'Failed']);

/**
 * What the cluster says about addresses, kept from pods, services and EndpointSlices as they come
 * and go: a Service's cluster IP names the service; a pod's IP names the pod, called by the Service
 * that selects it (its EndpointSlices say which), else by its workload (the Deployment behind its
 * ReplicaSet, a StatefulSet, a DaemonSet…), else by itself. Pure: no I/O, fed by the informers.
 *
 * Not named here: host-network pods (their IP is the node's, shared by every such pod and the node's
 * own processes: the /proc namer names them by process) and pods that have ended.
 */
export class ClusterIndex {
  private readonly pods = new Map<string, PodRecord>();
  private readonly podByIp = new Map<string, string>();
  private readonly serviceIps = new Map<string, string[]>();
  private readonly serviceByIp = new Map<string, PeerNames>();
  /** EndpointSlice key → its service and the pods it lists. */
  private readonly slices = new Map<string, { service: string; pods: string[] }>();
  /** Pod key → the services whose slices list it, with how many slices do. */
  private readonly podServices = new Map<string, Map<string, number>>();
  /** Objects ignored because they lack a name or namespace. */
  invalidObjects = 0;

  /** The names of an address, or undefined when the cluster does not know it. */
  name(ip: string): PeerNames | undefined {
    const service = this.serviceByIp.get(ip);
    if (service !== undefined) return service;
    const key = this.podByIp.get(ip);
    return key === undefined ? undefined : this.pods.get(key)?.names;
  }

  get counts(): { pods: number; services: number; endpointSlices: number } {
    return { pods: this.pods.size, services: this.serviceIps.size, endpointSlices: this.slices.size };
  }

  upsertPod(obj: PodObject): void {
    const key = objectKey(obj.metadata);
    if (key === undefined) return void this.invalidObjects++;
    const meta = obj.metadata!;
    this.removePod(key);
    const live = obj.spec?.hostNetwork !== true && !TERMINAL_PHASES.has(obj.status?.phase ?? '');
    const record: PodRecord = {
      ips: live ? podIps(obj) : [],
      namespace: meta.namespace!,
      pod: meta.name!,
      workload: workloadName(obj),
      node: nonEmpty(obj.spec?.nodeName),
      names: {},
    };
    record.names = this.podNames(key, record);
    this.pods.set(key, record);
    // The newest pod to claim an address has it (an IP is reused once its old pod is gone).
    for (const ip of record.ips) this.podByIp.set(ip, key);
  }

  deletePod(obj: PodObject): void {
    const key = objectKey(obj.metadata);
    if (key !== undefined) this.removePod(key);
  }

  upsertService(obj: ServiceObject): void {
    const key = objectKey(obj.metadata);
    if (key === undefined) return void this.invalidObjects++;
    this.removeService(key);
    const spec = obj.spec;
    const listed = Array.isArray(spec?.clusterIPs) ? spec.clusterIPs : [spec?.clusterIP];
    // Headless services ("None") and ExternalName services have no address of their own.
    const ips = listed.filter((ip): ip is string => typeof ip === 'string' && ip !== '' && ip !== 'None');
    const name = obj.metadata!.name!;
    const names: PeerNames = { kind: 'service', name, service: name, namespace: obj.metadata!.namespace! };
    this.serviceIps.set(key, ips);
    for (const ip of ips) this.serviceByIp.set(ip, names);
  }

  deleteService(obj: ServiceObject): void {
    const key = objectKey(obj.metadata);
    if (key !== undefined) this.removeService(key);
  }

  upsertEndpointSlice(obj: EndpointSliceObject): void {
    const key = objectKey(obj.metadata);
    if (key === undefined) return void this.invalidObjects++;
    const before = this.removeSlice(key);
    const service = obj.metadata?.labels?.[SERVICE_NAME_LABEL];
    const namespace = obj.metadata!.namespace!;
    const pods: string[] = [];
    if (typeof service === 'string' && service !== '') {
      for (const ep of Array.isArray(obj.endpoints) ? obj.endpoints : []) {
        const ref = ep?.targetRef;
        if (ref?.kind !== 'Pod' || typeof ref.name !== 'string' || ref.name === '') continue;
        pods.push(`${ref.namespace || namespace}/${ref.name}`);
      }
      this.slices.set(key, { service, pods });
      for (const pod of pods) {
        const counts = this.podServices.get(pod) ?? new Map<string, number>();
        counts.set(service, (counts.get(service) ?? 0) + 1);
        this.podServices.set(pod, counts);
      }
    }
    this.renamePods([...before, ...pods]);
  }

  deleteEndpointSlice(obj: EndpointSliceObject): void {
    const key = objectKey(obj.metadata);
    if (key !== undefined) this.renamePods(this.removeSlice(key));
  }

  private removePod(key: string): void {
    const old = this.pods.get(key);
    if (old === undefined) return;
    this.pods.delete(key);
    for (const ip of old.ips) {
      if (this.podByIp.get(ip) !== key) continue;
      this.podByIp.delete(ip);
      // Another live pod with the same address (the old one lingered as it terminated) takes it.
      for (const [other, rec] of this.pods) if (rec.ips.includes(ip)) this.podByIp.set(ip, other);
    }
  }

  private removeService(key: string): void {
    for (const ip of this.serviceIps.get(key) ?? []) this.serviceByIp.delete(ip);
    this.serviceIps.delete(key);
  }

  /** Forgets a slice; returns the pods it listed (their names may change). */
  private removeSlice(key: string): string[] {
    const old = this.slices.get(key);
    if (old === undefined) return [];
    this.slices.delete(key);
    for (const pod of old.pods) {
      const counts = this.podServices.get(pod);
      if (counts === undefined) continue;
      const n = (counts.get(old.service) ?? 0) - 1;
      if (n > 0) counts.set(old.service, n);
      else counts.delete(old.service);
      if (counts.size === 0) this.podServices.delete(pod);
    }
    return old.pods;
  }

  private renamePods(keys: string[]): void {
    for (const key of new Set(keys)) {
      const rec = this.pods.get(key);
      if (rec !== undefined) rec.names = this.podNames(key, rec);
    }
  }

  private podNames(key: string, rec: PodRecord): PeerNames {
    const counts = this.podServices.get(key);
    // Several services may select one pod: the first by name, so the choice is stable.
    const service = counts === undefined ? undefined : [...counts.keys()].sort()[0];
    const names: PeerNames = { kind: 'pod', name: service ?? rec.workload, namespace: rec.namespace, pod: rec.pod };
    if (service !== undefined) names.service = service;
    if (rec.node !== undefined) names.node = rec.node;
    return names;
  }
}

function podIps(obj: PodObject): string[] {
  const ips = new Set<string>();
  for (const p of Array.isArray(obj.status?.podIPs) ? obj.status.podIPs : []) if (nonEmpty(p?.ip)) ips.add(p.ip!);
  if (nonEmpty(obj.status?.podIP)) ips.add(obj.status!.podIP!);
  return [...ips];
}

/**
 * The workload a pod belongs to, as people call it: a ReplicaSet's pods by their Deployment (the
 * ReplicaSet's name less the pod-template-hash suffix), other controllers by their own name, a
 * bare pod by itself.
 */
export function workloadName(obj: PodObject): string {
  const meta = obj.metadata!;
  const owners = Array.isArray(meta.ownerReferences) ? meta.ownerReferences : [];
  const owner = owners.find((o) => o?.controller === true) ?? owners[0];
  const ownerName = nonEmpty(owner?.name);
  if (ownerName === undefined) return meta.name!;
  const hash = meta.labels?.['pod-template-hash'];
  if (owner!.kind === 'ReplicaSet' && typeof hash === 'string' && hash !== '' && ownerName.endsWith(`-${hash}`)) {
    return ownerName.slice(0, -hash.length - 1);
  }
  return ownerName;
}

function nonEmpty(s: string | undefined | null): string | undefined {
  return typeof s === 'string' && s !== '' ? s : undefined;
}
