// Public API of the PostgreSQL (wire protocol v3) dissector.
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detect } from './detect.js';
import { PostgresSession } from './session.js';

export const postgresDissector: Dissector = {
  name: 'postgres',
  transport: 'tcp',
  detect,
  createSession(ctx: SessionContext): DissectorSession {
    return new PostgresSession(ctx);
  },
};

export { detect, probeStartup, probeClientTyped, probeServerTyped } from './detect.js';
export * from './parse.js';
export { PostgresSession } from './session.js';
export { PG_PROTOCOL, buildEntry } from './build.js';
export { PG_LIMITS } from './limits.js';
export { POSTGRES_FIELDS, type PostgresField, type PostgresFieldPath } from './fields.js';
