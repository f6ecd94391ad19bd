/** Where in the query something is: 1-based line and column, 0-based offset, length in chars. */
export interface Position {
  line: number;
  column: number;
  offset: number;
  length: number;
}

/**
 * The only error KFL throws for a bad query. `message` already ends with `at line:column`, so it can be
 * shown as is; `position` lets a UI underline the span; `expected` lists what would have fitted.
 */
export class KflError extends Error {
  override readonly name = 'KflError';
  readonly position: Position;
  readonly expected?: string[];

  constructor(message: string, position: Position, expected?: string[], options?: { cause?: unknown }) {
    super(`${message} at ${position.line}:${position.column}`, options);
    this.position = position;
    if (expected && expected.length > 0) this.expected = expected;
  }
}

/** Position of `offset` (with `length`) in `text`, counting lines by `\n`. */
export function positionAt(text: string, offset: number, length: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset, length };
}
