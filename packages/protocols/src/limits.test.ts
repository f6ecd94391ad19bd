import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LIMITS, parseLimitSetting, parseLimitSettings } from './limits.js';

test('a --engine-limit setting is NAME=VALUE with a known name and a whole number ≥ 1', () => {
  assert.deepEqual(parseLimitSetting('maxConnections=500000'), { name: 'maxConnections', value: 500_000 });
  assert.deepEqual(parseLimitSetting(' idleTimeoutMs = 30_000 '), { name: 'idleTimeoutMs', value: 30_000 });
  assert.deepEqual(parseLimitSettings(['maxBodyBytes=1', 'maxHeaderBytes=9', 'maxBodyBytes=2']), { maxBodyBytes: 2, maxHeaderBytes: 9 });
  assert.throws(() => parseLimitSetting('maxconnections=5'), /unknown engine limit "maxconnections" \(NAME=VALUE, one of: maxBodyBytes,/);
  assert.throws(() => parseLimitSetting('toString=5'), /unknown engine limit "toString"/, 'not an inherited member');
  assert.throws(() => parseLimitSetting('__proto__=5'), /unknown engine limit/);
  for (const bad of ['maxConnections', 'maxConnections=', 'maxConnections=0', 'maxConnections=-3', 'maxConnections=2.5', 'maxConnections=1e6', 'maxConnections=_1', `maxConnections=${2 ** 60}`]) {
    assert.throws(() => parseLimitSetting(bad), new RegExp(`engine limit maxConnections needs a whole number ≥ 1, not ".*" \\(default ${DEFAULT_LIMITS.maxConnections}\\)`), bad);
  }
});
