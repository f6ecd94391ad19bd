'use client';
// "Copy as cURL": the request of an HTTP entry as a command that sends it again (src/lib/curl.ts),
// with what differs from the capture said under it.
import { useState } from 'react';
import { curlCommand } from '@/lib/curl';
import type { Entry } from '@/lib/entry';

export function CurlBox({ e }: { e: Entry }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const c = curlCommand(e);
  if (!c) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(c.command);
      setCopied('yes');
    } catch {
      // No clipboard (an http:// page other than localhost, or permission refused): select it instead.
      const pre = document.getElementById(`curl-${e.id}`);
      if (pre) window.getSelection()?.selectAllChildren(pre);
      setCopied('no');
    }
  };
  return (
    <details className="curl" data-testid="curl">
      <summary>Send it again: cURL command</summary>
      <pre className="code mono small" id={`curl-${e.id}`} data-testid="curl-command">
        {c.command}
      </pre>
      <div className="curl-actions">
        <button type="button" className="btn small" onClick={() => void copy()}>
          Copy
        </button>
        <span className="muted small" role="status">
          {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Selected: press Ctrl+C (the browser gave no clipboard).' : ''}
        </span>
      </div>
      {c.notes.length > 0 && (
        <ul className="muted small">
          {c.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
