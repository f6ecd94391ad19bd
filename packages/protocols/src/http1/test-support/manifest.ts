// The HTTP/1 captures of the shared fixture set, from its MANIFEST.tsv.
import { existsSync, readFileSync } from 'node:fs';

export const FIXTURES = '/work/shared/fixtures/pcap';

export interface ManifestCapture {
  path: string;
  /** tshark decode-as rules for the non-standard ports (`tcp.port==N,http;…`), or ''. */
  decodeAs: string;
  flags: string;
}

export function httpCaptures(): ManifestCapture[] {
  const file = `${FIXTURES}/MANIFEST.tsv`;
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const col = (name: string) => head.split('\t').indexOf(name);
  const [path, kind, proto, decodeAs, flags] = ['path', 'kind', 'protocol_guess', 'decode_as', 'flags'].map(col);
  return rows
    .map((r) => r.split('\t'))
    .filter((r) => r[kind] === 'capture' && r[proto] === 'http')
    .map((r) => ({ path: r[path], decodeAs: r[decodeAs], flags: r[flags] }));
}
