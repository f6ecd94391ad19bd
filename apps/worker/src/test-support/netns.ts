// Network namespaces for the "pod" tests: each namespace is a pod, veth pairs join them. Only
// addresses the tests create are used; namespaces are named per run and removed afterwards.
import { execFileSync } from 'node:child_process';

export const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
export const inNs = (ns: string, ...args: string[]) => ip('netns', 'exec', ns, ...args);

/** A veth pair `a` (in `nsA`) ↔ `b` (in `nsB`, or the root namespace when null), addressed and up. */
export function link(a: string, b: string, nsA: string, nsB: string | null, ipA: string, ipB: string): void {
  ip('link', 'add', a, 'netns', nsA, 'type', 'veth', 'peer', 'name', b, ...(nsB ? ['netns', nsB] : []));
  inNs(nsA, 'ip', 'addr', 'add', `${ipA}/24`, 'dev', a);
  inNs(nsA, 'ip', 'link', 'set', a, 'up');
  if (nsB) {
    inNs(nsB, 'ip', 'addr', 'add', `${ipB}/24`, 'dev', b);
    inNs(nsB, 'ip', 'link', 'set', b, 'up');
  } else {
    ip('addr', 'add', `${ipB}/24`, 'dev', b);
    ip('link', 'set', b, 'up');
  }
}

/** Deletes the namespaces that exist (their veths go with them). */
export function removeNamespaces(...names: string[]): void {
  for (const ns of names) {
    try {
      ip('netns', 'del', ns);
    } catch {
      // Not created.
    }
  }
}

/** Deletes the root-namespace links that exist (a veth's peer goes with it). */
export function removeLinks(...names: string[]): void {
  for (const name of names) {
    try {
      ip('link', 'del', name);
    } catch {
      // Not there (its namespace took it).
    }
  }
}
