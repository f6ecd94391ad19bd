/**
 * `GET /api/stream?q=`: Server-Sent Events of newly stored entries that match the query
 * (filtered with the KFL predicate, the same answer the SQL gives).
 *
 * Events: `ready` once subscribed (`{q}`, the normalised query), `entry` per match (the Entry JSON),
 * `heartbeat` every `heartbeatMs` (`{ts}`), `dropped` (`{dropped}`) when a slow reader let more
 * than `streamQueueLimit` events queue up and the newest were discarded, and `close` when the hub
 * shuts down. The stream ends cleanly when the client goes away or the hub stops.
 */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { compileQuery } from '../../query/compiled.js';
import type { ApiDeps } from '../deps.js';
import { Params } from '../params.js';

export function streamRoutes(app: Hono, deps: ApiDeps): void {
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  const queueLimit = deps.streamQueueLimit ?? 10_000;

  app.get('/api/stream', (c) => {
    const p = new Params(c, ['q']);
    // Compiled before the response starts, so a bad query is still a plain 400.
    const q = compileQuery(p.query());
    c.header('Cache-Control', 'no-cache');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: string[] = [];
      let dropped = 0;
      let closing = false;
      let wake: (() => void) | undefined;
      const poke = () => {
        wake?.();
        wake = undefined;
      };
      const unsubscribe = deps.live.subscribe({
        predicate: q.predicate,
        onEntry: (_entry, json) => {
          if (queue.length >= queueLimit) dropped++;
          else queue.push(json);
          poke();
        },
        onClose: () => {
          closing = true;
          poke();
        },
      });
      stream.onAbort(() => {
        closing = true;
        poke();
      });
      let lastBeat = Date.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ q: q.normalized }) });
        while (!closing && !stream.aborted) {
          if (queue.length === 0 && dropped === 0 && Date.now() - lastBeat < heartbeatMs) {
            await new Promise<void>((r) => {
              wake = r;
              timer = setTimeout(r, Math.max(1, lastBeat + heartbeatMs - Date.now()));
            });
            clearTimeout(timer);
            continue;
          }
          if (dropped > 0) {
            const n = dropped;
            dropped = 0;
            await stream.writeSSE({ event: 'dropped', data: JSON.stringify({ dropped: n }) });
          }
          // Drain what is queued; new entries arriving meanwhile join the queue.
          while (queue.length > 0 && !stream.aborted) await stream.writeSSE({ event: 'entry', data: queue.shift() as string });
          if (Date.now() - lastBeat >= heartbeatMs) {
            lastBeat = Date.now();
            await stream.writeSSE({ event: 'heartbeat', data: JSON.stringify({ ts: lastBeat }) });
          }
        }
        if (!stream.aborted) await stream.writeSSE({ event: 'close', data: JSON.stringify({ reason: 'hub shutting down' }) });
      } finally {
        clearTimeout(timer);
        unsubscribe();
      }
    });
  });
}
