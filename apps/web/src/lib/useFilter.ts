'use client';
/**
 * The filter of the map and the dashboard, in the URL: `q` (KFL) and the time range (see range.ts).
 * Changing either pushes a new URL, so the page is a shareable link.
 */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { readRange, rangeParams, type RangeSpec } from './range';

export function buildHref(path: string, params: Record<string, string | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}

const NONE: readonly string[] = [];

/** `keep`: the page's own parameters (the Network page's `namespace`), kept when `q` or the range changes and set through `own`. */
export function useFilter(keep: readonly string[] = NONE) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const q = params.get('q') ?? '';
  const key = `${params.get('range') ?? ''}|${params.get('from') ?? ''}|${params.get('to') ?? ''}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const range = useMemo(() => readRange(params), [key]);
  const token = params.get('token');

  const set = useCallback(
    (next: { q?: string; range?: RangeSpec; own?: Record<string, string | null> }) => {
      const r = rangeParams(next.range ?? range);
      const kept = Object.fromEntries(keep.map((k) => [k, params.get(k)]));
      router.push(buildHref(pathname, { q: next.q !== undefined ? next.q : q, ...r, ...kept, ...next.own, token }), { scroll: false });
    },
    [router, pathname, q, range, token, keep, params],
  );
  /**
   * A link to the traffic view with this query and this page's time range (the token kept): a
   * preset as `range` (the default written out, since the traffic view's default is all stored),
   * an absolute range as `from`/`to`.
   */
  const trafficHref = useCallback(
    (nq: string) => {
      const r = range.preset !== null ? { range: range.preset === 'all' ? null : range.preset } : rangeParams(range);
      return buildHref('/', { q: nq, ...r, token });
    },
    [token, range],
  );
  return { q, range, set, trafficHref };
}
