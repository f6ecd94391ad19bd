/**
 * The traffic overview's store (`traffic.db` beside `entries.db`): the workers' L4 counters
 * (`trawl.flows.<node>`, one report per worker every few seconds) summed per minute, per node and
 * per pair of ends. Ends are grouped by name (kind, namespace, name) when the worker named them,
 * else by address, so a pod's many connections and ephemeral ports are one row.
 *
 * Exactly once: a report is applied in one transaction with its JetStream sequence, and a
 * sequence already applied is skipped (the consumer's ack may be lost after the commit).
 *
 * Seen twice: two workers may see the same packets (a connection between pods of two nodes
 * crosses both). Queries take, per minute and pair of ends, the largest count any node reported,
 * not the sum: two observers of one connection see the same bytes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FlowEnd, FlowReport } from '@trawl/bus';
import type { TrafficCounts, TrafficEnd, TrafficFlowRow, TrafficOverviewRow, TrafficTotalResponse } from '@trawl/api';

export const TRAFFIC_FILE = 'traffic.db';
const MINUTE = 60_000;

/** How a flow end is kept: named ends by name; an unnamed address as kind `ip`. */
export function endOf(e: FlowEnd): TrafficEnd {
  if (e.kind === 'external') return { kind: 'external', namespace: null, name: e.ip };
  if (e.name) return { kind: e.kind ?? 'unknown', namespace: e.namespace ?? null, name: e.name };
  return { kind: 'ip', namespace: null, name: e.ip };
}

export interface TrafficRange {
  from: number;
  to: number;
  /** Only pairs with an end in this namespace. */
  namespace?: string;
}

interface Row {
  src_kind: string;
  src_ns: string;
  src_name: string;
  dst_kind: string;
  dst_ns: string;
  dst_name: string;
  transport: 'tcp' | 'udp';
  packets: number;
  bytes: number;
}

const end = (kind: string, ns: string, name: string): TrafficEnd => ({ kind, namespace: ns === '' ? null : ns, name });
const zero = (): TrafficCounts => ({ bytes: 0, packets: 0 });
const add = (c: TrafficCounts, r: { bytes: number; packets: number }) => {
  c.bytes += r.bytes;
  c.packets += r.packets;
};

export class TrafficStore {
  private constructor(readonly db: Database.Database) {}

  static open(dataDir: string): TrafficStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, TRAFFIC_FILE));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`
      CREATE TABLE IF NOT EXISTS traffic (
        minute INTEGER NOT NULL, node TEXT NOT NULL, transport TEXT NOT NULL,
        src_kind TEXT NOT NULL, src_ns TEXT NOT NULL, src_name TEXT NOT NULL,
        dst_kind TEXT NOT NULL, dst_ns TEXT NOT NULL, dst_name TEXT NOT NULL,
        packets INTEGER NOT NULL, bytes INTEGER NOT NULL,
        PRIMARY KEY (minute, node, transport, src_kind, src_ns, src_name, dst_kind, dst_ns, dst_name)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS applied (seq INTEGER PRIMARY KEY, minute INTEGER NOT NULL);
    `);
    return new TrafficStore(db);
  }

  /** Adds a report's counters; false when this sequence was applied before (nothing changes). */
  apply(seq: number, report: FlowReport): boolean {
    const minute = Math.floor(report.from / MINUTE) * MINUTE;
    const mark = this.db.prepare('INSERT OR IGNORE INTO applied (seq, minute) VALUES (?, ?)');
    const upsert = this.db.prepare(`
      INSERT INTO traffic VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO UPDATE SET packets = packets + excluded.packets, bytes = bytes + excluded.bytes`);
    return this.db.transaction(() => {
      if (mark.run(seq, minute).changes === 0) return false;
      for (const f of report.flows) {
        const s = endOf(f.src);
        const d = endOf(f.dst);
        upsert.run(minute, report.node, f.transport, s.kind, s.namespace ?? '', s.name, d.kind, d.namespace ?? '', d.name, f.packets, f.bytes);
      }
      return true;
    })();
  }

  /** Per pair of ends over the range: each minute's largest count of any node, summed. */
  private rows(r: TrafficRange): Row[] {
    const nsFilter = r.namespace !== undefined ? 'AND (src_ns = @ns OR dst_ns = @ns)' : '';
    return this.db
      .prepare(
        `SELECT src_kind, src_ns, src_name, dst_kind, dst_ns, dst_name, transport, SUM(p) AS packets, SUM(b) AS bytes FROM (
           SELECT minute, src_kind, src_ns, src_name, dst_kind, dst_ns, dst_name, transport, MAX(packets) AS p, MAX(bytes) AS b
           FROM traffic WHERE minute >= @from AND minute < @to ${nsFilter}
           GROUP BY minute, src_kind, src_ns, src_name, dst_kind, dst_ns, dst_name, transport)
         GROUP BY src_kind, src_ns, src_name, dst_kind, dst_ns, dst_name, transport
         ORDER BY bytes DESC`,
      )
      .all({ from: Math.floor(r.from / MINUTE) * MINUTE, to: r.to, ...(r.namespace !== undefined ? { ns: r.namespace } : {}) }) as Row[];
  }

  total(r: TrafficRange): Omit<TrafficTotalResponse, 'from' | 'to'> {
    const out = { total: zero(), local: zero(), external: zero() };
    for (const row of this.rows(r)) {
      add(out.total, row);
      add(row.src_kind === 'external' || row.dst_kind === 'external' ? out.external : out.local, row);
    }
    const nodes = this.db.prepare('SELECT DISTINCT node FROM traffic WHERE minute >= ? AND minute < ? ORDER BY node').pluck().all(Math.floor(r.from / MINUTE) * MINUTE, r.to) as string[];
    return { ...out, nodes };
  }

  /** Every end with what it sent and received, local and external apart; the busiest first. */
  overview(r: TrafficRange, limit: number): { ends: TrafficOverviewRow[]; more: number } {
    const byEnd = new Map<string, TrafficOverviewRow>();
    const row = (e: TrafficEnd): TrafficOverviewRow => {
      const key = `${e.kind}\u0000${e.namespace ?? ''}\u0000${e.name}`;
      let o = byEnd.get(key);
      if (!o) byEnd.set(key, (o = { ...e, sent: { local: zero(), external: zero() }, received: { local: zero(), external: zero() }, bytes: 0 }));
      return o;
    };
    for (const x of this.rows(r)) {
      const src = end(x.src_kind, x.src_ns, x.src_name);
      const dst = end(x.dst_kind, x.dst_ns, x.dst_name);
      // The overview is about the ends trawl knows: an external address is a peer, not a row.
      if (src.kind !== 'external') {
        const o = row(src);
        add(dst.kind === 'external' ? o.sent.external : o.sent.local, x);
        o.bytes += x.bytes;
      }
      if (dst.kind !== 'external') {
        const o = row(dst);
        add(src.kind === 'external' ? o.received.external : o.received.local, x);
        o.bytes += x.bytes;
      }
    }
    const ends = [...byEnd.values()]
      .filter((e) => r.namespace === undefined || e.namespace === r.namespace)
      .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
    return { ends: ends.slice(0, limit), more: Math.max(0, ends.length - limit) };
  }

  /** Each direction between two ends, the busiest first. */
  flows(r: TrafficRange, limit: number): { flows: TrafficFlowRow[]; more: number } {
    const all = this.rows(r).map((x) => ({
      src: end(x.src_kind, x.src_ns, x.src_name),
      dst: end(x.dst_kind, x.dst_ns, x.dst_name),
      transport: x.transport,
      external: x.src_kind === 'external' || x.dst_kind === 'external',
      bytes: x.bytes,
      packets: x.packets,
    }));
    return { flows: all.slice(0, limit), more: Math.max(0, all.length - limit) };
  }

  /** Drops minutes before `before` (and the sequences applied for them). */
  prune(before: number): number {
    const cut = Math.floor(before / MINUTE) * MINUTE;
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM applied WHERE minute < ?').run(cut);
      return this.db.prepare('DELETE FROM traffic WHERE minute < ?').run(cut).changes;
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
