/**
 * The traffic overview (`/api/traffic/*`): bytes and packets between the ends the workers name,
 * from their L4 counters (every packet, whatever its protocol, parsed or not), per minute.
 * `local` is traffic between ends trawl knows (pods, services, processes, hosts); `external` has
 * an end outside them.
 */

/** An end as the overview groups it: by name (and namespace) when named, else by address. */
export interface TrafficEnd {
  /** `pod`, `service`, `process`, `host`, `external`, or `ip` for an unnamed address. */
  kind: string;
  namespace: string | null;
  /** The name, or the address when unnamed. */
  name: string;
}

export interface TrafficCounts {
  bytes: number;
  packets: number;
}

/** `GET /api/traffic/total`. */
export interface TrafficTotalResponse {
  from: number;
  to: number;
  total: TrafficCounts;
  local: TrafficCounts;
  external: TrafficCounts;
  /** Worker nodes that reported in the range. */
  nodes: string[];
}

/** One end's row of `GET /api/traffic/overview`. */
export interface TrafficOverviewRow extends TrafficEnd {
  sent: { local: TrafficCounts; external: TrafficCounts };
  received: { local: TrafficCounts; external: TrafficCounts };
  /** sent + received bytes: the order of the rows. */
  bytes: number;
}

export interface TrafficOverviewResponse {
  from: number;
  to: number;
  ends: TrafficOverviewRow[];
  /** Ends beyond `limit`, left out. */
  more: number;
}

/** One row of `GET /api/traffic/flow`: a direction between two ends. */
export interface TrafficFlowRow extends TrafficCounts {
  src: TrafficEnd;
  dst: TrafficEnd;
  transport: 'tcp' | 'udp';
  external: boolean;
}

export interface TrafficFlowResponse {
  from: number;
  to: number;
  flows: TrafficFlowRow[];
  more: number;
}
