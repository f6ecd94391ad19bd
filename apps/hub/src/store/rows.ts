/**
 * Entry rows in the form the store's writer takes: packed into a few typed arrays and one string,
 * so a batch crosses to the writer thread for ~1.5 µs an entry (a structured clone of the same
 * values as an array of rows costs ~8 µs: one clone per small string), and bound positionally
 * (better-sqlite3 looks up every named parameter per row).
 *
 * Cells are row-major, `width` per row, in `INSERT_COLUMNS` order; a string cell is the next
 * `lengths[i]` UTF-16 units of `text`.
 */
import { ENTRIES_TABLE, ENTRY_COLUMNS, JSON_COLUMN, type EntryRow } from '@trawl/kfl';
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

export function packRows(rows: readonly EntryRow[]): PackedRows {
  const width = INSERT_COLUMNS.length;
  const cells = rows.length * width;
  const kinds = new Uint8Array(cells);
  const numbers = new Float64Array(cells);
  const lengths = new Uint32Array(cells);
  const parts: string[] = [];
  let i = 0;
  for (const row of rows) {
    for (let c = 0; c < width; c++, i++) {
      const v = row[INSERT_COLUMNS[c] as string];
      if (typeof v === 'string') {
        kinds[i] = CELL.text;
        lengths[i] = v.length;
        parts.push(v);
      } else if (typeof v === 'number') {
        kinds[i] = CELL.number;
        numbers[i] = v;
      }
    }
  }
  return { rows: rows.length, width, kinds, numbers, lengths, text: parts.join('') };
}
