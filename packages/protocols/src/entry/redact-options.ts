// Redaction set from a command line (`trawl read`, the worker, `trawl start`): names are added to
// the defaults, never in place of them, so naming one more secret cannot expose the usual ones.
import { DEFAULT_REDACTED_JSON_FIELDS, DEFAULT_REDACTED_QUERY_KEYS, type RedactOptions } from './redact.js';

export interface RedactArgs {
  /** `--no-redact`: entries leave as captured (contradicts any of the others). */
  noRedact?: boolean;
  /** `--redact-header`: header names (each value may be a comma list). */
  headers?: readonly string[];
  /** `--redact-query-key`: query-string keys. */
  queryKeys?: readonly string[];
  /** `--redact-json-field`: JSON field names in bodies and GraphQL variables. */
  jsonFields?: readonly string[];
}

/**
 * What a command line asks: `false` for `--no-redact`, else the options for `redactEntry`. Throws a
 * message naming the flag when a name is malformed, or when `--no-redact` comes with `--redact-*`.
 */
export function redactionFromArgs(args: RedactArgs): RedactOptions | false {
  if (!args.noRedact) return redactOptionsFromArgs(args);
  if (args.headers || args.queryKeys || args.jsonFields) throw new Error('--no-redact and --redact-* contradict each other: choose one');
  return false;
}

/** A header name is an RFC 9110 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The options for `redactEntry`; throws a message naming the flag and the name when one is malformed. */
export function redactOptionsFromArgs(args: RedactArgs): RedactOptions {
  const headers = names('--redact-header', args.headers, (n) => TOKEN.test(n), 'a header name (letters, digits, -, _ …)');
  const queryKeys = names('--redact-query-key', args.queryKeys, (n) => !/[\s&=#]/.test(n), 'a query key (no spaces, &, = or #)');
  const jsonFields = names('--redact-json-field', args.jsonFields, (n) => !/\s/.test(n), 'a JSON field name (no spaces)');
  return {
    headers,
    queryKeys: [...DEFAULT_REDACTED_QUERY_KEYS, ...queryKeys],
    jsonFields: [...DEFAULT_REDACTED_JSON_FIELDS, ...jsonFields],
  };
}

function names(flag: string, values: readonly string[] | undefined, ok: (n: string) => boolean, what: string): string[] {
  const out: string[] = [];
  for (const value of values ?? []) {
    for (const raw of value.split(',')) {
      const name = raw.trim();
      if (name === '' || name.length > 256 || !ok(name)) throw new Error(`${flag}: ${JSON.stringify(raw.slice(0, 64))} is not ${what}`);
      out.push(name);
    }
  }
  return out;
}
