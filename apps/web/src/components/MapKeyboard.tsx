'use client';
/**
 * The service map without a mouse: every node and drawn edge as an option of a listbox beside the
 * canvas. ↑/↓, Home/End (and Tab to reach it) move the selection, which the canvas mirrors (the
 * element highlighted and panned into view); the selection's details are announced in a live
 * region; Enter (or a double click) opens its traffic, as clicking it on the canvas does.
 */
import { useEffect, useRef } from 'react';

export interface MapItem {
  /** The cytoscape element id. */
  key: string;
  kind: 'node' | 'edge';
  label: string;
  /** Said when selected. */
  detail: string;
  open: () => void;
}

const optionId = (key: string) => `map-opt-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function MapKeyboard({ items, selected, onSelect }: { items: MapItem[]; selected: string | null; onSelect: (key: string | null) => void }) {
  const list = useRef<HTMLUListElement>(null);
  const at = selected === null ? -1 : items.findIndex((x) => x.key === selected);
  const current = at >= 0 ? items[at] : undefined;

  useEffect(() => {
    if (!current) return;
    document.getElementById(optionId(current.key))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const move = (i: number) => {
    if (items.length === 0) return;
    const item = items[Math.max(0, Math.min(items.length - 1, i))];
    if (item) onSelect(item.key);
  };
  const onKeyDown = (ev: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(at < 0 ? 0 : at - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => current?.open(),
      Escape: () => onSelect(null),
    };
    const f = keys[ev.key];
    if (f) {
      ev.preventDefault();
      f();
    }
  };

  return (
    <div className="map-keyboard">
      <h3 className="small" id="map-kb-title">
        Nodes and edges
      </h3>
      <p className="muted small" id="map-kb-help">
        Tab here, then ↑/↓ (Home/End) to select a node or an edge — the graph highlights it. Enter opens its traffic; Escape clears the selection.
      </p>
      <ul
        ref={list}
        className="map-pick"
        role="listbox"
        tabIndex={0}
        aria-labelledby="map-kb-title"
        aria-describedby="map-kb-help"
        aria-activedescendant={current ? optionId(current.key) : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!current && items[0]) onSelect(items[0].key);
        }}
        data-testid="map-keyboard"
      >
        {items.map((x) => (
          <li key={x.key} id={optionId(x.key)} role="option" aria-selected={x.key === selected} data-key={x.key} onClick={() => onSelect(x.key)} onDoubleClick={x.open}>
            <span className="tag">{x.kind}</span> {x.label}
          </li>
        ))}
      </ul>
      <div className="map-selection" aria-live="polite" aria-atomic="true" data-testid="map-selection">
        {current ? `Selected ${current.kind}: ${current.detail}. Press Enter to see its traffic.` : 'Nothing selected.'}
      </div>
    </div>
  );
}
