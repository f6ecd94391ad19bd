import { fileURLToPath } from 'node:url';
import { findExecutable, type CaptureProgram } from './program.js';

/** Where apps/worker/native/build.sh puts it (the same from src/ under tsx and from dist/). */
export const TRAWL_PCAP_PATH = fileURLToPath(new URL('../../dist/trawl-pcap', import.meta.url));

export const TRAWL_PCAP_BUILD_HINT = 'build it with apps/worker/native/build.sh (needs cc and libpcap-dev: apt-get install gcc libpcap-dev)';

/**
 * The default block timeout, ms. libpcap makes it TPACKET_V3's block-retire timeout: a packet
 * waits at most this long in a block that is not full. Shorter = less latency on a quiet link but
 * more wake-ups of trawl-pcap and the worker (one batch per timeout while packets trickle in; an
 * idle link wakes nobody, a busy one fills blocks before the timeout). 50 ms: packet → queryable
 * p99 well under 1 s at 100 req/s (README, "Capture backends"), ≤ 20 wake-ups a second.
 */
export const DEFAULT_BLOCK_TIMEOUT_MS = 50;

/** `trawl-pcap IFACE RING_KIB SNAPLEN BLOCK_TIMEOUT_MS [FILTER]` (native/trawl-pcap.c). */
export function trawlPcapArgs(iface: string, bpf: string, ringBytes: number, snaplen: number, blockTimeoutMs: number): string[] {
  const args = [iface, String(Math.max(1, Math.ceil(ringBytes / 1024))), String(snaplen), String(blockTimeoutMs)];
  return bpf.trim() ? [...args, bpf] : args;
}

/** Whether the built binary is there (else the worker falls back to tcpdump). */
export function trawlPcapAvailable(path = TRAWL_PCAP_PATH): boolean {
  return findExecutable(path) !== null;
}

/**
 * trawl-pcap, our own small libpcap program (native/trawl-pcap.c): tcpdump's `-w -` with a block
 * timeout we choose. It sets its own parent-death signal (no setpriv, no credential change to
 * clear it) and exits at once if the parent named in TRAWL_PCAP_PARENT died before that.
 */
export function trawlPcapProgram(path = TRAWL_PCAP_PATH, blockTimeoutMs = DEFAULT_BLOCK_TIMEOUT_MS): CaptureProgram {
  return {
    name: 'trawl-pcap',
    path,
    args: (iface, bpf, ringBytes, snaplen) => trawlPcapArgs(iface, bpf, ringBytes, snaplen, blockTimeoutMs),
    command: (p, args) => [p, args],
    env: { TRAWL_PCAP_PARENT: String(process.pid) },
    holdMs: blockTimeoutMs,
    missing: (p) => `trawl-pcap not found at "${p}": ${TRAWL_PCAP_BUILD_HINT}`,
  };
}
