'use client';
/**
 * The status bar tells the truth from /health and /api/stats: the hub's state, the workers
 * (connected, capturing, on which interfaces), entries/s, drops and storage. Each item is text
 * first; the coloured dot only repeats it.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, getHealth, getJson, type Stats } from '@/lib/api';
import { formatBytes } from '@/lib/entry';

type Tone = 'good' | 'warn' | 'bad' | 'idle';

function Item({ tone, label, children, title }: { tone: Tone; label: string; children: React.ReactNode; title?: string }) {
  return (
    <span className={`sb-item tone-${tone}`} title={title}>
      <span className="dot" aria-hidden="true" />
      <span className="sb-label">{label}</span> {children}
    </span>
  );
}

/** Drops a worker reports: capture (kernel), its outgoing buffer, oversize entries. */
export function workerDrops(stats: Record<string, number>): number {
  return (stats.capturePacketsDropped ?? 0) + (stats.bufferDroppedEntries ?? 0) + (stats.oversizeEntriesDropped ?? 0);
}

export function useStats() {
  return useQuery({ queryKey: ['stats'], queryFn: ({ signal }) => getJson<Stats>('/api/stats', {}, signal), refetchInterval: 2_000, retry: false, staleTime: 1_000 });
}

export function StatusBar() {
  const health = useQuery({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), refetchInterval: 3_000, retry: false });
  const stats = useStats();

  const unreachable = (health.error instanceof ApiError && health.error.unreachable) || (stats.error instanceof ApiError && stats.error.unreachable);
  if (unreachable) {
    return (
      <footer className="statusbar" role="status" aria-live="polite">
        <Item tone="bad" label="Hub unreachable:">
          the hub at {typeof window !== 'undefined' ? window.location.host : 'this address'} does not answer. Is <code>trawl start</code> still running?
        </Item>
      </footer>
    );
  }
  if (!health.data && !stats.data) {
    return (
      <footer className="statusbar" role="status" aria-live="polite">
        <Item tone="idle" label="Hub:">
          connecting…
        </Item>
      </footer>
    );
  }

  const h = health.data;
  const s = stats.data;
  const up = s?.workers.filter((w) => w.state === 'up') ?? [];
  const capturing = up.filter((w) => w.capturing);
  const gone = s?.workers.filter((w) => w.state === 'gone').length ?? h?.workers.gone ?? 0;
  const ifaces = [...new Set(capturing.flatMap((w) => w.interfaces))];
  const drops = up.reduce((n, w) => n + workerDrops(w.stats), 0);
  const hubTone: Tone = h?.status === 'ok' ? 'good' : h?.status === 'degraded' ? 'warn' : h ? 'bad' : 'idle';
  const hubText =
    h?.status === 'ok'
      ? 'ok'
      : h?.status === 'degraded'
        ? `degraded: NATS ${h.nats.state}${h.nats.lastError ? ` (${h.nats.lastError})` : ''}`
        : h
          ? `down: ${h.store.error ?? 'the store cannot be written'}`
          : '…';

  return (
    <footer className="statusbar" role="status" aria-live="polite" aria-label="System status">
      <Item tone={hubTone} label="Hub:">
        {hubText}
      </Item>
      {s &&
        (up.length === 0 ? (
          <Item tone="bad" label="Workers:" title="A worker captures traffic on a node and sends it to the hub.">
            no workers connected{gone ? ` (${gone} gone)` : ''}. Start one with <code>trawl start</code> (this machine), or a worker on each node.
          </Item>
        ) : (
          <Item tone={capturing.length === up.length ? 'good' : 'warn'} label="Workers:" title={up.map((w) => `${w.node}: ${w.capturing ? 'capturing' : 'not capturing'} on ${w.interfaces.join(', ') || '–'}`).join('\n')}>
            {up.length} connected, {capturing.length} capturing{ifaces.length ? ` on ${ifaces.join(', ')}` : ''}
            {gone ? `, ${gone} gone` : ''}
          </Item>
        ))}
      {s && (
        <Item tone={s.ingest.consuming ? 'good' : 'warn'} label="Rate:">
          {s.ingest.ratePerSec.toLocaleString()} entries/s
        </Item>
      )}
      {s && (
        <Item tone={drops > 0 ? 'warn' : 'good'} label="Drops:" title="Packets the kernel dropped, entries the workers' buffers dropped, oversize entries">
          {drops.toLocaleString()}
        </Item>
      )}
      {s?.entries && (
        <Item tone="idle" label="Stored:">
          {s.entries.stored.toLocaleString()} entries, {formatBytes(s.entries.bytes)}
        </Item>
      )}
      {s && s.ingest.storeErrors > 0 && (
        <Item tone="bad" label="Store errors:">
          {s.ingest.storeErrors}
        </Item>
      )}
    </footer>
  );
}
