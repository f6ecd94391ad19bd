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
export declare class StdoutSink {
    private readonly buf;
    private used;
    private joined;
    closed: boolean;
    write(text: string): void;
    /**
     * `text` and a newline. Appending the newline to the string first would make a rope that
     * Buffer#write flattens: a copy of every NDJSON line (bench/: ~10 ms and 40 MB of garbage on
     * 25k entries).
     */
    writeLine(text: string): void;
    flush(): void;
    private encodeJoined;
    private writeAll;
}
