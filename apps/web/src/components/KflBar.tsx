'use client';
/**
 * The KFL bar: the draft is validated by the hub as you type (the error span underlined, the
 * message shown), completion comes from the hub in a keyboard-navigable list, Ctrl/Cmd+Enter (or
 * Enter when no completion is open) applies, Escape closes the list or reverts the draft.
 */
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { getJson, type Completion } from '@/lib/api';
import { EXAMPLES } from '@/lib/kfl';
import { useDebounced, useKflValidation } from '@/lib/useKflValidation';
import { KflMirror } from './KflMirror';

/** Memoised: the traffic view re-renders on every live flush, the bar need not. */
export const KflBar = memo(function KflBar({ value, onApply }: { value: string; onApply: (q: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [cursor, setCursor] = useState(value.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [sheet, setSheet] = useState(false);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const ids = useId();
  const listId = `${ids}-completions`;
  const msgId = `${ids}-message`;

  // The applied query changed from outside (URL, a clicked value): the draft follows.
  useEffect(() => {
    setDraft(value);
    setCursor(value.length);
    setNotice(null);
  }, [value]);

  const { verdict, error, failure } = useKflValidation(draft);

  const debouncedCursor = useDebounced(`${cursor}:${draft}`, 100);
  const [cAt, ...cRest] = debouncedCursor.split(':');
  const cQuery = cRest.join(':');
  const complete = useQuery({
    queryKey: ['kfl-complete', cQuery, Number(cAt)],
    queryFn: ({ signal }) => getJson<{ completions: Completion[] }>('/api/kfl/complete', { q: cQuery, cursor: Number(cAt) }, signal),
    enabled: open && focused,
    staleTime: 60_000,
    retry: false,
  });
  const items = open && focused && cQuery === draft ? (complete.data?.completions ?? []).slice(0, 50) : [];
  const listOpen = items.length > 0;
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));

  useEffect(() => setActive(0), [complete.data]);

  useLayoutEffect(() => {
    if (pendingCaret.current !== null && input.current) {
      input.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
      setScrollLeft(input.current.scrollLeft);
    }
  });

  const apply = (q = draft) => {
    if (q.trim() && verdict?.q === q && verdict.error) {
      setNotice('Fix the query first: the underlined part is what the hub cannot read.');
      return;
    }
    setNotice(null);
    setOpen(false);
    onApply(q.trim());
  };

  const accept = (c: Completion) => {
    const next = draft.slice(0, c.from) + c.insert + draft.slice(c.to);
    const caret = c.from + c.insert.length;
    setDraft(next);
    setCursor(caret);
    pendingCaret.current = caret;
    // A field or keyword is followed by more; keep completing. A value often ends the clause.
    setOpen(c.kind !== 'value');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      apply();
      return;
    }
    if (e.key === ' ' && e.ctrlKey) {
      e.preventDefault();
      setOpen(true);
      return;
    }
    if (listOpen) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setActive((activeIndex + 1) % items.length);
        return;
      }
      if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((activeIndex - 1 + items.length) % items.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        const c = items[activeIndex];
        if (c) {
          e.preventDefault();
          accept(c);
        }
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        return;
      }
    } else {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setOpen(true);
        return;
      }
      if (e.key === 'Enter') {
        e.preventDefault();
        apply();
        return;
      }
      if (e.key === 'Escape') {
        setNotice(null);
        return;
      }
    }
  };

  const dirty = draft.trim() !== value.trim();

  return (
    <div className="kfl" role="search">
      <div className="kfl-row">
        <label htmlFor={`${ids}-input`} className="kfl-label">
          Filter <span className="muted">(KFL)</span>
        </label>
        <div className={`kfl-field${error ? ' invalid' : ''}`}>
          <KflMirror text={draft} error={error} scrollLeft={scrollLeft} />
          <input
            ref={input}
            id={`${ids}-input`}
            className="kfl-input"
            type="text"
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder='e.g. http and response.status >= 500  (empty: all traffic)'
            role="combobox"
            aria-expanded={listOpen}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={listOpen ? `${listId}-${activeIndex}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={msgId}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setCursor(e.target.selectionStart ?? e.target.value.length);
              setOpen(true);
              setNotice(null);
            }}
            onSelect={(e) => {
              const t = e.currentTarget;
              setCursor(t.selectionStart ?? t.value.length);
              setScrollLeft(t.scrollLeft);
            }}
            onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setOpen(false);
            }}
          />
          {listOpen && (
            <ul className="kfl-completions" id={listId} role="listbox" aria-label="Completions">
              {items.map((c, i) => (
                <li
                  key={`${c.kind}:${c.label}:${i}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={i === activeIndex ? 'active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    accept(c);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <span className={`c-kind k-${c.kind}`}>{c.kind}</span>
                  <span className="c-label">{c.label}</span>
                  {c.detail && <span className="c-detail">{c.detail}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" className="btn primary" onClick={() => apply()} disabled={!dirty && !notice} title="Apply the filter (Ctrl/Cmd+Enter)">
          Apply
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setDraft('');
            apply('');
          }}
          disabled={!draft && !value}
          title="Show all traffic"
        >
          Clear
        </button>
        <button type="button" className="btn" aria-expanded={sheet} aria-controls={`${ids}-sheet`} onClick={() => setSheet(!sheet)}>
          Examples
        </button>
      </div>
      <div id={msgId} className="kfl-message" aria-live="polite">
        {error ? (
          <span className="kfl-error" role="alert">
            <strong>Invalid query:</strong> {error.message}
            {error.expected && error.expected.length > 0 && <span className="muted"> — expected {error.expected.slice(0, 8).join(', ')}</span>}
          </span>
        ) : notice ? (
          <span className="kfl-error">{notice}</span>
        ) : failure ? (
          <span className="muted">Cannot check the query: {failure.message}</span>
        ) : dirty ? (
          <span className="muted">
            {verdict && !verdict.error && draft.trim() ? '✓ valid — ' : ''}press Ctrl/Cmd+Enter (or Enter) to apply
          </span>
        ) : (
          <span className="muted">Tab or Enter takes a completion; ↓ or Ctrl+Space opens the list.</span>
        )}
      </div>
      {sheet && (
        <div id={`${ids}-sheet`} className="cheatsheet" role="region" aria-label="Example queries">
          <p className="muted">Click one to apply it. Fields are the Entry&apos;s paths; strings in double quotes.</p>
          <ul>
            {EXAMPLES.map((x) => (
              <li key={x.q}>
                <button
                  type="button"
                  className="linklike mono"
                  onClick={() => {
                    setDraft(x.q);
                    setSheet(false);
                    apply(x.q);
                  }}
                >
                  {x.q}
                </button>
                <span className="muted"> — {x.what}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
