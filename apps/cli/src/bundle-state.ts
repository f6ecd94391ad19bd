import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Whether dist/bundle/ (scripts/bundle.mjs: the CLI and the packages it imports in a few files)
 * is current, i.e. built after every file it was built from was last written. A bare
 * `tsc -b tsconfig.build.json` re-emits packages/ without re-bundling; the launcher then runs the
 * modules tsc emitted instead of a bundle with yesterday's engine in it.
 *
 * Costs one small JSON read and six stats (~0.1 ms); the bundle saves ~100 ms of module resolution
 * and compilation on every start.
 */
export const BUNDLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bundle');
export const BUNDLE_MANIFEST = 'manifest.json';

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

export function bundleState(dir = BUNDLE_DIR): BundleState {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, BUNDLE_MANIFEST), 'utf8')) as BundleManifest;
  } catch {
    return 'missing';
  }
  for (const file of manifest.witnesses) {
    const st = statSync(join(dir, file), { throwIfNoEntry: false });
    if (st === undefined || st.mtimeMs > manifest.builtAtMs) return 'stale';
  }
  return 'current';
}
