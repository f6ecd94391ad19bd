/**
 * Turns a path as written into a FieldRef: aliases expanded through the registry, header keys
 * lower-cased, typed fields marked. Also prints paths back (`printPath`).
 */
import type { FieldRef, Segment, Span } from './ast.js';
import { CASE_INSENSITIVE_PARENTS, NAMESPACES, ROOTS, fieldByName, typedFieldAtPath } from './fields.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function printPath(path: readonly Segment[], leadingDot: boolean): string {
  let out = '';
  for (const s of path) {
    if ('any' in s) out += '[*]';
    else if ('index' in s) out += `[${s.index}]`;
    else if (IDENT.test(s.key)) out += out === '' && !leadingDot ? s.key : `.${s.key}`;
    else out += `[${JSON.stringify(s.key)}]`;
  }
  return out;
}

/** Lower-cases keys that follow `headers` / `trailers`: Entries store header names lower-case. */
export function foldHeaderKeys(path: Segment[]): Segment[] {
  return path.map((s, i) => {
    const prev = path[i - 1];
    if (i > 0 && 'key' in s && prev && 'key' in prev && CASE_INSENSITIVE_PARENTS.has(prev.key)) return { key: s.key.toLowerCase() };
    return s;
  });
}

const keysOf = (path: readonly Segment[]): string[] | undefined => {
  const out: string[] = [];
  for (const s of path) {
    if (!('key' in s)) return undefined;
    out.push(s.key);
  }
  return out;
};

/**
 * `written` starts with the root word. Returns undefined when the root is neither an Entry key nor a
 * protocol namespace (the caller reports it).
 */
export function resolveField(written: Segment[], span: Span): FieldRef | undefined {
  const root = written[0];
  if (!root || !('key' in root)) return undefined;
  const path = foldHeaderKeys(written);
  const text = printPath(path, false);
  if (Object.hasOwn(NAMESPACES, root.key) && !ROOTS.has(root.key)) {
    const member = path[1];
    const protocols = [...(NAMESPACES[root.key] ?? [])];
    if (!member || !('key' in member)) return { kind: 'field', text, path: [{ key: 'request' }, ...path.slice(1)], protocols, span };
    const spec = fieldByName(`${root.key}.${member.key}`);
    const rest = path.slice(2);
    if (!spec) return { kind: 'field', text, path: [{ key: 'request' }, ...path.slice(1)], protocols, span };
    const resolved = [...spec.path.map((key) => ({ key })), ...rest];
    return {
      kind: 'field',
      text,
      path: resolved,
      ...(spec.type && rest.length === 0 ? { type: spec.type } : {}),
      protocols: [...(spec.protocols ?? protocols)],
      span,
    };
  }
  if (!ROOTS.has(root.key)) return undefined;
  let resolved = path;
  const keys = keysOf(path.slice(0, 2));
  if (keys && keys.join('.') === 'response.latency') resolved = [{ key: 'elapsedTime' }, ...path.slice(2)];
  const allKeys = keysOf(resolved);
  const typed = allKeys ? typedFieldAtPath(allKeys.join('.')) : undefined;
  return { kind: 'field', text, path: resolved, ...(typed?.type ? { type: typed.type } : {}), span };
}

/** `request.body` / `response.body` compared as a value means its text (DESIGN.md §3). */
export function bodyAsText(field: FieldRef): FieldRef {
  const p = field.path;
  const a = p[0];
  const b = p[1];
  if (p.length === 2 && a && b && 'key' in a && 'key' in b && (a.key === 'request' || a.key === 'response') && b.key === 'body') {
    return { ...field, path: [...p, { key: 'text' }] };
  }
  return field;
}

export function hasWildcard(path: readonly Segment[]): boolean {
  return path.some((s) => 'any' in s);
}
