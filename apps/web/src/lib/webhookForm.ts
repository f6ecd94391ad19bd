/**
 * A webhook rule's form state and what it sends. Header values are never shown back by the hub
 * (they hold tokens), so an existing header's row starts empty and marked `kept`: when no header is
 * added, removed, renamed or retyped, the request leaves `headers` out and the hub keeps them all.
 * The hub replaces headers as a whole, so changing any of them needs every kept value retyped.
 */
import { DEFAULT_TEMPLATE } from './template';
import { REDACTED, type WebhookInput, type WebhookRule } from './outputs-api';

export interface HeaderRow {
  key: number;
  name: string;
  value: string;
  /** An existing header whose (hidden) value has not been retyped. */
  kept: boolean;
  originalName?: string;
}

export interface WebhookFormState {
  name: string;
  filter: string;
  template: string;
  url: string;
  headers: HeaderRow[];
  enabled: boolean;
  ratePerMinute: string;
  dedupeSeconds: string;
  includeEntry: boolean;
}

let nextKey = 1;
export const newHeaderRow = (): HeaderRow => ({ key: nextKey++, name: '', value: '', kept: false });

export function emptyForm(): WebhookFormState {
  return { name: '', filter: '', template: DEFAULT_TEMPLATE, url: '', headers: [], enabled: true, ratePerMinute: '30', dedupeSeconds: '60', includeEntry: false };
}

export function formFromRule(r: WebhookRule): WebhookFormState {
  return {
    name: r.name,
    filter: r.filter,
    template: r.template,
    url: r.url,
    headers: Object.keys(r.headers).map((name) => ({ key: nextKey++, name, value: '', kept: true, originalName: name })),
    enabled: r.enabled,
    ratePerMinute: String(r.ratePerMinute),
    dedupeSeconds: String(r.dedupeSeconds),
    includeEntry: r.includeEntry,
  };
}

/** An integer as a number; anything else as typed, so the hub names the field it rejects. */
function num(v: string): number | string | undefined {
  const t = v.trim();
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

export type Built = { ok: true; input: WebhookInput } | { ok: false; field: string; message: string };

export function buildInput(f: WebhookFormState, original?: WebhookRule): Built {
  const rows = f.headers.filter((h) => h.name.trim() !== '' || h.value !== '' || h.kept);
  const originalNames = original ? Object.keys(original.headers) : [];
  const untouched = rows.length === originalNames.length && rows.every((h) => h.kept && h.name === h.originalName);
  let headers: Record<string, string> | undefined;
  if (!original || !untouched) {
    const stale = rows.filter((h) => h.kept);
    if (stale.length > 0)
      return {
        ok: false,
        field: 'headers',
        message: `The hub never shows header values back and replaces headers as a whole: retype the value of ${stale.map((h) => h.name || '(unnamed)').join(', ')} (or remove ${stale.length === 1 ? 'it' : 'them'}) to change headers.`,
      };
    headers = {};
    for (const h of rows) headers[h.name.trim()] = h.value;
  }
  return {
    ok: true,
    input: {
      ...(f.name.trim() ? { name: f.name.trim() } : {}),
      filter: f.filter.trim(),
      template: f.template,
      url: f.url.trim(),
      ...(headers ? { headers } : {}),
      enabled: f.enabled,
      ...(num(f.ratePerMinute) !== undefined ? { ratePerMinute: num(f.ratePerMinute) } : {}),
      ...(num(f.dedupeSeconds) !== undefined ? { dedupeSeconds: num(f.dedupeSeconds) } : {}),
      includeEntry: f.includeEntry,
    },
  };
}

export { REDACTED };
