/**
 * Live fan-out: every newly stored entry goes to each subscriber whose predicate it matches
 * (the SSE route is the subscriber). Entries are serialised once, lazily, for all subscribers.
 */
import type { StoredEntry } from '../store/entry-check.js';

export interface LiveSubscriber {
  predicate: (entry: unknown) => boolean;
  /** Called synchronously with the entry and its JSON text; must not block. */
  onEntry: (entry: StoredEntry, json: string) => void;
  /** The feed is shutting down. */
  onClose?: () => void;
}

export class LiveFeed {
  private readonly subs = new Set<LiveSubscriber>();
  private closed = false;

  get subscribers(): number {
    return this.subs.size;
  }

  subscribe(sub: LiveSubscriber): () => void {
    if (this.closed) {
      sub.onClose?.();
      return () => {};
    }
    this.subs.add(sub);
    return () => this.subs.delete(sub);
  }

  publish(entries: readonly StoredEntry[]): void {
    if (this.subs.size === 0) return;
    for (const entry of entries) {
      let json: string | undefined;
      for (const s of this.subs) {
        let match = false;
        try {
          match = s.predicate(entry);
        } catch {
          // A predicate never throws by KFL's contract; if one does, the entry is not a match.
        }
        if (match) s.onEntry(entry, (json ??= JSON.stringify(entry)));
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const s of this.subs) s.onClose?.();
    this.subs.clear();
  }
}
