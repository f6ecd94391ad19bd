'use client';
/**
 * A body by its mime type: JSON pretty-printed and foldable, images previewed, other text as
 * text, binary as hex (with base64 a click away). Sizes and truncation are said in words.
 */
import { useMemo, useState } from 'react';
import { formatBytes, type Body } from '@/lib/entry';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function JsonNode({ name, value, depth, comma }: { name?: string; value: Json; depth: number; comma?: boolean }) {
  const tail = comma ? ',' : '';
  const [open, setOpen] = useState(depth < 3);
  const key = name !== undefined ? <span className="j-key">{JSON.stringify(name)}: </span> : null;
  if (value === null || typeof value !== 'object') {
    const cls = value === null ? 'j-null' : typeof value === 'string' ? 'j-str' : typeof value === 'number' ? 'j-num' : 'j-bool';
    return (
      <div className="j-line">
        {key}
        <span className={cls}>{JSON.stringify(value)}</span>
        {tail}
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const entries: [string | undefined, Json][] = isArray ? (value as Json[]).map((v) => [undefined, v]) : Object.entries(value as Record<string, Json>);
  const [o, c] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0)
    return (
      <div className="j-line">
        {key}
        {o}
        {c}
        {tail}
      </div>
    );
  return (
    <div className="j-node">
      <div className="j-line">
        <button type="button" className="j-toggle" aria-expanded={open} aria-label={open ? 'Fold' : 'Unfold'} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'}
        </button>
        {key}
        {o}
        {!open && (
          <span className="muted">
            {' '}
            {entries.length} {isArray ? 'items' : 'keys'} {c}
            {tail}
          </span>
        )}
      </div>
      {open && (
        <div className="j-children">
          {entries.map(([k, v], i) => (
            <JsonNode key={k ?? i} name={k} value={v} depth={depth + 1} comma={i < entries.length - 1} />
          ))}
          <div className="j-line">
            {c}
            {tail}
          </div>
        </div>
      )}
    </div>
  );
}

function base64ToBytes(b64: string): Uint8Array {
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return new Uint8Array(0);
  }
}

const HEX_MAX = 64 * 1024;

function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  const n = Math.min(bytes.length, HEX_MAX);
  for (let off = 0; off < n; off += 16) {
    const chunk = bytes.subarray(off, Math.min(off + 16, n));
    const hex = Array.from(chunk, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = Array.from(chunk, (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (bytes.length > n) lines.push(`… ${bytes.length - n} more bytes`);
  return lines.join('\n');
}

export function BodyViewer({ body, contentType }: { body: Body | null | undefined; contentType: string | undefined }) {
  const [mode, setMode] = useState<'auto' | 'raw' | 'hex' | 'base64'>('auto');
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const isBase64 = body?.encoding === 'base64' || (body?.base64 !== undefined && body?.text === undefined);
  const text = body?.text;
  const parsed = useMemo((): { ok: true; value: Json } | { ok: false } => {
    if (text === undefined || body?.truncated) return { ok: false };
    if (!(mime.includes('json') || /^\s*[[{]/.test(text))) return { ok: false };
    try {
      return { ok: true, value: JSON.parse(text) as Json };
    } catch {
      return { ok: false };
    }
  }, [text, mime, body?.truncated]);

  if (!body) return <p className="muted">No body.</p>;
  const size = body.size ?? body.captured;
  const sizeLine = (
    <p className="muted body-size">
      {formatBytes(size)}
      {mime ? ` · ${mime}` : ''}
      {isBase64 ? ' · binary' : ''}
      {body.truncated ? ` · truncated: ${formatBytes(body.captured)} of ${formatBytes(body.size)} captured` : ''}
    </p>
  );
  if (size === 0 && !text && !body.base64) return <>{sizeLine}<p className="muted">Empty body.</p></>;

  const modes: ('auto' | 'raw' | 'hex' | 'base64')[] = isBase64 ? ['auto', 'hex', 'base64'] : parsed.ok ? ['auto', 'raw'] : [];
  const bar =
    modes.length > 1 ? (
      <div className="seg" role="group" aria-label="Body view">
        {modes.map((m) => (
          <button key={m} type="button" className={`btn small${mode === m ? ' on' : ''}`} aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'auto' ? (parsed.ok ? 'JSON' : mime.startsWith('image/') ? 'image' : 'hex') : m}
          </button>
        ))}
      </div>
    ) : null;

  let view: React.ReactNode;
  if (isBase64) {
    const b64 = body.base64 ?? '';
    if (mode === 'base64') view = <pre className="code wrap">{b64}</pre>;
    else if ((mode === 'auto' && mime.startsWith('image/')) && !body.truncated)
      // eslint-disable-next-line @next/next/no-img-element
      view = <img className="preview" alt={`The ${mime} image of this body`} src={`data:${mime};base64,${b64}`} />;
    else view = <pre className="code">{hexDump(base64ToBytes(b64))}</pre>;
  } else if (parsed.ok && mode === 'auto') {
    view = (
      <div className="code json" data-testid="json-body">
        <JsonNode value={parsed.value} depth={0} />
      </div>
    );
  } else {
    view = <pre className="code wrap">{text ?? ''}</pre>;
  }
  return (
    <div className="body-view">
      <div className="body-head">
        {sizeLine}
        {bar}
      </div>
      {view}
    </div>
  );
}
