'use client';
/**
 * A KFL draft checked by the hub as it is typed (`/api/kfl/validate`, debounced): the filter bar
 * and the webhook form's filter field both show its verdict (the bad span and the message).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, getJson } from './api';

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export interface KflVerdict {
  q: string;
  error: ApiError | null;
}

/**
 * `verdict` is the hub's answer for exactly `draft` (null while it is being asked); `error` the
 * invalid_query error in it; `failure` anything else that stopped the check (the hub unreachable).
 */
export function useKflValidation(draft: string, ms = 150) {
  const debounced = useDebounced(draft, ms);
  const validate = useQuery({
    queryKey: ['kfl-validate', debounced],
    queryFn: async ({ signal }): Promise<KflVerdict> => {
      if (!debounced.trim()) return { q: debounced, error: null };
      try {
        await getJson('/api/kfl/validate', { q: debounced }, signal);
        return { q: debounced, error: null };
      } catch (e) {
        if (e instanceof ApiError && e.code === 'invalid_query') return { q: debounced, error: e };
        throw e;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  const verdict = validate.data && validate.data.q === draft ? validate.data : null;
  const failure = validate.error && !(validate.error instanceof ApiError && validate.error.code === 'invalid_query') ? (validate.error as Error) : null;
  return { verdict, error: verdict?.error ?? null, failure };
}
