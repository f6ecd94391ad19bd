/**
 * Live recordings: entries added as the hub stores them, while a recording is `recording` — from
 * its start until it is stopped or reaches its limit. Fed by the ingest (`onStored`: each entry
 * once, duplicates never), matched with the recording's KFL predicate. A live recording the hub
 * was running when it stopped is resumed at its next start, so the entries that waited in
 * JetStream meanwhile are recorded too.
 */
import { compileQuery } from '../query/compiled.js';
import type { RecordingStore } from './store.js';

/** Live recordings at once: each runs its predicate over every stored entry. */
export const MAX_LIVE_RECORDINGS = 20;

interface Active {
  predicate: (e: unknown) => boolean;
  room: number;
}

export class LiveRecorder {
  private readonly active = new Map<string, Active>();

  constructor(
    private readonly store: RecordingStore,
    private readonly log: (message: string) => void,
  ) {
    for (const r of store.list()) {
      if (r.state !== 'recording') continue;
      try {
        this.follow(r.id, r.query, r.limit - r.entries);
      } catch (e) {
        store.fail(r.id, `its query no longer compiles: ${(e as Error).message}`);
      }
    }
  }

  get recording(): number {
    return this.active.size;
  }

  /** Starts following a recording the store already holds as `recording`. */
  follow(id: string, query: string, room: number): void {
    const predicate = compileQuery(query).predicate as (e: unknown) => boolean;
    if (room <= 0) this.store.finish(id, true);
    else this.active.set(id, { predicate, room });
  }

  /** Stops a live recording (it becomes `ready`); false when it was not recording. */
  stop(id: string): boolean {
    if (!this.active.delete(id)) return false;
    this.store.finish(id, false);
    return true;
  }

  /** Forgets a recording being deleted. */
  forget(id: string): void {
    this.active.delete(id);
  }

  observe(entries: readonly object[]): void {
    for (const [id, a] of this.active) {
      const matched: string[] = [];
      let more = false;
      for (const e of entries) {
        let hit = false;
        try {
          hit = a.predicate(e);
        } catch {
          hit = false; // a field of the wrong shape: not a match
        }
        if (!hit) continue;
        if (matched.length === a.room) {
          more = true;
          break;
        }
        matched.push(JSON.stringify(e));
      }
      try {
        this.store.addNewer(id, matched);
      } catch (err) {
        this.log(`live recording ${id}: ${(err as Error).message}`);
        continue;
      }
      a.room -= matched.length;
      if (more || a.room === 0) {
        this.active.delete(id);
        this.store.finish(id, true); // stopped by its limit
      }
    }
  }
}
