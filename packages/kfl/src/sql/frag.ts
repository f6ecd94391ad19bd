/** SQL text with its bound parameters, composed without ever splicing a value into the text. */
export interface Frag {
  s: string;
  p: unknown[];
}

const isFrag = (v: unknown): v is Frag => typeof v === 'object' && v !== null && 's' in v && 'p' in v;

/** Template tag: `${frag}` is inlined, any other `${value}` becomes a `?` parameter. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Frag {
  let s = strings[0] ?? '';
  const p: unknown[] = [];
  parts.forEach((part, i) => {
    if (isFrag(part)) {
      s += part.s;
      p.push(...part.p);
    } else {
      s += '?';
      p.push(part);
    }
    s += strings[i + 1] ?? '';
  });
  return { s, p };
}

export const raw = (s: string): Frag => ({ s, p: [] });

export function joinFrags(items: Frag[], sep: string): Frag {
  return { s: items.map((i) => i.s).join(sep), p: items.flatMap((i) => i.p) };
}

/** A condition: SQL yielding 1, 0 or NULL (NULL reads as false), or a value known when compiling. */
export type Cond = Frag | boolean;
