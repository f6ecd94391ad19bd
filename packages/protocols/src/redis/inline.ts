// Inline commands (`SET a "b c"\r\n`): the line is split the way Redis splits it (sdssplitargs):
// spaces separate arguments, double quotes take \n \r \t \b \a \\ \" \xHH escapes, single quotes
// take \'. Unbalanced quotes make the line invalid (Redis answers a protocol error).

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** The arguments of an inline command line (without its line end), or null when quotes do not balance. */
export function splitInline(line: string): string[] | null {
  const args: string[] = [];
  let i = 0;
  const n = line.length;
  while (true) {
    while (i < n && isSpace(line[i])) i++;
    if (i >= n) return args;
    let cur = '';
    let inDq = false;
    let inSq = false;
    for (;;) {
      const c = line[i];
      if (inDq) {
        if (i >= n) return null;
        if (c === '\\' && line[i + 1] === 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
          cur += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (c === '\\' && i + 1 < n) {
          i++;
          cur += ESCAPES[line[i]] ?? line[i];
        } else if (c === '"') {
          // A closing quote must be followed by a space or the end.
          if (i + 1 < n && !isSpace(line[i + 1])) return null;
          inDq = false;
          i++;
          break;
        } else cur += c;
      } else if (inSq) {
        if (i >= n) return null;
        if (c === '\\' && line[i + 1] === "'") {
          i++;
          cur += "'";
        } else if (c === "'") {
          if (i + 1 < n && !isSpace(line[i + 1])) return null;
          inSq = false;
          i++;
          break;
        } else cur += c;
      } else {
        if (i >= n || isSpace(c)) break;
        if (c === '"') inDq = true;
        else if (c === "'") inSq = true;
        else cur += c;
      }
      i++;
    }
    args.push(cur);
  }
}
