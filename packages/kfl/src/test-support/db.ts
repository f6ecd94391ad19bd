import Database from 'better-sqlite3';
import { createEntriesTableSql, entryFromRow, entryToRow, insertEntrySql, selectEntryJsonSql, tuneDatabase } from '../sql/schema.js';
import type { SqlQuery } from '../sql/compile.js';

/** An in-memory hub table holding `entries`. */
export function memoryDb(entries: readonly unknown[]) {
  const db = new Database(':memory:');
  tuneDatabase(db);
  db.exec(createEntriesTableSql());
  const insert = db.prepare(insertEntrySql());
  db.transaction(() => {
    for (const e of entries) insert.run(entryToRow(e));
  })();
  return {
    db,
    /** Rows (id, parsed json) the WHERE selects. */
    select(q: SqlQuery): { id: string; entry: unknown }[] {
      const rows = db.prepare(`SELECT id, ${selectEntryJsonSql()} FROM entries WHERE ${q.where}`).all(...(q.params as never[])) as { id: string; json: string }[];
      return rows.map((r) => ({ id: r.id, entry: entryFromRow(r) }));
    },
  };
}
