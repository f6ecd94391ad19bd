/**
 * Packed entry rows (built by `packRows` in rows.ts) and what inserts them: the part of the store
 * the writer thread loads, so it needs neither @trawl/kfl nor the rest of the hub.
 *
 * Cells are row-major, `width` per row; a string cell is the next `lengths[i]` UTF-16 units of
 * `text`.
 */
import Database from 'better-sqlite3';

export const CELL = { null: 0, text: 1, number: 2 } as const;

export interface PackedRows {
  rows: number;
  width: number;
  /** Per cell: `CELL.null`, `CELL.text` or `CELL.number`. */
  kinds: Uint8Array;
  numbers: Float64Array;
  lengths: Uint32Array;
  text: string;
}

/** The buffers `postMessage` may move instead of copying. */
export function transferList(p: PackedRows): ArrayBuffer[] {
  return [p.kinds.buffer as ArrayBuffer, p.numbers.buffer as ArrayBuffer, p.lengths.buffer as ArrayBuffer];
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

/**
 * Inserts packed rows with `insertRowSql()`, one transaction per call. Returns one flag per row:
 * 1 if it was inserted, 0 if its id was already stored.
 *
 * One row per statement. A multi-row `VALUES (…),(…)` statement costs more per row here (writer
 * CPU per entry, 50-200k bench entries into a fresh store: one row a statement 26-33 µs; 4-32 rows
 * 54-71 µs, 256 rows 36, 1000 rows 32):
 * `jsonb(?)` may raise an error, so SQLite gives a statement that writes several rows a statement
 * journal inside the transaction, a copy of every page it touches (perf: `subjournalPageIfRequired`,
 * malloc/memmove). Without `jsonb(?)` 32 rows a statement measured 26 µs vs 33 for one.
 */
export class RowInserter {
  private readonly stmt: Database.Statement;
  private readonly run: (p: PackedRows) => Uint8Array;

  /** `sql`: `insertRowSql()` (passed in, so the writer thread need not load @trawl/kfl). */
  constructor(db: Database.Database, sql: string) {
    this.stmt = db.prepare(sql);
    this.run = db.transaction((p: PackedRows) => this.insertAll(p));
  }

  insert(p: PackedRows): Uint8Array {
    return p.rows === 0 ? new Uint8Array(0) : this.run(p);
  }

  private insertAll(p: PackedRows): Uint8Array {
    const { width, kinds, numbers, lengths, text } = p;
    const inserted = new Uint8Array(p.rows);
    const args: Array<string | number | null> = new Array(width);
    let i = 0;
    let at = 0;
    for (let r = 0; r < p.rows; r++) {
      for (let c = 0; c < width; c++, i++) {
        const k = kinds[i];
        if (k === CELL.text) {
          const end = at + (lengths[i] as number);
          args[c] = text.slice(at, end);
          at = end;
        } else args[c] = k === CELL.number ? (numbers[i] as number) : null;
      }
      if (this.stmt.run(args).changes > 0) inserted[r] = 1;
    }
    return inserted;
  }
}
