// A decoded request or response frame, as the session keeps it until its entry is built. Holds
// no view of the capture bytes (strings and numbers only).
import type { BodyOut } from './body.js';

export interface Message {
  kind: 'request' | 'response';
  correlationId: number;
  /** Request header (responses: copied from the request they answer, when known). */
  apiKey: number;
  apiVersion: number;
  clientId: string | null;
  headerTags?: number[];
  body: BodyOut | null;
  anomalies: string[];
  firstTs: number;
  lastTs: number;
  /** Bytes on the wire, size prefix included. */
  wireSize: number;
}

export function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
