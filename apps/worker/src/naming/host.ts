import { hostname } from 'node:os';
import type { LocalAddresses } from './local-addresses.js';
import type { Namer, PeerNames } from './types.js';

/** The last namer of the chain: this machine (`host`, named by its hostname) or `external`. */
export class HostNamer implements Namer {
  private readonly host: PeerNames;
  private readonly external: PeerNames = { kind: 'external' };

  constructor(
    private readonly local: LocalAddresses,
    host = hostname(),
  ) {
    this.host = { kind: 'host', name: host };
  }

  name(ip: string): PeerNames {
    return this.local.has(ip) ? this.host : this.external;
  }
}
