import type { Peer } from '@trawl/protocols';

/** What a namer adds to an end of a connection: everything of a Peer but its address. */
export type PeerNames = Omit<Peer, 'ip' | 'port'>;

/**
 * One source of names. Namers form a chain (`NamerChain`): the first that answers wins, so a
 * Kubernetes namer (pods, services) goes before the /proc namer, which goes before the host namer.
 */
export interface Namer {
  /** Names an end, or `undefined` to let the next namer try. Called twice per entry: keep it cheap. */
  name(ip: string, port: number): PeerNames | undefined;
  /**
   * A connection was seen opening at this end (its SYN): resolve it now, while the process behind
   * it still lives; a short-lived client (curl) may be gone by the time its entry is complete.
   */
  observe?(ip: string, port: number): void;
  /** Ends observed opening that could not be named yet (the socket may not be listed until established). */
  readonly pending?: number;
  /** A later packet from an end: try again if its opening could not be named. */
  again?(ip: string, port: number): void;
}
