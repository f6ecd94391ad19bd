/**
 * Writes from the event loop's thread that never wait synchronously for another connection's
 * write transaction. SQLite has one writer at a time and better-sqlite3 waits in the calling
 * thread (`busy_timeout`): on the event loop, a wait for the ingest thread's transaction (up to
 * ~1 s into a large store under a backlog) held every API request up with it.
 */
import type Database from 'better-sqlite3';

const isBusy = (e: unknown) => String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY');
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `write` only if no other connection is writing right now: false, and nothing written, when
 * the database is locked (busy_timeout 0 for this call, the connection's own restored after).
 * Errors other than a busy database are thrown.
 */
export function tryWrite(db: Database.Database, write: () => void): boolean {
  const keep = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    write();
    return true;
  } catch (e) {
    if (isBusy(e)) return false;
    throw e;
  } finally {
    db.pragma(`busy_timeout = ${keep}`);
  }
}

export interface WhenFreeOptions {
  /** Give up after this long (default 30 s). */
  maxWaitMs?: number;
  /** Checked before each try: false ends the wait (the store closed). */
  isOpen?: () => boolean;
}

/**
 * Runs `write` once no other connection is writing, trying every 10 ms in between with the event
 * loop free. `{ value }` when it ran; `null` when it gave up (closed, or locked `maxWaitMs`).
 */
export async function writeWhenFree<T>(db: Database.Database, write: () => T, o: WhenFreeOptions = {}): Promise<{ value: T } | null> {
  const since = Date.now();
  for (;;) {
    if (o.isOpen && !o.isOpen()) return null;
    let value: T | undefined;
    if (tryWrite(db, () => (value = write()))) return { value: value as T };
    if (Date.now() - since > (o.maxWaitMs ?? 30_000)) return null;
    await pause(10);
  }
}
