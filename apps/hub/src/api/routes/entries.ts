/** `GET /api/entries`, `GET /api/entries/count`, `GET /api/entries/:id`. */
import type { Hono } from 'hono';
import type { EntryCountResponse } from '@trawl/api';
import { MAX_ID_LENGTH } from '../../store/entry-check.js';
import { compileQuery } from '../../query/compiled.js';
import { countEntries, pageEntries } from '../../query/entries.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter, sendError } from '../errors.js';
import { Params } from '../params.js';

export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

export function entriesRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/entries', (c) => {
    const p = new Params(c, ['q', 'limit', 'before', 'after']);
    const limit = p.int('limit', 1, MAX_PAGE, DEFAULT_PAGE);
    const before = p.cursor('before');
    const after = p.cursor('after');
    const q = compileQuery(p.query());
    const { rows, next } = pageEntries(deps.store.db, q, { limit, before, after });
    // The stored JSON is spliced in as is: no parse and re-serialise per entry (an EntriesPage).
    const body = `{"entries":[${rows.map((r) => r.json).join(',')}],"next":${JSON.stringify(next)}}`;
    return c.body(body, 200, { 'content-type': 'application/json; charset=UTF-8' });
  });

  app.get('/api/entries/count', (c) => {
    const p = new Params(c, ['q']);
    const q = compileQuery(p.query());
    return c.json({ count: countEntries(deps.store.db, q, deps.store.rows) } satisfies EntryCountResponse);
  });

  app.get('/api/entries/:id{.+}', (c) => {
    new Params(c, []);
    const id = c.req.param('id');
    if (id.length > MAX_ID_LENGTH) throw new BadParameter('id', `id must be at most ${MAX_ID_LENGTH} characters`);
    const json = deps.store.getJson(id);
    if (json === undefined) return sendError(c, 404, 'not_found', `no entry with id ${JSON.stringify(id)}`);
    return c.body(json, 200, { 'content-type': 'application/json; charset=UTF-8' });
  });
}
