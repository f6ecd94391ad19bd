/**
 * Path → template, per service and method, learning as it goes. Obvious identifiers (numbers,
 * UUIDs, hashes, dates) become parameters at once (segment.ts). Literals that are really values
 * (`/users/alice`, `/users/bob`, … ) are found by cardinality: when one position under the same
 * prefix has seen more than `maxSiblings` distinct literals, they fold into `{param}` and every
 * later path takes it. Memory is bounded by `maxNodes` per templater (past it, new literals are
 * treated as parameters and counted).
 */
import { parameterName, segmentKind } from './segment.js';

export interface TemplaterOptions {
  /** Distinct literal values at one position before they fold into `{param}` (default 50). */
  maxSiblings?: number;
  /** Trie nodes kept across all services (default 100,000). */
  maxNodes?: number;
}

interface Node {
  literals: Map<string, Node>;
  /** The folded child for identifiers and high-cardinality literals, by template text. */
  params: Map<string, Node>;
  folded: boolean;
}

/** Paths remembered at most (then the memo starts over): a few MB of paths and templates. */
const MEMO_SIZE = 50_000;

const newNode = (): Node => ({ literals: new Map(), params: new Map(), folded: false });

export class PathTemplater {
  readonly maxSiblings: number;
  readonly maxNodes: number;
  private readonly roots = new Map<string, Node>();
  private nodes = 0;
  /** Literals forced to `{param}` because the node budget was spent. */
  overflowed = 0;
  /** Times a position folded into `{param}`: templates handed out before may have changed. */
  folds = 0;
  /**
   * Answers for paths seen since the last fold. Walking a known path again changes nothing and
   * gives the same template until a fold (known literals are only ever removed by one), so the
   * answer is remembered: the inventory and the metrics' route label both ask for every entry,
   * and a repeated path costs a map lookup instead of a split and ~5 regex tests a segment.
   */
  private readonly memo = new Map<string, Map<string, string>>();
  private memoSize = 0;
  private memoFolds = 0;

  constructor(o: TemplaterOptions = {}) {
    this.maxSiblings = o.maxSiblings ?? 50;
    this.maxNodes = o.maxNodes ?? 100_000;
  }

  /** The template of `path` (no query string) for `scope` (e.g. `service METHOD`). */
  template(scope: string, path: string): string {
    if (this.memoFolds !== this.folds || this.memoSize >= MEMO_SIZE) {
      this.memo.clear();
      this.memoSize = 0;
      this.memoFolds = this.folds;
    }
    let paths = this.memo.get(scope);
    const known = paths?.get(path);
    if (known !== undefined) return known;
    const overflowed = this.overflowed;
    const out = this.walk(scope, path);
    // Not remembered when this walk folded (the memo is cleared on the next call anyway) or hit
    // the node budget (a walk counts each literal it could not keep).
    if (this.folds === this.memoFolds && this.overflowed === overflowed) {
      if (!paths) this.memo.set(scope, (paths = new Map()));
      paths.set(path, out);
      this.memoSize++;
    }
    return out;
  }

  private walk(scope: string, path: string): string {
    let node = this.roots.get(scope);
    if (!node) {
      node = newNode();
      this.roots.set(scope, node);
    }
    const segments = path.split('/');
    const out: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (i === 0 && seg === '') {
        out.push('');
        continue;
      }
      const kind = segmentKind(seg);
      if (kind !== 'literal') {
        const name = parameterName(kind);
        out.push(name);
        node = this.param(node, name);
        continue;
      }
      const known = node.literals.get(seg);
      if (known) {
        out.push(seg);
        node = known;
        continue;
      }
      if (node.folded || this.nodes >= this.maxNodes) {
        if (!node.folded) this.overflowed++;
        out.push('{param}');
        node = this.param(node, '{param}');
        continue;
      }
      if (node.literals.size >= this.maxSiblings) {
        node = this.fold(node);
        out.push('{param}');
        continue;
      }
      const child = newNode();
      this.nodes++;
      node.literals.set(seg, child);
      out.push(seg);
      node = child;
    }
    return out.join('/');
  }

  private param(node: Node, name: string): Node {
    let child = node.params.get(name);
    if (!child) {
      child = newNode();
      this.nodes++;
      node.params.set(name, child);
    }
    return child;
  }

  /** Fold every literal child of `node` into its `{param}` child (their subtrees merge). */
  private fold(node: Node): Node {
    const target = this.param(node, '{param}');
    for (const child of node.literals.values()) merge(target, child);
    // Merged nodes stay counted: the budget errs on the small side, never the large one.
    node.literals.clear();
    node.folded = true;
    this.folds++;
    return target;
  }

  get size(): number {
    return this.nodes;
  }
}

function merge(into: Node, from: Node): void {
  for (const [k, v] of from.literals) {
    const existing = into.literals.get(k);
    if (existing) merge(existing, v);
    else into.literals.set(k, v);
  }
  for (const [k, v] of from.params) {
    const existing = into.params.get(k);
    if (existing) merge(existing, v);
    else into.params.set(k, v);
  }
  into.folded ||= from.folded;
}
