// tshark as an oracle, what every protocol's oracle shares: is it installed, its `-T fields` rows
// for a capture with decode-as rules, and the TCP payload bytes per connection (which a
// dissector's entries must add up to). Each protocol keeps only which fields it reads and how it
// counts them. Needs tshark on PATH; nothing is cached between runs.
import { execFile, execFileSync } from 'node:child_process';
import type { Entry } from '../../entry/types.js';

export function tsharkAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('tshark', ['--version'], (err) => resolve(!err)));
}

export interface TsharkFieldsOptions {
  /** The display filter (`-Y`); every packet when absent. */
  filter?: string;
  /** Decode-as rules (`-d`), e.g. `tcp.port==5440,pgsql`. */
  decodeAs?: readonly string[];
  fields: readonly string[];
  /** Joins the occurrences of one field in a packet (every occurrence is kept); ',' by default. */
  aggregator?: string;
}

/** One row per packet tshark prints (empty lines dropped), one column per field, tab-separated. */
export function tsharkFields(file: string, options: TsharkFieldsOptions): Promise<string[][]> {
  const args = ['-r', file, '-n', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a', '-E', `aggregator=${options.aggregator ?? ','}`];
  if (options.filter) args.push('-Y', options.filter);
  for (const rule of options.decodeAs ?? []) args.push('-d', rule);
  for (const f of options.fields) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout) => {
      if (err) reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      else resolve(stdout.split('\n').filter(Boolean).map((line) => line.split('\t')));
    });
  });
}

/** `[client→server, server→client]` payload bytes per connection, keyed by the client's port. */
export type PayloadBytes = Map<number, [number, number]>;

/**
 * TCP payload bytes per connection of a capture (retransmissions excluded), from tshark; null when
 * it is not installed. A segment is the server's when its source port is one of `serverPorts`.
 */
export function tsharkPayloadBytes(file: string, serverPorts: readonly number[]): PayloadBytes | null {
  let out: string;
  try {
    out = execFileSync('tshark', ['-r', file, '-n', '-T', 'fields', '-e', 'tcp.srcport', '-e', 'tcp.dstport', '-e', 'tcp.len', '-Y', 'tcp.len > 0 && !tcp.analysis.retransmission'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const totals: PayloadBytes = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const [s, d, n] = line.split('\t').map(Number);
    const fromServer = serverPorts.includes(s);
    const client = fromServer ? d : s;
    const t = totals.get(client) ?? [0, 0];
    t[fromServer ? 1 : 0] += n;
    totals.set(client, t);
  }
  return totals;
}

/** The same totals from entries: request and response sizes per client port. */
export function entryPayloadBytes(entries: readonly Entry[]): PayloadBytes {
  const ours: PayloadBytes = new Map();
  for (const e of entries) {
    const t = ours.get(e.src.port) ?? [0, 0];
    t[0] += e.requestSize;
    t[1] += e.responseSize;
    ours.set(e.src.port, t);
  }
  return ours;
}

export function connKey(a: string, b: string): string {
  return a < b ? `${a} | ${b}` : `${b} | ${a}`;
}

/** One spelling per address (tshark and trawl may compress IPv6 differently). */
export function normalizeIp(ip: string): string {
  return ip.includes(':') ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}
