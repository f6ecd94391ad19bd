import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Every process id in /proc. */
export function listPids(procRoot = '/proc'): number[] {
  const out: number[] = [];
  for (const name of readdirSync(procRoot)) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(Number(name));
  }
  return out;
}

/**
 * Records `socket inode → pid` for every socket the given processes hold open
 * (/proc/<pid>/fd/* → `socket:[inode]`). A process that exits or hides its fds is skipped.
 * Returns the number of links read (the cost).
 */
export function scanSocketOwners(pids: Iterable<number>, into: Map<number, number>, procRoot = '/proc'): number {
  let links = 0;
  for (const pid of pids) {
    const dir = `${procRoot}/${pid}/fd`;
    let fds: string[];
    try {
      fds = readdirSync(dir);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${dir}/${fd}`);
      } catch {
        continue;
      }
      links++;
      if (target.startsWith('socket:[')) into.set(Number(target.slice(8, -1)), pid);
    }
  }
  return links;
}

/** The command name of a process (`/proc/<pid>/comm`, at most 15 characters), or null once it exited. */
export function readComm(pid: number, procRoot = '/proc'): string | null {
  try {
    return readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}
