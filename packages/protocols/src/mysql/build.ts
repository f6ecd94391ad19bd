// Exchange → PartialEntry: the entry shape of packages/kfl/src/fields.ts for mysql.
import type { PartialEntry, SessionContext } from '../engine/types.js';
import type { Exchange } from './pair.js';
import type { ReplyKind, ResponseSummary } from './response.js';
import { addAnomaly } from './pair.js';

export const PROTOCOL = { name: 'mysql', version: '10', abbr: 'MySQL' } as const;

export function buildEntry(ex: Exchange, ctx: SessionContext): PartialEntry {
  const reader = ex.reader;
  const answered = reader !== null && reader.packets > 0;
  if (!ex.connect && ex.request && reader && !answered && ex.kind !== 'none') addAnomaly(ex, 'unpaired');
  if (!ex.connect && answered && !reader.done) addAnomaly(ex, 'truncated');
  const response = ex.connect ? connectResponse(ex) : answered ? responseObject(reader.sum, ex.kind) : null;
  if (ex.connect && !ex.request && response) addAnomaly(ex, 'unpaired');
  for (const a of ex.anomalies) ctx.count(`mysql.${a}`);
  const entry: PartialEntry = {
    timestamp: ex.ts,
    elapsedTime: ex.request && response ? Math.max(0, ex.respEndTs - ex.ts) : null,
    protocol: { ...PROTOCOL },
    request: ex.request,
    response,
    requestSize: ex.requestSize,
    responseSize: ex.responseSize,
  };
  if (ex.anomalies.length > 0) entry.anomalies = [...ex.anomalies];
  return entry;
}

/** Replies whose OK reports rows (statements), as opposed to Ping, InitDB, Reset… */
const DATA_KINDS: ReadonlySet<ReplyKind> = new Set(['query', 'execute', 'fetch']);

function responseObject(s: ResponseSummary, kind: ReplyKind): Record<string, unknown> {
  const out: Record<string, unknown> = { status: s.status };
  if (s.err) {
    out.code = s.err.code;
    if (s.err.sqlState !== undefined) out.sqlState = s.err.sqlState;
    out.message = s.err.message;
  }
  if (s.resultSets > 0) {
    out.rows = s.rows;
    if (s.columns) out.columns = s.columns;
    if (s.rowsSample) out.rowsSample = s.rowsSample;
    if (s.resultSets > 1) out.resultSets = s.resultSets;
  } else if (s.oks > 0 && DATA_KINDS.has(kind)) out.rows = s.affectedRows;
  else if (s.columns && !s.prepared) out.columns = s.columns; // COM_FIELD_LIST
  if (s.oks > 0 && DATA_KINDS.has(kind)) {
    out.affectedRows = s.affectedRows;
    if (s.lastInsertId) out.lastInsertId = s.lastInsertId;
  }
  if (s.prepared) {
    out.statementId = s.prepared.statementId;
    out.params = s.prepared.params;
    out.columnCount = s.prepared.columns;
    if (s.columns) out.columns = s.columns;
  }
  if (s.warnings > 0) out.warnings = s.warnings;
  if (s.info !== undefined) out.info = s.info;
  if (s.authSwitch !== undefined) out.authPlugin = s.authSwitch;
  if (s.localInfile !== undefined) out.localInfile = s.localInfile;
  return out;
}

/** The Connect entry's response: the greeting's facts and the authentication outcome. */
function connectResponse(ex: Exchange): Record<string, unknown> | null {
  const g = ex.connect!.greeting;
  const reader = ex.reader;
  const decided = reader !== null && reader.done;
  if (!g && !decided) return null;
  const out: Record<string, unknown> = decided ? responseObject(reader.sum, 'auth') : { status: 0 };
  if (g) {
    out.serverVersion = g.serverVersion;
    out.connectionId = g.connectionId;
    if (out.authPlugin === undefined && g.authPlugin !== undefined) out.authPlugin = g.authPlugin;
  }
  if (!decided && ex.request && !ex.anomalies.includes('encrypted')) addAnomaly(ex, 'truncated');
  return out;
}
