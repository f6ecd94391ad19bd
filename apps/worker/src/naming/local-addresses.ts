import { networkInterfaces } from 'node:os';

const REFRESH_MS = 10_000;

/**
 * This machine's addresses (in this network namespace): every interface address, 127.0.0.0/8
 * and ::1 (IPv4-mapped forms included). Re-read every 10 s so addresses added later count.
 */
export class LocalAddresses {
  private addresses = new Set<string>();
  private readAt = -Infinity;

  constructor(
    private readonly list: () => string[] = interfaceAddresses,
    private readonly now: () => number = Date.now,
  ) {}

  has(ip: string): boolean {
    if (ip.startsWith('127.') || ip === '::1' || ip.startsWith('::ffff:127.')) return true;
    const t = this.now();
    if (t - this.readAt > REFRESH_MS) {
      this.readAt = t;
      this.addresses = new Set(this.list().flatMap((a) => (a.includes(':') ? [a] : [a, '::ffff:' + a])));
    }
    return this.addresses.has(ip);
  }
}

function interfaceAddresses(): string[] {
  const out: string[] = [];
  for (const infos of Object.values(networkInterfaces())) {
    // Link-local IPv6 addresses carry a zone (`fe80::1%eth0`) in some Node versions; packets never do.
    for (const info of infos ?? []) out.push(info.address.replace(/%.*$/, ''));
  }
  return out;
}
