/**
 * A PacketCaptureConfig's spec, checked (every problem named at once, as the Failed message),
 * and the capture job it becomes. The CRD's schema (crd.ts) refuses most of these at `kubectl
 * apply` already; a config stored before the CRD was installed, or by a client that skips
 * validation, still gets a clear Failed here.
 */
import { isIP } from 'node:net';
import type { NewJob } from '../jobs/start.js';
import { LIMITS, type PodRef } from './types.js';

export { LIMITS };

/** What the job asks of each worker beyond the spec: `any` sees pods' veths and the host alike. */
export const JOB_IFACE = 'any';
const MB = 1024 * 1024;
export const JOB_MAX_BYTES = 100 * MB;
export const JOB_ROTATE_BYTES = 16 * MB;

export const TEXT_REFUSED =
  'trawl writes pcap files only (outputFormat text and stdout are not supported): set outputFormat pcap (or leave it out), ' +
  'download the file from the hub (status.captureFiles.<node>.output_file) and read it as text with `trawl read FILE` or `tshark -r FILE`';

export interface CheckedSpec {
  targetIPs: string[];
  pods: Required<PodRef>[];
  targetPorts: number[];
  durationSeconds: number;
  maxPackets: number;
  filter: string;
}

export type SpecCheck = { ok: true; spec: CheckedSpec } | { ok: false; message: string };

const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 64 ? `${s.slice(0, 61)}...` : s;
};

const int = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** Every problem of `raw` (the `spec` as stored), or the spec with its defaults. */
export function checkSpec(raw: unknown): SpecCheck {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'spec must be an object with targetIPs or podSelector' };
  const o = raw as Record<string, unknown>;

  const list = (name: string, max: number): unknown[] => {
    const v = o[name];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      problems.push(`${name} must be a list`);
      return [];
    }
    if (v.length > max) problems.push(`${name} has ${v.length} items (at most ${max})`);
    return v.slice(0, max);
  };

  const targetIPs: string[] = [];
  for (const ip of list('targetIPs', LIMITS.targets)) {
    if (typeof ip === 'string' && isIP(ip) !== 0) targetIPs.push(ip);
    else problems.push(`targetIPs: ${show(ip)} is not an IPv4 or IPv6 address`);
  }

  const pods: Required<PodRef>[] = [];
  const selector = o.podSelector;
  if (selector !== undefined && selector !== null) {
    if (typeof selector !== 'object' || Array.isArray(selector)) problems.push('podSelector must be an object with pods: [{podName, namespace}]');
    else {
      const p = (selector as Record<string, unknown>).pods;
      if (p !== undefined && p !== null && !Array.isArray(p)) problems.push('podSelector.pods must be a list of {podName, namespace}');
      else if (Array.isArray(p)) {
        if (p.length > LIMITS.pods) problems.push(`podSelector.pods has ${p.length} items (at most ${LIMITS.pods})`);
        for (const ref of p.slice(0, LIMITS.pods)) {
          const r = (typeof ref === 'object' && ref !== null ? ref : {}) as Record<string, unknown>;
          const ns = r.namespace ?? 'default';
          if (typeof r.podName !== 'string' || !/^[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?$/.test(r.podName)) problems.push(`podSelector.pods: ${show(r.podName ?? ref)} is not a pod name`);
          else if (typeof ns !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) problems.push(`podSelector.pods: ${show(ns)} is not a namespace`);
          else pods.push({ podName: r.podName, namespace: ns });
        }
      }
    }
  }
  if (targetIPs.length === 0 && pods.length === 0 && problems.length === 0) problems.push('name what to capture: targetIPs, podSelector.pods, or both');

  const targetPorts: number[] = [];
  for (const port of list('targetPorts', LIMITS.targets)) {
    if (int(port, 1, 65_535)) targetPorts.push(port);
    else problems.push(`targetPorts: ${show(port)} is not a port (1..65535)`);
  }

  const durationSeconds = o.duration ?? LIMITS.defaultDuration;
  if (!int(durationSeconds, LIMITS.minDuration, LIMITS.maxDuration)) problems.push(`duration: ${show(o.duration)} must be whole seconds, ${LIMITS.minDuration}..${LIMITS.maxDuration}`);
  const maxPackets = o.maxPackets ?? LIMITS.defaultMaxPackets;
  if (!int(maxPackets, 0, LIMITS.maxPackets)) problems.push(`maxPackets: ${show(o.maxPackets)} must be an integer 0..${LIMITS.maxPackets} (0: no limit)`);

  const format = o.outputFormat ?? 'pcap';
  if (format === 'text' || format === 'stdout') problems.push(`outputFormat ${format}: ${TEXT_REFUSED}`);
  else if (format !== 'pcap') problems.push(`outputFormat: ${show(format)} is not pcap, text or stdout`);

  let filter = '';
  if (o.filter !== undefined && o.filter !== null) {
    if (typeof o.filter !== 'string' || o.filter.length > LIMITS.filterChars) problems.push(`filter must be a tcpdump expression of at most ${LIMITS.filterChars} characters`);
    // A YAML block scalar spreads an expression over lines; tcpdump reads them as spaces.
    else filter = o.filter.replace(/\s+/g, ' ').trim();
    if (filter.includes('\0')) problems.push('filter must not hold a NUL character');
  }

  if (problems.length > 0) return { ok: false, message: problems.join('; ') };
  return { ok: true, spec: { targetIPs, pods, targetPorts, durationSeconds: durationSeconds as number, maxPackets: maxPackets as number, filter } };
}

/**
 * The capture job a config becomes, on `nodes`: its addresses (and its pods' addresses) ORed,
 * its ports ORed, its filter, ANDed (jobs/bpf.ts), captured on every interface of each worker.
 */
export function jobFor(configName: string, spec: CheckedSpec, podIPs: readonly string[], nodes: string[], id: string): NewJob {
  return {
    id,
    name: `pcc/${configName}`,
    nodes,
    iface: JOB_IFACE,
    targetIPs: [...new Set([...spec.targetIPs, ...podIPs])],
    targetPorts: spec.targetPorts,
    bpf: spec.filter,
    durationMs: spec.durationSeconds * 1000,
    maxBytes: JOB_MAX_BYTES,
    rotateBytes: JOB_ROTATE_BYTES,
    snaplen: 0,
    maxPackets: spec.maxPackets,
  };
}
