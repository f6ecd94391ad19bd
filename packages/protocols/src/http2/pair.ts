// Pairing by stream id (RFC 9113 §5): the open streams of a connection, bounded, and the ids
// already emitted (so a late WINDOW_UPDATE or DATA does not open a bogus stream).
import { HTTP2_LIMITS } from './limits.js';
import { newStream, pushOnce, type H2Stream } from './stream.js';

/** Emitted ids remembered, oldest forgotten first. */
const MAX_CLOSED_IDS = 1024;

export class StreamTable {
  private readonly open = new Map<number, H2Stream>();
  private readonly closed = new Set<number>();

  constructor(
    /** Called to emit a stream the limit pushes out (already marked `truncated`). */
    private readonly evict: (s: H2Stream) => void,
    private readonly count: (event: string) => void,
  ) {}

  /** The stream by id; created when `create`; null for id 0 or a stream already emitted. */
  get(id: number, create: boolean): H2Stream | null {
    if (id === 0) return null;
    const s = this.open.get(id);
    if (s) return s;
    if (this.closed.has(id)) {
      this.count('http2.late_frame');
      return null;
    }
    if (!create) return null;
    if (this.open.size >= HTTP2_LIMITS.maxConcurrentStreams) {
      this.count('limit.http2.maxConcurrentStreams');
      const oldest = this.open.values().next().value as H2Stream;
      pushOnce(oldest.anomalies, 'truncated');
      this.evict(oldest);
    }
    const fresh = newStream(id);
    this.open.set(id, fresh);
    return fresh;
  }

  /** Open streams, oldest first. */
  values(): IterableIterator<H2Stream> {
    return this.open.values();
  }

  /** The stream is done: forget it, remember its id. */
  done(s: H2Stream): void {
    this.open.delete(s.id);
    this.closed.add(s.id);
    if (this.closed.size > MAX_CLOSED_IDS) this.closed.delete(this.closed.values().next().value as number);
  }
}
