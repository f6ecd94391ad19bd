import { amqpDissector } from '../amqp/index.js';
import { http1Dissector } from '../http1/index.js';
import { mysqlDissector } from '../mysql/index.js';
import { postgresDissector } from '../postgres/index.js';
import { redisDissector } from '../redis/index.js';
import { DissectorRegistry } from './registry.js';

/**
 * Every dissector trawl ships, in probing order. A new protocol is added here. Detection is by
 * content and each detector is strict, so the order only matters where two could claim the same
 * first bytes (HTTP/2's preface looks like an HTTP/1 request line: HTTP/2 goes first).
 */
export function defaultDissectors(): DissectorRegistry {
  return new DissectorRegistry([http1Dissector, redisDissector, postgresDissector, mysqlDissector, amqpDissector]);
}
