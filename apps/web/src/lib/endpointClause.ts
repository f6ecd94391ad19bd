/**
 * The KFL for one inventory endpoint, for the link to its traffic: the service (the server end's
 * `service`, else its `name`, else `ip:port`, as the hub's inventory names it), the method, and the
 * path template as a regex where it has `{param}` segments (`matches` runs in the hub's predicate).
 */
import { kflString } from './kfl';

const ADDRESS = /^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+)|([0-9a-fA-F:]+)):(\d{1,5})$/;

export function serviceClause(service: string): string {
  const a = ADDRESS.exec(service);
  if (a) return `dst.ip == ${kflString(a[1] ?? a[2] ?? a[3] ?? '')} and dst.port == ${a[4]}`;
  const s = kflString(service);
  return `(dst.service == ${s} or dst.name == ${s})`;
}

const REGEX_SPECIAL = /[.*+?^$()|[\]\\]/g;

/** `request.path == "/x"`, or `request.path matches r"^/x/[^/]+$"` for a template with parameters. */
export function pathClause(template: string): string {
  const parts = template.split(/(\{[^{}/]*\})/);
  if (parts.length === 1) return `request.path == ${kflString(template)}`;
  const re = parts.map((p, i) => (i % 2 === 1 ? '[^/]+' : p.replace(REGEX_SPECIAL, '\\$&').replace(/[{}]/g, '\\$&'))).join('');
  return `request.path matches r"^${re.replace(/"/g, '\\"')}$"`;
}

export function endpointClause(e: { service: string; method: string; template: string }): string {
  return `${serviceClause(e.service)} and request.method == ${kflString(e.method)} and ${pathClause(e.template)}`;
}
