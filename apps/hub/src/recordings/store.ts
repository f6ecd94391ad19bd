/**
 * Recordings: named, kept sets of entries (DESIGN.md §6), in their own SQLite file
 * (`recordings.db` beside `entries.db`) so retention, which trims the entries store by count,
 * bytes and age, never touches them, and a recording survives the entries it was made from.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Recording, RecordingState } from '@trawl/api';

export const RECORDINGS_FILE = 'recordings.db';

export type { RecordingState };
export type RecordingMeta = Recording;

interface MetaRow {
  id: string;
  name: string;
  query: string;
  from_ts: number | null;
  to_ts: number | null;
  created_at: number;
  state: RecordingState;
  entries: number;
  bytes: number;
  limited: number;
  max_entries: number;
  live: number;
  error: string | null;
}

const toMeta = (r: MetaRow): RecordingMeta => ({
  id: r.id,
  name: r.name,
  query: r.query,
  from: r.from_ts,
  to: r.to_ts,
  createdAt: r.created_at,
  state: r.state,
  entries: r.entries,
  bytes: r.bytes,
  limited: r.limited === 1,
  limit: r.max_entries,
  live: r.live === 1,
  error: r.error,
});

export class RecordingStore {
  private constructor(readonly db: Database.Database) {}

  static open(dataDir: string): RecordingStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, RECORDINGS_FILE));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec(`CREATE TABLE IF NOT EXISTS recordings (
        id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, from_ts INTEGER, to_ts INTEGER,
        created_at INTEGER NOT NULL, state TEXT NOT NULL, entries INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0, limited INTEGER NOT NULL DEFAULT 0, max_entries INTEGER NOT NULL,
        live INTEGER NOT NULL DEFAULT 0, error TEXT);
      CREATE TABLE IF NOT EXISTS recording_entries (
        recording TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (recording, seq)) WITHOUT ROWID;`);
    // A copy the hub did not finish (it stopped mid-way) is said to have failed, and why. A live
    // recording carries on (the hub resumes it): what arrived meanwhile waits in JetStream.
    db.prepare("UPDATE recordings SET state = 'failed', error = 'the hub stopped while copying' WHERE state = 'copying'").run();
    return new RecordingStore(db);
  }

  /** A new recording: `copying` (a query's past), or `recording` when live. */
  create(meta: Omit<RecordingMeta, 'state' | 'entries' | 'bytes' | 'limited' | 'error'>): RecordingMeta {
    this.db
      .prepare('INSERT INTO recordings (id, name, query, from_ts, to_ts, created_at, state, max_entries, live) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(meta.id, meta.name, meta.query, meta.from, meta.to, meta.createdAt, meta.live ? 'recording' : 'copying', meta.limit, meta.live ? 1 : 0);
    return this.get(meta.id)!;
  }

  /**
   * Adds entries older than every one it holds (a copy reads newest first), in that order; one
   * transaction. Entries are kept newest first by `seq`: a copy counts up from 0, a live recording
   * (`addNewer`) counts down, so one order serves both.
   */
  addOlder(id: string, jsons: readonly string[]): void {
    this.add(id, jsons, (ends) => (ends.max ?? -1) + 1, 1);
  }

  /** Adds entries newer than every one it holds (a live recording), oldest first. */
  addNewer(id: string, jsons: readonly string[]): void {
    this.add(id, jsons, (ends) => (ends.min ?? 0) - 1, -1);
  }

  private add(id: string, jsons: readonly string[], first: (ends: { min: number | null; max: number | null }) => number, step: 1 | -1): void {
    if (jsons.length === 0) return;
    const insert = this.db.prepare('INSERT INTO recording_entries (recording, seq, json) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      if (this.db.prepare('SELECT 1 FROM recordings WHERE id = ?').get(id) === undefined) return; // deleted meanwhile
      const ends = this.db.prepare('SELECT MIN(seq) AS min, MAX(seq) AS max FROM recording_entries WHERE recording = ?').get(id) as { min: number | null; max: number | null };
      let seq = first(ends);
      let bytes = 0;
      for (const json of jsons) {
        insert.run(id, seq, json);
        seq += step;
        bytes += Buffer.byteLength(json);
      }
      this.db.prepare('UPDATE recordings SET entries = entries + ?, bytes = bytes + ? WHERE id = ?').run(jsons.length, bytes, id);
    })();
  }

  finish(id: string, limited: boolean): void {
    this.db.prepare("UPDATE recordings SET state = 'ready', limited = ? WHERE id = ?").run(limited ? 1 : 0, id);
  }

  fail(id: string, error: string): void {
    this.db.prepare("UPDATE recordings SET state = 'failed', error = ? WHERE id = ?").run(error, id);
  }

  get(id: string): RecordingMeta | undefined {
    const row = this.db.prepare('SELECT * FROM recordings WHERE id = ?').get(id) as MetaRow | undefined;
    return row && toMeta(row);
  }

  /** Newest first. */
  list(): RecordingMeta[] {
    return (this.db.prepare('SELECT * FROM recordings ORDER BY created_at DESC, id DESC').all() as MetaRow[]).map(toMeta);
  }

  /** Up to `limit` entries, newest first, after the one at `afterSeq` (null: from the newest). */
  page(id: string, afterSeq: number | null, limit: number): { seq: number; json: string }[] {
    return this.db
      .prepare('SELECT seq, json FROM recording_entries WHERE recording = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(id, afterSeq ?? Number.MIN_SAFE_INTEGER, limit) as { seq: number; json: string }[];
  }

  /** The oldest `limit` entries, oldest first. */
  oldest(id: string, limit: number): string[] {
    const rows = this.db.prepare('SELECT json FROM recording_entries WHERE recording = ? ORDER BY seq DESC LIMIT ?').all(id, limit) as { json: string }[];
    return rows.map((r) => r.json);
  }

  delete(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM recording_entries WHERE recording = ?').run(id);
      return this.db.prepare('DELETE FROM recordings WHERE id = ?').run(id).changes > 0;
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
