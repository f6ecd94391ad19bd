import type { Direction } from '../engine/types.js';
import type { Seen } from './build.js';
import { DNS_LIMITS } from './limits.js';

interface Pending extends Seen {
  dir: Direction;
}

/**
 * Queries waiting for their response on one flow or connection, oldest first. A response pairs
 * with a query of the same id sent the other way (addresses reversed: the flow gives the 4-tuple,
 * the direction its order), preferring one with the same first question (compared case-insensitively:
 * resolvers randomise case, RFC 8906 §2). Bounded by `maxPendingQueries` and `pendingTimeoutMs`.
 */
export class PendingQueries {
  private list: Pending[] = [];

  constructor(
    private readonly flush: (query: Seen) => void,
    private readonly count: (event: string) => void,
  ) {}

  add(dir: Direction, q: Seen): void {
    this.expire(q.ts);
    if (this.list.length >= DNS_LIMITS.maxPendingQueries) {
      this.count('limit.dns.maxPendingQueries');
      this.flush(this.list.shift()!);
    }
    this.list.push({ ...q, dir });
  }

  /** The query `response` answers, removed from the queue; null when none is waiting. */
  take(dir: Direction, response: Seen): Seen | null {
    this.expire(response.ts);
    const id = response.message.header.id;
    const key = questionKey(response);
    let best = -1;
    for (let i = 0; i < this.list.length; i++) {
      const p = this.list[i];
      if (p.dir === dir || p.message.header.id !== id) continue;
      if (questionKey(p) === key) {
        best = i;
        break;
      }
      if (best < 0) best = i;
    }
    if (best < 0) return null;
    const [q] = this.list.splice(best, 1);
    return q;
  }

  /** Queries older than the timeout will not be answered any more: emit them unanswered. */
  expire(now: number): void {
    while (this.list.length > 0 && now - this.list[0].ts > DNS_LIMITS.pendingTimeoutMs) this.flush(this.list.shift()!);
  }

  flushAll(): void {
    const all = this.list;
    this.list = [];
    for (const q of all) this.flush(q);
  }

  get size(): number {
    return this.list.length;
  }
}

function questionKey(s: Seen): string {
  const q = s.message.questions[0];
  return q ? `${q.name.toLowerCase()} ${q.type} ${q.class}` : '';
}
