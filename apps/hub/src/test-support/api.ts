/** An API over a real SQLite store in a temp dir, without NATS: for route tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../api/app.js';
import type { ApiDeps } from '../api/deps.js';
import { LiveFeed } from '../ingest/live.js';
import { silentLogger } from '../log.js';
import type { HubStatus } from '../status.js';
import { newRetentionCounters } from '../store/retention.js';
import { EntryStore, type StoreOptions } from '../store/store.js';

export function stubStatus(): HubStatus {
  return {
    startedAt: Date.now(),
    nats: { url: 'nats://127.0.0.1:1', state: 'disconnected', since: Date.now(), reconnects: 0, lastError: null },
    ingest: { entries: 0, duplicates: 0, malformedMessages: 0, invalidEntries: 0, batches: 0, storeErrors: 0, ratePerSec: 0, lastBatchAt: null, pending: null, consuming: false, stallsRecovered: 0 },
    workers: [],
    retention: { policy: {}, counters: newRetentionCounters() },
  };
}

export interface TestApi {
  app: Hono;
  store: EntryStore;
  live: LiveFeed;
  dir: string;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** A request with a JSON body (a string is sent as it is: malformed bodies are tests too). */
  send(method: string, path: string, body?: unknown): Promise<Answer>;
  close(): void;
}

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, headers: res.headers };
}

export function testApi(overrides: Partial<ApiDeps> = {}, storeOptions: Partial<StoreOptions> = {}): TestApi {
  const dir = mkdtempSync(join(tmpdir(), 'hub-api-'));
  const store = EntryStore.open({ ...storeOptions, dataDir: dir });
  const live = new LiveFeed();
  const app = createApp({ store, live, status: stubStatus, log: silentLogger, ...overrides });
  return {
    app,
    store,
    live,
    dir,
    async get(path, headers) {
      return answer(await app.request(path, { headers }));
    },
    async send(method, path, body) {
      const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      return answer(await app.request(path, { method, body: payload, headers: { 'content-type': 'application/json' } }));
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
