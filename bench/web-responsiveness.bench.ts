/**
 * UI responsiveness under load (issue 6): a real nats-server and the built hub (`apps/hub/dist/main.js
 * --static apps/web/out`, its own process), the traffic view open in Debian's chromium, and entries
 * published straight to JetStream as a worker would (`trawl.entries.<node>`, wire v2 batches) at
 * RATE entries/s in batches every 100 ms for SECONDS. Measured in the page:
 *
 * - long tasks (PerformanceObserver 'longtask') while streaming: count, longest, total (target: none > 50 ms);
 * - DOM rows in the list and all DOM elements, sampled every second (target: bounded — virtualisation);
 * - JS heap (CDP Performance.getMetrics JSHeapUsedSize, and after a forced GC) at start, over time and
 *   at the end (the live list keeps 10–15k compact rows, so the heap should level off once it is full);
 * - the renderer's CPU per second of streaming (main thread and whole process; CDP ThreadTime and
 *   ProcessTime), which unlike long tasks hardly depends on the machine's load;
 * - keeping up: for each published batch, the time until the list's first row shows its newest entry
 *   (target p95 ≤ 1 s), plus entries the hub reports dropped for the tab.
 *
 * Prints one JSON object on stdout, progress on stderr.
 *   node_modules/.bin/tsx bench/web-responsiveness.bench.ts [--smoke] [--profile FILE]
 * --out DIR: serve that build of the UI instead of apps/web/out.
 * --smoke: 10 s at 500 entries/s; --profile: the page's CPU profile while streaming (.cpuprofile, for
 * Chrome DevTools), --trace: a Chrome trace of it (devtools.timeline: tasks, GC, layout), to find what
 * a long task was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeEntry } from '../apps/hub/src/test-support/entries.js';
import { freePort, Publisher, startTestNats, waitFor } from '../apps/hub/src/test-support/nats.js';
import { CHROMIUM, launchChromium } from '../e2e/web/chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const smoke = process.argv.includes('--smoke');
const profileAt = process.argv.indexOf('--profile');
const profileFile = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
// --gc-every N: force a GC every N s while streaming and record the heap after it (what is retained);
// the forced collections are long tasks of their own, so long tasks are not meaningful in such a run.
const gcAt = process.argv.indexOf('--gc-every');
const gcEvery = gcAt > 0 ? Number(process.argv[gcAt + 1]) : 0;
const traceAt = process.argv.indexOf('--trace');
const traceFile = traceAt > 0 ? process.argv[traceAt + 1] : undefined;
const RATE = smoke ? 500 : 2_000;
const SECONDS = smoke ? 10 : 60;
const TICK_MS = 100;
const PER_TICK = Math.round((RATE * TICK_MS) / 1000);
const NODE = 'bench-web';
const progress = (m: string) => process.stderr.write(`web bench: ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const r1 = (x: number) => Math.round(x * 10) / 10;
const mb = (b: number) => r1(b / 1048576);
const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};

const hubMain = join(root, 'apps/hub/dist/main.js');
// --out DIR: another build of the UI (e.g. the previous commit's, to compare before/after in the same conditions).
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1]! : join(root, 'apps/web/out');
for (const [what, p] of [
  ['chromium', CHROMIUM],
  ['the built hub (tsc -b tsconfig.build.json)', hubMain],
  ['the built UI (cd apps/web && npx next build)', join(out, 'index.html')],
] as const) {
  if (!existsSync(p)) {
    console.log(JSON.stringify({ smoke, skipped: `no ${what} at ${p}` }, null, 2));
    process.exit(0);
  }
}

/**
 * Installed before the app's scripts: long tasks from the start, and the list's first row as it
 * changes. A string, not a function: tsx (esbuild keepNames) would wrap a function's inner names in a
 * `__name` helper the page does not have.
 */
const PAGE_PROBE = `(() => {
  const b = (window.__bench = { longtasks: [], top: [], lastTop: -1 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  function look() {
    const row = document.querySelector('.list-scroll [role="row"][aria-rowindex="2"]');
    const id = row && row.getAttribute('data-entry-id');
    if (!id) return;
    const seq = Number(id.slice(id.lastIndexOf('/') + 1));
    if (seq !== b.lastTop) {
      b.lastTop = seq;
      b.top.push([Date.now(), seq]);
    }
  }
  function start() {
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-entry-id'] });
  }
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();`;

interface Sample {
  t: number;
  domRows: number;
  domElements: number;
  heapMB: number;
  shownText: string;
}

const result: Record<string, unknown> = { smoke, rate: RATE, seconds: SECONDS, batchEveryMs: TICK_MS, batchEntries: PER_TICK, loadavgAtStart: loadavg().map(r1) };
const nats = await startTestNats();
const data = mkdtempSync(join(tmpdir(), 'trawl-web-bench-'));
let hub: ChildProcess | null = null;
let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
try {
  const port = await freePort();
  hub = spawn(process.execPath, [hubMain, '--nats', nats.url, '--data', data, '--port', String(port), '--static', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let hubLog = '';
  hub.stdout!.on('data', (d) => (hubLog += d));
  hub.stderr!.on('data', (d) => (hubLog += d));
  const url = await waitFor('the hub', () => /listening on (\S+)/.exec(hubLog)?.[1], 30_000).catch((e: Error) => {
    throw new Error(`${e.message}\n${hubLog}`);
  });
  progress(`hub ${url}, nats ${nats.url}`);
  const pub = await Publisher.connect(nats.url);
  pub.hello({ node: NODE, interfaces: ['lo'] });

  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript({ content: PAGE_PROBE });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  /** The renderer's CPU and time counters (CDP Performance.getMetrics, seconds). */
  const counters = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (k: string) => metrics.find((x) => x.name === k)?.value ?? 0;
    return { thread: m('ThreadTime'), process: m('ProcessTime'), task: m('TaskDuration'), script: m('ScriptDuration'), layout: m('LayoutDuration'), style: m('RecalcStyleDuration') };
  };
  const gcHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return heap();
  };

  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Live' }).waitFor({ timeout: 30_000 });
  await sleep(2_000); // history's first (empty) page, the status bar's first polls
  const startPageMs = await page.evaluate(() => performance.now());
  const heapStart = await heap();
  const heapStartGc = await gcHeap();
  const countersStart = await counters();
  progress(`page ready; streaming ${RATE} entries/s for ${SECONDS} s (${PER_TICK} every ${TICK_MS} ms)`);

  if (traceFile) await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
  if (profileFile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }

  // Publisher: drift-free ticks; each batch's time is taken just before it is sent.
  const batches: { at: number; last: number }[] = [];
  let seq = 0;
  let publishErrors = 0;
  let late = 0;
  const t0 = Date.now();
  const ticks = (SECONDS * 1000) / TICK_MS;
  const publishing = (async () => {
    const inflight: Promise<unknown>[] = [];
    for (let k = 0; k < ticks; k++) {
      const due = t0 + k * TICK_MS;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      else if (wait < -TICK_MS) late++;
      const now = Date.now();
      const entries = [];
      for (let j = 0; j < PER_TICK; j++, seq++) entries.push({ ...makeEntry(seq, { node: NODE }), id: `${NODE}/${seq}`, timestamp: now - (PER_TICK - 1 - j) * (TICK_MS / PER_TICK) });
      batches.push({ at: now, last: seq - 1 });
      inflight.push(pub.publish({ v: 2, node: NODE, batchId: `b-${k}`, entries }).catch(() => publishErrors++));
      if (inflight.length >= 20) await Promise.all(inflight.splice(0, 10));
    }
    await Promise.all(inflight);
  })();

  const samples: Sample[] = [];
  const afterGc: [number, number][] = [];
  const sample = async () => {
    const s = await page.evaluate(() => ({
      domRows: document.querySelectorAll('.list-scroll [role="row"]').length,
      domElements: document.getElementsByTagName('*').length,
      shownText: document.querySelector('.toolbar .muted')?.textContent ?? '',
    }));
    samples.push({ t: r1((Date.now() - t0) / 1000), heapMB: mb(await heap()), ...s });
  };
  let done = false;
  void publishing.then(() => (done = true));
  while (!done) {
    await sample();
    const last = samples[samples.length - 1]!;
    if (gcEvery && samples.length % gcEvery === 0) afterGc.push([last.t, mb(await gcHeap())]);
    if (Math.round(last.t) % 10 === 0 || smoke) progress(`t=${last.t}s rows=${last.domRows} dom=${last.domElements} heap=${last.heapMB}MB ${last.shownText}`);
    await sleep(1_000);
  }
  const publishedFor = (Date.now() - t0) / 1000;
  const countersEnd = await counters();
  // Let the last batch reach the page (the keep-up measure needs it), then the end state.
  await waitFor('the last entry in the list', () => page.evaluate((s) => (window as unknown as { __bench: { lastTop: number } }).__bench.lastTop >= s, seq - 1), 15_000, 100).catch(() => null);
  await sample();
  if (traceFile) {
    await browser.stopTracing();
    progress(`trace in ${traceFile}`);
  }
  if (profileFile) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    progress(`CPU profile in ${profileFile}`);
  }
  if (gcEvery) {
    // How many entry objects the page still holds (live list + history caches + anything leaked).
    const proto = await cdp.send('Runtime.evaluate', { expression: 'Object.prototype' });
    const objs = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
    const n = await cdp.send('Runtime.callFunctionOn', { objectId: objs.objects.objectId!, functionDeclaration: 'function () { const h = {}; for (const o of this) if (o && o.schema === 1 && typeof o.id === "string") { const k = Math.floor(Number(o.id.slice(o.id.lastIndexOf("/") + 1)) / 10000) * 10; h[k] = (h[k] || 0) + 1; } return h; }', returnByValue: true });
    result.entryObjectsInHeapBy10k = n.result.value;
  }
  const heapEnd = await heap();
  const heapEndGc = await gcHeap();

  const probe = await page.evaluate(() => (window as unknown as { __bench: { longtasks: [number, number][]; top: [number, number][] } }).__bench);
  const during = probe.longtasks.filter(([start]) => start >= startPageMs);
  const durations = during.map(([, d]) => d);

  // Keep-up: for each batch, when did the first row first show an entry at least as new as its last?
  const lat: number[] = [];
  let missing = 0;
  let i = 0;
  for (const b of batches) {
    while (i < probe.top.length && probe.top[i]![1] < b.last) i++;
    if (i >= probe.top.length) {
      missing++;
      continue;
    }
    lat.push(Math.max(0, probe.top[i]![0] - b.at));
  }
  const rows = samples.map((s) => s.domRows);
  const elements = samples.map((s) => s.domElements);
  const floor = (from: number, to: number) => {
    const xs = samples.filter((s) => s.t >= from && s.t < to).map((s) => s.heapMB);
    return xs.length ? Math.min(...xs) : null;
  };
  const lastText = samples[samples.length - 1]?.shownText ?? '';
  const droppedByHub = Number(/([\d,]+) live entries dropped/.exec(lastText)?.[1]?.replace(/,/g, '') ?? 0);

  result.published = { entries: seq, batches: batches.length, seconds: r1(publishedFor), entriesPerSec: Math.round(seq / publishedFor), lateTicks: late, publishErrors };
  // CPU time, unlike long tasks (wall time), hardly depends on what else the machine runs: the fair
  // before/after comparison on a loaded machine. Per second of streaming, in ms.
  const per = (k: keyof typeof countersEnd) => Math.round(((countersEnd[k] - countersStart[k]) * 1000) / publishedFor);
  result.rendererPerSecondMs = { mainThreadCpu: per('thread'), processCpu: per('process'), tasks: per('task'), script: per('script'), layout: per('layout'), style: per('style'), note: 'ms per second of streaming: main-thread CPU, whole renderer CPU, then wall time in tasks / JS / layout / style' };
  result.longTasks = {
    count: during.length,
    over50ms: durations.filter((d) => d > 50).length,
    longestMs: durations.length ? Math.round(Math.max(...durations)) : 0,
    totalMs: Math.round(durations.reduce((a, b) => a + b, 0)),
    p95Ms: durations.length ? Math.round(pct(durations, 95)!) : 0,
    worst: [...durations].sort((a, b) => b - a).slice(0, 10).map(Math.round),
    beforeStreaming: probe.longtasks.length - during.length,
    targetOver50ms: 0,
  };
  result.domRows = { min: Math.min(...rows), max: Math.max(...rows), last: rows[rows.length - 1], domElementsMax: Math.max(...elements), domElementsLast: elements[elements.length - 1], samples: rows.length, target: 'bounded by the viewport (virtualised): max < 100' };
  result.heap = {
    startMB: mb(heapStart),
    endMB: mb(heapEnd),
    startAfterGcMB: mb(heapStartGc),
    endAfterGcMB: mb(heapEndGc),
    growthAfterGcMB: mb(heapEndGc - heapStartGc),
    maxMB: Math.max(...samples.map((s) => s.heapMB)),
    // The floor (lowest sample) of a window approximates what is retained: V8 collects often at this rate.
    floorSecondQuarterMB: floor(SECONDS / 4, SECONDS / 2),
    floorLastQuarterMB: floor((3 * SECONDS) / 4, Infinity),
    ...(gcEvery ? { afterForcedGcMB: afterGc, note: 'forced GCs during the run: long tasks include them' } : {}),
    every5sMB: samples.filter((_, k) => k % 5 === 0).map((s) => [s.t, s.heapMB]),
    target: 'bounded: levels off once the live list holds its 10–15k rows (last-quarter floor within 20 MB of the second quarter’s)',
  };
  result.keepUp = {
    batchesShown: lat.length,
    batchesNeverShown: missing,
    p50Ms: pct(lat, 50),
    p95Ms: pct(lat, 95),
    maxMs: lat.length ? Math.max(...lat) : null,
    within1s: lat.length ? r1((100 * lat.filter((x) => x <= 1000).length) / batches.length) : 0,
    droppedByHub,
    listText: lastText.trim(),
    targetP95Ms: 1000,
  };
  result.pageErrors = pageErrors;
  result.loadavgAtEnd = loadavg().map(r1);
  result.meetsTargets = {
    longTasks: durations.filter((d) => d > 50).length === 0,
    domBounded: Math.max(...rows) < 100,
    // Only meaningful once the live list is full (15k rows): not in a smoke run.
    heapLevelsOff: seq < 2 * 25_000 ? null : (floor((3 * SECONDS) / 4, Infinity) ?? 0) - (floor(SECONDS / 4, SECONDS / 2) ?? 0) < 20,
    keptUp: missing === 0 && (pct(lat, 95) ?? Infinity) <= 1000 && droppedByHub === 0,
  };
  await pub.close();
} finally {
  await browser?.close().catch(() => {});
  if (hub && hub.exitCode === null) {
    hub.kill('SIGTERM');
    await Promise.race([new Promise((r) => hub!.once('exit', r)), sleep(5_000)]);
    if (hub.exitCode === null) hub.kill('SIGKILL');
  }
  await nats.cleanup();
  rmSync(data, { recursive: true, force: true });
}
console.log(JSON.stringify(result, null, 2));
process.exit(0);
