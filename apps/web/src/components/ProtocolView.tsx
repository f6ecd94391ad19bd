'use client';
/**
 * A readable view of one side of a non-HTTP (or gRPC/GraphQL) entry: SQL text with its parameters
 * and a sample of the rows, a Redis command's arguments and reply, gRPC messages as JSON trees, DNS
 * answers as a table, Kafka topics and partitions, AMQP properties and body. What a view does not
 * show goes to the generic fields table below it (FieldsTable), so nothing a dissector put on the
 * entry is hidden.
 */
import type { Message } from '@/lib/entry';
import { GRPC_STATUS } from '@/lib/protocols';
import { BodyViewer, JsonNode, type Json } from './BodyViewer';

type Side = 'request' | 'response';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (v === null ? 'null' : v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** A value: text for scalars, a foldable JSON tree for objects and arrays. */
export function Value({ v }: { v: unknown }) {
  if (v !== null && typeof v === 'object')
    return (
      <div className="json mono small">
        <JsonNode value={v as Json} depth={1} />
      </div>
    );
  return <span className="mono">{text(v)}</span>;
}

export function FieldsTable({ m, skip, caption }: { m: Message; skip: ReadonlySet<string>; caption: string }) {
  const rest = Object.entries(m).filter(([k, v]) => !skip.has(k) && v !== undefined);
  if (rest.length === 0) return null;
  return (
    <table className="headers fields" data-testid="protocol-fields">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {rest.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>
              <Value v={v} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Table({ caption, cols, rows, testId }: { caption: string; cols: string[]; rows: unknown[][]; testId?: string }) {
  return (
    <table className="headers grid-table" data-testid={testId}>
      <caption className="small muted">{caption}</caption>
      <thead>
        <tr>
          {cols.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j} className="mono">
                {v === null ? <span className="muted">NULL</span> : text(v)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Keys shown by each view (the fields table leaves them out). */
const SHOWN: Record<string, Partial<Record<Side, string[]>>> = {
  postgres: { request: ['query', 'parameters', 'method'], response: ['columns', 'rowsSample', 'code', 'message', 'severity', 'status'] },
  mysql: { request: ['query', 'parameters', 'method'], response: ['columns', 'rowsSample', 'code', 'message', 'sqlState', 'status'] },
  redis: { request: ['command', 'args', 'method', 'key', 'path'], response: ['value', 'error', 'status'] },
  grpc: { request: ['messages', 'service', 'rpc'], response: ['messages', 'status', 'statusText', 'trailers'] },
  graphql: { request: ['query', 'variables', 'operationName', 'operationType'], response: ['errors'] },
  dns: { request: ['name', 'type', 'method', 'path'], response: ['answers', 'additionals', 'rcode', 'status', 'authorities'] },
  kafka: { request: ['apiKey', 'method', 'topic', 'path', 'partitions'], response: ['partitions', 'error', 'errorMessage', 'status'] },
  amqp: { request: ['method', 'properties', 'body'], response: ['properties', 'body', 'replyCode', 'replyText', 'status'] },
};

export function shownKeys(proto: string, side: Side): string[] {
  return SHOWN[proto]?.[side] ?? [];
}

function Sql({ m, side }: { m: Message; side: Side }) {
  if (side === 'request') {
    const q = typeof m.query === 'string' ? m.query : null;
    const params = Array.isArray(m.parameters) ? m.parameters : null;
    return (
      <>
        {q && (
          <pre className="code sql" data-testid="sql-query">
            {q}
          </pre>
        )}
        {params && params.length > 0 && <Table caption="Parameters" cols={['#', 'value']} rows={params.map((p, i) => [`$${i + 1}`, p])} testId="sql-parameters" />}
      </>
    );
  }
  const cols = Array.isArray(m.columns) ? m.columns.map((c) => (isObj(c) ? text(c.name) : text(c))) : null;
  const sample = Array.isArray(m.rowsSample) ? (m.rowsSample as unknown[]).filter(Array.isArray) as unknown[][] : null;
  return (
    <>
      {m.status !== undefined && m.status !== 0 && (
        <p className="error-state small" data-testid="sql-error">
          {text(m.severity ?? 'ERROR')} {text(m.code ?? m.sqlState ?? '')}: {text(m.message ?? '')}
        </p>
      )}
      {cols && sample && sample.length > 0 ? (
        <Table caption={`Rows (sample of ${typeof m.rows === 'number' ? m.rows : sample.length})`} cols={cols} rows={sample} testId="sql-rows" />
      ) : cols ? (
        <p className="small">
          Columns: <span className="mono">{cols.join(', ')}</span>
        </p>
      ) : null}
    </>
  );
}

function Redis({ m, side }: { m: Message; side: Side }) {
  if (side === 'request') {
    const args = Array.isArray(m.args) ? m.args : [];
    return (
      <p className="mono redis-cmd" data-testid="redis-command">
        <strong>{text(m.command)}</strong> {args.map((a, i) => <span key={i} className="arg">{text(a)} </span>)}
      </p>
    );
  }
  if (typeof m.error === 'string')
    return (
      <p className="error-state small mono" data-testid="redis-error">
        {m.error}
      </p>
    );
  return (
    <div data-testid="redis-value">
      <span className="muted small">Reply: </span>
      {m.value === null ? <span className="mono muted">(nil)</span> : <Value v={m.value} />}
    </div>
  );
}

function Grpc({ m, side }: { m: Message; side: Side }) {
  const msgs = Array.isArray(m.messages) ? m.messages : [];
  return (
    <>
      {side === 'response' && typeof m.status === 'number' && (
        <p className="small" data-testid="grpc-status">
          gRPC status <strong>{m.status} {GRPC_STATUS[m.status] ?? 'UNKNOWN'}</strong>
          {typeof m.statusText === 'string' && m.statusText ? ` — ${m.statusText}` : ''}
        </p>
      )}
      <h4>Messages ({msgs.length})</h4>
      {msgs.map((x, i) => (
        <div key={i} className="grpc-msg" data-testid="grpc-message">
          <div className="muted small">
            #{i + 1}
            {isObj(x) && typeof x.size === 'number' ? ` · ${x.size} B` : ''}
            {isObj(x) && x.compressed ? ' · compressed' : ''}
            {isObj(x) && typeof x.type === 'string' ? ` · ${x.type}` : ''}
          </div>
          <Value v={isObj(x) && 'value' in x ? x.value : x} />
        </div>
      ))}
      {side === 'response' && isObj(m.trailers) && <Table caption="Trailers" cols={['name', 'value']} rows={Object.entries(m.trailers)} />}
    </>
  );
}

function GraphQl({ m, side }: { m: Message; side: Side }) {
  if (side === 'response') return Array.isArray(m.errors) && m.errors.length > 0 ? <><h4>GraphQL errors</h4><Value v={m.errors} /></> : null;
  return (
    <>
      {typeof m.query === 'string' && (
        <pre className="code" data-testid="graphql-query">
          {m.query}
        </pre>
      )}
      {m.variables !== undefined && (
        <>
          <h4>Variables</h4>
          <Value v={m.variables} />
        </>
      )}
    </>
  );
}

function Dns({ m, side }: { m: Message; side: Side }) {
  if (side === 'request')
    return (
      <p className="mono" data-testid="dns-question">
        {text(m.name)} <strong>{text(m.type)}</strong>
      </p>
    );
  const records = (k: string) => (Array.isArray(m[k]) ? (m[k] as unknown[]).filter(isObj) : []);
  const answers = records('answers');
  const rows = (list: Record<string, unknown>[]) => list.map((a) => [a.name, a.type, a.ttl, a.data]);
  return (
    <>
      <p className="small">
        Response code <strong>{text(m.rcode ?? m.status)}</strong>
      </p>
      {answers.length > 0 ? <Table caption="Answers" cols={['name', 'type', 'TTL', 'data']} rows={rows(answers)} testId="dns-answers" /> : <p className="muted small">No answers.</p>}
      {records('authorities').length > 0 && <Table caption="Authority" cols={['name', 'type', 'TTL', 'data']} rows={rows(records('authorities'))} />}
      {records('additionals').length > 0 && <Table caption="Additional" cols={['name', 'type', 'TTL', 'data']} rows={rows(records('additionals'))} />}
    </>
  );
}

function Kafka({ m, side }: { m: Message; side: Side }) {
  const parts = Array.isArray(m.partitions) ? (m.partitions as unknown[]).filter(isObj) : [];
  const samples = parts.flatMap((p) => (isObj(p.records) && Array.isArray(p.records.samples) ? (p.records.samples as unknown[]).filter(isObj).map((s) => [p.topic ?? m.topic, p.partition, s.offset, s.key, s.value]) : []));
  return (
    <>
      {side === 'request' && (
        <p className="mono" data-testid="kafka-api">
          <strong>{text(m.apiKey)}</strong> v{text(m.apiVersion)} {m.topic !== undefined ? `topic ${text(m.topic)}` : ''}
        </p>
      )}
      {side === 'response' && typeof m.status === 'number' && m.status !== 0 && (
        <p className="error-state small">
          error {m.status} {text(m.error ?? '')} {text(m.errorMessage ?? '')}
        </p>
      )}
      {parts.length > 0 && (
        <Table
          caption="Partitions"
          cols={['topic', 'partition', side === 'request' ? 'records' : 'error', side === 'request' ? 'bytes' : 'offset']}
          rows={parts.map((p) => [p.topic ?? m.topic ?? '', p.partition, side === 'request' ? (isObj(p.records) ? p.records.records : p.fetchOffset ?? '') : (p.errorCode ?? ''), side === 'request' ? (isObj(p.records) ? p.records.size : p.partitionMaxBytes ?? '') : (p.baseOffset ?? p.highWatermark ?? '')])}
          testId="kafka-partitions"
        />
      )}
      {samples.length > 0 && <Table caption="Records (sample)" cols={['topic', 'partition', 'offset', 'key', 'value']} rows={samples} testId="kafka-records" />}
    </>
  );
}

function Amqp({ m, side }: { m: Message; side: Side }) {
  const body = isObj(m.body) ? m.body : null;
  const props = isObj(m.properties) ? m.properties : null;
  return (
    <>
      {side === 'response' && typeof m.replyCode === 'number' && (
        <p className={`small${m.replyCode >= 300 ? ' error-state' : ''}`}>
          Reply {m.replyCode} {text(m.replyText ?? '')}
        </p>
      )}
      {props && <Table caption="Properties" cols={['name', 'value']} rows={Object.entries(props)} testId="amqp-properties" />}
      {body && (
        <>
          <h4>Body</h4>
          <BodyViewer body={body} contentType={typeof props?.contentType === 'string' ? props.contentType : undefined} />
        </>
      )}
    </>
  );
}

const VIEWS: Record<string, (p: { m: Message; side: Side }) => React.ReactNode> = { postgres: Sql, mysql: Sql, redis: Redis, grpc: Grpc, graphql: GraphQl, dns: Dns, kafka: Kafka, amqp: Amqp };

/** The protocol's own view of this side, or nothing for plain HTTP. */
export function ProtocolSummary({ proto, m, side }: { proto: string; m: Message; side: Side }) {
  const View = VIEWS[proto];
  if (!View) return null;
  return (
    <div className={`proto-view pv-${proto}`} data-testid={`proto-${side}`}>
      <View m={m} side={side} />
    </div>
  );
}
