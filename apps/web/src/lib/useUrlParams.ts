'use client';
/**
 * A page's own state in its URL (convention: the filter and what is open are a shareable link):
 * `get(k)` reads a parameter, `set({k: v})` replaces the URL with the changes (null or '' removes).
 */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

export function useUrlParams() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((k: string) => params.get(k) ?? '', [params]);
  const set = useCallback(
    (patch: Record<string, string | null | undefined>) => {
      const sp = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v) sp.set(k, v);
        else sp.delete(k);
      }
      const s = sp.toString();
      router.replace(s ? `${pathname}?${s}` : pathname, { scroll: false });
    },
    [params, router, pathname],
  );
  return { get, set, token: params.get('token') };
}

/**
 * Controls bound to URL parameters: the page reads `values` (updated at once, so an input never
 * lags behind typing) and the URL follows after `delayMs` without input. A URL changed from
 * outside (back/forward, a link) replaces the values.
 */
export function useUrlState<K extends string>(keys: readonly K[], delayMs = 250) {
  const url = useUrlParams();
  const fromUrl = JSON.stringify(Object.fromEntries(keys.map((k) => [k, url.get(k)])));
  const [values, setValues] = useState<Record<K, string>>(() => JSON.parse(fromUrl) as Record<K, string>);
  const written = useRef(fromUrl);
  const set = useRef(url.set);
  set.current = url.set;
  useEffect(() => {
    if (fromUrl === written.current) return;
    written.current = fromUrl;
    setValues(JSON.parse(fromUrl) as Record<K, string>);
  }, [fromUrl]);
  useEffect(() => {
    const k = JSON.stringify(values);
    if (k === written.current) return;
    const t = setTimeout(() => {
      written.current = k;
      set.current(values);
    }, delayMs);
    return () => clearTimeout(t);
  }, [values, delayMs]);
  const patch = useCallback((p: Partial<Record<K, string>>) => setValues((v) => ({ ...v, ...p })), []);
  return { values, patch, url };
}
