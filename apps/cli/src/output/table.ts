import type { Entry } from '@trawl/protocols';

/** One human line per entry: time, protocol, method/command, status, summary, ends, latency, size. */
const WIDTHS = [12, 6, 8, 6, 40, 44, 9, 9];

export const TABLE_HEADER = pad(['TIME', 'PROTO', 'METHOD', 'STATUS', 'PATH', 'SRC → DST', 'LATENCY', 'SIZE']);

function pad(cols: string[]): string {
  return cols.map((c, i) => (i === cols.length - 1 ? c : fit(c, WIDTHS[i]))).join(' ') + '\n';
}

function fit(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

function size(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1 << 20) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1 << 20)).toFixed(1)} MB`;
}

function end(p: Entry['src']): string {
  return p.name ? `${p.name}:${p.port}` : p.ip.includes(':') ? `[${p.ip}]:${p.port}` : `${p.ip}:${p.port}`;
}

export function tableRow(e: Entry): string {
  const req = e.request as { method?: string; url?: string; path?: string } | null;
  const res = e.response as { status?: number } | null;
  return pad([
    time(e.timestamp),
    e.protocol.abbr,
    req?.method ?? '-',
    res?.status !== undefined ? String(res.status) : '-',
    req?.url ?? req?.path ?? '-',
    `${end(e.src)} → ${end(e.dst)}`,
    e.elapsedTime === null ? '-' : `${e.elapsedTime.toFixed(1)}ms`,
    size(e.requestSize + e.responseSize),
  ]);
}
