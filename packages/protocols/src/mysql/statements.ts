// Prepared statements of one connection: statement id → query text and parameter types, so an
// execute shows its SQL and decoded parameters. Bounded: the oldest statement is forgotten.
import type { Statement } from './binary.js';
import { MAX_STATEMENTS } from './limits.js';

export class StatementMap {
  private map = new Map<number, Statement>();
  /** The last prepared id: MariaDB's id 0xffffffff means "the statement just prepared". */
  private last = -1;

  constructor(private readonly count: (event: string) => void) {}

  add(id: number, stmt: Statement): void {
    this.map.delete(id);
    if (this.map.size >= MAX_STATEMENTS) {
      const oldest = this.map.keys().next().value as number;
      this.map.delete(oldest);
      this.count('mysql.limit.statements');
    }
    this.map.set(id, stmt);
    this.last = id;
  }

  get(id: number): Statement | undefined {
    return this.map.get(id === 0xffffffff ? this.last : id);
  }

  delete(id: number): void {
    this.map.delete(id);
  }

  get size(): number {
    return this.map.size;
  }
}
