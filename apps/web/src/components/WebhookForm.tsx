'use client';
/**
 * Create or edit a webhook rule. The filter is checked as it is typed, the template previewed;
 * the hub is the judge of the rest: a 400 `bad_rule` names its field and the message is shown
 * next to that field (anything else above the buttons).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FieldError, sendJson, type WebhookRule } from '@/lib/outputs-api';
import { buildInput, emptyForm, formFromRule, type WebhookFormState } from '@/lib/webhookForm';
import { HeaderRows } from './HeaderRows';
import { KflField } from './KflField';
import { TemplateField } from './TemplateField';

const FIELDS = ['name', 'filter', 'template', 'url', 'headers', 'ratePerMinute', 'dedupeSeconds', 'enabled', 'includeEntry'] as const;

function Msg({ field, errors }: { field: string; errors: Record<string, string> }) {
  return (
    <div id={`wh-${field}-msg`} className="field-msg" aria-live="polite">
      {errors[field] && (
        <span className="kfl-error" role="alert" data-testid={`field-error-${field}`}>
          {errors[field]}
        </span>
      )}
    </div>
  );
}

export function WebhookForm({ rule, onDone }: { rule?: WebhookRule; onDone: (id?: string) => void }) {
  const qc = useQueryClient();
  const id = useId();
  const [f, setF] = useState<WebhookFormState>(() => (rule ? formFromRule(rule) : emptyForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (p: Partial<WebhookFormState>) => {
    setF((x) => ({ ...x, ...p }));
    // A field's server error goes once the field is edited.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in p))));
  };
  const save = useMutation({
    mutationFn: (input: unknown) => (rule ? sendJson<WebhookRule>('PUT', `/api/webhooks/${encodeURIComponent(rule.id)}`, input) : sendJson<WebhookRule>('POST', '/api/webhooks', input)),
    onSuccess: (saved) => {
      void qc.invalidateQueries({ queryKey: ['webhooks'] });
      onDone(saved.id);
    },
    onError: (e) => {
      const field = e instanceof FieldError && e.field && (FIELDS as readonly string[]).includes(e.field) ? e.field : 'form';
      setErrors({ [field]: e.message });
    },
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const built = buildInput(f, rule);
    if (!built.ok) return setErrors({ [built.field]: built.message });
    setErrors({});
    save.mutate(built.input);
  };
  const input = (field: 'name' | 'url' | 'ratePerMinute' | 'dedupeSeconds', label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input id={`${id}-${field}`} name={field} className="text-input" aria-invalid={errors[field] ? true : undefined} aria-describedby={`wh-${field}-msg`} value={f[field]} onChange={(e) => set({ [field]: e.target.value })} {...extra} />
      <Msg field={field} errors={errors} />
    </div>
  );
  return (
    <form className="panel wh-form" onSubmit={submit} noValidate aria-label={rule ? `Edit webhook ${rule.name}` : 'New webhook rule'}>
      <h2>{rule ? `Edit “${rule.name}”` : 'New webhook rule'}</h2>
      {input('name', 'Name', { placeholder: 'Server errors to #alerts', maxLength: 200 })}
      <KflField label="Filter (KFL): which entries send a message" value={f.filter} onChange={(v) => set({ filter: v })} serverError={errors.filter} hint="Empty sends a message for every entry." />
      <TemplateField value={f.template} onChange={(v) => set({ template: v })} serverError={errors.template} />
      {input('url', 'URL (http or https)', { placeholder: 'https://hooks.slack.com/services/…', inputMode: 'url', spellCheck: false })}
      <HeaderRows rows={f.headers} onChange={(headers) => set({ headers })} error={errors.headers} />
      <div className="field-row">
        {input('ratePerMinute', 'Messages per minute at most', { inputMode: 'numeric', size: 6 })}
        {input('dedupeSeconds', 'Same message once per (seconds; 0 = off)', { inputMode: 'numeric', size: 6 })}
      </div>
      <div className="field-row">
        <label className="check">
          <input type="checkbox" checked={f.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> Enabled
        </label>
        <label className="check">
          <input type="checkbox" checked={f.includeEntry} onChange={(e) => set({ includeEntry: e.target.checked })} /> Include the whole entry in the payload (<code>entry</code>, beside <code>text</code>)
        </label>
      </div>
      <Msg field="enabled" errors={errors} />
      <Msg field="includeEntry" errors={errors} />
      <Msg field="form" errors={errors} />
      <div className="actions">
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : rule ? 'Save changes' : 'Create rule'}
        </button>
        <button type="button" className="btn" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
