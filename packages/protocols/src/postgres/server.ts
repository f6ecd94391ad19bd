// Server messages → the response of the operation they answer. Returns what the message did to
// the operation: `more` (keep waiting), `done` (its last message), `failed` (an ErrorResponse that
// ends it: the extended protocol skips everything up to Sync).
import { PG_LIMITS } from './limits.js';
import type { Op } from './op.js';
import { AUTH_NAMES, decodeAuth, decodeBackendKey, decodeCommandTag, decodeCopyResponse, decodeDataRow, decodeFields, decodeParameterStatus, decodeRowDescription } from './parse.js';
import type { Message } from './stream.js';

export type Outcome = 'more' | 'done' | 'failed';

const ch = (c: string): number => c.charCodeAt(0);

export function answer(op: Op, m: Message, count: (e: string) => void): Outcome {
  const a = op.acc;
  switch (String.fromCharCode(m.type)) {
    case 'R': {
      const r = decodeAuth(m.body);
      if (!r) {
        count('postgres.bad_auth.error');
        return 'more';
      }
      if (r.code === 0) a.authenticated = true;
      else if (r.code === 10) a.auth.push(r.mechanisms?.includes('SCRAM-SHA-256') ? 'SCRAM-SHA-256' : (r.mechanisms?.[0] ?? 'sasl'));
      else if (r.code !== 11 && r.code !== 12) a.auth.push(AUTH_NAMES[r.code] ?? `auth-${r.code}`);
      return 'more';
    }
    case 'S': {
      const p = decodeParameterStatus(m.body);
      if (p && Object.keys(a.parameters).length < PG_LIMITS.maxServerParameters) a.parameters[p.name] = p.value;
      return 'more';
    }
    case 'K': {
      const pid = decodeBackendKey(m.body);
      if (pid !== null) a.backendPid = pid;
      return 'more';
    }
    case 'Z':
      if (a.open) closeResult(op, undefined);
      return op.waitZ ? 'done' : 'more';
    case 'E': {
      a.error = decodeFields(m.body) ?? { M: '(malformed ErrorResponse)' };
      if (!decodeFields(m.body)) count('postgres.bad_error.error');
      if (a.open) closeResult(op, undefined);
      // Startup errors are FATAL (the server hangs up); Query and Sync still end with ReadyForQuery.
      if (op.kind === 'startup') return 'done';
      return op.kind === 'extended' ? 'failed' : 'more';
    }
    case 'T': {
      const rd = decodeRowDescription(m.body);
      if (!rd) count('postgres.bad_row_description.error');
      a.open = { counted: 0, columns: rd?.names };
      a.formats = rd?.formats ?? [];
      return completion(op);
    }
    case 'D': {
      const r = (a.open ??= { counted: 0 });
      r.counted++;
      if ((r.sample?.length ?? 0) < PG_LIMITS.maxSampleRows) {
        const row = decodeDataRow(m.body, a.formats);
        if (row) (r.sample ??= []).push(row);
        else count('postgres.bad_data_row.error');
      }
      return 'more';
    }
    case 'C': {
      const { tag, rows } = decodeCommandTag(m.body);
      closeResult(op, { tag, rows });
      return completion(op);
    }
    case 'I':
      a.empty = true;
      closeResult(op, undefined);
      return completion(op);
    case 's':
      a.suspended = true;
      closeResult(op, undefined);
      return completion(op);
    case 'n':
    case '1':
    case '2':
    case '3':
      return completion(op);
    case 't': {
      const n = m.body.length >= 2 ? (m.body[0] << 8) | m.body[1] : 0;
      a.paramCount = n;
      return 'more';
    }
    case 'G':
    case 'H':
    case 'W': {
      const c = decodeCopyResponse(m.body);
      a.copy = { direction: m.type === ch('G') ? 'in' : m.type === ch('H') ? 'out' : 'both', format: c?.format === 1 ? 'binary' : 'text', messages: 0, bytes: 0 };
      return 'more';
    }
    case 'd':
      if (a.copy) {
        a.copy.messages++;
        a.copy.bytes += m.wireSize - 5;
      }
      return 'more';
    case 'c':
    case 'V':
    case 'v':
      return 'more';
    default:
      count('postgres.unknown_backend');
      return 'more';
  }
}

/** A completion message of an extended operation: done when every expected one arrived. */
function completion(op: Op): Outcome {
  if (op.waitZ) return 'more';
  op.expect--;
  return op.expect <= 0 ? 'done' : 'more';
}

function closeResult(op: Op, tag: { tag: string; rows?: number } | undefined): void {
  const a = op.acc;
  const r = a.open ?? { counted: 0 };
  a.open = null;
  if (tag) {
    r.command = tag.tag;
    if (tag.rows !== undefined) r.rows = tag.rows;
  }
  if (r.rows === undefined && (r.counted > 0 || r.columns)) r.rows = r.counted;
  if (!tag && r.counted === 0 && !r.columns && !a.empty && !a.suspended) return;
  if (a.results.length < PG_LIMITS.maxResults) a.results.push(r);
}
