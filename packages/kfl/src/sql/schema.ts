/**
 * The hub's `entries` table: one row per entry, typed indexed columns for what KFL filters on most,
 * and the whole entry as SQLite JSONB (`json_extract` reaches the rest without re-parsing text).
 * The hub tunes the connection with `tuneDatabase(db)`, creates the table with
 * `createEntriesTableSql()`, fills it with `insertEntrySql()` + `entryToRow()` and reads entries
 * back with `selectEntryJsonSql()` / `selectPageSql()` (JSONB must go through `json()`), so KFL's SQL
 * always matches the layout.
 */
import { CORE_FIELDS } from '../fields.js';

export interface ColumnSpec {
  /** Column name. */
  name: string;
  /** SQLite declared type. */
  sqlType: 'TEXT' | 'INTEGER' | 'REAL';
  /** The Entry path it mirrors (dotted). A value of another type is stored as NULL. */
  path: string;
  type: 'string' | 'number';
  indexed: boolean;
  /**
   * Set on a column that holds `latencyBucket()` of the column it names (same path), for an index
   * only: KFL never names it; the SQL compiler adds a condition on it beside an exact comparison
   * of that column (see `LATENCY_BUCKETS_PER_DOUBLING`).
   */
  bucketOf?: string;
}

const col = (name: string, sqlType: ColumnSpec['sqlType'], indexed = true): ColumnSpec => {
  const f = CORE_FIELDS.find((x) => x.column === name);
  if (!f || !f.type) throw new Error(`column ${name} has no typed field in fields.ts`);
  return { name, sqlType, path: f.path.join('.'), type: f.type, indexed };
};

/**
 * The columns KFL may use, keyed by the Entry path they mirror. `json` holds the entry.
 *
 * An index costs every insert (~0.5-1 µs for a column whose values repeat, ~3 µs for one of many
 * scattered values such as `src_ip` or `latency`), but an unindexed filter whose matches are rare
 * reads every row for its first page (~1 s on 1M rows): `response.latency > 1000` and IP lookups
 * are everyday queries, so every column a filter commonly names is indexed.
 */
export const ENTRY_COLUMNS: readonly ColumnSpec[] = [
  col('id', 'TEXT', false),
  col('ts', 'INTEGER'),
  col('node', 'TEXT', false),
  col('protocol', 'TEXT'),
  col('transport', 'TEXT', false),
  col('method', 'TEXT'),
  col('status', 'INTEGER'),
  col('path', 'TEXT'),
  col('src_name', 'TEXT'),
  col('dst_name', 'TEXT'),
  col('src_namespace', 'TEXT'),
  col('dst_namespace', 'TEXT'),
  col('src_ip', 'TEXT'),
  col('dst_ip', 'TEXT'),
  col('src_port', 'INTEGER', false),
  col('dst_port', 'INTEGER'),
  col('latency', 'REAL', false),
  col('request_size', 'INTEGER', false),
  col('response_size', 'INTEGER', false),
  { ...col('latency', 'INTEGER'), name: 'latency_bucket', bucketOf: 'latency' },
];

/**
 * Latencies are indexed by bucket, not by value: `(latency_bucket, ts)`, 4 buckets per doubling
 * (`floor(4 · log2(ms + 1))`: 1 ms → 4, 100 ms → 26, 1 s → 39, 60 s → 63). An index on the
 * value itself puts each new row on a leaf page of its own (latencies are scattered), so every
 * transaction rewrites most of that index and the cost grows with the store (hub writer, 200k
 * more entries into 1M with continuous latencies: 22.2 µs an entry with `(latency, ts)`, 17.6
 * with the bucket; 2.3 → 1.2 GB written). A bucket's rows are appended at its end, like any
 * column with few values. `response.latency > 1000` compiles to the exact comparison AND
 * `latency_bucket >= bucket(1000) - 1` (the one of margin absorbs a rounding difference between
 * JS's and SQLite's log2, as in rows an older hub backfilled): the rows found are exactly the
 * same; the index narrows them to the buckets that can hold a match.
 */
export const LATENCY_BUCKETS_PER_DOUBLING = 4;

/** The bucket of a latency in ms (`null` for none, a negative or a non-finite value). */
export function latencyBucket(ms: unknown): number | null {
  if (typeof ms !== 'number' || !(ms >= 0) || ms === Infinity) return null;
  return Math.floor(LATENCY_BUCKETS_PER_DOUBLING * Math.log2(ms + 1));
}

/** `latencyBucket` in SQL, over a column reference (for filling rows stored before the column). */
export function latencyBucketSql(column: string): string {
  return `CASE WHEN ${column} >= 0 THEN CAST(${LATENCY_BUCKETS_PER_DOUBLING} * log2(${column} + 1) AS INTEGER) END`;
}

export const ENTRIES_TABLE = 'entries';
/** The entry as JSONB (a BLOB): read it with `json(entries.json)` (see `selectEntryJsonSql`). */
export const JSON_COLUMN = 'json';

/**
 * `CREATE TABLE` plus one index per indexed column (each ending in `ts` so pages come in order).
 * A bulk load may pass `{ indexes: false }` and run `createEntriesIndexesSql()` afterwards.
 */
export function createEntriesTableSql(table = ENTRIES_TABLE, options: { indexes?: boolean } = {}): string {
  checkTable(table);
  const cols = ENTRY_COLUMNS.map((c) => `  ${c.name} ${c.sqlType}${c.name === 'id' ? ' PRIMARY KEY NOT NULL' : ''}`);
  const create = `CREATE TABLE IF NOT EXISTS ${table} (\n${[...cols, `  ${JSON_COLUMN} BLOB NOT NULL`].join(',\n')}\n);`;
  return options.indexes === false ? create : `${create}\n${createEntriesIndexesSql(table)}`;
}

/**
 * What brings an `entries` table made by an older layout up to this one, given its column names
 * (`PRAGMA table_info`): `''` when nothing is missing. Before `latency_bucket`: the column is added
 * and filled from `latency`, and the old `(latency, ts)` index dropped (`createEntriesIndexesSql`
 * then makes the bucket's). Filling takes a few seconds per million rows, once.
 */
export function upgradeEntriesTableSql(columns: readonly string[], table = ENTRIES_TABLE): string {
  checkTable(table);
  if (columns.length === 0 || columns.includes('latency_bucket')) return '';
  return [
    `ALTER TABLE ${table} ADD COLUMN latency_bucket INTEGER;`,
    `UPDATE ${table} SET latency_bucket = ${latencyBucketSql('latency')} WHERE latency >= 0;`,
    `DROP INDEX IF EXISTS ${table}_latency;`,
  ].join('\n');
}

/** The `(column, ts)` indexes of `createEntriesTableSql`. */
export function createEntriesIndexesSql(table = ENTRIES_TABLE): string {
  checkTable(table);
  const lines: string[] = [];
  for (const c of ENTRY_COLUMNS) {
    if (!c.indexed) continue;
    const on = c.name === 'ts' ? 'ts' : `${c.name}, ts`;
    lines.push(`CREATE INDEX IF NOT EXISTS ${table}_${c.name} ON ${table} (${on});`);
  }
  return lines.join('\n');
}

export type EntryRow = Record<string, string | number | null>;

/** One reader per column: the path split once, not per entry. */
const COLUMN_READERS: ReadonlyArray<{ name: string; type: ColumnSpec['type']; keys: readonly string[]; bucket: boolean }> = ENTRY_COLUMNS.map((c) => ({
  name: c.name,
  type: c.type,
  keys: c.path.split('.'),
  bucket: c.bucketOf !== undefined,
}));

function at(entry: unknown, keys: readonly string[]): unknown {
  let v = entry;
  for (let i = 0; i < keys.length; i++) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const k = keys[i] as string;
    if (!Object.hasOwn(v, k)) return null;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** A typed column's value: NULL (`null`) when the entry has none or one of another type. */
export type ColumnValue = string | number | null;

/**
 * The typed column values of an entry, in `ENTRY_COLUMNS` order, written into `out` (a caller
 * packing many rows reuses one array: no object with 19 keys per row, and positional reads where
 * `row[name]` was a megamorphic keyed load — ~6 µs of the hub's 9.5 µs per entry to build a row).
 */
export function entryColumnValues(entry: unknown, out: ColumnValue[] = new Array<ColumnValue>(COLUMN_READERS.length)): ColumnValue[] {
  for (let i = 0; i < COLUMN_READERS.length; i++) {
    const c = COLUMN_READERS[i]!;
    const v = at(entry, c.keys);
    out[i] = c.bucket ? latencyBucket(v) : typeof v === c.type ? (v as string | number) : null;
  }
  return out;
}

/**
 * The row for an entry: typed columns (NULL when the value has another type) and the JSON text,
 * which `insertEntrySql` turns into JSONB with `jsonb(@json)`. `json`, when given, must be the
 * entry's own JSON text (what it was parsed from): it is stored as is instead of serialising the
 * entry again — the hub passes each wire line this way.
 */
export function entryToRow(entry: unknown, json?: string): EntryRow {
  const values = entryColumnValues(entry);
  const row: EntryRow = {};
  for (let i = 0; i < COLUMN_READERS.length; i++) row[COLUMN_READERS[i]!.name] = values[i] as ColumnValue;
  if (typeof row.id !== 'string') throw new TypeError('entry.id must be a string');
  row[JSON_COLUMN] = json ?? JSON.stringify(entry);
  return row;
}

/** `INSERT` with named parameters matching `entryToRow` (the JSON text is stored as JSONB). */
export function insertEntrySql(table = ENTRIES_TABLE): string {
  checkTable(table);
  const names = [...ENTRY_COLUMNS.map((c) => c.name), JSON_COLUMN];
  const values = names.map((n) => (n === JSON_COLUMN ? `jsonb(@${n})` : `@${n}`));
  return `INSERT OR REPLACE INTO ${table} (${names.join(', ')}) VALUES (${values.join(', ')})`;
}

function checkTable(table: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new TypeError(`bad table name ${table}`);
}

/**
 * The select-list item that reads the entry back as JSON text: `json(entries.json) AS json`.
 * Selecting the column bare would return the JSONB blob, which `JSON.parse` cannot read.
 */
export function selectEntryJsonSql(table = ENTRIES_TABLE): string {
  checkTable(table);
  return `json(${table}.${JSON_COLUMN}) AS ${JSON_COLUMN}`;
}

/** A row selected with `selectEntryJsonSql()` → the entry. */
export function entryFromRow(row: { [JSON_COLUMN]: string }): unknown {
  return JSON.parse(row[JSON_COLUMN]) as unknown;
}

/** The part of better-sqlite3's `Database` that `tuneDatabase` needs. */
export interface PragmaTarget {
  pragma(source: string, options?: { simple?: boolean }): unknown;
}

export interface TuneOptions {
  /** Bytes of the file SQLite may memory-map (default 2 GiB; 0 turns mmap off). */
  mmapSize?: number;
  /** Page cache in KiB (default 64 MiB). */
  cacheKiB?: number;
}

/**
 * Connection settings for scanning the entries table; call on every connection, before
 * `createEntriesTableSql()` on a new file (the page size only applies to an empty database).
 * Measured on 1M bench entries (README): memory-mapped reads cut a full JSON scan by about a fifth.
 * Journal mode and `synchronous` are the hub's durability choice and are left alone.
 */
export function tuneDatabase(db: PragmaTarget, options: TuneOptions = {}): void {
  db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma(`mmap_size = ${Math.max(0, Math.floor(options.mmapSize ?? 2 ** 31))}`);
  db.pragma(`cache_size = ${-Math.max(1, Math.floor(options.cacheKiB ?? 65_536))}`);
  db.pragma('temp_store = MEMORY');
}

/** Page size for new databases. */
export const PAGE_SIZE = 16_384;
