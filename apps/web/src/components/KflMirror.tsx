'use client';
import type { ApiError } from '@/lib/api';

/**
 * Behind a KFL input: the same text, transparent, with the span the hub rejected underlined
 * (`translateX` follows the input's horizontal scroll). Nothing when the query is valid.
 */
export function KflMirror({ text, error, scrollLeft }: { text: string; error: ApiError | null; scrollLeft: number }) {
  if (!error?.position) return null;
  const from = Math.min(error.position.offset, text.length);
  const len = Math.max(1, error.position.length);
  const bad = text.slice(from, from + len);
  return (
    <div className="kfl-mirror" aria-hidden="true" style={{ transform: `translateX(${-scrollLeft}px)` }}>
      <span>{text.slice(0, from)}</span>
      <span className="kfl-error-span" data-testid="kfl-error-span">
        {bad || '\u00a0\u00a0'}
      </span>
    </div>
  );
}
