import type { ChunkMeta, Direction, DissectorSession } from './types.js';

/**
 * Wraps a dissector session so a bug in it can never escape the engine: the first exception is
 * counted as `<protocol>.internal_error` and the session is dropped (the rest of that connection
 * is ignored, as for an unknown protocol). Dissectors are written never to throw; this is the net.
 */
export class GuardedSession implements DissectorSession {
  private failed = false;

  constructor(
    private readonly inner: DissectorSession,
    private readonly protocol: string,
    private readonly count: (event: string) => void,
  ) {}

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.failed) return;
    try {
      this.inner.feed(dir, bytes, meta);
    } catch {
      this.fail();
    }
  }

  gap(dir: Direction, length: number, meta: ChunkMeta): void {
    if (this.failed) return;
    try {
      this.inner.gap(dir, length, meta);
    } catch {
      this.fail();
    }
  }

  end(dir: Direction, ts: number): void {
    if (this.failed) return;
    try {
      this.inner.end(dir, ts);
    } catch {
      this.fail();
    }
  }

  close(ts: number): void {
    if (this.failed) return;
    try {
      this.inner.close(ts);
    } catch {
      this.fail();
    }
  }

  idle(): boolean {
    if (this.failed) return false;
    try {
      return this.inner.idle?.() === true;
    } catch {
      this.fail();
      return false;
    }
  }

  private fail(): void {
    this.failed = true;
    this.count(`${this.protocol}.internal_error`);
  }
}
