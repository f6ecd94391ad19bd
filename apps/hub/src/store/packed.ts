/**
 * Packed entry rows (built by `RowPacker` in rows.ts) and what inserts them: the part of the store
 * the writer thread loads, so it needs neither @trawl/kfl nor the rest of the hub.
 *
 * Cells are row-major, `width` per row; a text cell is the next `lengths[i]` UTF-16 units of
 * `text`, a blob cell (the entry's JSONB) the next `lengths[i]` bytes of `blobs`.
 */
import Database from 'better-sqlite3';

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

/**
 * Inserts packed rows with `insertRowSql()` (one row's `VALUES (…)`, no SQL function: the entry
 * comes as JSONB made in JS), `ROWS_PER_STATEMENT` rows a statement, one transaction per call.
 * Returns one flag per row: 1 if it was inserted, 0 if its id was already stored (or came earlier
 * in the same batch).
 *
 * Multi-row statements cost less per row (writer CPU per entry, 200k bench entries into a fresh
 * store, 8k rows a transaction: one row a statement with `jsonb(?)` 19.8-20.7 µs, 32 rows a
 * statement without it 15.4-15.8). `jsonb(?)` had to go first: a statement that calls a function
 * which may fail and writes several rows gets a statement journal (a copy of every page it
 * touches), which made multi-row statements dearer than single ones.
 *
 * The flags: a statement that inserted all its rows needs no more (the common case). When some
 * were ignored (a redelivery), the rows this statement inserted are the ones whose stored rowid is
 * among the last `changes` rowids it produced; each of its ids is looked up once.
 */
export class RowInserter {
  private readonly one: Database.Statement;
  private readonly many: Database.Statement;
  private readonly rowidOf: Database.Statement;
  private readonly run: (p: PackedRows) => Uint8Array;

  /** `sql`: `insertRowSql()` (passed in, so the writer thread need not load @trawl/kfl). */
  constructor(db: Database.Database, sql: string) {
    this.one = db.prepare(sql);
    const values = sql.lastIndexOf('VALUES ');
    if (values < 0) throw new Error(`not an INSERT … VALUES statement: ${sql}`);
    const tuple = sql.slice(values + 'VALUES '.length);
    this.many = db.prepare(`${sql.slice(0, values)}VALUES ${Array(ROWS_PER_STATEMENT).fill(tuple).join(', ')}`);
    const table = /INTO\s+(\w+)/i.exec(sql)?.[1] ?? 'entries';
    this.rowidOf = db.prepare(`SELECT rowid FROM ${table} WHERE id = ?`).pluck();
    this.run = db.transaction((p: PackedRows) => this.insertAll(p));
  }

  insert(p: PackedRows): Uint8Array {
    return p.rows === 0 ? new Uint8Array(0) : this.run(p);
  }

  private insertAll(p: PackedRows): Uint8Array {
    const { width, kinds, numbers, lengths, text, blobs } = p;
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
      const chunk = p.rows - r >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : 1;
      if (chunk === 1) args.length = width;
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
      const info = (chunk === 1 ? this.one : this.many).run(args);
      this.flag(inserted, r, chunk, ids, info.changes, Number(info.lastInsertRowid));
      r += chunk;
    }
    return inserted;
  }

  /** Sets the flags of rows `[r, r + n)`, one statement's, which inserted `changes` rows. */
  private flag(inserted: Uint8Array, r: number, n: number, ids: string[], changes: number, lastRowid: number): void {
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
      const rowid = Number(this.rowidOf.get(id));
      if (rowid > lastRowid - changes && rowid <= lastRowid) inserted[r + k] = 1;
    }
  }
}
