import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Supervisor, type RestartPolicy, type Running } from './supervisor.js';

const FAST: RestartPolicy = { limit: 3, windowMs: 5_000, pauseMs: 10, maxPauseMs: 40 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A part that exits when told to, and says whether it was stopped. */
function part() {
  let exit!: (code: number | string | null) => void;
  const p = {
    stopped: false,
    exited: new Promise<number | string | null>((r) => (exit = r)),
    exit: (code: number | string | null) => exit(code),
    async stop() {
      p.stopped = true;
      exit('SIGTERM');
    },
  };
  return p;
}

test('a part that exits is started again after a pause, and stop() stops the one running now', async () => {
  const lines: string[] = [];
  const first = part();
  const later = [part(), part()];
  let launched = 0;
  const s = new Supervisor('the hub', first, async () => later[launched++], (l) => lines.push(l), FAST);
  first.exit(1);
  await sleep(50);
  assert.equal(s.restarts, 1);
  later[0].exit('SIGKILL');
  await sleep(80);
  assert.equal(s.restarts, 2);
  assert.deepEqual(lines, [
    'the hub exited (code 1); starting it again in 0.01 s',
    'the hub is running again',
    'the hub exited (SIGKILL); starting it again in 0.02 s',
    'the hub is running again',
  ]);
  await s.stop();
  assert.equal(later[1].stopped, true);
  const outcome = await Promise.race([s.gaveUp, sleep(100).then(() => 'still supervising')]);
  assert.equal(outcome, 'still supervising', 'a stop is not giving up');
  assert.equal(launched, 2, 'nothing started after stop()');
});

test('a part that keeps exiting is given up, with the reason; a launch that fails counts as an exit', async () => {
  const lines: string[] = [];
  const first = part();
  let launches = 0;
  const s = new Supervisor(
    'the worker',
    first,
    async () => {
      launches++;
      if (launches === 1) throw new Error('port in use');
      const p = part();
      p.exit(2);
      return p;
    },
    (l) => lines.push(l),
    FAST,
  );
  first.exit(1);
  const reason = await Promise.race([s.gaveUp, sleep(2_000).then(() => 'never gave up')]);
  assert.equal(reason, 'the worker exited 3 times within 5 s, the last with code 2: not starting it again');
  assert.equal(launches, 2);
  assert.ok(lines.includes('the worker did not start again: port in use'), lines.join('\n'));
  assert.ok(lines.includes('the worker exited (it did not start); starting it again in 0.02 s'), lines.join('\n'));
});

test('stop() during the pause: nothing is started again', async () => {
  const first = part();
  let launches = 0;
  const s = new Supervisor('nats-server', first, async () => (launches++, part()), () => {}, { ...FAST, pauseMs: 100 });
  first.exit(null);
  await sleep(20);
  await s.stop();
  await sleep(150);
  assert.equal(launches, 0);
});

test('stop() while a part is starting again waits for that start and stops what it started', async () => {
  const first = part();
  const next = part();
  let release!: () => void;
  const s = new Supervisor('the hub', first, () => new Promise<Running>((r) => (release = () => r(next))), () => {}, FAST);
  first.exit(1);
  await sleep(30); // the pause is over: the launch waits for its ready line
  const stopping = s.stop();
  release();
  await stopping;
  assert.equal(next.stopped, true);
  assert.equal(s.restarts, 0);
});
