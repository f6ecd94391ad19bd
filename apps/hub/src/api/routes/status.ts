/** `GET /api/stats` and `GET /health`. */
import type { Hono } from 'hono';
import type { Health, HubStats } from '@trawl/api';
import type { ApiDeps } from '../deps.js';
import { Params } from '../params.js';

export function statusRoutes(app: Hono, deps: ApiDeps): void {
  app.get('/api/stats', (c) => {
    new Params(c, []);
    const s = deps.status();
    const store = deps.store.isOpen ? deps.store.stats() : null;
    return c.json({
      entries: store
        ? { stored: store.rows, bytes: store.fileBytes, usedBytes: store.usedBytes, oldest: store.oldest, newest: store.newest, partitions: store.partitions }
        : null,
      ingest: s.ingest,
      workers: s.workers,
      nats: s.nats,
      retention: s.retention,
      stream: { subscribers: deps.live.subscribers },
      startedAt: s.startedAt,
      uptimeSec: Math.round((Date.now() - s.startedAt) / 1000),
    } satisfies HubStats);
  });

  // 200 while the store can be written (NATS down is "degraded", still 200: the API answers and
  // the stream keeps entries until NATS is back); 503 when the store cannot take writes.
  app.get('/health', (c) => {
    new Params(c, []);
    const s = deps.status();
    let store: { ok: boolean; error?: string } = { ok: true };
    try {
      deps.store.probeWrite();
    } catch (e) {
      store = { ok: false, error: (e as Error).message };
    }
    const natsOk = s.nats.state === 'connected';
    const status = !store.ok ? 'down' : natsOk ? 'ok' : 'degraded';
    return c.json(
      {
        status,
        store,
        nats: { ok: natsOk, state: s.nats.state, since: s.nats.since, lastError: s.nats.lastError },
        ingest: { ok: s.ingest.consuming, lastBatchAt: s.ingest.lastBatchAt, storeErrors: s.ingest.storeErrors },
        workers: { up: s.workers.filter((w) => w.state === 'up').length, gone: s.workers.filter((w) => w.state === 'gone').length },
      } satisfies Health,
      store.ok ? 200 : 503,
    );
  });
}
