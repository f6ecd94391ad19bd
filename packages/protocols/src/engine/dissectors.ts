import { http1Dissector } from '../http1/index.js';
import { DissectorRegistry } from './registry.js';

/** Every dissector trawl ships, in probing order. A new protocol is added here. */
export function defaultDissectors(): DissectorRegistry {
  return new DissectorRegistry([http1Dissector]);
}
