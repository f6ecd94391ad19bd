// gzip-compressed captures (`capture.pcap.gz`, `tcpdump -w - | gzip`): Wireshark opens them as
// they are, so `trawl read` does too. The plain path stays synchronous (read.ts); this one streams
// through zlib (@trawl/protocols/node), so a capture of any size is never held whole in memory.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { CapturePipeline } from '@trawl/protocols';
import { gunzipChunks, GUNZIP_CHUNK as CHUNK, GzipDataError } from '@trawl/protocols/node';

/**
 * Streams the gzip data of an open file (`fd`, which the stream closes) (or of standard input, after `head` that was read ahead of it)
 * through the pipeline. Returns a message when the data is damaged or the capture inside is:
 * everything before the damage has been processed.
 */
export async function readGzip(
  source: { fd: number } | { stdinHead: Uint8Array },
  name: string,
  pipeline: CapturePipeline,
  onBytes: (n: number) => void,
  done: () => boolean,
  caughtUp: () => void,
): Promise<string | null> {
  const compressed = 'fd' in source ? createReadStream('', { fd: source.fd, start: 0 }) : Readable.from(withHead(source.stdinHead, process.stdin));
  let offset = 0;
  try {
    for await (const chunk of gunzipChunks(compressed)) {
      // --limit reached or stdout closed: the rest is not read, which is no damage to report.
      if (done()) return null;
      offset += chunk.length;
      onBytes(chunk.length);
      pipeline.push(chunk);
      if (chunk.length < CHUNK) caughtUp();
      // Not waiting for the next chunk of a live pipe once --limit is reached.
      if (done()) return null;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const problem = e instanceof GzipDataError ? err.message : `read error (${err.code ?? err.message})`;
    const inside = pipeline.endFile();
    return `${name}: ${problem} after ${offset} bytes of capture${inside ? ` (the capture: ${inside.message})` : ''}`;
  }
  const error = pipeline.endFile();
  if (error) return `${name}: ${error.message} (in the decompressed capture)`;
  if (offset === 0) return `${name}: empty gzip data (at byte offset 0 of the decompressed capture)`;
  return null;
}

async function* withHead(head: Uint8Array, rest: AsyncIterable<Buffer>): AsyncGenerator<Uint8Array> {
  if (head.length > 0) yield head;
  yield* rest;
}
