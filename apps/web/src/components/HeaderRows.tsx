'use client';
/**
 * The rule's request headers as name/value rows. An existing header's value is hidden by the hub:
 * its row shows [REDACTED] as a placeholder and keeps the value unless something is typed.
 */
import { newHeaderRow, REDACTED, type HeaderRow } from '@/lib/webhookForm';

export function HeaderRows({ rows, onChange, error }: { rows: HeaderRow[]; onChange: (rows: HeaderRow[]) => void; error?: string }) {
  const patch = (key: number, p: Partial<HeaderRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));
  return (
    <fieldset className="field headers-field" aria-describedby="headers-msg">
      <legend>Headers</legend>
      {rows.length === 0 && <p className="muted small">None. Slack and most receivers need none; add one for a bearer token.</p>}
      {rows.map((r, i) => (
        <div className="header-row" key={r.key}>
          <label className="sr-only" htmlFor={`h-name-${r.key}`}>
            Header {i + 1} name
          </label>
          <input id={`h-name-${r.key}`} className="text-input mono" placeholder="Authorization" value={r.name} onChange={(e) => patch(r.key, { name: e.target.value })} />
          <label className="sr-only" htmlFor={`h-value-${r.key}`}>
            Header {i + 1} value{r.kept ? ' (hidden; type to replace it)' : ''}
          </label>
          <input
            id={`h-value-${r.key}`}
            className="text-input mono"
            placeholder={r.kept ? `${REDACTED} — unchanged unless you type a new value` : 'Bearer …'}
            value={r.value}
            onChange={(e) => patch(r.key, { value: e.target.value, kept: r.originalName !== undefined && e.target.value === '' && r.name === r.originalName })}
          />
          <button type="button" className="btn small" onClick={() => onChange(rows.filter((x) => x.key !== r.key))} aria-label={`Remove header ${r.name || i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="btn small" onClick={() => onChange([...rows, newHeaderRow()])}>
        Add header
      </button>
      <div id="headers-msg" className="field-msg" aria-live="polite">
        {error && (
          <span className="kfl-error" role="alert" data-testid="field-error-headers">
            {error}
          </span>
        )}
      </div>
    </fieldset>
  );
}
