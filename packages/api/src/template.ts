/**
 * Webhook message templates in the notation Kubeshark users already write: `{{.src.name}} →
 * {{.dst.name}}: {{.response.status}} {{.request.path}}`. A placeholder is a dotted path into the
 * entry; a missing value renders as `<no value>` (as Go templates do), objects as JSON. Nothing
 * else is evaluated: a template cannot run code or loop, so a rule from an API call is harmless.
 *
 * The hub renders what it sends with this, and the UI previews and checks a rule's template with
 * the same code, so the preview is what the receiver gets.
 */
const PLACEHOLDER = /\{\{\s*\.([A-Za-z0-9_.\-:]*)\s*\}\}/g;
const PLACEHOLDER_AT = /\{\{\s*\.([A-Za-z0-9_.\-:]*)\s*\}\}/y;
const MAX_VALUE = 1_000;

/** The hub's default template, filled in when a rule has none (and shown in a new rule's form). */
export const DEFAULT_TEMPLATE = '{{.src.name}} → {{.dst.name}}: {{.request.method}} {{.request.path}} {{.response.status}}';

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** What is wrong with a template, or null when every `{{` opens a placeholder. */
export function templateProblem(template: string): string | null {
  let i = 0;
  while ((i = template.indexOf('{{', i)) >= 0) {
    PLACEHOLDER_AT.lastIndex = i;
    const m = PLACEHOLDER_AT.exec(template);
    if (!m) return `"{{" at offset ${i} is not a placeholder like {{.request.path}}`;
    i += m[0].length;
  }
  return null;
}

/** Checks a template: every `{{` must open a placeholder; throws TemplateError saying where. */
export function checkTemplate(template: string): void {
  const problem = templateProblem(template);
  if (problem !== null) throw new TemplateError(problem);
}

function lookup(root: unknown, path: string): unknown {
  if (path === '') return root;
  let v: unknown = root;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    const rec = v as Record<string, unknown>;
    // Header names are lower-case in entries; let users write them as they read them.
    v = Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : rec[key.toLowerCase()];
  }
  return v;
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  const s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
}

export function renderTemplate(template: string, entry: unknown): string {
  return template.replace(PLACEHOLDER, (_m, path: string) => text(lookup(entry, path)));
}
