/**
 * Where the ingest's SQLite writes run. `ThreadWriter` (the default) inserts on a worker thread
 * with its own connection to `entries.db`, so the event loop decodes and parses the next pull
 * (and serves queries) while a batch is being inserted: on the bench, SQLite is ~60% of the
 * ingest's CPU time. `InlineWriter` inserts on the caller's thread (tests, one-core hosts).
 *
 * Either way a write resolves only after its transaction committed, with one flag per row
 * (1 = inserted, 0 = the id was already stored), and rejects if nothing was committed — except
 * when the thread dies mid-write (`WriterCrashError`): then the batch may or may not have been
 * committed, which the caller handles like any failure (nak → redelivery → `OR IGNORE`), and the
 * next thread counts the rows again.
 */
import { Worker } from 'node:worker_threads';
import { transferList, type InserterSetup, type PackedRows } from './packed.js';
import { inserterSetup } from './rows.js';
import { connectionPragmas, type EntryStore } from './store.js';

export interface StoreWriter {
  /** True when writes run beside the caller (so a second batch may be prepared meanwhile). */
  readonly concurrent: boolean;
  start(): void;
  write(rows: PackedRows): Promise<Uint8Array>;
  /** Writes handed over and not yet answered (for the stall log). */
  readonly outstanding: number;
  /**
   * Gives up on the outstanding writes (the ingest's watchdog, after one went unanswered far too
   * long): they reject with `WriterCrashError`; the next write starts afresh.
   */
  abandon(): Promise<void>;
  close(): Promise<void>;
}

export class WriterCrashError extends Error {
  override readonly name = 'WriterCrashError';
}

export class InlineWriter implements StoreWriter {
  readonly concurrent = false;
  readonly outstanding = 0;
  constructor(private readonly store: EntryStore) {}

  start(): void {}

  /** Inline writes finish before `write` returns: none is ever outstanding. */
  async abandon(): Promise<void> {}

  write(rows: PackedRows): Promise<Uint8Array> {
    try {
      return Promise.resolve(this.store.insertPacked(rows));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }

  async close(): Promise<void> {}
}

/** What the main thread sends the writer thread. */
export type WriterRequest = { id: number; rows: PackedRows } | { close: true };
/**
 * What it answers: first `rows` (the table's row count when it started), then one reply per
 * request, in request order.
 */
export type WriterReply = { rows: number } | { id: number; inserted: Uint8Array } | { id: number; error: string };
/** `workerData` of the writer thread. */
export interface WriterSetup {
  file: string;
  pragmas: string[];
  inserter: InserterSetup;
}

/**
 * The thread's entry. Under tsx (tests, bench) this module is the .ts source: tsx's hooks are not
 * inherited by a worker, so a two-line bootstrap registers them first.
 */
function threadEntry(): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./writer-thread.js', import.meta.url), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./writer-thread.ts', import.meta.url).href;
  return { entry: `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(source)}));`, eval: true };
}

export class ThreadWriter implements StoreWriter {
  readonly concurrent = true;
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (f: Uint8Array) => void; reject: (e: Error) => void }>();
  private closing: Promise<void> | undefined;
  private started = false;

  constructor(private readonly store: Pick<EntryStore, 'file' | 'options' | 'noteInserted' | 'setRows'>) {}

  get outstanding(): number {
    return this.pending.size;
  }

  /** Starts the thread ahead of the first write (its start-up then overlaps connecting to NATS). */
  start(): void {
    if (!this.closing) this.thread();
  }

  /** The live thread, started on the first write and again after one died. */
  private thread(): Worker {
    if (this.worker) return this.worker;
    const setup: WriterSetup = { file: this.store.file, pragmas: connectionPragmas(this.store.options), inserter: inserterSetup(this.store.options.partitionRows) };
    const { entry, eval: isEval } = threadEntry();
    const w = new Worker(entry, { workerData: setup, eval: isEval });
    // After a thread died, nobody knows whether its last transaction committed: the new thread
    // counts the rows before its first write, and that count replaces ours.
    const restarted = this.started;
    this.started = true;
    w.on('message', (m: WriterReply) => {
      if ('rows' in m) {
        if (restarted) this.store.setRows(m.rows);
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) w.unref();
      if ('error' in m) p.reject(new Error(m.error));
      else {
        this.store.noteInserted(m.inserted);
        p.resolve(m.inserted);
      }
    });
    const died = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const failed = [...this.pending.values()];
      this.pending.clear();
      for (const p of failed) p.reject(new WriterCrashError(`the store writer thread ${why}`));
    };
    w.on('error', (e) => died(`failed: ${e.message}`));
    w.on('exit', (code) => died(`exited (code ${code})`));
    w.unref();
    this.worker = w;
    return w;
  }

  write(rows: PackedRows): Promise<Uint8Array> {
    if (this.closing) return Promise.reject(new Error('the store writer is closed'));
    if (rows.rows === 0) return Promise.resolve(new Uint8Array(0));
    const w = this.thread();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Held open while a write is outstanding; idle, the thread never keeps the process alive.
      w.ref();
      w.postMessage({ id, rows } satisfies WriterRequest, transferList(rows));
    });
  }

  /** Ends the thread for a test of the crash path (what a thread dying mid-write looks like). */
  async kill(): Promise<void> {
    await this.worker?.terminate();
  }

  /** Ends the thread: its outstanding writes reject (`WriterCrashError`), the next write starts another. */
  abandon(): Promise<void> {
    return this.kill();
  }

  /** Lets outstanding writes finish, then closes the thread's connection. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const w = this.worker;
      if (!w) return;
      const exited = new Promise<void>((r) => w.once('exit', () => r()));
      w.ref();
      w.postMessage({ close: true } satisfies WriterRequest);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), 10_000)));
      if ((await Promise.race([exited, late])) === 'late') await w.terminate();
      clearTimeout(timer);
    })();
    return this.closing;
  }
}
