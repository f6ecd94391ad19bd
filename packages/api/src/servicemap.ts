/** `GET /api/servicemap?q=&from=&to=` (apps/hub/src/query/servicemap.ts). */

export interface MapNode {
  /** `namespace/name`, `name`, or the ip when the end has no name. */
  id: string;
  name: string | null;
  ip: string | null;
  kind: string | null;
  namespace: string | null;
  /** Entries in which this node is an end. */
  count: number;
}

export interface MapEdge {
  source: string;
  target: string;
  protocol: string | null;
  count: number;
  errors: number;
  /** Latency percentiles in ms over entries with a latency; null when none had one. */
  p50: number | null;
  p95: number | null;
}

export interface ServiceMapResponse {
  from: number | null;
  to: number | null;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Entries that went into the map. */
  entries: number;
  /** The range held more matching entries than a map reads (the newest were used). */
  truncated: boolean;
}
