'use client';
/**
 * One webhook rule: what it matches and where it sends, enabled or not (in words), its delivery
 * counters and last error, and its recent deliveries; Edit, Send test and Delete (asked twice).
 * A rule from the hub's `--webhooks` file is read-only here.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@/lib/entry';
import { sendJson, type WebhookRule } from '@/lib/outputs-api';
import { ConfirmButton } from './ConfirmButton';
import { WebhookDeliveries } from './WebhookDeliveries';

const COUNTERS: { key: keyof WebhookRule['status']['counters']; label: string }[] = [
  { key: 'matched', label: 'matched' },
  { key: 'sent', label: 'sent' },
  { key: 'failed', label: 'failed' },
  { key: 'retries', label: 'retries' },
  { key: 'rateLimited', label: 'rate-limited' },
  { key: 'deduplicated', label: 'deduplicated' },
  { key: 'queueFull', label: 'dropped (queue full)' },
];

export function WebhookRuleCard({ rule, onEdit }: { rule: WebhookRule; onEdit: () => void }) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['webhooks'] });
  const test = useMutation({ mutationFn: () => sendJson('POST', `/api/webhooks/${encodeURIComponent(rule.id)}/test`), onSuccess: () => setTimeout(refresh, 500) });
  const remove = useMutation({ mutationFn: () => sendJson('DELETE', `/api/webhooks/${encodeURIComponent(rule.id)}`), onSettled: refresh });
  const config = rule.source === 'config';
  const s = rule.status;
  return (
    <article className="panel wh-rule" aria-labelledby={`wh-${rule.id}`} data-rule={rule.name}>
      <div className="panel-head">
        <h3 id={`wh-${rule.id}`}>{rule.name}</h3>
        <span className={`status ${rule.enabled ? 'st-ok' : 'st-none'}`} data-testid="rule-enabled">
          <span className="st-dot" aria-hidden="true" />
          {rule.enabled ? 'enabled' : 'disabled'}
        </span>
        {config && <span className="tag">from the config file</span>}
        <span className="actions">
          {!config && (
            <button type="button" className="btn small" onClick={onEdit}>
              Edit
            </button>
          )}
          <button type="button" className="btn small" onClick={() => test.mutate()} disabled={test.isPending}>
            Send test
          </button>
          {!config && <ConfirmButton label="Delete" question={`Delete the rule “${rule.name}”?`} confirmLabel="Yes, delete" small busy={remove.isPending} onConfirm={() => remove.mutate()} />}
        </span>
      </div>
      {config && <p className="muted small">This rule comes from the file given to the hub with <code>--webhooks</code>: change or remove it there (the hub reads it at start).</p>}
      <dl className="facts wh-facts">
        <dt>Filter</dt>
        <dd className="mono">{rule.filter || <span className="muted">(every entry)</span>}</dd>
        <dt>Template</dt>
        <dd className="mono">{rule.template}</dd>
        <dt>URL</dt>
        <dd className="mono">{rule.url}</dd>
        <dt>Headers</dt>
        <dd>{Object.keys(rule.headers).length ? Object.keys(rule.headers).map((h) => <code key={h} className="tag">{h}: [REDACTED]</code>) : <span className="muted">none</span>}</dd>
        <dt>Limits</dt>
        <dd>
          {rule.ratePerMinute}/min · {rule.dedupeSeconds ? `the same message once per ${rule.dedupeSeconds} s` : 'no de-duplication'} · {rule.includeEntry ? 'with the entry' : 'text only'}
        </dd>
      </dl>
      <p className="counters small" data-testid="rule-counters">
        {COUNTERS.map((c) => (
          <span key={c.key} data-counter={c.key} className={c.key === 'failed' && s.counters.failed > 0 ? 'kfl-error' : undefined}>
            {s.counters[c.key]} {c.label}
          </span>
        ))}
        <span>{s.queueDepth} waiting</span>
      </p>
      {s.lastError && (
        <p className="kfl-error small" data-testid="rule-last-error">
          Last error ({formatDateTime(s.lastError.at)}): {s.lastError.message}
        </p>
      )}
      <p aria-live="polite" className="small">
        {test.isSuccess && <span className="muted">Test message queued.</span>}
        {test.error && <span className="kfl-error">Could not send a test: {test.error.message}</span>}
        {remove.error && <span className="kfl-error">Could not delete: {remove.error.message}</span>}
      </p>
      <WebhookDeliveries deliveries={s.deliveries} name={rule.name} />
    </article>
  );
}
