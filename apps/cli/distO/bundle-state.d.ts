/**
 * Whether dist/bundle/ (scripts/bundle.mjs: the CLI and the packages it imports in a few files)
 * is current, i.e. built after every file it was built from was last written. A bare
 * `tsc -b tsconfig.build.json` re-emits packages/ without re-bundling; the launcher then runs the
 * modules tsc emitted instead of a bundle with yesterday's engine in it.
 *
 * Costs one small JSON read and six stats (~0.1 ms); the bundle saves ~100 ms of module resolution
 * and compilation on every start.
 */
export declare const BUNDLE_DIR: string;
export declare const BUNDLE_MANIFEST = "manifest.json";
/** What scripts/bundle.mjs writes last into the bundle. */
export interface BundleManifest {
    /** When bundling started: a witness written later means the bundle may be stale. */
    builtAtMs: number;
    /**
     * Files rewritten whenever a bundled file changes (each project's *.tsbuildinfo, pnpm's
     * node_modules/.modules.yaml), relative to BUNDLE_DIR.
     */
    witnesses: string[];
}
export type BundleState = 'current' | 'stale' | 'missing';
export declare function bundleState(dir?: string): BundleState;
