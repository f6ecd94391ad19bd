/**
 * A job's capture filter from what users name (PacketCaptureConfig's fields): addresses, ports
 * and a BPF expression of their own, each group ORed, the groups ANDed:
 * `(host 10.0.0.1 or host 10.0.0.2) and (port 80 or port 443) and (tcp)`.
 */
import { isIP } from 'node:net';

export class BpfSpecError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function jobFilter(o: { targetIPs?: readonly string[]; targetPorts?: readonly number[]; bpf?: string }): string {
  const parts: string[] = [];
  const ips = o.targetIPs ?? [];
  for (const ip of ips) if (isIP(ip) === 0) throw new BpfSpecError('targetIPs', `"${ip.slice(0, 64)}" is not an IPv4 or IPv6 address`);
  if (ips.length > 0) parts.push(`(${ips.map((ip) => `host ${ip}`).join(' or ')})`);
  const ports = o.targetPorts ?? [];
  for (const p of ports) if (!Number.isInteger(p) || p < 1 || p > 65_535) throw new BpfSpecError('targetPorts', `${String(p).slice(0, 16)} is not a port (1..65535)`);
  if (ports.length > 0) parts.push(`(${[...new Set(ports)].map((p) => `port ${p}`).join(' or ')})`);
  const bpf = (o.bpf ?? '').trim();
  if (bpf) parts.push(parts.length > 0 ? `(${bpf})` : bpf);
  return parts.join(' and ');
}
