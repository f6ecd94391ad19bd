'use client';
/**
 * A KFL input for a form (the webhook filter): checked by the hub as it is typed, like the filter
 * bar, with the bad span underlined and the message below; no completion list and no "apply".
 * `serverError` is the hub's answer to the form, shown in the same place.
 */
import { useId, useState } from 'react';
import { useKflValidation } from '@/lib/useKflValidation';
import { KflMirror } from './KflMirror';

export function KflField({ label, value, onChange, serverError, hint }: { label: string; value: string; onChange: (v: string) => void; serverError?: string; hint: string }) {
  const id = useId();
  const [scrollLeft, setScrollLeft] = useState(0);
  const { verdict, error, failure } = useKflValidation(value);
  const invalid = Boolean(error || serverError);
  return (
    <div className="field">
      <label htmlFor={`${id}-in`}>{label}</label>
      <div className={`kfl-field${invalid ? ' invalid' : ''}`}>
        <KflMirror text={value} error={error} scrollLeft={scrollLeft} />
        <input
          id={`${id}-in`}
          name="filter"
          className="kfl-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder='e.g. http and response.status >= 500  (empty: every entry)'
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-msg`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
          onSelect={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
        />
      </div>
      <div id={`${id}-msg`} className="field-msg" aria-live="polite">
        {error ? (
          <span className="kfl-error" role="alert">
            <strong>Invalid filter:</strong> {error.message}
          </span>
        ) : serverError ? (
          <span className="kfl-error" role="alert" data-testid="field-error-filter">
            {serverError}
          </span>
        ) : failure ? (
          <span className="muted">Cannot check the filter: {failure.message}</span>
        ) : verdict && value.trim() ? (
          <span className="ok-text">✓ valid</span>
        ) : (
          <span className="muted">{hint}</span>
        )}
      </div>
    </div>
  );
}
