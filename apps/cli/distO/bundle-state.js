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
export function bundleState(dir = BUNDLE_DIR) {
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(join(dir, BUNDLE_MANIFEST), 'utf8'));
    }
    catch {
        return 'missing';
    }
    for (const file of manifest.witnesses) {
        const st = statSync(join(dir, file), { throwIfNoEntry: false });
        if (st === undefined || st.mtimeMs > manifest.builtAtMs)
            return 'stale';
    }
    return 'current';
}
//# sourceMappingURL=bundle-state.js.map