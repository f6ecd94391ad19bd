'use client';
/**
 * The APISec push (`/api/apisec`): the config file and its error, then per service its mapping,
 * state in words, endpoints pushed, last push and last error; "Push now" runs a cycle at once.
 * When the hub runs without `--apisec-config`, the hub's message says how to turn it on.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson } from '@/lib/api';
import { formatDateTime } from '@/lib/entry';
import { sendJson, type ApisecState, type ApisecStatus } from '@/lib/outputs-api';
import { QueryError } from './QueryError';

const STATE: Record<ApisecState, { word: string; tone: 'good' | 'warn' | 'bad' | 'idle' }> = {
  ok: { word: 'pushed, up to date', tone: 'good' },
  pending: { word: 'waiting for the next push', tone: 'idle' },
  unmapped: { word: 'not mapped: add it to serviceMappings', tone: 'idle' },
  bad_key: { word: 'API key refused (not retried until the file changes)', tone: 'bad' },
  not_found: { word: 'application/instance not found (not retried until the file changes)', tone: 'bad' },
  retrying: { word: 'failed, retrying', tone: 'warn' },
  onboarding_failed: { word: 'onboarding failed, retrying', tone: 'warn' },
};

export function ApisecPanel() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ['apisec'], queryFn: ({ signal }) => getJson<ApisecStatus>('/api/apisec', {}, signal), refetchInterval: 5_000 });
  const push = useMutation({
    mutationFn: () => sendJson<ApisecStatus>('POST', '/api/apisec/push'),
    onSuccess: (s) => qc.setQueryData(['apisec'], s),
  });
  const s = status.data;
  return (
    <section className="panel apisec" aria-labelledby="apisec-h" data-testid="apisec-panel">
      <div className="panel-head">
        <h2 id="apisec-h">APISec push</h2>
        {s?.enabled && (
          <button type="button" className="btn primary" onClick={() => push.mutate()} disabled={push.isPending}>
            {push.isPending ? 'Pushing…' : 'Push now'}
          </button>
        )}
        <span aria-live="polite" className="small">
          {push.error && <span className="kfl-error">Push failed: {push.error.message}</span>}
          {push.isSuccess && !push.isPending && <span className="muted">Push cycle done.</span>}
        </span>
      </div>
      {status.error && !s ? (
        <QueryError err={status.error} what="the APISec status" onRetry={() => void status.refetch()} />
      ) : !s ? (
        <p className="muted">Loading…</p>
      ) : !s.enabled ? (
        <p data-testid="apisec-off">{s.message}</p>
      ) : (
        <>
          <p className="small">
            Config <code>{s.configPath}</code>
            {s.loadedAt !== null && <> · loaded {formatDateTime(s.loadedAt)}</>} · pushing to <code>{s.devApiUrl ?? '–'}</code> · auto-onboarding {s.autoOnboardNewServices ? 'on' : 'off'} ·{' '}
            {s.mappedServices.length} mapped service{s.mappedServices.length === 1 ? '' : 's'}
          </p>
          {s.configError && (
            <p className="kfl-error" role="alert">
              <strong>Config error:</strong> {s.configError}
            </p>
          )}
          {s.services.length === 0 ? (
            <p className="muted">No services in the inventory yet: endpoints are pushed once traffic to a mapped service is seen.</p>
          ) : (
            <table className="map-edges" data-testid="apisec-services">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Mapping</th>
                  <th scope="col">State</th>
                  <th scope="col" className="num">Endpoints</th>
                  <th scope="col" className="num">Pushed</th>
                  <th scope="col">Last push</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {s.services.map((v) => (
                  <tr key={v.service} data-service={v.service}>
                    <td>{v.service}</td>
                    <td className="small">{v.mapping ? `app ${v.mapping.appId} / instance ${v.mapping.instanceId}${v.onboarded ? ' (onboarded)' : ''}` : <span className="muted">none</span>}</td>
                    <td data-testid="apisec-state" data-state={v.state}>
                      <span className={`sb-item tone-${STATE[v.state].tone}`}>
                        <span className="dot" aria-hidden="true" />
                        {STATE[v.state].word}
                      </span>
                    </td>
                    <td className="num">{v.endpoints}</td>
                    <td className="num" data-testid="apisec-pushed">
                      {v.pushed}
                    </td>
                    <td>{v.lastPushAt === null ? <span className="muted">never</span> : formatDateTime(v.lastPushAt)}</td>
                    <td>{v.lastError ? <span className="kfl-error">{v.lastError}</span> : <span className="muted">none</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
