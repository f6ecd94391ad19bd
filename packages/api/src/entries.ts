/**
 * `GET /api/entries`, `/api/entries/count`, `/api/entries/:id` and the `/api/stream` events. An
 * entry is the public Entry JSON (packages/protocols' schema is its authority); each reader types
 * it as loosely as it reads it, hence the parameter.
 */

/** `GET /api/entries`: newest first; `next` is the cursor for the older page (null on the last). */
export interface EntriesPage<E = unknown> {
  entries: E[];
  next: string | null;
}

/** `GET /api/entries/count`. */
export interface EntryCountResponse {
  count: number;
}

/** `/api/stream` event data by event name (`entry` carries one entry's JSON). */
export interface StreamEvents<E = unknown> {
  /** Once subscribed: the normalised query. */
  ready: { q: string };
  entry: E;
  heartbeat: { ts: number };
  /** A slow reader let too many events queue: this many of the newest were discarded. */
  dropped: { dropped: number };
  close: { reason: string };
}
