import type { Dissector, EntryEnricher } from './types.js';

/**
 * The dissectors an engine probes, in order. A new protocol plugs in by being registered here;
 * the engine never names a protocol.
 */
export class DissectorRegistry {
  private readonly list: Dissector[] = [];
  /** Run on every entry before it leaves the engine, in order (e.g. GraphQL over HTTP). */
  readonly enrichers: EntryEnricher[] = [];

  constructor(dissectors: Iterable<Dissector> = [], enrichers: Iterable<EntryEnricher> = []) {
    for (const d of dissectors) this.register(d);
    for (const e of enrichers) this.enrichers.push(e);
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
