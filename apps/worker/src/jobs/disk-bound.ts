/**
 * The jobs directory's bound: a node's disk is not trawl's. When the files of every job on this
 * worker add up to more than the bound, the files of the oldest finished jobs go (their status
 * stays, saying so) until they fit. Running jobs are never touched (each has its own maxBytes).
 */
import type { CaptureJobStatus } from '@trawl/bus';

const bytesOf = (s: CaptureJobStatus) => s.files.reduce((n, f) => n + f.bytes, 0);

/** The ids of the finished jobs whose files must go, oldest first, for all files to fit in `maxBytes`. */
export function jobsToPrune(jobs: CaptureJobStatus[], maxBytes: number): string[] {
  let total = jobs.reduce((n, s) => n + bytesOf(s), 0);
  const finished = jobs.filter((s) => s.state !== 'running' && s.files.length > 0).sort((a, b) => (a.endedAt ?? a.startedAt) - (b.endedAt ?? b.startedAt));
  const out: string[] = [];
  for (const s of finished) {
    if (total <= maxBytes) break;
    out.push(s.id);
    total -= bytesOf(s);
  }
  return out;
}
