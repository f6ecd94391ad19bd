/**
 * OpenAPI 3.1 for one service, inferred from its traffic: one path per template (parameters named
 * after their kind, numbered when a template repeats a kind: `/a/{id}/b/{id2}`), query parameters
 * seen, request and response bodies as JSON Schema from the JSON bodies observed. What traffic
 * cannot show (auth schemes, optionality of query parameters, non-JSON bodies' schemas) is left
 * out rather than guessed.
 */
import type { Endpoint } from './inventory.js';
import { publicSchema } from './schema-infer.js';

const PARAM_SCHEMA: Record<string, Record<string, unknown>> = {
  id: { type: 'integer' },
  uuid: { type: 'string', format: 'uuid' },
  date: { type: 'string' },
  hash: { type: 'string' },
  param: { type: 'string' },
};

const STATUS_TEXT: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No Content', '400': 'Bad Request', '401': 'Unauthorized', '403': 'Forbidden', '404': 'Not Found', '500': 'Internal Server Error' };

/** `/users/{id}/posts/{id}` → `/users/{id}/posts/{id2}` and the parameters, in order. */
export function openapiPath(template: string): { path: string; params: Array<{ name: string; kind: string }> } {
  const seen = new Map<string, number>();
  const params: Array<{ name: string; kind: string }> = [];
  const path = template.replace(/\{(\w+)\}/g, (_m, kind: string) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    const name = n === 1 ? kind : `${kind}${n}`;
    params.push({ name, kind });
    return `{${name}}`;
  });
  return { path, params };
}

export function openapiDocument(service: string, endpoints: readonly Endpoint[], version = '0.1.0'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const ep of endpoints) {
    const { path, params } = openapiPath(ep.template);
    const method = ep.method.toLowerCase();
    if (!/^(get|put|post|delete|options|head|patch|trace)$/.test(method)) continue;
    const parameters = [
      ...params.map((p) => ({ name: p.name, in: 'path', required: true, schema: PARAM_SCHEMA[p.kind] ?? { type: 'string' } })),
      ...ep.queryParams.map((q) => ({ name: q, in: 'query', required: false, schema: { type: 'string' } })),
    ];
    const responses: Record<string, unknown> = {};
    for (const status of Object.keys(ep.statuses).sort()) {
      const schema = ep.responseSchemas[status];
      responses[status] = {
        description: STATUS_TEXT[status] ?? `HTTP ${status}`,
        ...(schema ? { content: { 'application/json': { schema: publicSchema(schema) } } } : {}),
      };
    }
    if (Object.keys(responses).length === 0) responses.default = { description: 'no response captured' };
    const operation: Record<string, unknown> = {
      operationId: `${method}_${ep.id}`,
      summary: `${ep.method} ${ep.template}`,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(ep.requestSchema ? { requestBody: { content: { 'application/json': { schema: publicSchema(ep.requestSchema) } } } } : {}),
      responses,
      'x-trawl': { count: ep.count, firstSeen: new Date(ep.firstSeen).toISOString(), lastSeen: new Date(ep.lastSeen).toISOString() },
    };
    (paths[path] ??= {})[method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: service, version, description: `Inferred by trawl from captured traffic to ${service}.` },
    paths,
  };
}
