/**
 * The entry store: one SQLite file in WAL mode, the table layout owned by @trawl/kfl (typed columns
 * plus the entry as JSONB). Writes are batched, one transaction per batch, and idempotent by entry
 * id (`INSERT OR IGNORE`): a redelivered batch inserts nothing and never doubles a count.
 *
 * Durability: WAL with `synchronous = NORMAL` survives a process crash (what the ack-after-commit
 * protocol needs); `synchronous: 'FULL'` also survives power loss, at a cost per commit.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEntriesTableSql, entryFromRow, entryToRow, insertEntrySql, selectEntryJsonSql, tuneDatabase, type EntryRow } from '@trawl/kfl';
import { checkEntry, type StoredEntry } from './entry-check.js';

export const DB_FILE = 'entries.db';

export interface StoreOptions {
  /** Directory for `entries.db` (created when missing). */
  dataDir: string;
  synchronous?: 'NORMAL' | 'FULL';
  /** Page-cache and mmap sizes passed to kfl's `tuneDatabase`. */
  mmapSize?: number;
  cacheKiB?: number;
}

export interface InsertResult {
  /** Entries that were new (in batch order): what the live stream fans out. */
  inserted: StoredEntry[];
  /** Entries whose id was already stored (a redelivery or a re-sent batch). */
  duplicates: number;
  /** Entries without a string id or a numeric timestamp: skipped and counted. */
  invalid: number;
}

export interface StoreStats {
  rows: number;
  /** Bytes of live pages (what retention by bytes bounds). */
  usedBytes: number;
  /** Bytes on disk: the database file plus its WAL. */
  fileBytes: number;
  oldest: number | null;
  newest: number | null;
}

export class EntryStore {
  readonly db: Database.Database;
  readonly file: string;
  private rowCount: number;
  private readonly insertStmt: Database.Statement;
  private readonly insertMany: (rows: Array<{ row: EntryRow; entry: StoredEntry }>) => StoredEntry[];
  private closed = false;

  private constructor(db: Database.Database, file: string) {
    this.db = db;
    this.file = file;
    // kfl's statement is INSERT OR REPLACE (a bulk loader's choice); the hub must never replace a
    // stored entry nor count it twice, so it ignores the conflict instead.
    this.insertStmt = db.prepare(insertEntrySql().replace(/^INSERT OR REPLACE /, 'INSERT OR IGNORE '));
    this.insertMany = db.transaction((rows) => {
      const fresh: StoredEntry[] = [];
      for (const { row, entry } of rows) if (this.insertStmt.run(row).changes > 0) fresh.push(entry);
      this.rowCount += fresh.length;
      return fresh;
    });
    this.rowCount = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  }

  static open(options: StoreOptions): EntryStore {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, DB_FILE);
    const db = new Database(file);
    try {
      tuneDatabase(db, { mmapSize: options.mmapSize, cacheKiB: options.cacheKiB });
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
      // A reader never blocks the writer in WAL; this only covers a second writer (another hub).
      db.pragma('busy_timeout = 5000');
      db.exec(createEntriesTableSql());
      db.exec(`CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
        CREATE TABLE IF NOT EXISTS workers (node TEXT PRIMARY KEY NOT NULL, last_seen INTEGER NOT NULL, hello TEXT NOT NULL);`);
      return new EntryStore(db, file);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get rows(): number {
    return this.rowCount;
  }

  /**
   * Stores a batch in one transaction; returns only after the commit (throws if it failed).
   * `texts[i]`, when given, is `entries[i]`'s own JSON text (the wire line it was parsed from): it is
   * stored as is, so the entry is not serialised a second time.
   */
  insert(entries: readonly unknown[], texts?: readonly (string | undefined)[]): InsertResult {
    const rows: Array<{ row: EntryRow; entry: StoredEntry }> = [];
    let invalid = 0;
    for (let i = 0; i < entries.length; i++) {
      const entry = checkEntry(entries[i]);
      if (!entry) {
        invalid++;
        continue;
      }
      rows.push({ row: entryToRow(entry, texts?.[i]), entry });
    }
    const inserted = rows.length > 0 ? this.insertMany(rows) : [];
    return { inserted, duplicates: rows.length - inserted.length, invalid };
  }

  /** The stored entry as JSON text, or undefined. */
  getJson(id: string): string | undefined {
    const row = this.db.prepare(`SELECT ${selectEntryJsonSql()} FROM entries WHERE entries.id = ?`).get(id) as { json: string } | undefined;
    return row?.json;
  }

  get(id: string): unknown {
    const json = this.getJson(id);
    return json === undefined ? undefined : entryFromRow({ json });
  }

  /** Called after retention deleted rows, so `rows` stays exact without a `count(*)`. */
  noteDeleted(n: number): void {
    this.rowCount = Math.max(0, this.rowCount - n);
  }

  usedBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return (pages - free) * size;
  }

  fileBytes(): number {
    let n = 0;
    for (const f of [this.file, `${this.file}-wal`]) if (existsSync(f)) n += statSync(f).size;
    return n;
  }

  stats(): StoreStats {
    const r = this.db.prepare('SELECT min(ts) AS oldest, max(ts) AS newest FROM entries').get() as { oldest: number | null; newest: number | null };
    return { rows: this.rowCount, usedBytes: this.usedBytes(), fileBytes: this.fileBytes(), oldest: r.oldest, newest: r.newest };
  }

  /** Proves the file can be written right now (health): a one-row write in its own transaction. */
  probeWrite(now = Date.now()): void {
    if (this.closed) throw new Error('the store is closed');
    this.db.prepare("INSERT OR REPLACE INTO hub_meta (key, value) VALUES ('health_probe', ?)").run(String(now));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
