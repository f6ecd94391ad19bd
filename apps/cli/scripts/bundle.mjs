#!/usr/bin/env node
// Bundles the CLI that tsc emitted (dist/cli.js) and the workspace packages it imports into
// dist/bundle/: `trawl read` then loads one file instead of ~180 modules (start-up ~0.25 s → ~0.15 s).
// Run after `tsc -b tsconfig.build.json` (the root `build` script and scripts/ensure.sh do both).
//
// - ESM with code splitting: the lazily imported commands (kfl with Chevrotain, start with NATS,
//   endpoints, clean) stay separate chunks that `read` never loads.
// - Bundled from tsc's output, not from src/: the code is exactly what tsc checked and emitted.
// - Native addons stay external (they are loaded from node_modules as before), and so does
//   @kubernetes/client-node (tap, clean --kube): large, and never on the path of read or start.
// - Written to a fresh folder, then swapped in; manifest.json (last) names the files whose change
//   makes the bundle stale, so src/bundle-state.ts can tell a stale bundle from a current one.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(cli, '../..');
const out = join(cli, 'dist/bundle');
const EXTERNAL = ['cap', 'better-sqlite3', '@kubernetes/client-node'];

function loadEsbuild() {
  return createRequire(join(cli, 'package.json'))('esbuild');
}

const builtAtMs = Date.now();
const tmp = `${out}.tmp`;
rmSync(tmp, { recursive: true, force: true });
const esbuild = loadEsbuild();
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { cli: join(cli, 'dist/cli.js') },
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS dependencies (tweetnacl under NATS) require() Node's built-ins: ESM has no require.
  banner: { js: "import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// `read` alone as one CommonJS file (dist/read-main.js and what it imports, --filter's KFL
// included): src/main.ts runs it with a V8 code cache, which Node 20 offers for scripts only.
const readResult = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { read: join(cli, 'dist/read-main.js') },
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
Object.assign(result.metafile.inputs, readResult.metafile.inputs);

// Witnesses of a change to the ~1,000 files bundled, a handful to stat at start-up instead of all
// (~0.1 ms instead of ~3 ms): tsc rewrites a project's *.tsbuildinfo whenever it emits into that
// project (and when a project it references changed), pnpm rewrites node_modules/.modules.yaml on
// every install. Paths are relative to the bundle folder: the check must not depend on where the
// repository is.
const witnesses = new Set();
for (const input of Object.keys(result.metafile.inputs).map((f) => resolve(root, f))) {
  if (input.includes('/node_modules/')) {
    witnesses.add(join(root, 'node_modules/.modules.yaml'));
    continue;
  }
  let dir = dirname(input);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  for (const f of readdirSync(dir)) if (f.endsWith('.tsbuildinfo')) witnesses.add(join(dir, f));
}
const files = [...witnesses].sort().map((f) => relative(out, f));
mkdirSync(tmp, { recursive: true });
writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ builtAtMs, witnesses: files }, null, 1) + '\n');
rmSync(out, { recursive: true, force: true });
renameSync(tmp, out);

// Prime read.cjs's code cache by reading this repository's own captures (every protocol), so
// the first `trawl read` starts as fast as the next. Some of them are damaged on purpose (exit 1,
// still a cache); without one the first run a user makes writes it.
const captures = readdirSync(join(root, 'packages/protocols/src'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(root, 'packages/protocols/src', d.name, 'captures');
    return existsSync(dir) ? readdirSync(dir).filter((f) => /\.pcap(ng)?$/.test(f)).map((f) => join(dir, f)) : [];
  });
const primed = spawnSync(process.execPath, [join(cli, 'dist/main.js'), 'read', ...captures], { stdio: ['ignore', 'ignore', 'pipe'] });
if (!readdirSync(out).some((f) => f.startsWith('read.cjs.') && f.endsWith('.cache'))) {
  console.warn(`bundle: no code cache for read.cjs (trawl read exited ${primed.status}):\n${primed.stderr}`);
}
