/**
 * The APISec push: endpoints of mapped services go to the application instance their mapping
 * names, with the bearer API key; an endpoint is sent again only when its revision moved (a new
 * status code, query parameter or body shape), and what was pushed is remembered in the hub's
 * SQLite file, so a restart does not push everything again. The config file is re-read when it
 * changes (a ConfigMap update), without a restart; a bad file is reported and the last good one
 * kept. Failures are retried with backoff; a refused key or unknown app/instance is reported
 * once, clearly, and not retried until the config changes.
 */
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Endpoint, EndpointInventory } from '../endpoints/inventory.js';
import type { Logger } from '../log.js';
import { writeWhenFree } from '../store/lock.js';
import { parseApisecConfig, type ApisecConfig, type ServiceMapping } from './config.js';

export interface ApisecOptions {
  configPath: string;
  /** Time between push cycles (default 10 s). */
  intervalMs?: number;
  /** Endpoints per request at most (default 100). */
  batchSize?: number;
  /** How often the config file is checked for changes (default 1 s). */
  watchMs?: number;
  timeoutMs?: number;
}

type ServiceState = 'ok' | 'pending' | 'unmapped' | 'bad_key' | 'not_found' | 'retrying' | 'onboarding_failed';

interface ServiceStatus {
  state: ServiceState;
  pushed: number;
  lastPushAt: number | null;
  lastError: string | null;
  failures: number;
  nextAttemptAt: number;
}

const MAX_BACKOFF_MS = 5 * 60_000;

export class ApisecPusher {
  private config: ApisecConfig | null = null;
  private configError: string | null = null;
  private loadedAt: number | null = null;
  private readonly services = new Map<string, ServiceStatus>();
  private readonly onboarded = new Map<string, ServiceMapping>();
  private readonly warnedUnknown = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private cycle: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly inventory: EndpointInventory,
    private readonly log: Logger,
    private readonly o: ApisecOptions,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS apisec_pushed (endpoint_id TEXT NOT NULL, target TEXT NOT NULL, revision INTEGER NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (endpoint_id, target));
             CREATE TABLE IF NOT EXISTS apisec_onboarded (service TEXT PRIMARY KEY, app_id TEXT NOT NULL, instance_id TEXT NOT NULL)`);
    for (const r of db.prepare('SELECT service, app_id, instance_id FROM apisec_onboarded').all() as Array<{ service: string; app_id: string; instance_id: string }>) {
      this.onboarded.set(r.service, { appId: r.app_id, instanceId: r.instance_id });
    }
    this.reload();
  }

  start(): void {
    watchFile(this.o.configPath, { interval: this.o.watchMs ?? 1_000 }, (cur, prev) => {
      if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) this.reload();
    });
    this.timer = setInterval(() => void this.pushNow(), this.o.intervalMs ?? 10_000);
    this.timer.unref();
    void this.pushNow();
  }

  /** Reads the config file again; a bad one is reported and the previous config stays. */
  reload(): void {
    let text: string;
    try {
      text = readFileSync(this.o.configPath, 'utf8');
    } catch (e) {
      this.configError = `cannot read ${this.o.configPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      this.log(`apisec: ERROR ${this.configError}${this.config ? ' (keeping the previous config)' : ''}`);
      return;
    }
    try {
      const next = parseApisecConfig(text, this.o.configPath);
      const first = this.config === null;
      this.config = next;
      this.configError = null;
      this.loadedAt = Date.now();
      // A new key or mapping may fix what failed: every service gets a fresh chance.
      this.services.clear();
      this.warnedUnknown.clear();
      this.log(`apisec: ${first ? 'loaded' : 'reloaded'} ${this.o.configPath}: ${Object.keys(next.serviceMappings).length} mapped services, auto-onboarding ${next.autoOnboardNewServices ? 'on' : 'off'}, pushing to ${next.devApiUrl}`);
    } catch (e) {
      this.configError = (e as Error).message;
      this.log(`apisec: ERROR ${this.configError}${this.config ? ' (keeping the previous config)' : ''}`);
    }
  }

  /**
   * One push cycle; cycles never overlap. `force` (`POST /api/apisec/push`) also tries services
   * waiting out a retry delay; a refused key or unknown ids still wait for a config change.
   */
  pushNow(force = false): Promise<void> {
    this.cycle = this.cycle.then(() => this.runCycle(force)).catch((e) => this.log(`apisec: ERROR push cycle failed: ${(e as Error).message}`));
    return this.cycle;
  }

  private async runCycle(force: boolean): Promise<void> {
    const config = this.config;
    if (!config || this.stopped) return;
    const byService = new Map<string, Endpoint[]>();
    for (const ep of this.inventory.list()) {
      const list = byService.get(ep.service) ?? [];
      list.push(ep);
      byService.set(ep.service, list);
    }
    const now = Date.now();
    for (const [service, endpoints] of byService) {
      if (this.stopped) return;
      const st = this.state(service);
      if (st.state === 'bad_key' || st.state === 'not_found' || (!force && now < st.nextAttemptAt)) continue;
      let mapping = config.serviceMappings[service] ?? this.onboarded.get(service);
      if (!mapping) {
        if (!config.autoOnboardNewServices) {
          st.state = 'unmapped';
          if (!this.warnedUnknown.has(service)) {
            this.warnedUnknown.add(service);
            this.log(`apisec: Skipping unknown service "${service}": no mapping found in serviceMappings of ${this.o.configPath}`);
          }
          continue;
        }
        const made = await this.onboard(config, service, st);
        if (!made) continue;
        mapping = made;
      }
      await this.pushService(config, service, mapping, endpoints, st);
    }
  }

  private state(service: string): ServiceStatus {
    let st = this.services.get(service);
    if (!st) {
      st = { state: 'pending', pushed: 0, lastPushAt: null, lastError: null, failures: 0, nextAttemptAt: 0 };
      this.services.set(service, st);
    }
    return st;
  }

  private target(m: ServiceMapping): string {
    return `${m.appId}/${m.instanceId}`;
  }

  private async pushService(config: ApisecConfig, service: string, m: ServiceMapping, endpoints: Endpoint[], st: ServiceStatus): Promise<void> {
    const target = this.target(m);
    const pushedRev = this.db.prepare('SELECT revision FROM apisec_pushed WHERE endpoint_id = ? AND target = ?');
    const changed = endpoints.filter((ep) => {
      const row = pushedRev.get(ep.id, target) as { revision: number } | undefined;
      return !row || row.revision < ep.revision;
    });
    if (changed.length === 0) {
      if (st.state === 'pending') st.state = 'ok';
      return;
    }
    const url = config.devApiUrl + config.pushPath.replace('{appId}', encodeURIComponent(m.appId)).replace('{instanceId}', encodeURIComponent(m.instanceId));
    const size = this.o.batchSize ?? 100;
    for (let i = 0; i < changed.length; i += size) {
      const batch = changed.slice(i, i + size);
      const r = await this.post(config, url, { source: 'trawl', service, endpoints: batch.map(payload) });
      if (!r.ok) return this.failed(service, st, r.status, r.error, m);
      const mark = this.db.prepare('INSERT INTO apisec_pushed (endpoint_id, target, revision, at) VALUES (?, ?, ?, ?) ON CONFLICT(endpoint_id, target) DO UPDATE SET revision = excluded.revision, at = excluded.at');
      const at = Date.now();
      // Waits for the ingest's writer with the event loop free; marks not written (30 s locked)
      // only mean these endpoints are pushed again next time.
      await writeWhenFree(this.db, () => this.db.transaction(() => batch.forEach((ep) => mark.run(ep.id, target, ep.revision, at)))());
      for (const ep of batch) this.log(`apisec: ✓ Pushed endpoint ${ep.method} ${ep.template} (service=${service}, app=${m.appId})`);
      st.pushed += batch.length;
      st.lastPushAt = at;
    }
    st.state = 'ok';
    st.failures = 0;
    st.lastError = null;
  }

  private async onboard(config: ApisecConfig, service: string, st: ServiceStatus): Promise<ServiceMapping | undefined> {
    const r = await this.post(config, config.devApiUrl + config.onboardPath, { source: 'trawl', serviceName: service });
    if (!r.ok) {
      this.failed(service, st, r.status, r.error);
      if (st.state === 'retrying') st.state = 'onboarding_failed';
      return undefined;
    }
    const b = r.body as { appId?: unknown; instanceId?: unknown } | null;
    if (!b || typeof b.appId !== 'string' || typeof b.instanceId !== 'string') {
      st.state = 'onboarding_failed';
      st.lastError = 'the onboarding answer has no appId/instanceId';
      this.log(`apisec: ERROR onboarding service "${service}": the answer has no appId/instanceId`);
      this.backoff(st);
      return undefined;
    }
    const m = { appId: b.appId, instanceId: b.instanceId };
    this.onboarded.set(service, m);
    await writeWhenFree(this.db, () => this.db.prepare('INSERT OR REPLACE INTO apisec_onboarded (service, app_id, instance_id) VALUES (?, ?, ?)').run(service, m.appId, m.instanceId));
    this.log(`apisec: onboarded new service "${service}" as app ${m.appId}, instance ${m.instanceId}`);
    return m;
  }

  private failed(service: string, st: ServiceStatus, status: number | null, error: string, m?: ServiceMapping): void {
    st.lastError = error;
    if (status === 401 || status === 403) {
      st.state = 'bad_key';
      this.log(`apisec: ERROR APISec refused the API key (HTTP ${status}) while pushing "${service}": check apiKey in ${this.o.configPath}; not retried until the file changes`);
      return;
    }
    if (status === 404 && m) {
      st.state = 'not_found';
      this.log(`apisec: ERROR application ${m.appId} / instance ${m.instanceId} not found (HTTP 404) for service "${service}": check serviceMappings in ${this.o.configPath}; not retried until the file changes`);
      return;
    }
    st.state = 'retrying';
    this.backoff(st);
    this.log(`apisec: ERROR pushing "${service}" failed (${error}); retrying in ${Math.round((st.nextAttemptAt - Date.now()) / 1000)} s`);
  }

  private backoff(st: ServiceStatus): void {
    st.failures++;
    st.nextAttemptAt = Date.now() + Math.min(MAX_BACKOFF_MS, (this.o.intervalMs ?? 10_000) * 2 ** (st.failures - 1));
  }

  private async post(config: ApisecConfig, url: string, body: unknown): Promise<{ ok: boolean; status: number | null; error: string; body?: unknown }> {
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json', 'user-agent': 'trawl-apisec/1' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 15_000),
      });
      const text = await r.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: only the status matters then.
      }
      return { ok: r.ok, status: r.status, error: r.ok ? '' : `HTTP ${r.status}`, body: parsed };
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      return { ok: false, status: null, error: err.name === 'TimeoutError' ? 'timed out' : (err.cause?.code ?? err.message) };
    }
  }

  status() {
    const config = this.config;
    const services = this.inventory.services().map((service) => {
      const st = this.services.get(service);
      const mapping = config?.serviceMappings[service] ?? this.onboarded.get(service) ?? null;
      return {
        service,
        mapping,
        onboarded: !config?.serviceMappings[service] && this.onboarded.has(service),
        endpoints: this.inventory.list({ service }).length,
        state: st?.state ?? (mapping ? 'pending' : 'unmapped'),
        pushed: st?.pushed ?? 0,
        lastPushAt: st?.lastPushAt ?? null,
        lastError: st?.lastError ?? null,
        nextAttemptAt: st && st.state === 'retrying' ? st.nextAttemptAt : null,
      };
    });
    return {
      configPath: this.o.configPath,
      loadedAt: this.loadedAt,
      configError: this.configError,
      devApiUrl: config?.devApiUrl ?? null,
      autoOnboardNewServices: config?.autoOnboardNewServices ?? false,
      mappedServices: config ? Object.keys(config.serviceMappings) : [],
      services,
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    unwatchFile(this.o.configPath);
    await this.cycle;
  }
}

/** What APISec receives for one endpoint: the template, an example exchange, and how often it was seen. */
function payload(ep: Endpoint) {
  const ex = ep.example;
  return {
    method: ep.method,
    path: ep.template,
    url: ex.fullUrl,
    statusCodes: Object.keys(ep.statuses).map(Number),
    request: { headers: ex.requestHeaders, body: ex.requestBody ?? null, queryParams: ep.queryParams },
    response: { status: ex.status, headers: ex.responseHeaders, body: ex.responseBody ?? null },
    firstSeen: new Date(ep.firstSeen).toISOString(),
    lastSeen: new Date(ep.lastSeen).toISOString(),
    count: ep.count,
    trawlEndpointId: ep.id,
    revision: ep.revision,
  };
}
