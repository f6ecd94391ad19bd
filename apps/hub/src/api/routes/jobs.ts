/**
 * Capture jobs (jobs/): packets captured into pcap files by the workers, for Wireshark.
 *   GET    /api/jobs                                   every job, newest first, with what each worker reports
 *   POST   /api/jobs {name, nodes, iface, bpf, targetIPs, targetPorts, durationSeconds, maxPackets,
 *                    maxMegabytes, rotateMegabytes, snaplen}
 *   GET    /api/jobs/:id
 *   POST   /api/jobs/:id/stop
 *   DELETE /api/jobs/:id                               the job and its files on every worker
 *   GET    /api/jobs/:id/files/:node/:file             one pcap file, as a download
 */
import type { Context, Hono } from 'hono';
import type { CaptureJob, CaptureJobListResponse, CaptureJobResponse, CaptureJobStatus } from '@trawl/api';
import { JOB_READ_MAX } from '@trawl/bus';
import { BpfSpecError } from '../../jobs/bpf.js';
import { JobRequestFailed } from '../../jobs/client.js';
import type { JobRecord } from '../../jobs/records.js';
import { JOB_GONE, JobNotStarted, jobView, startJob, STATUS_TIMEOUT_MS, type JobsDeps } from '../../jobs/start.js';
import { intField, jsonObject, onlyFields, type JsonBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { BadParameter, sendError } from '../errors.js';
import { Params } from '../params.js';

export type { JobsDeps };

const MB = 1024 * 1024;
const NOT_STARTED_STATUS = { bad_job: 400, no_workers: 409, unavailable: 503 } as const;

type Body = JsonBody;

function text(body: Body, name: string, max: number, fallback: string, pattern?: RegExp): string {
  const v = body[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string' || v.length > max || (pattern && !pattern.test(v))) throw new BadParameter(name, `${name} must be text of at most ${max} characters${pattern ? ' (an interface name or any)' : ''}`);
  return v;
}

export function jobsRoutes(app: Hono, deps: ApiDeps): void {
  const j = (): JobsDeps => deps.jobs!;
  const guard = async (c: Context, run: () => Promise<Response> | Response): Promise<Response> => {
    if (!deps.jobs) return sendError(c, 404, 'not_found', 'capture jobs are off on this hub');
    return run();
  };
  const missing = (c: Context) => sendError(c, 404, 'not_found', 'no such job');

  const view = (r: JobRecord, op: 'status' | 'stop' = 'status') => jobView(j(), r, op);

  app.get('/api/jobs', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const records = j().records.list();
      // One `list` per worker, not one `status` per job and worker.
      const nodes = [...new Set(records.flatMap((r) => r.nodes))];
      const lists = new Map<string, Map<string, CaptureJobStatus> | string>();
      await Promise.all(
        nodes.map(async (node) => {
          try {
            const { jobs } = await j().client.ask<{ jobs: CaptureJobStatus[] }>(node, 'list', {}, STATUS_TIMEOUT_MS);
            lists.set(node, new Map(jobs.map((s) => [s.id, s])));
          } catch (e) {
            lists.set(node, (e as Error).message);
          }
        }),
      );
      const jobs = records.map((r): CaptureJob => ({
        id: r.id,
        name: r.name,
        createdAt: r.createdAt,
        spec: r.spec,
        workers: r.nodes.map((node) => {
          if (r.errors[node]) return { node, status: null, error: r.errors[node]! };
          const l = lists.get(node);
          if (typeof l === 'string') return { node, status: null, error: l };
          const s = l?.get(r.id);
          return s ? { node, status: s, error: null } : { node, status: null, error: JOB_GONE };
        }),
      }));
      return c.json({ jobs } satisfies CaptureJobListResponse);
    }),
  );

  app.post('/api/jobs', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const body = await jsonObject(c);
      onlyFields(body, ['name', 'nodes', 'iface', 'bpf', 'targetIPs', 'targetPorts', 'durationSeconds', 'maxPackets', 'maxMegabytes', 'rotateMegabytes', 'snaplen']);
      const up = deps.status().workers.filter((w) => w.state === 'up').map((w) => w.node);
      let nodes = up;
      if (body.nodes !== undefined) {
        if (!Array.isArray(body.nodes) || body.nodes.length === 0 || body.nodes.length > 1000 || !body.nodes.every((n) => typeof n === 'string' && n.length > 0 && n.length <= 200)) {
          throw new BadParameter('nodes', 'nodes must be a list of worker names');
        }
        nodes = [...new Set(body.nodes as string[])];
      }
      const maxBytes = intField(body, 'maxMegabytes', 1, 65_536, 100) * MB;
      const list = <T>(name: string, check: (v: unknown) => v is T): T[] | undefined => {
        const v = body[name];
        if (v === undefined || v === null) return undefined;
        if (!Array.isArray(v) || v.length > 256 || !v.every(check)) throw new BadParameter(name, `${name} must be a list (at most 256)`);
        return v;
      };
      const targetIPs = list('targetIPs', (v): v is string => typeof v === 'string');
      const targetPorts = list('targetPorts', (v): v is number => typeof v === 'number');
      const bpf = text(body, 'bpf', 4096, '');
      const iface = text(body, 'iface', 32, 'any', /^(any|[A-Za-z0-9_.:@-]{1,32})$/);
      const durationMs = intField(body, 'durationSeconds', 1, 86_400, 60) * 1000;
      const rotateBytes = Math.min(maxBytes, intField(body, 'rotateMegabytes', 1, 65_536, 16) * MB);
      const snaplen = intField(body, 'snaplen', 0, 262_144, 0);
      const maxPackets = intField(body, 'maxPackets', 0, 1_000_000_000, 0);
      const name = text(body, 'name', 100, '');
      let job: CaptureJob;
      try {
        job = await startJob(j(), { name, nodes, iface, targetIPs, targetPorts, bpf, durationMs, maxBytes, rotateBytes, snaplen, maxPackets });
      } catch (e) {
        if (e instanceof BpfSpecError) throw new BadParameter(e.field, e.message);
        if (e instanceof JobNotStarted) return sendError(c, NOT_STARTED_STATUS[e.code], e.code, e.message, e.code === 'bad_job' ? { nodes: e.nodes } : undefined);
        throw e;
      }
      c.header('Location', `/api/jobs/${job.id}`);
      return c.json({ job } satisfies CaptureJobResponse, 201);
    }),
  );

  app.get('/api/jobs/:id', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const r = j().records.get(c.req.param('id'));
      return r ? c.json({ job: await view(r) } satisfies CaptureJobResponse) : missing(c);
    }),
  );

  app.post('/api/jobs/:id/stop', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const r = j().records.get(c.req.param('id'));
      return r ? c.json({ job: await view(r, 'stop') } satisfies CaptureJobResponse) : missing(c);
    }),
  );

  app.delete('/api/jobs/:id', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const r = j().records.get(c.req.param('id'));
      if (!r) return missing(c);
      const failed: string[] = [];
      await Promise.all(
        r.nodes.map(async (node) => {
          try {
            await j().client.ask(node, 'delete', { id: r.id });
          } catch (e) {
            if (!(e instanceof JobRequestFailed && e.code === 'not_found')) failed.push(`${node}: ${(e as Error).message}`);
          }
        }),
      );
      j().records.delete(r.id);
      return c.json({ deleted: true, filesLeft: failed });
    }),
  );

  app.get('/api/jobs/:id/files/:node/:file', (c) =>
    guard(c, async () => {
      new Params(c, []);
      const r = j().records.get(c.req.param('id'));
      const node = c.req.param('node');
      const file = c.req.param('file');
      if (!r || !r.nodes.includes(node)) return missing(c);
      // The first chunk is read before the answer starts: a missing file is still a plain 404.
      let first: Uint8Array;
      try {
        first = await j().client.read(node, r.id, file, 0, JOB_READ_MAX);
      } catch (e) {
        if (e instanceof JobRequestFailed && e.code === 'not_found') return sendError(c, 404, 'not_found', e.message);
        return sendError(c, 502, 'unavailable', (e as Error).message);
      }
      let offset = first.length;
      let pending: Uint8Array | null = first;
      c.header('Content-Type', 'application/vnd.tcpdump.pcap');
      c.header('Content-Disposition', `attachment; filename="${r.id}-${file.replace(/[^\w.-]+/g, '_')}"`);
      c.header('Cache-Control', 'no-store');
      const stream = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            try {
              const chunk = pending ?? (await j().client.read(node, r.id, file, offset, JOB_READ_MAX));
              pending = null;
              if (chunk.length === 0) return controller.close();
              if (chunk !== first) offset += chunk.length;
              controller.enqueue(chunk);
            } catch (e) {
              // The worker went away mid-file: the download is cut, never ends as if complete.
              controller.error(e);
            }
          },
        },
        { highWaterMark: 0 },
      );
      return c.body(stream, 200);
    }),
  );
}
