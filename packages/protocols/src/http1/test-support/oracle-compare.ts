// Compares trawl's HTTP/1 entries with tshark's messages, per connection and in order, and names
// every difference so a test can demand that each one is explained.
import type { Entry, HttpRequest, HttpResponse } from '../../entry/types.js';
import { connKey, normalizeIp } from '../../capture/test-support/tshark.js';
import type { OracleMessage } from './tshark.js';

/** The kinds of difference, counted per file. `interim`: a 1xx tshark counts as a response, trawl folds into `response.interim`. */
export type DiffKind = 'reqMissing' | 'reqExtra' | 'reqMismatch' | 'respMissing' | 'respExtra' | 'respMismatch' | 'interim';
export type Diffs = Partial<Record<DiffKind, number>>;

export interface FileComparison {
  tshark: { req: number; resp: number };
  trawl: { req: number; resp: number; interim: number };
  /** Messages whose fields (method + URI, or status) agree, out of those both sides have. */
  matched: number;
  compared: number;
  diffs: Diffs;
  /** One line per difference, for the failure message. */
  details: string[];
}

type Item = { key: string; text: string; interim?: boolean };

export function compareWithOracle(oracle: OracleMessage[], entries: Entry[]): FileComparison {
  const conns = new Map<string, { t: { req: Item[]; resp: Item[] }; w: { req: Item[]; resp: Item[] } }>();
  const get = (c: string) => {
    let v = conns.get(c);
    if (!v) conns.set(c, (v = { t: { req: [], resp: [] }, w: { req: [], resp: [] } }));
    return v;
  };
  const out: FileComparison = { tshark: { req: 0, resp: 0 }, trawl: { req: 0, resp: 0, interim: 0 }, matched: 0, compared: 0, diffs: {}, details: [] };
  for (const m of oracle) {
    const side = get(m.conn).t;
    if (m.kind === 'request') {
      out.tshark.req++;
      side.req.push(requestItem(m.method!, m.uri!, `frame ${m.frame}`));
    } else {
      out.tshark.resp++;
      side.resp.push({ key: String(m.status), text: `${m.status} (frame ${m.frame})` });
    }
  }
  for (const e of entries) {
    if (e.protocol.name !== 'http') continue;
    const side = get(connKey(`${normalizeIp(e.src.ip)} ${e.src.port}`, `${normalizeIp(e.dst.ip)} ${e.dst.port}`)).w;
    const rq = e.request as HttpRequest | null;
    const rs = e.response as HttpResponse | null;
    if (rq) {
      out.trawl.req++;
      side.req.push(requestItem(rq.method, rq.url, e.id));
    }
    if (rs) {
      out.trawl.resp++;
      for (const s of rs.interim ?? []) {
        out.trawl.interim++;
        side.resp.push({ key: String(s), text: `${s} interim (${e.id})`, interim: true });
      }
      side.resp.push({ key: String(rs.status), text: `${rs.status} (${e.id})` });
    }
  }
  for (const [conn, { t, w }] of conns) {
    align(t.req, w.req, 'req', conn, out);
    align(t.resp, w.resp, 'resp', conn, out);
  }
  return out;
}

function requestItem(method: string, uri: string, where: string): Item {
  return { key: `${method} ${uri}`, text: `${JSON.stringify(`${method} ${uri}`)} (${where})` };
}

function add(out: FileComparison, kind: DiffKind, detail: string): void {
  out.diffs[kind] = (out.diffs[kind] ?? 0) + 1;
  out.details.push(`${kind}: ${detail}`);
}

/**
 * Longest common subsequence of the two sequences; between two common anchors, unmatched items
 * on both sides pair up as mismatches (the same message, read differently), the rest are missing
 * (tshark only) or extra (trawl only).
 */
function align(t: Item[], w: Item[], what: 'req' | 'resp', conn: string, out: FileComparison): void {
  const n = t.length;
  const m = w.length;
  const L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = t[i].key === w[j].key ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  let i = 0;
  let j = 0;
  let ts: Item[] = [];
  let ws: Item[] = [];
  const flush = () => {
    const k = Math.min(ts.length, ws.length);
    for (let x = 0; x < k; x++) {
      out.compared++;
      add(out, what === 'req' ? 'reqMismatch' : 'respMismatch', `${conn}: tshark ${ts[x].text} vs trawl ${ws[x].text}`);
    }
    for (const x of ts.slice(k)) add(out, what === 'req' ? 'reqMissing' : 'respMissing', `${conn}: tshark ${x.text}`);
    for (const x of ws.slice(k)) add(out, what === 'req' ? 'reqExtra' : 'respExtra', `${conn}: trawl ${x.text}`);
    ts = [];
    ws = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && t[i].key === w[j].key) {
      flush();
      out.compared++;
      out.matched++;
      if (w[j].interim) add(out, 'interim', `${conn}: ${t[i].text} is trawl's ${w[j].text}`);
      i++;
      j++;
    } else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) ws.push(w[j++]);
    else ts.push(t[i++]);
  }
  flush();
}
