/**
 * The PacketCaptureConfig CustomResourceDefinition, and the RBAC rules the hub needs to run the
 * controller, as objects the Helm chart and `trawl tap` can apply as they are. The schema checks
 * types and ranges at `kubectl apply`; what it cannot say (an address's syntax, "targetIPs or
 * podSelector", the filter compiling) the controller checks (spec.ts) and reports as Failed.
 *
 * In client-node's model, as every object of apps/cli/src/kubernetes/manifests.ts: a schema's
 * `default` is `_default` here, so apply or dump it through client-node (KubernetesObjectApi,
 * dumpYaml), never JSON.stringify it as it is (crd.test.ts checks the YAML dumpYaml writes).
 */
import type { V1CustomResourceDefinition, V1JSONSchemaProps, V1PolicyRule } from '@kubernetes/client-node';
import { LIMITS, OUTPUT_FORMATS, PCC, PHASES } from './types.js';

const str = (description: string, extra: V1JSONSchemaProps = {}): V1JSONSchemaProps => ({ type: 'string', description, ...extra });
const int = (description: string, extra: V1JSONSchemaProps = {}): V1JSONSchemaProps => ({ type: 'integer', format: 'int64', description, ...extra });

const spec: V1JSONSchemaProps = {
  type: 'object',
  description: 'What to capture on every worker: traffic to or from the targets, on the ports, matching the filter.',
  properties: {
    targetIPs: { type: 'array', maxItems: LIMITS.targets, description: 'Addresses (IPv4 or IPv6); packets to or from any of them.', items: str('An IP address', { maxLength: 45 }) },
    podSelector: {
      type: 'object',
      description: "Pods whose addresses are added to targetIPs (read when the capture starts).",
      properties: {
        pods: {
          type: 'array',
          maxItems: LIMITS.pods,
          items: {
            type: 'object',
            required: ['podName'],
            properties: { podName: str('The pod', { maxLength: LIMITS.nameChars }), namespace: str('Its namespace (default: default)', { maxLength: 63 }) },
          },
        },
      },
    },
    targetPorts: { type: 'array', maxItems: LIMITS.targets, description: 'Ports (TCP or UDP); packets from or to any of them.', items: int('A port', { minimum: 1, maximum: 65_535 }) },
    duration: int('Seconds to capture.', { minimum: LIMITS.minDuration, maximum: LIMITS.maxDuration, _default: LIMITS.defaultDuration }),
    maxPackets: int('Packets per worker before it stops (0: no limit).', { minimum: 0, maximum: LIMITS.maxPackets, _default: LIMITS.defaultMaxPackets }),
    outputFormat: str('pcap only: text and stdout are refused (read a pcap as text with `trawl read` or `tshark -r`).', { _enum: [...OUTPUT_FORMATS], _default: 'pcap' }),
    filter: str('A tcpdump (BPF) expression, ANDed with the targets and ports.', { maxLength: LIMITS.filterChars }),
  },
};

const nodeCapture: V1JSONSchemaProps = {
  type: 'object',
  properties: {
    status: str('The worker\'s job: running, done, failed, unreachable'),
    output_file: str("The first file's download path on the hub"),
    files: { type: 'array', items: { type: 'string' } },
    file_size: int('Bytes in the files'),
    packets: int('Packets captured'),
    reason: str('Why it ended, or what went wrong'),
  },
};

const status: V1JSONSchemaProps = {
  type: 'object',
  properties: {
    phase: str('Starting, Running, Completed or Failed', { _enum: [...PHASES] }),
    message: str('What happened, in words'),
    jobId: str("The hub's capture job (/api/jobs/<jobId>)"),
    startTime: str('When the capture job was asked for', { format: 'date-time' }),
    completionTime: str('When it ended', { format: 'date-time' }),
    captureFiles: { type: 'object', description: 'Per worker (node name)', additionalProperties: nodeCapture },
  },
};

export const PACKET_CAPTURE_CONFIG_CRD: V1CustomResourceDefinition = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${PCC.plural}.${PCC.group}`, labels: { 'app.kubernetes.io/part-of': 'trawl' } },
  spec: {
    group: PCC.group,
    scope: 'Cluster',
    names: { kind: PCC.kind, listKind: PCC.listKind, plural: PCC.plural, singular: PCC.singular, shortNames: ['pcc'] },
    versions: [
      {
        name: PCC.version,
        served: true,
        storage: true,
        subresources: { status: {} },
        additionalPrinterColumns: [
          { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
        schema: { openAPIV3Schema: { type: 'object', required: ['spec'], properties: { spec, status } } },
      },
    ],
  },
};

/** For the hub's ClusterRole (the configs are cluster-scoped; Events go to `default`). */
export const PACKET_CAPTURE_CONFIG_RBAC_RULES: V1PolicyRule[] = [
  { apiGroups: [PCC.group], resources: [PCC.plural], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [PCC.group], resources: [`${PCC.plural}/status`], verbs: ['get', 'patch'] },
  { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
  { apiGroups: [''], resources: ['events'], verbs: ['create'] },
];
