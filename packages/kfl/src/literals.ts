/**
 * Literal decoding: string escapes and the regex guard. Both return an error message (the caller
 * attaches the position) rather than throwing, so the builder decides what span to blame.
 */

const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

/** Decodes a quoted string token (quotes included). */
export function unescapeString(image: string): { value: string } | { error: string; at: number } {
  let out = '';
  const end = image.length - 1;
  for (let i = 1; i < end; i++) {
    const c = image[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = image[i + 1];
    if (e === 'u') {
      const hex = image.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { error: 'expected 4 hex digits after "\\u" in string', at: i };
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
      continue;
    }
    const mapped = e === undefined ? undefined : ESCAPES[e];
    if (mapped === undefined) return { error: `unknown escape "\\${e ?? ''}" in string (for a regex write r"...")`, at: i };
    out += mapped;
    i++;
  }
  return { value: out };
}

/** Longest regex source accepted. */
export const MAX_REGEX_LENGTH = 512;
/** The predicate tests at most this many leading characters of a value against a regex. */
export const MAX_REGEX_INPUT = 1 << 20;

/**
 * The regex guard. JS regexes backtrack, so a pattern that can match the same text in exponentially
 * many ways hangs the hub. We reject what causes that in practice: a quantified group (`(...)*`,
 * `(...)+`, `(...){2,}`) whose body itself has a quantifier or an alternation (`(a+)+`, `(a|a)*`),
 * and backreferences. Patterns are capped at MAX_REGEX_LENGTH characters and inputs at MAX_REGEX_INPUT.
 */
export function checkRegex(source: string): { regex: RegExp } | { error: string } {
  if (source.length > MAX_REGEX_LENGTH) return { error: `regex longer than ${MAX_REGEX_LENGTH} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (e) {
    return { error: `bad regex: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
  // Stack of open groups: does the group body contain a quantifier or `|`?
  const stack: boolean[] = [];
  let lastGroupRisky = false;
  let lastWasGroup = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return { error: 'backreferences are not allowed in regexes' };
      i++;
      lastWasGroup = false;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      lastWasGroup = false;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      lastWasGroup = false;
      continue;
    }
    if (c === ')') {
      lastGroupRisky = stack.pop() ?? false;
      if (lastGroupRisky && stack.length > 0) stack[stack.length - 1] = true;
      lastWasGroup = true;
      continue;
    }
    const quantifier = c === '*' || c === '+' || c === '{' || (c === '?' && source[i - 1] !== '(');
    if (quantifier) {
      const unbounded = c === '*' || c === '+' || (c === '{' && !/^\{\d+\}/.test(source.slice(i)) && /^\{\d+,\d*\}/.test(source.slice(i)));
      if (lastWasGroup && lastGroupRisky && unbounded) {
        return { error: 'nested quantifier in regex (like (a+)+ or (a|b)*) can take exponential time' };
      }
      if (stack.length > 0) stack[stack.length - 1] = true;
      lastWasGroup = false;
      continue;
    }
    if (c === '|' && stack.length > 0) stack[stack.length - 1] = true;
    lastWasGroup = false;
  }
  return { regex };
}
