'use client';
import { useState } from 'react';

/**
 * A destructive action asked twice, in the page (no browser dialog): the first click shows the
 * question with "Yes" and "Cancel"; Escape or Cancel goes back.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, busy, small }: { label: string; question: string; confirmLabel: string; onConfirm: () => void; disabled?: boolean; busy?: boolean; small?: boolean }) {
  const [asking, setAsking] = useState(false);
  const cls = `btn danger${small ? ' small' : ''}`;
  if (!asking)
    return (
      <button type="button" className={cls} disabled={disabled || busy} onClick={() => setAsking(true)}>
        {busy ? `${label}…` : label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span>{question}</span>
      <button
        type="button"
        className={cls}
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={small ? 'btn small' : 'btn'} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
