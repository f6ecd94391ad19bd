/**
 * Recordings (recordings/): named, kept sets of entries.
 *   GET    /api/recordings                       every recording, newest first
 *   POST   /api/recordings {name, q, from, to, limit}   copy what matches now → 202, state "copying"
 *   POST   /api/recordings {name, q, live: true, limit}  record new entries as they are stored → 201, "recording"
 *   POST   /api/recordings/:id/stop                 end a live recording (it becomes "ready")
 *   GET    /api/recordings/:id                   one (poll it until state is "ready" or "failed")
 *   DELETE /api/recordings/:id
 *   GET    /api/recordings/:id/export?format=ndjson|har   its entries as a download
 *   POST   /api/recordings/:id/replay {target, limit, concurrency, timeoutMs}   → the report
 */
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { RecordingListResponse, RecordingResponse, ReplayResponse } from '@trawl/api';
import { HAR_PROTOCOLS, harDocumentHead, toHarEntry, type Entry } from '@trawl/protocols';
import { compileQuery, withTimeRange } from '../../query/compiled.js';
import { parseTime } from '../../query/cursor.js';
import { copyIntoRecording } from '../../recordings/copy.js';
import { MAX_LIVE_RECORDINGS } from '../../recordings/live.js';
import { replay } from '../../recordings/replay.js';
import type { RecordingStore } from '../../recordings/store.js';
import { intField, jsonObject, onlyFields, type JsonBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter, sendError } from '../errors.js';
import { Params } from '../params.js';

export const DEFAULT_RECORDING_LIMIT = 100_000;
export const MAX_RECORDING_LIMIT = 1_000_000;
export const DEFAULT_REPLAY_LIMIT = 1_000;
export const MAX_REPLAY_LIMIT = 10_000;
const EXPORT_PAGE = 1000;
const MAX_NAME = 100;
const HAR_CREATOR = { name: 'trawl', version: '0.1.0' };

type Body = JsonBody;

function timeField(body: Body, name: string): number | undefined {
  const v = body[name];
  if (v === undefined || v === null || v === '') return undefined;
  const t = typeof v === 'number' ? (Number.isSafeInteger(v) && v >= 0 ? v : undefined) : typeof v === 'string' ? parseTime(v) : undefined;
  if (t === undefined) throw new BadParameter(name, `${name} must be a time in ms since the epoch or an ISO 8601 date-time`);
  return t;
}

function nameField(body: Body): string {
  const v = body.name;
  if (typeof v !== 'string' || v.trim() === '') throw new BadParameter('name', 'name is required: a short text');
  // eslint-disable-next-line no-control-regex
  if (v.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(v)) throw new BadParameter('name', `name must be at most ${MAX_NAME} characters, without control characters`);
  return v.trim();
}

function targetField(body: Body): URL {
  const v = body.target;
  let url: URL | undefined;
  try {
    url = typeof v === 'string' ? new URL(v) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new BadParameter('target', 'target must be an http:// or https:// URL (scheme, host, port, optional base path)');
  }
  if (url.username || url.password) throw new BadParameter('target', 'target must not hold credentials');
  return url;
}

export function recordingsRoutes(app: Hono, deps: ApiDeps): void {
  const store = (): RecordingStore => deps.recordings!;
  const guard = async (c: Context, run: () => Promise<Response> | Response): Promise<Response> => {
    if (!deps.recordings) return sendError(c, 404, 'not_found', 'recordings are off on this hub');
    return run();
  };
  const missing = (c: Context) => sendError(c, 404, 'not_found', 'no such recording');

  app.get('/api/recordings', (c) =>
    guard(c, () => {
      new Params(c, []);
      return c.json({ recordings: store().list() } satisfies RecordingListResponse);
    }),
  );

  app.post('/api/recordings', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const body = await jsonObject(c);
      onlyFields(body, ['name', 'q', 'from', 'to', 'limit', 'live']);
      const name = nameField(body);
      if (body.live !== undefined && typeof body.live !== 'boolean') throw new BadParameter('live', 'live must be true or false');
      const live = body.live === true;
      const q = body.q === undefined || body.q === null ? '' : body.q;
      if (typeof q !== 'string') throw new BadParameter('q', 'q must be a KFL query (text)');
      const from = timeField(body, 'from');
      const to = timeField(body, 'to');
      if (from !== undefined && to !== undefined && to < from) throw new BadParameter('to', 'to must not be before from');
      const limit = intField(body, 'limit', 1, MAX_RECORDING_LIMIT, DEFAULT_RECORDING_LIMIT);
      if (live && (from !== undefined || to !== undefined)) throw new BadParameter(from !== undefined ? 'from' : 'to', 'a live recording takes entries from now until it is stopped: no from or to');
      if (live && !deps.recorder) return sendError(c, 404, 'not_found', 'live recordings are off on this hub');
      // Each live recording runs its query over every entry the hub stores: their number is bounded.
      if (live && deps.recorder!.recording >= MAX_LIVE_RECORDINGS) return sendError(c, 409, 'too_many_live', `${MAX_LIVE_RECORDINGS} live recordings are running: stop one first`);
      const compiled = compileQuery(q); // an invalid query is a 400 with its position
      const query = { ...compiled, sql: withTimeRange(compiled.sql, { from }) };
      const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      const now = Date.now();
      const meta = store().create({ id, name, query: q, from: live ? now : (from ?? null), to: to ?? null, createdAt: now, limit, live });
      c.header('Location', `/api/recordings/${id}`);
      if (live) {
        deps.recorder!.follow(id, q, limit);
        return c.json({ recording: meta } satisfies RecordingResponse, 201);
      }
      void copyIntoRecording(deps.store, store(), { id, query, to, limit });
      return c.json({ recording: meta } satisfies RecordingResponse, 202);
    }),
  );

  app.get('/api/recordings/:id', (c) =>
    guard(c, () => {
      new Params(c, []);
      const meta = store().get(c.req.param('id'));
      return meta ? c.json({ recording: meta } satisfies RecordingResponse) : missing(c);
    }),
  );

  app.delete('/api/recordings/:id', (c) =>
    guard(c, () => {
      new Params(c, []);
      deps.recorder?.forget(c.req.param('id'));
      return store().delete(c.req.param('id')) ? c.json({ deleted: true }) : missing(c);
    }),
  );

  app.post('/api/recordings/:id/stop', (c) =>
    guard(c, () => {
      new Params(c, []);
      const id = c.req.param('id');
      const meta = store().get(id);
      if (!meta) return missing(c);
      if (meta.state !== 'recording' || !deps.recorder?.stop(id)) return sendError(c, 409, 'not_recording', `the recording is ${meta.state}, not recording`);
      return c.json({ recording: store().get(id)! } satisfies RecordingResponse);
    }),
  );

  app.get('/api/recordings/:id/export', (c) =>
    guard(c, () => {
      const p = new Params(c, ['format']);
      const format = p.raw('format') || 'ndjson';
      if (format !== 'ndjson' && format !== 'har') throw new BadParameter('format', 'format must be ndjson or har');
      const meta = store().get(c.req.param('id'));
      if (!meta) return missing(c);
      if (meta.state !== 'ready') return sendError(c, 409, 'not_ready', `the recording is ${meta.state}${meta.error ? `: ${meta.error}` : ''}`);
      const file = meta.name.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'recording';
      c.header('Content-Type', format === 'har' ? 'application/json; charset=UTF-8' : 'application/x-ndjson; charset=UTF-8');
      c.header('Content-Disposition', `attachment; filename="${file}.${format}"`);
      c.header('Cache-Control', 'no-store');
      let after: number | null = null;
      let first = true;
      let har = 0;
      let notHar = 0;
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            try {
              let text = first && format === 'har' ? harDocumentHead(HAR_CREATOR) + '\n' : '';
              first = false;
              const page = store().page(meta.id, after, EXPORT_PAGE);
              if (page.length > 0) after = page[page.length - 1]!.seq;
              for (const { json } of page) {
                if (format === 'ndjson') text += json + '\n';
                else {
                  const entry = toHarEntry(JSON.parse(json) as Entry);
                  if (entry === null) notHar++;
                  else text += (har++ > 0 ? ',' : '') + JSON.stringify(entry) + '\n';
                }
              }
              const done = page.length < EXPORT_PAGE;
              if (done && format === 'har') {
                const notes = [`recording "${meta.name}": ${har} entries, newest first`];
                if (notHar > 0) notes.push(`${notHar} entries of other protocols left out (HAR holds ${[...HAR_PROTOCOLS].join(', ')})`);
                text += `],"comment":${JSON.stringify(notes.join('; '))}}}\n`;
              }
              if (text !== '') controller.enqueue(encoder.encode(text));
              if (done) controller.close();
            } catch (e) {
              controller.error(e);
            }
          },
        },
        { highWaterMark: 0 },
      );
      return c.body(body, 200);
    }),
  );

  app.post('/api/recordings/:id/replay', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const body = await jsonObject(c);
      onlyFields(body, ['target', 'limit', 'concurrency', 'timeoutMs']);
      const target = targetField(body);
      const limit = intField(body, 'limit', 1, MAX_REPLAY_LIMIT, DEFAULT_REPLAY_LIMIT);
      const concurrency = intField(body, 'concurrency', 1, 32, 4);
      const timeoutMs = intField(body, 'timeoutMs', 100, 60_000, 10_000);
      const meta = store().get(c.req.param('id'));
      if (!meta) return missing(c);
      if (meta.state !== 'ready') return sendError(c, 409, 'not_ready', `the recording is ${meta.state}${meta.error ? `: ${meta.error}` : ''}`);
      // The first `limit` requests, in the order they were made.
      const entries = store()
        .oldest(meta.id, limit)
        .map((j) => JSON.parse(j) as Entry);
      return c.json({ recording: meta.id, report: await replay(entries, { target, concurrency, timeoutMs }) } satisfies ReplayResponse);
    }),
  );
}
