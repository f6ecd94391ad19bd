// The webhook template renderer the hub sends with and the UI previews with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTemplate, DEFAULT_TEMPLATE, renderTemplate, TemplateError, templateProblem } from './template.js';

const entry = {
  src: { name: 'frontend' },
  dst: { name: 'orders', port: 8080 },
  request: { method: 'GET', path: '/api/orders/7', headers: { 'user-agent': 'curl/8', 'x-list': ['a', 'b'] } },
  response: { status: 503, body: null },
  elapsedTime: 12.5,
};

test('placeholders render entry paths; missing ones say <no value>, objects are JSON', () => {
  assert.equal(renderTemplate(DEFAULT_TEMPLATE, entry), 'frontend → orders: GET /api/orders/7 503');
  assert.equal(
    renderTemplate('{{ .request.headers.User-Agent }} {{.request.headers.x-list}} {{.response.body}} {{.missing.deep}} {{.dst}}', entry),
    'curl/8 ["a","b"] <no value> <no value> {"name":"orders","port":8080}',
  );
  assert.equal(renderTemplate('no placeholders, {single} braces', entry), 'no placeholders, {single} braces');
  assert.equal(renderTemplate('{{.elapsedTime}} {{.request.headers.x-list.0}}', entry), '12.5 a');
});

test('a long value is cut at 1,000 characters', () => {
  const out = renderTemplate('{{.}}', { s: 'x'.repeat(2_000) });
  assert.equal(out.length, 1_001);
  assert.ok(out.endsWith('…'));
});

test('a "{{" that opens no placeholder is refused, saying where', () => {
  for (const [t, at] of [['{{ oops', 0], ['a {{.ok}} b {{', 12], ['hi {{ range .x }}', 3]] as const) {
    const problem = templateProblem(t);
    assert.equal(problem, `"{{" at offset ${at} is not a placeholder like {{.request.path}}`, t);
    assert.throws(() => checkTemplate(t), (e: unknown) => e instanceof TemplateError && e.message === problem && e.name === 'TemplateError');
  }
  for (const t of ['{{.ok}}', '{{ .a.b }}', DEFAULT_TEMPLATE, '']) {
    assert.equal(templateProblem(t), null, t);
    checkTemplate(t);
  }
});
