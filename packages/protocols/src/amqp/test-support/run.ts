// Feeds a scripted conversation to a fresh AmqpSession (split into pieces of `split` bytes when
// asked) and returns the fake context with the emitted entries and counters.
import { feedScript, type ScriptStep } from '../../engine/test-support/script.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import type { EngineLimits } from '../../limits.js';
import { AmqpSession } from '../session.js';

export { c, s } from '../../engine/test-support/script.js';
export type Step = ScriptStep;

export function run(steps: Step[], options: { split?: number; limits?: Partial<EngineLimits> } = {}): FakeContext {
  const ctx = fakeContext(options.limits);
  feedScript(new AmqpSession(ctx), steps, options.split);
  return ctx;
}
