/**
 * Fills a recording from the entries store: every entry the query matches in [from, to), newest
 * first (as the API pages and the export writes), at most `limit`. A page of 1,000 at a time,
 * each page its own transaction, with a turn of the event loop between pages: the hub keeps
 * ingesting and answering while a big recording is copied.
 */
import type { HubQuery } from '../query/compiled.js';
import { parseCursor, type Cursor } from '../query/cursor.js';
import { pageEntries } from '../query/entries.js';
import type { EntryStore } from '../store/store.js';
import type { RecordingStore } from './store.js';

const COPY_PAGE = 1000;

export interface CopyRequest {
  id: string;
  /** Compiled, with `from` already in its SQL (withTimeRange). */
  query: HubQuery;
  to: number | undefined;
  limit: number;
}

/** Copies, then marks the recording ready (or failed, with the reason). Never throws. */
export async function copyIntoRecording(entries: EntryStore, recordings: RecordingStore, req: CopyRequest): Promise<void> {
  let before: Cursor | undefined = req.to === undefined ? undefined : { ts: req.to };
  let copied = 0;
  try {
    for (;;) {
      if (recordings.get(req.id) === undefined) return; // deleted while copying
      const page = pageEntries(entries.db, req.query, { limit: Math.min(COPY_PAGE, req.limit - copied), before });
      recordings.addOlder(
        req.id,
        page.rows.map((r) => r.json),
      );
      copied += page.rows.length;
      const more = page.next !== null;
      if (!more || copied >= req.limit) {
        recordings.finish(req.id, more);
        return;
      }
      before = parseCursor(page.next!);
      await new Promise((r) => setImmediate(r));
    }
  } catch (e) {
    try {
      recordings.fail(req.id, (e as Error).message);
    } catch {
      // The recordings store is closed: the hub is stopping, and the next start says "failed".
    }
  }
}
