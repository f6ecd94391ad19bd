/**
 * fast-check generators for the agreement test: entries drawn from small pools (so queries hit),
 * with wrong types, nulls and missing parts; queries from the grammar over fields that exist,
 * fields that do not, every operator, literal kind and macro.
 */
import fc from 'fast-check';

const STRINGS = ['', 'a', 'A', 'GET', 'get', 'POST', '200', '500', '1.5', '-1', '01', '1.', 'x-a', '/api', '/api/users', 'redis', 'http', 'é', 'ab*c', 'a?', 'user:1'];
const NUMBERS = [0, 1, -1, 2, 200, 404, 500, 503, 1.5, 1000, 0.25];

const str = fc.constantFrom(...STRINGS);
const num = fc.constantFrom(...NUMBERS);
const scalar = fc.oneof(fc.constant(null), fc.boolean(), num, str);
const mixed: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'name', 'x-a'), scalar, { maxKeys: 2 }) },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const obj = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;

const peer = obj({ ip: fc.constantFrom('10.0.0.1', '10.0.0.2'), port: fc.oneof(num, str), name: fc.oneof(str, fc.constantFrom('frontend', 'backend')), namespace: fc.constantFrom('prod', 'dev', '') });
const headers = fc.dictionary(fc.constantFrom('x-a', 'authorization', 'x-b', 'constructor'), fc.oneof(str, fc.array(str, { maxLength: 2 })), { maxKeys: 3 });
const body = fc.oneof(fc.constant(null), obj({ text: str, size: num, truncated: fc.boolean(), encoding: fc.constant('utf8') }));

export const entryArb = obj({
  protocol: fc.oneof(obj({ name: fc.oneof(fc.constantFrom('http', 'http2', 'grpc', 'redis', 'kafka', 'amqp', 'dns', 'graphql'), num) }), fc.constant(null)),
  transport: fc.constantFrom('tcp', 'udp'),
  timestamp: fc.oneof(fc.constantFrom(1000, 2000, 3000), str),
  elapsedTime: fc.oneof(num, fc.constant(null), str),
  src: peer,
  dst: peer,
  tls: mixed,
  request: fc.oneof(
    fc.constant(null),
    obj({
      method: fc.oneof(str, num),
      path: str,
      headers,
      body,
      args: fc.array(mixed, { maxLength: 3 }),
      x: mixed,
      flag: mixed,
      command: str,
      topic: str,
      tags: fc.array(obj({ name: scalar }), { maxLength: 3 }),
    }),
  ),
  response: fc.oneof(fc.constant(null), obj({ status: fc.oneof(num, str, fc.constant(null)), value: mixed, hit: mixed, headers, body })),
  requestSize: num,
});

const FIELDS = [
  'response.status', 'request.method', 'request.path', 'src.name', 'dst.namespace', 'elapsedTime', 'response.latency',
  'timestamp', 'protocol.name', 'src.port', 'requestSize', 'transport',
  'redis.command', 'kafka.topic', 'grpc.status', 'amqp.method', 'redis.hit', 'redis.response', 'dns.name',
  'request.headers["X-A"]', 'request.headers.authorization', 'request.headers.*', 'request.headers["constructor"]', 'request.body',
  'request.body.size', 'request.args[*]', 'request.args[0]', 'request.args[1]', 'request.x', 'request.x.a', 'request.x[*]',
  'request.flag', 'request.tags[*].name', 'request.missing', 'src.nope', 'response.value', 'response.value[*]', 'tls', 'request',
];
const field = fc.constantFrom(...FIELDS);
const quote = (s: string) => JSON.stringify(s);
const literal = fc.oneof(num.map(String), str.map(quote), fc.constantFrom('true', 'false', 'null', '5s', '-1', '"-0"'));
const cmpOp = fc.constantFrom('==', '!=', '>', '>=', '<', '<=');
const macro = fc.constantFrom('http', 'redis', 'kafka', 'error', 'timeout', 'tcp', 'udp', 'grpc', 'tls', 'http2', 'amqp');

const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(field, cmpOp, literal).map(([f, o, l]) => `${f} ${o} ${l}`) },
  { weight: 1, arbitrary: fc.tuple(literal, cmpOp, field).map(([l, o, f]) => `${l} ${o} ${f}`) },
  { weight: 2, arbitrary: fc.tuple(field, fc.constantFrom('contains', 'startsWith', 'endsWith'), str).map(([f, o, s]) => `${f} ${o} ${quote(s)}`) },
  { weight: 1, arbitrary: fc.tuple(field, fc.constantFrom('startsWith', 'contains')).chain(([f, o]) => str.map((s) => `${f}.${o}(${quote(s)})`)) },
  { weight: 2, arbitrary: fc.tuple(field, fc.array(literal, { maxLength: 3 })).map(([f, ls]) => `${f} in [${ls.join(', ')}]`) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(str.map(quote), num.map(String)), field).map(([k, f]) => `${k} in ${f}`) },
  { weight: 1, arbitrary: field.map((f) => `${f} exists`) },
  { weight: 1, arbitrary: field.map((f) => `exists(${f})`) },
  { weight: 2, arbitrary: field },
  { weight: 2, arbitrary: macro },
  { weight: 1, arbitrary: fc.tuple(field.filter((f) => !f.includes('*')), cmpOp, num).map(([f, o, n]) => `len(${f}) ${o} ${n}`) },
  { weight: 1, arbitrary: fc.tuple(field.filter((f) => !f.includes('*')), fc.constantFrom('lower', 'upper'), str).map(([f, fn, s]) => `${fn}(${f}) == ${quote(s)}`) },
  { weight: 1, arbitrary: fc.constantFrom('timestamp > now() - 1s', 'timestamp < seconds(1)', 'true', 'false', 'request.path matches r"^/a"', 'json(request.body).a == 1', 'request.x == response.value') },
);

export const queryArb: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('q'), fc.constantFrom('and', 'or', '&&', '||'), tie('q')).map(([a, o, b]) => `${a} ${o} ${b}`),
    tie('q').map((a) => `not (${a})`),
    tie('q').map((a) => `(${a})`),
    atom.map((a) => `!${a.includes(' ') ? `(${a})` : a}`),
  ),
})).q;
