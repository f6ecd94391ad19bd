#!/usr/bin/env node
// The `trawl` entry point. It runs the bundle (dist/bundle/) when it is current: one file for
// `read` instead of ~180 modules to resolve and compile. `read` has a bundle of its own
// (read.cjs), run with a V8 code cache (src/code-cache.ts): its start-up is most of a small
// capture's time. Otherwise (only `tsc -b` ran since the last bundle, or TRAWL_BUNDLE=0) it runs
// the same program from the modules tsc emitted, slower to start and never stale.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { BUNDLE_DIR, bundleState } from './bundle-state.js';
import { loadWithCodeCache } from './code-cache.js';
// A smaller cumulative inlining budget lets TurboFan finish sooner: a `read` of ~100k packets spends
// most of its time warming the JIT on one core (its first 5,000 entries run unoptimised), and this
// cut that run's CPU time by ~10–15 % (measured interleaved, HTTP/1, HTTP/2, Redis, Kafka files),
// steady state unchanged. Set before the program is loaded, so every function it compiles sees it
// (and the code cache, which V8 ties to the flags, always sees the same ones).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
const bundled = process.env.TRAWL_BUNDLE !== '0' && bundleState() === 'current';
const readBundle = join(BUNDLE_DIR, 'read.cjs');
if (bundled && process.argv[2] === 'read' && existsSync(readBundle)) {
    const read = loadWithCodeCache(readBundle);
    const startRead = read.exports.startRead;
    const code = await startRead(process.argv.slice(3));
    read.saveCache();
    process.exitCode = code;
}
else {
    await import(bundled ? pathToFileURL(join(BUNDLE_DIR, 'cli.js')).href : './cli.js');
}
//# sourceMappingURL=main.js.map