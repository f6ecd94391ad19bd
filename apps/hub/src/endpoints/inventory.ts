/**
 * The endpoint inventory: every API endpoint seen (service + method + path template), with when
 * it was first and last seen, how often, its status codes, latency, query parameters, JSON
 * schemas of its bodies and one example exchange. Built from stored entries as they arrive
 * (an ingest observer), kept in memory, saved to the hub's SQLite file so a restart keeps it.
 *
 * `revision` of an endpoint moves when what an API consumer would care about changes (new
 * endpoint, new status code, new query parameter, a body schema that grew): the APISec push
 * sends an endpoint again only then.
 */
import { createHash } from 'node:crypto';
import type { EndpointExample, EndpointSummary, InventoryCounters } from '@trawl/api';
import type { Database } from 'better-sqlite3';
import type { StoredEntry } from '../store/entry-check.js';
import { httpView, parseJsonBody, type HttpView } from './entry-view.js';
import { DEFAULT_HEALTH_PATHS, isHealthCheck } from './health.js';
import { addLatency, emptyLatency, mergeLatency, quantile, type LatencyDigest } from './latency.js';
import { coversValue, inferSchema, mergeSchema, type JsonSchema } from './schema-infer.js';
import { PathTemplater, type TemplaterOptions } from './templater.js';

// The API's shapes (@trawl/api `endpoints.ts`); `/api/endpoints` shows them.
export type { EndpointExample, InventoryCounters };

/**
 * An endpoint as the inventory keeps it: the API's summary (`endpointSummary`) with the latency
 * digest instead of its quantiles, and the body schemas. `revision` moves when the endpoint's
 * shape changes (see the file comment).
 */
export interface Endpoint extends Omit<EndpointSummary, 'latency'> {
  latency: LatencyDigest;
  requestSchema?: JsonSchema;
  responseSchemas: Record<string, JsonSchema>;
}

export interface InventoryOptions extends TemplaterOptions {
  /** Paths treated as health checks (default DEFAULT_HEALTH_PATHS). */
  healthPaths?: readonly string[];
  /** Endpoints kept at most; past it new ones are counted and dropped (default 20,000). */
  maxEndpoints?: number;
  /** Example bodies are cut to this many characters (default 4 KiB). */
  maxExampleBody?: number;
}

const MAX_QUERY_PARAMS = 50;

export function endpointId(service: string, method: string, template: string): string {
  return hashId(`${service}\n${method}\n${template}`);
}

const hashId = (key: string) => createHash('sha1').update(key).digest('hex').slice(0, 16);

/** Ids remembered at most by an inventory (then it starts over). */
const ID_MEMO_SIZE = 50_000;

export class EndpointInventory {
  private readonly endpoints = new Map<string, Endpoint>();
  private readonly templater: PathTemplater;
  private readonly healthPaths: Set<string>;
  private readonly maxEndpoints: number;
  private readonly maxExampleBody: number;
  private foldsSeen = 0;
  private dirty = new Set<string>();
  private removed = new Set<string>();
  /** `endpointId` answers: a SHA-1 per entry cost ~1.5 µs, a lookup ~0.1. */
  private readonly ids = new Map<string, string>();
  /**
   * The exchange each endpoint's example will be built from, chosen during `observe` and built
   * once at its end (building it for every entry, as the rule below picks nearly every one, was
   * ~0.5 µs an entry).
   */
  private readonly examples = new Map<Endpoint, HttpView>();
  readonly counters: InventoryCounters = { entriesSeen: 0, entriesUsed: 0, healthChecks: 0, droppedEndpoints: 0 };

  constructor(o: InventoryOptions = {}) {
    this.templater = new PathTemplater(o);
    this.healthPaths = new Set((o.healthPaths ?? DEFAULT_HEALTH_PATHS).map((p) => p.toLowerCase()));
    this.maxEndpoints = o.maxEndpoints ?? 20_000;
    this.maxExampleBody = o.maxExampleBody ?? 4096;
  }

  /** The route template of a path, learnt from all traffic so far (also used by /metrics). */
  template(service: string, method: string, path: string): string {
    return this.templater.template(`${service} ${method}`, path);
  }

  observe(entries: readonly StoredEntry[]): void {
    try {
      for (const e of entries) {
        this.counters.entriesSeen++;
        const v = httpView(e);
        if (!v) continue;
        this.counters.entriesUsed++;
        this.add(v);
      }
    } finally {
      for (const [ep, v] of this.examples) ep.example = this.example(v);
      this.examples.clear();
    }
    if (this.templater.folds !== this.foldsSeen) this.retemplate();
  }

  private add(v: HttpView): void {
    const health = isHealthCheck(v.path, this.healthPaths);
    if (health) this.counters.healthChecks++;
    const template = this.template(v.service, v.method, v.path);
    const id = this.idOf(v.service, v.method, template);
    let ep = this.endpoints.get(id);
    if (!ep) {
      if (this.endpoints.size >= this.maxEndpoints) {
        this.counters.droppedEndpoints++;
        return;
      }
      ep = {
        id,
        service: v.service,
        method: v.method,
        template,
        protocol: v.protocol,
        firstSeen: v.timestamp,
        lastSeen: v.timestamp,
        count: 0,
        statuses: {},
        latency: emptyLatency(),
        queryParams: [],
        responseSchemas: {},
        example: this.example(v),
        revision: 1,
        healthCheck: health,
      };
      this.endpoints.set(id, ep);
    }
    let changed = false;
    ep.count++;
    if (v.timestamp < ep.firstSeen) ep.firstSeen = v.timestamp;
    if (v.timestamp >= ep.lastSeen) {
      ep.lastSeen = v.timestamp;
      // The latest exchange with a response is the example (a fuller one wins over a newer half).
      const chosen = this.examples.get(ep);
      if (v.status !== null || (chosen ? chosen.status : ep.example.status) === null) this.examples.set(ep, v);
    }
    if (v.status !== null) {
      const key = String(v.status);
      if (ep.statuses[key] === undefined) changed = true;
      ep.statuses[key] = (ep.statuses[key] ?? 0) + 1;
    }
    if (v.elapsedMs !== null) addLatency(ep.latency, v.elapsedMs);
    for (const q of v.query) {
      if (!ep.queryParams.includes(q) && ep.queryParams.length < MAX_QUERY_PARAMS) {
        ep.queryParams.push(q);
        changed = true;
      }
    }
    const reqJson = parseJsonBody(v.requestBody, v.requestContentType);
    if (reqJson !== undefined) changed = this.mergeInto(ep, 'request', reqJson) || changed;
    const resJson = parseJsonBody(v.responseBody, v.responseContentType);
    if (resJson !== undefined && v.status !== null) changed = this.mergeInto(ep, String(v.status), resJson) || changed;
    if (changed && ep.count > 1) ep.revision++;
    this.dirty.add(id);
  }

  private idOf(service: string, method: string, template: string): string {
    const key = `${service}\n${method}\n${template}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.ids.size >= ID_MEMO_SIZE) this.ids.clear();
      this.ids.set(key, (id = hashId(key)));
    }
    return id;
  }

  /** Merge a body's schema; true when the schema's shape (not just its counts) changed. */
  private mergeInto(ep: Endpoint, slot: string, value: unknown): boolean {
    const before = slot === 'request' ? ep.requestSchema : ep.responseSchemas[slot];
    // The same shape again (most traffic): count it, build nothing.
    if (before && coversValue(before, value)) {
      before['x-seen'] = (before['x-seen'] ?? 0) + 1;
      return false;
    }
    const schema = inferSchema(value);
    const merged = before ? mergeSchema(before, schema) : schema;
    if (slot === 'request') ep.requestSchema = merged;
    else ep.responseSchemas[slot] = merged;
    return !before || shape(before) !== shape(merged);
  }

  private example(v: HttpView): EndpointExample {
    const cut = (s: string | undefined) => (s === undefined ? undefined : s.length > this.maxExampleBody ? s.slice(0, this.maxExampleBody) : s);
    return {
      entryId: v.id,
      timestamp: v.timestamp,
      path: v.path,
      url: v.url,
      fullUrl: `http://${v.host}${v.url}`,
      requestHeaders: v.requestHeaders,
      requestBody: cut(v.requestBody),
      status: v.status,
      statusText: v.statusText,
      responseHeaders: v.responseHeaders,
      responseBody: cut(v.responseBody),
    };
  }

  /** A position folded into `{param}`: endpoints learnt before it merge into their new template. */
  private retemplate(): void {
    this.foldsSeen = this.templater.folds;
    const old = [...this.endpoints.values()];
    this.endpoints.clear();
    for (const ep of old) {
      const template = this.template(ep.service, ep.method, ep.example.path);
      const id = endpointId(ep.service, ep.method, template);
      const into = this.endpoints.get(id);
      if (id !== ep.id) {
        this.removed.add(ep.id);
        this.dirty.delete(ep.id);
      }
      this.dirty.add(id);
      this.removed.delete(id);
      if (!into) {
        this.endpoints.set(id, { ...ep, id, template, revision: id === ep.id ? ep.revision : 1 });
        continue;
      }
      into.count += ep.count;
      into.firstSeen = Math.min(into.firstSeen, ep.firstSeen);
      if (ep.lastSeen > into.lastSeen) {
        into.lastSeen = ep.lastSeen;
        into.example = ep.example;
      }
      for (const [k, n] of Object.entries(ep.statuses)) into.statuses[k] = (into.statuses[k] ?? 0) + n;
      into.latency = mergeLatency(into.latency, ep.latency);
      for (const q of ep.queryParams) if (!into.queryParams.includes(q) && into.queryParams.length < MAX_QUERY_PARAMS) into.queryParams.push(q);
      if (ep.requestSchema) into.requestSchema = into.requestSchema ? mergeSchema(into.requestSchema, ep.requestSchema) : ep.requestSchema;
      for (const [k, s] of Object.entries(ep.responseSchemas)) into.responseSchemas[k] = into.responseSchemas[k] ? mergeSchema(into.responseSchemas[k], s) : s;
      into.healthCheck &&= ep.healthCheck;
    }
  }

  list(filter: { service?: string; includeHealthChecks?: boolean } = {}): Endpoint[] {
    const out: Endpoint[] = [];
    for (const ep of this.endpoints.values()) {
      if (filter.service !== undefined && ep.service !== filter.service) continue;
      if (ep.healthCheck && !filter.includeHealthChecks) continue;
      out.push(ep);
    }
    return out.sort((a, b) => a.service.localeCompare(b.service) || a.template.localeCompare(b.template) || a.method.localeCompare(b.method));
  }

  get(id: string): Endpoint | undefined {
    return this.endpoints.get(id);
  }

  services(): string[] {
    return [...new Set([...this.endpoints.values()].map((e) => e.service))].sort();
  }

  get size(): number {
    return this.endpoints.size;
  }

  clear(): void {
    for (const id of this.endpoints.keys()) this.removed.add(id);
    this.endpoints.clear();
    this.dirty.clear();
  }

  // ---- persistence: one row per endpoint, JSON; written in one transaction per save ----

  static ensureTable(db: Database): void {
    db.exec('CREATE TABLE IF NOT EXISTS endpoints (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  }

  load(db: Database): void {
    EndpointInventory.ensureTable(db);
    for (const row of db.prepare('SELECT json FROM endpoints').all() as Array<{ json: string }>) {
      try {
        const ep = JSON.parse(row.json) as Endpoint;
        this.endpoints.set(ep.id, ep);
        this.template(ep.service, ep.method, ep.example.path);
      } catch {
        // A row we cannot read is dropped; the traffic will teach it again.
      }
    }
    this.foldsSeen = this.templater.folds;
  }

  /** Write what changed since the last save; returns how many rows were written or deleted. */
  save(db: Database): number {
    if (this.dirty.size === 0 && this.removed.size === 0) return 0;
    EndpointInventory.ensureTable(db);
    const put = db.prepare('INSERT INTO endpoints (id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json');
    const del = db.prepare('DELETE FROM endpoints WHERE id = ?');
    const dirty = [...this.dirty];
    const removed = [...this.removed];
    db.transaction(() => {
      for (const id of removed) del.run(id);
      for (const id of dirty) {
        const ep = this.endpoints.get(id);
        if (ep) put.run(id, JSON.stringify(ep));
      }
    })();
    this.dirty.clear();
    this.removed.clear();
    return dirty.length + removed.length;
  }
}

/** A schema's shape without its example counts, for change detection. */
function shape(s: JsonSchema): string {
  return JSON.stringify(s, (k, v) => (k === 'x-seen' ? undefined : v));
}

/** Summary numbers of an endpoint for the API and UI. */
export function endpointSummary(ep: Endpoint): EndpointSummary {
  return {
    id: ep.id,
    service: ep.service,
    method: ep.method,
    template: ep.template,
    protocol: ep.protocol,
    firstSeen: ep.firstSeen,
    lastSeen: ep.lastSeen,
    count: ep.count,
    statuses: ep.statuses,
    latency: {
      avgMs: ep.latency.count > 0 ? Math.round((ep.latency.sumMs / ep.latency.count) * 1000) / 1000 : null,
      p50Ms: quantile(ep.latency, 0.5),
      p95Ms: quantile(ep.latency, 0.95),
      p99Ms: quantile(ep.latency, 0.99),
      maxMs: ep.latency.count > 0 ? ep.latency.maxMs : null,
    },
    queryParams: ep.queryParams,
    healthCheck: ep.healthCheck,
    revision: ep.revision,
    example: ep.example,
  };
}
