/** Hand-written entries of every protocol shape fields.ts documents. Keyed by a short name. */
const base = (id: string, protocol: string, extra: Record<string, unknown>) => ({
  schema: 1,
  id,
  node: 'node-a',
  timestamp: 1_764_900_000_000,
  elapsedTime: 12.5,
  protocol: { name: protocol, version: '1.1', abbr: protocol.toUpperCase() },
  transport: protocol === 'dns' ? 'udp' : 'tcp',
  src: { ip: '10.1.0.7', port: 51514, name: 'frontend', namespace: 'production', kind: 'pod' },
  dst: { ip: '10.1.0.9', port: 8080, name: 'backend', namespace: 'production', kind: 'service' },
  requestSize: 200,
  responseSize: 100,
  ...extra,
});

const body = (text: string, size = text.length) => ({ text, size, captured: text.length, truncated: size > text.length, encoding: 'utf8' });

export const ENTRIES: Record<string, Record<string, unknown>> = {
  httpOk: base('http-ok', 'http', {
    request: { method: 'GET', path: '/api/users', url: '/api/users', queryString: {}, httpVersion: '1.1', headers: { authorization: 'Bearer x', 'user-agent': 'curl/8' }, body: null },
    response: { status: 200, statusText: 'OK', httpVersion: '1.1', headers: {}, body: body('{"user":{"id":7}}') },
  }),
  httpPost500: base('http-post-500', 'http', {
    elapsedTime: 2500,
    request: { method: 'POST', path: '/admin/orders', url: '/admin/orders', queryString: {}, httpVersion: '1.1', headers: { 'x-api-key': 'k' }, body: body('DROP TABLE users', 2_000_000) },
    response: { status: 503, statusText: 'Service Unavailable', httpVersion: '1.1', headers: {}, body: null },
  }),
  http404: base('http-404', 'http2', {
    src: { ip: '10.1.0.8', port: 4000, name: 'cron', namespace: 'batch' },
    dst: { ip: '10.1.0.10', port: 80, name: 'my-service', namespace: 'production' },
    elapsedTime: 600,
    request: { method: 'DELETE', path: '/api/users/1', url: '/api/users/1', queryString: {}, httpVersion: '2', headers: { authorization: '' }, body: null },
    response: { status: 404, statusText: 'Not Found', httpVersion: '2', headers: {}, body: null },
  }),
  grpcErr: base('grpc-err', 'grpc', {
    request: { method: 'POST', path: '/shop.Orders/Get', service: 'shop.Orders', rpc: 'Get', headers: {}, body: null },
    response: { status: 14, httpStatus: 200, statusText: 'unavailable', headers: {}, body: null },
  }),
  graphql: base('graphql', 'graphql', {
    request: { method: 'POST', path: '/graphql', query: 'mutation { addUser(name: "a") { id } }', headers: {}, body: null },
    response: { status: 200, statusText: 'OK', headers: {}, body: null },
  }),
  redisMiss: base('redis-miss', 'redis', {
    elapsedTime: 0.4,
    request: { command: 'GET', key: 'user:1', args: ['user:1'] },
    response: { status: 0, value: null, hit: false },
  }),
  redisHit: base('redis-hit', 'redis', {
    request: { command: 'GET', key: 'user:2', args: ['user:2'] },
    response: { status: 0, value: 'alice', hit: true },
  }),
  kafka: base('kafka', 'kafka', {
    request: { apiKey: 'Produce', apiVersion: 9, correlationId: 4, clientId: 'orders-svc', topic: 'orders', partition: 0 },
    response: { status: 0 },
  }),
  kafkaEvents: base('kafka-events', 'kafka', {
    request: { apiKey: 'Produce', apiVersion: 9, correlationId: 5, clientId: 'users-svc', topic: 'user-events', partition: 1 },
    response: { status: 0 },
  }),
  amqp: base('amqp', 'amqp', { request: { method: 'basic.publish', exchange: 'events', routingKey: 'user.created' }, response: null, elapsedTime: null }),
  postgresSlow: base('pg-slow', 'postgres', { elapsedTime: 1500, request: { query: 'SELECT * FROM users' }, response: { status: 0, rows: 10 } }),
  postgresErr: base('pg-err', 'postgres', { elapsedTime: 3, request: { query: 'SELEC 1' }, response: { status: 1, code: '42601', message: 'syntax error' } }),
  dns: base('dns', 'dns', { request: { name: 'api.example.com', type: 'A', id: 1 }, response: { status: 3, rcode: 'NXDOMAIN', answers: [] } }),
};

export type EntryName = keyof typeof ENTRIES;
