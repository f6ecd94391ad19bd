// The shared fixture captures by MANIFEST protocol guess, and a detector that counts the
// connections it claims (for negative detection tests over whole captures).
import { existsSync, readFileSync } from 'node:fs';
import { CapturePipeline } from '../../engine/pipeline.js';
import type { Dissector } from '../../engine/types.js';
import { FIXTURES } from '../../http1/test-support/manifest.js';

export { FIXTURES };

export interface FixtureCapture {
  path: string;
  protocol: string;
  decodeAs: string;
  /** MANIFEST columns by name. */
  row: Record<string, string>;
}

export function fixtureCaptures(): FixtureCapture[] {
  const file = `${FIXTURES}/MANIFEST.tsv`;
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const names = head.split('\t');
  return rows
    .map((r) => Object.fromEntries(r.split('\t').map((v, i) => [names[i], v])))
    .filter((r) => r.kind === 'capture')
    .map((row) => ({ path: row.path, protocol: row.protocol_guess, decodeAs: row.decode_as, row }));
}

/** How many connections of `file` the dissector claims when it is the only one registered. */
export function claimedConnections(file: string, dissector: Dissector): number {
  let claimed = 0;
  const counting: Dissector = {
    ...dissector,
    createSession(ctx) {
      claimed++;
      return dissector.createSession(ctx);
    },
  };
  const p = new CapturePipeline({ dissectors: [counting], node: 'n', captureId: 'c', onEntry: () => {} });
  p.push(new Uint8Array(readFileSync(file)));
  p.endFile();
  p.finish();
  return claimed;
}
