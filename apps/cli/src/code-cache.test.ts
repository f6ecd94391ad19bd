import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Each load runs in a process of its own: within one, V8's in-memory compilation cache would
// answer a second compile of the same source before the cache file is even looked at.
const codeCache = resolve(fileURLToPath(import.meta.url), '../../dist/code-cache.js');

interface Load {
  cacheUsed: boolean;
  result: number;
  requireWorks: string;
}

function load(file: string, save = true, uid?: number, module = codeCache): Load {
  const program = `
    import { loadWithCodeCache } from ${JSON.stringify(module)};
    const m = loadWithCodeCache(${JSON.stringify(file)});
    const result = m.exports.f(21);
    ${save ? 'm.saveCache();' : ''}
    process.stdout.write(JSON.stringify({ cacheUsed: m.cacheUsed, result, requireWorks: m.exports.requireWorks }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8', ...(uid === undefined ? {} : { uid, gid: uid }) });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Load;
}

function bundleIn(dir: string): string {
  const file = join(dir, 'bundle.cjs');
  writeFileSync(file, 'exports.f = (n) => n * 2;\nexports.requireWorks = typeof require("node:path").join;\n');
  return file;
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));

test('the first load writes a cache the next load uses; the module works either way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-code-cache-'));
  const file = bundleIn(dir);
  assert.deepEqual(load(file), { cacheUsed: false, result: 42, requireWorks: 'function' });
  assert.equal(cacheFiles(dir).length, 1);
  assert.ok(cacheFiles(dir)[0].startsWith(`bundle.cjs.v8-${process.versions.v8}.`), cacheFiles(dir)[0]);
  const written = readFileSync(join(dir, cacheFiles(dir)[0]));

  assert.deepEqual(load(file), { cacheUsed: true, result: 42, requireWorks: 'function' });
  assert.deepEqual(readFileSync(join(dir, cacheFiles(dir)[0])), written, 'a cache that was used is left alone');
});

test('a damaged cache, or one made for other source, is ignored and replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-code-cache-'));
  const file = bundleIn(dir);
  load(file);
  const cache = join(dir, cacheFiles(dir)[0]);

  writeFileSync(cache, Buffer.from('not a V8 code cache at all'));
  assert.deepEqual(load(file), { cacheUsed: false, result: 42, requireWorks: 'function' });
  assert.equal(load(file).cacheUsed, true, 'replaced by a good one');

  // The bundle rewritten in place with other code of the same length (V8 itself compares only
  // the length): the old cache must not be used for it.
  const source = readFileSync(file, 'utf8');
  const other = source.replace('n * 2', 'n * 3');
  assert.equal(other.length, source.length);
  writeFileSync(file, other);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
  assert.deepEqual(load(file), { cacheUsed: false, result: 63, requireWorks: 'function' });
  assert.equal(load(file).result, 63);
});

test('a cache that cannot be written is no error (read-only checkout) and leaves no temporary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-code-cache-'));
  const file = bundleIn(dir);
  load(file);
  // The cache's name taken by a non-empty directory: the rename fails even for root.
  const name = cacheFiles(dir)[0];
  rmSync(join(dir, name));
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'x'), '');
  assert.deepEqual(load(file), { cacheUsed: false, result: 42, requireWorks: 'function' });
  assert.deepEqual(readdirSync(dir).sort(), ['bundle.cjs', name]);
});

const asRoot = process.getuid?.() === 0;
test('a folder the user cannot write to: it runs without a cache and writes nothing', { skip: asRoot ? false : 'needs root to run the load as another user' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-code-cache-'));
  const file = bundleIn(dir);
  chmodSync(dir, 0o755);
  // The loader beside the bundle: the checkout itself may be in a folder only root can enter.
  const loader = join(dir, 'code-cache.mjs');
  writeFileSync(loader, readFileSync(codeCache));
  const nobody = 65534;
  assert.deepEqual(load(file, true, nobody, loader), { cacheUsed: false, result: 42, requireWorks: 'function' });
  assert.deepEqual(readdirSync(dir).sort(), ['bundle.cjs', 'code-cache.mjs']);
  // The same load by the folder's owner makes the cache.
  load(file);
  assert.equal(cacheFiles(dir).length, 1);
});
