// A hub API over a temp store filled with synthetic entries (timestamps in the last minutes), serving
// apps/web/out: for looking at the map and the dashboard without capturing anything.
//   node --import tsx e2e/web/devhub.ts [port] [entries]
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { testApi } from '../../apps/hub/src/test-support/api.js';
import { makeEntries } from '../../apps/hub/src/test-support/entries.js';
import { listen } from '../../apps/hub/src/api/server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.argv[2] ?? 8897);
const n = Number(process.argv[3] ?? 3000);
const api = testApi({ staticDir: join(root, 'apps/web/out') });
const t0 = Date.now() - n * 150;
api.store.insert(makeEntries(0, n, { t0 }).map((e, i) => ({ ...e, timestamp: t0 + i * 150 })));
const s = await listen(api.app, '127.0.0.1', port);
console.log(`dev hub ${s.url} (${n} entries)`);
