'use client';
/** A number card of the dashboard and the Network page: label, value (`testId` on it), a caption. */
export function Card({ label, value, sub, title, tone, testId, subTestId }: { label: string; value: string; sub?: string; title?: string; tone?: string; testId: string; subTestId?: string }) {
  return (
    <div className={`card${tone ? ` ${tone}` : ''}`} title={title}>
      <div className="card-label">{label}</div>
      <div className="card-value" data-testid={testId}>
        {value}
      </div>
      {sub && (
        <div className="card-sub muted" data-testid={subTestId}>
          {sub}
        </div>
      )}
    </div>
  );
}
