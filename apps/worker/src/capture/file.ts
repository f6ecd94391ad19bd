import { open, type FileHandle } from 'node:fs/promises';
import { CaptureFormatError, compressionOf, COMPRESSION_MAGIC_BYTES } from '@trawl/protocols';
import { gunzipChunks, GzipDataError } from '@trawl/protocols/node';
import type { WorkerPipeline } from '../pipeline.js';

const CHUNK = 1 << 20;

export interface FileResult {
  frames: number;
  /** Capture bytes read (decompressed, for a gzip file). */
  bytes: number;
  /** The format problem that ended reading early (every frame before it was used). */
  formatError: CaptureFormatError | null;
}

type Reader = ReturnType<WorkerPipeline['reader']>;

/**
 * Reads a pcap/pcapng file (gzip-compressed or not) through the worker's pipeline, a chunk per
 * event-loop turn so the worker keeps publishing, serving /metrics and answering signals meanwhile.
 * Throws when the file cannot be opened or read (the caller logs it and stays up).
 */
export async function readCaptureFile(path: string, pipeline: WorkerPipeline, shouldStop: () => boolean = () => false): Promise<FileResult> {
  const handle = await open(path, 'r');
  const reader = pipeline.reader();
  let bytes = 0;
  let gzipError: CaptureFormatError | null = null;
  try {
    const head = new Uint8Array(COMPRESSION_MAGIC_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (compressionOf(head.subarray(0, bytesRead)) === 'gzip') {
      const r = await readGzip(handle, reader, shouldStop);
      bytes = r.bytes;
      gzipError = r.error;
    } else {
      const chunk = new Uint8Array(CHUNK);
      for (;;) {
        if (shouldStop()) break;
        const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
        if (bytesRead === 0) break;
        bytes += bytesRead;
        reader.push(chunk.subarray(0, bytesRead));
        if (reader.error) break;
      }
    }
  } finally {
    await handle.close();
  }
  reader.end();
  // Damaged gzip data is the cause of what the capture then lacks: said first, with the capture's own complaint.
  const formatError = gzipError && reader.error ? new CaptureFormatError(`${gzipError.message} (the capture: ${reader.error.message})`, gzipError.offset) : (gzipError ?? reader.error);
  return { frames: reader.frames, bytes, formatError };
}

/** Decompresses as it reads; damaged gzip data ends the file like a format error (read errors are thrown). */
async function readGzip(handle: FileHandle, reader: Reader, shouldStop: () => boolean): Promise<{ bytes: number; error: CaptureFormatError | null }> {
  let bytes = 0;
  try {
    for await (const chunk of gunzipChunks(handle.createReadStream({ start: 0, autoClose: false }))) {
      if (shouldStop()) break;
      bytes += chunk.length;
      reader.push(chunk);
      if (reader.error) break;
    }
  } catch (e) {
    if (!(e instanceof GzipDataError)) throw e;
    return { bytes, error: new CaptureFormatError(`${e.message} after ${bytes} bytes of capture`, bytes) };
  }
  return { bytes, error: null };
}
