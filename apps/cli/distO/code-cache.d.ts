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
export declare function loadWithCodeCache(file: string): CachedModule;
