// A stand-in for Helm's template engine (Go text/template + Sprig), here ONLY because no helm
// binary can run on this machine: it evaluates exactly the subset helm/trawl's templates use and
// THROWS on anything else, so the chart cannot use a construct these tests do not exercise.
//
//   {{ }} and the trim markers {{- and -}} (Go: the marker needs a space beside it; it removes
//   every space, tab, CR and LF on that side), pipelines with |, parentheses, "strings", integers,
//   fields (.Values.a.b, $var.a), $ for the root, `$x := pipeline`, if/else/end, range/end over a
//   list (. is the element); the functions quote, default, b64dec, dig, randAlphaNum, lookup.
//
// Helm's behaviour kept: a missing map key is nil (missingkey=zero), a field of nil is an error,
// nil prints as "" (Helm replaces "<no value>"), lookup of an absent object is an empty map.
// Not implemented (throws): comments, raw `strings`, with/define/template/include/tpl, else if,
// range over a map or with variables, `=` assignment, printing numbers (Go prints float64 1e6 as
// 1e+06), and every other function.
import { randomInt } from 'node:crypto';

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Objects `lookup` finds (as the API server returns them: Secrets with base64 `data`). */
export interface RenderOptions {
  existing?: Array<{ apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } }>;
}

type Operand =
  | { kind: 'field'; base: string; path: string[] } // base '.' or '$name'
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'pipe'; pipe: Command[] };
interface Command {
  fn?: string;
  args: Operand[];
}
type Block = { kind: 'if'; pipe: Command[]; then: Node[]; else: Node[] } | { kind: 'range'; pipe: Command[]; body: Node[] };
type Node = { kind: 'text'; text: string } | { kind: 'print'; pipe: Command[] } | { kind: 'set'; name: string; pipe: Command[] } | Block;

const trimEnd = (s: string) => s.replace(/[ \t\r\n]+$/, '');
const trimStart = (s: string) => s.replace(/^[ \t\r\n]+/, '');

/** Splits the template into text and the insides of {{ }}, applying the trim markers. */
function lex(src: string): Array<{ text: string } | { action: string }> {
  const out: Array<{ text: string } | { action: string }> = [];
  let at = 0;
  let trimNext = false;
  while (at <= src.length) {
    const open = src.indexOf('{{', at);
    let text = src.slice(at, open < 0 ? src.length : open);
    if (trimNext) text = trimStart(text);
    if (open < 0) {
      out.push({ text });
      break;
    }
    const close = src.indexOf('}}', open);
    if (close < 0) throw new TemplateError(`unclosed action at offset ${open}`);
    let inner = src.slice(open + 2, close);
    if (/^-[ \t\r\n]/.test(inner)) {
      text = trimEnd(text);
      inner = inner.slice(1);
    } else if (inner.startsWith('-')) throw new TemplateError(`"{{-" needs a space after it: {{${inner}}}`);
    trimNext = /[ \t\r\n]-$/.test(inner);
    if (trimNext) inner = inner.slice(0, -1);
    else if (inner.endsWith('-')) throw new TemplateError(`"-}}" needs a space before it: {{${inner}}}`);
    out.push({ text }, { action: inner.trim() });
    at = close + 2;
  }
  return out;
}

const TOKEN = /\s*(?:("(?:[^"\\\n]|\\["\\nt])*")|(-?\d+)\b|(\$\w*(?:\.\w+)*)|(\.(?:\w+(?:\.\w+)*)?)|([A-Za-z]\w*)|(:=|\||\(|\)))/y;

/** Tokens of one action: strings, integers, $vars, .fields, identifiers, := | ( ). */
function tokens(action: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < action.length) {
    if (/^\s*$/.test(action.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(action);
    if (!m) throw new TemplateError(`not implemented: "${action.slice(at).trim()}" in {{ ${action} }}`);
    out.push(m[0].trim());
  }
  return out;
}

const FUNCTIONS = ['quote', 'default', 'b64dec', 'dig', 'randAlphaNum', 'lookup'] as const;

/** pipeline := command ('|' command)*; command := identifier operand* | operand. */
function parsePipe(toks: string[], action: string, nested = false): Command[] {
  const pipe: Command[] = [];
  let cmd: Command = { args: [] };
  while (toks.length > 0) {
    const t = toks.shift()!;
    if (t === '|' || t === ')') {
      if (!cmd.fn && cmd.args.length === 0) throw new TemplateError(`empty command in {{ ${action} }}`);
      pipe.push(cmd);
      if (t === ')') {
        if (!nested) throw new TemplateError(`unexpected ")" in {{ ${action} }}`);
        return pipe;
      }
      cmd = { args: [] };
    } else if (t === '(') cmd.args.push({ kind: 'pipe', pipe: parsePipe(toks, action, true) });
    else if (t.startsWith('"')) cmd.args.push({ kind: 'string', value: JSON.parse(t) as string });
    else if (/^-?\d/.test(t)) cmd.args.push({ kind: 'number', value: Number(t) });
    else if (t.startsWith('.') || t.startsWith('$')) {
      const [base, ...path] = t.startsWith('.') ? ['.', ...t.slice(1).split('.').filter(Boolean)] : t.split('.');
      cmd.args.push({ kind: 'field', base: base!, path });
    } else if (/^[A-Za-z]/.test(t)) {
      if (!(FUNCTIONS as readonly string[]).includes(t)) throw new TemplateError(`function "${t}" not defined (or not implemented here) in {{ ${action} }}`);
      if (cmd.fn || cmd.args.length > 0) throw new TemplateError(`not implemented: "${t}" as an argument in {{ ${action} }}`);
      cmd.fn = t;
    } else throw new TemplateError(`unexpected "${t}" in {{ ${action} }}`);
  }
  if (nested) throw new TemplateError(`unclosed "(" in {{ ${action} }}`);
  if (!cmd.fn && cmd.args.length === 0) throw new TemplateError(`empty command in {{ ${action} }}`);
  pipe.push(cmd);
  for (const c of pipe) if (!c.fn && c.args.length > 1) throw new TemplateError(`can't give argument to non-function in {{ ${action} }}`);
  return pipe;
}

function pipeOf(action: string): Command[] {
  const toks = tokens(action);
  const pipe = parsePipe(toks, action);
  if (toks.length > 0) throw new TemplateError(`unexpected "${toks[0]}" in {{ ${action} }}`);
  return pipe;
}

/** The tree: text, prints, declarations, if/else and range blocks, each closed by end. */
function parse(src: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Block; list: Node[] }> = [];
  let list = root;
  for (const piece of lex(src)) {
    if ('text' in piece) {
      if (piece.text) list.push({ kind: 'text', text: piece.text });
      continue;
    }
    const a = piece.action;
    const word = /^[A-Za-z]\w*/.exec(a)?.[0];
    const declare = /^(\$\w+)\s*:=\s*([\s\S]*)$/.exec(a);
    if (word === 'if' || word === 'range') {
      const rest = a.slice(word.length).trim();
      if (word === 'range' && /:=|,/.test(rest)) throw new TemplateError(`not implemented: range with variables: {{ ${a} }}`);
      const node: Block = word === 'if' ? { kind: 'if', pipe: pipeOf(rest), then: [], else: [] } : { kind: 'range', pipe: pipeOf(rest), body: [] };
      list.push(node);
      stack.push({ node, list });
      list = node.kind === 'if' ? node.then : node.body;
    } else if (a === 'else') {
      const top = stack.at(-1);
      if (!top || top.node.kind !== 'if' || list !== top.node.then) throw new TemplateError('{{ else }} outside an if (else of range is not implemented)');
      list = top.node.else;
    } else if (a === 'end') {
      const top = stack.pop();
      if (!top) throw new TemplateError('unexpected {{ end }}');
      list = top.list;
    } else if (declare) list.push({ kind: 'set', name: declare[1]!, pipe: pipeOf(declare[2]!) });
    else if (word && !(FUNCTIONS as readonly string[]).includes(word)) throw new TemplateError(`not implemented: {{ ${a} }}`);
    else if (a.startsWith('/*')) throw new TemplateError('not implemented: comments');
    else list.push({ kind: 'print', pipe: pipeOf(a) });
  }
  if (stack.length > 0) throw new TemplateError(`unexpected EOF: {{ ${stack.at(-1)!.node.kind} }} has no {{ end }}`);
  return root;
}

type Scope = { dot: unknown; vars: Map<string, unknown> };

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Go's notion of empty (if, default): nil, false, 0, "", and empty lists and maps. */
const empty = (v: unknown) => v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);

function field(base: unknown, path: string[], what: string): unknown {
  let v = base;
  for (const key of path) {
    if (v === undefined || v === null) throw new TemplateError(`nil pointer evaluating interface {}.${key} (${what})`);
    if (!isMap(v)) throw new TemplateError(`can't evaluate field ${key} in ${typeof v} (${what})`);
    v = Object.hasOwn(v, key) ? v[key] : undefined;
  }
  return v;
}

/** Sprig's strval: what quote and b64dec see. */
function strval(v: unknown, fn: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || (typeof v === 'number' && Number.isSafeInteger(v))) return String(v);
  throw new TemplateError(`not implemented: ${fn} of ${JSON.stringify(v)}`);
}

/** Go's %q: a double-quoted string with Go escapes (valid as a YAML double-quoted scalar). */
function goQuote(s: string): string {
  const escapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };
  return `"${s.replace(/["\\\n\t\r]|[\u0000-\u001f\u007f]/g, (c) => escapes[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function call(fn: string, args: unknown[], options: RenderOptions): unknown {
  const arity = (n: number) => {
    if (args.length !== n) throw new TemplateError(`wrong number of args for ${fn}: want ${n} got ${args.length}`);
  };
  switch (fn) {
    case 'quote':
      return args.filter((a) => a !== undefined && a !== null).map((a) => goQuote(strval(a, fn))).join(' ');
    case 'default':
      arity(2);
      return empty(args[1]) ? args[0] : args[1];
    case 'b64dec': {
      arity(1);
      const s = strval(args[0], fn);
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) throw new TemplateError(`b64dec: not base64: ${s}`);
      return Buffer.from(s, 'base64').toString('utf8');
    }
    case 'dig': {
      if (args.length < 3) throw new TemplateError(`wrong number of args for dig: want at least 3 got ${args.length}`);
      const map = args.at(-1);
      if (!isMap(map)) throw new TemplateError('dig: the last argument must be a map');
      let v: unknown = map;
      for (const key of args.slice(0, -2)) {
        if (!isMap(v) || !Object.hasOwn(v, strval(key, fn))) return args.at(-2);
        v = v[key as string];
      }
      return v;
    }
    case 'randAlphaNum': {
      arity(1);
      const n = args[0];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new TemplateError('randAlphaNum takes a count');
      return Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join('');
    }
    case 'lookup': {
      arity(4);
      const [apiVersion, kind, namespace, name] = args.map((a) => strval(a, fn));
      if (!name) throw new TemplateError('not implemented: lookup of a list (empty name)');
      const found = options.existing?.find((o) => o.apiVersion === apiVersion && o.kind === kind && o.metadata?.name === name && (o.metadata?.namespace ?? '') === namespace);
      return found ? structuredClone(found) : {};
    }
  }
  throw new TemplateError(`function "${fn}" not defined`);
}

function evalPipe(pipe: Command[], scope: Scope, options: RenderOptions): unknown {
  let piped: unknown[] = [];
  for (const cmd of pipe) {
    const args = [...cmd.args.map((o) => evalOperand(o, scope, options)), ...piped];
    if (cmd.fn) piped = [call(cmd.fn, args, options)];
    else if (args.length > 1) throw new TemplateError("can't give argument to non-function");
    else piped = args;
  }
  return piped[0];
}

function evalOperand(o: Operand, scope: Scope, options: RenderOptions): unknown {
  switch (o.kind) {
    case 'string':
    case 'number':
      return o.value;
    case 'pipe':
      return evalPipe(o.pipe, scope, options);
    case 'field': {
      if (o.base === '.') return field(scope.dot, o.path, `.${o.path.join('.')}`);
      if (!scope.vars.has(o.base)) throw new TemplateError(`undefined variable: ${o.base}`);
      return field(scope.vars.get(o.base), o.path, [o.base, ...o.path].join('.'));
    }
  }
}

function print(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  throw new TemplateError(`not implemented: printing ${JSON.stringify(v)} (only strings, booleans and nil)`);
}

function exec(nodes: Node[], scope: Scope, options: RenderOptions): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'print') out += print(evalPipe(n.pipe, scope, options));
    else if (n.kind === 'set') scope.vars.set(n.name, evalPipe(n.pipe, scope, options));
    else if (n.kind === 'if') {
      const branch = empty(evalPipe(n.pipe, scope, options)) ? n.else : n.then;
      out += exec(branch, { dot: scope.dot, vars: new Map(scope.vars) }, options);
    } else {
      const list = evalPipe(n.pipe, scope, options);
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list)) throw new TemplateError(`not implemented: range over ${JSON.stringify(list)} (lists only)`);
      for (const item of list) out += exec(n.body, { dot: item, vars: new Map(scope.vars) }, options);
    }
  }
  return out;
}

/** Renders one template with `data` as . and $ (Helm: { Values, Release, Chart, … }). */
export function render(template: string, data: unknown, options: RenderOptions = {}): string {
  return exec(parse(template), { dot: data, vars: new Map([['$', data]]) }, options);
}
