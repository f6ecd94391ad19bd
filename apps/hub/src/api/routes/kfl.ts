/** `GET /api/kfl/validate`, `GET /api/kfl/complete`. */
import type { Hono } from 'hono';
import type { KflCompleteResponse, KflValidateResponse } from '@trawl/api';
import { complete, normalize, parse } from '@trawl/kfl';
import { CompletionValues } from '../../query/values.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter } from '../errors.js';
import { Params } from '../params.js';

export function kflRoutes(app: Hono, deps: ApiDeps): void {
  const values = new CompletionValues(deps.store.db);

  app.get('/api/kfl/validate', (c) => {
    const p = new Params(c, ['q']);
    const ast = parse(p.query());
    return c.json({ valid: true, normalized: normalize(ast) } satisfies KflValidateResponse);
  });

  app.get('/api/kfl/complete', (c) => {
    const p = new Params(c, ['q', 'cursor']);
    const q = p.query();
    const cursor = p.int('cursor', 0, q.length, q.length);
    if (cursor > q.length) throw new BadParameter('cursor', `cursor must be an integer 0..${q.length}`);
    const completions = complete(q, cursor, { values: (field) => values.values(field) });
    return c.json({ completions } satisfies KflCompleteResponse);
  });
}
