/**
 * The hub's output APIs the Endpoints and Settings pages use: the endpoint inventory
 * (`/api/endpoints*`, `/api/openapi/:service`), the APISec push (`/api/apisec*`) and webhook rules
 * (`/api/webhooks*`). Shapes follow apps/hub (endpointSummary, ApisecPusher.status,
 * publicRule + WebhookManager.status); reads go through getJson, writes through sendJson.
 */
import { ApiError, apiUrl, type KflPosition } from './api';

export interface EndpointExample {
  entryId: string;
  timestamp: number;
  path: string;
  url: string;
  fullUrl: string;
  requestHeaders: Record<string, unknown>;
  requestBody?: string;
  status: number | null;
  statusText: string;
  responseHeaders: Record<string, unknown>;
  responseBody?: string;
}

export interface EndpointLatency {
  avgMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

export interface EndpointSummary {
  id: string;
  service: string;
  method: string;
  template: string;
  protocol: string;
  firstSeen: number;
  lastSeen: number;
  count: number;
  statuses: Record<string, number>;
  latency: EndpointLatency;
  queryParams: string[];
  healthCheck: boolean;
  revision: number;
  example: EndpointExample;
}

export interface EndpointsResponse {
  endpoints: EndpointSummary[];
  total: number;
  counters: { entriesSeen: number; entriesUsed: number; healthChecks: number; droppedEndpoints: number };
}

export type ApisecState = 'ok' | 'pending' | 'unmapped' | 'bad_key' | 'not_found' | 'retrying' | 'onboarding_failed';

export interface ApisecService {
  service: string;
  mapping: { appId: string; instanceId: string } | null;
  onboarded: boolean;
  endpoints: number;
  state: ApisecState;
  pushed: number;
  lastPushAt: number | null;
  lastError: string | null;
}

export type ApisecStatus =
  | { enabled: false; message: string }
  | {
      enabled: true;
      configPath: string;
      loadedAt: number | null;
      configError: string | null;
      devApiUrl: string | null;
      autoOnboardNewServices: boolean;
      mappedServices: string[];
      services: ApisecService[];
    };

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

export interface WebhookRule {
  id: string;
  name: string;
  filter: string;
  template: string;
  url: string;
  /** Names only: the hub answers every value as "[REDACTED]". */
  headers: Record<string, string>;
  enabled: boolean;
  ratePerMinute: number;
  dedupeSeconds: number;
  includeEntry: boolean;
  source: 'api' | 'config';
  status: { counters: WebhookCounters; queueDepth: number; lastError: { at: number; message: string } | null; deliveries: WebhookDelivery[] };
}

/** What a rule form sends; the hub fills defaults and names the field it rejects. */
export interface WebhookInput {
  name?: string;
  filter: string;
  template: string;
  url: string;
  headers?: Record<string, string>;
  enabled: boolean;
  ratePerMinute?: number | string;
  dedupeSeconds?: number | string;
  includeEntry: boolean;
}

export const REDACTED = '[REDACTED]';

/** An API error that names the request field it is about (`bad_rule` answers carry `field`). */
export class FieldError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly field: string | undefined,
    position?: KflPosition,
  ) {
    super(status, code, message, position);
  }
}

/** POST/PUT/DELETE with an optional JSON body; a non-2xx answer throws FieldError. */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method,
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new FieldError(0, 'unreachable', 'the hub does not answer', undefined);
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const b = (parsed ?? {}) as { error?: string; message?: string; field?: string; param?: string; position?: KflPosition };
    throw new FieldError(res.status, b.error ?? `http_${res.status}`, b.message ?? `${res.status} ${res.statusText}`, b.field ?? b.param, b.position);
  }
  return parsed as T;
}
