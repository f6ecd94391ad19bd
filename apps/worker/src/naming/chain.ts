import type { Namer, PeerNames } from './types.js';

/** Asks each namer in turn; the first answer wins. */
export class NamerChain implements Namer {
  constructor(private readonly namers: readonly Namer[]) {}

  name(ip: string, port: number): PeerNames | undefined {
    for (const n of this.namers) {
      const names = n.name(ip, port);
      if (names !== undefined) return names;
    }
    return undefined;
  }

  observe(ip: string, port: number): void {
    for (const n of this.namers) n.observe?.(ip, port);
  }

  get pending(): number {
    let p = 0;
    for (const n of this.namers) p += n.pending ?? 0;
    return p;
  }

  again(ip: string, port: number): void {
    for (const n of this.namers) if (n.pending) n.again?.(ip, port);
  }
}
