// Prepared statements and portals of one connection, so an Execute shows the query text it runs:
// name → query (and the column names a Describe returned). Bounded: the oldest name is forgotten.
import { PG_LIMITS } from './limits.js';

export interface Prepared {
  query: string;
  columns?: string[];
}

export interface Portal {
  query?: string;
  statement: string;
  parameters?: (string | null)[];
  columns?: string[];
}

export class BoundedMap<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly max: number,
    private readonly onLimit: () => void,
  ) {}

  get(k: string): V | undefined {
    return this.map.get(k);
  }

  set(k: string, v: V): void {
    this.map.delete(k);
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
      this.onLimit();
    }
    this.map.set(k, v);
  }

  delete(k: string): void {
    this.map.delete(k);
  }

  clear(): void {
    this.map.clear();
  }
}

export class Statements {
  readonly statements: BoundedMap<Prepared>;
  readonly portals: BoundedMap<Portal>;

  constructor(count: (e: string) => void) {
    this.statements = new BoundedMap(PG_LIMITS.maxStatements, () => count('limit.postgres.maxStatements'));
    this.portals = new BoundedMap(PG_LIMITS.maxStatements, () => count('limit.postgres.maxStatements'));
  }
}
