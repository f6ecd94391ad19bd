import { findExecutable, type CaptureProgram } from './program.js';

/** tcpdump's pcap_set_timeout, which libpcap makes the TPACKET_V3 block retire timeout. */
const BLOCK_TIMEOUT_MS = 1_000;

export const TCPDUMP_PACKAGE_HINT = "install Debian's tcpdump package (apt-get install tcpdump) or pass --tcpdump-path";

export type TcpdumpMode = 'block' | 'immediate';

/**
 * The arguments: full snaplen, pcap with nanosecond kernel timestamps on stdout, flushed per
 * packet (`-U`: else stdio holds packets until 4 KiB gather, forever on a quiet link), no name
 * lookups, `-B` the ring in KiB. Not `--immediate-mode`: libpcap 1.10 then falls back to
 * TPACKET_V2, whose fixed slots are snaplen-sized (64 KiB on lo), the very problem of cap 0.2.
 * Without it TPACKET_V3 packs packets of any size into 256 KiB blocks, at the price of a block
 * being handed over when full or after tcpdump's fixed 1 s timeout (latency on a quiet link: the
 * reason for trawl-pcap, trawl-pcap-process.ts).
 * `-Z root`: Debian's tcpdump, started as root, otherwise drops to the `tcpdump` user once the
 * socket is open, and that credential change clears the parent-death signal (prctl(2)) that
 * `setpriv --pdeathsig` sets: a worker killed with SIGKILL (or by the OOM killer) would leave its
 * tcpdumps running until their next packet hits the closed pipe. With `-w` tcpdump only copies
 * bytes and never dissects them, so staying root adds little attack surface.
 */
export function tcpdumpArgs(iface: string, bpf: string, ringBytes: number, mode: TcpdumpMode = 'block', snaplen = 0): string[] {
  const args = ['-i', iface, '-n', '-s', String(snaplen), '-U', '-w', '-', '--time-stamp-precision', 'nano', '-B', String(Math.max(1, Math.ceil(ringBytes / 1024))), '-Z', 'root'];
  if (mode === 'immediate') args.push('--immediate-mode');
  return bpf.trim() ? [...args, '--', bpf] : args;
}

/** util-linux's setpriv, when there is one: it makes tcpdump die with the worker. */
const SETPRIV = findExecutable('setpriv');

/** The command line: tcpdump, under `setpriv --pdeathsig KILL` where setpriv exists. */
export function tcpdumpCommand(path: string, args: string[]): [string, string[]] {
  return SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', path, ...args]] : [path, args];
}

/** Debian's tcpdump as a capture program (`path`: the binary, `tcpdump` from PATH by default). */
export function tcpdumpProgram(path = 'tcpdump', mode: TcpdumpMode = 'block'): CaptureProgram {
  return {
    name: 'tcpdump',
    path,
    args: (iface, bpf, ringBytes, snaplen) => tcpdumpArgs(iface, bpf, ringBytes, mode, snaplen),
    command: tcpdumpCommand,
    holdMs: mode === 'immediate' ? 0 : BLOCK_TIMEOUT_MS,
    missing: (p) => `tcpdump not found at "${p}": ${TCPDUMP_PACKAGE_HINT}`,
  };
}
