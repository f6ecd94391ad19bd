/**
 * The endpoint inventory: `GET /api/endpoints` (apps/hub/src/endpoints/inventory.ts
 * `endpointSummary`), `GET /api/endpoints/services`, `DELETE /api/endpoints`.
 */

/** The latest call seen on an endpoint (bodies cut to the inventory's example size). */
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
  /** The path template, `{id}`-style parameters for the varying segments. */
  template: string;
  protocol: string;
  firstSeen: number;
  lastSeen: number;
  count: number;
  /** Calls per status code. */
  statuses: Record<string, number>;
  latency: EndpointLatency;
  queryParams: string[];
  healthCheck: boolean;
  /** Moves when the endpoint's shape changes. */
  revision: number;
  example: EndpointExample;
}

export interface InventoryCounters {
  entriesSeen: number;
  entriesUsed: number;
  healthChecks: number;
  droppedEndpoints: number;
}

export interface EndpointsResponse {
  endpoints: EndpointSummary[];
  total: number;
  counters: InventoryCounters;
}

/** `GET /api/endpoints/services`. */
export interface EndpointServicesResponse {
  services: string[];
}

/** `DELETE /api/endpoints`: how many endpoints were forgotten. */
export interface EndpointsClearedResponse {
  cleared: number;
}
