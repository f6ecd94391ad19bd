// Feeds a scripted conversation to a fresh PostgresSession (offsets per direction), optionally in
// pieces of `split` bytes, then closes it: the entries and counters it produced.
import { feedScript, type ScriptStep } from '../../engine/test-support/script.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import { postgresDissector } from '../index.js';

export { c, s } from '../../engine/test-support/script.js';
export type Step = ScriptStep;

export function run(steps: Step[], split = 0): FakeContext {
  const ctx = fakeContext();
  ctx.server.port = 5432;
  feedScript(postgresDissector.createSession(ctx), steps, split);
  return ctx;
}
