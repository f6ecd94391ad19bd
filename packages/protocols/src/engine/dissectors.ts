import { amqpDissector } from '../amqp/index.js';
import { dnsDissector, dnsTcpDissector } from '../dns/index.js';
import { graphqlEnricher } from '../graphql/index.js';
import { createGrpcDissector } from '../grpc/index.js';
import { http1Dissector } from '../http1/index.js';
import { kafkaDissector } from '../kafka/index.js';
import { mysqlDissector } from '../mysql/index.js';
import { postgresDissector } from '../postgres/index.js';
import { redisDissector } from '../redis/index.js';
import { DissectorRegistry } from './registry.js';

export interface DissectorOptions {
  /** Binary protobuf FileDescriptorSets: gRPC messages are decoded with field and enum names. */
  grpcDescriptorSets?: readonly Uint8Array[];
}

/**
 * Every dissector trawl ships, in probing order. A new protocol is added here. Detection is by
 * content and each detector is strict, so the order only matters where two could claim the same
 * first bytes (HTTP/2's preface looks like an HTTP/1 request line: HTTP/2 goes first). HTTP/2
 * includes gRPC (gRPC streams are HTTP/2 streams, refined). GraphQL is an enricher: HTTP entries whose
 * request is a GraphQL operation become `graphql` entries.
 */
export function defaultDissectors(options: DissectorOptions = {}): DissectorRegistry {
  return new DissectorRegistry([
    createGrpcDissector({ descriptorSets: options.grpcDescriptorSets }),
    http1Dissector,
    redisDissector,
    postgresDissector,
    mysqlDissector,
    amqpDissector,
    kafkaDissector,
    dnsTcpDissector,
    dnsDissector,
  ], [graphqlEnricher]);
}
