'use client';
/**
 * What a settings-like page shows in place of its list until there is one: the hub's "off"
 * message (a 404 from a route the hub runs without), the error with Retry, Loading, or the
 * empty state; else the list itself.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api';
import { QueryError } from './QueryError';

export function isOff(query: UseQueryResult<unknown>): boolean {
  return query.error instanceof ApiError && query.error.status === 404;
}

export function ListStates({ query, offTitle, what, empty, emptyTitle, emptyHint, children }: { query: UseQueryResult<unknown>; offTitle: string; what: string; empty: boolean; emptyTitle: string; emptyHint: ReactNode; children: ReactNode }) {
  if (query.error && !query.data) {
    return isOff(query) ? (
      <div className="empty" role="status">
        <h2>{offTitle}</h2>
        <p>{query.error.message}</p>
      </div>
    ) : (
      <QueryError err={query.error} what={what} onRetry={() => void query.refetch()} />
    );
  }
  if (!query.data) return <div className="empty">Loading…</div>;
  if (empty)
    return (
      <div className="empty" role="status">
        <h2>{emptyTitle}</h2>
        <p>{emptyHint}</p>
      </div>
    );
  return <>{children}</>;
}
