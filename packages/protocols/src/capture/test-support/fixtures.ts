import { fileURLToPath } from 'node:url';
// The shared capture fixtures (see /work/shared/fixtures/pcap/README.md), for tests only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The shared fixtures sit beside the repository (`<repo>/../shared`), in a developer's tree and in CI's clone alike.
export const FIXTURES_DIR =
  process.env.TRAWL_PCAP_FIXTURES ?? fileURLToPath(new URL('../../../../../../shared/fixtures/pcap', import.meta.url));

export interface CaptureRow {
  path: string;
  format: string;
  linkType: string;
  packets: number;
  tcpServerPorts: string;
  udpServerPorts: string;
}

/** The rows of MANIFEST.tsv with kind=capture. */
export function captures(): CaptureRow[] {
  const [header, ...lines] = readFileSync(join(FIXTURES_DIR, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`MANIFEST.tsv has no column ${name}`);
    return row[i] ?? '';
  };
  return lines
    .filter((row) => col(row, 'kind') === 'capture')
    .map((row) => ({
      path: col(row, 'path'),
      format: col(row, 'format'),
      linkType: col(row, 'link_type'),
      packets: Number(col(row, 'packets')),
      tcpServerPorts: col(row, 'tcp_server_ports'),
      udpServerPorts: col(row, 'udp_server_ports'),
    }));
}

export function readCapture(path: string): Uint8Array {
  const b = readFileSync(join(FIXTURES_DIR, path));
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}
