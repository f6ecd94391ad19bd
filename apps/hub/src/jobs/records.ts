/**
 * The jobs the hub was asked for: id, name, spec, the workers asked (in the store's database, beside
 * the webhook rules). What each worker reports is asked of it when a job is read, not kept here.
 */
import type Database from 'better-sqlite3';
import type { CaptureJobSpec } from '@trawl/api';

export interface JobRecord {
  id: string;
  name: string;
  createdAt: number;
  spec: Omit<CaptureJobSpec, 'id'>;
  nodes: string[];
  /** What each worker answered to `start` when it refused or did not answer. */
  errors: Record<string, string>;
}

export class JobRecords {
  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS capture_jobs (id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, record TEXT NOT NULL)');
  }

  save(r: JobRecord): void {
    this.db.prepare('INSERT OR REPLACE INTO capture_jobs (id, created_at, record) VALUES (?, ?, ?)').run(r.id, r.createdAt, JSON.stringify(r));
  }

  get(id: string): JobRecord | undefined {
    const row = this.db.prepare('SELECT record FROM capture_jobs WHERE id = ?').get(id) as { record: string } | undefined;
    return row && (JSON.parse(row.record) as JobRecord);
  }

  /** Newest first. */
  list(): JobRecord[] {
    return (this.db.prepare('SELECT record FROM capture_jobs ORDER BY created_at DESC, id DESC').all() as { record: string }[]).map((r) => JSON.parse(r.record) as JobRecord);
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM capture_jobs WHERE id = ?').run(id).changes > 0;
  }
}
