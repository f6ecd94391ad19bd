// Loaded into every test process (scripts/run-tests.mjs). Property tests (fast-check) draw new
// cases on every local run, which is how they find bugs (a `__proto__` key, 2026-11-23); in CI
// they run one fixed seed, so CI's verdict depends on the code only. A failure prints the seed
// it ran with; TRAWL_FC_SEED replays it (or picks another for CI).
import fc from 'fast-check';

const seed = Number(process.env.TRAWL_FC_SEED) || (process.env.CI ? 20261123 : undefined);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
