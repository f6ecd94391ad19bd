import { open } from 'node:fs/promises';
import type { CaptureFormatError } from '@trawl/protocols';
import type { WorkerPipeline } from '../pipeline.js';

const CHUNK = 1 << 20;

export interface FileResult {
  frames: number;
  bytes: number;
  /** The format problem that ended reading early (every frame before it was used). */
  formatError: CaptureFormatError | null;
}

/**
 * Reads a pcap/pcapng file through the worker's pipeline, a chunk per event-loop turn so the
 * worker keeps publishing, serving /metrics and answering signals meanwhile. Throws when the
 * file cannot be opened or read (the caller logs it and stays up).
 */
export async function readCaptureFile(path: string, pipeline: WorkerPipeline, shouldStop: () => boolean = () => false): Promise<FileResult> {
  const handle = await open(path, 'r');
  const reader = pipeline.reader();
  let bytes = 0;
  try {
    const chunk = new Uint8Array(CHUNK);
    for (;;) {
      if (shouldStop()) break;
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      bytes += bytesRead;
      reader.push(chunk.subarray(0, bytesRead));
      if (reader.error) break;
    }
  } finally {
    await handle.close();
  }
  reader.end();
  return { frames: reader.frames, bytes, formatError: reader.error };
}
