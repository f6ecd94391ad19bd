'use client';
/**
 * The service map's cytoscape graph: named ends grouped in a box per namespace, edges labelled with
 * requests, error rate and p95 latency (merged per pair of ends past CROWDED edges). Tapping an
 * element opens its traffic; `selected` (from the keyboard list) is mirrored on the canvas.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core, EdgeSingular, ElementDefinition } from 'cytoscape';
import type { MapEdge, MapNode, ServiceMapData } from '@/lib/api';
import { fmtMs, fmtPct } from '@/lib/range';

const KIND_SHAPE: Record<string, string> = {
  service: 'round-rectangle',
  pod: 'ellipse',
  process: 'hexagon',
  host: 'rectangle',
  external: 'diamond',
};

const CROWDED = 30;

function nodeLabel(n: MapNode): string {
  return `${n.name ?? n.ip ?? n.id}\n${n.kind ?? 'unknown'}`;
}

export function edgeLabel(e: MapEdge): string {
  return `${e.count.toLocaleString()} req · ${fmtPct(e.errors, e.count)} err · p95 ${fmtMs(e.p95)}`;
}

function edgeColour(e: MapEdge): string {
  const r = e.count ? e.errors / e.count : 0;
  if (r === 0) return '#8b96a5';
  if (r < 0.05) return '#d18a00';
  if (r < 0.2) return '#e0561b';
  return '#cf222e';
}

/** An edge as drawn: one per (source, target, protocol), or per (source, target) when crowded. */
interface GraphEdge extends MapEdge {
  protocols: string[];
  /** Merged edges: p95 is the largest of theirs (an upper bound, not a percentile of the merge). */
  merged: boolean;
}

/**
 * With many edges, the protocols between the same two ends become one drawn edge (their numbers
 * summed, the labels shown on hover); the table beside the graph keeps one row per protocol.
 */
export function graphEdges(data: ServiceMapData): GraphEdge[] {
  const one = (e: MapEdge): GraphEdge => ({ ...e, protocols: e.protocol ? [e.protocol] : [], merged: false });
  if (data.edges.length <= CROWDED) return data.edges.map(one);
  const pairs = new Map<string, GraphEdge>();
  for (const e of data.edges) {
    const k = `${e.source}\u0000${e.target}`;
    const g = pairs.get(k);
    if (!g) {
      pairs.set(k, one(e));
      continue;
    }
    g.count += e.count;
    g.errors += e.errors;
    g.p50 = null;
    g.p95 = g.p95 === null ? e.p95 : e.p95 === null ? g.p95 : Math.max(g.p95, e.p95);
    if (e.protocol && !g.protocols.includes(e.protocol)) g.protocols.push(e.protocol);
    g.protocol = g.protocols.length === 1 ? (g.protocols[0] as string) : null;
    g.merged = true;
  }
  return [...pairs.values()];
}

/** The cytoscape id of the i-th drawn edge (the keyboard list selects by it). */
export function edgeElementId(e: MapEdge, i: number): string {
  return `e:${i}:${e.source}>${e.target}>${e.protocol ?? ''}`;
}

function graphLabel(e: GraphEdge): string {
  const l = e.merged
    ? `${e.count.toLocaleString()} req · ${fmtPct(e.errors, e.count)} err · p95 ≤ ${fmtMs(e.p95)}`
    : edgeLabel(e);
  return `${e.protocols.join('/')} ${l}`.trim();
}

function elementsOf(data: ServiceMapData, edges: GraphEdge[]): ElementDefinition[] {
  const els: ElementDefinition[] = [];
  const namespaces = new Set(data.nodes.map((n) => n.namespace).filter((x): x is string => x !== null));
  for (const ns of namespaces) els.push({ group: 'nodes', data: { id: `ns:${ns}`, label: `namespace ${ns}`, isNs: 1 }, classes: 'ns' });
  // When there are namespaces, the ends outside any (external, hosts, processes) get a box of their
  // own: the layout then keeps them from drifting into a namespace's box.
  const outside = namespaces.size > 0 && data.nodes.some((n) => n.namespace === null);
  if (outside) els.push({ group: 'nodes', data: { id: 'ns:', label: 'outside the cluster', isNs: 1 }, classes: 'ns outside' });
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  // Past a few dozen edges the labels hide each other: they show on hover and the table has them all.
  const crowded = edges.length > CROWDED;
  for (const n of data.nodes)
    els.push({
      group: 'nodes',
      data: {
        id: `n:${n.id}`,
        nodeId: n.id,
        label: nodeLabel(n),
        shape: KIND_SHAPE[n.kind ?? ''] ?? 'round-rectangle',
        ...(n.namespace !== null ? { parent: `ns:${n.namespace}` } : outside ? { parent: 'ns:' } : {}),
      },
      classes: `kind-${n.kind ?? 'unknown'}`,
    });
  edges.forEach((e, i) =>
    els.push({
      group: 'edges',
      data: {
        id: edgeElementId(e, i),
        index: i,
        source: `n:${e.source}`,
        target: `n:${e.target}`,
        label: graphLabel(e),
        width: 1.5 + 6 * Math.sqrt(e.count / maxCount) + (e.errors ? 1.5 : 0),
        colour: edgeColour(e),
      },
      classes: `${e.errors ? 'errors' : ''}${crowded ? ' quiet' : ''}`,
    }),
  );
  return els;
}

export function Graph({ data, onNode, onEdge, selected }: { data: ServiceMapData; onNode: (n: MapNode) => void; onEdge: (e: MapEdge) => void; selected: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const edges = useMemo(() => graphEdges(data), [data]);
  const handlers = useRef({ onNode, onEdge, data, edges });
  handlers.current = { onNode, onEdge, data, edges };
  const shape = useMemo(() => JSON.stringify([data.nodes.map((n) => n.id), edges.map((e) => `${e.source}>${e.target}>${e.protocol}`)]), [data, edges]);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let dead = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (dead || !box.current) return;
      const c = cytoscape({
        container: box.current,
        wheelSensitivity: 0.3,
        minZoom: 0.2,
        maxZoom: 3,
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'text-wrap': 'wrap',
              'text-valign': 'center',
              'text-halign': 'center',
              'font-size': 11,
              'font-family': 'system-ui, DejaVu Sans, sans-serif',
              color: '#1c2430',
              shape: 'data(shape)' as never,
              width: 'label',
              height: 'label',
              padding: '10px',
              'background-color': '#e8f0fe',
              'border-width': 1.5,
              'border-color': '#1f6feb',
            },
          },
          { selector: 'node.kind-external', style: { 'background-color': '#fff4e0', 'border-color': '#b35900' } },
          { selector: 'node.kind-process, node.kind-host', style: { 'background-color': '#eef7ee', 'border-color': '#1a7f37' } },
          {
            selector: 'node.ns',
            style: {
              shape: 'round-rectangle',
              'background-color': '#f3f5f8',
              'background-opacity': 1,
              'border-color': '#aab3bf',
              'border-style': 'dashed',
              'border-width': 1,
              label: 'data(label)',
              'text-valign': 'top',
              'text-halign': 'center',
              'font-size': 11,
              'font-weight': 'bold',
              color: '#5d6878',
              padding: '18px',
            },
          },
          {
            selector: 'edge',
            style: {
              width: 'data(width)',
              'line-color': 'data(colour)',
              'target-arrow-color': 'data(colour)',
              'target-arrow-shape': 'triangle',
              'curve-style': 'bezier',
              'control-point-step-size': 80,
              label: 'data(label)',
              'font-size': 10,
              color: '#1c2430',
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.9,
              'text-background-padding': '2px',
              'text-border-opacity': 1,
              'text-border-width': 0.5,
              'text-border-color': '#dde1e7',
            },
          },
          { selector: 'edge.errors', style: { 'line-style': 'dashed', color: '#a01919' } },
          { selector: 'edge.quiet', style: { label: '' } },
          { selector: 'edge.quiet.hover', style: { label: 'data(label)', 'z-index': 10 } },
          // Selected (by the keyboard list): a thick outline as well as the tint, not colour alone.
          { selector: 'node:selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#1f6feb', 'overlay-padding': 6, 'border-width': 4, 'border-style': 'double' } },
          { selector: 'edge:selected', style: { 'overlay-opacity': 0.25, 'overlay-color': '#1f6feb', 'overlay-padding': 6, label: 'data(label)', 'z-index': 20 } },
          { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.2 } },
        ],
      });
      c.on('tap', 'node', (ev) => {
        const id = ev.target.data('nodeId') as string | undefined;
        const n = id !== undefined ? handlers.current.data.nodes.find((x) => x.id === id) : undefined;
        if (n) handlers.current.onNode(n);
      });
      c.on('tap', 'edge', (ev) => {
        const e = handlers.current.edges[ev.target.data('index') as number];
        if (e) handlers.current.onEdge(e);
      });
      c.on('mouseover', 'node[nodeId], edge', (ev) => {
        if (box.current) box.current.style.cursor = 'pointer';
        (ev.target.isNode() ? ev.target.connectedEdges() : ev.target).addClass('hover');
      });
      c.on('mouseout', 'node, edge', (ev) => {
        if (box.current) box.current.style.cursor = '';
        (ev.target.isNode() ? ev.target.connectedEdges() : ev.target).removeClass('hover');
      });
      cy.current = c;
      (window as unknown as { __trawlCy?: Core }).__trawlCy = c;
      setReady(true);
    });
    return () => {
      dead = true;
      cy.current?.destroy();
      cy.current = null;
    };
  }, []);

  // New structure: new elements and a layout. Same structure: only the numbers change.
  const laidOut = useRef<string | null>(null);
  useEffect(() => {
    const c = cy.current;
    if (!c || !ready) return;
    const els = elementsOf(data, edges);
    if (laidOut.current === shape) {
      for (const el of els) c.getElementById(el.data.id as string).data(el.data);
      return;
    }
    laidOut.current = shape;
    c.elements().remove();
    c.add(els);
    const n = data.nodes.length;
    c.layout(
      n <= 2 && edges.length <= 2
        ? { name: 'breadthfirst', directed: true, padding: 40, spacingFactor: 1.6, animate: false }
        : {
            name: 'cose',
            animate: false,
            padding: 40,
            randomize: true,
            numIter: 2500,
            nodeRepulsion: () => 300_000,
            // Short inside a namespace, long across: the boxes stay compact and apart.
            idealEdgeLength: (e: EdgeSingular) => (e.source().parent().same(e.target().parent()) ? 90 : 220),
            edgeElasticity: () => 100,
            nodeOverlap: 20,
            componentSpacing: 120,
            nodeDimensionsIncludeLabels: true,
            nestingFactor: 0.6,
            gravity: 1,
          },
    ).run();
    c.fit(undefined, 40);
    if (c.zoom() > 1.5) {
      c.zoom(1.5);
      c.center();
    }
  }, [data, edges, shape, ready]);

  // The keyboard list's selection, mirrored on the canvas (and panned into view when outside it).
  useEffect(() => {
    const c = cy.current;
    if (!c || !ready) return;
    c.elements().unselect();
    if (selected === null) return;
    const el = c.getElementById(selected);
    if (el.empty()) return;
    el.select();
    const bb = el.renderedBoundingBox();
    if (bb.x1 < 0 || bb.y1 < 0 || bb.x2 > c.width() || bb.y2 > c.height()) c.center(el);
  }, [selected, ready, data, edges]);

  return <div ref={box} className="cy" data-testid="service-map-graph" role="img" aria-label={`Service map: ${data.nodes.length} nodes, ${data.edges.length} edges (listed beside it, where the keyboard can select them)`} />;
}
