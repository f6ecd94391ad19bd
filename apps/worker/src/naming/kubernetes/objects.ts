// The parts of Kubernetes objects that naming reads. Everything is optional: the API may send an
// object half-filled (a pod not yet scheduled has no IP), and a stand-in or a proxy may send less.

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  ownerReferences?: { kind?: string; name?: string; controller?: boolean }[];
}

export interface PodObject {
  metadata?: ObjectMeta;
  spec?: { nodeName?: string; hostNetwork?: boolean };
  status?: { phase?: string; podIP?: string; podIPs?: { ip?: string }[] };
}

export interface ServiceObject {
  metadata?: ObjectMeta;
  spec?: { clusterIP?: string; clusterIPs?: string[] };
}

export interface EndpointSliceObject {
  metadata?: ObjectMeta;
  endpoints?: { targetRef?: { kind?: string; name?: string; namespace?: string } }[];
}

/** The label an EndpointSlice carries with the name of the Service it belongs to. */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** `namespace/name`, or undefined when either is missing. */
export function objectKey(meta: ObjectMeta | undefined): string | undefined {
  const name = meta?.name;
  const namespace = meta?.namespace;
  if (typeof name !== 'string' || name === '' || typeof namespace !== 'string' || namespace === '') return undefined;
  return `${namespace}/${name}`;
}
