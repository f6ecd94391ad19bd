import { readFileSync } from 'node:fs';

/** Kernel counters of one interface (/proc/net/dev), for context beside the capture's own. */
export interface InterfaceCounters {
  rxBytes: number;
  rxPackets: number;
  rxDropped: number;
  txBytes: number;
  txPackets: number;
  txDropped: number;
}

/**
 * Parses /proc/net/dev: `name: rx_bytes rx_packets errs drop fifo frame compressed multicast
 * tx_bytes tx_packets errs drop …`. These are the interface's drops, not libpcap's: cap 0.2 does
 * not expose pcap_stats, so capture loss shows up as TCP gaps in the engine's counters instead.
 */
export function parseNetDev(text: string): Map<string, InterfaceCounters> {
  const out = new Map<string, InterfaceCounters>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const f = line.slice(colon + 1).trim().split(/\s+/).map(Number);
    if (f.length < 12 || f.some((n) => !Number.isFinite(n))) continue;
    out.set(name, { rxBytes: f[0], rxPackets: f[1], rxDropped: f[3], txBytes: f[8], txPackets: f[9], txDropped: f[11] });
  }
  return out;
}

export function readNetDev(path = '/proc/net/dev'): Map<string, InterfaceCounters> {
  try {
    return parseNetDev(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
}
