import { readFileSync } from 'node:fs';
import { listPids, readComm, scanSocketOwners } from './proc-fds.js';
import { parseProcNetTcp, SocketTable, type ProcSocket } from './proc-net.js';
import type { Namer, PeerNames } from './types.js';

export interface ProcessNamerOptions {
  /** Is this address one of this machine's? Only local ends can have a local process. */
  isLocal: (ip: string) => boolean;
  procRoot?: string;
  now?: () => number;
  /**
   * CPU time this process has used, ms: what a scan is charged. Not wall time: on a loaded machine
   * a 2 ms read of /proc/net/tcp took 20-70 ms of wall time while descheduled (measured, load 6 on
   * 2 cores), and a few curls' lookups then spent the whole budget on waiting.
   */
  cpuNow?: () => number;
  /**
   * The /proc scans run on a time budget, a token bucket of scan (CPU) time: it refills at
   * `budgetFraction` of wall time (0.1: scans cost at most a tenth of a core however many new
   * connections arrive) and holds at most `burstMs`, so a burst of new clients is named at once.
   * A fixed "once a second" would leave most short-lived clients (curl, cron jobs) unnamed.
   */
  budgetFraction?: number;
  burstMs?: number;
  /** Names kept (positive and negative); the oldest are forgotten past it. */
  maxCached?: number;
  /** A failed lookup is not retried for this long (unless the end is observed opening again). */
  negativeTtlMs?: number;
}

export interface ProcessNamerStats {
  lookups: number;
  named: number;
  quickRefreshes: number;
  fullRefreshes: number;
  refreshMs: number;
  /** Lookups that found nothing and could not refresh (budget spent). */
  budgetSkips: number;
}

type Cached = { names: PeerNames | null; until: number };

/**
 * The process behind a local socket, from /proc: local ip:port → socket inode (/proc/net/tcp{,6},
 * listening and connected sockets) → the pid holding `socket:[inode]` among /proc/<pid>/fd → its
 * `comm`. Tables are cached; a miss refreshes them within a CPU budget, first cheaply (the socket
 * table and only processes not seen before: a new client is usually a new process) and then fully.
 * Only sockets of this network namespace are visible.
 */
export class ProcessNamer implements Namer {
  readonly stats: ProcessNamerStats = { lookups: 0, named: 0, quickRefreshes: 0, fullRefreshes: 0, refreshMs: 0, budgetSkips: 0 };
  private readonly cache = new Map<string, Cached>();
  private readonly unresolved = new Map<string, { tries: number; until: number }>();
  private sockets = new SocketTable([]);
  private rows4: ProcSocket[] = [];
  private rows6: ProcSocket[] = [];
  private readonly owners = new Map<number, number>();
  private readonly comms = new Map<number, string>();
  private knownPids = new Set<number>();
  private tokens: number;
  private tokensAt: number;
  private readonly procRoot: string;
  private readonly now: () => number;
  private readonly cpuNow: () => number;
  private readonly budgetFraction: number;
  private readonly burstMs: number;
  private readonly maxCached: number;
  private readonly negativeTtlMs: number;

  constructor(private readonly options: ProcessNamerOptions) {
    this.procRoot = options.procRoot ?? '/proc';
    this.now = options.now ?? (() => performance.now());
    this.cpuNow = options.cpuNow ?? cpuMs;
    this.budgetFraction = options.budgetFraction ?? 0.1;
    this.burstMs = options.burstMs ?? 200;
    this.tokens = this.burstMs;
    this.tokensAt = this.now();
    this.maxCached = options.maxCached ?? 50_000;
    this.negativeTtlMs = options.negativeTtlMs ?? 2_000;
  }

  name(ip: string, port: number): PeerNames | undefined {
    if (!this.options.isLocal(ip)) return undefined;
    const key = ip + ' ' + port;
    const c = this.cache.get(key);
    if (c !== undefined && (c.names !== null || c.until > this.now())) return c.names ?? undefined;
    return this.resolve(key, ip, port);
  }

  observe(ip: string, port: number): void {
    if (!this.options.isLocal(ip)) return;
    const key = ip + ' ' + port;
    // A new connection on this end: whatever owned the port before may not own it now.
    this.cache.delete(key);
    if (this.resolve(key, ip, port) === undefined) {
      // Some kernels (gVisor's) list a connecting socket only once it is established: try again
      // at the end's next packets (its handshake ACK, its request), while the client still waits.
      if (this.unresolved.size >= 1_000) this.unresolved.delete(this.unresolved.keys().next().value!);
      this.unresolved.set(key, { tries: 0, until: this.now() + 5_000 });
    }
  }

  get pending(): number {
    return this.unresolved.size;
  }

  again(ip: string, port: number): void {
    const key = ip + ' ' + port;
    const u = this.unresolved.get(key);
    if (u === undefined) return;
    if (++u.tries >= 3 || this.now() > u.until) this.unresolved.delete(key);
    this.cache.delete(key);
    // The owner was scanned when the end was observed; only the socket table needs reading again.
    if (this.resolve(key, ip, port, false) !== undefined) this.unresolved.delete(key);
  }

  private resolve(key: string, ip: string, port: number, mayScanAll = true): PeerNames | undefined {
    this.stats.lookups++;
    let names = this.lookup(ip, port);
    if (names === null && this.mayScan()) {
      // A retry (again) needs only the socket table: the owner's fds were scanned when the end was
      // observed. Listing /proc again for it cost 2-15 ms a try on a loaded machine, and three
      // tries for each curl gone before its packets were read spent the whole budget (measured).
      if (mayScanAll) this.refresh(false, ip.includes(':') ? 6 : 4);
      else this.readTable(ip.includes(':') ? 6 : 4);
      names = this.lookup(ip, port);
    }
    if (names === null && mayScanAll && this.mayScan()) {
      // Only a socket still listed can have an owner to find. One in neither table has closed (a
      // short-lived client gone before its packets were read): a full fd scan for it is wasted, and
      // a burst of such ends used to spend the whole budget, leaving live clients right after them
      // unnamed. The other family's table is read first: IPv4 ends of dual-stack sockets are there.
      if (this.sockets.find(ip, port) === undefined) this.readTable(ip.includes(':') ? 4 : 6);
      if (this.sockets.find(ip, port) !== undefined) {
        this.refresh(true);
        names = this.lookup(ip, port);
      }
    }
    if (names === null) this.stats.budgetSkips++;
    else this.stats.named++;
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { names, until: this.now() + this.negativeTtlMs });
    return names ?? undefined;
  }

  private mayScan(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burstMs, this.tokens + (t - this.tokensAt) * this.budgetFraction);
    this.tokensAt = t;
    return this.tokens > 0;
  }

  private lookup(ip: string, port: number): PeerNames | null {
    const inode = this.sockets.find(ip, port);
    if (inode === undefined) return null;
    const pid = this.owners.get(inode);
    if (pid === undefined) return null;
    let comm = this.comms.get(pid);
    if (comm === undefined) {
      const c = readComm(pid, this.procRoot);
      if (c === null) return null;
      this.comms.set(pid, (comm = c));
    }
    return { kind: 'process', name: comm, process: { pid, name: comm } };
  }

  /**
   * Re-reads the socket table and the fds of new processes (quick) or of all processes (full).
   * Reading /proc/net/tcp walks the kernel's whole established-hash (1.5-2 ms per file on a VM with
   * 24 GB), so a quick refresh re-reads only the family of the address it looks for.
   */
  private refresh(full: boolean, family: 4 | 6 = 4): void {
    // Quick scans only add owners; a full one also forgets the sockets of exited processes.
    if (this.owners.size > 100_000) full = true;
    const t0 = this.cpuNow();
    const root = this.procRoot;
    if (full || family === 4) this.rows4 = readRows(`${root}/net/tcp`);
    if (full || family === 6) this.rows6 = readRows(`${root}/net/tcp6`);
    this.sockets = new SocketTable([...this.rows4, ...this.rows6]);
    let pids: number[] = [];
    try {
      pids = listPids(root);
    } catch {
      // /proc not mounted: nothing can be named.
    }
    const alive = new Set(pids);
    if (full) {
      this.owners.clear();
      scanSocketOwners(pids, this.owners, root);
      for (const pid of this.comms.keys()) if (!alive.has(pid)) this.comms.delete(pid);
    } else {
      scanSocketOwners(
        pids.filter((p) => !this.knownPids.has(p)),
        this.owners,
        root,
      );
    }
    this.knownPids = alive;
    const took = this.cpuNow() - t0;
    this.stats.refreshMs += took;
    this.tokens -= took;
    if (full) this.stats.fullRefreshes++;
    else this.stats.quickRefreshes++;
  }

  /** Re-reads one family's socket table only (charged to the budget like a refresh). */
  private readTable(family: 4 | 6): void {
    const t0 = this.cpuNow();
    if (family === 4) this.rows4 = readRows(`${this.procRoot}/net/tcp`);
    else this.rows6 = readRows(`${this.procRoot}/net/tcp6`);
    this.sockets = new SocketTable([...this.rows4, ...this.rows6]);
    const took = this.cpuNow() - t0;
    this.stats.refreshMs += took;
    this.tokens -= took;
  }

  /** A full scan now (at start, so the first new client needs only a quick one). */
  warm(): void {
    this.refresh(true);
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function readRows(path: string): ProcSocket[] {
  try {
    return parseProcNetTcp(readFileSync(path, 'utf8'));
  } catch {
    return []; // No IPv6 in this kernel or namespace.
  }
}
