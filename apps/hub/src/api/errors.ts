/**
 * JSON errors: `{error, message}` plus `position` for KFL. Codes: `bad_parameter`, `invalid_query`,
 * `not_found`, `method_not_allowed`, `unauthorized`, `payload_too_large`, `unavailable`, `internal`.
 * A response never carries a stack trace.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { KflError } from '@trawl/kfl';

export class BadParameter extends Error {
  override readonly name = 'BadParameter';
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(error: string, message: string, extra?: Record<string, unknown>) {
  return { error, message, ...extra };
}

export function sendError(c: Context, status: ContentfulStatusCode, error: string, message: string, extra?: Record<string, unknown>) {
  return c.json(errorBody(error, message, extra), status);
}

/** Maps what a handler threw to a response; anything unexpected is a 500 without details. */
export function errorResponse(c: Context, e: unknown, log: (m: string) => void) {
  if (e instanceof BadParameter) return sendError(c, 400, 'bad_parameter', e.message, { param: e.param });
  if (e instanceof KflError) return sendError(c, 400, 'invalid_query', e.message, { position: e.position, ...(e.expected ? { expected: e.expected } : {}) });
  log(`internal error on ${c.req.method} ${c.req.path}: ${(e as Error)?.stack ?? String(e)}`);
  return sendError(c, 500, 'internal', 'internal error (logged by the hub)');
}
