'use client';
import { statusClass, STATUS_WORD, type Entry } from '@/lib/entry';

/** An endpoint's status codes as chips: colour and shape and words (`503 server error ×2`). */
export function StatusChips({ statuses, protocol }: { statuses: Record<string, number>; protocol: string }) {
  const codes = Object.entries(statuses).sort(([a], [b]) => Number(a) - Number(b));
  if (codes.length === 0) return <span className="muted">no response</span>;
  return (
    <span className="chips">
      {codes.map(([code, n]) => {
        const cls = statusClass({ id: '', timestamp: 0, protocol: { name: protocol }, response: { status: Number(code) } } as Entry);
        return (
          <span key={code} className={`chip status st-${cls}`} data-status={code}>
            <span className="st-dot" aria-hidden="true" />
            {code} <span className="st-word">{STATUS_WORD[cls]}</span> <span className="chip-n">×{n}</span>
          </span>
        );
      })}
    </span>
  );
}
