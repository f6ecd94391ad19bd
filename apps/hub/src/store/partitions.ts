/**
 * Time partitions of the entry store. Entries live in tables `entries_p<seq>`, each holding one
 * range of timestamps: partition k holds `[lo_k, lo_k+1)`, the newest is open above, the oldest
 * below. The ingest writes to the newest until it holds `partitionRows` entries, then starts
 * another (`rotate`). A view `entries` (UNION ALL of all) serves counts and id lookups; pages and
 * scans newest first read the partitions one by one (query/partitions.ts).
 *
 * Why: the indexes of scattered values (ips, latency) put each new row on a leaf page of its own;
 * in one big table every transaction rewrote most of their leaf pages (writer 12 µs an entry into
 * an empty store, 26 µs at 1M rows). Small partitions keep those indexes small, and retention
 * drops a whole partition instead of deleting its rows one by one.
 *
 * Idempotency holds across partitions because where an entry goes depends only on its timestamp
 * and the ranges, and a rotation only splits the newest range at a bound above every timestamp it
 * holds: a redelivered entry lands in the table that already has its id, and `OR IGNORE` skips it.
 *
 * Loaded by the writer thread too: no @trawl/kfl here (the SQL it needs comes as text).
 */
import type Database from 'better-sqlite3';

export const CATALOG = 'entry_partitions';
/** The view over every partition, named like the single table it replaces. */
export const ENTRIES_VIEW = 'entries';
/** Stands for the partition's name in `createSql` / `insertSql` templates. */
export const PARTITION_TEMPLATE = '__trawl_partition__';
/** Entries a partition holds before the writer starts the next (see the hub README). */
export const DEFAULT_PARTITION_ROWS = 250_000;
/** A rotation's bound is never set further than this past the wall clock (clock-skewed entries). */
const FUTURE_SLACK_MS = 60_000;

export interface Partition {
  seq: number;
  /** Its table. */
  name: string;
  /** Lowest timestamp it holds; null: no lower bound (only ever the first). The oldest partition takes everything below the next one's. */
  lo: number | null;
}

type Db = Pick<Database.Database, 'prepare' | 'exec'>;

export const partitionName = (seq: number) => `entries_p${seq}`;

/** The partitions, oldest first. */
export function readPartitions(db: Pick<Database.Database, 'prepare'>): Partition[] {
  return db.prepare(`SELECT seq, name, lo FROM ${CATALOG} ORDER BY seq`).all() as Partition[];
}

/** Index in `parts` (oldest first) of the partition an entry with timestamp `ts` belongs to. */
export function partitionIndexFor(parts: readonly Partition[], ts: number): number {
  for (let i = parts.length - 1; i > 0; i--) if (ts >= (parts[i] as Partition).lo!) return i;
  return 0;
}

/** Partitions one compound SELECT names: SQLite refuses more than 500 terms in one. */
export const VIEW_GROUP = 250;
const GROUP_VIEW_PREFIX = `${ENTRIES_VIEW}_g`;

/**
 * (Re)makes the view over `parts`, in the caller's transaction, the columns listed (an upgraded
 * table may order them differently). Past `VIEW_GROUP` partitions it is a union of views of
 * `VIEW_GROUP` each (SQLite's limit of 500 terms in one compound SELECT; a year of a busy hub
 * may hold thousands of partitions).
 */
export function rebuildView(db: Db, parts: readonly Partition[], columns: readonly string[]): void {
  const cols = columns.join(', ');
  const union = (tables: readonly string[]) => tables.map((t) => `SELECT ${cols} FROM ${t}`).join(' UNION ALL ');
  const stale = db.prepare("SELECT name FROM sqlite_master WHERE type = 'view' AND name GLOB ?").all(`${GROUP_VIEW_PREFIX}[0-9]*`) as Array<{ name: string }>;
  const sql = [`DROP VIEW IF EXISTS ${ENTRIES_VIEW};`, ...stale.map((v) => `DROP VIEW ${v.name};`)];
  const names = parts.map((p) => p.name);
  if (names.length <= VIEW_GROUP) {
    sql.push(`CREATE VIEW ${ENTRIES_VIEW} AS ${union(names)};`);
  } else {
    const groups: string[] = [];
    for (let g = 0; g * VIEW_GROUP < names.length; g++) {
      const view = `${GROUP_VIEW_PREFIX}${g + 1}`;
      sql.push(`CREATE VIEW ${view} AS ${union(names.slice(g * VIEW_GROUP, (g + 1) * VIEW_GROUP))};`);
      groups.push(view);
    }
    sql.push(`CREATE VIEW ${ENTRIES_VIEW} AS ${union(groups)};`);
  }
  db.exec(sql.join('\n'));
}

export interface PartitionLayout {
  /** `CREATE TABLE` + indexes for one partition, its name as `PARTITION_TEMPLATE`. */
  createSql: string;
  /** The stored columns, in insert order (the view lists them). */
  columns: readonly string[];
}

/**
 * Brings a store file to the partitioned layout, in the caller's transaction: the catalog, a
 * first partition for a new file, or the single `entries` table of an older hub renamed to be the
 * first partition (its rows, rowids and indexes kept: no copy); then the view. Returns the partitions.
 */
export function ensurePartitions(db: Db, layout: PartitionLayout): Partition[] {
  db.exec(`CREATE TABLE IF NOT EXISTS ${CATALOG} (seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, lo REAL)`);
  let parts = readPartitions(db);
  if (parts.length === 0) {
    const name = partitionName(1);
    const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(ENTRIES_VIEW);
    if (old) db.exec(`ALTER TABLE ${ENTRIES_VIEW} RENAME TO ${name}`);
    else db.exec(layout.createSql.replaceAll(PARTITION_TEMPLATE, name));
    db.prepare(`INSERT INTO ${CATALOG} (seq, name, lo) VALUES (1, ?, NULL)`).run(name);
    parts = readPartitions(db);
  }
  rebuildView(db, parts, layout.columns);
  return parts;
}

/**
 * Starts a new newest partition, in the caller's (write) transaction. Its lower bound is just above
 * the newest timestamp stored, so every stored entry keeps its partition; entries stamped more than
 * a minute ahead of the wall clock (a node with a skewed clock) would hold the bound up forever, so
 * the bound is capped there and those few rows move to the new partition with it.
 */
export function rotate(db: Db, parts: readonly Partition[], layout: PartitionLayout, now = Date.now()): Partition[] {
  const newest = parts[parts.length - 1] as Partition;
  const max = (db.prepare(`SELECT max(ts) AS m FROM ${newest.name}`).get() as { m: number | null }).m;
  if (max === null) return [...parts];
  let lo = max + 0.001;
  const cap = now + FUTURE_SLACK_MS;
  const move = lo > cap && cap > (newest.lo ?? -Infinity);
  if (move) lo = cap;
  const next: Partition = { seq: newest.seq + 1, name: partitionName(newest.seq + 1), lo };
  db.exec(layout.createSql.replaceAll(PARTITION_TEMPLATE, next.name));
  if (move) {
    const cols = layout.columns.join(', ');
    db.prepare(`INSERT INTO ${next.name} (${cols}) SELECT ${cols} FROM ${newest.name} WHERE ts >= ? ORDER BY ts`).run(lo);
    db.prepare(`DELETE FROM ${newest.name} WHERE ts >= ?`).run(lo);
  }
  db.prepare(`INSERT INTO ${CATALOG} (seq, name, lo) VALUES (?, ?, ?)`).run(next.seq, next.name, next.lo);
  const all = [...parts, next];
  rebuildView(db, all, layout.columns);
  return all;
}

/** Drops a partition (never the newest), in the caller's (write) transaction. */
export function dropPartition(db: Db, parts: readonly Partition[], victim: Partition, columns: readonly string[]): Partition[] {
  if (parts.length < 2 || victim.seq === (parts[parts.length - 1] as Partition).seq) throw new Error('the newest partition is never dropped');
  const rest = parts.filter((p) => p.seq !== victim.seq);
  // The view first: it must not name a table that is gone.
  rebuildView(db, rest, columns);
  db.exec(`DROP TABLE ${victim.name}`);
  db.prepare(`DELETE FROM ${CATALOG} WHERE seq = ?`).run(victim.seq);
  return rest;
}
