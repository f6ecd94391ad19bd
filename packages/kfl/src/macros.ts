/**
 * Built-in macros. A macro is a whole word that stands for a condition; users add their own through
 * `ParseOptions.macros` (`{ slow: 'response.latency > 1000' }`), which may use the built-ins.
 */
const HTTP_LIKE = '["http", "http2", "graphql"]';

export const BUILTIN_MACROS: Readonly<Record<string, string>> = {
  http: 'protocol.name in ["http", "http2"]',
  http2: 'protocol.name == "http2"',
  grpc: 'protocol.name == "grpc"',
  graphql: 'protocol.name == "graphql"',
  gql: 'protocol.name == "graphql"',
  redis: 'protocol.name == "redis"',
  kafka: 'protocol.name == "kafka"',
  amqp: 'protocol.name == "amqp"',
  rabbitmq: 'protocol.name == "amqp"',
  postgres: 'protocol.name == "postgres"',
  mysql: 'protocol.name == "mysql"',
  dns: 'protocol.name == "dns"',
  tcp: 'transport == "tcp"',
  udp: 'transport == "udp"',
  tls: 'tls',
  /** HTTP-like: status ≥ 400; every other protocol: a status other than 0. */
  error: `(protocol.name in ${HTTP_LIKE} and response.status >= 400) or (not protocol.name in ${HTTP_LIKE} and response.status != null and response.status != 0)`,
  /** A request that never got a response. */
  timeout: 'request != null and response == null',
};

export const MACRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
