/**
 * `GET /api/entries/export?q=&from=&to=&format=ndjson|har&limit=`: every stored entry that matches,
 * as one download: NDJSON (the Entry JSON, a line each) or a HAR 1.2 document (HTTP, HTTP/2, gRPC
 * and GraphQL entries; HAR cannot hold the other protocols, which the document's `log.comment`
 * counts). Newest first, as the API pages; `from` ≤ timestamp < `to`; at most `limit` entries
 * (default 100,000, at most 1,000,000), also said in the comment / the `X-Trawl-Export-Limit`
 * header. Streamed a page at a time with the socket's back-pressure: memory stays flat and the
 * event loop turns between pages, whatever the size.
 */
import type { Hono } from 'hono';
import { HAR_PROTOCOLS, harDocumentHead, toHarEntry, type Entry } from '@trawl/protocols';
import { compileQuery, withTimeRange } from '../../query/compiled.js';
import { pageEntries } from '../../query/entries.js';
import { parseCursor, type Cursor } from '../../query/cursor.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter } from '../errors.js';
import { Params } from '../params.js';

export const DEFAULT_EXPORT = 100_000;
export const MAX_EXPORT = 1_000_000;
/** Entries read from the store between two writes to the socket. */
const EXPORT_PAGE = 1000;
const HAR_CREATOR = { name: 'trawl', version: '0.1.0' };

export function exportRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/entries/export', (c) => {
    const p = new Params(c, ['q', 'from', 'to', 'format', 'limit']);
    const format = p.raw('format') || 'ndjson';
    if (format !== 'ndjson' && format !== 'har') throw new BadParameter('format', 'format must be ndjson or har');
    const limit = p.int('limit', 1, MAX_EXPORT, DEFAULT_EXPORT);
    const from = p.time('from');
    const to = p.time('to');
    if (from !== undefined && to !== undefined && to < from) throw new BadParameter('to', 'to must not be before from');
    // Compiled before the response starts, so a bad query is still a plain 400.
    const compiled = compileQuery(p.query());
    const q = { ...compiled, sql: withTimeRange(compiled.sql, { from }) };
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    c.header('Content-Type', format === 'har' ? 'application/json; charset=UTF-8' : 'application/x-ndjson; charset=UTF-8');
    c.header('Content-Disposition', `attachment; filename="trawl-${stamp}.${format === 'har' ? 'har' : 'ndjson'}"`);
    c.header('X-Trawl-Export-Limit', String(limit));
    c.header('Cache-Control', 'no-store');
    // A pull per page: the next page is read only when the socket took the last one.
    let before: Cursor | undefined = to === undefined ? undefined : { ts: to }; // partitions past it are not read
    let read = 0;
    let harWritten = 0;
    let notHar = 0;
    let started = false;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          try {
            let text = '';
            if (!started && format === 'har') text += harDocumentHead(HAR_CREATOR) + '\n';
            started = true;
            const page = pageEntries(deps.store.db, q, { limit: Math.min(EXPORT_PAGE, limit - read), before });
            for (const row of page.rows) {
              read++;
              if (format === 'ndjson') text += row.json + '\n';
              else {
                const har = harOf(row.json);
                if (har === null) notHar++;
                else text += (harWritten++ > 0 ? ',' : '') + har + '\n';
              }
            }
            const more = page.next !== null;
            const done = !more || read >= limit;
            if (done && format === 'har') {
              const notes = [`${harWritten} entries, newest first`];
              if (notHar > 0) notes.push(`${notHar} matching entries of other protocols left out (HAR holds ${[...HAR_PROTOCOLS].join(', ')})`);
              if (more) notes.push(`stopped at the limit of ${limit} entries read: narrow the query or the time range, or raise limit`);
              text += `],"comment":${JSON.stringify(notes.join('; '))}}}\n`;
            }
            if (text !== '') controller.enqueue(encoder.encode(text));
            if (done) controller.close();
            else before = parseCursor(page.next!);
          } catch (e) {
            // The store went away (the hub stopping): the download fails as such (the connection
            // is cut), rather than end as if it were complete.
            controller.error(e);
          }
        },
      },
      { highWaterMark: 0 },
    );
    return c.body(body, 200);
  });
}

/** The HAR entry of a stored entry's JSON, or null for a protocol HAR cannot hold. */
function harOf(json: string): string | null {
  const har = toHarEntry(JSON.parse(json) as Entry);
  return har === null ? null : JSON.stringify(har);
}
