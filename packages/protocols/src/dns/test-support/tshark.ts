// tshark as the oracle for DNS: how many queries and responses it dissects in a capture
// (`dns.flags.response`, every PDU of a frame). Needs tshark on PATH; nothing is cached.
import { readFileSync, existsSync } from 'node:fs';
import { tsharkFields } from '../../capture/test-support/tshark.js';

export { tsharkAvailable } from '../../capture/test-support/tshark.js';

export interface DnsCounts {
  q: number;
  r: number;
  /** Responses tshark matched to a query (`dns.response_to`). */
  paired: number;
}

/** `decodeAs`: tshark `-d` rules, e.g. `udp.port==5300,dns`. */
export async function tsharkDns(file: string, decodeAs: string[] = []): Promise<DnsCounts> {
  const rows = await tsharkFields(file, { decodeAs, fields: ['dns.flags.response', 'dns.response_to'] });
  const counts = { q: 0, r: 0, paired: 0 };
  for (const [flags, to] of rows) {
    for (const v of (flags ?? '').split(',')) {
      if (v === '0' || v === 'False') counts.q++;
      else if (v === '1' || v === 'True') counts.r++;
    }
    if (to) counts.paired += to.split(',').length;
  }
  return counts;
}

export interface DnsFixture {
  path: string;
  /** MANIFEST's tshark counts (dns_q, dns_r). */
  q: number;
  r: number;
}

/** The DNS captures of the shared fixture set (zeek dns*, zeek/dns/*, deepflow dns/*). */
export function dnsFixtures(dir: string): DnsFixture[] {
  const file = `${dir}/MANIFEST.tsv`;
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const col = (name: string) => head.indexOf(name);
  const [path, kind, proto, q, r] = ['path', 'kind', 'protocol_guess', 'dns_q', 'dns_r'].map(col);
  return rows.filter((x) => x[kind] === 'capture' && x[proto] === 'dns').map((x) => ({ path: x[path], q: Number(x[q]), r: Number(x[r]) }));
}
