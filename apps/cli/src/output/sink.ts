import { writeSync } from 'node:fs';

const SIZE = 1 << 20;

/**
 * Buffered writes to stdout with synchronous flushes (files and pipes are synchronous on Linux
 * in Node, so a big read cannot outrun its consumer). A closed pipe (`trawl read … | head`)
 * ends output quietly.
 *
 * Text is encoded straight into one reused buffer: joining the parts into one string and then
 * encoding it copied every output byte twice and cost more than the JSON itself (bench/).
 */
export class StdoutSink {
  private readonly buf = Buffer.allocUnsafe(SIZE);
  private used = 0;
  closed = false;

  write(text: string): void {
    if (this.closed) return;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const worst = text.length * 3;
    if (this.used + worst > SIZE) {
      this.flush();
      if (worst > SIZE) {
        this.writeAll(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buf.write(text, this.used, 'utf8');
  }

  /**
   * `text` and a newline. Appending the newline to the string first would make a rope that
   * Buffer#write flattens: a copy of every NDJSON line (bench/: ~10 ms and 40 MB of garbage on
   * 25k entries).
   */
  writeLine(text: string): void {
    if (this.closed) return;
    const worst = text.length * 3 + 1;
    if (this.used + worst > SIZE) {
      this.flush();
      if (worst > SIZE) {
        this.writeAll(Buffer.from(text + '\n', 'utf8'));
        return;
      }
    }
    this.used += this.buf.write(text, this.used, 'utf8');
    this.buf[this.used++] = 0x0a;
  }

  flush(): void {
    if (this.used === 0) return;
    const n = this.used;
    this.used = 0;
    this.writeAll(this.buf.subarray(0, n));
  }

  private writeAll(bytes: Buffer): void {
    let buf = bytes;
    while (!this.closed && buf.length > 0) {
      try {
        const n = writeSync(1, buf);
        buf = buf.subarray(n);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        throw e;
      }
    }
  }
}
