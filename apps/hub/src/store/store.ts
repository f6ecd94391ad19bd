/**
 * The entry store: one SQLite file in WAL mode, the table layout owned by @trawl/kfl (typed columns
 * plus the entry as JSONB), in time partitions (partitions.ts) under a view `entries`. Writes are
 * batched, one transaction per batch, and idempotent by entry id (`INSERT OR IGNORE` into the one
 * partition an entry's timestamp belongs to): a redelivered batch inserts nothing and never
 * doubles a count.
 *
 * Durability: WAL with `synchronous = NORMAL` survives a process crash (what the ack-after-commit
 * protocol needs); `synchronous: 'FULL'` also survives power loss, at a cost per commit.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEntriesIndexesSql, entryFromRow, selectEntryJsonSql, tuneDatabase, upgradeEntriesTableSql } from '@trawl/kfl';
import { checkEntry, type StoredEntry } from './entry-check.js';
import { JsonbError } from './jsonb.js';
import { tryWrite } from './lock.js';
import { openConnection, RowInserter, type PackedRows } from './packed.js';
import { ensurePartitions, readPartitions, type Partition } from './partitions.js';
import { inserterSetup, partitionLayout, RowPacker } from './rows.js';

export const DB_FILE = 'entries.db';

export interface StoreOptions {
  /** Directory for `entries.db` (created when missing). */
  dataDir: string;
  synchronous?: 'NORMAL' | 'FULL';
  /** Page-cache and mmap sizes passed to kfl's `tuneDatabase`. */
  mmapSize?: number;
  cacheKiB?: number;
  /** How long a write waits for the other writer's transaction (default 5 s). */
  busyTimeoutMs?: number;
  /** Entries a partition holds before the next is started (default 250k; see partitions.ts). */
  partitionRows?: number;
}

export interface InsertResult {
  /** Entries that were new (in batch order): what the live stream fans out. */
  inserted: StoredEntry[];
  /** Entries whose id was already stored (a redelivery or a re-sent batch). */
  duplicates: number;
  /** Entries without a string id or a numeric timestamp: skipped and counted. */
  invalid: number;
}

/** A batch checked and turned into rows, ready for `insertPacked` (here or on the writer thread). */
export interface PreparedBatch {
  /** The valid entries, in batch order, one per packed row. */
  entries: StoredEntry[];
  rows: PackedRows;
  /** Entries without a string id or a numeric timestamp, or nested too deep: skipped and counted. */
  invalid: number;
}

/**
 * Checks entries and builds their rows. `texts[i]`, when given, is `entries[i]`'s own JSON text
 * (the wire line it was parsed from): its JSONB is made from it, so the entry is not serialised
 * again.
 */
export function prepareBatch(entries: readonly unknown[], texts?: readonly (string | undefined)[]): PreparedBatch {
  const batch = new BatchBuilder(entries.length);
  for (let i = 0; i < entries.length; i++) batch.add(entries[i], texts?.[i]);
  return batch.finish();
}

/** `prepareBatch` one entry at a time (the ingest yields to the event loop between slices). */
export class BatchBuilder {
  private readonly valid: StoredEntry[] = [];
  private readonly rows: RowPacker;
  private invalid = 0;

  /** `capacity`: the most entries `add` will be called for. */
  constructor(capacity: number) {
    this.rows = new RowPacker(capacity);
  }

  /** `text`: the entry's own JSON text when known. */
  add(value: unknown, text: string | undefined): void {
    const entry = checkEntry(value);
    if (!entry) {
      this.invalid++;
      return;
    }
    try {
      this.rows.add(entry, text);
    } catch (e) {
      // Nested deeper than SQLite's JSON allows: an entry SQLite itself would refuse.
      if (!(e instanceof JsonbError)) throw e;
      this.invalid++;
      return;
    }
    this.valid.push(entry);
  }

  finish(): PreparedBatch {
    return { entries: this.valid, rows: this.rows.finish(), invalid: this.invalid };
  }
}

/** The entries whose rows were inserted (`flags` from `RowInserter.insert`), in batch order. */
export function insertedEntries(batch: PreparedBatch, flags: Uint8Array): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (let i = 0; i < batch.entries.length; i++) if (flags[i] === 1) out.push(batch.entries[i] as StoredEntry);
  return out;
}

export interface StoreStats {
  rows: number;
  /** Bytes of live pages (what retention by bytes bounds). */
  usedBytes: number;
  /** Bytes on disk: the database file plus its WAL. */
  fileBytes: number;
  oldest: number | null;
  newest: number | null;
  /** Time partitions (tables) the entries are in. */
  partitions: number;
}

export class EntryStore {
  readonly db: Database.Database;
  readonly file: string;
  /** What it was opened with (the writer thread opens its own connection the same way). */
  readonly options: StoreOptions;
  private rowCount: number;
  private readonly inserter: RowInserter;
  private closed = false;

  private constructor(db: Database.Database, file: string, options: StoreOptions) {
    this.db = db;
    this.file = file;
    this.options = options;
    this.inserter = new RowInserter(db, inserterSetup(options.partitionRows));
    this.rowCount = this.countRows();
  }

  static open(options: StoreOptions): EntryStore {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, DB_FILE);
    let db: Database.Database;
    try {
      db = openConnection(file, connectionPragmas(options));
    } catch (e) {
      throw unopenable(file, e);
    }
    try {
      db.transaction(() => {
        // A store made by an older hub is brought up to this layout first (kfl owns it): its
        // single `entries` table, then each partition.
        const isTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries'").get();
        if (isTable) upgradeTable(db, 'entries');
        for (const p of ensurePartitions(db, partitionLayout())) upgradeTable(db, p.name);
      }).immediate();
      db.exec(`CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
        CREATE TABLE IF NOT EXISTS workers (node TEXT PRIMARY KEY NOT NULL, last_seen INTEGER NOT NULL, hello TEXT NOT NULL);`);
      return new EntryStore(db, file, options);
    } catch (e) {
      db.close();
      throw unopenable(file, e);
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
    const batch = prepareBatch(entries, texts);
    const inserted = insertedEntries(batch, this.insertPacked(batch.rows));
    return { inserted, duplicates: batch.entries.length - inserted.length, invalid: batch.invalid };
  }

  /** Inserts prepared rows on this connection, in one transaction: one flag per row, 1 if new. */
  insertPacked(rows: PackedRows): Uint8Array {
    const flags = this.inserter.insert(rows);
    this.noteInserted(flags);
    return flags;
  }

  /** Rows another connection (the writer thread) inserted, so `rows` stays exact. */
  noteInserted(flags: Uint8Array): void {
    for (let i = 0; i < flags.length; i++) this.rowCount += flags[i] as number;
  }

  /** Counts the rows again. */
  recount(): void {
    this.rowCount = this.countRows();
  }

  /** The row count as another connection just counted it (a writer thread after one died). */
  setRows(n: number): void {
    this.rowCount = n;
  }

  /** The partitions, oldest first (read afresh: the writer thread starts new ones). */
  partitions(): Partition[] {
    return readPartitions(this.db);
  }

  private countRows(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
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
    // Per partition (each an index lookup; through the view it would be a scan): the oldest
    // non-empty one's min, the newest non-empty one's max.
    const parts = this.partitions();
    const first = (agg: 'min' | 'max', order: Partition[]) => {
      for (const p of order) {
        const v = (this.db.prepare(`SELECT ${agg}(ts) AS v FROM ${p.name}`).get() as { v: number | null }).v;
        if (v !== null) return v;
      }
      return null;
    };
    return { rows: this.rowCount, usedBytes: this.usedBytes(), fileBytes: this.fileBytes(), oldest: first('min', parts), newest: first('max', [...parts].reverse()), partitions: parts.length };
  }

  /**
   * Proves the file can be written right now (health): a one-row write in its own transaction.
   * Another writer in the middle of a transaction (the ingest's thread) proves it as well.
   */
  probeWrite(now = Date.now()): void {
    if (this.closed) throw new Error('the store is closed');
    this.tryWrite(() => this.db.prepare("INSERT OR REPLACE INTO hub_meta (key, value) VALUES ('health_probe', ?)").run(String(now)));
  }

  /**
   * Runs `write` on this connection only if no other connection is writing right now (see
   * lock.ts): false, and nothing written, when the database is locked. For the event loop's
   * periodic writes (endpoint inventory, worker presence, health), which try again later.
   */
  tryWrite(write: () => void): boolean {
    return tryWrite(this.db, write);
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

/**
 * Adds what an older layout lacks to one table of entries, and the indexes it lacks (kfl's), by
 * their columns: a single table renamed to be the first partition keeps its indexes' old names.
 */
function upgradeTable(db: Database.Database, table: string): void {
  const upgrade = upgradeEntriesTableSql((db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name), table);
  if (upgrade) db.exec(upgrade);
  const has = new Set<string>();
  for (const ix of db.pragma(`index_list(${table})`) as Array<{ name: string }>) {
    has.add((db.pragma(`index_info(${ix.name})`) as Array<{ name: string }>).map((c) => c.name).join(','));
  }
  for (const line of createEntriesIndexesSql(table).split('\n')) {
    const cols = /\(([^)]*)\);?$/.exec(line)?.[1]?.split(',').map((c) => c.trim()).join(',');
    if (cols !== undefined && !has.has(cols)) db.exec(line);
  }
}

/**
 * The store's connection settings, as pragma statements (the writer thread applies the same list
 * to its own connection).
 */
export function connectionPragmas(options: Omit<StoreOptions, 'dataDir'>): string[] {
  const pragmas: string[] = [];
  tuneDatabase({ pragma: (p) => pragmas.push(p) }, { mmapSize: options.mmapSize, cacheKiB: options.cacheKiB });
  pragmas.push(
    'journal_mode = WAL',
    `synchronous = ${options.synchronous ?? 'NORMAL'}`,
    // A reader never blocks a writer in WAL; this covers the two writers (the ingest's thread and
    // retention/settings on the main thread) and a second hub.
    `busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5_000))}`,
  );
  return pragmas;
}

/**
 * SQLite's refusal to open the store, said with the file and what to do: a damaged file or one
 * that is not a store is left where it is (nothing is deleted), the hub does not start.
 */
function unopenable(file: string, e: unknown): unknown {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  const advice =
    code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')
      ? ': it is damaged or not a trawl store; move it away (with any -wal and -shm beside it) to start with an empty store'
      : '';
  return new Error(`cannot open the store ${file}: ${(e as Error).message} (${code})${advice}`, { cause: e });
}
