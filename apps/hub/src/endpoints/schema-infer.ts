/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) inferred from example values, merged across
 * examples: types become unions, object properties are kept with `required` = seen in every
 * example, arrays merge their items. Bounded in depth and properties so a hostile body cannot
 * grow the inventory without limit.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
  /** Examples merged into this schema (not emitted: internal bookkeeping). */
  'x-seen'?: number;
};

const MAX_DEPTH = 8;
const MAX_PROPERTIES = 100;

/**
 * Property maps without a prototype: a body's keys are the client's, and `__proto__` assigned on
 * a plain object would set its prototype instead of adding a property (and `constructor` would be
 * found on every map). Lookups go through `own` so maps read back from JSON behave the same.
 */
const propertyMap = (from?: Record<string, JsonSchema>): Record<string, JsonSchema> => Object.assign(Object.create(null) as Record<string, JsonSchema>, from);
const own = <T>(o: Record<string, T>, k: string): T | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function inferSchema(value: unknown, depth = 0): JsonSchema {
  const type = typeOf(value);
  if (depth >= MAX_DEPTH) return { 'x-seen': 1 };
  if (type === 'object') {
    const properties = propertyMap();
    for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, MAX_PROPERTIES)) properties[k] = inferSchema(v, depth + 1);
    return { type, properties, required: Object.keys(properties).sort(), 'x-seen': 1 };
  }
  if (type === 'array') {
    const arr = value as unknown[];
    let items: JsonSchema | undefined;
    for (const v of arr.slice(0, 20)) items = items ? mergeSchema(items, inferSchema(v, depth + 1)) : inferSchema(v, depth + 1);
    return items ? { type, items, 'x-seen': 1 } : { type, 'x-seen': 1 };
  }
  if (type === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value as string)) return { type, format: 'date-time', 'x-seen': 1 };
  return { type, 'x-seen': 1 };
}

const types = (s: JsonSchema): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

export function mergeSchema(a: JsonSchema, b: JsonSchema, depth = 0): JsonSchema {
  const out: JsonSchema = {};
  let t = [...new Set([...types(a), ...types(b)])].sort();
  // An integer seen where a number was is a number.
  if (t.includes('number') && t.includes('integer')) t = t.filter((x) => x !== 'integer');
  if (t.length === 1) out.type = t[0];
  else if (t.length > 1) out.type = t;
  if (a.properties || b.properties) {
    const props = propertyMap(a.properties);
    for (const [k, v] of Object.entries(b.properties ?? {})) {
      const p = own(props, k);
      if (p) props[k] = depth < MAX_DEPTH ? mergeSchema(p, v, depth + 1) : p;
      else if (Object.keys(props).length < MAX_PROPERTIES) props[k] = v;
    }
    out.properties = props;
    // Required only if required in both (an object missing from one side requires nothing new).
    const ra = a.properties ? new Set(a.required ?? []) : null;
    const rb = b.properties ? new Set(b.required ?? []) : null;
    out.required = Object.keys(props)
      .filter((k) => (ra ? ra.has(k) : true) && (rb ? rb.has(k) : true))
      .sort();
  }
  if (a.items || b.items) out.items = a.items && b.items ? mergeSchema(a.items, b.items, depth + 1) : (a.items ?? b.items);
  if (a.format && a.format === b.format) out.format = a.format;
  out['x-seen'] = (a['x-seen'] ?? 0) + (b['x-seen'] ?? 0);
  return out;
}

/**
 * True when merging `value` into `schema` would change nothing but the example count: the common
 * case (the same shape again), checked without building a schema for the value.
 */
export function coversValue(schema: JsonSchema, value: unknown, depth = 0): boolean {
  const t = typeOf(value);
  const known = types(schema);
  if (depth >= MAX_DEPTH) return true;
  if (!known.includes(t) && !(t === 'integer' && known.includes('number'))) return false;
  if (t === 'object') {
    const props = schema.properties ?? {};
    const obj = value as Record<string, unknown>;
    const full = Object.keys(props).length >= MAX_PROPERTIES;
    let n = 0;
    for (const k in obj) {
      if (++n > MAX_PROPERTIES) break;
      const p = own(props, k);
      if (!p) {
        if (full) continue;
        return false;
      }
      if (!coversValue(p, obj[k], depth + 1)) return false;
    }
    for (const r of schema.required ?? []) if (!Object.hasOwn(obj, r)) return false;
    return true;
  }
  if (t === 'array') {
    const arr = value as unknown[];
    if (arr.length === 0) return true;
    if (!schema.items) return false;
    for (let i = 0; i < arr.length && i < 20; i++) if (!coversValue(schema.items, arr[i], depth + 1)) return false;
    return true;
  }
  if (t === 'string' && schema.format === 'date-time') return /^\d{4}-\d{2}-\d{2}T/.test(value as string);
  return true;
}

/** The schema without bookkeeping, ready for OpenAPI. */
export function publicSchema(s: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.type !== undefined) out.type = s.type;
  if (s.format) out.format = s.format;
  if (s.properties) {
    out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, publicSchema(v)]));
    if (s.required && s.required.length > 0) out.required = s.required;
  }
  if (s.items) out.items = publicSchema(s.items);
  return out;
}
