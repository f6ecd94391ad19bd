/**
 * Entry rows in the form the store's writer takes: packed into a few typed arrays and one string,
 * so a batch crosses to the writer thread for ~1.5 µs an entry (a structured clone of the same
 * values as an array of rows costs ~8 µs: one clone per small string), and bound positionally
 * (better-sqlite3 looks up every named parameter per row).
 *
 * Cells are row-major, `width` per row, in `INSERT_COLUMNS` order; a string cell is the next
 * `lengths[i]` UTF-16 units of `text`.
 */
import { ENTRIES_TABLE, ENTRY_COLUMNS, JSON_COLUMN, entryColumnValues, type ColumnValue } from '@trawl/kfl';
import { CELL, type PackedRows } from './packed.js';

/** The `entries` columns in insert order: kfl's typed columns, then the entry (as JSONB). */
export const INSERT_COLUMNS: readonly string[] = [...ENTRY_COLUMNS.map((c) => c.name), JSON_COLUMN];

/**
 * The hub's insert: positional, the entry's JSON text turned into JSONB, and `OR IGNORE` by id (a
 * redelivered entry is neither replaced nor counted twice; kfl's own statement replaces).
 */
export function insertRowSql(): string {
  const values = INSERT_COLUMNS.map((n) => (n === JSON_COLUMN ? 'jsonb(?)' : '?'));
  return `INSERT OR IGNORE INTO ${ENTRIES_TABLE} (${INSERT_COLUMNS.join(', ')}) VALUES (${values.join(', ')})`;
}

/**
 * Packs rows one entry at a time, straight from the entry into the cells (no row object between:
 * see kfl's `entryColumnValues`). `capacity` is the most rows `add` will be called for.
 */
export class RowPacker {
  private readonly width = INSERT_COLUMNS.length;
  private readonly kinds: Uint8Array;
  private readonly numbers: Float64Array;
  private readonly lengths: Uint32Array;
  private readonly parts: string[] = [];
  private readonly values: ColumnValue[] = [];
  private rows = 0;

  constructor(capacity: number) {
    const cells = Math.max(1, capacity) * this.width;
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.lengths = new Uint32Array(cells);
  }

  /** `json`: the entry's own JSON text when known (stored as is), else it is serialised here. */
  add(entry: unknown, json: string | undefined): void {
    const values = entryColumnValues(entry, this.values);
    let i = this.rows * this.width;
    for (let c = 0; c < values.length; c++, i++) {
      const v = values[c];
      if (typeof v === 'string') {
        this.kinds[i] = CELL.text;
        this.lengths[i] = v.length;
        this.parts.push(v);
      } else if (typeof v === 'number') {
        this.kinds[i] = CELL.number;
        this.numbers[i] = v;
      }
    }
    const text = json ?? JSON.stringify(entry);
    this.kinds[i] = CELL.text;
    this.lengths[i] = text.length;
    this.parts.push(text);
    this.rows++;
  }

  finish(): PackedRows {
    const cells = this.rows * this.width;
    return {
      rows: this.rows,
      width: this.width,
      kinds: this.kinds.subarray(0, cells),
      numbers: this.numbers.subarray(0, cells),
      lengths: this.lengths.subarray(0, cells),
      text: this.parts.join(''),
    };
  }
}
