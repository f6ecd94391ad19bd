/** Building KFL clauses from values the user clicks, and the example queries of KFL.md. */

/** A KFL string literal (double quotes; backslash and quote escaped). */
export function kflString(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A literal for a value of any JSON type. */
export function kflLiteral(v: string | number | boolean | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : kflString(String(v));
  if (typeof v === 'boolean') return String(v);
  return kflString(v);
}

export function clause(field: string, value: string | number | boolean | null, op: '==' | '!=' = '=='): string {
  return `${field} ${op} ${kflLiteral(value)}`;
}

/** `q and clause`, parenthesising `q` when it has a top-level `or` (so the new clause narrows all of it). */
export function addClause(q: string, c: string): string {
  const t = q.trim();
  if (!t) return c;
  if (t === c || t.endsWith(` and ${c}`)) return t;
  const needsParens = /\bor\b|\|\|/.test(t) && !(t.startsWith('(') && t.endsWith(')'));
  return `${needsParens ? `(${t})` : t} and ${c}`;
}

/** The queries users already write (KFL.md), for the cheat sheet. */
export const EXAMPLES: readonly { q: string; what: string }[] = [
  { q: 'http', what: 'all HTTP traffic' },
  { q: 'response.status >= 400', what: 'client and server errors' },
  { q: 'http and response.status >= 500 and response.status < 600', what: 'server errors' },
  { q: 'response.latency > 1000', what: 'slower than a second' },
  { q: 'request.method == "POST"', what: 'POST requests' },
  { q: 'request.path == "/api/users"', what: 'one path' },
  { q: 'request.path contains "/admin"', what: 'paths containing /admin' },
  { q: 'dst.name == "my-service"', what: 'to one service' },
  { q: 'src.name == "frontend" and dst.name == "backend"', what: 'between two services' },
  { q: 'src.namespace == "production"', what: 'from one namespace' },
  { q: 'request.headers["Authorization"] exists', what: 'with an Authorization header' },
  { q: 'http and not request.headers["Authorization"]', what: 'HTTP without Authorization' },
  { q: 'request.body.size > 1000000', what: 'request bodies over 1 MB' },
  { q: 'request.body contains "DROP TABLE"', what: 'bodies containing a string' },
  { q: 'redis', what: 'all Redis commands' },
  { q: 'redis.command == "GET" and redis.response == null', what: 'Redis GET misses' },
  { q: 'kafka.topic == "orders"', what: 'one Kafka topic' },
  { q: 'grpc and response.status != 0', what: 'failed gRPC calls' },
  { q: 'graphql and request.query contains "mutation"', what: 'GraphQL mutations' },
  { q: 'postgres and response.latency > 500', what: 'slow Postgres queries' },
];
