// A bounded GraphQL document scanner: is this text an executable GraphQL document, and what does
// it ask for? It reads the top-level structure (operation and fragment definitions, variable
// definitions, directives, the root selection set) and skips nested selections and arguments as
// balanced brackets over valid tokens. Not a parser: `{ a(x: ) }` passes, but any text that is not
// made of GraphQL tokens, or whose definitions do not start like operations or fragments, fails.
import { GRAPHQL_LIMITS } from './limits.js';
import { Lexer, Tok } from './lexer.js';

export type OperationType = 'query' | 'mutation' | 'subscription';

export interface ScannedOperation {
  type: OperationType;
  /** Absent for an anonymous operation. */
  name?: string;
  /** Field names (not aliases) of the root selection set, in order, at most `maxRootFields`. */
  rootFields: string[];
}

export interface ScanResult {
  /** Operations in document order (all of them when `complete`). */
  operations: ScannedOperation[];
  /** Fragment definitions seen. */
  fragments: number;
  /** False when the token budget or nesting bound stopped the scan (what was read is kept). */
  complete: boolean;
}

export interface ScanOptions {
  maxTokens?: number;
}

/** Thrown inside the scanner only, to unwind: the text is not GraphQL. Never escapes `scanDocument`. */
class NotGraphql {}
/** The token budget or nesting bound was hit. Never escapes `scanDocument`. */
class Budget {}
const NOT = new NotGraphql();
const BUDGET = new Budget();

const OPERATION_TYPES: readonly string[] = ['query', 'mutation', 'subscription'];

/** The document's operations, or null when the text is not an executable GraphQL document. */
export function scanDocument(text: string, options: ScanOptions = {}): ScanResult | null {
  const s = new Scanner(text, options.maxTokens ?? GRAPHQL_LIMITS.maxScanTokens);
  try {
    s.document();
  } catch (e) {
    if (e === BUDGET) {
      // Stopped early: GraphQL if the first operation's head was read.
      return s.result.operations.length > 0 ? { ...s.result, complete: false } : null;
    }
    if (e === NOT) return null;
    throw e;
  }
  return s.result.operations.length > 0 ? s.result : null;
}

class Scanner {
  readonly result: ScanResult = { operations: [], fragments: 0, complete: true };
  private readonly lx: Lexer;

  constructor(
    text: string,
    private budget: number,
  ) {
    this.lx = new Lexer(text);
  }

  private advance(): void {
    if (--this.budget < 0) throw BUDGET;
    if (this.lx.next() === Tok.Error) throw NOT;
  }

  private expectPunct(p: string): void {
    if (!this.lx.is(p)) throw NOT;
    this.advance();
  }

  private expectName(): string {
    if (this.lx.kind !== Tok.Name) throw NOT;
    const name = this.lx.name;
    this.advance();
    return name;
  }

  document(): void {
    const lx = this.lx;
    this.advance();
    if (lx.eof()) throw NOT;
    while (!lx.eof()) {
      if (lx.is('{')) {
        const op: ScannedOperation = { type: 'query', rootFields: [] };
        this.result.operations.push(op);
        this.rootSelectionSet(op);
      } else if (lx.kind === Tok.Name && OPERATION_TYPES.includes(lx.name)) {
        this.operation(lx.name as OperationType);
      } else if (lx.isName('fragment')) {
        this.fragment();
      } else {
        // Type system definitions, descriptions, or anything else: not a request.
        throw NOT;
      }
    }
  }

  private operation(type: OperationType): void {
    const lx = this.lx;
    this.advance();
    const op: ScannedOperation = { type, rootFields: [] };
    if (lx.kind === Tok.Name) {
      op.name = lx.name;
      this.advance();
    }
    this.result.operations.push(op);
    if (lx.is('(')) this.variableDefinitions();
    this.directives();
    this.rootSelectionSet(op);
  }

  private fragment(): void {
    const lx = this.lx;
    this.advance();
    if (lx.isName('on')) throw NOT;
    this.expectName();
    if (!lx.isName('on')) throw NOT;
    this.advance();
    this.expectName();
    this.directives();
    if (!lx.is('{')) throw NOT;
    this.result.fragments++;
    this.skipBalanced(true);
  }

  /** `( $name: Type = default @dir, … )`: each definition starts with `$`; the rest is skipped. */
  private variableDefinitions(): void {
    const lx = this.lx;
    this.advance();
    if (!lx.is('$')) throw NOT;
    let depth = 0;
    while (!(depth === 0 && lx.is(')'))) {
      if (lx.eof()) throw NOT;
      if (lx.is('$') && depth === 0) {
        this.advance();
        this.expectName();
        this.expectPunct(':');
        continue;
      }
      if (lx.is('(') || lx.is('[') || lx.is('{')) {
        this.skipBalanced(false);
        continue;
      }
      if (lx.is(')') || lx.is(']') || lx.is('}')) throw NOT;
      this.advance();
    }
    this.advance();
  }

  private directives(): void {
    const lx = this.lx;
    while (lx.is('@')) {
      this.advance();
      this.expectName();
      if (lx.is('(')) this.skipBalanced(false);
    }
  }

  /** The root `{ … }`: field names are recorded, everything below them skipped. */
  private rootSelectionSet(op: ScannedOperation): void {
    const lx = this.lx;
    this.expectPunct('{');
    if (lx.is('}')) throw NOT; // a selection set has at least one selection
    while (!lx.is('}')) {
      if (lx.is('.')) {
        this.advance();
        if (lx.isName('on')) {
          this.advance();
          this.expectName();
          this.directives();
          if (!lx.is('{')) throw NOT;
          this.skipBalanced(true);
        } else if (lx.kind === Tok.Name) {
          this.advance(); // a fragment spread
          this.directives();
        } else {
          this.directives();
          if (!lx.is('{')) throw NOT;
          this.skipBalanced(true);
        }
        continue;
      }
      let field = this.expectName();
      if (lx.is(':')) {
        this.advance();
        field = this.expectName();
      }
      if (op.rootFields.length < GRAPHQL_LIMITS.maxRootFields) op.rootFields.push(field);
      if (lx.is('(')) this.skipBalanced(false);
      this.directives();
      if (lx.is('{')) this.skipBalanced(true);
    }
    this.advance();
  }

  /**
   * Skips a balanced group starting at the current `{ ( [`, checking that closers match. An empty
   * group is refused when `selectionSet` (a selection set needs a selection; `{}` in arguments is an
   * empty input object and fine).
   */
  private skipBalanced(selectionSet: boolean): void {
    const lx = this.lx;
    const stack: string[] = [];
    do {
      if (lx.eof()) throw NOT;
      if (lx.kind === Tok.Punct) {
        const p = lx.punct;
        if (p === '{' || p === '(' || p === '[') {
          if (stack.length >= GRAPHQL_LIMITS.maxNesting) throw BUDGET;
          stack.push(p === '{' ? '}' : p === '(' ? ')' : ']');
          this.advance();
          if (selectionSet && stack.length === 1 && lx.is('}')) throw NOT;
          continue;
        }
        if (p === '}' || p === ')' || p === ']') {
          if (stack.pop() !== p) throw NOT;
        }
      }
      this.advance();
    } while (stack.length > 0);
  }
}
