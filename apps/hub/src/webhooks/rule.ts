/**
 * A webhook rule: which entries (a KFL filter), what to say (a template), where (a URL with
 * optional headers), how often at most (rate limit, de-duplication window). Rules come from the
 * API, the UI's Settings, or a config file given to the hub (`--webhooks FILE`, a JSON array).
 */
import { DEFAULT_TEMPLATE, REDACTED_VALUE, type WebhookRule as ApiWebhookRule } from '@trawl/api';
import { KflError } from '@trawl/kfl';
import { compileQuery } from '../query/compiled.js';
import { checkTemplate, TemplateError } from './template.js';

/**
 * A rule as the hub keeps it: the API's rule without its delivery status, and with the header
 * values themselves (the API shows them as REDACTED_VALUE, see `publicRule`).
 */
export type WebhookRule = Omit<ApiWebhookRule, 'status'>;

export class RuleError extends Error {
  override readonly name = 'RuleError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_TEMPLATE = 4_000;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/;

/** Validates what a user sent and fills defaults; throws RuleError naming the field. */
export function parseRule(input: unknown, id: string, source: WebhookRule['source']): WebhookRule {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new RuleError('body', 'a rule is a JSON object');
  const r = input as Record<string, unknown>;
  const str = (k: string, fallback?: string): string => {
    const v = r[k] ?? fallback;
    if (typeof v !== 'string') throw new RuleError(k, `${k} must be a string`);
    return v;
  };
  const num = (k: string, fallback: number, min: number, max: number): number => {
    const v = r[k] ?? fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new RuleError(k, `${k} must be an integer ${min}..${max}`);
    return v;
  };
  const bool = (k: string, fallback: boolean): boolean => {
    const v = r[k] ?? fallback;
    if (typeof v !== 'boolean') throw new RuleError(k, `${k} must be true or false`);
    return v;
  };
  const filter = str('filter', '');
  try {
    compileQuery(filter);
  } catch (e) {
    if (e instanceof KflError) throw new RuleError('filter', `filter: ${e.message}`);
    throw e;
  }
  const template = str('template', DEFAULT_TEMPLATE);
  if (template.length === 0 || template.length > MAX_TEMPLATE) throw new RuleError('template', `template must be 1..${MAX_TEMPLATE} characters`);
  try {
    checkTemplate(template);
  } catch (e) {
    if (e instanceof TemplateError) throw new RuleError('template', e.message);
    throw e;
  }
  const url = str('url');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RuleError('url', 'url must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new RuleError('url', 'url must be http or https');
  const headers: Record<string, string> = {};
  const h = r.headers ?? {};
  if (typeof h !== 'object' || h === null || Array.isArray(h)) throw new RuleError('headers', 'headers must be an object of strings');
  for (const [k, v] of Object.entries(h)) {
    if (!HEADER_NAME.test(k) || typeof v !== 'string' || /[\r\n]/.test(v) || v.length > 4096) throw new RuleError('headers', `header ${JSON.stringify(k.slice(0, 64))} is not a valid name/value`);
    headers[k] = v;
  }
  const name = str('name', id);
  if (name.length === 0 || name.length > 200) throw new RuleError('name', 'name must be 1..200 characters');
  return {
    id,
    name,
    filter,
    template,
    url,
    headers,
    enabled: bool('enabled', true),
    ratePerMinute: num('ratePerMinute', 30, 1, 6_000),
    dedupeSeconds: num('dedupeSeconds', 60, 0, 86_400),
    includeEntry: bool('includeEntry', false),
    source,
  };
}

/** What the API shows for a header value; sent back in an update, it keeps the stored value. */
export { REDACTED_VALUE };

/** A rule as the API shows it: header values are secrets (tokens), so only their names. */
export function publicRule(rule: WebhookRule): WebhookRule {
  return { ...rule, headers: Object.fromEntries(Object.keys(rule.headers).map((k) => [k, REDACTED_VALUE])) };
}
