/**
 * Packed entry rows (built by `RowPacker` in rows.ts) and what inserts them: the part of the store
 * the writer thread loads, so it needs neither @trawl/kfl nor the rest of the hub.
 *
 * Cells are row-major, `width` per row; a text cell is the next `lengths[i]` UTF-16 units of
 * `text`, a blob cell (the entry's JSONB) the next `lengths[i]` bytes of `blobs`.
 */
import Database from 'better-sqlite3';
import { PARTITION_TEMPLATE, partitionIndexFor, readPartitions, rotate, type Partition, type PartitionLayout } from './partitions.js';

export const CELL = { null: 0, text: 1, number: 2, blob: 3 } as const;

export interface PackedRows {
  rows: number;
  width: number;
  /** Per cell: a `CELL` kind. */
  kinds: Uint8Array;
  numbers: Float64Array;
  lengths: Uint32Array;
  text: string;
  /** The blob cells' bytes, one after another (its buffer is the packer's own: transferable). */
  blobs: Uint8Array;
}

/** The buffers `postMessage` may move instead of copying. */
export function transferList(p: PackedRows): ArrayBuffer[] {
  return [p.kinds.buffer as ArrayBuffer, p.numbers.buffer as ArrayBuffer, p.lengths.buffer as ArrayBuffer, p.blobs.buffer as ArrayBuffer];
}

/** Opens `file` and applies `pragmas` (the store's `connectionPragmas`), in order. */
export function openConnection(file: string, pragmas: readonly string[]): Database.Database {
  const db = new Database(file);
  try {
    for (const p of pragmas) db.pragma(p);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Rows a multi-row INSERT carries (the rest of a batch goes one row a statement). */
export const ROWS_PER_STATEMENT = 32;

/** What an inserter needs to know of the layout (passed in as text: the thread loads no kfl). */
export interface InserterSetup extends PartitionLayout {
  /** `insertRowSql()` with the table as `PARTITION_TEMPLATE`. */
  insertSql: string;
  /** Which cell of a row is the entry's timestamp (it picks the partition). */
  tsCell: number;
  /** Entries the newest partition takes before a transaction starts the next. */
  partitionRows: number;
}

/** The statements that insert into one partition. */
class TableStatements {
  readonly one: Database.Statement;
  readonly many: Database.Statement;
  readonly rowidOf: Database.Statement;

  constructor(db: Database.Database, table: string, template: string) {
    const sql = template.replaceAll(PARTITION_TEMPLATE, table);
    this.one = db.prepare(sql);
    const values = sql.lastIndexOf('VALUES ');
    if (values < 0) throw new Error(`not an INSERT … VALUES statement: ${sql}`);
    const tuple = sql.slice(values + 'VALUES '.length);
    this.many = db.prepare(`${sql.slice(0, values)}VALUES ${Array(ROWS_PER_STATEMENT).fill(tuple).join(', ')}`);
    this.rowidOf = db.prepare(`SELECT rowid FROM ${table} WHERE id = ?`).pluck();
  }
}

/**
 * Inserts packed rows with `insertRowSql()` (one row's `VALUES (…)`, no SQL function: the entry
 * comes as JSONB made in JS), `ROWS_PER_STATEMENT` rows a statement, one transaction per call,
 * each row into the partition its timestamp belongs to (partitions.ts); a transaction that finds
 * the newest partition full starts the next first. Returns one flag per row: 1 if it was
 * inserted, 0 if its id was already stored (or came earlier in the same batch).
 *
 * Multi-row statements cost less per row (writer CPU per entry, 200k bench entries into a fresh
 * store, 8k rows a transaction: one row a statement with `jsonb(?)` 19.8-20.7 µs, 32 rows a
 * statement without it 15.4-15.8). `jsonb(?)` had to go first: a statement that calls a function
 * which may fail and writes several rows gets a statement journal (a copy of every page it
 * touches), which made multi-row statements dearer than single ones. A run of rows that are not
 * all for the newest partition (late entries) goes one row a statement.
 *
 * The flags: a statement that inserted all its rows needs no more (the common case). When some
 * were ignored (a redelivery), the rows this statement inserted are the ones whose stored rowid is
 * among the last `changes` rowids it produced; each of its ids is looked up once.
 */
export class RowInserter {
  private readonly statements = new Map<string, TableStatements>();
  private readonly run: { immediate: (p: PackedRows) => Uint8Array };
  private parts: Partition[] = [];
  /** Rows in the newest partition (counted when it is first seen, then kept up). */
  private newestRows = 0;
  private newestName = '';

  constructor(
    private readonly db: Database.Database,
    private readonly setup: InserterSetup,
  ) {
    this.run = db.transaction((p: PackedRows) => this.insertAll(p));
  }

  insert(p: PackedRows): Uint8Array {
    if (p.rows === 0) return new Uint8Array(0);
    try {
      // IMMEDIATE: the catalog is read inside the write lock (retention may drop a partition
      // between transactions; a deferred read-then-write would fail with a stale snapshot).
      return this.run.immediate(p);
    } catch (e) {
      this.newestName = ''; // rolled back: count again
      throw e;
    }
  }

  private table(name: string): TableStatements {
    let t = this.statements.get(name);
    if (!t) this.statements.set(name, (t = new TableStatements(this.db, name, this.setup.insertSql)));
    return t;
  }

  private preparePartitions(): void {
    this.parts = readPartitions(this.db);
    // Statements of partitions retention dropped are let go.
    if (this.statements.size > 1) {
      const live = new Set(this.parts.map((p) => p.name));
      for (const name of this.statements.keys()) if (!live.has(name)) this.statements.delete(name);
    }
    const count = (name: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${name}`).get() as { n: number }).n;
    let newest = this.parts[this.parts.length - 1] as Partition;
    if (newest.name !== this.newestName) {
      this.newestName = newest.name;
      this.newestRows = count(newest.name);
    }
    if (this.newestRows >= this.setup.partitionRows) {
      this.parts = rotate(this.db, this.parts, this.setup);
      newest = this.parts[this.parts.length - 1] as Partition;
      this.newestName = newest.name;
      this.newestRows = count(newest.name);
    }
  }

  private insertAll(p: PackedRows): Uint8Array {
    this.preparePartitions();
    const parts = this.parts;
    const newestIndex = parts.length - 1;
    const newest = this.table((parts[newestIndex] as Partition).name);
    const newestLo = newestIndex === 0 ? -Infinity : (parts[newestIndex] as Partition).lo!;
    const { width, kinds, numbers, lengths, text, blobs } = p;
    const tsCell = this.setup.tsCell;
    const inserted = new Uint8Array(p.rows);
    const blobBuffer = Buffer.from(blobs.buffer, blobs.byteOffset, blobs.byteLength);
    const args: Array<string | number | Buffer | null> = new Array(width * ROWS_PER_STATEMENT);
    // Ids of the rows bound so far in this statement (for the flags when some are ignored): `id` is
    // the first column of `INSERT_COLUMNS`.
    const ids: string[] = new Array(ROWS_PER_STATEMENT);
    let i = 0;
    let at = 0;
    let blobAt = 0;
    let r = 0;
    while (r < p.rows) {
      let chunk = p.rows - r >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : 1;
      // A multi-row statement only when all its rows are for the newest partition.
      for (let k = 0; chunk > 1 && k < chunk; k++) if (!(numbers[(r + k) * width + tsCell]! >= newestLo)) chunk = 1;
      const target = chunk > 1 ? newestIndex : partitionIndexFor(parts, numbers[r * width + tsCell] as number);
      const statements = target === newestIndex ? newest : this.table((parts[target] as Partition).name);
      if (chunk === 1) args.length = width;
      else args.length = width * ROWS_PER_STATEMENT;
      for (let k = 0; k < chunk; k++) {
        for (let c = 0; c < width; c++, i++) {
          const kind = kinds[i];
          let v: string | number | Buffer | null = null;
          if (kind === CELL.text) {
            const end = at + (lengths[i] as number);
            v = text.slice(at, end);
            at = end;
          } else if (kind === CELL.number) v = numbers[i] as number;
          else if (kind === CELL.blob) {
            const end = blobAt + (lengths[i] as number);
            v = blobBuffer.subarray(blobAt, end);
            blobAt = end;
          }
          args[k * width + c] = v;
        }
        ids[k] = args[k * width] as string;
      }
      const info = (chunk === 1 ? statements.one : statements.many).run(args);
      if (target === newestIndex) this.newestRows += info.changes;
      this.flag(statements, inserted, r, chunk, ids, info.changes, Number(info.lastInsertRowid));
      r += chunk;
    }
    return inserted;
  }

  /** Sets the flags of rows `[r, r + n)`, one statement's, which inserted `changes` rows. */
  private flag(t: TableStatements, inserted: Uint8Array, r: number, n: number, ids: string[], changes: number, lastRowid: number): void {
    if (changes === n) {
      inserted.fill(1, r, r + n);
      return;
    }
    if (changes === 0) return;
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      const id = ids[k] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const rowid = Number(t.rowidOf.get(id));
      if (rowid > lastRowid - changes && rowid <= lastRowid) inserted[r + k] = 1;
    }
  }
}
