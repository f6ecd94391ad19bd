import { endianness } from 'node:os';
import { formatIPv4, formatIPv6 } from '@trawl/protocols';

/**
 * /proc/net/tcp and /proc/net/tcp6: one socket per line of this network namespace,
 * `sl local_address rem_address st … inode`. Addresses are hex words in host byte order
 * (`0100007F:1F90` is 127.0.0.1:8080 on little-endian machines); the port is big-endian hex.
 */
export interface ProcSocket {
  ip: string;
  port: number;
  /** TCP state number: 0x0A is LISTEN. */
  state: number;
  inode: number;
}

export const TCP_LISTEN = 0x0a;

const LITTLE = endianness() === 'LE';
const bytes = new Uint8Array(16);

function word(hex: string, at: number, into: number): void {
  const v = parseInt(hex.slice(at, at + 8), 16);
  if (LITTLE) {
    bytes[into] = v & 0xff;
    bytes[into + 1] = (v >>> 8) & 0xff;
    bytes[into + 2] = (v >>> 16) & 0xff;
    bytes[into + 3] = v >>> 24;
  } else {
    bytes[into] = v >>> 24;
    bytes[into + 1] = (v >>> 16) & 0xff;
    bytes[into + 2] = (v >>> 8) & 0xff;
    bytes[into + 3] = v & 0xff;
  }
}

/**
 * The text of an address as the packet engine writes it (so cache keys match): dotted quad, or
 * RFC 5952 IPv6; an IPv4-mapped IPv6 address (a dual-stack socket serving IPv4) becomes IPv4,
 * because its packets are IPv4.
 */
export function procAddress(hex: string): string {
  if (hex.length === 8) {
    word(hex, 0, 0);
    return formatIPv4(bytes, 0);
  }
  for (let i = 0; i < 4; i++) word(hex, i * 8, i * 4);
  const text = formatIPv6(bytes, 0);
  return text.startsWith('::ffff:') && text.includes('.') ? text.slice(7) : text;
}

/** Parses the whole file; lines that do not parse are skipped (the header, a torn last line). */
export function parseProcNetTcp(text: string): ProcSocket[] {
  const out: ProcSocket[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || !f[0].endsWith(':')) continue;
    const local = f[1];
    const colon = local.indexOf(':');
    if (colon !== 8 && colon !== 32) continue;
    const inode = Number(f[9]);
    if (!Number.isInteger(inode) || inode === 0) continue; // TIME_WAIT and orphans have no owner
    out.push({ ip: procAddress(local.slice(0, colon)), port: parseInt(local.slice(colon + 1), 16), state: parseInt(f[3], 16), inode });
  }
  return out;
}

/** Local end → socket inode, from one reading of both files. */
export class SocketTable {
  private readonly exact = new Map<string, number>();
  private readonly listeners = new Map<number, Array<{ ip: string; inode: number }>>();

  constructor(sockets: Iterable<ProcSocket>) {
    for (const s of sockets) {
      if (s.state === TCP_LISTEN) {
        let l = this.listeners.get(s.port);
        if (!l) this.listeners.set(s.port, (l = []));
        l.push({ ip: s.ip, inode: s.inode });
      } else {
        this.exact.set(s.ip + ' ' + s.port, s.inode);
      }
    }
  }

  get size(): number {
    return this.exact.size + this.listeners.size;
  }

  /**
   * The socket behind a local end. A listening socket on the port wins (all accepted sockets of a
   * server share its address; the listener names the server even after they closed); a wildcard
   * listener (`0.0.0.0`, `::`) matches any address of the family (`::` serves IPv4 too).
   */
  find(ip: string, port: number): number | undefined {
    const ls = this.listeners.get(port);
    if (ls) {
      const v6 = ip.includes(':');
      for (const l of ls) if (l.ip === ip) return l.inode;
      for (const l of ls) if (l.ip === '::' || (!v6 && l.ip === '0.0.0.0')) return l.inode;
    }
    return this.exact.get(ip + ' ' + port);
  }
}
