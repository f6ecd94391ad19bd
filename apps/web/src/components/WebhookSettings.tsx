'use client';
/**
 * Settings → Webhooks (`/settings/`): the hub's webhook rules with their delivery status
 * (refreshed every 3 s), a form to create one, and each API rule's edit form (`?edit=ID|new`).
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError, getJson } from '@/lib/api';
import type { WebhookRule } from '@/lib/outputs-api';
import { useUrlParams } from '@/lib/useUrlParams';
import { QueryError } from './QueryError';
import { WebhookForm } from './WebhookForm';
import { WebhookRuleCard } from './WebhookRuleCard';

export function WebhookSettings() {
  const url = useUrlParams();
  const editing = url.get('edit');
  const rules = useQuery({ queryKey: ['webhooks'], queryFn: ({ signal }) => getJson<{ rules: WebhookRule[] }>('/api/webhooks', {}, signal), refetchInterval: 3_000 });
  const list = rules.data?.rules ?? [];
  const edited = editing && editing !== 'new' ? list.find((r) => r.id === editing) : undefined;
  const off = rules.error instanceof ApiError && rules.error.status === 404;
  return (
    <div className="page settings">
      <div className="settings-scroll">
        <div className="panel-head">
          <h1>Webhooks</h1>
          {!off && editing !== 'new' && (
            <button type="button" className="btn primary" onClick={() => url.set({ edit: 'new' })}>
              New rule
            </button>
          )}
        </div>
        <p className="muted">
          A rule sends a message (Slack-compatible JSON <code>{'{"text": …}'}</code>) to a URL for every stored entry its KFL filter matches, within its rate limit and de-duplication window.
        </p>
        {editing === 'new' && <WebhookForm key="new" onDone={() => url.set({ edit: null })} />}
        {edited && <WebhookForm key={edited.id} rule={edited} onDone={() => url.set({ edit: null })} />}
        {rules.error && !rules.data ? (
          off ? (
            <div className="empty" role="status">
              <h2>Webhooks are off on this hub</h2>
              <p>{rules.error.message}</p>
            </div>
          ) : (
            <QueryError err={rules.error} what="the webhook rules" onRetry={() => void rules.refetch()} />
          )
        ) : !rules.data ? (
          <div className="empty">Loading…</div>
        ) : list.length === 0 ? (
          editing !== 'new' && (
            <div className="empty" role="status">
              <h2>No webhook rules yet</h2>
              <p>
                Create one with <strong>New rule</strong>: for example the filter <code>http and response.status &gt;= 500</code> and your Slack incoming-webhook URL. Rules can also come from a file (<code>trawl-hub --webhooks rules.json</code>).
              </p>
            </div>
          )
        ) : (
          <div className="wh-list" data-testid="webhook-rules">
            {list.map((r) => (r.id === edited?.id ? null : <WebhookRuleCard key={r.id} rule={r} onEdit={() => url.set({ edit: r.id })} />))}
          </div>
        )}
      </div>
    </div>
  );
}
