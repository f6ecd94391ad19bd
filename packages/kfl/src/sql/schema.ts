/**
 * The hub's `entries` table: one row per entry, typed indexed columns for what KFL filters on most,
 * and the whole entry as JSON (`json_extract` reaches the rest). The hub creates it with
 * `createEntriesTableSql()` and fills it with `entryToRow()`, so KFL's SQL always matches the layout.
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
}

const col = (name: string, sqlType: ColumnSpec['sqlType'], indexed = true): ColumnSpec => {
  const f = CORE_FIELDS.find((x) => x.column === name);
  if (!f || !f.type) throw new Error(`column ${name} has no typed field in fields.ts`);
  return { name, sqlType, path: f.path.join('.'), type: f.type, indexed };
};

/** The columns KFL may use, keyed by the Entry path they mirror. `json` holds the entry. */
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
  col('latency', 'REAL'),
  col('request_size', 'INTEGER', false),
  col('response_size', 'INTEGER', false),
];

export const ENTRIES_TABLE = 'entries';
export const JSON_COLUMN = 'json';

/** `CREATE TABLE` plus one index per indexed column (each ending in `ts` so pages come in order). */
export function createEntriesTableSql(table = ENTRIES_TABLE): string {
  const cols = ENTRY_COLUMNS.map((c) => `  ${c.name} ${c.sqlType}${c.name === 'id' ? ' PRIMARY KEY NOT NULL' : ''}`);
  const lines = [`CREATE TABLE IF NOT EXISTS ${table} (\n${[...cols, `  ${JSON_COLUMN} TEXT NOT NULL`].join(',\n')}\n);`];
  for (const c of ENTRY_COLUMNS) {
    if (!c.indexed) continue;
    const on = c.name === 'ts' ? 'ts' : `${c.name}, ts`;
    lines.push(`CREATE INDEX IF NOT EXISTS ${table}_${c.name} ON ${table} (${on});`);
  }
  return lines.join('\n');
}

export type EntryRow = Record<string, string | number | null>;

function at(entry: unknown, dotted: string): unknown {
  let v = entry;
  for (const k of dotted.split('.')) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, k)) return null;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** The row for an entry: typed columns (NULL when the value has another type) and the JSON. */
export function entryToRow(entry: unknown): EntryRow {
  const row: EntryRow = {};
  for (const c of ENTRY_COLUMNS) {
    const v = at(entry, c.path);
    row[c.name] = typeof v === c.type ? (v as string | number) : null;
  }
  if (typeof row.id !== 'string') throw new TypeError('entry.id must be a string');
  row[JSON_COLUMN] = JSON.stringify(entry);
  return row;
}

/** `INSERT` with named parameters matching `entryToRow`. */
export function insertEntrySql(table = ENTRIES_TABLE): string {
  const names = [...ENTRY_COLUMNS.map((c) => c.name), JSON_COLUMN];
  return `INSERT OR REPLACE INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`;
}
