/**
 * Entry rows in the form the store's writer takes: packed into a few typed arrays, one string and
 * the entries' JSONB bytes, so a batch crosses to the writer thread for ~1 µs an entry (a
 * structured clone of the same values as an array of rows costs ~8 µs: one clone per small
 * string; the JSONB buffer is moved, not copied), and bound positionally (better-sqlite3 looks up
 * every named parameter per row).
 *
 * Cells are row-major, `width` per row, in `INSERT_COLUMNS` order; a text cell is the next
 * `lengths[i]` UTF-16 units of `text`, the entry's cell the next `lengths[i]` bytes of `blobs`.
 */
import { createEntriesTableSql, ENTRY_COLUMNS, JSON_COLUMN, entryColumnValues, type ColumnValue } from '@trawl/kfl';
import { JsonbWriter } from './jsonb.js';
import { CELL, type InserterSetup, type PackedRows } from './packed.js';
import { DEFAULT_PARTITION_ROWS, PARTITION_TEMPLATE, type PartitionLayout } from './partitions.js';

/** The `entries` columns in insert order: kfl's typed columns, then the entry (as JSONB). */
export const INSERT_COLUMNS: readonly string[] = [...ENTRY_COLUMNS.map((c) => c.name), JSON_COLUMN];

/**
 * The hub's insert of one row: positional, the entry as JSONB made in JS (jsonb.ts), and
 * `OR IGNORE` by id (a redelivered entry is neither replaced nor counted twice; kfl's own
 * statement replaces). `RowInserter` repeats its `VALUES` tuple for multi-row statements.
 */
export function insertRowSql(table = PARTITION_TEMPLATE): string {
  return `INSERT OR IGNORE INTO ${table} (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;
}

/** A partition's table and indexes (kfl's layout), and the columns the view lists. */
export function partitionLayout(): PartitionLayout {
  return { createSql: createEntriesTableSql(PARTITION_TEMPLATE), columns: INSERT_COLUMNS };
}

/** What `RowInserter` needs, here or on the writer thread. */
export function inserterSetup(partitionRows = DEFAULT_PARTITION_ROWS): InserterSetup {
  return { ...partitionLayout(), insertSql: insertRowSql(), tsCell: INSERT_COLUMNS.indexOf('ts'), partitionRows };
}

/** Rows whose text cells are joined into one string at a time (see `RowPacker.joined`). */
const JOIN_ROWS = 1_000;

/** Bytes of JSONB a packer starts with per row (it grows when entries are larger). */
const JSONB_BYTES_PER_ROW = 1024;

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
  /** `parts` joined every `JOIN_ROWS` rows: one join of a whole transaction held the event loop ~20 ms. */
  private readonly joined: string[] = [];
  private readonly values: ColumnValue[] = [];
  private readonly jsonb: JsonbWriter;
  private rows = 0;

  constructor(capacity: number) {
    const cells = Math.max(1, capacity) * this.width;
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.lengths = new Uint32Array(cells);
    this.jsonb = new JsonbWriter(Math.max(1, capacity) * JSONB_BYTES_PER_ROW);
  }

  /**
   * `json`: the entry's own JSON text when known (its JSONB is made from it), else the entry is
   * serialised here. Throws `JsonbError` (nothing added) for an entry nested deeper than SQLite
   * allows.
   */
  add(entry: unknown, json: string | undefined): void {
    // First, as it is the one step that may refuse the entry.
    const jsonbBytes = this.jsonb.append(json ?? JSON.stringify(entry));
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
    this.kinds[i] = CELL.blob;
    this.lengths[i] = jsonbBytes;
    if (++this.rows % JOIN_ROWS === 0) this.joinParts();
  }

  private joinParts(): void {
    this.joined.push(this.parts.join(''));
    this.parts.length = 0;
  }

  finish(): PackedRows {
    this.joinParts();
    const cells = this.rows * this.width;
    return {
      rows: this.rows,
      width: this.width,
      kinds: this.kinds.subarray(0, cells),
      numbers: this.numbers.subarray(0, cells),
      lengths: this.lengths.subarray(0, cells),
      text: this.joined.join(''),
      blobs: this.jsonb.bytes(),
    };
  }
}
