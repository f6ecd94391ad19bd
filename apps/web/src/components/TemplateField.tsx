'use client';
/**
 * The message template with its preview: rendered in the browser (lib/template.ts, the hub's
 * rules) against the newest stored entry, so what the receiver will get is visible while typing.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { getJson, type EntriesPage } from '@/lib/api';
import { formatDateTime } from '@/lib/entry';
import { renderTemplate, templateProblem } from '@/lib/template';

export function TemplateField({ value, onChange, serverError }: { value: string; onChange: (v: string) => void; serverError?: string }) {
  const id = useId();
  const newest = useQuery({
    queryKey: ['newest-entry'],
    queryFn: ({ signal }) => getJson<EntriesPage>('/api/entries', { limit: 1 }, signal),
    refetchInterval: 10_000,
  });
  const problem = templateProblem(value);
  const entry = newest.data?.entries[0];
  const message = problem ?? serverError;
  return (
    <div className="field">
      <label htmlFor={`${id}-in`}>Message template</label>
      <textarea id={`${id}-in`} name="template" className="text-input mono" rows={2} spellCheck={false} aria-invalid={message ? true : undefined} aria-describedby={`${id}-msg ${id}-preview`} value={value} onChange={(e) => onChange(e.target.value)} />
      <div id={`${id}-msg`} className="field-msg" aria-live="polite">
        {message ? (
          <span className="kfl-error" role="alert" data-testid="field-error-template">
            {message}
          </span>
        ) : (
          <span className="muted">
            <code>{'{{.path}}'}</code> is a dotted path into the entry: <code>{'{{.dst.name}}'}</code>, <code>{'{{.response.status}}'}</code>, <code>{'{{.request.headers.host}}'}</code>. A missing value reads &lt;no value&gt;.
          </span>
        )}
      </div>
      <div id={`${id}-preview`} className="preview-box" data-testid="template-preview">
        {entry ? (
          <>
            <span className="muted small">Preview with the newest entry ({formatDateTime(entry.timestamp)}):</span>
            <pre className="code wrap">{problem ? '—' : renderTemplate(value, entry)}</pre>
          </>
        ) : (
          <span className="muted small">{newest.error ? `No preview: ${newest.error.message}` : newest.data ? 'No preview yet: it is rendered against the newest captured entry, and there is none.' : 'Loading the newest entry for a preview…'}</span>
        )}
      </div>
    </div>
  );
}
