// Client messages → operations. Simple Query, FunctionCall and the startup family make one
// operation each; extended-protocol messages gather in a group that an Execute, a Flush or a Sync
// closes: Parse+Bind+Describe+Execute is one operation named after its query's first keyword,
// a group without Execute is named after its first message (`Prepare`, `Bind`, `Describe`, `Close`).
// Passwords (PasswordMessage, SASL responses) are counted in the Startup's size, never read.
import { newOp, type Op } from './op.js';
import { redactSql } from '../sql/text.js';
import { CODE, decodeBind, decodeExecute, decodeParse, decodeQuery, decodeStartup, decodeTarget, sqlVerb, type BindMsg, type ParseMsg, type Target } from './parse.js';
import { Statements } from './statements.js';
import type { Message } from './stream.js';

interface Group {
  firstTs: number;
  size: number;
  expect: number;
  parse?: ParseMsg;
  bind?: BindMsg;
  describes: Target[];
  closes: Target[];
}

export interface ClientHooks {
  push(op: Op): void;
  /** The operation the server is answering now (COPY data and passwords belong to it). */
  current(): Op | null;
  /** A one-way entry (CancelRequest): emitted at once. */
  oneWay(op: Op): void;
  /** SSLRequest / GSSENCRequest sent: the server answers with one byte. */
  expectAnswer(): void;
  count(event: string): void;
}

const ch = (c: string): number => c.charCodeAt(0);
const T = { Q: ch('Q'), P: ch('P'), B: ch('B'), D: ch('D'), E: ch('E'), C: ch('C'), H: ch('H'), S: ch('S'), X: ch('X'), F: ch('F'), d: ch('d'), c: ch('c'), f: ch('f'), p: ch('p') };

export class ClientSide {
  readonly names: Statements;
  private group: Group | null = null;

  constructor(private readonly hooks: ClientHooks) {
    this.names = new Statements((e) => hooks.count(e));
  }

  /** Forget a half-built group (its bytes were in a gap). */
  dropGroup(): void {
    this.group = null;
  }

  message(m: Message): void {
    if (m.cut > 0 && m.type !== T.d) this.hooks.count('postgres.message_cut');
    if (m.type === 0) return this.untyped(m);
    switch (m.type) {
      case T.Q: {
        this.closeGroup();
        // Passwords written in SQL (ALTER ROLE … PASSWORD '…') never leave the node.
        const query = redactSql(decodeQuery(m.body));
        const op = newOp('query', sqlVerb(query) || 'Query', { query }, m.firstTs, m.wireSize);
        op.waitZ = true;
        if (m.cut > 0) op.anomalies.push('truncated');
        return this.hooks.push(op);
      }
      case T.P: {
        const p = decodeParse(m.body);
        if (p) p.query = redactSql(p.query);
        if (!p) this.hooks.count('postgres.bad_parse.error');
        else this.names.statements.set(p.name, { query: p.query });
        this.grouped(m).parse = p ?? undefined;
        return;
      }
      case T.B: {
        const b = decodeBind(m.body);
        if (!b) this.hooks.count('postgres.bad_bind.error');
        else {
          const st = this.names.statements.get(b.statement);
          this.names.portals.set(b.portal, { statement: b.statement, query: st?.query, parameters: b.parameters, columns: st?.columns });
        }
        this.grouped(m).bind = b ?? undefined;
        return;
      }
      case T.D:
      case T.C: {
        const t = decodeTarget(m.body);
        const g = this.grouped(m);
        if (!t) this.hooks.count('postgres.bad_target.error');
        else if (m.type === T.D) g.describes.push(t);
        else {
          g.closes.push(t);
          if (t.kind === 'S') this.names.statements.delete(t.name);
          else this.names.portals.delete(t.name);
        }
        return;
      }
      case T.E:
        return this.execute(m);
      case T.H:
        // Flush belongs to the group it sends off (a bare Flush asks nothing: no entry).
        if (this.group) this.group.size += m.wireSize;
        this.closeGroup();
        return;
      case T.S: {
        this.closeGroup();
        const op = newOp('sync', 'Sync', {}, m.firstTs, m.wireSize);
        op.waitZ = true;
        return this.hooks.push(op);
      }
      case T.F: {
        this.closeGroup();
        const op = newOp('function', 'FunctionCall', {}, m.firstTs, m.wireSize);
        op.waitZ = true;
        return this.hooks.push(op);
      }
      case T.d:
      case T.c:
      case T.f:
      case T.p: {
        // COPY FROM STDIN data, or a password / SASL message: part of the current operation.
        const op = this.hooks.current();
        if (!op) return this.hooks.count('postgres.unpaired_request');
        op.requestSize += m.wireSize;
        if (m.type === T.d && op.acc.copy) {
          op.acc.copy.messages++;
          op.acc.copy.bytes += m.wireSize - 5;
        }
        if (m.type === T.f) op.request.copyFail = true;
        return;
      }
      case T.X:
        this.closeGroup();
        return this.hooks.count('postgres.terminate');
      default:
        return this.hooks.count('postgres.unknown_frontend');
    }
  }

  private untyped(m: Message): void {
    const s = decodeStartup(m.body);
    if (!s) return this.hooks.count('postgres.bad_startup.error');
    if (s.code === CODE.ssl || s.code === CODE.gssenc) {
      const op = newOp(s.code === CODE.ssl ? 'ssl' : 'gss', s.code === CODE.ssl ? 'SSLRequest' : 'GSSENCRequest', {}, m.firstTs, m.wireSize);
      this.hooks.push(op);
      return this.hooks.expectAnswer();
    }
    if (s.code === CODE.cancel) {
      // The secret key is a credential: only the pid is shown. The server answers nothing.
      return this.hooks.oneWay(newOp('cancel', 'CancelRequest', { pid: s.pid }, m.firstTs, m.wireSize));
    }
    const p = s.params;
    const request: Record<string, unknown> = { protocolVersion: `${s.code >>> 16}.${s.code & 0xffff}` };
    if (p.user !== undefined) request.user = p.user;
    if (p.database !== undefined) request.database = p.database;
    if (p.application_name !== undefined) request.applicationName = p.application_name;
    request.startupParameters = p;
    const op = newOp('startup', 'Startup', request, m.firstTs, m.wireSize);
    op.waitZ = true;
    this.hooks.push(op);
  }

  private grouped(m: Message): Group {
    let g = this.group;
    if (!g) this.group = g = { firstTs: m.firstTs, size: 0, expect: 0, describes: [], closes: [] };
    g.size += m.wireSize;
    g.expect++;
    return g;
  }

  private execute(m: Message): void {
    const g = this.grouped(m);
    this.group = null;
    const e = decodeExecute(m.body);
    if (!e) this.hooks.count('postgres.bad_execute.error');
    const portalName = e?.portal ?? g.bind?.portal ?? '';
    const portal = this.names.portals.get(portalName);
    const query = portal?.query ?? g.parse?.query;
    const request: Record<string, unknown> = {};
    if (query !== undefined) request.query = query;
    else this.hooks.count('postgres.unknown_statement');
    const statement = g.bind?.statement ?? portal?.statement;
    if (statement) request.statement = statement;
    if (portalName) request.portal = portalName;
    const params = g.bind?.parameters ?? portal?.parameters;
    if (params && params.length > 0) request.parameters = params;
    if (e && e.maxRows > 0) request.maxRows = e.maxRows;
    const op = newOp('extended', (query !== undefined && sqlVerb(query)) || 'Execute', request, g.firstTs, g.size);
    op.expect = g.expect;
    this.describes(op, g);
    if (portal?.columns) op.acc.open = { counted: 0, columns: portal.columns };
    this.hooks.push(op);
  }

  /** Flush or Sync: a group without Execute becomes its own operation. */
  private closeGroup(): void {
    const g = this.group;
    if (!g) return;
    this.group = null;
    const request: Record<string, unknown> = {};
    let method = 'Describe';
    if (g.parse) {
      method = 'Prepare';
      request.query = g.parse.query;
      if (g.parse.name) request.statement = g.parse.name;
    } else if (g.bind) {
      method = 'Bind';
      const q = this.names.statements.get(g.bind.statement)?.query;
      if (q !== undefined) request.query = q;
      if (g.bind.statement) request.statement = g.bind.statement;
      if (g.bind.portal) request.portal = g.bind.portal;
      request.parameters = g.bind.parameters;
    } else if (g.closes.length > 0 && g.describes.length === 0) {
      method = 'Close';
      request.closed = g.closes.map((t) => `${t.kind === 'S' ? 'statement' : 'portal'} ${t.name}`);
    }
    const op = newOp('extended', method, request, g.firstTs, g.size);
    op.expect = g.expect;
    this.describes(op, g);
    this.hooks.push(op);
  }

  private describes(op: Op, g: Group): void {
    const d = g.describes.find((t) => t.kind === 'S');
    if (d) {
      op.describes = d.name;
      if (op.method === 'Describe') {
        const q = this.names.statements.get(d.name)?.query;
        if (q !== undefined) op.request.query = q;
        if (d.name) op.request.statement = d.name;
      }
    }
  }
}
