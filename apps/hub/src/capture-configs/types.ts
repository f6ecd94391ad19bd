/**
 * PacketCaptureConfig (`trawl.dev/v1`, cluster-scoped): what users write, and the status the
 * controller keeps on it. The field names are the "packet capture controller"'s, so a config
 * written for it reads the same here (crd.ts is the schema the API server checks).
 */
import type { KubernetesObject } from '@kubernetes/client-node';

export const PCC = {
  group: 'trawl.dev',
  version: 'v1',
  kind: 'PacketCaptureConfig',
  listKind: 'PacketCaptureConfigList',
  plural: 'packetcaptureconfigs',
  singular: 'packetcaptureconfig',
} as const;

export const PCC_API_VERSION = `${PCC.group}/${PCC.version}`;
/** The list/watch path (cluster-scoped: no namespace in it). */
export const PCC_PATH = `/apis/${PCC.group}/${PCC.version}/${PCC.plural}`;

/** Named limits of a spec: the CRD's schema (crd.ts) and the controller's check (spec.ts) both use them. */
export const LIMITS = {
  targets: 256,
  pods: 64,
  filterChars: 4096,
  minDuration: 1,
  maxDuration: 86_400,
  defaultDuration: 60,
  maxPackets: 1_000_000_000,
  defaultMaxPackets: 1000,
  nameChars: 253,
} as const;

export const PHASES = ['Starting', 'Running', 'Completed', 'Failed'] as const;
export type Phase = (typeof PHASES)[number];
export const isFinal = (p: Phase | undefined): boolean => p === 'Completed' || p === 'Failed';

export const OUTPUT_FORMATS = ['pcap', 'text', 'stdout'] as const;

export interface PodRef {
  podName: string;
  namespace?: string;
}

/** As written: nothing here is trusted before spec.ts has checked it. */
export interface PacketCaptureConfigSpec {
  targetIPs?: string[];
  podSelector?: { pods?: PodRef[] };
  targetPorts?: number[];
  /** Seconds (default 60). */
  duration?: number;
  /** Per worker (default 1000; 0: no limit). */
  maxPackets?: number;
  outputFormat?: (typeof OUTPUT_FORMATS)[number];
  /** A tcpdump expression, ANDed with the targets. */
  filter?: string;
}

/** One worker's part, under `status.captureFiles.<node>`. */
export interface NodeCapture {
  /** The worker's job state: running, done, failed, or unreachable. */
  status: string;
  /** The hub's download path of the first file (`/api/jobs/<id>/files/<node>/<file>`), or ''. */
  output_file: string;
  /** Every file's download path (a job rotates into several files past its size). */
  files: string[];
  /** Bytes in the files. */
  file_size: number;
  packets: number;
  /** Why it ended (duration, maxPackets, maxBytes, stopped) or what went wrong. */
  reason?: string;
}

export interface PacketCaptureConfigStatus {
  phase?: Phase;
  message?: string;
  /** The hub's capture job (/api/jobs/<jobId>): how a restarted hub finds it again. */
  jobId?: string;
  startTime?: string;
  completionTime?: string;
  captureFiles?: Record<string, NodeCapture>;
}

export interface PacketCaptureConfig extends KubernetesObject {
  spec?: PacketCaptureConfigSpec;
  status?: PacketCaptureConfigStatus;
}
