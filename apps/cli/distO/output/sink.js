import { writeSync } from 'node:fs';
const SIZE = 1 << 20;
/** Joined string length before encoding: larger ropes were slower to flatten (16K–64K best). */
const JOIN_CHARS = 1 << 14;
/**
 * Buffered writes to stdout with synchronous flushes (files and pipes are synchronous on Linux
 * in Node, so a big read cannot outrun its consumer). A closed pipe (`trawl read … | head`)
 * ends output quietly.
 *
 * Text is encoded straight into one reused buffer: joining the parts into one string and then
 * encoding it copied every output byte twice and cost more than the JSON itself (bench/).
 * Short pieces (table rows) are the exception: they are joined into a string of up to
 * JOIN_CHARS first, so that a ~140-byte row does not pay a native encode call of its own
 * (25k rows: ~25 ms → ~12 ms of CPU writing them).
 */
export class StdoutSink {
    buf = Buffer.allocUnsafe(SIZE);
    used = 0;
    joined = '';
    closed = false;
    write(text) {
        if (this.closed)
            return;
        this.joined += text;
        if (this.joined.length >= JOIN_CHARS)
            this.encodeJoined();
    }
    /**
     * `text` and a newline. Appending the newline to the string first would make a rope that
     * Buffer#write flattens: a copy of every NDJSON line (bench/: ~10 ms and 40 MB of garbage on
     * 25k entries).
     */
    writeLine(text) {
        if (this.closed)
            return;
        if (this.joined.length > 0)
            this.encodeJoined();
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
    flush() {
        if (this.joined.length > 0)
            this.encodeJoined();
        if (this.used === 0)
            return;
        const n = this.used;
        this.used = 0;
        this.writeAll(this.buf.subarray(0, n));
    }
    encodeJoined() {
        const text = this.joined;
        this.joined = '';
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
    writeAll(bytes) {
        let buf = bytes;
        while (!this.closed && buf.length > 0) {
            try {
                const n = writeSync(1, buf);
                buf = buf.subarray(n);
            }
            catch (e) {
                const code = e.code;
                if (code === 'EAGAIN')
                    continue;
                if (code === 'EPIPE') {
                    this.closed = true;
                    return;
                }
                throw e;
            }
        }
    }
}
//# sourceMappingURL=sink.js.map