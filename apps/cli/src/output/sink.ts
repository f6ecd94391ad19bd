import { writeSync } from 'node:fs';

/**
 * Buffered writes to stdout with synchronous flushes (files and pipes are synchronous on Linux
 * in Node, so a big read cannot outrun its consumer). A closed pipe (`trawl read … | head`)
 * ends output quietly.
 */
export class StdoutSink {
  private parts: string[] = [];
  private size = 0;
  closed = false;

  write(text: string): void {
    if (this.closed) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 18) this.flush();
  }

  flush(): void {
    if (this.closed || this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
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
