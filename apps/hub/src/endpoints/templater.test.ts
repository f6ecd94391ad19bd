import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segmentKind } from './segment.js';
import { PathTemplater } from './templater.js';

describe('path templates', () => {
  // Real-looking paths → the template a user expects.
  const table: Array<[string, string]> = [
    ['/users/42', '/users/{id}'],
    ['/users/42/orders/7', '/users/{id}/orders/{id}'],
    ['/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301', '/orders/{uuid}'],
    ['/orders/3F2504E0-4F89-11D3-9A0C-0305E82C3301/items', '/orders/{uuid}/items'],
    ['/blobs/d41d8cd98f00b204e9800998ecf8427e', '/blobs/{hash}'],
    ['/commits/da39a3ee5e6b4b0d3255bfef95601890afd80709', '/commits/{hash}'],
    ['/reports/2024-01-31', '/reports/{date}'],
    ['/reports/20240131/summary', '/reports/{date}/summary'],
    ['/events/2024-01-31T10:00:00Z', '/events/{date}'],
    ['/tokens/01HZX3Q9K8M2N4P6R8T0V2W4Y6', '/tokens/{hash}'],
    ['/api/v1/health', '/api/v1/health'],
    ['/api/v2/users/me', '/api/v2/users/me'],
    ['/', '/'],
    ['/static/app.js', '/static/app.js'],
    ['/items/-5', '/items/{id}'],
    ['/a//b', '/a//b'],
  ];
  for (const [path, want] of table) {
    test(`${path} → ${want}`, () => assert.equal(new PathTemplater().template('svc GET', path), want));
  }

  test('words and versions stay literal; short hex words are not hashes', () => {
    for (const s of ['users', 'v1', 'v2beta1', 'cafe', 'deadbeef', 'me', 'index.html']) assert.equal(segmentKind(s), 'literal', s);
  });

  test('high-cardinality literal siblings fold into {param}, later paths take it', () => {
    const t = new PathTemplater({ maxSiblings: 5 });
    const names = ['alice', 'bob', 'carol', 'dave', 'erin'];
    for (const n of names) assert.equal(t.template('svc GET', `/users/${n}/profile`), `/users/${n}/profile`);
    assert.equal(t.folds, 0);
    assert.equal(t.template('svc GET', '/users/frank/profile'), '/users/{param}/profile');
    assert.equal(t.folds, 1);
    assert.equal(t.template('svc GET', '/users/alice/profile'), '/users/{param}/profile');
    assert.equal(t.template('svc GET', '/users/zed/settings'), '/users/{param}/settings');
    // Another scope (service + method) learns on its own.
    assert.equal(t.template('svc POST', '/users/alice/profile'), '/users/alice/profile');
  });

  test('repeated paths get the same answers as walking each time (remembered until a fold)', () => {
    const t = new PathTemplater({ maxSiblings: 3 });
    const asked = ['/a/x/1', '/a/y/2', '/a/x/1', '/a/z/3', '/a/y/2', '/a/w/4', '/a/x/1'];
    const got = asked.map((p) => t.template('svc GET', p));
    assert.deepEqual(got, ['/a/x/{id}', '/a/y/{id}', '/a/x/{id}', '/a/z/{id}', '/a/y/{id}', '/a/{param}/{id}', '/a/{param}/{id}']);
    // Over the node budget nothing is remembered: each walk counts the literal it could not keep.
    const b = new PathTemplater({ maxNodes: 1, maxSiblings: 1000 });
    b.template('svc GET', '/kept');
    for (let i = 0; i < 3; i++) assert.equal(b.template('svc GET', '/other'), '/{param}');
    assert.equal(b.overflowed, 3);
  });

  test('the node budget bounds memory: past it, new literals are parameters and counted', () => {
    const t = new PathTemplater({ maxNodes: 10, maxSiblings: 1000 });
    for (let i = 0; i < 100; i++) t.template('svc GET', `/p${String.fromCharCode(97 + (i % 26))}${i}/x`);
    assert.ok(t.size <= 12, `nodes ${t.size}`);
    assert.ok(t.overflowed > 0);
  });
});
