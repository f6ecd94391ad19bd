import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CapturePipeline, compressionOf, COMPRESSION_MAGIC_BYTES, defaultDissectors, firstRecordEnd, parseLimitSettings, redactionFromArgs, type EngineLimits, type RedactOptions, HAR_DOCUMENT_TAIL, harDocumentHead, toHarEntry, type Entry, type EngineStats } from '@trawl/protocols';
import { nodeDecompress } from '@trawl/protocols/node';
import { EXIT_OK, EXIT_RUNTIME, UsageError } from '../errors.js';
import { StdoutSink } from '../output/sink.js';
import { TABLE_HEADER, tableRow } from '../output/table.js';
import { fingerprint, fingerprintOf, FINGERPRINT_BYTES } from '../fingerprint.js';
import { formatSummary } from '../output/summary.js';
import { readGzip } from './gzip.js';

export const READ_USAGE = `usage: trawl read FILE... [--filter KFL] [--format ndjson|table|har] [--limit N]
                  [--no-redact] [--body-limit BYTES] [--node NAME] [--stats json]
                  [--grpc-descriptors FILE[,FILE…]] [--engine-limit NAME=VALUE]...
                  [--redact-header NAME[,NAME…]] [--redact-query-key KEY[,KEY…]]
                  [--redact-json-field FIELD[,FIELD…]]

Reads pcap/pcapng files, gzip-compressed or not, and prints every request/response entry: NDJSON
on stdout (one Entry per line), a summary on stderr. Several files are read as one capture, in the
order given (rotated captures keep their connections whole). FILE - is standard input
(tcpdump -w - | trawl read -).
--grpc-descriptors takes binary FileDescriptorSets (protoc --descriptor_set_out, buf build -o)
to decode gRPC messages with field names.
--engine-limit raises or lowers one of the engine's bounds (connections, out-of-order bytes per
stream and in total, pending requests, header bytes…; the summary's --stats json counts each one
reached as limit.NAME): --engine-limit maxConnections=500000. --body-limit N is maxBodyBytes=N.
Secrets are redacted by default (Authorization, Cookie, Set-Cookie, X-Api-Key… headers, token and
key query parameters, password/token JSON fields); --redact-* name more, on top of those;
--no-redact keeps everything as captured.
--format har writes one HAR 1.2 document (HTTP/1.x, HTTP/2, gRPC and GraphQL exchanges; the
summary counts the entries of other protocols, which HAR cannot hold).`;

/** The HAR document's `creator`. */
const HAR_CREATOR = { name: 'trawl', version: '0.1.0' };

const CHUNK = 1 << 20;
/** `-` names standard input: `tcpdump -w - | trawl read -`. */
const STDIN = '-';


export async function readCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      filter: { type: 'string', short: 'f' },
      format: { type: 'string', default: 'ndjson' },
      limit: { type: 'string' },
      'no-redact': { type: 'boolean', default: false },
      'body-limit': { type: 'string' },
      node: { type: 'string' },
      stats: { type: 'string' },
      'grpc-descriptors': { type: 'string' },
      'engine-limit': { type: 'string', multiple: true },
      'redact-header': { type: 'string', multiple: true },
      'redact-query-key': { type: 'string', multiple: true },
      'redact-json-field': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(READ_USAGE + '\n');
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('trawl read needs at least one capture file\n' + READ_USAGE);
  if (positionals.filter((f) => f === STDIN).length > 1) throw new UsageError('"-" (standard input) can be read only once');
  const format = values.format!;
  if (format !== 'ndjson' && format !== 'table' && format !== 'har') throw new UsageError(`--format must be ndjson, table or har, not "${format}"`);
  const limit = values.limit === undefined ? Infinity : positiveInt('--limit', values.limit);
  const bodyLimit = values['body-limit'] === undefined ? undefined : positiveInt('--body-limit', values['body-limit'], true);
  if (values.stats !== undefined && values.stats !== 'json') throw new UsageError('--stats takes "json"');
  let limits: Partial<EngineLimits>;
  try {
    limits = parseLimitSettings(values['engine-limit'] ?? []);
  } catch (e) {
    throw new UsageError(`--engine-limit: ${(e as Error).message}`);
  }
  if (bodyLimit !== undefined) limits.maxBodyBytes = bodyLimit;
  const redact = redactionOf(values);

  const grpcDescriptorSets = values['grpc-descriptors']?.split(',').map((f) => {
    try {
      return new Uint8Array(readFileSync(f));
    } catch (e) {
      throw new UsageError(`--grpc-descriptors: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  });

  let keep: ((e: Entry) => boolean) | null = null;
  if (values.filter !== undefined) {
    // Loaded only for --filter: building the KFL parser costs more than reading a small capture.
    const [{ compile, KflError }, { kflMessage }] = await Promise.all([import('@trawl/kfl'), import('./kfl.js')]);
    try {
      keep = compile(values.filter).predicate as (e: Entry) => boolean;
    } catch (e) {
      if (e instanceof KflError) throw new UsageError(kflMessage(values.filter, e));
      throw e;
    }
  }

  const out = new StdoutSink();
  if (format === 'table') out.write(TABLE_HEADER);
  // HAR: one document, streamed: its head, an entry per line (a comma before all but the first),
  // its tail once reading ends (also after a damaged file: what was read is a valid document).
  if (format === 'har') out.write(harDocumentHead(HAR_CREATOR) + '\n');
  /** Entries of protocols HAR cannot hold, by protocol (`--format har`). */
  const notInHar: Record<string, number> = {};
  let printed = 0;
  const started = performance.now();
  // Standard input is fingerprinted by its first bytes, read ahead and handed to the pipeline first.
  const stdinHead = positionals.includes(STDIN) ? readHead(0, FINGERPRINT_BYTES) : null;
  const captureId = positionals[0] === STDIN ? fingerprintOf('stdin', stdinHead!.key) : fingerprint(positionals[0]);
  const pipeline = new CapturePipeline({
    dissectors: defaultDissectors({ grpcDescriptorSets }),
    node: values.node ?? 'local',
    captureId,
    decompress: nodeDecompress,
    redact,
    limits,
    // Sessions swallow exceptions (they never throw into the engine), so --limit stops the
    // read loop between chunks instead of unwinding from here.
    onEntry(entry) {
      if (printed >= limit || (keep && !keep(entry))) return;
      if (format === 'table') out.write(tableRow(entry));
      else if (format === 'har') {
        const har = toHarEntry(entry);
        if (!har) {
          notInHar[entry.protocol.name] = (notInHar[entry.protocol.name] ?? 0) + 1;
          return;
        }
        if (printed > 0) out.write(',');
        out.writeLine(JSON.stringify(har));
      } else out.writeLine(JSON.stringify(entry));
      printed++;
    },
  });

  const failures: string[] = [];
  let bytes = 0;
  const done = () => printed >= limit || out.closed;
  // The input has nothing more for now (a live pipe: tcpdump -U -w - | trawl read -): what was
  // printed goes out instead of waiting for the output buffer to fill.
  const caughtUp = () => out.flush();
  for (const file of positionals) {
    const onBytes = (n: number) => (bytes += n);
    let error: string | null;
    if (file === STDIN) {
      const gzip = stdinHead!.error === null && compressionOf(stdinHead!.bytes) === 'gzip';
      error = gzip ? await readGzip({ stdinHead: stdinHead!.bytes }, 'standard input', pipeline, onBytes, done, caughtUp) : readStream(0, 'standard input', pipeline, onBytes, done, caughtUp, stdinHead!);
    } else error = await readFile(file, pipeline, onBytes, done, caughtUp);
    if (error) failures.push(error);
    if (done()) break;
  }
  if (!done()) pipeline.finish();
  if (format === 'har') out.write(HAR_DOCUMENT_TAIL + '\n');
  out.flush();
  const stats = pipeline.engine.syncBudgetStats();
  const elapsed = (performance.now() - started) / 1000;
  if (values.stats === 'json') {
    const har = format === 'har' ? { notInHar } : {};
    process.stderr.write(JSON.stringify({ files: positionals.length, fileBytes: bytes, elapsedSeconds: elapsed, printed, ...har, ...stats }) + '\n');
  } else {
    process.stderr.write(formatSummary(positionals.length, stats as EngineStats, printed, elapsed) + '\n');
    const others = Object.entries(notInHar).map(([name, n]) => `${name} ${n}`);
    if (others.length > 0) process.stderr.write(`trawl: not in the HAR (not HTTP): ${others.join(', ')} entries\n`);
  }
  for (const f of failures) process.stderr.write(`trawl: ${f}\n`);
  return failures.length > 0 ? EXIT_RUNTIME : EXIT_OK;
}

/** `--no-redact`, or the defaults with what `--redact-*` add. */
function redactionOf(values: { 'no-redact'?: boolean; 'redact-header'?: string[]; 'redact-query-key'?: string[]; 'redact-json-field'?: string[] }): RedactOptions | false {
  try {
    return redactionFromArgs({ noRedact: values['no-redact'], headers: values['redact-header'], queryKeys: values['redact-query-key'], jsonFields: values['redact-json-field'] });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function positiveInt(flag: string, text: string, allowZero = false): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || (!allowZero && n === 0)) {
    throw new UsageError(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} integer, not "${text}"`);
  }
  return n;
}

/**
 * Opens one file and streams it through the pipeline (through zlib when it is gzip data). Returns a message naming the file and byte
 * offset when the file cannot be opened or is damaged; everything before the damage has been
 * processed.
 */
async function readFile(file: string, pipeline: CapturePipeline, onBytes: (n: number) => void, done: () => boolean, caughtUp: () => void): Promise<string | null> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).isDirectory()) {
      closeSync(fd);
      return `${file}: is a directory (at byte offset 0)`;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return `${file}: cannot open (${err.code ?? err.message}) at byte offset 0`;
  }
  let handedOver = false;
  try {
    const magic = new Uint8Array(COMPRESSION_MAGIC_BYTES);
    if (compressionOf(magic.subarray(0, readSync(fd, magic, 0, magic.length, 0))) === 'gzip') {
      handedOver = true; // the decompressing stream closes it
      return await readGzip({ fd }, file, pipeline, onBytes, done, caughtUp);
    }
    return readStream(fd, file, pipeline, onBytes, done, caughtUp);
  } finally {
    if (!handedOver) closeSync(fd);
  }
}

/** Bytes read ahead of the stream they start (standard input's, for its fingerprint). */
interface Head {
  bytes: Uint8Array;
  /** What the fingerprint covers: up to the end of the first packet (`firstRecordEnd`), else all of `bytes`. */
  key: Uint8Array;
  /** The stream ended within `bytes` (or a read failed). */
  ended: boolean;
  /** The read that stopped it failed (its message), else null. */
  error: string | null;
}

/**
 * The start of `fd`, read until the capture's first packet is whole (the fingerprint's key: it
 * comes at once on a live pipe), or `size` bytes when the stream is not a capture we can walk
 * (gzip data, garbage), or the stream's end.
 */
function readHead(fd: number, size: number): Head {
  const head = new Uint8Array(size);
  let n = 0;
  while (n < size) {
    let got: number;
    try {
      got = readWaiting(fd, head, n, size - n);
    } catch (e) {
      const bytes = head.subarray(0, n);
      return { bytes, key: bytes, ended: true, error: `read error (${(e as NodeJS.ErrnoException).code})` };
    }
    if (got === 0) {
      const bytes = head.subarray(0, n);
      return { bytes, key: bytes, ended: true, error: null };
    }
    n += got;
    const end = firstRecordEnd(head.subarray(0, n));
    if (typeof end === 'number') return { bytes: head.subarray(0, n), key: head.subarray(0, end), ended: false, error: null };
  }
  return { bytes: head, key: head, ended: false, error: null };
}

/** What `Atomics.wait` sleeps on between reads of a non-blocking pipe that has nothing yet. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** readSync that waits out EAGAIN: standard input may be a non-blocking pipe. */
function readWaiting(fd: number, buf: Uint8Array, at: number, length: number): number {
  for (;;) {
    try {
      return readSync(fd, buf, at, length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      // 5 ms: a busy loop would spin a core while the writer (tcpdump) waits for packets.
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

/**
 * Streams `fd` (named `name` in messages) through the pipeline, after `head` when it was read
 * ahead. Returns a message with the byte offset when the capture cannot be read or is damaged;
 * everything before the damage has been processed.
 */
function readStream(fd: number, name: string, pipeline: CapturePipeline, onBytes: (n: number) => void, done: () => boolean, caughtUp: () => void, head?: Head): string | null {
  let offset = 0;
  if (head && head.bytes.length > 0) {
    offset = head.bytes.length;
    onBytes(offset);
    pipeline.push(head.bytes);
    if (!head.ended) caughtUp();
  }
  if (head?.error) {
    pipeline.endFile();
    return `${name}: ${head.error} at byte offset ${offset}`;
  }
  // A plain Uint8Array view, not the Buffer: every packet and payload is a subarray of it, and
  // Buffer's own subarray is several times slower than the typed array's.
  const buf = Buffer.allocUnsafe(CHUNK);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, CHUNK);
  const more = !head || !head.ended;
  while (more) {
    // Stopped early (--limit reached, stdout closed): the rest is not read (a live pipe is not
    // waited on), which is no damage to report (endFile would call the record cut by the last
    // chunk truncated).
    if (done()) return null;
    let n: number;
    try {
      n = readWaiting(fd, bytes, 0, CHUNK);
    } catch (e) {
      pipeline.endFile();
      return `${name}: read error (${(e as NodeJS.ErrnoException).code}) at byte offset ${offset}`;
    }
    if (n === 0) break;
    offset += n;
    onBytes(n);
    pipeline.push(bytes.subarray(0, n));
    // A short read: the producer has nothing more yet (a file's only at its end).
    if (n < CHUNK) caughtUp();
  }
  const error = pipeline.endFile();
  if (error) return `${name}: ${error.message}`;
  if (offset === 0) return `${name}: empty file (at byte offset 0)`;
  return null;
}
