import { accessSync, constants, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { versions } from 'node:process';

/** A CommonJS bundle loaded by `loadWithCodeCache`. */
export interface CachedModule {
  exports: Record<string, unknown>;
  /** Whether V8 used the cache file (false: it was missing, or made by another V8 or flags). */
  cacheUsed: boolean;
  /** Writes the cache when it was not used; call after the work, so it holds what was compiled. */
  saveCache(): void;
}

/**
 * Runs a CommonJS bundle with a V8 code cache kept beside it: the bytecode of every function a
 * previous run compiled, so a start skips parsing the bundle and compiling what it runs (Node 20
 * has no compile cache for ES modules). V8 checks a cache against its own version and flags and
 * ignores one that does not match (the next `saveCache` replaces it), but of the source it checks
 * only the length: the cache's name carries the file's size and modification time, so a bundle
 * rewritten in place never runs with the bytecode of the one before. The name also carries V8's
 * version, so two Node versions sharing a checkout do not overwrite each other's.
 */
export function loadWithCodeCache(file: string): CachedModule {
  const st = statSync(file);
  const cacheFile = `${file}.v8-${versions.v8}.${st.size}-${Math.trunc(st.mtimeMs)}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cacheUsed,
    saveCache() {
      if (cacheUsed) return;
      // A read-only install runs without a cache, and without making one each time for nothing.
      try {
        accessSync(dirname(file), constants.W_OK);
      } catch {
        return;
      }
      // Beside and renamed: a concurrent start never reads half a cache.
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
          // nothing was written
        }
      }
    },
  };
}
