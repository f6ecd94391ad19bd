/**
 * Webhook message templates, rendered the way the hub renders them (apps/hub/src/webhooks/template.ts;
 * copied, not imported: hub code stays out of the browser bundle). `{{.src.name}}` is a dotted
 * path into the entry; a missing value is `<no value>`, objects are JSON, header names match in
 * lower case too. Keep the two in step.
 */
const PLACEHOLDER = /\{\{\s*\.([A-Za-z0-9_.\-:]*)\s*\}\}/g;
const PLACEHOLDER_AT = /\{\{\s*\.([A-Za-z0-9_.\-:]*)\s*\}\}/y;
const MAX_VALUE = 1_000;

/** The hub's message for a template it refuses, or null when every `{{` opens a placeholder. */
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

function lookup(root: unknown, path: string): unknown {
  if (path === '') return root;
  let v: unknown = root;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    const rec = v as Record<string, unknown>;
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

/** The hub's default template (rule.ts), shown in a new rule's form. */
export const DEFAULT_TEMPLATE = '{{.src.name}} → {{.dst.name}}: {{.request.method}} {{.request.path}} {{.response.status}}';
