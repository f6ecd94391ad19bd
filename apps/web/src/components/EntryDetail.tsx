'use client';
/**
 * One entry: request and response side by side (line, headers, body by mime type, sizes), timing,
 * and both ends with their names. Values have a "+" that adds them to the filter. Escape closes.
 */
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useRef } from 'react';
import { ApiError, getJson } from '@/lib/api';
import { endLabel, formatBytes, formatDateTime, formatLatency, header, type End, type Entry, type Message } from '@/lib/entry';
import { HTTP_LIKE, oneLine, protocolOf, statusOf, targetOf, verbOf } from '@/lib/protocols';
import { clause, kflString } from '@/lib/kfl';
import { BodyViewer } from './BodyViewer';
import { FieldsTable, ProtocolSummary, shownKeys } from './ProtocolView';
import type { AddFilter } from './EntryList';
import { CurlBox } from './CurlBox';

function Add({ c, onAdd }: { c: string; onAdd: AddFilter }) {
  return (
    <button type="button" className="add" title={`Add to the filter: ${c}`} aria-label={`Add to the filter: ${c}`} onClick={() => onAdd(c)}>
      +
    </button>
  );
}

function Headers({ headers, side, onAdd }: { headers: Message['headers']; side: 'request' | 'response'; onAdd: AddFilter }) {
  const list = Object.entries(headers ?? {});
  if (list.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="headers">
      <caption className="sr-only">{side} headers</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">
            <span className="sr-only">Filter</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map(([k, v]) => {
          const value = Array.isArray(v) ? v.join(', ') : String(v);
          return (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td className="mono">{value}</td>
              <td>
                <Add c={`${side}.headers[${kflString(k)}] == ${kflString(value)}`} onAdd={onAdd} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const HTTP_KEYS = ['method', 'path', 'url', 'queryString', 'httpVersion', 'headers', 'body', 'status', 'statusText'];

function Side({ title, m, size, side, e, onAdd }: { title: string; m: Message | null | undefined; size: number | undefined; side: 'request' | 'response'; e: Entry; onAdd: AddFilter }) {
  if (!m)
    return (
      <section className="side" aria-label={title}>
        <h3>{title}</h3>
        <p className="muted">{side === 'response' ? 'No response was captured (the connection closed, or it is still open).' : 'No request was captured.'}</p>
      </section>
    );
  const proto = protocolOf(e);
  const httpLike = HTTP_LIKE.has(proto) || proto === 'grpc';
  const st = statusOf(e);
  const verb = verbOf(e);
  const target = targetOf(e);
  const qs = m.queryString && Object.keys(m.queryString).length > 0 ? m.queryString : null;
  const skip = new Set([...HTTP_KEYS, ...shownKeys(proto, side)]);
  const hasHeaders = m.headers && Object.keys(m.headers).length > 0;
  return (
    <section className="side" aria-label={title}>
      <h3>
        {title} <span className="muted small">{formatBytes(size)}</span>
      </h3>
      <div className="line mono">
        {side === 'request' ? (
          httpLike ? (
            <>
              {m.method && (
                <span>
                  <strong>{m.method}</strong>
                  <Add c={clause('request.method', m.method)} onAdd={onAdd} />
                </span>
              )}{' '}
              <span className="break">{m.url ?? m.path}</span>
              {m.path && <Add c={clause('request.path', m.path)} onAdd={onAdd} />} <span className="muted">{m.httpVersion}</span>
            </>
          ) : (
            <>
              <span>
                <strong>{verb}</strong>
                {m.method === verb && verb && <Add c={clause('request.method', verb)} onAdd={onAdd} />}
              </span>{' '}
              <span className="break">{target}</span>
              {typeof m.path === 'string' && <Add c={clause('request.path', m.path)} onAdd={onAdd} />}
            </>
          )
        ) : (
          <>
            {httpLike && <span className="muted">{m.httpVersion}</span>}{' '}
            {typeof m.status === 'number' && (
              <span className={`status st-${st.cls}`} data-testid="detail-status">
                <span aria-hidden="true" className="st-dot" />
                {httpLike && proto !== 'grpc' ? (
                  <>
                    <strong>{m.status}</strong> {m.statusText} <span className="st-word">({st.word})</span>
                  </>
                ) : (
                  <>
                    <strong>{st.label || m.status}</strong> <span className="st-word">({st.word})</span>
                  </>
                )}
                <Add c={clause('response.status', m.status)} onAdd={onAdd} />
              </span>
            )}
          </>
        )}
      </div>
      {qs && (
        <>
          <h4>Query</h4>
          <table className="headers">
            <caption className="sr-only">query string</caption>
            <tbody>
              {Object.entries(qs).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td className="mono">{Array.isArray(v) ? v.join(', ') : v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <ProtocolSummary proto={proto} m={m} side={side} />
      <FieldsTable m={m} skip={skip} caption={`${proto} ${side} fields`} />
      {(httpLike || hasHeaders) && (
        <>
          <h4>Headers</h4>
          <Headers headers={m.headers} side={side} onAdd={onAdd} />
        </>
      )}
      {(httpLike || (m.body !== undefined && m.body !== null && !shownKeys(proto, side).includes('body'))) && (
        <>
          <h4>Body</h4>
          <BodyViewer body={m.body} contentType={header(m.headers, 'content-type')} />
        </>
      )}
    </section>
  );
}

function EndCard({ label, end, field, onAdd }: { label: string; end: End | undefined; field: 'src' | 'dst'; onAdd: AddFilter }) {
  return (
    <div className="endcard">
      <div className="muted small">{label}</div>
      <div>
        <strong>{endLabel(end)}</strong> {end?.name && <Add c={clause(`${field}.name`, end.name)} onAdd={onAdd} />}
      </div>
      <div className="mono small">
        {end?.ip}
        {end?.port !== undefined ? `:${end.port}` : ''} {end?.kind && <span className="tag">{end.kind}</span>}
        {end?.pod && <span className="tag">pod {end.pod}</span>}
        {end?.service && <span className="tag">svc {end.service}</span>}
        {end?.process?.pid !== undefined && <span className="tag">pid {end.process.pid}</span>}
      </div>
    </div>
  );
}

/** Memoised: the traffic view re-renders on every live flush. */
export const EntryDetail = memo(function EntryDetail({ id, onClose, onAdd }: { id: string; onClose: () => void; onAdd: AddFilter }) {
  const q = useQuery({
    queryKey: ['entry', id],
    queryFn: ({ signal }) => getJson<Entry>(`/api/entries/${encodeURIComponent(id)}`, {}, signal),
    staleTime: Infinity,
  });
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus({ preventScroll: true });
  }, [id]);
  const e = q.data;
  return (
    <aside
      className="detail"
      aria-label="Entry detail"
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') {
          ev.preventDefault();
          onClose();
        }
      }}
    >
      <div className="detail-head">
        <h2>
          {e ? (
            <>
              <span className={`badge p-${e.protocol?.name ?? ''}`}>{e.protocol?.abbr ?? e.protocol?.name}</span> {verbOf(e)} <span className="mono">{oneLine(targetOf(e), 80)}</span>
            </>
          ) : (
            'Entry'
          )}
        </h2>
        <button ref={closeRef} type="button" className="btn" onClick={onClose} aria-label="Close the entry detail (Escape)">
          Close ✕
        </button>
      </div>
      {!e && !q.error && (
        <p className="muted" role="status">
          Loading entry…
        </p>
      )}
      {q.error && !e && (
        <p className="error-state" role="alert">
          {q.error instanceof ApiError && q.error.status === 404 ? `Entry ${id} is no longer stored (retention removed it, or the link is from another hub).` : `Cannot load entry ${id}: ${(q.error as Error).message}`}
        </p>
      )}
      {e && (
        <>
          <div className="ends">
            <EndCard label="Source" end={e.src} field="src" onAdd={onAdd} />
            <span className="arrow big" aria-label="to">
              →
            </span>
            <EndCard label="Destination" end={e.dst} field="dst" onAdd={onAdd} />
            <dl className="facts">
              <dt>When</dt>
              <dd>{formatDateTime(e.timestamp)}</dd>
              <dt>Latency</dt>
              <dd>{formatLatency(e.elapsedTime)}</dd>
              <dt>Protocol</dt>
              <dd>
                {e.protocol?.name} {e.protocol?.version} {e.transport ? `over ${e.transport}` : ''}
              </dd>
              <dt>Node</dt>
              <dd>{e.node ?? '–'}</dd>
              <dt>ID</dt>
              <dd className="mono small">{e.id}</dd>
            </dl>
          </div>
          <div className="sides">
            <Side title="Request" m={e.request} size={e.requestSize} side="request" e={e} onAdd={onAdd} />
            <Side title="Response" m={e.response} size={e.responseSize} side="response" e={e} onAdd={onAdd} />
          </div>
          <CurlBox e={e} />
        </>
      )}
    </aside>
  );
});
