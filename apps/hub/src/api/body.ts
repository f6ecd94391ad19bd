/**
 * JSON request bodies (the POST routes of recordings and capture jobs): an object, its fields
 * checked one by one; a bad one is a BadParameter naming it (a 400), like a bad query parameter.
 */
import type { Context } from 'hono';
import { BadParameter } from './errors.js';

export type JsonBody = Record<string, unknown>;

export async function jsonObject(c: Context): Promise<JsonBody> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new BadParameter('body', 'the request body must be a JSON object');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadParameter('body', 'the request body must be a JSON object');
  return body as JsonBody;
}

/** Refuses a field the route does not take (a typo must not pass for a default). */
export function onlyFields(body: JsonBody, allowed: readonly string[]): void {
  for (const k of Object.keys(body)) if (!allowed.includes(k)) throw new BadParameter(k, `unknown field ${JSON.stringify(k.slice(0, 64))} (accepted: ${allowed.join(', ')})`);
}

export function intField(body: JsonBody, name: string, min: number, max: number, fallback: number): number {
  const v = body[name];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw new BadParameter(name, `${name} must be an integer ${min}..${max}`);
  return v;
}
