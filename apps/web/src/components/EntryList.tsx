'use client';
/**
 * The entry list, virtualised (@tanstack/react-virtual): only the rows in view are in the DOM.
 * A grid with one focusable container; ↑/↓, PageUp/PageDown, Home/End move the cursor row,
 * Enter opens it. Clicking a value (method, path, status, ends, protocol) adds it to the filter.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { endLabel, formatBytes, formatLatency, formatTime, methodOf, STATUS_WORD, statusClass, summaryOf, type Entry } from '@/lib/entry';
import { clause } from '@/lib/kfl';

export const ROW_HEIGHT = 30;

export type AddFilter = (clause: string) => void;

function Value({ field, value, onAdd, children, className }: { field: string; value: string | number; onAdd: AddFilter; children?: React.ReactNode; className?: string }) {
  const c = clause(field, value);
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`value ${className ?? ''}`}
      title={`Add to the filter: ${c}  (Alt-click: ${clause(field, value, '!=')})`}
      onClick={(e) => {
        e.stopPropagation();
        onAdd(e.altKey ? clause(field, value, '!=') : c);
      }}
    >
      {children ?? value}
    </button>
  );
}

const Row = memo(function Row({ e, index, selected, cursor, onOpen, onAdd, rowId }: { e: Entry; index: number; selected: boolean; cursor: boolean; onOpen: (e: Entry) => void; onAdd: AddFilter; rowId: string }) {
  const sc = statusClass(e);
  const status = e.response?.status;
  const proto = e.protocol?.name ?? '?';
  const method = methodOf(e);
  const summary = summaryOf(e);
  const path = e.request?.path;
  return (
    <div
      id={rowId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`row${selected ? ' selected' : ''}${cursor ? ' cursor' : ''} st-${sc}`}
      onClick={() => onOpen(e)}
      data-entry-id={e.id}
    >
      <span role="gridcell" className="c-proto">
        <Value field="protocol.name" value={proto} onAdd={onAdd} className={`badge p-${proto}`}>
          {e.protocol?.abbr ?? proto.toUpperCase()}
        </Value>
      </span>
      <span role="gridcell" className="c-method">
        {method && (e.request?.method ? <Value field="request.method" value={method} onAdd={onAdd} /> : method)}
      </span>
      <span role="gridcell" className="c-path" title={summary}>
        {typeof path === 'string' ? (
          <Value field="request.path" value={path} onAdd={onAdd}>
            {summary}
          </Value>
        ) : (
          summary
        )}
      </span>
      <span role="gridcell" className="c-status">
        {typeof status === 'number' ? (
          <Value field="response.status" value={status} onAdd={onAdd} className={`status st-${sc}`}>
            <span aria-hidden="true" className="st-dot" />
            {status} <span className="st-word">{STATUS_WORD[sc]}</span>
          </Value>
        ) : (
          <span className="status st-none">
            <span aria-hidden="true" className="st-dot" />
            <span className="st-word">no response</span>
          </span>
        )}
      </span>
      <span role="gridcell" className="c-ends">
        {e.src?.name ? <Value field="src.name" value={e.src.name} onAdd={onAdd}>{endLabel(e.src)}</Value> : endLabel(e.src)}
        <span aria-label="to" className="arrow">
          →
        </span>
        {e.dst?.name ? <Value field="dst.name" value={e.dst.name} onAdd={onAdd}>{endLabel(e.dst)}</Value> : endLabel(e.dst)}
      </span>
      <span role="gridcell" className="c-num">{formatLatency(e.elapsedTime)}</span>
      <span role="gridcell" className="c-num">{formatBytes((e.requestSize ?? 0) + (e.responseSize ?? 0))}</span>
      <span role="gridcell" className="c-time" title={new Date(e.timestamp).toISOString()}>
        {formatTime(e.timestamp)}
      </span>
    </div>
  );
});

export interface EntryListProps {
  rows: Entry[];
  selectedId: string | null;
  cursorId: string | null;
  onCursor: (id: string) => void;
  onOpen: (e: Entry) => void;
  onAdd: AddFilter;
  onNearEnd: () => void;
  onScrollTop: (atTop: boolean) => void;
  scrollToTopSignal: number;
  footer?: React.ReactNode;
  label: string;
}

export function EntryList({ rows, selectedId, cursorId, onCursor, onOpen, onAdd, onNearEnd, onScrollTop, scrollToTopSignal, footer, label }: EntryListProps) {
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  // Only with a cursor: a Map of every row per live flush (20k+ rows, 5 times a second) was the
  // biggest piece of each flush's render (bench/web-responsiveness.bench.ts).
  const cursorIndex = useMemo(() => (cursorId !== null ? rows.findIndex((e) => e.id === cursorId) : -1), [rows, cursorId]);
  const items = v.getVirtualItems();
  const last = items[items.length - 1];

  useEffect(() => {
    if (last && last.index >= rows.length - 40) onNearEnd();
  }, [last?.index, rows.length, onNearEnd]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (scrollToTopSignal > 0) v.scrollToOffset(0);
  }, [scrollToTopSignal]); // eslint-disable-line react-hooks/exhaustive-deps

  const move = (to: number) => {
    if (rows.length === 0) return;
    const i = Math.max(0, Math.min(rows.length - 1, to));
    const e = rows[i];
    if (!e) return;
    onCursor(e.id);
    v.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (ev: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((parent.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const at = cursorIndex < 0 ? -1 : cursorIndex;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at - 1),
      PageDown: () => move(at + page),
      PageUp: () => move(at - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        const e = rows[at];
        if (e) onOpen(e);
      },
    };
    const f = keys[ev.key];
    if (f) {
      ev.preventDefault();
      f();
    }
  };

  return (
    <div className="list" role="grid" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={0} onKeyDown={onKeyDown} aria-activedescendant={cursorIndex >= 0 ? `row-${cursorIndex}` : undefined}>
      <div role="row" className="row head" aria-rowindex={1}>
        <span role="columnheader" className="c-proto">Proto</span>
        <span role="columnheader" className="c-method">Method</span>
        <span role="columnheader" className="c-path">Path / summary</span>
        <span role="columnheader" className="c-status">Status</span>
        <span role="columnheader" className="c-ends">Source → destination</span>
        <span role="columnheader" className="c-num">Latency</span>
        <span role="columnheader" className="c-num">Size</span>
        <span role="columnheader" className="c-time">Time</span>
      </div>
      <div
        ref={parent}
        className="list-scroll"
        role="rowgroup"
        onScroll={(e) => onScrollTop(e.currentTarget.scrollTop < ROW_HEIGHT / 2)}
      >
        <div style={{ height: v.getTotalSize(), position: 'relative', width: '100%' }}>
          {items.map((item) => {
            const e = rows[item.index];
            if (!e) return null;
            // Keyed by slot (index mod window), not by entry id: in live mode every flush puts new
            // entries on top, so with id keys all visible rows were unmounted and rebuilt 5 times a
            // second; by slot React patches the same DOM rows' text instead.
            return (
              <div key={item.index % items.length} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                <Row e={e} index={item.index} rowId={`row-${item.index}`} selected={e.id === selectedId} cursor={item.index === cursorIndex} onOpen={onOpen} onAdd={onAdd} />
              </div>
            );
          })}
        </div>
        {footer}
      </div>
    </div>
  );
}
