/**
 * Webhook rules (webhooks/): `GET /api/webhooks` (rules with their delivery status),
 * `POST /api/webhooks` (create), `GET|PUT|DELETE /api/webhooks/:id`, `POST /api/webhooks/:id/test`.
 * Header values are never shown back (they hold tokens).
 */
import type { Context, Hono } from 'hono';
import type { WebhookDeletedResponse, WebhookListResponse, WebhookRule, WebhookTestResponse } from '@trawl/api';
import { publicRule, RuleError } from '../../webhooks/rule.js';
import type { ApiDeps } from '../deps.js';
import { sendError } from '../errors.js';
import { Params } from '../params.js';

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new RuleError('body', 'the request body must be JSON');
  }
}

export function webhooksRoutes(app: Hono, deps: ApiDeps): void {
  const guard = async (c: Context, run: () => Promise<Response> | Response): Promise<Response> => {
    if (!deps.webhooks) return sendError(c, 404, 'not_found', 'webhooks are off on this hub');
    try {
      return await run();
    } catch (e) {
      if (e instanceof RuleError) return sendError(c, 400, 'bad_rule', e.message, { field: e.field });
      throw e;
    }
  };
  // A stored rule always has a status: the `!` only tells the type checker so.
  const view = (id: string): WebhookRule | undefined => {
    const rule = deps.webhooks!.get(id);
    return rule ? { ...publicRule(rule), status: deps.webhooks!.status(id)! } : undefined;
  };

  app.get('/api/webhooks', (c) =>
    guard(c, () => {
      new Params(c, []);
      return c.json({ rules: deps.webhooks!.list().map((r) => view(r.id)!) } satisfies WebhookListResponse);
    }),
  );

  app.post('/api/webhooks', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const rule = deps.webhooks!.create(await jsonBody(c));
      return c.json(view(rule.id), 201);
    }),
  );

  app.get('/api/webhooks/:id', (c) =>
    guard(c, () => {
      new Params(c, []);
      const v = view(c.req.param('id'));
      return v ? c.json(v) : sendError(c, 404, 'not_found', 'no such webhook rule');
    }),
  );

  app.put('/api/webhooks/:id', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const rule = deps.webhooks!.update(c.req.param('id'), await jsonBody(c));
      return rule ? c.json(view(rule.id)) : sendError(c, 404, 'not_found', 'no such webhook rule');
    }),
  );

  app.delete('/api/webhooks/:id', (c) =>
    guard(c, () => {
      new Params(c, []);
      return deps.webhooks!.remove(c.req.param('id')) ? c.json({ deleted: true } satisfies WebhookDeletedResponse) : sendError(c, 404, 'not_found', 'no such webhook rule');
    }),
  );

  app.post('/api/webhooks/:id/test', (c) =>
    guard(c, () => {
      new Params(c, []);
      return deps.webhooks!.test(c.req.param('id')) ? c.json({ queued: true } satisfies WebhookTestResponse, 202) : sendError(c, 404, 'not_found', 'no such webhook rule');
    }),
  );
}
