/**
 * The hub's output APIs the Endpoints and Settings pages use: the endpoint inventory
 * (`/api/endpoints*`, `/api/openapi/:service`), the APISec push (`/api/apisec*`) and webhook rules
 * (`/api/webhooks*`). The response shapes are the hub's, from @trawl/api; reads go through getJson,
 * writes through sendJson.
 */
import { REDACTED_VALUE, type ApiErrorBody } from '@trawl/api';
import { ApiError, apiUrl, type KflPosition } from './api';

export type {
  ApisecService,
  ApisecState,
  ApisecStatus,
  EndpointExample,
  EndpointLatency,
  EndpointsResponse,
  EndpointSummary,
  WebhookCounters,
  WebhookDelivery,
  WebhookRule,
} from '@trawl/api';

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

export const REDACTED = REDACTED_VALUE;

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
    const b = (parsed ?? {}) as Partial<ApiErrorBody>;
    throw new FieldError(res.status, b.error ?? `http_${res.status}`, b.message ?? `${res.status} ${res.statusText}`, b.field ?? b.param, b.position);
  }
  return parsed as T;
}
