import type { Dissector } from './types.js';

/**
 * The dissectors an engine probes, in order. A new protocol plugs in by being registered here;
 * the engine never names a protocol.
 */
export class DissectorRegistry {
  private readonly list: Dissector[] = [];

  constructor(dissectors: Iterable<Dissector> = []) {
    for (const d of dissectors) this.register(d);
  }

  register(dissector: Dissector): this {
    if (this.list.some((d) => d.name === dissector.name)) {
      throw new Error(`dissector "${dissector.name}" is already registered`);
    }
    this.list.push(dissector);
    return this;
  }

  forTransport(transport: 'tcp' | 'udp'): Dissector[] {
    return this.list.filter((d) => d.transport === transport);
  }

  get names(): string[] {
    return this.list.map((d) => d.name);
  }
}
