/** KFL clauses for a service-map node or edge (what clicking it filters the traffic view to). */
import type { MapNode } from './api';
import { kflString } from './kfl';

/** One end: `side.name == "x"` (+ namespace), or `side.ip == "…"` for an unnamed end. */
export function endClause(side: 'src' | 'dst', n: Pick<MapNode, 'id' | 'name' | 'namespace' | 'ip'>): string {
  if (n.name !== null) {
    const c = `${side}.name == ${kflString(n.name)}`;
    return n.namespace !== null ? `${c} and ${side}.namespace == ${kflString(n.namespace)}` : c;
  }
  return `${side}.ip == ${kflString(n.ip ?? n.id)}`;
}

/** Traffic to or from a node. */
export function nodeClause(n: Pick<MapNode, 'id' | 'name' | 'namespace' | 'ip'>): string {
  const s = endClause('src', n);
  const d = endClause('dst', n);
  const wrap = (c: string) => (c.includes(' and ') ? `(${c})` : c);
  return `(${wrap(s)} or ${wrap(d)})`;
}

/** Traffic along an edge: from its source to its target, in its protocol. */
export function edgeClause(src: Pick<MapNode, 'id' | 'name' | 'namespace' | 'ip'>, dst: Pick<MapNode, 'id' | 'name' | 'namespace' | 'ip'>, protocol: string | null): string {
  const parts = [endClause('src', src), endClause('dst', dst)];
  if (protocol) parts.push(`protocol.name == ${kflString(protocol)}`);
  return parts.join(' and ');
}
