/**
 * The time range of the map and the dashboard, in the URL: `?range=5m|1h|24h|all` (relative to
 * now, re-evaluated on every refresh) or `?from=&to=` (absolute, ms since the epoch or ISO 8601;
 * `to` may be left open). No parameter means the last hour.
 */
export const PRESETS = [
  { id: '5m', label: 'Last 5 min', ms: 5 * 60_000 },
  { id: '1h', label: 'Last hour', ms: 3_600_000 },
  { id: '24h', label: 'Last 24 h', ms: 86_400_000 },
  { id: 'all', label: 'All stored', ms: null },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];
export const DEFAULT_PRESET: PresetId = '1h';

export interface RangeSpec {
  preset: PresetId | null;
  /** Absolute bounds when no preset applies. */
  from: number | null;
  to: number | null;
}

function parseTime(v: string | null): number | null {
  if (!v) return null;
  if (/^\d{1,16}$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : null;
}

export function readRange(params: URLSearchParams | { get(k: string): string | null }): RangeSpec {
  const from = parseTime(params.get('from'));
  const to = parseTime(params.get('to'));
  if (from !== null || to !== null) return { preset: null, from, to };
  const r = params.get('range');
  const p = PRESETS.find((x) => x.id === r);
  return { preset: p ? p.id : DEFAULT_PRESET, from: null, to: null };
}

/** Concrete bounds now: `from` null means since the oldest entry, `to` null means up to now. */
export function resolveRange(spec: RangeSpec, now = Date.now()): { from: number | null; to: number | null } {
  if (spec.preset === null) return { from: spec.from, to: spec.to };
  const p = PRESETS.find((x) => x.id === spec.preset)!;
  return { from: p.ms === null ? null : now - p.ms, to: null };
}

export function describeRange(spec: RangeSpec): string {
  if (spec.preset !== null) return PRESETS.find((x) => x.id === spec.preset)!.label.toLowerCase();
  const f = (t: number | null) => (t === null ? '…' : new Date(t).toLocaleString());
  return `${f(spec.from)} – ${f(spec.to)}`;
}

/** URL parameters for a range (the default preset is left out). */
export function rangeParams(spec: RangeSpec): Record<string, string | null> {
  if (spec.preset !== null) return { range: spec.preset === DEFAULT_PRESET ? null : spec.preset, from: null, to: null };
  return { range: null, from: spec.from !== null ? String(spec.from) : null, to: spec.to !== null ? String(spec.to) : null };
}

export function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${Math.round(v)} ms`;
  if (v >= 10) return `${v.toFixed(0)} ms`;
  return `${v.toFixed(1)} ms`;
}

export function fmtPct(n: number, d: number): string {
  if (d === 0) return '0%';
  const p = (100 * n) / d;
  return p === 0 ? '0%' : p < 0.1 ? '<0.1%' : p < 10 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/**
 * The traffic view's bounds from its URL: `from`/`to` as given, or a relative `range` resolved when
 * the URL changes (the default preset included when written explicitly); nothing means all stored.
 */
export function trafficBounds(params: { get(k: string): string | null }, now = Date.now()): { from: number | null; to: number | null; spec: RangeSpec | null } {
  const from = parseTime(params.get('from'));
  const to = parseTime(params.get('to'));
  if (from !== null || to !== null) return { from, to, spec: { preset: null, from, to } };
  const p = PRESETS.find((x) => x.id === params.get('range'));
  if (!p || p.ms === null) return { from: null, to: null, spec: null };
  return { from: now - p.ms, to: null, spec: { preset: p.id, from: null, to: null } };
}
