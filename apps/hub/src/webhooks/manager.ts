/**
 * Webhook rules, kept in the hub's SQLite file, applied to every stored entry (an ingest
 * observer). A matching entry renders the rule's message; de-duplication and the rate limit
 * decide whether it is queued; each rule has its own queue and sender, so a slow or dead
 * receiver delays only its own rule. What happened is counted per rule and the last deliveries
 * are kept for the API and the UI.
 */
import { randomUUID } from 'node:crypto';
import type { WebhookCounters, WebhookDelivery, WebhookRuleStatus } from '@trawl/api';
import type { Database } from 'better-sqlite3';
import { throttled, type Logger } from '../log.js';
import { compileQuery } from '../query/compiled.js';
import type { StoredEntry } from '../store/entry-check.js';
import { writeWhenFree } from '../store/lock.js';
import { Dedupe, RateLimit } from './limiter.js';
import { parseRule, REDACTED_VALUE, RuleError, type WebhookRule } from './rule.js';
import { DEFAULT_SEND, send, type SendOptions } from './sender.js';
import { renderTemplate } from './template.js';

// What the API shows of a rule's deliveries (@trawl/api `webhooks.ts`), under the hub's names.
export type RuleCounters = WebhookCounters;
export type Delivery = WebhookDelivery;

interface Active {
  rule: WebhookRule;
  predicate: (entry: unknown) => boolean;
  rate: RateLimit;
  dedupe: Dedupe;
  queue: Array<{ entryId: string | null; text: string; payload: unknown }>;
  sending: boolean;
  counters: RuleCounters;
  deliveries: Delivery[];
  lastError: { at: number; message: string } | null;
}

export interface WebhookOptions {
  send?: Partial<SendOptions>;
  /** Messages waiting per rule; past it new ones are dropped and counted (default 1,000). */
  maxQueue?: number;
  /** Deliveries remembered per rule (default 50). */
  keepDeliveries?: number;
}

const zero = (): RuleCounters => ({ matched: 0, queued: 0, sent: 0, failed: 0, retries: 0, rateLimited: 0, deduplicated: 0, queueFull: 0 });

export class WebhookManager {
  private readonly rules = new Map<string, Active>();
  private readonly stopper = new AbortController();
  private readonly sendOptions: SendOptions;
  private readonly maxQueue: number;
  private readonly keep: number;
  private readonly logFailure: Logger;
  private readonly inflight = new Set<Promise<void>>();
  /** Rule changes being written to the store, one after another (see `persist`). */
  private persisting: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    o: WebhookOptions = {},
  ) {
    this.sendOptions = { ...DEFAULT_SEND, ...o.send };
    this.maxQueue = o.maxQueue ?? 1_000;
    this.keep = o.keepDeliveries ?? 50;
    this.logFailure = throttled(log);
    db.exec('CREATE TABLE IF NOT EXISTS webhook_rules (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
    for (const row of db.prepare('SELECT id, json FROM webhook_rules').all() as Array<{ id: string; json: string }>) {
      try {
        this.activate(parseRule(JSON.parse(row.json), row.id, (JSON.parse(row.json) as WebhookRule).source ?? 'api'));
      } catch (e) {
        log(`webhook rule ${row.id} is not valid any more and is skipped: ${(e as Error).message}`);
      }
    }
  }

  /** Rules from the config file replace the previous config rules; API rules stay. */
  applyConfig(rules: unknown): void {
    if (!Array.isArray(rules)) throw new RuleError('config', 'the webhooks file must hold a JSON array of rules');
    const parsed = rules.map((r, i) => {
      const id = typeof (r as { id?: unknown })?.id === 'string' ? (r as { id: string }).id : `config-${i + 1}`;
      try {
        return parseRule(r, id, 'config');
      } catch (e) {
        throw new RuleError((e as RuleError).field ?? 'config', `rule ${i + 1} (${id}): ${(e as Error).message}`);
      }
    });
    for (const a of [...this.rules.values()]) if (a.rule.source === 'config') this.remove(a.rule.id, true);
    for (const r of parsed) this.save(r);
  }

  list(): WebhookRule[] {
    return [...this.rules.values()].map((a) => a.rule);
  }

  get(id: string): WebhookRule | undefined {
    return this.rules.get(id)?.rule;
  }

  create(input: unknown): WebhookRule {
    const rule = parseRule(input, randomUUID(), 'api');
    this.save(rule);
    return rule;
  }

  update(id: string, input: unknown): WebhookRule | undefined {
    const current = this.rules.get(id);
    if (!current) return undefined;
    if (current.rule.source === 'config') throw new RuleError('id', 'this rule comes from the config file: change it there');
    const merged: Record<string, unknown> = { ...current.rule, ...(typeof input === 'object' && input !== null ? input : {}) };
    // Header values are never shown back: "[REDACTED]" in an update means "keep the current value".
    if (typeof merged.headers === 'object' && merged.headers !== null && !Array.isArray(merged.headers)) {
      merged.headers = Object.fromEntries(
        Object.entries(merged.headers as Record<string, unknown>).map(([k, v]) => [k, v === REDACTED_VALUE && current.rule.headers[k] !== undefined ? current.rule.headers[k] : v]),
      );
    }
    const rule = parseRule(merged, id, 'api');
    this.save(rule, current);
    return rule;
  }

  remove(id: string, force = false): boolean {
    const a = this.rules.get(id);
    if (!a) return false;
    if (a.rule.source === 'config' && !force) throw new RuleError('id', 'this rule comes from the config file: remove it there');
    this.rules.delete(id);
    a.queue.length = 0;
    this.persist(id, () => this.db.prepare('DELETE FROM webhook_rules WHERE id = ?').run(id));
    return true;
  }

  status(id: string): WebhookRuleStatus | undefined {
    const a = this.rules.get(id);
    if (!a) return undefined;
    return { counters: { ...a.counters }, queueDepth: a.queue.length, lastError: a.lastError, deliveries: [...a.deliveries].reverse() };
  }

  private save(rule: WebhookRule, keepStateOf?: Active): void {
    const json = JSON.stringify(rule);
    this.persist(rule.id, () => this.db.prepare('INSERT INTO webhook_rules (id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json').run(rule.id, json));
    this.activate(rule, keepStateOf);
  }

  /**
   * Writes a rule change to the store in the background, in the order made: the rule is in effect
   * at once (memory), and the API answers without waiting for the ingest writer's lock with the
   * event loop (lock.ts). `stop()` waits for what is pending.
   */
  private persist(id: string, write: () => void): void {
    this.persisting = this.persisting
      .then(() => writeWhenFree(this.db, write))
      .then(
        (done) => {
          if (done === null) this.log(`webhook rule ${id}: the change is in effect but not saved (the store stayed locked 30 s)`);
        },
        (e: unknown) => this.log(`webhook rule ${id}: saving the change failed: ${(e as Error).message}`),
      );
  }

  private activate(rule: WebhookRule, keepStateOf?: Active): void {
    const now = Date.now();
    const settings = { rule, predicate: compileQuery(rule.filter).predicate, rate: new RateLimit(rule.ratePerMinute, now), dedupe: new Dedupe(rule.dedupeSeconds * 1000) };
    if (keepStateOf) {
      // Same object: a sender draining its queue sees the new URL and headers for what is left.
      Object.assign(keepStateOf, settings);
      return;
    }
    this.rules.set(rule.id, { ...settings, queue: [], sending: false, counters: zero(), deliveries: [], lastError: null });
  }

  /** Ingest observer: match, render, de-duplicate, rate-limit, queue. */
  observe(entries: readonly StoredEntry[]): void {
    if (this.rules.size === 0 || this.stopper.signal.aborted) return;
    const now = Date.now();
    for (const a of this.rules.values()) {
      if (!a.rule.enabled) continue;
      for (const e of entries) {
        let match = false;
        try {
          match = a.predicate(e);
        } catch {
          // KFL predicates do not throw; a bug there must not stop ingest.
        }
        if (!match) continue;
        a.counters.matched++;
        const text = renderTemplate(a.rule.template, e);
        if (!a.dedupe.first(text, now)) {
          a.counters.deduplicated++;
          continue;
        }
        if (!a.rate.take(now)) {
          a.counters.rateLimited++;
          continue;
        }
        this.enqueue(a, e.id, text, a.rule.includeEntry ? { text, entry: e } : { text });
      }
    }
  }

  /** Sends a sample message now, through the rule's queue (rate limit and dedupe do not apply). */
  test(id: string): boolean {
    const a = this.rules.get(id);
    if (!a) return false;
    const text = `trawl test message for webhook "${a.rule.name}"`;
    this.enqueue(a, null, text, { text });
    return true;
  }

  private enqueue(a: Active, entryId: string | null, text: string, payload: unknown): void {
    if (a.queue.length >= this.maxQueue) {
      a.counters.queueFull++;
      return;
    }
    a.counters.queued++;
    a.queue.push({ entryId, text, payload });
    if (!a.sending) {
      a.sending = true;
      const p = this.drain(a).finally(() => this.inflight.delete(p));
      this.inflight.add(p);
    }
  }

  private async drain(a: Active): Promise<void> {
    try {
      while (a.queue.length > 0 && !this.stopper.signal.aborted) {
        const m = a.queue.shift()!;
        const r = await send(a.rule.url, a.rule.headers, m.payload, this.sendOptions, this.stopper.signal);
        a.counters.retries += Math.max(0, r.attempts - 1);
        if (r.ok) a.counters.sent++;
        else {
          a.counters.failed++;
          a.lastError = { at: Date.now(), message: r.error ?? 'failed' };
          this.logFailure(`webhook "${a.rule.name}" delivery failed after ${r.attempts} attempts: ${r.error}`);
        }
        a.deliveries.push({ at: Date.now(), entryId: m.entryId, text: m.text, ok: r.ok, status: r.status, attempts: r.attempts, error: r.error });
        if (a.deliveries.length > this.keep) a.deliveries.shift();
      }
    } finally {
      a.sending = false;
    }
  }

  async stop(): Promise<void> {
    this.stopper.abort();
    await Promise.all([...this.inflight, this.persisting]);
  }
}
