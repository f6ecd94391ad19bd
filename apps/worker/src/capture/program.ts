import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

/** The programs the worker can run, one per interface, to capture into a pcap stream on stdout. */
export type CaptureProgramName = 'tcpdump' | 'trawl-pcap';

/**
 * How to run one capture program (tcpdump-process.ts, trawl-pcap-process.ts). Both write a pcap
 * stream to stdout and speak tcpdump's language on stderr (tcpdump-stderr.ts), so CaptureProcess
 * and ProcessCapture treat them alike.
 */
export interface CaptureProgram {
  readonly name: CaptureProgramName;
  /** The binary as configured (a name is looked up in PATH). */
  readonly path: string;
  /** Arguments that capture `iface` through `bpf` into a ring of `ringBytes`; `snaplen` 0 = whole packets. */
  args(iface: string, bpf: string, ringBytes: number, snaplen: number): string[];
  /** The command that runs the binary at `path` with `args`: a wrapper may come first (setpriv). */
  command(path: string, args: string[]): [string, string[]];
  /** Extra environment for the child. */
  env?: Record<string, string>;
  /** How long the ring may hold a packet before the program is handed it (its block timeout). */
  readonly holdMs: number;
  /** The error when the binary is not there. */
  missing(path: string): string;
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A command's path: as given when it has a slash, else the first in PATH; null if none runs. */
export function findExecutable(name: string): string | null {
  if (name.includes('/')) return executable(name) ? name : null;
  return (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin').split(':').map((d) => join(d || '.', name)).find(executable) ?? null;
}
