/**
 * The hub's API (DESIGN.md §9), same origin, relative URLs. Errors are `{error, message}` plus
 * `position` for KFL; a failed fetch (hub gone) is an ApiError with status 0. The response types
 * are the hub's own, from @trawl/api (re-exported here under the names the views use).
 */
import type { ApiErrorBody, EntriesPage as EntriesPageOf, Health, KflPosition } from '@trawl/api';
import type { Entry } from './entry';

export type {
  Completion,
  Health,
  HubStats as Stats,
  KflPosition,
  MapEdge,
  MapNode,
  ServiceMapResponse as ServiceMapData,
  TimeSeriesResponse as TimeSeries,
  TopResponse as Top,
  WorkerStatus,
} from '@trawl/api';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: KflPosition,
    readonly expected?: string[],
  ) {
    super(message);
  }
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 504;
  }
}

/** Appends a `token` parameter when the page was opened with one (EventSource cannot send headers). */
function withToken(path: string): string {
  if (typeof window === 'undefined') return path;
  const token = new URLSearchParams(window.location.search).get('token');
  if (!token) return path;
  return `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

export function apiUrl(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const qs = sp.toString();
  return withToken(qs ? `${path}?${qs}` : path);
}

export async function getJson<T>(path: string, params: Record<string, string | number | undefined | null> = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', 'the hub does not answer');
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const b = (body ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(res.status, b.error ?? `http_${res.status}`, b.message ?? `${res.status} ${res.statusText}`, b.position, b.expected);
  }
  if (body === undefined) throw new ApiError(res.status, 'bad_response', `the hub answered ${path} with something that is not JSON`);
  return body as T;
}

/** A page of `/api/entries`, entries typed as the views read them. */
export type EntriesPage = EntriesPageOf<Entry>;

/** /health answers 503 with a body when the store is down: that body is still the truth to show. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  let res: Response;
  try {
    res = await fetch(apiUrl('/health'), { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', 'the hub does not answer');
  }
  if (res.status === 502 || res.status === 504) throw new ApiError(res.status, 'unreachable', 'the hub does not answer');
  let body: Partial<Health>;
  try {
    body = (await res.json()) as Partial<Health>;
  } catch {
    throw new ApiError(res.status, 'bad_response', `/health answered ${res.status} without JSON`);
  }
  if (typeof body.status !== 'string') throw new ApiError(res.status, 'bad_response', `/health answered ${res.status} without a status`);
  return body as Health;
}
