/**
 * Webhook rules: `GET|POST /api/webhooks`, `GET|PUT|DELETE /api/webhooks/:id`,
 * `POST /api/webhooks/:id/test` (apps/hub/src/webhooks/rule.ts `publicRule`, manager.ts `status`).
 */

/** What the API shows for a header value; sent back in an update, it keeps the stored value. */
export const REDACTED_VALUE = '[REDACTED]';

export interface WebhookCounters {
  matched: number;
  queued: number;
  sent: number;
  failed: number;
  retries: number;
  rateLimited: number;
  deduplicated: number;
  queueFull: number;
}

export interface WebhookDelivery {
  at: number;
  entryId: string | null;
  text: string;
  ok: boolean;
  status: number | null;
  attempts: number;
  error: string | null;
}

export interface WebhookRuleStatus {
  counters: WebhookCounters;
  queueDepth: number;
  lastError: { at: number; message: string } | null;
  /** Newest first. */
  deliveries: WebhookDelivery[];
}

/** A rule as the API shows it, with its delivery status. */
export interface WebhookRule {
  id: string;
  name: string;
  /** KFL; empty matches every entry. */
  filter: string;
  template: string;
  url: string;
  /** Names only: every value is REDACTED_VALUE (they hold tokens). */
  headers: Record<string, string>;
  enabled: boolean;
  /** Messages per minute at most; more are dropped and counted (default 30). */
  ratePerMinute: number;
  /** The same rendered message within this many seconds is sent once (default 60; 0 = off). */
  dedupeSeconds: number;
  /** Add the whole entry under `entry` in the payload (default false: Slack wants `text` only). */
  includeEntry: boolean;
  /** `config` rules come from the hub's `--webhooks` file (re-read at start) and cannot be changed through the API. */
  source: 'api' | 'config';
  status: WebhookRuleStatus;
}

/** `GET /api/webhooks`. */
export interface WebhookListResponse {
  rules: WebhookRule[];
}

/** `DELETE /api/webhooks/:id`. */
export interface WebhookDeletedResponse {
  deleted: true;
}

/** `POST /api/webhooks/:id/test` (202): a test message is queued. */
export interface WebhookTestResponse {
  queued: true;
}
