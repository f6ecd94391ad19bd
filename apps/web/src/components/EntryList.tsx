'use client';
/**
 * The entry list, virtualised (fixed-height rows, see useWindow): only the rows in view are in the DOM.
 * A grid with one focusable container; ↑/↓, PageUp/PageDown, Home/End move the cursor row,
 * Enter opens it. Clicking a value (method, path, status, ends, protocol) adds it to the filter.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatBytes, formatLatency, formatTime } from '@/lib/entry';
import type { Row, RowList } from '@/lib/rows';
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

const RowView = memo(function RowView({ r, index, selected, cursor, onOpen, onAdd, rowId }: { r: Row; index: number; selected: boolean; cursor: boolean; onOpen: (id: string) => void; onAdd: AddFilter; rowId: string }) {
  return (
    <div
      id={rowId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`row${selected ? ' selected' : ''}${cursor ? ' cursor' : ''} st-${r.sc}`}
      onClick={() => onOpen(r.id)}
      data-entry-id={r.id}
      data-protocol={r.proto}
    >
      <span role="gridcell" className="c-proto">
        <Value field="protocol.name" value={r.proto} onAdd={onAdd} className={`badge p-${r.proto}`}>
          {r.abbr}
        </Value>
      </span>
      <span role="gridcell" className="c-method" title={r.verb}>
        {r.verb && (r.verbIsMethod ? <Value field="request.method" value={r.verb} onAdd={onAdd} /> : r.verb)}
      </span>
      <span role="gridcell" className="c-path" title={r.target}>
        {r.path !== null ? (
          <Value field="request.path" value={r.path} onAdd={onAdd}>
            {r.target}
          </Value>
        ) : (
          r.target
        )}
      </span>
      <span role="gridcell" className="c-status" title={`${r.statusLabel} ${r.statusWord}`.trim()}>
        {r.status !== null ? (
          <Value field="response.status" value={r.status} onAdd={onAdd} className={`status st-${r.sc}`}>
            <span aria-hidden="true" className="st-dot" />
            {r.statusLabel} <span className="st-word">{r.statusWord}</span>
          </Value>
        ) : (
          <span className="status st-none">
            <span aria-hidden="true" className="st-dot" />
            <span className="st-word">no response</span>
          </span>
        )}
      </span>
      <span role="gridcell" className="c-ends">
        {r.srcName ? <Value field="src.name" value={r.srcName} onAdd={onAdd}>{r.src}</Value> : r.src}
        <span aria-label="to" className="arrow">
          →
        </span>
        {r.dstName ? <Value field="dst.name" value={r.dstName} onAdd={onAdd}>{r.dst}</Value> : r.dst}
      </span>
      <span role="gridcell" className="c-num">{formatLatency(r.latency)}</span>
      <span role="gridcell" className="c-num">{formatBytes(r.size)}</span>
      <span role="gridcell" className="c-time" title={new Date(r.ts).toISOString()}>
        {formatTime(r.ts)}
      </span>
    </div>
  );
});

const OVERSCAN = 12;

/**
 * The rows in view (plus OVERSCAN each side) of a list of fixed-height rows. Computed from the
 * scroll position alone: @tanstack/react-virtual rebuilt a measurement object per row whenever the
 * count changed — 10k+ objects on every live flush (bench/web-responsiveness.bench.ts).
 */
function useWindow(parent: React.RefObject<HTMLDivElement | null>, count: number) {
  const [pos, setPos] = useState({ top: 0, height: 0 });
  const read = () => {
    const el = parent.current;
    if (el) setPos((p) => (p.top === el.scrollTop && p.height === el.clientHeight ? p : { top: el.scrollTop, height: el.clientHeight }));
  };
  useLayoutEffect(() => {
    read();
    const el = parent.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const first = Math.max(0, Math.floor(pos.top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((pos.top + pos.height) / ROW_HEIGHT) + OVERSCAN);
  const items: { index: number; start: number }[] = [];
  for (let i = first; i < end; i++) items.push({ index: i, start: i * ROW_HEIGHT });
  const scrollToIndex = (i: number) => {
    const el = parent.current;
    if (!el) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };
  return { items, onScroll: read, scrollToIndex };
}

export interface EntryListProps {
  rows: RowList;
  selectedId: string | null;
  cursorId: string | null;
  onCursor: (id: string) => void;
  onOpen: (id: string) => void;
  onAdd: AddFilter;
  onNearEnd: () => void;
  onScrollTop: (atTop: boolean) => void;
  scrollToTopSignal: number;
  footer?: React.ReactNode;
  label: string;
}

export function EntryList({ rows, selectedId, cursorId, onCursor, onOpen, onAdd, onNearEnd, onScrollTop, scrollToTopSignal, footer, label }: EntryListProps) {
  const parent = useRef<HTMLDivElement>(null);
  const view = useWindow(parent, rows.length);
  // Only with a cursor: a scan, not a Map of every row per live flush.
  const cursorIndex = useMemo(() => (cursorId !== null ? rows.indexOf(cursorId) : -1), [rows, cursorId]);
  const items = view.items;
  const last = items[items.length - 1];

  useEffect(() => {
    if (last && last.index >= rows.length - 40) onNearEnd();
  }, [last?.index, rows.length, onNearEnd]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (scrollToTopSignal > 0 && parent.current) parent.current.scrollTop = 0;
  }, [scrollToTopSignal]); // eslint-disable-line react-hooks/exhaustive-deps

  const move = (to: number) => {
    if (rows.length === 0) return;
    const i = Math.max(0, Math.min(rows.length - 1, to));
    const r = rows.at(i);
    if (!r) return;
    onCursor(r.id);
    view.scrollToIndex(i);
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
        const r = rows.at(at);
        if (r) onOpen(r.id);
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
        onScroll={(e) => {
          view.onScroll();
          onScrollTop(e.currentTarget.scrollTop < ROW_HEIGHT / 2);
        }}
      >
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative', width: '100%' }}>
          {items.map((item) => {
            const r = rows.at(item.index);
            if (!r) return null;
            // Keyed by slot (index mod window), not by entry id: in live mode every flush puts new
            // entries on top, so with id keys all visible rows were unmounted and rebuilt 5 times a
            // second; by slot React patches the same DOM rows' text instead.
            return (
              <div key={item.index % items.length} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                <RowView r={r} index={item.index} rowId={`row-${item.index}`} selected={r.id === selectedId} cursor={item.index === cursorIndex} onOpen={onOpen} onAdd={onAdd} />
              </div>
            );
          })}
        </div>
        {footer}
      </div>
    </div>
  );
}
