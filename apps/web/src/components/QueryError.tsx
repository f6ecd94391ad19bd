'use client';

import { ApiError } from '@/lib/api';

/**
 * What a page shows when its query failed: an invalid KFL query points back at the filter bar;
 * anything else names what could not be loaded (and says so plainly when the hub is unreachable).
 */
export function QueryError({ err, what, onRetry }: { err: Error; what: string; onRetry?: () => void }) {
  if (err instanceof ApiError && err.code === 'invalid_query') {
    return (
      <div className="empty error-state" role="alert">
        <h2>The hub cannot run this query</h2>
        <p>{err.message}</p>
        <p>Fix it in the filter bar above (the bad part is underlined), or pick one of the examples.</p>
      </div>
    );
  }
  return (
    <div className="empty error-state" role="alert">
      <h2>{err instanceof ApiError && err.unreachable ? 'The hub does not answer' : `Cannot load ${what}`}</h2>
      <p>{err.message}</p>
      {onRetry && (
        <p>
          <button type="button" className="linklike" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
