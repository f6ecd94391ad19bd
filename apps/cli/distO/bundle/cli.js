import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);
import {
  EXIT_OK,
  EXIT_RUNTIME,
  EXIT_USAGE,
  RuntimeError,
  UsageError
} from "./chunks/chunk-437RTZJB.js";
import "./chunks/chunk-ODHDREY2.js";

// apps/cli/dist/run.js
async function runCommand(command) {
  try {
    return await command();
  } catch (e) {
    if (e instanceof UsageError || e instanceof TypeError && e.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`trawl: ${e.message}
`);
      return EXIT_USAGE;
    }
    if (e instanceof RuntimeError) {
      process.stderr.write(`trawl: ${e.message}
`);
      return EXIT_RUNTIME;
    }
    process.stderr.write(`trawl: internal error: ${e?.message ?? e}
`);
    if (process.env.TRAWL_DEBUG)
      process.stderr.write(`${e?.stack}
`);
    return EXIT_RUNTIME;
  }
}

// apps/cli/dist/commands/read.js
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readFileSync, readSync as readSync2 } from "node:fs";
import { parseArgs } from "node:util";

// packages/protocols/dist/entry/types.js
var ENTRY_SCHEMA_VERSION = 1;
var PEER_KINDS = ["pod", "service", "process", "host", "external"];

// packages/protocols/dist/bytes/base64.js
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var ENC = new Uint8Array(64);
for (let i = 0; i < 64; i++)
  ENC[i] = ALPHABET.charCodeAt(i);
var PAD = 61;
var ascii = new TextDecoder("utf-8");
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var ENC2 = new Uint16Array(4096);
for (let v = 0; v < 4096; v++) {
  const first2 = ENC[v >>> 6];
  const second2 = ENC[v & 63];
  ENC2[v] = LITTLE_ENDIAN ? first2 | second2 << 8 : first2 << 8 | second2;
}
function encodeWhole(data, whole, out) {
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    out[o++] = ENC2[v >>> 12];
    out[o++] = ENC2[v & 4095];
  }
  return o * 2;
}
function encodeBase64(data) {
  const n = data.length;
  if (n === 0)
    return "";
  const pairs = new Uint16Array(Math.ceil(n / 3) * 2);
  const out = new Uint8Array(pairs.buffer);
  const whole = n - n % 3;
  let o = encodeWhole(data, whole, pairs);
  const rest = n - whole;
  if (rest === 1) {
    const v = data[whole] << 16;
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[v >>> 12 & 63];
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (rest === 2) {
    const v = data[whole] << 16 | data[whole + 1] << 8;
    out[o++] = ENC[v >>> 18];
    out[o++] = ENC[v >>> 12 & 63];
    out[o++] = ENC[v >>> 6 & 63];
    out[o++] = PAD;
  }
  return ascii.decode(out);
}
var DEC = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++)
  DEC[ALPHABET.charCodeAt(i)] = i;
DEC[45] = 62;
DEC[95] = 63;
function decodeBase64(text4) {
  const out = new Uint8Array(Math.floor(text4.length * 3 / 4) + 3);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text4.length; i++) {
    const c = text4.charCodeAt(i);
    const v = c < 256 ? DEC[c] : -1;
    if (v < 0)
      continue;
    acc = (acc << 6 | v) & 16777215;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = acc >>> bits & 255;
    }
  }
  return out.slice(0, o);
}

// packages/protocols/dist/entry/body.js
var CODINGS = {
  gzip: "gzip",
  "x-gzip": "gzip",
  deflate: "deflate",
  br: "br",
  identity: "identity"
};
var utf8 = new TextDecoder("utf-8", { fatal: true });
function buildBody(input, options) {
  const raw = input.bytes;
  const body2 = {
    encoding: "utf8",
    size: input.size,
    captured: raw.length,
    truncated: raw.length < input.size || input.truncated === true
  };
  if (input.missing)
    body2.missing = input.missing;
  let shown = raw;
  const ce = input.contentEncoding?.trim();
  if (ce && raw.length > 0) {
    body2.contentEncoding = ce;
    const decoded = decodeContent(raw, ce, options);
    if (typeof decoded === "string")
      body2.decodeError = decoded;
    else if (decoded !== raw) {
      shown = decoded;
      body2.decodedSize = decoded.length;
    }
  }
  const text4 = asText(shown);
  if (text4 !== null)
    body2.text = text4;
  else {
    body2.encoding = "base64";
    body2.base64 = encodeBase64(shown);
  }
  return body2;
}
function decodeContent(data, contentEncoding, options) {
  const chain = [];
  for (const part of contentEncoding.toLowerCase().split(",")) {
    const name = part.trim();
    if (name === "")
      continue;
    const coding = CODINGS[name];
    if (coding === void 0)
      return `unsupported content-encoding: ${name}`;
    if (coding !== "identity")
      chain.push(coding);
  }
  if (chain.length === 0)
    return data;
  if (!options.decompress)
    return "no decompressor available";
  let out = data;
  for (let i = chain.length - 1; i >= 0; i--) {
    try {
      out = options.decompress(chain[i], out, options.maxDecodedBodyBytes);
    } catch (err) {
      const why2 = err instanceof Error ? err.message : String(err);
      return `${chain[i]}: ${why2}`;
    }
    if (out.length > options.maxDecodedBodyBytes)
      return `decoded body over ${options.maxDecodedBodyBytes} bytes`;
  }
  return out;
}
function asText(bytes) {
  const n = bytes.length;
  let i = 0;
  let seen = 0;
  for (const m = n - 7; i < m; i += 8) {
    const c = KIND[bytes[i]] | KIND[bytes[i + 1]] | KIND[bytes[i + 2]] | KIND[bytes[i + 3]] | KIND[bytes[i + 4]] | KIND[bytes[i + 5]] | KIND[bytes[i + 6]] | KIND[bytes[i + 7]];
    if ((c & CONTROL_BYTE) !== 0)
      break;
    seen |= c;
  }
  for (; i < n; i++) {
    const c = KIND[bytes[i]];
    if ((c & CONTROL_BYTE) !== 0)
      break;
    seen |= c;
  }
  if (i === n && seen === 0)
    return ascii2.decode(bytes);
  let text4;
  try {
    text4 = utf8.decode(bytes);
  } catch {
    return null;
  }
  if (i === n)
    return text4;
  let controls = 0;
  for (; i < n; i++) {
    const b = bytes[i];
    if (b < 32 || b === 127) {
      if (b === 0)
        return null;
      if (b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27)
        controls++;
    }
  }
  if (controls > bytes.length / 100)
    return null;
  return text4;
}
var ascii2 = new TextDecoder("utf-8");
var CONTROL_BYTE = 1;
var HIGH_BYTE = 2;
var KIND = new Uint8Array(256);
for (let b = 0; b < 32; b++)
  if (b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27)
    KIND[b] = CONTROL_BYTE;
KIND[127] = CONTROL_BYTE;
for (let b = 128; b < 256; b++)
  KIND[b] = HIGH_BYTE;

// packages/protocols/dist/entry/redact.js
var DEFAULT_REDACTED_HEADERS = [
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-auth-token"
];
var DEFAULT_REDACTED_QUERY_KEYS = ["api_key", "apikey", "token", "access_token", "password"];
var REDACTED = "[redacted]";
var DEFAULT_REDACTED_JSON_FIELDS = [
  "password",
  "passwd",
  "passphrase",
  "secret",
  "clientsecret",
  "token",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "apikey",
  "authorization",
  "privatekey"
];
var MAX_REDACTED_JSON_BODY = 256 * 1024;
function redactEntry(entry, options) {
  const n = namesFor(options);
  const request = entry.request ? redactSide(entry.request, n) : entry.request;
  const response2 = entry.response ? redactSide(entry.response, n) : entry.response;
  if (request === entry.request && response2 === entry.response)
    return entry;
  return { ...entry, request, response: response2 };
}
var DEFAULT_NAMES = names({});
var namesCache = /* @__PURE__ */ new WeakMap();
function namesFor(options) {
  if (options === void 0)
    return DEFAULT_NAMES;
  let n = namesCache.get(options);
  if (n === void 0) {
    n = names(options);
    namesCache.set(options, n);
  }
  return n;
}
function normalField(k) {
  return k.toLowerCase().replace(/[-_]/g, "");
}
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function names(options) {
  const headers2 = new Set(DEFAULT_REDACTED_HEADERS);
  for (const h of options.headers ?? [])
    headers2.add(h.toLowerCase());
  const keys = new Set((options.queryKeys ?? DEFAULT_REDACTED_QUERY_KEYS).map((k) => k.toLowerCase()));
  const fields2 = new Set((options.jsonFields ?? DEFAULT_REDACTED_JSON_FIELDS).map(normalField));
  const spelled = [...fields2].map((f) => [...f].map(escapeRe).join("[-_]?"));
  const mentions = fields2.size > 0 ? new RegExp(`"[^"]{0,40}(?:${spelled.join("|")})[^"]{0,40}"\\s*:`, "i") : null;
  return { headers: headers2, keys, fields: fields2, mentions, headerVerdicts: /* @__PURE__ */ new Map(), keyVerdicts: /* @__PURE__ */ new Map() };
}
function redactSide(side, n) {
  const { headers: headers2, keys } = n;
  let out = null;
  const h = side.headers;
  if (isObj(h)) {
    const r = redactMap(h, headers2, n.headerVerdicts);
    if (r !== h)
      (out ??= { ...side }).headers = r;
  }
  const t = side.trailers;
  if (isObj(t)) {
    const r = redactMap(t, headers2, n.headerVerdicts);
    if (r !== t)
      (out ??= { ...side }).trailers = r;
  }
  if (keys.size > 0) {
    const qs = side.queryString;
    if (isObj(qs)) {
      const r = redactMap(qs, keys, n.keyVerdicts);
      if (r !== qs)
        (out ??= { ...side }).queryString = r;
    }
    const url = side.url;
    if (typeof url === "string") {
      const r = redactUrl(url, keys);
      if (r !== url)
        (out ??= { ...side }).url = r;
    }
  }
  if (n.mentions) {
    const body2 = side.body;
    if (isObj(body2) && typeof body2.text === "string" && body2.text.length <= MAX_REDACTED_JSON_BODY && startsLikeJson(body2.text) && n.mentions.test(body2.text)) {
      const text4 = redactJsonText(body2.text, n.fields);
      if (text4 !== body2.text)
        (out ??= { ...side }).body = { ...body2, text: text4 };
    }
    const vars = side.variables;
    if (typeof vars === "object" && vars !== null) {
      const r = redactJson(vars, n.fields, 0);
      if (r !== vars)
        (out ??= { ...side }).variables = r;
    }
  }
  return out ?? side;
}
function startsLikeJson(text4) {
  for (let i = 0; i < text4.length && i < 64; i++) {
    const c = text4.charCodeAt(i);
    if (c === 123 || c === 91)
      return true;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9)
      return false;
  }
  return false;
}
function redactJsonText(text4, fields2) {
  let parsed;
  try {
    parsed = JSON.parse(text4);
  } catch {
    return text4;
  }
  const r = redactJson(parsed, fields2, 0);
  return r === parsed ? text4 : JSON.stringify(r);
}
function redactJson(v, fields2, depth) {
  if (depth > 32 || typeof v !== "object" || v === null)
    return v;
  if (Array.isArray(v)) {
    let out2 = null;
    for (let i = 0; i < v.length; i++) {
      const r = redactJson(v[i], fields2, depth + 1);
      if (r !== v[i])
        (out2 ??= v.slice())[i] = r;
    }
    return out2 ?? v;
  }
  let out = null;
  for (const key of Object.keys(v)) {
    const value2 = v[key];
    const r = fields2.has(normalField(key)) && value2 !== null && typeof value2 !== "object" ? REDACTED : redactJson(value2, fields2, depth + 1);
    if (r === value2)
      continue;
    out ??= { ...v };
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out ?? v;
}
var MAX_REMEMBERED_KEYS = 4096;
var MAX_REMEMBERED_KEY_LENGTH = 64;
function isRedacted(key, names2, seen) {
  const known = seen.get(key);
  if (known !== void 0)
    return known;
  const r = names2.has(key) || !isLower(key) && names2.has(key.toLowerCase());
  if (seen.size < MAX_REMEMBERED_KEYS && key.length <= MAX_REMEMBERED_KEY_LENGTH)
    seen.set(key, r);
  return r;
}
function redactMap(map, names2, seen) {
  let out = null;
  for (const key of Object.keys(map)) {
    if (!isRedacted(key, names2, seen))
      continue;
    const v = map[key];
    const r = Array.isArray(v) ? v.map(() => REDACTED) : REDACTED;
    out ??= { ...map };
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out ?? map;
}
function redactUrl(url, keys) {
  const q = url.indexOf("?");
  if (q < 0)
    return url;
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash < 0 ? void 0 : hash);
  let changed = false;
  const parts = query.split("&").map((part) => {
    const eq = part.indexOf("=");
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    if (!keys.has(decodeKey(rawKey).toLowerCase()))
      return part;
    changed = true;
    return `${rawKey}=${REDACTED}`;
  });
  if (!changed)
    return url;
  return url.slice(0, q + 1) + parts.join("&") + (hash < 0 ? "" : url.slice(hash));
}
function decodeKey(s) {
  const plus = s.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}
function isLower(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90 || c >= 128)
      return false;
  }
  return true;
}
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// packages/protocols/dist/entry/schema.js
var headers = {
  type: "object",
  additionalProperties: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }
};
var body = {
  anyOf: [
    { type: "null" },
    {
      type: "object",
      required: ["encoding", "size", "captured", "truncated"],
      properties: {
        encoding: { enum: ["utf8", "base64"] },
        text: { type: "string" },
        base64: { type: "string" },
        size: { type: "integer", minimum: 0 },
        captured: { type: "integer", minimum: 0 },
        truncated: { type: "boolean" },
        contentEncoding: { type: "string" },
        decodedSize: { type: "integer", minimum: 0 },
        decodeError: { type: "string" },
        missing: { type: "integer", minimum: 0 }
      }
    }
  ]
};
var peer = {
  type: "object",
  required: ["ip", "port"],
  properties: {
    ip: { type: "string" },
    port: { type: "integer", minimum: 0, maximum: 65535 },
    name: { type: "string" },
    namespace: { type: "string" },
    pod: { type: "string" },
    service: { type: "string" },
    node: { type: "string" },
    kind: { enum: [...PEER_KINDS] },
    process: { type: "object", required: ["pid", "name"], properties: { pid: { type: "integer" }, name: { type: "string" } } }
  }
};
var ENTRY_JSON_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `https://trawl.dev/schema/entry-v${ENTRY_SCHEMA_VERSION}.json`,
  title: "trawl Entry",
  type: "object",
  additionalProperties: false,
  required: ["schema", "id", "node", "timestamp", "elapsedTime", "protocol", "transport", "src", "dst", "request", "response", "requestSize", "responseSize"],
  properties: {
    schema: { const: ENTRY_SCHEMA_VERSION },
    id: { type: "string", minLength: 1 },
    node: { type: "string" },
    timestamp: { type: "number" },
    elapsedTime: { type: ["number", "null"], minimum: 0 },
    protocol: {
      type: "object",
      required: ["name", "version", "abbr"],
      properties: { name: { type: "string" }, version: { type: "string" }, abbr: { type: "string" } }
    },
    transport: { enum: ["tcp", "udp"] },
    src: peer,
    dst: peer,
    request: { type: ["object", "null"] },
    response: { type: ["object", "null"] },
    requestSize: { type: "integer", minimum: 0 },
    responseSize: { type: "integer", minimum: 0 },
    anomalies: { type: "array", items: { type: "string" } }
  },
  $defs: { headers, body, peer }
};

// packages/protocols/dist/bytes/reader.js
function u16be(b, o) {
  return b[o] << 8 | b[o + 1];
}
function u16le(b, o) {
  return b[o] | b[o + 1] << 8;
}
function u32be(b, o) {
  return (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
}
function u32le(b, o) {
  return (b[o] | b[o + 1] << 8 | b[o + 2] << 16 | b[o + 3] << 24) >>> 0;
}
function u16(b, o, littleEndian) {
  return littleEndian ? u16le(b, o) : u16be(b, o);
}
function u32(b, o, littleEndian) {
  return littleEndian ? u32le(b, o) : u32be(b, o);
}
function hex32(n) {
  return "0x" + (n >>> 0).toString(16).padStart(8, "0");
}

// packages/protocols/dist/net/address.js
var DEC2 = Array.from({ length: 256 }, (_, i) => String(i));
function formatIPv4(b, o) {
  return DEC2[b[o]] + "." + DEC2[b[o + 1]] + "." + DEC2[b[o + 2]] + "." + DEC2[b[o + 3]];
}
var groups = new Uint16Array(8);
function formatIPv6(b, o) {
  for (let i = 0; i < 8; i++)
    groups[i] = u16be(b, o + 2 * i);
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 65535) {
    return "::ffff:" + formatIPv4(b, o + 12);
  }
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0)
      j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let s = "";
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      s += "::";
      i += bestLen - 1;
      continue;
    }
    if (s !== "" && !s.endsWith(":"))
      s += ":";
    s += groups[i].toString(16);
  }
  return s;
}
var V4_BITS = 12;
var V6_BITS = 10;
function hostPort(ip, port) {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}
var AddressCache = class {
  v4Keys = new Int32Array(1 << V4_BITS);
  v4Text = new Array(1 << V4_BITS).fill(void 0);
  v6Keys = new Int32Array(4 << V6_BITS);
  v6Text = new Array(1 << V6_BITS).fill(void 0);
  v4(b, o) {
    const k = b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
    const i = Math.imul(k, 2654435761) >>> 32 - V4_BITS;
    const hit = this.v4Text[i];
    if (hit !== void 0 && this.v4Keys[i] === k)
      return hit;
    const text4 = formatIPv4(b, o);
    this.v4Keys[i] = k;
    this.v4Text[i] = text4;
    return text4;
  }
  v6(b, o) {
    const w0 = b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
    const w1 = b[o + 4] << 24 | b[o + 5] << 16 | b[o + 6] << 8 | b[o + 7];
    const w2 = b[o + 8] << 24 | b[o + 9] << 16 | b[o + 10] << 8 | b[o + 11];
    const w3 = b[o + 12] << 24 | b[o + 13] << 16 | b[o + 14] << 8 | b[o + 15];
    const h = Math.imul(w0, 2654435761) ^ Math.imul(w1, 2246822519) ^ Math.imul(w2, 3266489917) ^ Math.imul(w3, 668265263);
    const i = Math.imul(h ^ h >>> 15, 739982445) >>> 32 - V6_BITS;
    const k = i << 2;
    const keys = this.v6Keys;
    const hit = this.v6Text[i];
    if (hit !== void 0 && keys[k] === w0 && keys[k + 1] === w1 && keys[k + 2] === w2 && keys[k + 3] === w3)
      return hit;
    const text4 = formatIPv6(b, o);
    keys[k] = w0;
    keys[k + 1] = w1;
    keys[k + 2] = w2;
    keys[k + 3] = w3;
    this.v6Text[i] = text4;
    return text4;
  }
};

// packages/protocols/dist/entry/har.js
var HAR_PROTOCOLS = /* @__PURE__ */ new Set(["http", "http2", "grpc", "graphql"]);
function hasHarForm(entry) {
  return HAR_PROTOCOLS.has(entry.protocol.name);
}
function harDocumentHead(creator) {
  return `{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[`;
}
var HAR_DOCUMENT_TAIL = "]}}";
function toHarEntry(entry) {
  if (!hasHarForm(entry))
    return null;
  const req = entry.request;
  const res = entry.response;
  const elapsed = entry.elapsedTime ?? 0;
  const out = {
    startedDateTime: isoTime(entry.timestamp),
    time: elapsed,
    request: req ? harRequest(req, entry) : emptyRequest(entry),
    response: res ? harResponse(res) : abortedResponse(),
    cache: {},
    timings: { send: 0, wait: elapsed, receive: 0 },
    serverIPAddress: entry.dst.ip,
    connection: hostPort(entry.src.ip, entry.src.port),
    _id: entry.id,
    _protocol: entry.protocol.name,
    _src: entry.src,
    _dst: entry.dst
  };
  if (entry.anomalies && entry.anomalies.length > 0)
    out._anomalies = entry.anomalies;
  return out;
}
function harRequest(req, entry) {
  const headers2 = req.headers ?? {};
  const body2 = req.body ?? null;
  const out = {
    method: req.method ?? "",
    url: absoluteUrl(req, headers2, entry),
    httpVersion: req.httpVersion ?? "",
    cookies: requestCookies(headers2),
    headers: nameValues(headers2),
    queryString: nameValues(req.queryString ?? {}),
    headersSize: -1,
    bodySize: body2 ? body2.size : 0
  };
  if (body2) {
    const postData = { mimeType: first(headers2["content-type"]) ?? "", text: bodyText(body2) };
    if (body2.encoding === "base64")
      postData._encoding = "base64";
    if (body2.truncated)
      postData._truncated = true;
    out.postData = postData;
  }
  return out;
}
function harResponse(res) {
  const headers2 = res.headers ?? {};
  const body2 = res.body ?? null;
  return {
    status: res.status ?? 0,
    statusText: res.statusText ?? "",
    httpVersion: res.httpVersion ?? "",
    cookies: responseCookies(headers2),
    headers: nameValues(headers2),
    content: content(body2, first(headers2["content-type"]) ?? ""),
    redirectURL: first(headers2.location) ?? "",
    headersSize: -1,
    bodySize: body2 ? body2.size : 0
  };
}
function content(body2, mimeType) {
  if (!body2)
    return { size: 0, mimeType };
  const out = { size: body2.decodedSize ?? body2.size, mimeType, text: bodyText(body2) };
  if (body2.decodedSize !== void 0)
    out.compression = body2.decodedSize - body2.size;
  if (body2.encoding === "base64")
    out.encoding = "base64";
  if (body2.truncated) {
    out._truncated = true;
    out._captured = body2.captured;
  }
  return out;
}
function bodyText(body2) {
  return (body2.encoding === "base64" ? body2.base64 : body2.text) ?? "";
}
function emptyRequest(entry) {
  return {
    method: "",
    url: `http://${hostPort(entry.dst.ip, entry.dst.port)}/`,
    httpVersion: "",
    cookies: [],
    headers: [],
    queryString: [],
    headersSize: -1,
    bodySize: -1
  };
}
function abortedResponse() {
  return { status: 0, statusText: "", httpVersion: "", cookies: [], headers: [], content: { size: 0, mimeType: "" }, redirectURL: "", headersSize: -1, bodySize: -1 };
}
function absoluteUrl(req, headers2, entry) {
  const target = req.url ?? req.path ?? "";
  if (/^https?:\/\//i.test(target))
    return target;
  const host = first(headers2.host) ?? first(headers2[":authority"]) ?? hostPort(entry.dst.ip, entry.dst.port);
  const scheme = first(headers2[":scheme"]) === "https" ? "https" : "http";
  if (req.method === "CONNECT")
    return `${scheme}://${target || host}/`;
  return `${scheme}://${host}${target.startsWith("/") ? target : `/${target}`}`;
}
function isoTime(ms) {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? (/* @__PURE__ */ new Date(0)).toISOString() : d.toISOString();
}
function first(v) {
  return Array.isArray(v) ? v[0] : v;
}
function nameValues(record2) {
  const out = [];
  for (const name of Object.keys(record2)) {
    const v = record2[name];
    if (Array.isArray(v))
      for (const value2 of v)
        out.push({ name, value: value2 });
    else
      out.push({ name, value: v });
  }
  return out;
}
function requestCookies(headers2) {
  const out = [];
  for (const line of [headers2.cookie ?? []].flat()) {
    for (const pair of line.split(";")) {
      const eq = pair.indexOf("=");
      if (eq > 0)
        out.push({ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
    }
  }
  return out;
}
function responseCookies(headers2) {
  const out = [];
  for (const line of [headers2["set-cookie"] ?? []].flat()) {
    const pair = line.split(";", 1)[0];
    const eq = pair.indexOf("=");
    if (eq > 0)
      out.push({ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
  }
  return out;
}

// packages/protocols/dist/limits.js
var DEFAULT_LIMITS = {
  maxBodyBytes: 1 << 20,
  maxDecodedBodyBytes: 4 << 20,
  maxHeaderBytes: 64 << 10,
  maxPendingRequests: 1024,
  maxOutOfOrderBytesPerStream: 4 << 20,
  maxOutOfOrderBytesTotal: 256 << 20,
  maxOutOfOrderSegments: 2048,
  maxConnections: 1e5,
  maxDetectBytes: 4096,
  maxDetectAttempts: 512,
  idleTimeoutMs: 12e4,
  maxFragmentedDatagrams: 4096,
  fragmentTimeoutMs: 3e4
};

// packages/protocols/dist/net/packet.js
var TCP_FIN = 1;
var TCP_SYN = 2;
var TCP_RST = 4;
var TCP_ACK = 16;

// packages/protocols/dist/tcp/seq.js
function seqDiff(a, b) {
  return a - b | 0;
}

// packages/protocols/dist/tcp/half-stream.js
var HalfStream = class {
  started = false;
  /** Sequence number of the next byte we expect. */
  nextSeq = 0;
  /** Stream offset of the next byte we expect (bytes delivered + bytes skipped). */
  nextOffset = 0;
  /** Out-of-order segments, sorted by offset, non-overlapping. */
  pending = [];
  pendingBytes = 0;
  /** Stream offset where the sender's FIN sits, or -1. */
  finOffset = -1;
  ended = false;
  start(seq) {
    this.started = true;
    this.nextSeq = seq >>> 0;
    this.nextOffset = 0;
  }
  /** Stream offset of a sequence number (may be negative for bytes before the start). */
  offsetOf(seq) {
    return this.nextOffset + seqDiff(seq, this.nextSeq);
  }
  /** Move the expectation forward by `n` bytes (delivered or skipped). */
  advance(n) {
    this.nextOffset += n;
    this.nextSeq = this.nextSeq + n >>> 0;
  }
  /**
   * Keep an out-of-order segment. Overlaps with segments already held are trimmed so the list
   * stays disjoint (first copy wins, as most stacks do). Returns the bytes actually added.
   */
  hold(offset, bytes, ts, peerAck) {
    let start = offset;
    let data = bytes;
    let added = 0;
    let i = 0;
    const list = this.pending;
    while (data.length > 0) {
      while (i < list.length && list[i].offset + list[i].data.length <= start)
        i++;
      const next = list[i];
      if (next && next.offset <= start) {
        const skip = next.offset + next.data.length - start;
        if (skip >= data.length)
          break;
        start += skip;
        data = data.subarray(skip);
        continue;
      }
      const room = next ? Math.min(data.length, next.offset - start) : data.length;
      const piece = data.slice(0, room);
      list.splice(i, 0, { offset: start, data: piece, ts, peerAck });
      added += room;
      i++;
      start += room;
      data = data.subarray(room);
    }
    this.pendingBytes += added;
    return added;
  }
};

// packages/protocols/dist/tcp/reassembler.js
var MAX_PLAUSIBLE_ACK_JUMP = 1 << 30;
var TcpReassembler = class {
  sink;
  budget;
  sides = [new HalfStream(), new HalfStream()];
  constructor(sink, budget) {
    this.sink = sink;
    this.budget = budget;
  }
  /** Stream offset in `side`'s direction acknowledged by an ACK number, or -1 if unknown. */
  ackedOffset(side, ack) {
    const s = this.sides[side];
    return s.started ? s.offsetOf(ack) : -1;
  }
  syn(side, seq) {
    const s = this.sides[side];
    if (!s.started)
      s.start(seq + 1 >>> 0);
  }
  /** Process one segment's payload and FIN from `side`. `ack` is -1 when the ACK flag is off. */
  /**
   * `wireLength` is the payload's length on the wire: when the capture's snaplen cut the packet,
   * the missing tail is known lost at once instead of waiting for an ACK or the end.
   */
  segment(side, seq, ack, payload, fin, ts, wireLength = payload.length) {
    const other = side ^ 1;
    const peerAck = ack >= 0 ? this.ackedOffset(other, ack) : -1;
    if (peerAck >= 0)
      this.acknowledged(other, peerAck, ts);
    const s = this.sides[side];
    if (!s.started) {
      if (payload.length === 0 && !fin)
        return;
      s.start(seq);
    }
    const segStart = s.offsetOf(seq);
    let offset = segStart;
    let data = payload;
    if (data.length > 0) {
      if (offset < s.nextOffset) {
        const seen = s.nextOffset - offset;
        if (seen >= data.length) {
          this.budget.retransmittedBytes += data.length;
          data = data.subarray(data.length);
        } else {
          this.budget.retransmittedBytes += seen;
          data = data.subarray(seen);
        }
        offset = s.nextOffset;
      }
      if (data.length > 0) {
        if (offset === s.nextOffset) {
          s.advance(data.length);
          this.sink.data(side, data, ts, offset, peerAck);
          this.drain(side);
        } else {
          this.holdOrSkip(side, offset, data, ts, peerAck);
        }
      }
    }
    const cut2 = wireLength - payload.length;
    if (cut2 > 0 && s.nextOffset === segStart + payload.length) {
      this.skip(side, cut2, ts);
      this.drain(side);
    }
    if (fin && s.finOffset < 0)
      s.finOffset = segStart + Math.max(wireLength, payload.length);
    this.maybeEnd(side, ts);
  }
  /** The receiver of `side` has every byte before `offset`: a hole before it is capture loss. */
  acknowledged(side, offset, ts) {
    const s = this.sides[side];
    if (!s.started || s.ended)
      return;
    let limit = offset;
    if (s.finOffset >= 0 && limit > s.finOffset)
      limit = s.finOffset;
    const missing = limit - s.nextOffset;
    if (missing <= 0 || missing > MAX_PLAUSIBLE_ACK_JUMP)
      return;
    while (s.nextOffset < limit) {
      const first2 = s.pending[0];
      if (first2 && first2.offset < limit) {
        this.skip(side, first2.offset - s.nextOffset, ts);
        this.drain(side);
      } else {
        this.skip(side, limit - s.nextOffset, ts);
      }
    }
    this.maybeEnd(side, ts);
  }
  holdOrSkip(side, offset, data, ts, peerAck) {
    const s = this.sides[side];
    const b = this.budget;
    const added = s.hold(offset, data, ts, peerAck);
    b.pendingBytes += added;
    while (s.pending.length > 0 && (s.pendingBytes > b.maxPendingBytesPerStream || b.pendingBytes > b.maxPendingBytesTotal || s.pending.length > b.maxPendingSegments)) {
      b.forcedGaps++;
      this.skip(side, s.pending[0].offset - s.nextOffset, ts);
      this.drain(side);
    }
  }
  skip(side, length, ts) {
    if (length <= 0)
      return;
    const s = this.sides[side];
    const at = s.nextOffset;
    s.advance(length);
    this.budget.gaps++;
    this.budget.gapBytes += length;
    this.sink.gap(side, length, ts, at);
  }
  /** Deliver held segments that have become contiguous. */
  drain(side) {
    const s = this.sides[side];
    while (s.pending.length > 0) {
      const seg = s.pending[0];
      if (seg.offset > s.nextOffset)
        break;
      s.pending.shift();
      s.pendingBytes -= seg.data.length;
      this.budget.pendingBytes -= seg.data.length;
      const overlap = s.nextOffset - seg.offset;
      if (overlap >= seg.data.length)
        continue;
      const data = overlap > 0 ? seg.data.subarray(overlap) : seg.data;
      const at = s.nextOffset;
      s.advance(data.length);
      this.sink.data(side, data, seg.ts, at, seg.peerAck);
    }
  }
  maybeEnd(side, ts) {
    const s = this.sides[side];
    if (!s.ended && s.finOffset >= 0 && s.nextOffset >= s.finOffset) {
      s.ended = true;
      this.sink.fin(side, ts);
    }
  }
  /** The connection is over: every hole becomes a gap and every held byte is delivered. */
  flush(ts) {
    for (const side of [0, 1]) {
      const s = this.sides[side];
      while (s.pending.length > 0) {
        this.skip(side, s.pending[0].offset - s.nextOffset, ts);
        this.drain(side);
      }
      this.maybeEnd(side, ts);
    }
  }
  /** Bytes held out of order, to give back to the budget when the connection is dropped. */
  release() {
    for (const s of this.sides) {
      this.budget.pendingBytes -= s.pendingBytes;
      s.pendingBytes = 0;
      s.pending = [];
    }
  }
  get bothEnded() {
    return this.sides[0].ended && this.sides[1].ended;
  }
};

// packages/protocols/dist/engine/probe.js
var Probe = class {
  chunks = [];
  size = 0;
  /** Bytes seen in this direction that were not the start of anything we know. */
  rejectedBytes = 0;
  /**
   * The rejected bytes themselves, while they are all still here, contiguous and within the
   * detection budget. When the other direction identifies the protocol, the dissector gets them
   * instead of a gap: detection is strict to pick a protocol, but a dissector keeps a malformed
   * yet framed first message (`GET / HTTP/1.`, `OPTIONS HTTP/1.1`) that a server answered.
   */
  rejected = [];
  rejectedKept = true;
  /** Candidate starts tried and rejected. */
  attempts = 0;
  ended = false;
  endTs = 0;
  hold(bytes, ts, offset, peerAck) {
    this.chunks.push({ bytes: bytes.slice(), ts, offset, peerAck });
    this.size += bytes.length;
  }
  /** The held bytes as one array (the common case, a single chunk, needs no copy). */
  joined() {
    if (this.chunks.length === 1)
      return this.chunks[0].bytes;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c.bytes, at);
      at += c.bytes.length;
    }
    return out;
  }
  /** The held bytes (and `unheld`, a chunk that was never held) start nothing we know. */
  reject(unheld, maxKept) {
    const extra = unheld ? unheld.bytes.length : 0;
    this.rejectedBytes += this.size + extra;
    this.attempts++;
    if (this.rejectedKept && this.rejectedBytes <= maxKept) {
      this.rejected.push(...this.chunks);
      if (unheld)
        this.rejected.push({ ...unheld, bytes: unheld.bytes.slice() });
    } else {
      this.rejectedKept = false;
      this.rejected = [];
    }
    this.chunks = [];
    this.size = 0;
  }
  /** Bytes lost to a capture gap: what was rejected can no longer be replayed in order. */
  lose(length) {
    this.rejectedBytes += this.size + length;
    this.attempts++;
    this.rejectedKept = false;
    this.rejected = [];
    this.chunks = [];
    this.size = 0;
  }
};

// packages/protocols/dist/engine/connection.js
var TcpConnection = class {
  id;
  endpoints;
  host;
  reassembler;
  state = "detecting";
  clientSide = 0;
  session = null;
  protocol = null;
  lastTs;
  closed = false;
  /** Entries emitted so far: the last part of each entry id. */
  entryCount = 0;
  synSeq = [-1, -1];
  probes = [new Probe(), new Probe()];
  constructor(id, endpoints, host, budget, ts) {
    this.id = id;
    this.endpoints = endpoints;
    this.host = host;
    this.reassembler = new TcpReassembler(this, budget);
    this.lastTs = ts;
  }
  get client() {
    return this.endpoints[this.clientSide];
  }
  get server() {
    return this.endpoints[this.clientSide ^ 1];
  }
  dir(side) {
    return side === this.clientSide ? 0 : 1;
  }
  data(side, bytes, ts, offset, peerAck) {
    if (this.state === "dissecting") {
      this.session.feed(this.dir(side), bytes, { ts, offset, peerAck });
      return;
    }
    if (this.state === "unknown")
      return;
    const probe = this.probes[side];
    let candidate;
    if (probe.size === 0) {
      candidate = bytes;
    } else {
      probe.hold(bytes, ts, offset, peerAck);
      candidate = probe.joined();
    }
    const verdict = this.detect(candidate);
    if (verdict === "more" && probe.size + (probe.size === 0 ? bytes.length : 0) < this.host.maxDetectBytes) {
      if (probe.size === 0)
        probe.hold(bytes, ts, offset, peerAck);
      return;
    }
    if (verdict === "more" || verdict === null) {
      probe.reject(probe.size === 0 ? { bytes, ts, offset, peerAck } : null, this.host.maxDetectBytes);
      this.giveUpIfHopeless();
      return;
    }
    const [dissector, role] = verdict;
    this.clientSide = role === "client" ? side : side ^ 1;
    if (probe.size === 0)
      probe.hold(bytes, ts, offset, peerAck);
    this.begin(dissector);
  }
  detect(bytes) {
    let more = false;
    for (const d of this.host.dissectors) {
      const r = d.detect(bytes);
      if (r === "client" || r === "server")
        return [d, r];
      if (r === "more")
        more = true;
    }
    return more ? "more" : null;
  }
  giveUpIfHopeless() {
    const [a, b] = this.probes;
    if (a.attempts + b.attempts >= this.host.maxDetectAttempts) {
      this.state = "unknown";
      this.probes = null;
      this.host.streamUnknown(this);
    }
  }
  /** Start the session and replay what detection held: the client's bytes first. */
  begin(dissector) {
    this.state = "dissecting";
    this.protocol = dissector.name;
    const session = this.host.startSession(this, dissector);
    this.session = session;
    const probes = this.probes;
    this.probes = null;
    for (const side of [this.clientSide, this.clientSide ^ 1]) {
      const probe = probes[side];
      const dir = this.dir(side);
      if (probe.rejectedKept) {
        for (const c of probe.rejected)
          session.feed(dir, c.bytes, { ts: c.ts, offset: c.offset, peerAck: c.peerAck });
      } else if (probe.rejectedBytes > 0) {
        const first2 = probe.chunks[0];
        session.gap(dir, probe.rejectedBytes, {
          ts: first2 ? first2.ts : this.lastTs,
          offset: first2 ? first2.offset - probe.rejectedBytes : 0,
          peerAck: -1
        });
      }
      for (const c of probe.chunks)
        session.feed(dir, c.bytes, { ts: c.ts, offset: c.offset, peerAck: c.peerAck });
      if (probe.ended)
        session.end(dir, probe.endTs);
    }
  }
  /**
   * The session hands the connection to the dissector named `protocol` (SessionContext.switchProtocol,
   * e.g. HTTP/1 `Upgrade: h2c` → http2): the old session is closed (it flushes what it holds), the
   * new one starts with `handover` and is fed `leftover` first. False when no such dissector exists.
   */
  switchTo(protocol, leftover, handover) {
    const dissector = this.host.dissectors.find((d) => d.name === protocol);
    if (!dissector || this.state !== "dissecting" || this.closed)
      return false;
    this.host.count(`engine.switch.${protocol}`);
    const old = this.session;
    this.protocol = dissector.name;
    this.session = this.host.startSession(this, dissector, handover);
    old?.close(this.lastTs);
    for (const c of leftover)
      this.session.feed(c.dir, c.bytes, c.meta);
    return true;
  }
  gap(side, length, ts, offset) {
    if (this.state === "dissecting") {
      this.session.gap(this.dir(side), length, { ts, offset, peerAck: -1 });
    } else if (this.state === "detecting") {
      this.probes[side].lose(length);
    }
  }
  fin(side, ts) {
    if (this.state === "dissecting")
      this.session.end(this.dir(side), ts);
    else if (this.state === "detecting") {
      const p = this.probes[side];
      p.ended = true;
      p.endTs = ts;
    }
  }
  /** The connection is over: deliver what is held, then let the session flush its entries. */
  close(ts) {
    if (this.closed)
      return;
    this.reassembler.flush(ts);
    if (this.state === "detecting") {
      this.finalDetect();
    }
    this.closed = true;
    this.session?.close(ts);
    this.reassembler.release();
    this.session = null;
    this.probes = null;
  }
  finalDetect() {
    const probes = this.probes;
    for (const side of [0, 1]) {
      if (probes[side].size === 0)
        continue;
      const verdict = this.detect(probes[side].joined());
      if (verdict && verdict !== "more") {
        this.clientSide = verdict[1] === "client" ? side : side ^ 1;
        this.begin(verdict[0]);
        return;
      }
    }
    if (probes[0].size + probes[1].size + probes[0].rejectedBytes + probes[1].rejectedBytes > 0) {
      this.host.streamUnknown(this);
    }
  }
};

// packages/protocols/dist/engine/registry.js
var DissectorRegistry = class {
  list = [];
  /** Run on every entry before it leaves the engine, in order (e.g. GraphQL over HTTP). */
  enrichers = [];
  constructor(dissectors = [], enrichers = []) {
    for (const d of dissectors)
      this.register(d);
    for (const e of enrichers)
      this.enrichers.push(e);
  }
  register(dissector) {
    if (this.list.some((d) => d.name === dissector.name)) {
      throw new Error(`dissector "${dissector.name}" is already registered`);
    }
    this.list.push(dissector);
    return this;
  }
  forTransport(transport) {
    return this.list.filter((d) => d.transport === transport);
  }
  get names() {
    return this.list.map((d) => d.name);
  }
};

// packages/protocols/dist/engine/guarded-session.js
var GuardedSession = class {
  inner;
  protocol;
  count;
  failed = false;
  constructor(inner, protocol, count2) {
    this.inner = inner;
    this.protocol = protocol;
    this.count = count2;
  }
  feed(dir, bytes, meta) {
    if (this.failed)
      return;
    try {
      this.inner.feed(dir, bytes, meta);
    } catch {
      this.fail();
    }
  }
  gap(dir, length, meta) {
    if (this.failed)
      return;
    try {
      this.inner.gap(dir, length, meta);
    } catch {
      this.fail();
    }
  }
  end(dir, ts) {
    if (this.failed)
      return;
    try {
      this.inner.end(dir, ts);
    } catch {
      this.fail();
    }
  }
  close(ts) {
    if (this.failed)
      return;
    try {
      this.inner.close(ts);
    } catch {
      this.fail();
    }
  }
  fail() {
    this.failed = true;
    this.count(`${this.protocol}.internal_error`);
  }
};

// packages/protocols/dist/engine/stats.js
function emptyStats() {
  return {
    packets: 0,
    bytes: 0,
    tcpPackets: 0,
    udpPackets: 0,
    otherPackets: 0,
    tcpStreams: 0,
    unknownStreams: 0,
    entries: 0,
    unpairedRequests: 0,
    unpairedResponses: 0,
    parseErrors: 0,
    retransmittedBytes: 0,
    gaps: 0,
    gapBytes: 0,
    forcedGaps: 0,
    idleEvictions: 0,
    connectionEvictions: 0,
    udpFlows: 0,
    udpUnknownFlows: 0,
    udpFlowEvictions: 0,
    counters: {}
  };
}

// packages/protocols/dist/engine/table.js
var INDEX_AT = 16;
var ConnectionTable = class {
  ordered = /* @__PURE__ */ new Set();
  byPorts = /* @__PURE__ */ new Map();
  last = null;
  get size() {
    return this.ordered.size;
  }
  find(srcIp, srcPort, dstIp, dstPort) {
    const last = this.last;
    if (last !== null && sameEnds(last, srcIp, srcPort, dstIp, dstPort))
      return last;
    const bucket = this.byPorts.get(portsKey(srcPort, dstPort));
    if (bucket === void 0)
      return void 0;
    if (bucket.index !== null) {
      const a = bucket.index.get(srcIp);
      const b = bucket.index.get(dstIp);
      if (a === void 0 || b === void 0)
        return void 0;
      for (const c of a.size <= b.size ? a : b) {
        if (sameEnds(c, srcIp, srcPort, dstIp, dstPort)) {
          this.last = c;
          return c;
        }
      }
      return void 0;
    }
    const list = bucket.list;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (sameEnds(c, srcIp, srcPort, dstIp, dstPort)) {
        this.last = c;
        return c;
      }
    }
    return void 0;
  }
  /** Adds a connection; none with the same endpoints may be in the table. */
  add(conn) {
    this.ordered.add(conn);
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === void 0)
      this.byPorts.set(key, { list: [conn], index: null });
    else {
      bucket.list.push(conn);
      if (bucket.index !== null)
        indexAdd(bucket.index, conn);
      else if (bucket.list.length > INDEX_AT) {
        const index = /* @__PURE__ */ new Map();
        for (const c of bucket.list)
          indexAdd(index, c);
        bucket.index = index;
      }
    }
    this.last = conn;
  }
  delete(conn) {
    if (!this.ordered.delete(conn))
      return;
    if (this.last === conn)
      this.last = null;
    const [a, b] = conn.endpoints;
    const key = portsKey(a.port, b.port);
    const bucket = this.byPorts.get(key);
    if (bucket === void 0)
      return;
    const i = bucket.list.indexOf(conn);
    if (i >= 0)
      bucket.list.splice(i, 1);
    if (bucket.index !== null)
      indexDelete(bucket.index, conn);
    if (bucket.list.length === 0)
      this.byPorts.delete(key);
  }
  /** Oldest first; deleting the current connection while iterating is allowed. */
  values() {
    return this.ordered.values();
  }
  clear() {
    this.ordered.clear();
    this.byPorts.clear();
    this.last = null;
  }
};
function portsKey(p, q) {
  return p < q ? (p << 14 ^ q) & 1073741823 : (q << 14 ^ p) & 1073741823;
}
function sameEnds(c, srcIp, srcPort, dstIp, dstPort) {
  const e = c.endpoints;
  const a = e[0];
  const b = e[1];
  if (a.port === srcPort && b.port === dstPort && a.ip === srcIp && b.ip === dstIp)
    return true;
  return a.port === dstPort && b.port === srcPort && a.ip === dstIp && b.ip === srcIp;
}
function indexAdd(index, conn) {
  for (const e of conn.endpoints) {
    const set = index.get(e.ip);
    if (set === void 0)
      index.set(e.ip, /* @__PURE__ */ new Set([conn]));
    else
      set.add(conn);
  }
}
function indexDelete(index, conn) {
  for (const e of conn.endpoints) {
    const set = index.get(e.ip);
    if (set === void 0)
      continue;
    set.delete(conn);
    if (set.size === 0)
      index.delete(e.ip);
  }
}

// packages/protocols/dist/engine/udp.js
var UDP_DETECT_DATAGRAMS = 4;
var UDP_IDLE_TIMEOUT_MS = 3e4;
function udpLimits(limits) {
  return {
    maxFlows: limits.maxConnections,
    idleTimeoutMs: Math.min(UDP_IDLE_TIMEOUT_MS, limits.idleTimeoutMs),
    detectDatagrams: UDP_DETECT_DATAGRAMS
  };
}
var UdpFlow = class {
  id;
  endpoints;
  state = "detecting";
  clientSide = 0;
  session = null;
  protocol = null;
  lastTs;
  closed = false;
  /** Entries emitted so far: the last part of each entry id. */
  entryCount = 0;
  /** Bytes seen per side (the `offset` of the next datagram). */
  offsets = [0, 0];
  /** Datagrams held while detecting (copies: packet payloads are views into the capture buffer). */
  held = [];
  constructor(id, endpoints, ts) {
    this.id = id;
    this.endpoints = endpoints;
    this.lastTs = ts;
  }
  get client() {
    return this.endpoints[this.clientSide];
  }
  get server() {
    return this.endpoints[this.clientSide ^ 1];
  }
  dir(side) {
    return side === this.clientSide ? 0 : 1;
  }
  /** One datagram of `side`. Returns 'unknown' the moment the flow is given up. */
  datagram(host, limits, side, bytes, ts) {
    this.lastTs = ts;
    if (this.state === "dissecting") {
      this.deliver(side, bytes, ts);
      return;
    }
    if (this.state === "unknown")
      return;
    const verdict = detect(host.udpDissectors, bytes);
    if (verdict === null) {
      this.held.push({ side, bytes: bytes.slice(), ts });
      if (this.held.length < limits.detectDatagrams)
        return;
      this.state = "unknown";
      this.held = [];
      return "unknown";
    }
    const [dissector, role] = verdict;
    this.clientSide = role === "client" ? side : side ^ 1;
    this.state = "dissecting";
    this.protocol = dissector.name;
    this.session = host.startUdpSession(this, dissector);
    for (const h of this.held)
      this.deliver(h.side, h.bytes, h.ts);
    this.held = [];
    this.deliver(side, bytes, ts);
  }
  deliver(side, bytes, ts) {
    const offset = this.offsets[side];
    this.offsets[side] = offset + bytes.length;
    this.session.feed(this.dir(side), bytes, { ts, offset, peerAck: -1 });
  }
  /**
   * Silence, eviction or end of input: the session flushes what it holds. Returns true when the
   * flow ended with datagrams no dissector recognised (it counts as an unknown flow).
   */
  close(ts) {
    if (this.closed)
      return false;
    this.closed = true;
    const undetected = this.state === "detecting" && this.held.length > 0;
    this.session?.close(ts);
    this.session = null;
    this.held = [];
    return undetected;
  }
};
function detect(dissectors, bytes) {
  for (const d of dissectors) {
    const r = d.detect(bytes);
    if (r === "client" || r === "server")
      return [d, r];
  }
  return null;
}
var UdpFlowTable = class {
  flows = /* @__PURE__ */ new Map();
  get size() {
    return this.flows.size;
  }
  find(p) {
    return this.flows.get(flowKey(p.srcIp, p.srcPort, p.dstIp, p.dstPort));
  }
  add(flow) {
    const [a, b] = flow.endpoints;
    this.flows.set(flowKey(a.ip, a.port, b.ip, b.port), flow);
  }
  delete(flow) {
    const [a, b] = flow.endpoints;
    const key = flowKey(a.ip, a.port, b.ip, b.port);
    if (this.flows.get(key) === flow)
      this.flows.delete(key);
  }
  values() {
    return this.flows.values();
  }
  clear() {
    this.flows.clear();
  }
};
function flowKey(ipA, portA, ipB, portB) {
  const a = `${ipA} ${portA}`;
  const b = `${ipB} ${portB}`;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// packages/protocols/dist/engine/engine.js
var CLOSED_LINGER_MS = 5e3;
var Engine = class {
  options;
  stats = emptyStats();
  limits;
  dissectors;
  enrichers;
  maxDetectBytes;
  maxDetectAttempts;
  connections = new ConnectionTable();
  udpDissectors;
  udpFlows = new UdpFlowTable();
  udpLimits;
  budget;
  connectionSeq = 0;
  nextSweep = 0;
  lastTs = 0;
  node;
  captureId;
  constructor(options) {
    this.options = options;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    const registry = options.dissectors instanceof DissectorRegistry ? options.dissectors : new DissectorRegistry(options.dissectors);
    this.dissectors = registry.forTransport("tcp");
    this.udpDissectors = registry.forTransport("udp");
    this.udpLimits = udpLimits(this.limits);
    this.enrichers = registry.enrichers;
    this.maxDetectBytes = this.limits.maxDetectBytes;
    this.maxDetectAttempts = this.limits.maxDetectAttempts;
    this.node = options.node ?? "local";
    this.captureId = options.captureId ?? "0";
    this.budget = {
      pendingBytes: 0,
      maxPendingBytesTotal: this.limits.maxOutOfOrderBytesTotal,
      maxPendingBytesPerStream: this.limits.maxOutOfOrderBytesPerStream,
      maxPendingSegments: this.limits.maxOutOfOrderSegments,
      retransmittedBytes: 0,
      gaps: 0,
      gapBytes: 0,
      forcedGaps: 0
    };
  }
  /** Feed one decoded packet. Never throws on packet content. */
  packet(p) {
    const stats = this.stats;
    stats.packets++;
    if (p.ts > this.lastTs)
      this.lastTs = p.ts;
    if (p.ts >= this.nextSweep)
      this.sweep(p.ts);
    if (p.transport === "udp") {
      stats.udpPackets++;
      this.udp(p);
      return;
    }
    stats.tcpPackets++;
    this.tcp(p);
  }
  /**
   * Capture time passes without packets (a quiet link): live sources call this every second or so
   * with the current capture clock, so idle connections are still flushed and evicted.
   */
  tick(now) {
    if (now > this.lastTs)
      this.lastTs = now;
    if (now >= this.nextSweep)
      this.sweep(now);
  }
  /** Count a packet the decoder could not turn into TCP/UDP (for the summary). */
  otherPacket() {
    this.stats.packets++;
    this.stats.otherPackets++;
  }
  tcp(p) {
    const flags2 = p.flags;
    let conn = this.connections.find(p.srcIp, p.srcPort, p.dstIp, p.dstPort);
    if (conn) {
      const side2 = conn.endpoints[0].port === p.srcPort && conn.endpoints[0].ip === p.srcIp ? 0 : 1;
      if (flags2 & TCP_SYN && this.isNewConnection(conn, side2, p.seq, (flags2 & TCP_ACK) !== 0)) {
        this.closeConnection(conn, p.ts);
        this.connections.delete(conn);
        conn = void 0;
      } else if (conn.closed) {
        conn.lastTs = p.ts;
        if (p.payload.length > 0)
          this.count("tcp.after_close");
        return;
      }
    }
    if (!conn) {
      if ((flags2 & (TCP_SYN | TCP_RST | TCP_FIN)) === 0 && p.payload.length === 0)
        return;
      if (flags2 & TCP_RST && p.payload.length === 0)
        return;
      conn = this.openConnection(p);
    }
    conn.lastTs = p.ts;
    const side = conn.endpoints[0].port === p.srcPort && conn.endpoints[0].ip === p.srcIp ? 0 : 1;
    const r = conn.reassembler;
    if (flags2 & TCP_SYN) {
      conn.synSeq[side] = p.seq;
      r.syn(side, p.seq);
      if (conn.state === "detecting" && conn.entryCount === 0) {
        conn.clientSide = flags2 & TCP_ACK ? side ^ 1 : side;
      }
    }
    r.segment(side, (flags2 & TCP_SYN ? p.seq + 1 : p.seq) >>> 0, flags2 & TCP_ACK ? p.ack : -1, p.payload, (flags2 & TCP_FIN) !== 0, p.ts, p.payloadWireLength);
    if (flags2 & TCP_RST) {
      this.closeConnection(conn, p.ts);
    } else if (r.bothEnded) {
      this.closeConnection(conn, p.ts);
    }
  }
  /** A datagram: found or new flow, then detection or its session (engine/udp.ts). */
  udp(p) {
    let flow = this.udpFlows.find(p);
    if (!flow) {
      if (this.udpFlows.size >= this.udpLimits.maxFlows)
        this.evictOldestUdp(p.ts);
      const ends = [{ ip: p.srcIp, port: p.srcPort }, { ip: p.dstIp, port: p.dstPort }];
      flow = new UdpFlow(`${this.captureId}-${(this.connectionSeq++).toString(36)}`, ends, p.ts);
      this.udpFlows.add(flow);
      this.stats.udpFlows++;
    }
    if (p.payload.length < p.payloadWireLength)
      this.count("udp.snaplen_cut");
    const side = flow.endpoints[0].port === p.srcPort && flow.endpoints[0].ip === p.srcIp ? 0 : 1;
    if (flow.datagram(this, this.udpLimits, side, p.payload, p.ts) === "unknown")
      this.stats.udpUnknownFlows++;
  }
  evictOldestUdp(now) {
    const all = [...this.udpFlows.values()].sort((x, y) => x.lastTs - y.lastTs);
    const n = Math.max(1, Math.floor(all.length / 10));
    for (let i = 0; i < n; i++) {
      this.stats.udpFlowEvictions++;
      this.count("limit.maxUdpFlows");
      if (all[i].close(now))
        this.stats.udpUnknownFlows++;
      this.udpFlows.delete(all[i]);
    }
  }
  isNewConnection(conn, side, seq, synAck) {
    const known = conn.synSeq[side];
    if (conn.closed)
      return known !== seq;
    if (known !== -1)
      return known !== seq;
    return !synAck && conn.reassembler.sides[side].started;
  }
  openConnection(p) {
    if (this.connections.size >= this.limits.maxConnections)
      this.evictOldest(p.ts);
    const id = `${this.captureId}-${(this.connectionSeq++).toString(36)}`;
    const conn = new TcpConnection(id, [
      { ip: p.srcIp, port: p.srcPort },
      { ip: p.dstIp, port: p.dstPort }
    ], this, this.budget, p.ts);
    this.connections.add(conn);
    this.stats.tcpStreams++;
    return conn;
  }
  closeConnection(conn, ts) {
    if (conn.closed)
      return;
    conn.close(ts);
  }
  /** Close idle connections and forget closed ones that lingered long enough. */
  sweep(now) {
    this.nextSweep = now + Math.min(this.limits.idleTimeoutMs / 4, 1e3);
    for (const conn of this.connections.values()) {
      const idle = now - conn.lastTs;
      if (conn.closed) {
        if (idle > CLOSED_LINGER_MS)
          this.connections.delete(conn);
      } else if (idle > this.limits.idleTimeoutMs) {
        this.stats.idleEvictions++;
        conn.close(now);
        this.connections.delete(conn);
      }
    }
    for (const flow of this.udpFlows.values()) {
      if (now - flow.lastTs > this.udpLimits.idleTimeoutMs) {
        if (flow.close(now))
          this.stats.udpUnknownFlows++;
        this.udpFlows.delete(flow);
      }
    }
  }
  evictOldest(now) {
    const all = [...this.connections.values()].sort((x, y) => x.lastTs - y.lastTs);
    const n = Math.max(1, Math.floor(all.length / 10));
    for (let i = 0; i < n; i++) {
      const conn = all[i];
      if (!conn.closed) {
        this.stats.connectionEvictions++;
        this.count("limit.maxConnections");
        conn.close(now);
      }
      this.connections.delete(conn);
    }
  }
  /** End of input: every connection is closed and flushed. */
  finish() {
    for (const conn of this.connections.values())
      conn.close(this.lastTs);
    this.connections.clear();
    for (const flow of this.udpFlows.values())
      if (flow.close(this.lastTs))
        this.stats.udpUnknownFlows++;
    this.udpFlows.clear();
    this.syncBudgetStats();
  }
  /** Copy reassembly counters into the stats (cheap; call before reading stats). */
  syncBudgetStats() {
    const s = this.stats;
    s.retransmittedBytes = this.budget.retransmittedBytes;
    s.gaps = this.budget.gaps;
    s.gapBytes = this.budget.gapBytes;
    s.forcedGaps = this.budget.forcedGaps;
    return s;
  }
  get openConnections() {
    return this.connections.size;
  }
  get openUdpFlows() {
    return this.udpFlows.size;
  }
  get pendingBytes() {
    return this.budget.pendingBytes;
  }
  /** `count` bound once, for hooks that take a counter. */
  countEvent = (event, n) => this.count(event, n);
  count(event, n = 1) {
    const c = this.stats.counters;
    c[event] = (c[event] ?? 0) + n;
    if (event.includes(".error"))
      this.stats.parseErrors += n;
  }
  streamUnknown(_conn) {
    this.stats.unknownStreams++;
  }
  startSession(conn, dissector, handover) {
    const ctx = {
      connectionId: conn.id,
      transport: "tcp",
      client: conn.client,
      server: conn.server,
      limits: this.limits,
      decompress: this.options.decompress,
      emit: (partial) => this.emit(conn, partial),
      count: (event, n) => this.count(event, n),
      switchProtocol: (protocol, leftover, next) => conn.switchTo(protocol, leftover, next)
    };
    if (handover !== void 0)
      ctx.handover = handover;
    return new GuardedSession(dissector.createSession(ctx), dissector.name, (event) => this.count(event));
  }
  startUdpSession(flow, dissector) {
    const ctx = {
      connectionId: flow.id,
      transport: "udp",
      client: flow.client,
      server: flow.server,
      limits: this.limits,
      decompress: this.options.decompress,
      emit: (partial) => this.emit(flow, partial, "udp"),
      count: (event, n) => this.count(event, n)
    };
    return new GuardedSession(dissector.createSession(ctx), dissector.name, (event) => this.count(event));
  }
  /** `conn`: a TCP connection or a UDP flow (whose entries say `transport: 'udp'`). */
  emit(conn, partial, transport = "tcp") {
    for (const e of this.enrichers) {
      try {
        e.enrich(partial, this.countEvent);
      } catch {
        this.count(`enricher.${e.name}.error`);
      }
    }
    const stats = this.stats;
    stats.entries++;
    if (partial.response === null)
      stats.unpairedRequests++;
    if (partial.request === null)
      stats.unpairedResponses++;
    const entry = {
      schema: ENTRY_SCHEMA_VERSION,
      id: `${this.node}/${conn.id}-${(conn.entryCount++).toString(36)}`,
      node: this.node,
      timestamp: partial.timestamp,
      elapsedTime: partial.elapsedTime,
      protocol: partial.protocol,
      transport,
      src: this.peer(conn.client.ip, conn.client.port),
      dst: this.peer(conn.server.ip, conn.server.port),
      request: partial.request,
      response: partial.response,
      requestSize: partial.requestSize,
      responseSize: partial.responseSize
    };
    if (partial.anomalies && partial.anomalies.length > 0)
      entry.anomalies = partial.anomalies;
    const redact = this.options.redact;
    this.options.onEntry(redact === false ? entry : redactEntry(entry, redact));
  }
  peer(ip, port) {
    const names2 = this.options.namePeer?.(ip, port);
    return names2 ? { ip, port, ...names2 } : { ip, port };
  }
};

// packages/protocols/dist/capture/errors.js
var CaptureFormatError = class extends Error {
  offset;
  name = "CaptureFormatError";
  constructor(message, offset, options) {
    super(message, options);
    this.offset = offset;
  }
};

// packages/protocols/dist/capture/pcap.js
var FILE_HEADER = 24;
var RECORD_HEADER = 16;
var MAX_SNAPLEN = 262144;
var MAX_INCL_OVER_ORIG = 65536;
var PCAP_MAGIC_US = 2712847316;
var PCAP_MAGIC_NS = 2712812621;
var PcapParser = class {
  le;
  emit;
  format = "pcap";
  headerSize = FILE_HEADER;
  linkType = -1;
  snaplen = 0;
  fracToMs;
  constructor(le, nanoseconds, emit) {
    this.le = le;
    this.emit = emit;
    this.fracToMs = nanoseconds ? 1e-6 : 1e-3;
  }
  unitName() {
    return this.linkType < 0 ? "file" : "record";
  }
  unitSize(b, o, _avail, fileOffset) {
    if (this.linkType < 0)
      return FILE_HEADER;
    const incl = u32(b, o + 8, this.le);
    const orig = u32(b, o + 12, this.le);
    if (incl > Math.max(this.snaplen, MAX_SNAPLEN) || incl > orig + MAX_INCL_OVER_ORIG) {
      throw new CaptureFormatError(`bad record length ${incl} at byte offset ${fileOffset} (snaplen ${this.snaplen}, original length ${orig})`, fileOffset);
    }
    return RECORD_HEADER + incl;
  }
  unit(b, o, len, fileOffset) {
    const le = this.le;
    if (this.linkType < 0) {
      const major = u16(b, o + 4, le);
      if (major !== 2) {
        throw new CaptureFormatError(`unsupported pcap version ${major}.${u16(b, o + 6, le)} at byte offset ${fileOffset + 4}`, fileOffset + 4);
      }
      this.snaplen = u32(b, o + 16, le);
      this.linkType = u32(b, o + 20, le) & 65535;
      this.headerSize = RECORD_HEADER;
      return;
    }
    const incl = len - RECORD_HEADER;
    const orig = u32(b, o + 12, le);
    this.emit({
      ts: u32(b, o, le) * 1e3 + u32(b, o + 4, le) * this.fracToMs,
      linkType: this.linkType,
      data: b.subarray(o + RECORD_HEADER, o + len),
      wireLength: orig > incl ? orig : incl,
      fileOffset,
      interfaceId: 0
    });
  }
  truncated(b, o, avail, fileOffset) {
    if (this.linkType < 0)
      return `truncated file header: ${FILE_HEADER} bytes needed, file ends after ${avail}`;
    const incl = u32(b, o + 8, this.le);
    return `truncated record at byte offset ${fileOffset}: header announces ${incl} bytes, file ends after ${avail - RECORD_HEADER}`;
  }
};

// packages/protocols/dist/capture/pcapng.js
var PCAPNG_SHB = 168627466;
var IDB = 1;
var PB = 2;
var SPB = 3;
var EPB = 6;
var BYTE_ORDER_MAGIC = 439041101;
var OPT_END = 0;
var OPT_IF_TSRESOL = 9;
var OPT_IF_TSOFFSET = 14;
var MAX_BLOCK = 16 << 20;
var SHB_HEADER = 12;
var BLOCK_NAMES = { [PCAPNG_SHB]: "section header", [IDB]: "interface description", [PB]: "packet", [SPB]: "simple packet", [EPB]: "enhanced packet" };
var PcapngParser = class {
  emit;
  format = "pcapng";
  /** Type and length; a section header needs 4 more (its byte-order magic) before its length is read. */
  headerSize = 8;
  le = false;
  interfaces = [];
  lastTs = 0;
  constructor(emit) {
    this.emit = emit;
  }
  unitName() {
    return "block";
  }
  unitSize(b, o, avail, fileOffset) {
    if (u32be(b, o) === PCAPNG_SHB) {
      if (avail < SHB_HEADER)
        return SHB_HEADER;
      if (u32be(b, o + 8) === BYTE_ORDER_MAGIC)
        this.le = false;
      else if (u32le(b, o + 8) === BYTE_ORDER_MAGIC)
        this.le = true;
      else
        throw new CaptureFormatError(`bad byte-order magic ${hex32(u32be(b, o + 8))} in section header at byte offset ${fileOffset}`, fileOffset);
    }
    const type = u32(b, o, this.le);
    const len = u32(b, o + 4, this.le);
    const min = type === PCAPNG_SHB ? 28 : 12;
    if (len < min || len % 4 !== 0 || len > MAX_BLOCK) {
      throw new CaptureFormatError(`bad block length ${len} at byte offset ${fileOffset} (block type ${hex32(type)})`, fileOffset);
    }
    return len;
  }
  unit(b, o, len, fileOffset) {
    const le = this.le;
    const type = u32(b, o, le);
    const trailer = u32(b, o + len - 4, le);
    if (trailer !== len) {
      throw new CaptureFormatError(`block length mismatch at byte offset ${fileOffset}: header says ${len}, trailer says ${trailer}`, fileOffset);
    }
    switch (type) {
      case PCAPNG_SHB: {
        const major = u16(b, o + 12, le);
        if (major !== 1)
          throw new CaptureFormatError(`unsupported pcapng version ${major} at byte offset ${fileOffset}`, fileOffset);
        this.interfaces = [];
        return;
      }
      case IDB:
        return this.interfaceBlock(b, o, len, fileOffset);
      case EPB:
        return this.packetBlock(b, o, len, fileOffset, u32(b, o + 8, le));
      case PB:
        return this.packetBlock(b, o, len, fileOffset, u16(b, o + 8, le));
      case SPB:
        return this.simplePacketBlock(b, o, len, fileOffset);
      default:
        return;
    }
  }
  truncated(b, o, avail, fileOffset) {
    if (u32be(b, o) === PCAPNG_SHB && avail < SHB_HEADER) {
      return `truncated section header block at byte offset ${fileOffset}: ${SHB_HEADER} bytes needed, file ends after ${avail}`;
    }
    const type = u32(b, o, this.le);
    const name = BLOCK_NAMES[type] ?? `type ${hex32(type)}`;
    return `truncated ${name} block at byte offset ${fileOffset}: header announces ${u32(b, o + 4, this.le)} bytes, file ends after ${avail}`;
  }
  interfaceBlock(b, o, len, fileOffset) {
    if (len < 20)
      throw new CaptureFormatError(`interface description block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    let unitsPerSec = 1e6;
    let offsetMs = 0;
    const end2 = o + len - 4;
    for (let p = o + 16; p + 4 <= end2; ) {
      const code = u16(b, p, le);
      const optLen = u16(b, p + 2, le);
      const v = p + 4;
      if (code === OPT_END || v + optLen > end2)
        break;
      if (code === OPT_IF_TSRESOL && optLen >= 1) {
        const r = b[v];
        const exp = r & 127;
        const units = r & 128 ? 2 ** exp : 10 ** exp;
        if (Number.isFinite(units) && units > 0)
          unitsPerSec = units;
      } else if (code === OPT_IF_TSOFFSET && optLen >= 8) {
        const lo = u32(b, le ? v : v + 4, le);
        const hi = u32(b, le ? v + 4 : v, le) | 0;
        offsetMs = (hi * 4294967296 + lo) * 1e3;
      }
      p = v + (optLen + 3 & ~3);
    }
    const unitsPerMs = unitsPerSec / 1e3;
    this.interfaces.push({
      linkType: u16(b, o + 8, le),
      snaplen: u32(b, o + 12, le),
      msPerUnit: 1 / unitsPerMs,
      msPerHigh: 4294967296 / unitsPerMs,
      offsetMs
    });
  }
  iface(id, fileOffset) {
    const itf = this.interfaces[id];
    if (itf === void 0) {
      throw new CaptureFormatError(`packet for undefined interface ${id} at byte offset ${fileOffset} (${this.interfaces.length} defined)`, fileOffset);
    }
    return itf;
  }
  /** EPB and the obsolete PB share the layout from the timestamp on. */
  packetBlock(b, o, len, fileOffset, id) {
    if (len < 32)
      throw new CaptureFormatError(`packet block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    const itf = this.iface(id, fileOffset);
    const caplen = u32(b, o + 20, le);
    if (caplen > len - 32) {
      throw new CaptureFormatError(`bad record length ${caplen} at byte offset ${fileOffset} (block has room for ${len - 32})`, fileOffset);
    }
    const orig = u32(b, o + 24, le);
    const ts = u32(b, o + 12, le) * itf.msPerHigh + u32(b, o + 16, le) * itf.msPerUnit + itf.offsetMs;
    this.lastTs = ts;
    this.emit({
      ts,
      linkType: itf.linkType,
      data: b.subarray(o + 28, o + 28 + caplen),
      wireLength: orig > caplen ? orig : caplen,
      fileOffset,
      interfaceId: id
    });
  }
  /** SPB: no interface id (always 0), no timestamp (we repeat the last one seen), no caplen. */
  simplePacketBlock(b, o, len, fileOffset) {
    if (len < 16)
      throw new CaptureFormatError(`simple packet block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const itf = this.iface(0, fileOffset);
    const orig = u32(b, o + 8, this.le);
    let caplen = Math.min(orig, len - 16);
    if (itf.snaplen > 0 && itf.snaplen < caplen)
      caplen = itf.snaplen;
    this.emit({
      ts: this.lastTs,
      linkType: itf.linkType,
      data: b.subarray(o + 12, o + 12 + caplen),
      wireLength: orig > caplen ? orig : caplen,
      fileOffset,
      interfaceId: 0
    });
  }
};

// packages/protocols/dist/capture/reader.js
var MAGIC_BYTES = 4;
function byteSwap32(n) {
  return ((n & 255) << 24 | (n & 65280) << 8 | n >>> 8 & 65280 | n >>> 24) >>> 0;
}
function detect2(magic, sink) {
  if (magic === PCAPNG_SHB)
    return new PcapngParser(sink);
  if (magic === PCAP_MAGIC_US || magic === PCAP_MAGIC_NS)
    return new PcapParser(false, magic === PCAP_MAGIC_NS, sink);
  const swapped = byteSwap32(magic);
  if (swapped === PCAP_MAGIC_US || swapped === PCAP_MAGIC_NS)
    return new PcapParser(true, swapped === PCAP_MAGIC_NS, sink);
  throw new CaptureFormatError(`not a pcap or pcapng file (magic ${hex32(magic)})`, 0);
}
var CaptureReader = class {
  #onFrame;
  #parser = null;
  /** Bytes of the unit that spans chunks; reused across units. */
  #carry = new Uint8Array(0);
  #carryLen = 0;
  /** File offset of the next unit (= of the carried bytes when there are any). */
  #offset = 0;
  #error = null;
  #ended = false;
  #frames = 0;
  #bytesRead = 0;
  #sink = (frame) => {
    this.#frames++;
    this.#onFrame(frame);
  };
  constructor(onFrame) {
    this.#onFrame = onFrame;
  }
  get error() {
    return this.#error;
  }
  /** Frames delivered so far. */
  get frames() {
    return this.#frames;
  }
  /** Bytes pushed so far (including those of a record still incomplete). */
  get bytesRead() {
    return this.#bytesRead;
  }
  get format() {
    return this.#parser?.format ?? null;
  }
  push(chunk) {
    if (this.#error !== null || this.#ended)
      return;
    this.#bytesRead += chunk.length;
    try {
      this.#push(chunk);
    } catch (e) {
      if (!(e instanceof CaptureFormatError))
        throw e;
      this.#fail(e);
    }
  }
  /** End of file: bytes of an unfinished record become an error. */
  end() {
    if (this.#error !== null || this.#ended)
      return;
    this.#ended = true;
    const p = this.#parser;
    const have = this.#carryLen;
    const at = this.#offset;
    if (p === null) {
      this.#fail(new CaptureFormatError(have === 0 ? "empty file: not a pcap or pcapng file" : `truncated file: ${have} bytes, too short for a capture file header`, 0));
    } else if (have > 0) {
      const msg = have < p.headerSize ? `truncated ${p.unitName()} header at byte offset ${at}: ${p.headerSize} bytes needed, file ends after ${have}` : p.truncated(this.#carry, 0, have, at);
      this.#fail(new CaptureFormatError(msg, at));
    }
  }
  #fail(e) {
    this.#error = e;
    this.#carryLen = 0;
    this.#carry = new Uint8Array(0);
  }
  /** Bytes the unit at `b[o]` needs, given `avail` of them; detects the format on the first call. */
  #need(b, o, avail) {
    let p = this.#parser;
    if (p === null) {
      if (avail < MAGIC_BYTES)
        return MAGIC_BYTES;
      p = this.#parser = detect2(u32be(b, o), this.#sink);
    }
    if (avail < p.headerSize)
      return p.headerSize;
    return p.unitSize(b, o, avail, this.#offset);
  }
  #push(chunk) {
    let pos = 0;
    const end2 = chunk.length;
    if (this.#carryLen > 0) {
      let need = this.#need(this.#carry, 0, this.#carryLen);
      while (this.#carryLen < need) {
        const take = Math.min(need - this.#carryLen, end2 - pos);
        this.#append(chunk, pos, take);
        pos += take;
        if (this.#carryLen < need)
          return;
        need = this.#need(this.#carry, 0, this.#carryLen);
      }
      this.#parser.unit(this.#carry, 0, need, this.#offset);
      this.#offset += need;
      this.#carryLen = 0;
    }
    while (pos < end2) {
      const avail = end2 - pos;
      const need = this.#need(chunk, pos, avail);
      if (avail < need)
        break;
      this.#parser.unit(chunk, pos, need, this.#offset);
      this.#offset += need;
      pos += need;
    }
    if (pos < end2)
      this.#append(chunk, pos, end2 - pos);
  }
  #append(chunk, pos, n) {
    const want = this.#carryLen + n;
    if (want > this.#carry.length) {
      const grown = new Uint8Array(Math.max(want, this.#carry.length * 2, 4096));
      grown.set(this.#carry.subarray(0, this.#carryLen));
      this.#carry = grown;
    }
    this.#carry.set(chunk.subarray(pos, pos + n), this.#carryLen);
    this.#carryLen = want;
  }
};

// packages/protocols/dist/net/fragments.js
var MAX_FRAGMENTS_PER_DATAGRAM = 1024;
var MAX_DATAGRAM = 65535;
var MAX_STORED_BYTES = 2 * MAX_DATAGRAM;
var FragmentTable = class {
  limits;
  count;
  table = /* @__PURE__ */ new Map();
  nextExpiry = Infinity;
  seq = 0;
  /** Next header of the datagram `add` just completed. */
  nextHeader = 0;
  constructor(limits, count2) {
    this.limits = limits;
    this.count = count2;
  }
  get size() {
    return this.table.size;
  }
  /** Drops datagrams older than the timeout. Cheap when nothing is due. */
  expire(now) {
    if (now <= this.nextExpiry)
      return;
    this.nextExpiry = Infinity;
    for (const [key, dg] of this.table) {
      if (dg.created + this.limits.fragmentTimeoutMs >= now) {
        this.nextExpiry = dg.created + this.limits.fragmentTimeoutMs;
        return;
      }
      this.table.delete(key);
      this.count("ip.fragment_timeout");
    }
  }
  /**
   * Adds the fragment `data` at payload `offset`; `last` when MF is clear. Returns the whole
   * payload when this fragment completes its datagram, else null.
   */
  add(key, now, offset, data, last, nextHeader) {
    this.count("ip.fragments");
    const end2 = offset + data.length;
    if (end2 > MAX_DATAGRAM || data.length === 0 && !last) {
      this.count("ip.fragment_malformed");
      return null;
    }
    let dg = this.table.get(key);
    if (dg === void 0) {
      if (this.table.size >= this.limits.maxFragmentedDatagrams)
        this.evictOldest();
      if (this.limits.maxFragmentedDatagrams <= 0)
        return null;
      dg = { created: now, pieces: [], total: -1, stored: 0, nextHeader };
      this.table.set(key, dg);
      if (this.nextExpiry === Infinity)
        this.nextExpiry = now + this.limits.fragmentTimeoutMs;
    }
    if (offset === 0)
      dg.nextHeader = nextHeader;
    if (last) {
      if (dg.total >= 0 && dg.total !== end2 || end2 < this.maxEnd(dg))
        return this.drop(key);
      dg.total = end2;
    } else if (dg.total >= 0 && end2 > dg.total) {
      return this.drop(key);
    }
    if (dg.pieces.length >= MAX_FRAGMENTS_PER_DATAGRAM || dg.stored + data.length > MAX_STORED_BYTES)
      return this.drop(key);
    this.insert(dg, offset, data);
    if (dg.total < 0 || !this.covered(dg))
      return null;
    this.table.delete(key);
    this.nextHeader = dg.nextHeader;
    this.count("ip.reassembled");
    return this.assemble(dg);
  }
  evictOldest() {
    const oldest = this.table.keys().next();
    if (oldest.done)
      return;
    this.table.delete(oldest.value);
    this.count("limit.maxFragmentedDatagrams");
  }
  drop(key) {
    this.table.delete(key);
    this.count("ip.fragment_malformed");
    return null;
  }
  maxEnd(dg) {
    let max = 0;
    for (const p of dg.pieces)
      max = Math.max(max, p.offset + p.bytes.length);
    return max;
  }
  insert(dg, offset, data) {
    const pieces = dg.pieces;
    const end2 = offset + data.length;
    let at = pieces.length;
    while (at > 0 && pieces[at - 1].offset > offset)
      at--;
    const before = pieces[at - 1];
    const after = pieces[at];
    if (before !== void 0 && before.offset + before.bytes.length > offset || after !== void 0 && after.offset < end2) {
      this.count("ip.fragment_overlap");
    }
    pieces.splice(at, 0, { offset, bytes: data.slice(), seq: this.seq++ });
    dg.stored += data.length;
  }
  covered(dg) {
    let reach = 0;
    for (const p of dg.pieces) {
      if (p.offset > reach)
        return false;
      reach = Math.max(reach, p.offset + p.bytes.length);
    }
    return reach >= dg.total;
  }
  assemble(dg) {
    const out = new Uint8Array(dg.total);
    const byArrival = dg.pieces.slice().sort((a, b) => b.seq - a.seq);
    for (const p of byArrival)
      out.set(p.bytes, p.offset);
    return out;
  }
};

// packages/protocols/dist/net/context.js
var IPPROTO_TCP = 6;
var IPPROTO_UDP = 17;

// packages/protocols/dist/net/transport.js
function decodeTransport(ctx, ts, ipVersion, srcIp, dstIp, proto, buf, start, capEnd, wireLength) {
  const captured = capEnd - start;
  if (proto === IPPROTO_TCP) {
    if (wireLength < 20)
      return fail(ctx, "tcp.malformed");
    if (captured < 20)
      return fail(ctx, "tcp.truncated_header");
    const headerLength = (buf[start + 12] >> 4) * 4;
    if (headerLength < 20 || headerLength > wireLength)
      return fail(ctx, "tcp.malformed");
    if (headerLength > captured)
      return fail(ctx, "tcp.truncated_header");
    return {
      ts,
      ipVersion,
      srcIp,
      dstIp,
      transport: "tcp",
      srcPort: u16be(buf, start),
      dstPort: u16be(buf, start + 2),
      seq: u32be(buf, start + 4),
      ack: u32be(buf, start + 8),
      flags: buf[start + 13],
      payload: buf.subarray(start + headerLength, capEnd),
      payloadWireLength: wireLength - headerLength
    };
  }
  if (wireLength < 8)
    return fail(ctx, "udp.malformed");
  if (captured < 8)
    return fail(ctx, "udp.truncated_header");
  const udpLength = u16be(buf, start + 4);
  let length = wireLength;
  if (udpLength < 8 || udpLength > wireLength)
    ctx.count("udp.malformed");
  else
    length = udpLength;
  const end2 = start + length < capEnd ? start + length : capEnd;
  return {
    ts,
    ipVersion,
    srcIp,
    dstIp,
    transport: "udp",
    srcPort: u16be(buf, start),
    dstPort: u16be(buf, start + 2),
    seq: 0,
    ack: 0,
    flags: 0,
    payload: buf.subarray(start + 8, end2),
    payloadWireLength: length - 8
  };
}
function fail(ctx, name) {
  ctx.count(name);
  return null;
}

// packages/protocols/dist/net/ipv4.js
var MORE_FRAGMENTS = 8192;
var OFFSET_MASK = 8191;
function decodeIPv4(ctx, ts, d, o) {
  const captured = d.length - o;
  if (captured < 20)
    return fail2(ctx, captured > 0 && d[o] >> 4 === 4 ? "truncated" : "ip.malformed");
  const vihl = d[o];
  const headerLength = (vihl & 15) * 4;
  if (vihl >> 4 !== 4 || headerLength < 20)
    return fail2(ctx, "ip.malformed");
  if (headerLength > captured)
    return fail2(ctx, "truncated");
  let total = u16be(d, o + 2);
  if (total === 0) {
    ctx.count("ip.tso_zero_length");
    total = captured;
  }
  if (total < headerLength)
    return fail2(ctx, "ip.malformed");
  const proto = d[o + 9];
  if (proto !== IPPROTO_TCP && proto !== IPPROTO_UDP)
    return fail2(ctx, "ip.proto.other");
  const src = ctx.addresses.v4(d, o + 12);
  const dst = ctx.addresses.v4(d, o + 16);
  const frag = u16be(d, o + 6);
  if ((frag & (MORE_FRAGMENTS | OFFSET_MASK)) !== 0) {
    if (total > captured)
      return fail2(ctx, "ip.fragment_truncated");
    const key = src + ">" + dst + "/" + proto + "/" + u16be(d, o + 4);
    const offset = (frag & OFFSET_MASK) * 8;
    const whole = ctx.fragments.add(key, ts, offset, d.subarray(o + headerLength, o + total), (frag & MORE_FRAGMENTS) === 0, proto);
    if (whole === null)
      return null;
    return decodeTransport(ctx, ts, 4, src, dst, proto, whole, 0, whole.length, whole.length);
  }
  let end2 = o + total;
  if (total > captured) {
    ctx.count("truncated");
    end2 = d.length;
  }
  return decodeTransport(ctx, ts, 4, src, dst, proto, d, o + headerLength, end2, total - headerLength);
}
function fail2(ctx, name) {
  ctx.count(name);
  return null;
}

// packages/protocols/dist/net/ipv6.js
var HOP_BY_HOP = 0;
var ROUTING = 43;
var FRAGMENT = 44;
var ESP = 50;
var AH = 51;
var NO_NEXT_HEADER = 59;
var DEST_OPTIONS = 60;
var MAX_EXTENSION_HEADERS = 16;
function decodeIPv6(ctx, ts, d, o) {
  const captured = d.length - o;
  if (captured < 40)
    return fail3(ctx, captured > 0 && d[o] >> 4 === 6 ? "truncated" : "ip.malformed");
  if (d[o] >> 4 !== 6)
    return fail3(ctx, "ip.malformed");
  let payloadLength = u16be(d, o + 4);
  if (payloadLength === 0) {
    ctx.count("ip.tso_zero_length");
    payloadLength = captured - 40;
  }
  const wireEnd = o + 40 + payloadLength;
  let capEnd = wireEnd;
  if (wireEnd > d.length) {
    ctx.count("truncated");
    capEnd = d.length;
  }
  const src = ctx.addresses.v6(d, o + 8);
  const dst = ctx.addresses.v6(d, o + 24);
  return walk(ctx, ts, src, dst, d, o + 40, capEnd, wireEnd, d[o + 6], true);
}
function walk(ctx, ts, src, dst, buf, p, capEnd, wireEnd, next, fragmentsAllowed) {
  for (let n = 0; n < MAX_EXTENSION_HEADERS; n++) {
    switch (next) {
      case IPPROTO_TCP:
      case IPPROTO_UDP:
        return decodeTransport(ctx, ts, 6, src, dst, next, buf, p, capEnd, wireEnd - p);
      case HOP_BY_HOP:
      case ROUTING:
      case DEST_OPTIONS:
      case AH: {
        if (p + 2 > wireEnd)
          return fail3(ctx, "ip.malformed");
        if (p + 2 > capEnd)
          return fail3(ctx, "ipv6.truncated_header");
        const length = next === AH ? (buf[p + 1] + 2) * 4 : (buf[p + 1] + 1) * 8;
        next = buf[p];
        p += length;
        if (p > wireEnd)
          return fail3(ctx, "ip.malformed");
        if (p > capEnd)
          return fail3(ctx, "ipv6.truncated_header");
        continue;
      }
      case FRAGMENT: {
        if (!fragmentsAllowed || p + 8 > wireEnd)
          return fail3(ctx, "ip.malformed");
        if (p + 8 > capEnd || capEnd < wireEnd)
          return fail3(ctx, "ip.fragment_truncated");
        const field = u16be(buf, p + 2);
        const offset = field & 65528;
        const more = (field & 1) !== 0;
        next = buf[p];
        p += 8;
        if (offset === 0 && !more)
          continue;
        const key = src + ">" + dst + "/" + u32be(buf, p - 4);
        const whole = ctx.fragments.add(key, ts, offset, buf.subarray(p, wireEnd), !more, next);
        if (whole === null)
          return null;
        return walk(ctx, ts, src, dst, whole, 0, whole.length, whole.length, ctx.fragments.nextHeader, false);
      }
      case ESP:
        return fail3(ctx, "ipv6.esp");
      case NO_NEXT_HEADER:
        return fail3(ctx, "ipv6.no_next_header");
      default:
        return fail3(ctx, "ip.proto.other");
    }
  }
  return fail3(ctx, "ip.malformed");
}
function fail3(ctx, name) {
  ctx.count(name);
  return null;
}

// packages/protocols/dist/link/types.js
var ETHERTYPE_IPV4 = 2048;
var ETHERTYPE_IPV6 = 34525;
var DLT = {
  NULL: 0,
  EN10MB: 1,
  FDDI: 10,
  RAW_12: 12,
  RAW_14: 14,
  RAW: 101,
  IEEE802_11: 105,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276
};
function ipAt(etherType, offset, out) {
  if (etherType !== ETHERTYPE_IPV4 && etherType !== ETHERTYPE_IPV6)
    return "ethertype.other";
  out.etherType = etherType;
  out.offset = offset;
  return null;
}

// packages/protocols/dist/link/llc.js
var SAP_SNAP = 170;
var SAP_IP = 6;
var LLC_UI = 3;
var MIN_ETHERTYPE = 1536;
function decodeLlc(d, p, out) {
  if (p + 3 > d.length)
    return "link.truncated";
  const dsap = d[p];
  const ssap = d[p + 1];
  if (dsap === SAP_SNAP && ssap === SAP_SNAP && d[p + 2] === LLC_UI) {
    if (p + 8 > d.length)
      return "link.truncated";
    const type = u16be(d, p + 6);
    if (type < MIN_ETHERTYPE)
      return "llc.other";
    return decodeEtherType(d, type, p + 8, out);
  }
  if (dsap === SAP_IP && ssap === SAP_IP && d[p + 2] === LLC_UI)
    return ipAt(ETHERTYPE_IPV4, p + 3, out);
  return "llc.other";
}

// packages/protocols/dist/link/ethertype.js
var VLAN = 33024;
var QINQ = 34984;
var QINQ_OLD = 37120;
var MAX_TAGS = 8;
var MAX_8023_LENGTH = 1500;
function decodeEtherType(d, type, p, out) {
  for (let tags2 = 0; type === VLAN || type === QINQ || type === QINQ_OLD; tags2++) {
    if (tags2 === MAX_TAGS)
      return "vlan.too_many_tags";
    if (p + 4 > d.length)
      return "link.truncated";
    type = u16be(d, p + 2);
    p += 4;
  }
  if (type <= MAX_8023_LENGTH)
    return decodeLlc(d, p, out);
  return ipAt(type, p, out);
}

// packages/protocols/dist/link/ethernet.js
function decodeEthernet(d, out) {
  if (d.length < 14)
    return "link.truncated";
  return decodeEtherType(d, u16be(d, 12), 14, out);
}

// packages/protocols/dist/link/fddi.js
function decodeFddi(d, out) {
  if (d.length < 13)
    return "link.truncated";
  return decodeLlc(d, 13, out);
}

// packages/protocols/dist/link/null.js
var AF_INET = 2;
var AF_INET6_LINUX = 10;
var AF_INET6_BSD = 24;
var AF_INET6_FREEBSD = 28;
var AF_INET6_DARWIN = 30;
function fromFamily(af, out) {
  if (af === AF_INET)
    out.etherType = ETHERTYPE_IPV4;
  else if (af === AF_INET6_LINUX || af === AF_INET6_BSD || af === AF_INET6_FREEBSD || af === AF_INET6_DARWIN)
    out.etherType = ETHERTYPE_IPV6;
  else
    return "link.null.family_other";
  out.offset = 4;
  return null;
}
function decodeNull(d, out) {
  if (d.length < 4)
    return "link.truncated";
  if (d[0] === 0 && d[1] === 0)
    return fromFamily(d[2] << 8 | d[3], out);
  if (d[2] === 0 && d[3] === 0)
    return fromFamily(d[0] | d[1] << 8, out);
  return "link.null.family_other";
}
function decodeLoop(d, out) {
  if (d.length < 4)
    return "link.truncated";
  if (d[0] !== 0 || d[1] !== 0)
    return "link.null.family_other";
  return fromFamily(d[2] << 8 | d[3], out);
}

// packages/protocols/dist/link/raw.js
function decodeRaw(d, out) {
  if (d.length < 1)
    return "link.truncated";
  const version = d[0] >> 4;
  if (version === 4)
    out.etherType = ETHERTYPE_IPV4;
  else if (version === 6)
    out.etherType = ETHERTYPE_IPV6;
  else
    return "ip.malformed";
  out.offset = 0;
  return null;
}

// packages/protocols/dist/link/sll.js
var LINUX_P_802_2 = 4;
var MIN_ETHERTYPE2 = 1536;
function decodeProtocol(d, proto, payload, out) {
  if (proto === LINUX_P_802_2)
    return decodeLlc(d, payload, out);
  if (proto < MIN_ETHERTYPE2)
    return "ethertype.other";
  return decodeEtherType(d, proto, payload, out);
}
function decodeSll(d, out) {
  if (d.length < 16)
    return "link.truncated";
  return decodeProtocol(d, u16be(d, 14), 16, out);
}
function decodeSll2(d, out) {
  if (d.length < 20)
    return "link.truncated";
  return decodeProtocol(d, u16be(d, 0), 20, out);
}

// packages/protocols/dist/link/decode-link.js
function linkDecoder(linkType) {
  switch (linkType) {
    case DLT.EN10MB:
      return decodeEthernet;
    case DLT.NULL:
      return decodeNull;
    case DLT.LOOP:
      return decodeLoop;
    case DLT.LINUX_SLL:
      return decodeSll;
    case DLT.LINUX_SLL2:
      return decodeSll2;
    case DLT.RAW:
    case DLT.RAW_12:
    case DLT.RAW_14:
    case DLT.IPV4:
    case DLT.IPV6:
      return decodeRaw;
    case DLT.FDDI:
      return decodeFddi;
    default:
      return null;
  }
}

// packages/protocols/dist/link/decode.js
var PacketDecoder = class {
  /** Why frames yielded no packet (`link.unsupported.<dlt>`, `ethertype.other`, `ip.malformed`, …) and other events. */
  counters = {};
  fragments;
  addresses = new AddressCache();
  link = { etherType: 0, offset: 0 };
  lastLinkType = -1;
  lastDecoder = null;
  constructor(limits) {
    this.fragments = new FragmentTable(limits, (name) => this.count(name));
  }
  count(name) {
    this.counters[name] = (this.counters[name] ?? 0) + 1;
  }
  decode(frame) {
    if (frame.linkType !== this.lastLinkType) {
      this.lastLinkType = frame.linkType;
      this.lastDecoder = linkDecoder(frame.linkType);
    }
    const decodeLink = this.lastDecoder;
    if (decodeLink === null) {
      this.count("link.unsupported." + frame.linkType);
      return null;
    }
    if (this.fragments.size > 0)
      this.fragments.expire(frame.ts);
    const d = frame.data;
    const link = this.link;
    const problem = decodeLink(d, link);
    if (problem !== null) {
      this.count(problem);
      return null;
    }
    return link.etherType === ETHERTYPE_IPV4 ? decodeIPv4(this, frame.ts, d, link.offset) : decodeIPv6(this, frame.ts, d, link.offset);
  }
};

// packages/protocols/dist/engine/pipeline.js
var CapturePipeline = class {
  engine;
  decoder;
  reader;
  constructor(options) {
    this.engine = new Engine(options);
    this.decoder = new PacketDecoder(this.engine.limits);
    this.reader = this.newReader();
  }
  newReader() {
    return new CaptureReader(this.plainFrame);
  }
  /** One captured frame (also the entry point for live capture). */
  frame(frame) {
    if (!isPlain(frame.data))
      frame = { ...frame, data: plain(frame.data) };
    this.plainFrame(frame);
  }
  /**
   * A frame whose data is already a plain Uint8Array: every frame the reader hands out views a
   * chunk `push` made plain (or the reader's own buffer), so the check is made once per chunk,
   * not once per packet.
   */
  plainFrame = (frame) => {
    this.engine.stats.bytes += frame.wireLength;
    const packet = this.decoder.decode(frame);
    if (packet)
      this.engine.packet(packet);
    else
      this.engine.otherPacket();
  };
  push(chunk) {
    this.reader.push(isPlain(chunk) ? chunk : plain(chunk));
  }
  /**
   * End of the current file: returns its format error, if any (every entry before the error has
   * been kept). The pipeline is ready for the next file.
   */
  endFile() {
    this.reader.end();
    const error = this.reader.error;
    this.reader = this.newReader();
    return error;
  }
  /** End of all input: flush every connection. */
  finish() {
    this.engine.finish();
    const stats = this.engine.syncBudgetStats();
    for (const [name, n] of Object.entries(this.decoder.counters)) {
      stats.counters[name] = (stats.counters[name] ?? 0) + n;
    }
    return stats;
  }
};
function isPlain(bytes) {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype;
}
function plain(bytes) {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// packages/protocols/dist/amqp/limits.js
var AMQP_LIMITS = {
  /** Largest method or content-header frame buffered whole; a larger one means framing is lost. */
  maxMethodFrameBytes: 1 << 20,
  /** Channels with state (pending methods, content in progress) per connection. */
  maxChannels: 2048,
  /** Synchronous methods waiting for their reply per channel and direction. */
  maxPendingPerChannel: 64,
  /** Body bytes kept across every message in progress on one connection (each is also under maxBodyBytes). */
  maxKeptBodyBytesPerConnection: 8 << 20,
  /** Nesting of field tables and arrays decoded; deeper values read as null. */
  maxTableDepth: 16,
  /** Values decoded per field table or array; the rest are skipped (framing stays intact). */
  maxTableEntries: 4096,
  /** Bytes scanned for the next frame start after a gap before the direction gives up for this feed. */
  maxResyncScanBytes: 64 << 10
};

// packages/protocols/dist/amqp/table.js
var text = new TextDecoder("utf-8");
var AmqpDecodeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "AmqpDecodeError";
  }
};
var Reader = class {
  b;
  o;
  end;
  constructor(b, o, end2) {
    this.b = b;
    this.o = o;
    this.end = end2;
  }
  need(n) {
    if (this.o + n > this.end)
      throw new AmqpDecodeError(`need ${n} bytes at ${this.o}, frame ends at ${this.end}`);
  }
  u8() {
    this.need(1);
    return this.b[this.o++];
  }
  u16() {
    this.need(2);
    const v = this.b[this.o] << 8 | this.b[this.o + 1];
    this.o += 2;
    return v;
  }
  u32() {
    this.need(4);
    const b = this.b;
    const o = this.o;
    this.o += 4;
    return (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
  }
  u64() {
    const hi = this.u32();
    const lo = this.u32();
    const v = BigInt(hi) * 4294967296n + BigInt(lo);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  i64() {
    const hi = this.u32();
    const lo = this.u32();
    const v = BigInt.asIntN(64, BigInt(hi) << 32n | BigInt(lo));
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  bytes(n) {
    this.need(n);
    const v = this.b.subarray(this.o, this.o + n);
    this.o += n;
    return v;
  }
  shortstr() {
    return text.decode(this.bytes(this.u8()));
  }
  longstr() {
    return this.bytes(this.u32());
  }
  view() {
    return new DataView(this.b.buffer, this.b.byteOffset, this.b.byteLength);
  }
};
function put(t, key, value2) {
  Object.defineProperty(t, key, { value: value2, enumerable: true, writable: true, configurable: true });
}
function readTable(r, depth = 0) {
  const size2 = r.u32();
  r.need(size2);
  const end2 = r.o + size2;
  const inner = new Reader(r.b, r.o, end2);
  const out = {};
  let n = 0;
  while (inner.o < end2) {
    const key = inner.shortstr();
    const value2 = readValue(inner, depth + 1);
    if (n++ < AMQP_LIMITS.maxTableEntries)
      put(out, key, value2);
  }
  r.o = end2;
  return out;
}
function readArray(r, depth) {
  const size2 = r.u32();
  r.need(size2);
  const end2 = r.o + size2;
  const inner = new Reader(r.b, r.o, end2);
  const out = [];
  while (inner.o < end2) {
    const v = readValue(inner, depth + 1);
    if (out.length < AMQP_LIMITS.maxTableEntries)
      out.push(v);
  }
  r.o = end2;
  return out;
}
function readValue(r, depth) {
  const tag = r.u8();
  if ((tag === 70 || tag === 65) && depth > AMQP_LIMITS.maxTableDepth) {
    r.bytes(r.u32());
    return null;
  }
  switch (tag) {
    case 116:
      return r.u8() !== 0;
    case 98:
      return r.u8() << 24 >> 24;
    case 66:
      return r.u8();
    case 115:
    // s (RabbitMQ) / U (spec): signed 16
    case 85:
      return r.u16() << 16 >> 16;
    case 117:
      return r.u16();
    case 73:
      return r.u32() | 0;
    case 105:
      return r.u32();
    case 108:
      return r.i64();
    case 76:
      return r.u64();
    case 102: {
      r.need(4);
      const v = r.view().getFloat32(r.o);
      r.o += 4;
      return finite(v);
    }
    case 100: {
      r.need(8);
      const v = r.view().getFloat64(r.o);
      r.o += 8;
      return finite(v);
    }
    case 68: {
      const scale = r.u8();
      const v = r.u32() | 0;
      return { decimal: v / 10 ** scale };
    }
    case 83:
      return text.decode(r.longstr());
    case 120:
      return encodeBase64(r.longstr());
    case 65:
      return readArray(r, depth);
    case 84:
      return r.u64();
    case 70:
      return readTable(r, depth);
    case 86:
      return null;
    default:
      throw new AmqpDecodeError(`unknown field type 0x${tag.toString(16)}`);
  }
}
function finite(v) {
  return Number.isFinite(v) ? v : String(v);
}

// packages/protocols/dist/amqp/methods.js
var CLASSES = { 10: "connection", 20: "channel", 40: "exchange", 50: "queue", 60: "basic", 85: "confirm", 90: "tx" };
var CLOSE = ["replyCode:s", "replyText:S", "classId:s", "methodId:s"];
var BIND = ["_r:s", "destination:S", "source:S", "routingKey:S", "noWait:b", "arguments:T"];
var ROWS = [
  [10, 10, "start", ["versionMajor:o", "versionMinor:o", "serverProperties:T", "mechanisms:X", "locales:X"], ["start-ok"], "server"],
  [10, 11, "start-ok", ["clientProperties:T", "mechanism:S", "response:X", "locale:S"], [], "client"],
  [10, 20, "secure", ["challenge:X"], ["secure-ok"], "server"],
  [10, 21, "secure-ok", ["response:X"], [], "client"],
  [10, 30, "tune", ["channelMax:s", "frameMax:l", "heartbeat:s"], ["tune-ok"], "server"],
  [10, 31, "tune-ok", ["channelMax:s", "frameMax:l", "heartbeat:s"], [], "client"],
  [10, 40, "open", ["virtualHost:S", "_r:S", "_r:b"], ["open-ok"], "client"],
  [10, 41, "open-ok", ["_r:S"], [], "server"],
  [10, 50, "close", CLOSE, ["close-ok"], "both"],
  [10, 51, "close-ok", [], [], "both"],
  [10, 60, "blocked", ["reason:S"], [], "server"],
  [10, 61, "unblocked", [], [], "server"],
  [10, 70, "update-secret", ["newSecret:X", "reason:S"], ["update-secret-ok"], "client"],
  [10, 71, "update-secret-ok", [], [], "server"],
  [20, 10, "open", ["_r:S"], ["open-ok"], "client"],
  [20, 11, "open-ok", ["_r:X"], [], "server"],
  [20, 20, "flow", ["active:b"], ["flow-ok"], "both"],
  [20, 21, "flow-ok", ["active:b"], [], "both"],
  [20, 40, "close", CLOSE, ["close-ok"], "both"],
  [20, 41, "close-ok", [], [], "both"],
  [40, 10, "declare", ["_r:s", "exchange:S", "type:S", "passive:b", "durable:b", "autoDelete:b", "internal:b", "noWait:b", "arguments:T"], ["declare-ok"], "client"],
  [40, 11, "declare-ok", [], [], "server"],
  [40, 20, "delete", ["_r:s", "exchange:S", "ifUnused:b", "noWait:b"], ["delete-ok"], "client"],
  [40, 21, "delete-ok", [], [], "server"],
  [40, 30, "bind", BIND, ["bind-ok"], "client"],
  [40, 31, "bind-ok", [], [], "server"],
  [40, 40, "unbind", BIND, ["unbind-ok"], "client"],
  [40, 51, "unbind-ok", [], [], "server"],
  [50, 10, "declare", ["_r:s", "queue:S", "passive:b", "durable:b", "exclusive:b", "autoDelete:b", "noWait:b", "arguments:T"], ["declare-ok"], "client"],
  [50, 11, "declare-ok", ["queue:S", "messageCount:l", "consumerCount:l"], [], "server"],
  [50, 20, "bind", ["_r:s", "queue:S", "exchange:S", "routingKey:S", "noWait:b", "arguments:T"], ["bind-ok"], "client"],
  [50, 21, "bind-ok", [], [], "server"],
  [50, 30, "purge", ["_r:s", "queue:S", "noWait:b"], ["purge-ok"], "client"],
  [50, 31, "purge-ok", ["messageCount:l"], [], "server"],
  [50, 40, "delete", ["_r:s", "queue:S", "ifUnused:b", "ifEmpty:b", "noWait:b"], ["delete-ok"], "client"],
  [50, 41, "delete-ok", ["messageCount:l"], [], "server"],
  [50, 50, "unbind", ["_r:s", "queue:S", "exchange:S", "routingKey:S", "arguments:T"], ["unbind-ok"], "client"],
  [50, 51, "unbind-ok", [], [], "server"],
  [60, 10, "qos", ["prefetchSize:l", "prefetchCount:s", "global:b"], ["qos-ok"], "client"],
  [60, 11, "qos-ok", [], [], "server"],
  [60, 20, "consume", ["_r:s", "queue:S", "consumerTag:S", "noLocal:b", "noAck:b", "exclusive:b", "noWait:b", "arguments:T"], ["consume-ok"], "client"],
  [60, 21, "consume-ok", ["consumerTag:S"], [], "server"],
  // A server-sent cancel (consumer cancel notification) is asynchronous: see pair.ts.
  [60, 30, "cancel", ["consumerTag:S", "noWait:b"], ["cancel-ok"], "both"],
  [60, 31, "cancel-ok", ["consumerTag:S"], [], "both"],
  [60, 40, "publish", ["_r:s", "exchange:S", "routingKey:S", "mandatory:b", "immediate:b"], [], "client", true],
  [60, 50, "return", ["replyCode:s", "replyText:S", "exchange:S", "routingKey:S"], [], "server", true],
  [60, 60, "deliver", ["consumerTag:S", "deliveryTag:L", "redelivered:b", "exchange:S", "routingKey:S"], [], "server", true],
  [60, 70, "get", ["_r:s", "queue:S", "noAck:b"], ["get-ok", "get-empty"], "client"],
  [60, 71, "get-ok", ["deliveryTag:L", "redelivered:b", "exchange:S", "routingKey:S", "messageCount:l"], [], "server", true],
  [60, 72, "get-empty", ["_r:S"], [], "server"],
  [60, 80, "ack", ["deliveryTag:L", "multiple:b"], [], "both"],
  [60, 90, "reject", ["deliveryTag:L", "requeue:b"], [], "client"],
  [60, 100, "recover-async", ["requeue:b"], [], "client"],
  [60, 110, "recover", ["requeue:b"], ["recover-ok"], "client"],
  [60, 111, "recover-ok", [], [], "server"],
  [60, 120, "nack", ["deliveryTag:L", "multiple:b", "requeue:b"], [], "both"],
  [85, 10, "select", ["noWait:b"], ["select-ok"], "client"],
  [85, 11, "select-ok", [], [], "server"],
  [90, 10, "select", [], ["select-ok"], "client"],
  [90, 11, "select-ok", [], [], "server"],
  [90, 20, "commit", [], ["commit-ok"], "client"],
  [90, 21, "commit-ok", [], [], "server"],
  [90, 30, "rollback", [], ["rollback-ok"], "client"],
  [90, 31, "rollback-ok", [], [], "server"]
];
var BY_ID = /* @__PURE__ */ new Map();
for (const [c, m, name, args, replies, sender, content2] of ROWS) {
  const cls = CLASSES[c];
  BY_ID.set(c * 65536 + m, { classId: c, methodId: m, name: `${cls}.${name}`, args, replies: replies.map((r) => `${cls}.${r}`), content: content2 === true, sender });
}
function methodSpec(classId, methodId) {
  return BY_ID.get(classId * 65536 + methodId);
}
function decodeArgs(spec, b, o, end2, strict) {
  const r = new Reader(b, o, end2);
  const out = {};
  let bits = 0;
  let bit = 8;
  for (const a of spec.args) {
    const colon = a.indexOf(":");
    const name = a.slice(0, colon);
    const type = a.slice(colon + 1);
    if (type !== "b")
      bit = 8;
    let v;
    switch (type) {
      case "b":
        if (bit === 8) {
          bits = r.u8();
          bit = 0;
        }
        v = (bits >> bit++ & 1) === 1;
        break;
      case "o":
        v = r.u8();
        break;
      case "s":
        v = r.u16();
        break;
      case "l":
        v = r.u32();
        break;
      case "L":
        v = r.u64();
        break;
      case "S":
        v = r.shortstr();
        break;
      case "X":
        v = r.longstr();
        break;
      case "T":
        v = readTable(r);
        break;
      default:
        throw new AmqpDecodeError(`bad spec type ${type}`);
    }
    if (name !== "_r")
      out[name] = v;
  }
  if (strict && r.o !== end2)
    throw new AmqpDecodeError(`${end2 - r.o} bytes after the arguments of ${spec.name}`);
  return out;
}

// packages/protocols/dist/amqp/properties.js
var PROPS = [
  ["contentType", "S"],
  ["contentEncoding", "S"],
  ["headers", "T"],
  ["deliveryMode", "o"],
  ["priority", "o"],
  ["correlationId", "S"],
  ["replyTo", "S"],
  ["expiration", "S"],
  ["messageId", "S"],
  ["timestamp", "L"],
  ["type", "S"],
  ["userId", "S"],
  ["appId", "S"],
  ["clusterId", "S"]
];
function decodeContentHeader(b, o, end2) {
  const r = new Reader(b, o, end2);
  const classId = r.u16();
  r.u16();
  const bodySize = r.u64();
  let flags2 = r.u16();
  const words2 = [flags2];
  while (flags2 & 1) {
    flags2 = r.u16();
    words2.push(flags2);
  }
  const properties = {};
  PROPS.forEach(([name, kind], i) => {
    const present = words2[Math.floor(i / 15)] >> 15 - i % 15 & 1;
    if (!present)
      return;
    properties[name] = kind === "S" ? r.shortstr() : kind === "T" ? readTable(r) : kind === "o" ? r.u8() : r.u64();
  });
  return { classId, bodySize, properties };
}

// packages/protocols/dist/amqp/parse.js
var FRAME_METHOD = 1;
var FRAME_HEADER = 2;
var FRAME_BODY = 3;
var FRAME_HEARTBEAT = 8;
var FRAME_END = 206;
var FRAME_OVERHEAD = 8;
var PROTOCOL_HEADER = Uint8Array.of(65, 77, 81, 80, 0, 0, 9, 1);
function parseFrameHead(b, o) {
  const have = b.length - o;
  if (have < 1)
    return { incomplete: true, needed: 7 };
  const type = b[o];
  if (type !== FRAME_METHOD && type !== FRAME_HEADER && type !== FRAME_BODY && type !== FRAME_HEARTBEAT)
    return { error: true, code: "bad-frame-type" };
  if (have < 7)
    return { incomplete: true, needed: 7 - have };
  const channel = b[o + 1] << 8 | b[o + 2];
  const size2 = (b[o + 3] << 24 | b[o + 4] << 16 | b[o + 5] << 8 | b[o + 6]) >>> 0;
  if (type === FRAME_HEARTBEAT && size2 !== 0)
    return { error: true, code: "bad-heartbeat" };
  if (type !== FRAME_BODY && size2 > AMQP_LIMITS.maxMethodFrameBytes)
    return { error: true, code: "frame-too-large" };
  if (type === FRAME_METHOD && size2 < 4)
    return { error: true, code: "short-method" };
  return { ok: true, message: { type, channel, size: size2 }, consumed: 7 };
}
function isProtocolHeaderStart(b, o) {
  return b[o] === 65 && (o + 1 >= b.length || b[o + 1] === 77);
}
function parseFrame(b, o) {
  if (o < b.length && isProtocolHeaderStart(b, o))
    return parseProtocolHeader(b, o);
  const head = parseFrameHead(b, o);
  if (!("ok" in head))
    return head;
  const { type, channel, size: size2 } = head.message;
  const total = size2 + FRAME_OVERHEAD;
  if (b.length - o < total)
    return { incomplete: true, needed: total - (b.length - o) };
  if (b[o + total - 1] !== FRAME_END)
    return { error: true, code: "bad-frame-end" };
  const s = o + 7;
  const e = s + size2;
  return { ok: true, message: decodePayload(type, channel, size2, b, s, e, false), consumed: total };
}
function decodePayload(type, channel, size2, b, s, e, strict) {
  const wire = size2 + FRAME_OVERHEAD;
  if (type === FRAME_HEARTBEAT)
    return { kind: "heartbeat", channel, size: wire };
  if (type === FRAME_BODY)
    return { kind: "body", channel, size: wire, payload: b.subarray(s, e) };
  if (type === FRAME_HEADER) {
    try {
      return { kind: "header", channel, size: wire, header: decodeContentHeader(b, s, e) };
    } catch (err) {
      return { kind: "header", channel, size: wire, error: why(err) };
    }
  }
  const classId = b[s] << 8 | b[s + 1];
  const methodId = b[s + 2] << 8 | b[s + 3];
  const spec = methodSpec(classId, methodId);
  if (!spec)
    return { kind: "method", channel, size: wire, classId, methodId, args: {}, error: "unknown method" };
  try {
    return { kind: "method", channel, size: wire, classId, methodId, spec, args: decodeArgs(spec, b, s + 4, e, strict) };
  } catch (err) {
    return { kind: "method", channel, size: wire, classId, methodId, spec, args: {}, error: why(err) };
  }
}
function parseProtocolHeader(b, o) {
  const have = Math.min(b.length - o, 4);
  for (let k = 0; k < have; k++)
    if (b[o + k] !== PROTOCOL_HEADER[k])
      return { error: true, code: "bad-protocol-header" };
  if (b.length - o < 8)
    return { incomplete: true, needed: 8 - (b.length - o) };
  const version = `${b[o + 4]}-${b[o + 5]}-${b[o + 6]}-${b[o + 7]}`;
  return { ok: true, message: { kind: "protocol-header", size: 8, version }, consumed: 8 };
}
function why(err) {
  if (err instanceof AmqpDecodeError)
    return err.message;
  if (err instanceof RangeError)
    return err.message;
  throw err;
}
function probeMethodFrame(b, o) {
  const head = parseFrameHead(b, o);
  if ("error" in head)
    return "no";
  if ("incomplete" in head)
    return "more";
  const { type, channel, size: size2 } = head.message;
  if (type !== FRAME_METHOD)
    return "no";
  const total = size2 + FRAME_OVERHEAD;
  if (b.length - o < total)
    return "more";
  if (b[o + total - 1] !== FRAME_END)
    return "no";
  const f = decodePayload(type, channel, size2, b, o + 7, o + 7 + size2, true);
  if (f.kind !== "method" || !f.spec || f.error)
    return "no";
  return f.classId === 10 === (channel === 0) ? "yes" : "no";
}

// packages/protocols/dist/amqp/detect.js
var MAX_FRAMES = 8;
function detect3(firstBytes) {
  const b = firstBytes;
  if (b.length === 0)
    return "more";
  if (b[0] === PROTOCOL_HEADER[0]) {
    for (let k = 0; k < Math.min(b.length, 8); k++)
      if (b[k] !== PROTOCOL_HEADER[k])
        return null;
    return b.length < 8 ? "more" : "client";
  }
  return detectFrames(b);
}
function detectFrames(b) {
  let o = 0;
  for (let n = 0; n < MAX_FRAMES; n++) {
    if (o === b.length)
      return "more";
    const head = parseFrameHead(b, o);
    if ("error" in head)
      return null;
    if ("incomplete" in head)
      return "more";
    const { type, channel, size: size2 } = head.message;
    if (n === 0 && type !== FRAME_METHOD)
      return null;
    const total = size2 + FRAME_OVERHEAD;
    if (b.length - o < total)
      return type === FRAME_BODY || size2 <= 65536 ? "more" : null;
    if (b[o + total - 1] !== FRAME_END)
      return null;
    const frame = decodePayload(type, channel, size2, b, o + 7, o + 7 + size2, true);
    if (frame.kind === "method") {
      if (!frame.spec || frame.error)
        return null;
      if (frame.classId === 10 !== (channel === 0))
        return null;
      if (frame.spec.sender !== "both")
        return frame.spec.sender;
    } else if (frame.kind === "header") {
      if (frame.error || channel === 0 || frame.header.classId !== 60)
        return null;
    } else if (frame.kind === "heartbeat") {
      if (channel !== 0)
        return null;
    } else if (type === FRAME_HEADER)
      return null;
    o += total;
  }
  return null;
}

// packages/protocols/dist/amqp/build.js
var AMQP_PROTOCOL = { name: "amqp", version: "0-9-1", abbr: "AMQP" };
function pathOf(req) {
  for (const k of ["queue", "exchange", "destination"])
    if (typeof req[k] === "string")
      return req[k];
  return void 0;
}
function buildEntry(op) {
  const request = op.request;
  const path = pathOf(request);
  if (path !== void 0)
    request.path = path;
  const entry = {
    timestamp: op.firstTs,
    elapsedTime: op.response && !op.anomalies.has("unpaired") ? Math.max(0, op.lastTs - op.firstTs) : null,
    protocol: { ...AMQP_PROTOCOL },
    request,
    response: op.response,
    requestSize: op.requestSize,
    responseSize: op.responseSize
  };
  if (op.anomalies.size)
    entry.anomalies = [...op.anomalies].sort();
  return entry;
}

// packages/protocols/dist/amqp/args.js
var REDACTED2 = "[redacted]";
var text2 = new TextDecoder("utf-8");
var SECRET = /* @__PURE__ */ new Set(["response", "challenge", "newSecret"]);
function showArgs(method, args) {
  const out = {};
  for (const [k, v] of Object.entries(args)) {
    if (v instanceof Uint8Array)
      out[k] = SECRET.has(k) ? v.length ? REDACTED2 : "" : text2.decode(v);
    else
      out[k] = v;
  }
  if (method === "connection.start-ok" && args.response instanceof Uint8Array) {
    const user = saslUser(String(args.mechanism ?? ""), args.response);
    if (user !== null)
      out.user = user;
  }
  return out;
}
function saslUser(mechanism, response2) {
  if (mechanism === "PLAIN") {
    const first2 = response2.indexOf(0);
    if (first2 < 0)
      return null;
    const second2 = response2.indexOf(0, first2 + 1);
    if (second2 < 0)
      return null;
    return text2.decode(response2.subarray(first2 + 1, second2));
  }
  if (mechanism === "AMQPLAIN") {
    try {
      const r = new Reader(response2, 0, response2.length);
      while (r.o < r.end) {
        const key = r.shortstr();
        const v = readValue(r, 1);
        if (key === "LOGIN" && typeof v === "string")
          return v;
      }
    } catch {
      return null;
    }
  }
  return null;
}

// packages/protocols/dist/amqp/pair.js
var Channel = class {
  /** Requests sent by each direction, waiting for the other side's reply, oldest first. */
  pending = [[], []];
  /** The message each direction is sending on this channel. */
  content = [null, null];
  idle() {
    return this.pending[0].length === 0 && this.pending[1].length === 0 && !this.content[0] && !this.content[1];
  }
};
var REPLY_SUCCESS = 200;
var statusOf = (replyCode) => typeof replyCode === "number" && replyCode !== REPLY_SUCCESS ? replyCode : 0;
var Pairer = class {
  hooks;
  bodyLimit;
  channels = /* @__PURE__ */ new Map();
  seq = 0;
  /** connection.close was sent: the connection is going away. */
  closing = false;
  /** Body bytes held by messages in progress on every channel. */
  keptTotal = 0;
  constructor(hooks, bodyLimit) {
    this.hooks = hooks;
    this.bodyLimit = bodyLimit;
  }
  channel(n) {
    let c = this.channels.get(n);
    if (!c) {
      if (this.channels.size >= AMQP_LIMITS.maxChannels) {
        this.hooks.count("limit.amqp.maxChannels");
        const [oldest, state] = this.channels.entries().next().value;
        this.flushChannel(state, "unpaired");
        this.channels.delete(oldest);
      }
      c = new Channel();
      this.channels.set(n, c);
    }
    return c;
  }
  tidy(n) {
    const c = this.channels.get(n);
    if (c && c.idle())
      this.channels.delete(n);
  }
  method(dir, f, ts) {
    const ch5 = this.channel(f.channel);
    const other = dir ^ 1;
    this.cutContent(ch5, dir, "truncated");
    const spec = f.spec;
    const name = spec?.name ?? `${f.classId}.${f.methodId}`;
    const args = showArgs(name, f.args);
    if (f.error) {
      this.hooks.count("amqp.bad_arguments.error");
    }
    const waiting = ch5.pending[other];
    const at = waiting.findIndex((op2) => op2.replies.includes(name));
    if (at >= 0) {
      for (const skipped of waiting.splice(0, at))
        this.finish(skipped, "unpaired");
      const op2 = waiting.shift();
      op2.response = { status: statusOf(op2.request.replyCode), method: name, ...args };
      if (op2.request.replyText !== void 0 && op2.response.status !== 0)
        op2.response.replyText = op2.request.replyText;
      if (f.error)
        op2.anomalies.add("malformed");
      op2.responseSize += f.size;
      op2.lastTs = ts;
      if (spec?.content)
        ch5.content[dir] = this.newContent(op2, "response");
      else
        this.finish(op2);
      if (name === "connection.close-ok")
        this.flushAll("unpaired");
      this.tidy(f.channel);
      return;
    }
    const op = {
      channel: f.channel,
      dir,
      request: { method: name, channel: f.channel, ...args },
      response: null,
      replies: [],
      firstTs: ts,
      lastTs: ts,
      requestSize: f.size,
      responseSize: 0,
      anomalies: new Set(f.error ? ["malformed"] : []),
      seq: this.seq++
    };
    if (!spec || spec.replies.length === 0) {
      if (spec && /-ok$|\.get-empty$/.test(name)) {
        this.hooks.count("amqp.unpaired_reply");
        if (this.closing)
          return;
        op.response = { status: 0, method: name, ...args };
        op.request = { method: name, channel: f.channel };
        op.anomalies.add("unpaired");
      } else if (name === "basic.return") {
        op.response = { status: statusOf(args.replyCode), method: name, replyText: args.replyText };
      }
      if (spec?.content)
        ch5.content[dir] = this.newContent(op, "request");
      else
        this.finish(op);
      this.tidy(f.channel);
      return;
    }
    if (name === "connection.close")
      this.closing = true;
    if (name === "channel.close" || name === "connection.close")
      this.closeFrom(dir, op, name === "connection.close" ? null : ch5);
    if (args.noWait === true || name === "basic.cancel" && dir === 1) {
      this.finish(op);
      this.tidy(f.channel);
      return;
    }
    op.replies = spec.replies;
    if (ch5.pending[dir].length >= AMQP_LIMITS.maxPendingPerChannel) {
      this.hooks.count("limit.amqp.maxPendingPerChannel");
      this.finish(ch5.pending[dir].shift(), "unpaired");
    }
    ch5.pending[dir].push(op);
  }
  /** A close answers, with its reply code, what the other side still waits for on `ch` (all channels: null). */
  closeFrom(dir, close, ch5) {
    const other = dir ^ 1;
    const status = statusOf(close.request.replyCode);
    const chans = ch5 ? [ch5] : [...this.channels.values()];
    for (const c of chans) {
      for (const op of c.pending[other].splice(0)) {
        if (op.request.method === "channel.close") {
          const own = statusOf(op.request.replyCode);
          op.response = { status: own, method: close.request.method, ...own ? { replyText: op.request.replyText } : {} };
        } else
          op.response = { status, method: close.request.method, replyCode: close.request.replyCode, replyText: close.request.replyText };
        op.lastTs = close.firstTs;
        this.finish(op);
      }
    }
  }
  header(dir, channel, header2, size2, ts) {
    const ch5 = this.channels.get(channel);
    const c = ch5?.content[dir];
    if (!ch5 || !c || c.bodySize !== null) {
      this.hooks.count("amqp.unexpected_header");
      return;
    }
    const side = c.side === "request" ? c.op.request : c.op.response;
    this.grow(c, size2, ts);
    if (!header2) {
      c.op.anomalies.add("malformed");
      this.hooks.count("amqp.bad_header.error");
      this.complete(ch5, dir);
      return;
    }
    side.properties = header2.properties;
    c.contentEncoding = header2.properties.contentEncoding;
    c.bodySize = typeof header2.bodySize === "number" ? header2.bodySize : Number.MAX_SAFE_INTEGER;
    if (c.bodySize === 0)
      this.complete(ch5, dir);
  }
  /** Body payload bytes (a part of a frame). */
  body(dir, channel, bytes, missing) {
    const c = this.channels.get(channel)?.content[dir];
    if (!c || c.bodySize === null) {
      this.hooks.count("amqp.unexpected_body");
      return;
    }
    c.received += bytes.length + missing;
    c.missing += missing;
    let room = this.bodyLimit - c.keptBytes;
    if (bytes.length && room > 0) {
      if (this.keptTotal + Math.min(room, bytes.length) > AMQP_LIMITS.maxKeptBodyBytesPerConnection) {
        this.hooks.count("limit.amqp.maxKeptBodyBytesPerConnection");
        room = Math.max(0, AMQP_LIMITS.maxKeptBodyBytesPerConnection - this.keptTotal);
      }
      const keep = bytes.subarray(0, room).slice();
      if (keep.length)
        c.kept.push(keep);
      c.keptBytes += keep.length;
      this.keptTotal += keep.length;
    }
  }
  /** A body frame ended (`wire` bytes with framing). */
  bodyEnd(dir, channel, wire, ts) {
    const ch5 = this.channels.get(channel);
    const c = ch5?.content[dir];
    if (!ch5 || !c || c.bodySize === null)
      return;
    this.grow(c, wire, ts);
    if (c.received >= c.bodySize) {
      if (c.received > c.bodySize)
        c.op.anomalies.add("malformed");
      this.complete(ch5, dir);
    }
  }
  grow(c, size2, ts) {
    if (c.side === "request")
      c.op.requestSize += size2;
    else
      c.op.responseSize += size2;
    c.op.lastTs = ts;
  }
  newContent(op, side) {
    return { op, side, bodySize: null, received: 0, missing: 0, kept: [], keptBytes: 0 };
  }
  complete(ch5, dir) {
    const c = ch5.content[dir];
    ch5.content[dir] = null;
    this.keptTotal -= c.keptBytes;
    this.hooks.body(c);
    this.finish(c.op);
    this.tidy(c.op.channel);
  }
  /** A message cut short (a new method, a gap, the end): emitted with what arrived. */
  cutContent(ch5, dir, anomaly) {
    const c = ch5.content[dir];
    if (!c)
      return;
    c.op.anomalies.add(anomaly);
    this.hooks.count("amqp.content_cut");
    ch5.content[dir] = null;
    this.keptTotal -= c.keptBytes;
    this.hooks.body(c);
    this.finish(c.op);
  }
  /** Framing of `dir` was lost: its messages in progress end here. */
  lost(dir, anomaly) {
    for (const [n, ch5] of this.channels) {
      this.cutContent(ch5, dir, anomaly);
      for (const op of ch5.pending[dir ^ 1])
        op.anomalies.add(anomaly);
      this.tidy(n);
    }
  }
  flushChannel(ch5, anomaly) {
    this.cutContent(ch5, 0, "truncated");
    this.cutContent(ch5, 1, "truncated");
    const left = [...ch5.pending[0].splice(0), ...ch5.pending[1].splice(0)].sort((a, b) => a.seq - b.seq);
    for (const op of left)
      this.finish(op, anomaly);
  }
  /** The connection is over: every operation still open ends, unanswered. */
  flushAll(anomaly = null) {
    for (const ch5 of this.channels.values())
      this.flushChannel(ch5, anomaly);
    this.channels.clear();
  }
  finish(op, anomaly = null) {
    if (anomaly && op.response === null && op.replies.length > 0)
      op.anomalies.add(anomaly);
    this.hooks.done(op);
  }
};

// packages/protocols/dist/http1/carry.js
var Carry = class {
  buf = new Uint8Array(256);
  length = 0;
  append(src, s, e) {
    const need = this.length + (e - s);
    if (need > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < need)
        cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(src.subarray(s, e), this.length);
    this.length = need;
  }
  /** A view of the held bytes, valid until the next append or clear. */
  view() {
    return this.buf.subarray(0, this.length);
  }
  clear() {
    this.length = 0;
    if (this.buf.length > 4096)
      this.buf = new Uint8Array(256);
  }
};

// packages/protocols/dist/amqp/stream.js
var FrameStream = class {
  hooks;
  mode = "frames";
  carry = new Carry();
  carryTs = 0;
  bodyChannel = 0;
  bodyLeft = 0;
  bodyWire = 0;
  scanned = 0;
  constructor(hooks) {
    this.hooks = hooks;
  }
  feed(buf, ts) {
    if (this.carry.length === 0) {
      const stop3 = this.run(buf, 0, ts, ts);
      if (stop3 < buf.length)
        this.keep(buf, stop3, ts);
      return;
    }
    this.carry.append(buf, 0, buf.length);
    const data = this.carry.view();
    const stop2 = this.run(data, 0, this.carryTs, ts);
    if (stop2 === 0)
      return;
    const rest = data.slice(stop2);
    this.carry.clear();
    if (rest.length)
      this.keep(rest, 0, ts);
  }
  keep(b, from, ts) {
    if (this.carry.length === 0)
      this.carryTs = ts;
    this.carry.append(b, from, b.length);
  }
  /** Bytes lost: a body frame absorbs them when they fit in it; anything else loses framing. */
  gap(length) {
    if (this.mode === "body" && length <= this.bodyLeft && this.carry.length === 0) {
      this.bodyLeft -= length;
      this.hooks.bodyGap(this.bodyChannel, length);
      if (this.bodyLeft === 0)
        this.mode = "end";
      return;
    }
    this.carry.clear();
    if (this.mode !== "resync")
      this.hooks.lost("gap");
    this.mode = "resync";
    this.scanned = 0;
  }
  /** Runs the state machine over `b` from `p`; returns where it stopped for lack of bytes. */
  run(b, p, firstTs, ts) {
    const n = b.length;
    while (p < n) {
      const frameTs = p === 0 ? firstTs : ts;
      switch (this.mode) {
        case "body": {
          const k = Math.min(this.bodyLeft, n - p);
          this.hooks.body(this.bodyChannel, b.subarray(p, p + k), ts);
          this.bodyLeft -= k;
          p += k;
          if (this.bodyLeft === 0)
            this.mode = "end";
          break;
        }
        case "end":
          if (b[p] !== FRAME_END) {
            this.desync("bad-frame-end");
            break;
          }
          p++;
          this.mode = "frames";
          this.hooks.bodyEnd(this.bodyChannel, this.bodyWire, ts);
          break;
        case "resync": {
          const q = this.resync(b, p);
          if (q < 0)
            return n;
          if (this.mode === "resync")
            return q;
          p = q;
          break;
        }
        case "frames": {
          const head = parseFrameHead(b, p);
          if ("error" in head) {
            if (b[p] !== 65) {
              this.desync(head.code);
              break;
            }
          } else if ("incomplete" in head)
            return p;
          else if (head.message.type === FRAME_BODY) {
            this.bodyChannel = head.message.channel;
            this.bodyLeft = head.message.size;
            this.bodyWire = head.message.size + FRAME_OVERHEAD;
            this.mode = head.message.size === 0 ? "end" : "body";
            p += 7;
            break;
          }
          const r = parseFrame(b, p);
          if ("incomplete" in r)
            return p;
          if ("error" in r) {
            this.desync(r.code);
            break;
          }
          this.hooks.frame(r.message, frameTs);
          p += r.consumed;
          break;
        }
      }
    }
    return p;
  }
  desync(why2) {
    this.hooks.count(`amqp.desync.${why2}`);
    this.hooks.lost("desync");
    this.mode = "resync";
    this.scanned = 0;
    this.carry.clear();
  }
  /**
   * Looks for the next strict method frame from `p`. Returns its index (mode back to 'frames'),
   * the index of a candidate that needs more bytes (mode still 'resync'), or -1 (all skipped).
   */
  resync(b, p) {
    for (let i = p; i < b.length; i++) {
      if (this.scanned++ > AMQP_LIMITS.maxResyncScanBytes) {
        if (this.scanned === AMQP_LIMITS.maxResyncScanBytes + 2)
          this.hooks.count("limit.amqp.maxResyncScanBytes");
      }
      if (b[i] !== 1)
        continue;
      const v = probeMethodFrame(b, i);
      if (v === "yes") {
        this.mode = "frames";
        this.hooks.count("amqp.resync");
        return i;
      }
      if (v === "more")
        return i;
    }
    return -1;
  }
};

// packages/protocols/dist/amqp/session.js
var AmqpSession = class {
  ctx;
  streams;
  pairer;
  closed = false;
  /** Body bytes lost in the current body frame, reported with the next bytes. */
  gapBytes = [0, 0];
  constructor(ctx) {
    this.ctx = ctx;
    this.pairer = new Pairer({
      done: (op) => ctx.emit(buildEntry(op)),
      body: (c) => this.body(c),
      count: (e, n) => ctx.count(e, n)
    }, ctx.limits.maxBodyBytes);
    this.streams = [this.newStream(0), this.newStream(1)];
  }
  newStream(dir) {
    return new FrameStream({
      frame: (f, ts) => this.frame(dir, f, ts),
      body: (channel, bytes) => this.pairer.body(dir, channel, bytes, 0),
      bodyGap: (channel, missing) => this.pairer.body(dir, channel, new Uint8Array(0), missing),
      bodyEnd: (channel, wire, ts) => this.pairer.bodyEnd(dir, channel, wire, ts),
      lost: (why2) => this.pairer.lost(dir, why2),
      count: (e, n) => this.ctx.count(e, n)
    });
  }
  frame(dir, f, ts) {
    switch (f.kind) {
      case "method":
        if (f.error)
          this.ctx.count(f.spec ? "amqp.bad_method.error" : "amqp.unknown_method");
        this.pairer.method(dir, f, ts);
        return;
      case "header":
        this.pairer.header(dir, f.channel, f.header, f.size, ts);
        return;
      case "heartbeat":
        return;
      case "protocol-header":
        if (dir === 1)
          this.ctx.count("amqp.protocol_refused");
        else if (f.version !== "0-0-9-1")
          this.ctx.count("amqp.other_version");
        return;
      case "body":
        this.pairer.body(dir, f.channel, f.payload, 0);
        this.pairer.bodyEnd(dir, f.channel, f.size, ts);
        return;
    }
  }
  body(c) {
    const side = c.side === "request" ? c.op.request : c.op.response;
    if (!side || c.bodySize === null)
      return;
    let bytes;
    if (c.kept.length === 1)
      bytes = c.kept[0];
    else {
      bytes = new Uint8Array(c.keptBytes);
      let at = 0;
      for (const k of c.kept) {
        bytes.set(k, at);
        at += k.length;
      }
    }
    const size2 = Math.max(c.bodySize === Number.MAX_SAFE_INTEGER ? c.received : c.bodySize, c.received);
    side.body = buildBody({ bytes, size: size2, missing: c.missing || void 0, truncated: c.received < c.bodySize || c.missing > 0, contentEncoding: c.contentEncoding }, { decompress: this.ctx.decompress, maxDecodedBodyBytes: this.ctx.limits.maxDecodedBodyBytes });
    if (c.missing)
      c.op.anomalies.add("gap");
  }
  feed(dir, bytes, meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].feed(bytes, meta.ts);
    } catch {
      this.internalError(dir);
    }
  }
  gap(dir, length) {
    if (this.closed)
      return;
    try {
      this.streams[dir].gap(length);
    } catch {
      this.internalError(dir);
    }
  }
  end() {
  }
  close() {
    if (this.closed)
      return;
    this.closed = true;
    try {
      this.pairer.flushAll();
    } catch {
      this.ctx.count("amqp.internal_error");
    }
  }
  internalError(dir) {
    this.ctx.count("amqp.internal_error");
    try {
      this.pairer.lost(dir, "desync");
      const fresh = this.newStream(dir);
      fresh.mode = "resync";
      this.streams[dir] = fresh;
    } catch {
      this.closed = true;
    }
  }
};

// packages/protocols/dist/amqp/index.js
var amqpDissector = {
  name: "amqp",
  transport: "tcp",
  detect: detect3,
  createSession(ctx) {
    return new AmqpSession(ctx);
  }
};

// packages/protocols/dist/dns/limits.js
var DNS_LIMITS = {
  /** Queries waiting for their response per flow/connection; the oldest is emitted unanswered past it. */
  maxPendingQueries: 256,
  /** A query unanswered this long (capture time) is emitted with response null. */
  pendingTimeoutMs: 3e4,
  /** Compression pointers followed for one name (RFC 1035 sets none; loops are cut by this too). */
  maxPointerDepth: 16,
  /** Presentation length of a name (RFC 1035: 255 octets on the wire). */
  maxNameLength: 255,
  /** Records decoded per section; the rest are counted, not kept (`dns.records_dropped`). */
  maxRecordsPerSection: 100,
  /** Questions decoded per message. */
  maxQuestions: 16,
  /** Bytes of an unknown or opaque rdata rendered as hex/base64 before it is cut. */
  maxRdataRender: 1024
};

// packages/protocols/dist/dns/name.js
function readName(msg, offset) {
  let o = offset;
  let next = -1;
  let depth = 0;
  let wire = 1;
  let out = "";
  for (; ; ) {
    if (o >= msg.length)
      return { ok: false, code: "truncated" };
    const len = msg[o];
    if (len === 0) {
      if (next < 0)
        next = o + 1;
      return { ok: true, name: out === "" ? "." : out, next };
    }
    const kind = len & 192;
    if (kind === 192) {
      if (o + 1 >= msg.length)
        return { ok: false, code: "truncated" };
      if (next < 0)
        next = o + 2;
      if (++depth > DNS_LIMITS.maxPointerDepth)
        return { ok: false, code: "pointer_depth" };
      const target = (len & 63) << 8 | msg[o + 1];
      if (target >= msg.length)
        return { ok: false, code: "bad_pointer" };
      o = target;
      continue;
    }
    if (kind !== 0)
      return { ok: false, code: "bad_label" };
    if (o + 1 + len > msg.length)
      return { ok: false, code: "truncated" };
    wire += len + 1;
    if (wire > DNS_LIMITS.maxNameLength)
      return { ok: false, code: "name_too_long" };
    if (out !== "")
      out += ".";
    out += label(msg, o + 1, o + 1 + len);
    o += 1 + len;
  }
}
function label(msg, start, end2) {
  let s = "";
  for (let i = start; i < end2; i++) {
    const c = msg[i];
    if (c === 46 || c === 92)
      s += "\\" + String.fromCharCode(c);
    else if (c > 32 && c < 127)
      s += String.fromCharCode(c);
    else
      s += "\\" + String(c).padStart(3, "0");
  }
  return s;
}
function nameLooksReal(msg, offset) {
  if (!readName(msg, offset).ok)
    return false;
  let o = offset;
  for (let hops = 0; hops <= DNS_LIMITS.maxPointerDepth; ) {
    const len = msg[o];
    if (len === 0)
      return true;
    if (len >= 192) {
      o = (len & 63) << 8 | msg[o + 1];
      hops++;
      continue;
    }
    for (let i = o + 1; i <= o + len; i++)
      if (msg[i] < 32 || msg[i] === 127)
        return false;
    o += 1 + len;
  }
  return false;
}

// packages/protocols/dist/dns/names.js
var TYPES = {
  1: "A",
  2: "NS",
  5: "CNAME",
  6: "SOA",
  11: "WKS",
  12: "PTR",
  13: "HINFO",
  15: "MX",
  16: "TXT",
  17: "RP",
  18: "AFSDB",
  24: "SIG",
  25: "KEY",
  28: "AAAA",
  29: "LOC",
  33: "SRV",
  35: "NAPTR",
  36: "KX",
  37: "CERT",
  39: "DNAME",
  41: "OPT",
  42: "APL",
  43: "DS",
  44: "SSHFP",
  45: "IPSECKEY",
  46: "RRSIG",
  47: "NSEC",
  48: "DNSKEY",
  49: "DHCID",
  50: "NSEC3",
  51: "NSEC3PARAM",
  52: "TLSA",
  53: "SMIMEA",
  55: "HIP",
  59: "CDS",
  60: "CDNSKEY",
  61: "OPENPGPKEY",
  62: "CSYNC",
  63: "ZONEMD",
  64: "SVCB",
  65: "HTTPS",
  99: "SPF",
  108: "EUI48",
  109: "EUI64",
  249: "TKEY",
  250: "TSIG",
  251: "IXFR",
  252: "AXFR",
  253: "MAILB",
  254: "MAILA",
  255: "ANY",
  256: "URI",
  257: "CAA"
};
var CLASSES2 = { 1: "IN", 3: "CH", 4: "HS", 254: "NONE", 255: "ANY" };
var RCODES = {
  0: "NOERROR",
  1: "FORMERR",
  2: "SERVFAIL",
  3: "NXDOMAIN",
  4: "NOTIMP",
  5: "REFUSED",
  6: "YXDOMAIN",
  7: "YXRRSET",
  8: "NXRRSET",
  9: "NOTAUTH",
  10: "NOTZONE",
  11: "DSOTYPENI",
  16: "BADVERS",
  17: "BADKEY",
  18: "BADTIME",
  19: "BADMODE",
  20: "BADNAME",
  21: "BADALG",
  22: "BADTRUNC",
  23: "BADCOOKIE"
};
var OPCODES = { 0: "QUERY", 1: "IQUERY", 2: "STATUS", 4: "NOTIFY", 5: "UPDATE", 6: "DSO" };
var EDNS_OPTIONS = {
  3: "NSID",
  5: "DAU",
  6: "DHU",
  7: "N3U",
  8: "ECS",
  9: "EXPIRE",
  10: "COOKIE",
  11: "TCP-KEEPALIVE",
  12: "PADDING",
  13: "CHAIN",
  14: "KEY-TAG",
  15: "EDE",
  18: "REPORT-CHANNEL",
  19: "ZONEVERSION"
};
var typeName = (t) => TYPES[t] ?? `TYPE${t}`;
var className = (c) => CLASSES2[c] ?? `CLASS${c}`;
var rcodeName = (r) => RCODES[r] ?? `RCODE${r}`;
var opcodeName = (o) => OPCODES[o] ?? `OPCODE${o}`;
var ednsOptionName = (o) => EDNS_OPTIONS[o] ?? `OPT${o}`;
var isKnownOpcode = (o) => o in OPCODES;
var isKnownClass = (c) => c in CLASSES2;
var TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, OPT: 41, SVCB: 64, HTTPS: 65 };

// packages/protocols/dist/dns/svcb.js
var KEYS = { 0: "mandatory", 1: "alpn", 2: "no-default-alpn", 3: "port", 4: "ipv4hint", 5: "ech", 6: "ipv6hint", 7: "dohpath", 8: "ohttp" };
var keyName = (k) => KEYS[k] ?? `key${k}`;
function renderSvcParams(r) {
  let out = "";
  while (r.left > 0) {
    const key = r.u16();
    const len = r.u16();
    const v = r.bytes(len);
    out += " " + keyName(key) + value(key, v);
  }
  return out;
}
function value(key, v) {
  switch (key) {
    case 0: {
      if (v.length === 0 || v.length % 2)
        throw new RdataError("bad_svcparam");
      const keys = [];
      for (let i = 0; i < v.length; i += 2)
        keys.push(keyName(v[i] << 8 | v[i + 1]));
      return "=" + keys.join(",");
    }
    case 1: {
      const ids = [];
      for (let i = 0; i < v.length; ) {
        const n = v[i];
        if (n === 0 || i + 1 + n > v.length)
          throw new RdataError("bad_svcparam");
        ids.push(quote(v.subarray(i + 1, i + 1 + n)).slice(1, -1).replace(/,/g, "\\\\,"));
        i += 1 + n;
      }
      if (ids.length === 0)
        throw new RdataError("bad_svcparam");
      return `="${ids.join(",")}"`;
    }
    case 2:
      if (v.length !== 0)
        throw new RdataError("bad_svcparam");
      return "";
    case 3:
      if (v.length !== 2)
        throw new RdataError("bad_svcparam");
      return `=${v[0] << 8 | v[1]}`;
    case 4:
    case 6: {
      const size2 = key === 4 ? 4 : 16;
      if (v.length === 0 || v.length % size2)
        throw new RdataError("bad_svcparam");
      const ips = [];
      for (let i = 0; i < v.length; i += size2)
        ips.push(key === 4 ? ipv4(v.subarray(i, i + 4)) : ipv6(v.subarray(i, i + 16)));
      return "=" + ips.join(",");
    }
    case 5:
      return "=" + encodeBase64(v);
    default:
      return v.length ? `=${quote(v)}` : "";
  }
}

// packages/protocols/dist/dns/rdata.js
var RdataError = class extends Error {
  code;
  constructor(code) {
    super(code);
    this.code = code;
    this.name = "RdataError";
  }
};
var Rdata = class {
  msg;
  end;
  o;
  constructor(msg, start, end2) {
    this.msg = msg;
    this.end = end2;
    this.o = start;
  }
  get left() {
    return this.end - this.o;
  }
  need(n) {
    if (this.o + n > this.end)
      throw new RdataError("short_rdata");
  }
  u8() {
    this.need(1);
    return this.msg[this.o++];
  }
  u16() {
    this.need(2);
    const v = this.msg[this.o] << 8 | this.msg[this.o + 1];
    this.o += 2;
    return v;
  }
  u32() {
    this.need(4);
    const m = this.msg;
    const v = (m[this.o] << 24 | m[this.o + 1] << 16 | m[this.o + 2] << 8 | m[this.o + 3]) >>> 0;
    this.o += 4;
    return v;
  }
  bytes(n) {
    this.need(n);
    const b = this.msg.subarray(this.o, this.o + n);
    this.o += n;
    return b;
  }
  rest() {
    return this.bytes(this.left);
  }
  name() {
    const r = readName(this.msg.subarray(0, this.end), this.o);
    if (!r.ok)
      throw new RdataError(`name_${r.code}`);
    this.o = r.next;
    return r.name;
  }
  /** A <character-string>, quoted and escaped as dig prints it. */
  string() {
    return quote(this.bytes(this.u8()));
  }
  done() {
    if (this.o !== this.end)
      throw new RdataError("rdata_length");
  }
};
function quote(b) {
  let s = '"';
  for (const c of b) {
    if (c === 34 || c === 92)
      s += "\\" + String.fromCharCode(c);
    else if (c >= 32 && c < 127)
      s += String.fromCharCode(c);
    else
      s += "\\" + String(c).padStart(3, "0");
  }
  return s + '"';
}
function hex(b, upper = true) {
  let s = "";
  const n = Math.min(b.length, DNS_LIMITS.maxRdataRender);
  for (let i = 0; i < n; i++)
    s += b[i].toString(16).padStart(2, "0");
  if (b.length > n)
    s += "\u2026";
  return upper ? s.toUpperCase() : s;
}
var b64 = (b) => b.length > DNS_LIMITS.maxRdataRender ? encodeBase64(b.subarray(0, DNS_LIMITS.maxRdataRender)) + "\u2026" : encodeBase64(b);
function ipv4(b) {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}
function ipv6(b) {
  const g = [];
  for (let i = 0; i < 16; i += 2)
    g.push(b[i] << 8 | b[i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0)
      j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const part = (from, to) => g.slice(from, to).map((x) => x.toString(16)).join(":");
  if (best < 0)
    return part(0, 8);
  if (best === 0 && bestLen === 5 && g[5] === 65535)
    return `::ffff:${ipv4(b.subarray(12))}`;
  return `${part(0, best)}::${part(best + bestLen, 8)}`;
}
function sigTime(t) {
  const d = new Date(t * 1e3);
  const p = (n, w = 2) => String(n).padStart(w, "0");
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}
function typeBitmap(r) {
  const out = [];
  while (r.left > 0) {
    const window = r.u8();
    const len = r.u8();
    if (len < 1 || len > 32)
      throw new RdataError("bad_bitmap");
    const bits = r.bytes(len);
    for (let i = 0; i < len; i++)
      for (let j = 0; j < 8; j++)
        if (bits[i] & 128 >> j)
          out.push(typeName(window * 256 + i * 8 + j));
  }
  return out.join(" ");
}
function base32hex(b) {
  const alphabet = "0123456789abcdefghijklmnopqrstuv";
  let out = "";
  let bits = 0;
  let value2 = 0;
  for (const x of b) {
    value2 = value2 << 8 | x;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[value2 >>> bits - 5 & 31];
      bits -= 5;
    }
    value2 &= (1 << bits) - 1;
  }
  if (bits > 0)
    out += alphabet[value2 << 5 - bits & 31];
  return out;
}
var salt = (r) => {
  const n = r.u8();
  return n === 0 ? "-" : hex(r.bytes(n));
};
var nameOnly = (r) => r.name();
var txt = (r) => {
  const parts = [];
  while (r.left > 0)
    parts.push(r.string());
  return parts.join(" ");
};
var dnskey = (r) => `${r.u16()} ${r.u8()} ${r.u8()} ${b64(r.rest())}`;
var ds = (r) => `${r.u16()} ${r.u8()} ${r.u8()} ${hex(r.rest())}`;
var DECODERS = {
  1: (r) => ipv4(r.bytes(4)),
  2: nameOnly,
  5: nameOnly,
  6: (r) => `${r.name()} ${r.name()} ${r.u32()} ${r.u32()} ${r.u32()} ${r.u32()} ${r.u32()}`,
  12: nameOnly,
  13: (r) => `${r.string()} ${r.string()}`,
  15: (r) => `${r.u16()} ${r.name()}`,
  16: txt,
  28: (r) => ipv6(r.bytes(16)),
  33: (r) => `${r.u16()} ${r.u16()} ${r.u16()} ${r.name()}`,
  35: (r) => `${r.u16()} ${r.u16()} ${r.string()} ${r.string()} ${r.string()} ${r.name()}`,
  39: nameOnly,
  43: ds,
  44: (r) => `${r.u8()} ${r.u8()} ${hex(r.rest())}`,
  46: (r) => {
    const head = `${typeName(r.u16())} ${r.u8()} ${r.u8()} ${r.u32()} ${sigTime(r.u32())} ${sigTime(r.u32())} ${r.u16()}`;
    return `${head} ${r.name()} ${b64(r.rest())}`;
  },
  47: (r) => `${r.name()} ${typeBitmap(r)}`.trimEnd(),
  48: dnskey,
  50: (r) => {
    const head = `${r.u8()} ${r.u8()} ${r.u16()} ${salt(r)}`;
    return `${head} ${base32hex(r.bytes(r.u8())).toUpperCase()} ${typeBitmap(r)}`.trimEnd();
  },
  51: (r) => `${r.u8()} ${r.u8()} ${r.u16()} ${salt(r)}`,
  59: ds,
  60: dnskey,
  64: (r) => `${r.u16()} ${r.name()}${renderSvcParams(r)}`,
  65: (r) => `${r.u16()} ${r.name()}${renderSvcParams(r)}`,
  99: txt,
  257: (r) => {
    const flags2 = r.u8();
    const tag = r.bytes(r.u8());
    return `${flags2} ${String.fromCharCode(...tag)} ${quote(r.rest())}`;
  }
};
function decodeRdata(msg, type, start, end2, emptyOk = false) {
  if (start === end2 && emptyOk)
    return { data: "" };
  const decoder = DECODERS[type];
  const generic = () => `\\# ${end2 - start}${end2 > start ? " " + hex(msg.subarray(start, end2)) : ""}`;
  if (!decoder)
    return { data: generic() };
  try {
    const r = new Rdata(msg, start, end2);
    const data = decoder(r);
    r.done();
    return { data };
  } catch (e) {
    return { data: generic(), error: e instanceof RdataError ? e.code : "rdata" };
  }
}

// packages/protocols/dist/dns/parse.js
var HEADER_SIZE = 12;
function parseHeader(m, o = 0) {
  const f = m[o + 2] << 8 | m[o + 3];
  const u162 = (i) => m[o + i] << 8 | m[o + i + 1];
  return {
    id: u162(0),
    qr: (f & 32768) !== 0,
    opcode: f >> 11 & 15,
    aa: (f & 1024) !== 0,
    tc: (f & 512) !== 0,
    rd: (f & 256) !== 0,
    ra: (f & 128) !== 0,
    z: (f & 64) !== 0,
    ad: (f & 32) !== 0,
    cd: (f & 16) !== 0,
    rcode: f & 15,
    qdcount: u162(4),
    ancount: u162(6),
    nscount: u162(8),
    arcount: u162(10)
  };
}
function parseMessage(m) {
  if (m.length < HEADER_SIZE)
    return { ok: false, code: "short_header" };
  const header2 = parseHeader(m);
  const msg = { header: header2, questions: [], answers: [], authorities: [], additionals: [], rcode: header2.rcode, events: [], size: m.length };
  let o = HEADER_SIZE;
  for (let i = 0; i < header2.qdcount; i++) {
    const r = readName(m, o);
    if (!r.ok)
      return stop(msg, r.code === "truncated" ? "truncated" : `bad_name.${r.code}`);
    if (r.next + 4 > m.length)
      return stop(msg, "truncated");
    const cls = m[r.next + 2] << 8 | m[r.next + 3];
    const q = { name: r.name, type: typeName(m[r.next] << 8 | m[r.next + 1]), class: className(cls & 32767) };
    if (cls & 32768)
      q.unicastResponse = true;
    if (msg.questions.length < DNS_LIMITS.maxQuestions)
      msg.questions.push(q);
    else
      note(msg, "questions_dropped");
    o = r.next + 4;
  }
  const sections2 = [
    [msg.answers, header2.ancount],
    [msg.authorities, header2.nscount],
    [msg.additionals, header2.arcount]
  ];
  for (const [list, count2] of sections2) {
    for (let i = 0; i < count2; i++) {
      const next = record(m, o, msg, list);
      if (next < 0)
        return { ok: true, message: msg };
      o = next;
    }
  }
  if (o < m.length)
    note(msg, "trailing_bytes");
  return { ok: true, message: msg };
}
function stop(msg, event) {
  note(msg, event);
  return { ok: true, message: msg };
}
function note(msg, event) {
  if (!msg.events.includes(event))
    msg.events.push(event);
}
function record(m, o, msg, list) {
  const r = readName(m, o);
  if (!r.ok) {
    stop(msg, r.code === "truncated" ? "truncated" : `bad_name.${r.code}`);
    return -1;
  }
  const p = r.next;
  if (p + 10 > m.length) {
    stop(msg, "truncated");
    return -1;
  }
  const type = m[p] << 8 | m[p + 1];
  const cls = m[p + 2] << 8 | m[p + 3];
  const ttl = (m[p + 4] << 24 | m[p + 5] << 16 | m[p + 6] << 8 | m[p + 7]) >>> 0;
  const rdlength = m[p + 8] << 8 | m[p + 9];
  const start = p + 10;
  const end2 = start + rdlength;
  if (end2 > m.length) {
    stop(msg, "truncated");
    return -1;
  }
  if (type === TYPE.OPT && list === msg.additionals) {
    if (msg.edns)
      note(msg, "duplicate_opt");
    else
      edns(m, cls, ttl, start, end2, msg);
    return end2;
  }
  if (list.length >= DNS_LIMITS.maxRecordsPerSection) {
    note(msg, "records_dropped");
    return end2;
  }
  const decoded = decodeRdata(m, type, start, end2, cls === 254 || cls === 255);
  if (decoded.error)
    note(msg, `bad_rdata.${typeName(type)}`);
  const rec = { name: r.name, type: typeName(type), ttl, data: decoded.data };
  if ((cls & 32767) !== 1)
    rec.class = className(cls & 32767);
  if (cls & 32768 && (cls & 32767) === 1)
    rec.cacheFlush = true;
  list.push(rec);
  return end2;
}
function edns(m, udpSize, ttl, start, end2, msg) {
  const e = { udpSize, extendedRcode: ttl >>> 24, version: ttl >>> 16 & 255, do: (ttl & 32768) !== 0, options: [] };
  msg.rcode = e.extendedRcode << 4 | msg.header.rcode;
  let o = start;
  while (o < end2) {
    if (o + 4 > end2) {
      note(msg, "bad_edns_option");
      break;
    }
    const code = m[o] << 8 | m[o + 1];
    const len = m[o + 2] << 8 | m[o + 3];
    if (o + 4 + len > end2) {
      note(msg, "bad_edns_option");
      break;
    }
    const data = m.subarray(o + 4, o + 4 + len);
    e.options.push({ code: ednsOptionName(code), data: optionData(code, data, msg) });
    o += 4 + len;
  }
  msg.edns = e;
}
function optionData(code, d, msg) {
  if (code === 8) {
    const family = d.length >= 4 ? d[0] << 8 | d[1] : 0;
    const size2 = family === 1 ? 4 : family === 2 ? 16 : 0;
    const bytes = d.length - 4;
    if (size2 === 0 || bytes > size2 || bytes !== Math.ceil(d[2] / 8)) {
      note(msg, "bad_edns_option");
      return hex(d, false);
    }
    const addr = new Uint8Array(size2);
    addr.set(d.subarray(4));
    return `${size2 === 4 ? ipv4(addr) : ipv6(addr)}/${d[2]}/${d[3]}`;
  }
  if (code === 11 && d.length === 2)
    return String(d[0] << 8 | d[1]);
  return hex(d, false);
}

// packages/protocols/dist/dns/detect.js
var MAX_QDCOUNT = 16;
var MIN_QUESTION = 5;
function detectUdp(m) {
  return detectMessage(m, true, false);
}
function detectTcp(b) {
  if (b.length < 2)
    return "more";
  const length = b[0] << 8 | b[1];
  if (length < HEADER_SIZE)
    return null;
  const m = b.subarray(2, 2 + length);
  return detectMessage(m, m.length === length, true);
}
function detectMessage(m, complete, tcp) {
  if (m.length < HEADER_SIZE)
    return complete ? null : "more";
  const h = parseHeader(m);
  if (!isKnownOpcode(h.opcode) || h.opcode === 6 && !tcp)
    return null;
  if (!h.qr && h.rcode !== 0)
    return null;
  if (h.qdcount > MAX_QDCOUNT)
    return null;
  const records = h.ancount + h.nscount + h.arcount;
  if (h.qdcount === 0 && (!h.qr || records === 0) && h.opcode !== 6)
    return null;
  if (complete && HEADER_SIZE + h.qdcount * MIN_QUESTION > m.length)
    return null;
  if (h.opcode === 6)
    return records === 0 && h.qdcount === 0 ? h.qr ? "server" : "client" : null;
  const first2 = readName(m, HEADER_SIZE);
  if (!first2.ok)
    return first2.code === "truncated" && !complete ? "more" : null;
  if (!nameLooksReal(m, HEADER_SIZE))
    return null;
  if (first2.next + 4 > m.length)
    return complete ? null : "more";
  const type = m[first2.next] << 8 | m[first2.next + 1];
  const cls = (m[first2.next + 2] << 8 | m[first2.next + 3]) & 32767;
  if (type === 0 || !isKnownClass(cls))
    return null;
  return h.qr ? "server" : "client";
}

// packages/protocols/dist/dns/build.js
function flags(m) {
  const h = m.header;
  const f = { aa: h.aa, tc: h.tc, rd: h.rd, ra: h.ra, ad: h.ad, cd: h.cd };
  if (h.z)
    f.z = true;
  return f;
}
function sections(m, out, withAnswers) {
  const put2 = (key, list) => {
    if (list.length > 0)
      out[key] = list;
  };
  if (withAnswers)
    out.answers = m.answers;
  else
    put2("answers", m.answers);
  put2("authorities", m.authorities);
  put2("additionals", m.additionals);
  if (m.edns)
    out.edns = m.edns;
}
function requestOf(m) {
  const q = m.questions[0];
  const r = {
    method: q?.type ?? "",
    path: q?.name ?? "",
    name: q?.name ?? "",
    type: q?.type ?? "",
    id: m.header.id,
    opcode: opcodeName(m.header.opcode),
    flags: flags(m)
  };
  if (q && q.class !== "IN")
    r.class = q.class;
  if (m.questions.length !== 1)
    r.questions = m.questions;
  sections(m, r, false);
  return r;
}
function responseOf(m) {
  const q = m.questions[0];
  const r = { status: m.rcode, rcode: rcodeName(m.rcode), id: m.header.id, flags: flags(m) };
  if (m.header.opcode !== 0)
    r.opcode = opcodeName(m.header.opcode);
  if (q) {
    r.name = q.name;
    r.type = q.type;
  }
  if (m.questions.length > 1)
    r.questions = m.questions;
  sections(m, r, true);
  return r;
}
function anomaliesOf(...msgs) {
  const out = /* @__PURE__ */ new Set();
  for (const s of msgs) {
    if (!s)
      continue;
    for (const e of s.message.events)
      out.add(e === "truncated" ? "truncated" : "malformed");
  }
  return [...out];
}
function buildEntry2(query, response2, transport) {
  const first2 = query ?? response2;
  const anomalies = anomaliesOf(query, response2);
  if (query === null)
    anomalies.push("unpaired");
  const entry = {
    timestamp: first2.ts,
    elapsedTime: query && response2 ? Math.max(0, response2.endTs - query.ts) : null,
    protocol: { name: "dns", version: transport, abbr: "DNS" },
    request: query ? requestOf(query.message) : null,
    response: response2 ? responseOf(response2.message) : null,
    requestSize: query?.size ?? 0,
    responseSize: response2?.size ?? 0
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  return entry;
}

// packages/protocols/dist/dns/pair.js
var PendingQueries = class {
  flush;
  count;
  list = [];
  constructor(flush, count2) {
    this.flush = flush;
    this.count = count2;
  }
  add(dir, q) {
    this.expire(q.ts);
    if (this.list.length >= DNS_LIMITS.maxPendingQueries) {
      this.count("limit.dns.maxPendingQueries");
      this.flush(this.list.shift());
    }
    this.list.push({ ...q, dir });
  }
  /** The query `response` answers, removed from the queue; null when none is waiting. */
  take(dir, response2) {
    this.expire(response2.ts);
    const id = response2.message.header.id;
    const key = questionKey(response2);
    let best = -1;
    for (let i = 0; i < this.list.length; i++) {
      const p = this.list[i];
      if (p.dir === dir || p.message.header.id !== id)
        continue;
      if (questionKey(p) === key) {
        best = i;
        break;
      }
      if (best < 0)
        best = i;
    }
    if (best < 0)
      return null;
    const [q] = this.list.splice(best, 1);
    return q;
  }
  /** Queries older than the timeout will not be answered any more: emit them unanswered. */
  expire(now) {
    while (this.list.length > 0 && now - this.list[0].ts > DNS_LIMITS.pendingTimeoutMs)
      this.flush(this.list.shift());
  }
  flushAll() {
    const all = this.list;
    this.list = [];
    for (const q of all)
      this.flush(q);
  }
  get size() {
    return this.list.length;
  }
};
function questionKey(s) {
  const q = s.message.questions[0];
  return q ? `${q.name.toLowerCase()} ${q.type} ${q.class}` : "";
}

// packages/protocols/dist/dns/tcp-framing.js
var TcpFramer = class {
  sink;
  count;
  /** Length prefix bytes read so far (0–2) and its value. */
  prefix = 0;
  length = 0;
  body = null;
  filled = 0;
  startTs = 0;
  desync = false;
  /** While desynchronised: a plausible message start detection wants more of. */
  probe = null;
  constructor(sink, count2) {
    this.sink = sink;
    this.count = count2;
  }
  feed(bytes, ts) {
    if (this.desync) {
      const candidate = this.probe ? concat(this.probe, bytes) : bytes;
      const verdict = detectTcp(candidate);
      if (verdict === "more") {
        this.probe = candidate.slice();
        return;
      }
      this.probe = null;
      if (verdict === null)
        return;
      this.desync = false;
      this.count("dns.resync");
      bytes = candidate;
    }
    let o = 0;
    while (o < bytes.length) {
      if (this.body === null) {
        if (this.prefix === 0) {
          this.startTs = ts;
          if (bytes.length - o >= 2) {
            const length = bytes[o] << 8 | bytes[o + 1];
            if (length >= HEADER_SIZE && bytes.length - o >= 2 + length) {
              this.sink(bytes.subarray(o + 2, o + 2 + length), ts, ts);
              o += 2 + length;
              continue;
            }
          }
        }
        this.length = this.length << 8 | bytes[o++];
        if (++this.prefix < 2)
          continue;
        if (this.length < HEADER_SIZE) {
          this.count("dns.error.bad_length");
          this.reset();
          this.desync = true;
          return;
        }
        this.body = new Uint8Array(this.length);
        this.filled = 0;
        continue;
      }
      const n = Math.min(this.body.length - this.filled, bytes.length - o);
      this.body.set(bytes.subarray(o, o + n), this.filled);
      this.filled += n;
      o += n;
      if (this.filled === this.body.length) {
        const body2 = this.body;
        this.reset();
        this.sink(body2, this.startTs, ts);
      }
    }
  }
  gap() {
    if (this.prefix > 0)
      this.count("dns.truncated_message");
    this.reset();
    this.probe = null;
    this.desync = true;
  }
  /** The sender closed: a message still incomplete never will be. */
  end() {
    if (this.prefix > 0)
      this.count("dns.truncated_message");
    this.reset();
  }
  reset() {
    this.prefix = 0;
    this.length = 0;
    this.body = null;
    this.filled = 0;
  }
};
function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// packages/protocols/dist/dns/session.js
var DnsCore = class {
  ctx;
  transport;
  pending;
  constructor(ctx, transport) {
    this.ctx = ctx;
    this.transport = transport;
    this.pending = new PendingQueries((q) => this.ctx.emit(buildEntry2(q, null, transport)), (e) => ctx.count(e));
  }
  message(dir, bytes, ts, endTs, size2) {
    const r = parseMessage(bytes);
    if (!r.ok) {
      this.ctx.count(`dns.error.${r.code}`);
      return;
    }
    const seen = { message: r.message, ts, endTs, size: size2 };
    for (const e of r.message.events)
      this.ctx.count(e === "trailing_bytes" || e.endsWith("_dropped") ? `dns.${e}` : `dns.error.${e}`);
    if (!r.message.header.qr) {
      this.pending.add(dir, seen);
      return;
    }
    const query = this.pending.take(dir, seen);
    if (!query)
      this.ctx.count("dns.unpaired_response");
    this.ctx.emit(buildEntry2(query, seen, this.transport));
  }
  close() {
    this.pending.flushAll();
  }
};
var DnsUdpSession = class {
  core;
  constructor(ctx) {
    this.core = new DnsCore(ctx, "udp");
  }
  feed(dir, bytes, meta) {
    this.core.message(dir, bytes, meta.ts, meta.ts, bytes.length);
  }
  gap() {
  }
  end() {
  }
  close() {
    this.core.close();
  }
};
var DnsTcpSession = class {
  core;
  framers;
  constructor(ctx) {
    this.core = new DnsCore(ctx, "tcp");
    const sink = (dir) => (msg, ts, endTs) => this.core.message(dir, msg, ts, endTs, msg.length + 2);
    this.framers = [new TcpFramer(sink(0), (e) => ctx.count(e)), new TcpFramer(sink(1), (e) => ctx.count(e))];
  }
  feed(dir, bytes, meta) {
    this.framers[dir].feed(bytes, meta.ts);
  }
  gap(dir) {
    this.framers[dir].gap();
  }
  end(dir) {
    this.framers[dir].end();
  }
  close() {
    this.framers[0].end();
    this.framers[1].end();
    this.core.close();
  }
};

// packages/protocols/dist/dns/index.js
var dnsDissector = {
  name: "dns",
  transport: "udp",
  detect: detectUdp,
  createSession(ctx) {
    return new DnsUdpSession(ctx);
  }
};
var dnsTcpDissector = {
  name: "dns-tcp",
  transport: "tcp",
  detect: detectTcp,
  createSession(ctx) {
    return new DnsTcpSession(ctx);
  }
};

// packages/protocols/dist/graphql/body.js
var utf82 = new TextDecoder("utf-8", { fatal: true });
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function header(side, name) {
  const h = side.headers;
  if (!isObj2(h))
    return "";
  const v = h[name];
  if (typeof v === "string")
    return v;
  if (Array.isArray(v) && typeof v[0] === "string")
    return v[0];
  return "";
}
function mediaType(side) {
  const ct = header(side, "content-type");
  const semi = ct.indexOf(";");
  return (semi < 0 ? ct : ct.slice(0, semi)).trim().toLowerCase();
}
var isJsonType = (type) => type === "application/json" || type.startsWith("application/") && type.endsWith("+json");
var GRAPHQL_TYPE = "application/graphql";
var GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json";
function bodyText2(side, textual) {
  const b = side.body;
  if (b === null || b === void 0)
    return null;
  if (!isObj2(b))
    return void 0;
  const body2 = b;
  if (body2.truncated === true || body2.decodeError !== void 0 || (body2.missing ?? 0) > 0)
    return void 0;
  if (body2.encoding === "utf8" && typeof body2.text === "string")
    return body2.text;
  if (body2.encoding === "base64" && typeof body2.base64 === "string" && textual) {
    try {
      return utf82.decode(decodeBase64(body2.base64));
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// packages/protocols/dist/graphql/limits.js
var GRAPHQL_LIMITS = {
  /**
   * Tokens the document scanner reads before it stops (`graphql.scan_limit`). The head of the
   * first operation is always within it; root fields past it are not listed.
   */
  maxScanTokens: 2e4,
  /** Nesting of `{ ( [` the scanner follows; deeper is treated as a scan limit. */
  maxNesting: 256,
  /** Root field names listed per operation. */
  maxRootFields: 64,
  /** Operations of a batch checked and listed in `request.operations` (`graphql.batch_limit`). */
  maxBatchOperations: 32,
  /** Characters of the document text copied into `request.query` (`request.queryTruncated`). */
  maxQueryChars: 64 << 10,
  /** Errors of a response listed in `response.errors` (`graphql.errors_limit`). */
  maxErrors: 16,
  /** Characters kept of one error message. */
  maxErrorMessageChars: 1024,
  /** Segments kept of one error path. */
  maxErrorPathSegments: 32,
  /** `request.variables`: nodes (values) kept, depth, string length, array/object entries. */
  maxVariableNodes: 512,
  maxVariableDepth: 8,
  maxVariableStringChars: 1024,
  maxVariableEntries: 64,
  /**
   * Bodies larger than this are not JSON.parse'd. The dissectors keep at most
   * `limits.maxBodyBytes` (1 MiB by default) of a body anyway, and JSON.parse is linear in its
   * input, so this only guards a deployment that raised maxBodyBytes a lot.
   */
  maxJsonChars: 4 << 20
};

// packages/protocols/dist/graphql/json.js
function parseJson(text4) {
  if (text4.length > GRAPHQL_LIMITS.maxJsonChars)
    return void 0;
  try {
    return JSON.parse(text4);
  } catch {
    return void 0;
  }
}
function looksLikeJson(text4) {
  for (let i = 0; i < text4.length; i++) {
    const c = text4.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13)
      continue;
    return c === 123 || c === 91;
  }
  return false;
}
function boundJson(value2) {
  const L = GRAPHQL_LIMITS;
  let nodes = 0;
  let cut2 = false;
  const copy = (v, depth) => {
    if (++nodes > L.maxVariableNodes || depth > L.maxVariableDepth) {
      cut2 = true;
      return "[\u2026]";
    }
    if (typeof v === "string") {
      if (v.length <= L.maxVariableStringChars)
        return v;
      cut2 = true;
      return `${v.slice(0, L.maxVariableStringChars)}\u2026`;
    }
    if (Array.isArray(v)) {
      if (v.length > L.maxVariableEntries)
        cut2 = true;
      const out = [];
      for (let i = 0; i < v.length && i < L.maxVariableEntries; i++)
        out.push(copy(v[i], depth + 1));
      return out;
    }
    if (typeof v === "object" && v !== null) {
      const out = {};
      let n = 0;
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k))
          continue;
        if (n++ >= L.maxVariableEntries) {
          cut2 = true;
          break;
        }
        Object.defineProperty(out, k, { value: copy(v[k], depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return v;
  };
  return { value: copy(value2, 0), cut: cut2 };
}

// packages/protocols/dist/graphql/lexer.js
var Tok = {
  EOF: 0,
  /** `! $ & ( ) : = @ [ ] { | }` and `...`; the character (or `.`) is in `punct`. */
  Punct: 1,
  Name: 2,
  Number: 3,
  String: 4,
  /** Not GraphQL: a character outside the grammar, an unterminated string, a bad number or escape. */
  Error: 5
};
var PUNCT = new Uint8Array(128);
for (const c of "!$&():=@[]{|}")
  PUNCT[c.charCodeAt(0)] = 1;
var isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isDigit = (c) => c >= 48 && c <= 57;
var isNameChar = (c) => isNameStart(c) || isDigit(c);
var isHex = (c) => isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
var Lexer = class {
  text;
  /** Kind of the current token. */
  kind = Tok.EOF;
  /** Current token's first and past-last offsets in the text. */
  start = 0;
  end = 0;
  /** Current punctuator (`.` for the spread `...`). */
  punct = "";
  pos = 0;
  constructor(text4) {
    this.text = text4;
    if (text4.charCodeAt(0) === 65279)
      this.pos = 1;
  }
  /** The current Name token's text. */
  get name() {
    return this.text.slice(this.start, this.end);
  }
  /** Is the current token the punctuator `p`? */
  is(p) {
    return this.kind === Tok.Punct && this.punct === p;
  }
  /** At the end of the text? (A method: TypeScript would keep a narrowed `kind` across `next()`.) */
  eof() {
    return this.kind === Tok.EOF;
  }
  /** Is the current token the name `n`? */
  isName(n) {
    return this.kind === Tok.Name && this.end - this.start === n.length && this.text.startsWith(n, this.start);
  }
  next() {
    const t = this.text;
    const n = t.length;
    let p = this.skipIgnored(this.pos);
    this.start = p;
    if (p >= n)
      return this.set(Tok.EOF, p);
    const c = t.charCodeAt(p);
    if (c < 128 && PUNCT[c] === 1) {
      this.punct = t[p];
      return this.set(Tok.Punct, p + 1);
    }
    if (c === 46) {
      if (t.charCodeAt(p + 1) === 46 && t.charCodeAt(p + 2) === 46) {
        this.punct = ".";
        return this.set(Tok.Punct, p + 3);
      }
      return this.set(Tok.Error, p);
    }
    if (isNameStart(c)) {
      p++;
      while (p < n && isNameChar(t.charCodeAt(p)))
        p++;
      return this.set(Tok.Name, p);
    }
    if (c === 45 || isDigit(c))
      return this.set(...this.number(p));
    if (c === 34)
      return this.set(...t.startsWith('"""', p) ? this.blockString(p + 3) : this.string(p + 1));
    return this.set(Tok.Error, p);
  }
  set(kind, end2) {
    this.kind = kind;
    this.end = end2;
    this.pos = kind === Tok.Error ? this.text.length : end2;
    return kind;
  }
  skipIgnored(p) {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 65279)
        p++;
      else if (c === 35) {
        while (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
          p++;
      } else
        break;
    }
    return p;
  }
  /** IntValue / FloatValue (spec §2.9.1–2): no leading zeros, nothing name-like right after. */
  number(p) {
    const t = this.text;
    if (t.charCodeAt(p) === 45)
      p++;
    if (t.charCodeAt(p) === 48) {
      p++;
      if (isDigit(t.charCodeAt(p)))
        return [Tok.Error, p];
    } else {
      const d = p;
      while (isDigit(t.charCodeAt(p)))
        p++;
      if (p === d)
        return [Tok.Error, p];
    }
    if (t.charCodeAt(p) === 46) {
      const d = ++p;
      while (isDigit(t.charCodeAt(p)))
        p++;
      if (p === d)
        return [Tok.Error, p];
    }
    const e = t.charCodeAt(p);
    if (e === 101 || e === 69) {
      p++;
      const s = t.charCodeAt(p);
      if (s === 43 || s === 45)
        p++;
      const d = p;
      while (isDigit(t.charCodeAt(p)))
        p++;
      if (p === d)
        return [Tok.Error, p];
    }
    const after = t.charCodeAt(p);
    if (after === 46 || isNameStart(after))
      return [Tok.Error, p];
    return [Tok.Number, p];
  }
  /** `"…"`: no line terminator inside, escapes checked (spec §2.9.4). `p` is past the quote. */
  string(p) {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 34)
        return [Tok.String, p + 1];
      if (c === 10 || c === 13)
        return [Tok.Error, p];
      if (c === 92) {
        const e = t.charCodeAt(p + 1);
        if (e === 117) {
          const q = this.unicodeEscape(p + 2);
          if (q < 0)
            return [Tok.Error, p];
          p = q;
          continue;
        }
        if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
          return [Tok.Error, p];
        p += 2;
        continue;
      }
      if (c < 32 && c !== 9)
        return [Tok.Error, p];
      p++;
    }
    return [Tok.Error, p];
  }
  /** After `\u`: four hex digits or `{hex…}`; the offset after the escape, or -1. */
  unicodeEscape(p) {
    const t = this.text;
    if (t.charCodeAt(p) === 123) {
      let q = p + 1;
      while (isHex(t.charCodeAt(q)) && q - p <= 8)
        q++;
      if (q === p + 1 || t.charCodeAt(q) !== 125)
        return -1;
      return parseInt(t.slice(p + 1, q), 16) <= 1114111 ? q + 1 : -1;
    }
    for (let i = 0; i < 4; i++)
      if (!isHex(t.charCodeAt(p + i)))
        return -1;
    return p + 4;
  }
  /** `"""…"""`, where `\"""` does not close it. `p` is past the opening quotes. */
  blockString(p) {
    const t = this.text;
    const n = t.length;
    while (p < n) {
      const c = t.charCodeAt(p);
      if (c === 34 && t.startsWith('"""', p))
        return [Tok.String, p + 3];
      if (c === 92 && t.startsWith('\\"""', p))
        p += 4;
      else if (c < 32 && c !== 9 && c !== 10 && c !== 13)
        return [Tok.Error, p];
      else
        p++;
    }
    return [Tok.Error, p];
  }
};

// packages/protocols/dist/graphql/scan.js
var NotGraphql = class {
};
var Budget = class {
};
var NOT = new NotGraphql();
var BUDGET = new Budget();
var OPERATION_TYPES = ["query", "mutation", "subscription"];
function scanDocument(text4, options = {}) {
  const s = new Scanner(text4, options.maxTokens ?? GRAPHQL_LIMITS.maxScanTokens);
  try {
    s.document();
  } catch (e) {
    if (e === BUDGET) {
      return s.result.operations.length > 0 ? { ...s.result, complete: false } : null;
    }
    if (e === NOT)
      return null;
    throw e;
  }
  return s.result.operations.length > 0 ? s.result : null;
}
var Scanner = class {
  budget;
  result = { operations: [], fragments: 0, complete: true };
  lx;
  constructor(text4, budget) {
    this.budget = budget;
    this.lx = new Lexer(text4);
  }
  advance() {
    if (--this.budget < 0)
      throw BUDGET;
    if (this.lx.next() === Tok.Error)
      throw NOT;
  }
  expectPunct(p) {
    if (!this.lx.is(p))
      throw NOT;
    this.advance();
  }
  expectName() {
    if (this.lx.kind !== Tok.Name)
      throw NOT;
    const name = this.lx.name;
    this.advance();
    return name;
  }
  document() {
    const lx = this.lx;
    this.advance();
    if (lx.eof())
      throw NOT;
    while (!lx.eof()) {
      if (lx.is("{")) {
        const op = { type: "query", rootFields: [] };
        this.result.operations.push(op);
        this.rootSelectionSet(op);
      } else if (lx.kind === Tok.Name && OPERATION_TYPES.includes(lx.name)) {
        this.operation(lx.name);
      } else if (lx.isName("fragment")) {
        this.fragment();
      } else {
        throw NOT;
      }
    }
  }
  operation(type) {
    const lx = this.lx;
    this.advance();
    const op = { type, rootFields: [] };
    if (lx.kind === Tok.Name) {
      op.name = lx.name;
      this.advance();
    }
    this.result.operations.push(op);
    if (lx.is("("))
      this.variableDefinitions();
    this.directives();
    this.rootSelectionSet(op);
  }
  fragment() {
    const lx = this.lx;
    this.advance();
    if (lx.isName("on"))
      throw NOT;
    this.expectName();
    if (!lx.isName("on"))
      throw NOT;
    this.advance();
    this.expectName();
    this.directives();
    if (!lx.is("{"))
      throw NOT;
    this.result.fragments++;
    this.skipBalanced(true);
  }
  /** `( $name: Type = default @dir, … )`: each definition starts with `$`; the rest is skipped. */
  variableDefinitions() {
    const lx = this.lx;
    this.advance();
    if (!lx.is("$"))
      throw NOT;
    let depth = 0;
    while (!(depth === 0 && lx.is(")"))) {
      if (lx.eof())
        throw NOT;
      if (lx.is("$") && depth === 0) {
        this.advance();
        this.expectName();
        this.expectPunct(":");
        continue;
      }
      if (lx.is("(") || lx.is("[") || lx.is("{")) {
        this.skipBalanced(false);
        continue;
      }
      if (lx.is(")") || lx.is("]") || lx.is("}"))
        throw NOT;
      this.advance();
    }
    this.advance();
  }
  directives() {
    const lx = this.lx;
    while (lx.is("@")) {
      this.advance();
      this.expectName();
      if (lx.is("("))
        this.skipBalanced(false);
    }
  }
  /** The root `{ … }`: field names are recorded, everything below them skipped. */
  rootSelectionSet(op) {
    const lx = this.lx;
    this.expectPunct("{");
    if (lx.is("}"))
      throw NOT;
    while (!lx.is("}")) {
      if (lx.is(".")) {
        this.advance();
        if (lx.isName("on")) {
          this.advance();
          this.expectName();
          this.directives();
          if (!lx.is("{"))
            throw NOT;
          this.skipBalanced(true);
        } else if (lx.kind === Tok.Name) {
          this.advance();
          this.directives();
        } else {
          this.directives();
          if (!lx.is("{"))
            throw NOT;
          this.skipBalanced(true);
        }
        continue;
      }
      let field = this.expectName();
      if (lx.is(":")) {
        this.advance();
        field = this.expectName();
      }
      if (op.rootFields.length < GRAPHQL_LIMITS.maxRootFields)
        op.rootFields.push(field);
      if (lx.is("("))
        this.skipBalanced(false);
      this.directives();
      if (lx.is("{"))
        this.skipBalanced(true);
    }
    this.advance();
  }
  /**
   * Skips a balanced group starting at the current `{ ( [`, checking that closers match. An empty
   * group is refused when `selectionSet` (a selection set needs a selection; `{}` in arguments is an
   * empty input object and fine).
   */
  skipBalanced(selectionSet) {
    const lx = this.lx;
    const stack = [];
    do {
      if (lx.eof())
        throw NOT;
      if (lx.kind === Tok.Punct) {
        const p = lx.punct;
        if (p === "{" || p === "(" || p === "[") {
          if (stack.length >= GRAPHQL_LIMITS.maxNesting)
            throw BUDGET;
          stack.push(p === "{" ? "}" : p === "(" ? ")" : "]");
          this.advance();
          if (selectionSet && stack.length === 1 && lx.is("}"))
            throw NOT;
          continue;
        }
        if (p === "}" || p === ")" || p === "]") {
          if (stack.pop() !== p)
            throw NOT;
        }
      }
      this.advance();
    } while (stack.length > 0);
  }
};

// packages/protocols/dist/http1/detect.js
var MAX_PROBE_LINE = 2048;
var MAX_METHOD = 32;
var SP = 32;
var CR = 13;
var LF = 10;
var TCHAR = new Uint8Array(256);
for (let c = 48; c <= 57; c++)
  TCHAR[c] = 1;
for (let c = 65; c <= 90; c++)
  TCHAR[c] = 1;
for (let c = 97; c <= 122; c++)
  TCHAR[c] = 1;
for (const ch5 of "!#$%&'*+-.^_`|~")
  TCHAR[ch5.charCodeAt(0)] = 1;
var HTTP_1 = [72, 84, 84, 80, 47, 49, 46];
function probeVersion(buf, s, e) {
  for (let k = 0; k < 8; k++) {
    if (s + k >= e)
      return "more";
    const b = buf[s + k];
    if (k < 7 ? b !== HTTP_1[k] : b !== 48 && b !== 49)
      return "no";
  }
  return "yes";
}
function probeStatusLine(buf, s, e) {
  const v = probeVersion(buf, s, e);
  if (v !== "yes")
    return v;
  if (s + 8 >= e)
    return "more";
  if (buf[s + 8] !== SP)
    return "no";
  for (let k = 9; k < 12; k++) {
    if (s + k >= e)
      return "more";
    const b = buf[s + k];
    if (b < 48 || b > 57)
      return "no";
  }
  if (s + 12 >= e)
    return "more";
  const t = buf[s + 12];
  return t === SP || t === CR || t === LF ? "yes" : "no";
}
function probeRequestLine(buf, s, e, allow09, maxLine = MAX_PROBE_LINE) {
  let i = s;
  while (i < e && TCHAR[buf[i]] === 1) {
    if (++i - s > MAX_METHOD)
      return "no";
  }
  if (i === e)
    return "more";
  if (i === s || buf[i] !== SP)
    return "no";
  const target = ++i;
  while (i < e) {
    const b2 = buf[i];
    if (b2 <= SP || b2 === 127)
      break;
    if (i - s > maxLine)
      return "no";
    i++;
  }
  if (i === e)
    return e - s > maxLine ? "no" : "more";
  if (i === target)
    return "no";
  const b = buf[i];
  if (b === CR || b === LF) {
    if (!allow09 || !is09(buf, s, target, i))
      return "no";
    if (b === LF)
      return "yes";
    return i + 1 === e ? "more" : buf[i + 1] === LF ? "yes" : "no";
  }
  if (b !== SP)
    return "no";
  const v = probeVersion(buf, i + 1, e);
  if (v !== "yes")
    return v;
  const j = i + 9;
  if (j >= e)
    return "more";
  if (buf[j] === LF)
    return "yes";
  if (buf[j] !== CR)
    return "no";
  return j + 1 === e ? "more" : buf[j + 1] === LF ? "yes" : "no";
}
function is09(buf, s, target, end2) {
  return target - s === 4 && buf[s] === 71 && buf[s + 1] === 69 && buf[s + 2] === 84 && buf[target] === 47 && end2 > target;
}
function detect4(firstBytes) {
  const e = firstBytes.length;
  if (e === 0)
    return "more";
  const status = probeStatusLine(firstBytes, 0, e);
  if (status === "yes")
    return "server";
  const request = probeRequestLine(firstBytes, 0, e, true);
  if (request === "yes")
    return "client";
  if (status === "more" || request === "more")
    return e >= MAX_PROBE_LINE ? null : "more";
  return null;
}

// packages/protocols/dist/http1/parse.js
var LF2 = 10;
var CR2 = 13;
var latin = new TextDecoder("utf-8");
function findHeadEnd(buf, start, from = start) {
  let i = buf.indexOf(LF2, Math.max(start, from));
  while (i >= 0) {
    const n = buf[i + 1];
    if (n === LF2)
      return i + 2;
    if (n === CR2) {
      if (i + 2 >= buf.length)
        return -1;
      if (buf[i + 2] === LF2)
        return i + 3;
    } else if (n === void 0)
      return -1;
    i = buf.indexOf(LF2, i + 1);
  }
  return -1;
}
function parseHeaderLines(lines, from, anomalies) {
  return parseHeaderText(lines.slice(from).join("\n"), 0, anomalies);
}
function parseHeaderText(text4, pos, anomalies) {
  const headers2 = {};
  const n = text4.length;
  let last = "";
  let colonAt = -1;
  while (pos < n) {
    const nl = text4.indexOf("\n", pos);
    const next = nl < 0 ? n : nl + 1;
    let e = nl < 0 ? n : nl;
    if (e > pos && text4.charCodeAt(e - 1) === 13)
      e--;
    if (e === pos) {
      pos = next;
      continue;
    }
    const c0 = text4.charCodeAt(pos);
    if (c0 === 32 || c0 === 9) {
      if (last !== "")
        appendFold(headers2, last, text4.slice(pos, e).trim());
      else
        pushOnce(anomalies, "bad-header");
      pos = next;
      continue;
    }
    if (colonAt < pos) {
      colonAt = text4.indexOf(":", pos);
      if (colonAt < 0)
        colonAt = n;
    }
    const colon = colonAt;
    if (colon === pos || colon >= e) {
      pushOnce(anomalies, "bad-header");
      last = "";
      pos = next;
      continue;
    }
    let name;
    if (text4.charCodeAt(colon - 1) <= 32) {
      name = lowerName(text4.slice(pos, colon).trimEnd());
      pushOnce(anomalies, "bad-header");
    } else
      name = cachedName(text4, pos, colon, nameHash(text4, pos, colon));
    addHeader(headers2, name, fieldValue(text4, colon + 1, e));
    last = name;
    pos = next;
  }
  return headers2;
}
function detach(s) {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}
function nameHash(text4, s, e) {
  const len = e - s;
  const h = len << 24 ^ text4.charCodeAt(s) << 16 ^ text4.charCodeAt(s + 1) << 8 ^ text4.charCodeAt(e - 1) ^ text4.charCodeAt(e - 2) << 4;
  return Math.imul(h, 2654435761);
}
function fieldValue(text4, s, e) {
  while (s < e) {
    const c = text4.charCodeAt(s);
    if (c !== 32 && c !== 9)
      break;
    s++;
  }
  while (e > s) {
    const c = text4.charCodeAt(e - 1);
    if (c !== 32 && c !== 9)
      break;
    e--;
  }
  if (s === e)
    return "";
  const v = text4.slice(s, e);
  return mayTrim(text4.charCodeAt(s)) || mayTrim(text4.charCodeAt(e - 1)) ? v.trim() : v;
}
function mayTrim(c) {
  return c < 32 || c >= 128;
}
var NAME_BITS = 11;
var NAME_SLOTS = 1 << NAME_BITS;
var NAME_PROBES = 4;
var NAME_MAX_LENGTH = 64;
var nameRaw = new Array(NAME_SLOTS).fill(void 0);
var nameLower = new Array(NAME_SLOTS).fill("");
function cachedName(text4, s, e, hash) {
  const len = e - s;
  let i = hash >>> 32 - NAME_BITS;
  for (let k = 0; k < NAME_PROBES; k++, i = i + 1 & NAME_SLOTS - 1) {
    const raw = nameRaw[i];
    if (raw === void 0) {
      const name = detach(text4.slice(s, e));
      const lower = name.toLowerCase();
      if (len <= NAME_MAX_LENGTH) {
        nameRaw[i] = name;
        nameLower[i] = lower;
      }
      return lower;
    }
    if (raw.length === len && text4.startsWith(raw, s))
      return nameLower[i];
  }
  return text4.slice(s, e).toLowerCase();
}
function lowerName(raw) {
  return cachedName(raw, 0, raw.length, nameHash(raw, 0, raw.length));
}
function addHeader(headers2, name, value2) {
  const prev = headers2[name];
  if (prev === void 0)
    headers2[name] = value2;
  else if (!Object.prototype.hasOwnProperty.call(headers2, name)) {
    setOwn(headers2, name, value2);
  } else if (typeof prev === "string")
    headers2[name] = [prev, value2];
  else
    prev.push(value2);
}
function appendFold(headers2, name, more) {
  const prev = headers2[name];
  if (typeof prev === "string")
    headers2[name] = prev === "" ? more : `${prev} ${more}`;
  else if (prev !== void 0)
    prev[prev.length - 1] = `${prev[prev.length - 1]} ${more}`;
}
function setOwn(obj, key, value2) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value: value2, enumerable: true, writable: true, configurable: true });
  else
    obj[key] = value2;
}
function pushOnce(list, item) {
  if (!list.includes(item))
    list.push(item);
}
function parseRequestLine(line) {
  const a = line.indexOf(" ");
  if (a <= 0)
    return null;
  const b = line.lastIndexOf(" ");
  const method = line.slice(0, a);
  if (b === a) {
    const target2 = line.slice(a + 1);
    return method === "GET" && target2.startsWith("/") ? { method, target: target2, version: "0.9" } : null;
  }
  const proto = line.slice(b + 1);
  if (proto.length !== 8 || !proto.startsWith("HTTP/") || !isDigit2(proto, 5) || proto.charCodeAt(6) !== 46 || !isDigit2(proto, 7))
    return null;
  const target = line.slice(a + 1, b).trim();
  if (target === "" || target.includes(" "))
    return null;
  return { method, target, version: proto.slice(5) };
}
function parseStatusLine(line) {
  if (!line.startsWith("HTTP/") || line.length < 12)
    return null;
  if (!isDigit2(line, 5) || line.charCodeAt(6) !== 46 || !isDigit2(line, 7) || line.charCodeAt(8) !== 32)
    return null;
  if (!isDigit2(line, 9) || !isDigit2(line, 10) || !isDigit2(line, 11))
    return null;
  if (line.length > 12 && line.charCodeAt(12) !== 32)
    return null;
  const status = (line.charCodeAt(9) - 48) * 100 + (line.charCodeAt(10) - 48) * 10 + (line.charCodeAt(11) - 48);
  return { status, statusText: line.length > 13 ? line.slice(13).trim() : "", version: line.slice(5, 8) };
}
function isDigit2(s, i) {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
function firstLine(text4) {
  const nl = text4.indexOf("\n");
  if (nl < 0)
    return [text4, text4.length];
  return [text4.slice(0, nl > 0 && text4.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), nl + 1];
}
function parseRequestHead(buf, offset, maxBytes, scanFrom) {
  const lf = buf.indexOf(LF2, offset);
  const lineEnd = lf < 0 ? buf.length : lf + 1;
  if (probeRequestLine(buf, offset, lineEnd, true, maxBytes) === "no")
    return parseMalformedRequest(buf, offset, lineEnd, maxBytes, scanFrom);
  if (lf < 0)
    return tooLargeOrMore(buf, offset, maxBytes);
  const v = buf[lf - 1] === CR2 ? lf - 9 : lf - 8;
  const is092 = !(v > offset && buf[v - 1] === 32 && buf[v] === 72 && buf[v + 4] === 47);
  const end2 = is092 ? lf + 1 : findHeadEnd(buf, offset, Math.max(lf, scanFrom ?? 0));
  if (end2 < 0)
    return tooLargeOrMore(buf, offset, maxBytes);
  if (end2 - offset > maxBytes)
    return { ok: false, error: true, code: "header-too-large" };
  const text4 = latin.decode(buf.subarray(offset, end2));
  const [first2, rest] = firstLine(text4);
  const line = parseRequestLine(first2);
  if (line === null)
    return { ok: false, error: true, code: "bad-request-line" };
  const anomalies = [];
  const headers2 = parseHeaderText(text4, rest, anomalies);
  const message = { kind: "request", method: line.method, target: line.target, version: line.version, headers: headers2, anomalies };
  return { ok: true, message, consumed: end2 - offset };
}
function parseMalformedRequest(buf, offset, lineEnd, maxBytes, scanFrom) {
  const fail4 = { ok: false, error: true, code: "bad-request-line" };
  let i = offset;
  while (i < lineEnd && TCHAR[buf[i]] === 1 && i - offset <= 32)
    i++;
  if (i === offset || i - offset > 32)
    return fail4;
  if (i < lineEnd && buf[i] !== 32 && buf[i] !== 47)
    return fail4;
  for (let j = i; j < lineEnd; j++) {
    const b = buf[j];
    if (b < 32 && b !== 9 && b !== LF2 && !(b === CR2 && (j + 1 === buf.length || buf[j + 1] === LF2)) || b === 127)
      return fail4;
  }
  if (buf[lineEnd - 1] !== LF2)
    return tooLargeOrMore(buf, offset, maxBytes);
  const end2 = findHeadEnd(buf, offset, Math.max(lineEnd - 1, scanFrom ?? 0));
  if (end2 < 0)
    return tooLargeOrMore(buf, offset, maxBytes);
  if (end2 - offset > maxBytes)
    return { ok: false, error: true, code: "header-too-large" };
  const text4 = latin.decode(buf.subarray(offset, end2));
  const [first2, restAt] = firstLine(text4);
  const method = first2.slice(0, i - offset);
  const rest = first2.slice(i - offset).trim();
  const h = rest.lastIndexOf("HTTP/");
  if (h < 0 || rest.charCodeAt(h + 5) !== 49)
    return fail4;
  const anomalies = ["bad-request-line"];
  const headers2 = parseHeaderText(text4, restAt, anomalies);
  const target = h > 0 && rest.charCodeAt(h - 1) !== 32 ? rest : rest.slice(0, h).trim();
  const message = { kind: "request", method, target, version: rest.slice(h + 5).trim(), headers: headers2, anomalies };
  return { ok: true, message, consumed: end2 - offset };
}
function parseResponseHead(buf, offset, maxBytes, scanFrom) {
  if (probeStatusLine(buf, offset, buf.length) === "no")
    return { ok: false, error: true, code: "bad-status-line" };
  const end2 = findHeadEnd(buf, offset, Math.max(offset, scanFrom ?? 0));
  if (end2 < 0)
    return tooLargeOrMore(buf, offset, maxBytes);
  if (end2 - offset > maxBytes)
    return { ok: false, error: true, code: "header-too-large" };
  const text4 = latin.decode(buf.subarray(offset, end2));
  const [first2, rest] = firstLine(text4);
  const line = parseStatusLine(first2);
  if (line === null)
    return { ok: false, error: true, code: "bad-status-line" };
  const anomalies = [];
  const headers2 = parseHeaderText(text4, rest, anomalies);
  const message = { kind: "response", status: line.status, statusText: line.statusText, version: line.version, headers: headers2, anomalies };
  return { ok: true, message, consumed: end2 - offset };
}
function tooLargeOrMore(buf, offset, maxBytes) {
  if (buf.length - offset >= maxBytes)
    return { ok: false, error: true, code: "header-too-large" };
  return { ok: false, incomplete: true, needed: 1 };
}
function parsePartialHead(buf, offset, end2, dir) {
  const last = buf.lastIndexOf(LF2, end2 - 1);
  if (last < offset)
    return null;
  const text4 = latin.decode(buf.subarray(offset, last + 1));
  const [first2, rest] = firstLine(text4);
  const anomalies = [];
  if (dir === 0) {
    const line2 = parseRequestLine(first2);
    if (line2 === null)
      return null;
    return { kind: "request", ...line2, headers: parseHeaderText(text4, rest, anomalies), anomalies };
  }
  const line = parseStatusLine(first2);
  if (line === null)
    return null;
  return { kind: "response", ...line, headers: parseHeaderText(text4, rest, anomalies), anomalies };
}

// packages/protocols/dist/http1/query.js
function splitTarget(target) {
  const q = target.indexOf("?");
  if (q < 0) {
    const h2 = target.indexOf("#");
    return { path: h2 < 0 ? target : target.slice(0, h2), query: "" };
  }
  let query = target.slice(q + 1);
  const h = query.indexOf("#");
  if (h >= 0)
    query = query.slice(0, h);
  return { path: target.slice(0, q), query };
}
function parseQuery(query) {
  const out = {};
  if (query === "")
    return out;
  let pos = 0;
  while (pos <= query.length) {
    let amp = query.indexOf("&", pos);
    if (amp < 0)
      amp = query.length;
    const s = pos;
    pos = amp + 1;
    if (amp === s)
      continue;
    const eq = query.indexOf("=", s);
    const hasEq = eq >= 0 && eq < amp;
    const key = decodeQueryComponent(query.slice(s, hasEq ? eq : amp));
    const value2 = hasEq ? decodeQueryComponent(query.slice(eq + 1, amp)) : "";
    const prev = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : void 0;
    if (prev === void 0)
      setOwn(out, key, value2);
    else if (typeof prev === "string")
      out[key] = [prev, value2];
    else
      prev.push(value2);
  }
  return out;
}
function decodeQueryComponent(s) {
  if (s.indexOf("+") >= 0)
    s = s.replace(/\+/g, " ");
  if (s.indexOf("%") < 0)
    return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeEscapeRun);
  }
}
function decodeEscapeRun(run) {
  let out = "";
  let i = 0;
  while (i < run.length) {
    let done = false;
    for (let len = Math.min(4, (run.length - i) / 3); len >= 1 && !done; len--) {
      try {
        out += decodeURIComponent(run.slice(i, i + 3 * len));
        i += 3 * len;
        done = true;
      } catch {
      }
    }
    if (!done) {
      out += run.slice(i, i + 3);
      i += 3;
    }
  }
  return out;
}

// packages/protocols/dist/graphql/request.js
var NO = { kind: "no" };
function classifyRequest(req, count2) {
  const method = req.method;
  if (method === "GET")
    return fromQueryString(queryParams(req), count2);
  if (method !== "POST")
    return NO;
  const type = mediaType(req);
  if (type === GRAPHQL_TYPE) {
    const text5 = bodyText2(req, true);
    if (text5 === void 0)
      return { kind: "undecodable" };
    if (text5 === null)
      return NO;
    const params = queryParams(req);
    const op = operation(text5, str(params.operationName), params.variables, void 0, count2);
    return op ? { kind: "graphql", operations: [op], batch: null } : NO;
  }
  const json = isJsonType(type);
  if (!json && type !== "" && type !== "text/plain")
    return NO;
  const text4 = bodyText2(req, json);
  if (text4 === void 0)
    return json && mayHoldOperation(req) ? { kind: "undecodable" } : NO;
  if (text4 === null || !looksLikeJson(text4))
    return NO;
  if (!text4.includes('"query"') && !text4.includes('"extensions"'))
    return NO;
  return fromJson(parseJson(text4), count2);
}
function mayHoldOperation(req) {
  const text4 = isObj2(req.body) ? req.body.text : void 0;
  return typeof text4 !== "string" || text4.includes('"query"') || text4.includes('"extensions"');
}
function fromJson(value2, count2) {
  if (Array.isArray(value2)) {
    if (value2.length === 0)
      return NO;
    const operations = [];
    for (const item of value2) {
      if (operations.length >= GRAPHQL_LIMITS.maxBatchOperations) {
        count2("graphql.batch_limit");
        break;
      }
      const op2 = fromParams(item, count2);
      if (!op2)
        return NO;
      operations.push(op2);
    }
    return { kind: "graphql", operations, batch: value2.length };
  }
  const op = fromParams(value2, count2);
  return op ? { kind: "graphql", operations: [op], batch: null } : NO;
}
function fromParams(o, count2) {
  if (!isObj2(o))
    return null;
  const { query, operationName, variables, extensions } = o;
  if (!nullish(operationName) && typeof operationName !== "string")
    return null;
  if (!nullish(variables) && !isObj2(variables) && typeof variables !== "string")
    return null;
  if (!nullish(extensions) && !isObj2(extensions))
    return null;
  if (typeof query === "string")
    return operation(query, str(operationName), variables, extensions, count2);
  if (nullish(query) && persistedHash(extensions))
    return persistedOnly(str(operationName), variables, count2);
  return null;
}
function fromQueryString(params, count2) {
  const query = str(params.query);
  const name = str(params.operationName);
  const ext = typeof params.extensions === "string" ? parseJson(params.extensions) : void 0;
  let op = null;
  if (query !== void 0)
    op = operation(query, name, params.variables, ext, count2);
  else if (params.query === void 0 && persistedHash(ext))
    op = persistedOnly(name, params.variables, count2);
  return op ? { kind: "graphql", operations: [op], batch: null } : NO;
}
function operation(text4, givenName, variables, extensions, count2) {
  const scan = scanDocument(text4);
  if (!scan)
    return null;
  if (!scan.complete)
    count2("graphql.scan_limit");
  const chosen = givenName !== void 0 && scan.operations.find((o) => o.name === givenName) || scan.operations[0];
  const op = { rootFields: chosen.rootFields, operationType: chosen.type };
  if (scan.fragments > 0)
    op.fragments = scan.fragments;
  if (text4.length > GRAPHQL_LIMITS.maxQueryChars) {
    op.query = text4.slice(0, GRAPHQL_LIMITS.maxQueryChars);
    op.queryTruncated = true;
    count2("graphql.query_truncated");
  } else
    op.query = text4;
  const name = givenName ?? chosen.name;
  if (name !== void 0)
    op.operationName = name;
  if (persistedHash(extensions))
    op.persisted = true;
  addVariables(op, variables, count2);
  return op;
}
function persistedOnly(name, variables, count2) {
  const op = { rootFields: [], persisted: true };
  if (name !== void 0)
    op.operationName = name;
  addVariables(op, variables, count2);
  return op;
}
function addVariables(op, variables, count2) {
  const value2 = typeof variables === "string" ? parseJson(variables) : variables;
  if (!isObj2(value2))
    return;
  const b = boundJson(value2);
  op.variables = b.value;
  if (b.cut) {
    op.variablesTruncated = true;
    count2("graphql.variables_limit");
  }
}
function persistedHash(extensions) {
  if (!isObj2(extensions))
    return false;
  const pq = extensions.persistedQuery;
  return isObj2(pq) && typeof pq.sha256Hash === "string" && /^[0-9a-fA-F]{64}$/.test(pq.sha256Hash);
}
function queryParams(req) {
  if (isObj2(req.queryString))
    return req.queryString;
  const target = typeof req.url === "string" ? req.url : typeof req.path === "string" ? req.path : "";
  return parseQuery(splitTarget(target).query);
}
var nullish = (v) => v === void 0 || v === null;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;

// packages/protocols/dist/graphql/response.js
function readResponse(resp, count2) {
  const type = mediaType(resp);
  const json = isJsonType(type);
  if (!json && type !== "")
    return null;
  const text4 = bodyText2(resp, json);
  if (text4 === void 0) {
    count2("graphql.response_undecodable");
    return null;
  }
  if (text4 === null || !looksLikeJson(text4))
    return null;
  const value2 = parseJson(text4);
  const results2 = Array.isArray(value2) ? value2 : [value2];
  if (results2.length === 0 || !results2.every(isResult))
    return null;
  const info = { errors: [], hasErrors: false };
  for (const r of results2) {
    const errors = r.errors;
    if (!Array.isArray(errors) || errors.length === 0)
      continue;
    info.hasErrors = true;
    for (const e of errors) {
      if (info.errors.length >= GRAPHQL_LIMITS.maxErrors) {
        count2("graphql.errors_limit");
        return info;
      }
      info.errors.push(oneError(e));
    }
  }
  return info;
}
var isResult = (v) => isObj2(v) && ("data" in v || Array.isArray(v.errors));
var isGraphqlResponseType = (resp) => mediaType(resp) === GRAPHQL_RESPONSE_TYPE;
function oneError(e) {
  const L = GRAPHQL_LIMITS;
  if (!isObj2(e))
    return { message: "" };
  const m = typeof e.message === "string" ? e.message : "";
  const out = { message: m.length > L.maxErrorMessageChars ? `${m.slice(0, L.maxErrorMessageChars)}\u2026` : m };
  if (Array.isArray(e.path)) {
    const path = e.path.slice(0, L.maxErrorPathSegments).filter((p) => typeof p === "string" || typeof p === "number");
    if (path.length > 0)
      out.path = path;
  }
  if (isObj2(e.extensions) && typeof e.extensions.code === "string")
    out.code = e.extensions.code.slice(0, 128);
  return out;
}

// packages/protocols/dist/graphql/enrich.js
var CARRIERS = /* @__PURE__ */ new Set(["http", "http2"]);
function createGraphqlEnricher(options = {}) {
  const fallback = options.count ?? (() => {
  });
  return {
    name: "graphql",
    enrich(entry, count2 = fallback) {
      enrichEntry(entry, count2);
    }
  };
}
var graphqlEnricher = createGraphqlEnricher();
function enrichEntry(entry, count2) {
  if (!CARRIERS.has(entry.protocol.name))
    return;
  const req = entry.request;
  const resp = entry.response;
  let operations = [];
  let batch = null;
  const verdict = isObj2(req) ? classifyRequest(req, count2) : null;
  if (verdict?.kind === "graphql") {
    operations = verdict.operations;
    batch = verdict.batch;
  } else if (verdict?.kind === "undecodable") {
    count2("graphql.undecodable");
    return;
  } else if (!(isObj2(resp) && isGraphqlResponseType(resp))) {
    return;
  }
  entry.protocol = { name: "graphql", version: entry.protocol.version, abbr: "GQL" };
  if (isObj2(req) && operations.length > 0)
    addRequest(req, operations, batch);
  if (isObj2(resp)) {
    const info = readResponse(resp, count2);
    if (info) {
      if (info.errors.length > 0)
        resp.errors = info.errors;
      resp.hasErrors = info.hasErrors;
    }
  }
}
function addRequest(req, operations, batch) {
  Object.assign(req, operations[0]);
  if (batch !== null) {
    req.batch = batch;
    req.operations = operations.map(({ operationType, operationName, rootFields, persisted }) => {
      const o = { rootFields };
      if (operationType !== void 0)
        o.operationType = operationType;
      if (operationName !== void 0)
        o.operationName = operationName;
      if (persisted)
        o.persisted = true;
      return o;
    });
  }
}

// packages/protocols/dist/http2/stream.js
function newHalf() {
  return { headers: null, trailers: null, interim: [], chunks: [], kept: 0, size: 0, missing: 0, wire: 0, ended: false, undecodable: false, firstTs: 0, lastTs: 0, seen: false };
}
function newStream(id) {
  return { id, req: newHalf(), resp: newHalf(), anomalies: [] };
}
function touch(half, ts, wire) {
  if (!half.seen) {
    half.seen = true;
    half.firstTs = ts;
  }
  half.lastTs = ts;
  half.wire += wire;
}
function addBody(half, data, max) {
  half.size += data.length;
  const room = max - half.kept;
  if (room <= 0)
    return data.length === 0;
  const take = Math.min(room, data.length);
  half.chunks.push(data.slice(0, take));
  half.kept += take;
  return take === data.length;
}
function bodyBytes(half) {
  if (half.chunks.length === 1)
    return half.chunks[0];
  const out = new Uint8Array(half.kept);
  let o = 0;
  for (const c of half.chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
function pushOnce2(list, a) {
  if (!list.includes(a))
    list.push(a);
}

// packages/protocols/dist/http2/build.js
var HTTP2_PROTOCOL = { name: "http2", version: "2", abbr: "HTTP/2" };
function buildEntry3(s, ctx, refiners) {
  const req = s.req.seen ? requestObject(s.req, ctx) : null;
  const request = s.upgrade ? s.upgrade.request : req;
  const reqTs = s.upgrade ? s.upgrade.timestamp : s.req.firstTs;
  const resp = s.resp.seen ? responseObject(s.resp, ctx) : null;
  const anomalies = [...s.anomalies];
  if ((!request || !resp) && !s.reset)
    pushOnce2(anomalies, "unpaired");
  const entry = {
    timestamp: request ? reqTs : s.resp.firstTs,
    elapsedTime: request && resp ? s.resp.lastTs - reqTs : null,
    protocol: { ...HTTP2_PROTOCOL },
    request,
    response: resp,
    requestSize: s.req.wire,
    responseSize: s.resp.wire
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  for (const r of refiners) {
    try {
      if (r.refine(s, entry, ctx))
        break;
    } catch {
      ctx.count(`http2.refiner.${r.name}.error`);
    }
  }
  for (const a of entry.anomalies ?? [])
    ctx.count(`${entry.protocol.name}.${a}`);
  return entry;
}
function headerRecord(fields2) {
  const out = {};
  if (!fields2)
    return out;
  for (const [name, value2] of fields2) {
    const prev = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : void 0;
    if (prev === void 0)
      setOwn(out, name, value2);
    else if (Array.isArray(prev))
      prev.push(value2);
    else
      setOwn(out, name, [prev, value2]);
  }
  return out;
}
function fieldOf(fields2, name) {
  if (!fields2)
    return void 0;
  for (const [n, v] of fields2)
    if (n === name)
      return v;
  return void 0;
}
function requestObject(half, ctx) {
  const target = fieldOf(half.headers, ":path") ?? "";
  const { path, query } = splitTarget(target);
  const out = {
    method: fieldOf(half.headers, ":method") ?? "",
    path,
    url: target,
    queryString: parseQuery(query),
    httpVersion: "HTTP/2",
    headers: headerRecord(half.headers),
    body: halfBody(half, ctx)
  };
  if (half.trailers)
    out.trailers = headerRecord(half.trailers);
  if (half.undecodable)
    out.headersUndecodable = true;
  return out;
}
function responseObject(half, ctx) {
  const status = Number(fieldOf(half.headers, ":status"));
  const out = {
    status: Number.isInteger(status) ? status : 0,
    statusText: "",
    httpVersion: "HTTP/2",
    headers: headerRecord(half.headers),
    body: halfBody(half, ctx)
  };
  if (half.trailers)
    out.trailers = headerRecord(half.trailers);
  if (half.interim.length > 0)
    out.interim = half.interim;
  if (half.undecodable)
    out.headersUndecodable = true;
  return out;
}
function halfBody(half, ctx) {
  if (half.size === 0 && half.missing === 0)
    return null;
  const body2 = buildBody({
    bytes: bodyBytes(half),
    size: half.size,
    missing: half.missing,
    truncated: !half.ended,
    contentEncoding: fieldOf(half.headers, "content-encoding")
  }, { decompress: ctx.decompress, maxDecodedBodyBytes: ctx.limits.maxDecodedBodyBytes });
  if (body2.decodeError !== void 0)
    ctx.count("http2.decode_error");
  return body2;
}

// packages/protocols/dist/grpc/frame.js
function parseMessage2(buf, offset) {
  const avail = buf.length - offset;
  if (avail < 5)
    return { incomplete: true, needed: 5 - avail };
  const flag = buf[offset];
  if (flag > 1)
    return { error: true, code: "bad-compressed-flag" };
  const length = (buf[offset + 1] << 24 | buf[offset + 2] << 16 | buf[offset + 3] << 8 | buf[offset + 4]) >>> 0;
  if (avail < 5 + length)
    return { incomplete: true, needed: 5 + length - avail };
  return { ok: true, message: { compressed: flag === 1, length, data: buf.subarray(offset + 5, offset + 5 + length) }, consumed: 5 + length };
}
function splitMessages(body2, max) {
  const messages2 = [];
  let p = 0;
  let dropped = 0;
  while (p < body2.length) {
    const r = parseMessage2(body2, p);
    if (r.ok) {
      if (messages2.length < max)
        messages2.push(r.message);
      else
        dropped++;
      p += r.consumed;
      continue;
    }
    if (r.incomplete) {
      if (body2.length - p >= 5 && messages2.length < max) {
        const length = (body2[p + 1] << 24 | body2[p + 2] << 16 | body2[p + 3] << 8 | body2[p + 4]) >>> 0;
        messages2.push({ compressed: body2[p] === 1, length, data: body2.subarray(p + 5) });
      }
      return { messages: messages2, dropped, partial: true };
    }
    return { messages: messages2, dropped, error: r.code, partial: false };
  }
  return { messages: messages2, dropped, partial: false };
}

// packages/protocols/dist/grpc/limits.js
var GRPC_LIMITS = {
  /** Messages kept per direction of one call (streaming RPCs); the rest are counted. */
  maxMessages: 100,
  /** Nesting depth of schemaless/schema decoding. */
  maxDepth: 16,
  /** Fields decoded per message (all levels). */
  maxFields: 4096,
  /** Largest decompressed message. */
  maxMessageBytes: 4 << 20
};

// packages/protocols/dist/grpc/wire.js
var WIRE = { VARINT: 0, I64: 1, LEN: 2, I32: 5 };
function readVarint(buf, p) {
  let lo = 0;
  let shift = 0;
  for (let i = 0; i < 4; i++) {
    if (p >= buf.length)
      return null;
    const b = buf[p++];
    lo |= (b & 127) << shift;
    shift += 7;
    if ((b & 128) === 0)
      return { value: BigInt(lo >>> 0), next: p };
  }
  let value2 = BigInt(lo >>> 0);
  for (let i = 4; i < 10; i++) {
    if (p >= buf.length)
      return null;
    const b = buf[p++];
    value2 |= BigInt(b & 127) << BigInt(shift);
    shift += 7;
    if ((b & 128) === 0)
      return { value: BigInt.asUintN(64, value2), next: p };
  }
  return null;
}
function fixed(buf, p, n) {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--)
    v = v << 8n | BigInt(buf[p + i]);
  return v;
}
function readFields(buf, maxFields) {
  const out = [];
  let p = 0;
  while (p < buf.length) {
    if (out.length >= maxFields)
      return null;
    const key = readVarint(buf, p);
    if (!key)
      return null;
    p = key.next;
    const number2 = Number(key.value >> 3n);
    const wireType = Number(key.value & 7n);
    if (number2 < 1 || number2 > 536870911)
      return null;
    if (wireType === WIRE.VARINT) {
      const v = readVarint(buf, p);
      if (!v)
        return null;
      p = v.next;
      out.push({ number: number2, wireType, int: v.value });
    } else if (wireType === WIRE.I64) {
      if (p + 8 > buf.length)
        return null;
      out.push({ number: number2, wireType, int: fixed(buf, p, 8) });
      p += 8;
    } else if (wireType === WIRE.I32) {
      if (p + 4 > buf.length)
        return null;
      out.push({ number: number2, wireType, int: fixed(buf, p, 4) });
      p += 4;
    } else if (wireType === WIRE.LEN) {
      const len = readVarint(buf, p);
      if (!len || len.value > BigInt(buf.length - len.next))
        return null;
      p = len.next;
      const end2 = p + Number(len.value);
      out.push({ number: number2, wireType, bytes: buf.subarray(p, end2) });
      p = end2;
    } else
      return null;
  }
  return out;
}
function intValue(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
}

// packages/protocols/dist/grpc/schemaless.js
function decodeSchemaless(buf, maxDepth = GRPC_LIMITS.maxDepth) {
  return decode(buf, maxDepth, { fields: GRPC_LIMITS.maxFields });
}
function decode(buf, depth, budget) {
  const fields2 = readFields(buf, budget.fields);
  if (!fields2)
    return null;
  budget.fields -= fields2.length;
  const out = {};
  for (const f of fields2) {
    let v;
    if (f.wireType === WIRE.LEN)
      v = lengthDelimited(f.bytes, depth, budget);
    else
      v = intValue(f.int);
    const key = String(f.number);
    const prev = out[key];
    if (prev === void 0)
      out[key] = v;
    else if (Array.isArray(prev))
      prev.push(v);
    else
      out[key] = [prev, v];
  }
  return out;
}
function lengthDelimited(bytes, depth, budget) {
  if (bytes.length === 0)
    return "";
  if (printable(bytes)) {
    const text5 = asText(bytes);
    if (text5 !== null)
      return text5;
  }
  if (depth > 1) {
    const nested = decode(bytes, depth - 1, budget);
    if (nested)
      return nested;
  }
  const text4 = asText(bytes);
  if (text4 !== null)
    return text4;
  return { bytes: encodeBase64(bytes) };
}
function printable(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 || b === 127)
      return false;
  }
  return true;
}

// packages/protocols/dist/grpc/refine.js
var GRPC_PROTOCOL = { name: "grpc", version: "2", abbr: "gRPC" };
function isGrpcContentType(ct) {
  if (!ct)
    return false;
  const v = ct.trim().toLowerCase();
  return v === "application/grpc" || v.startsWith("application/grpc+") || v.startsWith("application/grpc;");
}
function splitGrpcPath(path) {
  const m = /^\/([^/]+)\/([^/]+)$/.exec(path);
  return m ? { service: m[1], rpc: m[2] } : { service: "", rpc: "" };
}
function decodeGrpcMessage(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function grpcRefiner(schema) {
  return {
    name: "grpc",
    refine(s, entry, ctx) {
      const reqCt = fieldOf(s.req.headers, "content-type");
      const respCt = fieldOf(s.resp.headers, "content-type");
      if (!isGrpcContentType(reqCt) && !isGrpcContentType(respCt))
        return false;
      refine(s, entry, ctx, schema);
      return true;
    }
  };
}
function refine(s, entry, ctx, schema) {
  entry.protocol = { ...GRPC_PROTOCOL };
  const anomalies = entry.anomalies ?? [];
  const path = fieldOf(s.req.headers, ":path") ?? "";
  const req = entry.request;
  if (req && !s.upgrade) {
    const { service, rpc } = splitGrpcPath(String(req.path ?? ""));
    req.service = service;
    req.rpc = rpc;
    req.messages = messages(s.req, "request", path, ctx, schema, anomalies);
    req.body = null;
  }
  const resp = entry.response;
  if (resp) {
    const http = resp.status;
    resp.httpStatus = http;
    delete resp.status;
    const code = fieldOf(s.resp.trailers, "grpc-status") ?? fieldOf(s.resp.headers, "grpc-status");
    if (code !== void 0 && /^\d+$/.test(code))
      resp.status = Number(code);
    const message = fieldOf(s.resp.trailers, "grpc-message") ?? fieldOf(s.resp.headers, "grpc-message");
    resp.statusText = message === void 0 ? "" : decodeGrpcMessage(message);
    resp.messages = messages(s.resp, "response", path, ctx, schema, anomalies);
    resp.body = null;
  }
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
}
function messages(half, side, path, ctx, schema, anomalies) {
  if (half.kept === 0)
    return [];
  const split = splitMessages(bodyBytes(half), GRPC_LIMITS.maxMessages);
  if (split.dropped > 0) {
    ctx.count("limit.grpc.maxMessages", split.dropped);
    pushOnce(anomalies, "truncated");
  }
  if (split.error) {
    ctx.count("grpc.bad_frame");
    pushOnce(anomalies, "grpc-framing");
  }
  const encoding = fieldOf(half.headers, "grpc-encoding");
  return split.messages.map((m) => decodeMessage(m, side, path, encoding, ctx, schema, anomalies));
}
function decodeMessage(m, side, path, encoding, ctx, schema, anomalies) {
  const out = { size: m.length };
  if (m.data.length < m.length) {
    out.truncated = true;
    pushOnce(anomalies, "truncated");
    out.base64 = encodeBase64(m.data);
    return out;
  }
  let data = m.data;
  if (m.compressed) {
    out.compressed = true;
    const coding = encoding?.trim().toLowerCase();
    if ((coding === "gzip" || coding === "deflate") && ctx.decompress) {
      try {
        data = ctx.decompress(coding, data, GRPC_LIMITS.maxMessageBytes);
        out.decodedSize = data.length;
      } catch (err) {
        out.error = `${coding}: ${err instanceof Error ? err.message : String(err)}`;
      }
    } else
      out.error = `cannot decompress grpc-encoding ${encoding ?? "(none)"}`;
    if (out.error) {
      ctx.count("grpc.decode_error");
      out.base64 = encodeBase64(m.data);
      return out;
    }
  }
  const typed = schema?.decode(path, side, data);
  if (typed) {
    out.type = typed.type;
    out.value = typed.value;
    return out;
  }
  const value2 = decodeSchemaless(data);
  if (value2)
    out.value = value2;
  else {
    ctx.count("grpc.not_protobuf");
    out.base64 = encodeBase64(data);
  }
  return out;
}

// packages/protocols/dist/http2/frame.js
var FRAME = {
  DATA: 0,
  HEADERS: 1,
  PRIORITY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PUSH_PROMISE: 5,
  PING: 6,
  GOAWAY: 7,
  WINDOW_UPDATE: 8,
  CONTINUATION: 9
};
var FLAG = {
  END_STREAM: 1,
  ACK: 1,
  END_HEADERS: 4,
  PADDED: 8,
  PRIORITY: 32
};
var FRAME_HEADER_BYTES = 9;
var PREFACE = new TextEncoder().encode("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
function readFrameHeader(buf, p) {
  return {
    length: buf[p] << 16 | buf[p + 1] << 8 | buf[p + 2],
    type: buf[p + 3],
    flags: buf[p + 4],
    streamId: (buf[p + 5] & 127) << 24 | buf[p + 6] << 16 | buf[p + 7] << 8 | buf[p + 8]
  };
}
function unpad(frame) {
  let p = frame.payload;
  let pad3 = 0;
  if (frame.flags & FLAG.PADDED) {
    if (p.length < 1)
      return null;
    pad3 = p[0];
    p = p.subarray(1);
  }
  if (frame.type === FRAME.HEADERS && frame.flags & FLAG.PRIORITY) {
    if (p.length < 5)
      return null;
    p = p.subarray(5);
  }
  if (pad3 > p.length)
    return null;
  return p.subarray(0, p.length - pad3);
}
function parseSettings(payload) {
  if (payload.length % 6 !== 0)
    return null;
  const out = [];
  for (let i = 0; i < payload.length; i += 6) {
    out.push({
      id: payload[i] << 8 | payload[i + 1],
      value: (payload[i + 2] << 24 | payload[i + 3] << 16 | payload[i + 4] << 8 | payload[i + 5]) >>> 0
    });
  }
  return out;
}
var SETTINGS_HEADER_TABLE_SIZE = 1;
function u322(buf, p) {
  return (buf[p] << 24 | buf[p + 1] << 16 | buf[p + 2] << 8 | buf[p + 3]) >>> 0;
}
var ERROR_CODES = [
  "NO_ERROR",
  "PROTOCOL_ERROR",
  "INTERNAL_ERROR",
  "FLOW_CONTROL_ERROR",
  "SETTINGS_TIMEOUT",
  "STREAM_CLOSED",
  "FRAME_SIZE_ERROR",
  "REFUSED_STREAM",
  "CANCEL",
  "COMPRESSION_ERROR",
  "CONNECT_ERROR",
  "ENHANCE_YOUR_CALM",
  "INADEQUATE_SECURITY",
  "HTTP_1_1_REQUIRED"
];
function errorName(code) {
  return ERROR_CODES[code] ?? `0x${code.toString(16)}`;
}

// packages/protocols/dist/http2/huffman.js
var LENGTHS = [
  13,
  23,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  24,
  30,
  28,
  28,
  30,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  30,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  28,
  6,
  10,
  10,
  12,
  13,
  6,
  8,
  11,
  10,
  10,
  8,
  11,
  8,
  6,
  6,
  6,
  5,
  5,
  5,
  6,
  6,
  6,
  6,
  6,
  6,
  6,
  7,
  8,
  15,
  6,
  12,
  10,
  13,
  6,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  7,
  8,
  7,
  8,
  13,
  19,
  13,
  14,
  6,
  15,
  5,
  6,
  5,
  6,
  5,
  6,
  6,
  6,
  5,
  7,
  7,
  6,
  6,
  6,
  5,
  6,
  7,
  6,
  5,
  5,
  6,
  7,
  7,
  7,
  7,
  7,
  15,
  11,
  14,
  13,
  28,
  20,
  22,
  20,
  20,
  22,
  22,
  22,
  23,
  22,
  23,
  23,
  23,
  23,
  23,
  24,
  23,
  24,
  24,
  22,
  23,
  24,
  23,
  23,
  23,
  23,
  21,
  22,
  23,
  22,
  23,
  23,
  24,
  22,
  21,
  20,
  22,
  22,
  23,
  23,
  21,
  23,
  22,
  22,
  24,
  21,
  22,
  23,
  23,
  21,
  21,
  22,
  21,
  23,
  22,
  23,
  23,
  20,
  22,
  22,
  22,
  23,
  22,
  22,
  23,
  26,
  26,
  20,
  19,
  22,
  23,
  22,
  25,
  26,
  26,
  26,
  27,
  27,
  26,
  24,
  25,
  19,
  21,
  26,
  27,
  27,
  26,
  27,
  24,
  21,
  21,
  26,
  26,
  28,
  27,
  27,
  27,
  20,
  24,
  20,
  21,
  22,
  21,
  21,
  23,
  22,
  22,
  25,
  25,
  24,
  24,
  26,
  23,
  26,
  27,
  26,
  26,
  27,
  27,
  27,
  27,
  27,
  28,
  27,
  27,
  27,
  27,
  27,
  26,
  30
  // EOS
];
var EOS = 256;
var MAX_LEN = 30;
var sorted = [];
var count = new Int32Array(MAX_LEN + 1);
var firstCode = new Int32Array(MAX_LEN + 1);
var firstIndex = new Int32Array(MAX_LEN + 1);
{
  for (let len = 1; len <= MAX_LEN; len++) {
    for (let s = 0; s < LENGTHS.length; s++)
      if (LENGTHS[s] === len)
        sorted.push(s);
  }
  for (const l of LENGTHS)
    count[l]++;
  let code = 0;
  let index = 0;
  for (let len = 1; len <= MAX_LEN; len++) {
    firstCode[len] = code;
    firstIndex[len] = index;
    code = (code + count[len]) * 2;
    index += count[len];
  }
}
function huffmanDecode(input) {
  const out = new Uint8Array(Math.ceil(input.length * 8 / 5));
  let o = 0;
  let code = 0;
  let len = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    for (let b = 7; b >= 0; b--) {
      code = code * 2 + (byte >> b & 1);
      len++;
      const rank = code - firstCode[len];
      if (rank >= 0 && rank < count[len]) {
        const sym = sorted[firstIndex[len] + rank];
        if (sym === EOS)
          return null;
        out[o++] = sym;
        code = 0;
        len = 0;
      } else if (len >= MAX_LEN)
        return null;
    }
  }
  if (len > 7 || code !== (1 << len) - 1)
    return null;
  return out.subarray(0, o);
}

// packages/protocols/dist/http2/hpack-static.js
var STATIC_TABLE = [
  ["", ""],
  [":authority", ""],
  [":method", "GET"],
  [":method", "POST"],
  [":path", "/"],
  [":path", "/index.html"],
  [":scheme", "http"],
  [":scheme", "https"],
  [":status", "200"],
  [":status", "204"],
  [":status", "206"],
  [":status", "304"],
  [":status", "400"],
  [":status", "404"],
  [":status", "500"],
  ["accept-charset", ""],
  ["accept-encoding", "gzip, deflate"],
  ["accept-language", ""],
  ["accept-ranges", ""],
  ["accept", ""],
  ["access-control-allow-origin", ""],
  ["age", ""],
  ["allow", ""],
  ["authorization", ""],
  ["cache-control", ""],
  ["content-disposition", ""],
  ["content-encoding", ""],
  ["content-language", ""],
  ["content-length", ""],
  ["content-location", ""],
  ["content-range", ""],
  ["content-type", ""],
  ["cookie", ""],
  ["date", ""],
  ["etag", ""],
  ["expect", ""],
  ["expires", ""],
  ["from", ""],
  ["host", ""],
  ["if-match", ""],
  ["if-modified-since", ""],
  ["if-none-match", ""],
  ["if-range", ""],
  ["if-unmodified-since", ""],
  ["last-modified", ""],
  ["link", ""],
  ["location", ""],
  ["max-forwards", ""],
  ["proxy-authenticate", ""],
  ["proxy-authorization", ""],
  ["range", ""],
  ["referer", ""],
  ["refresh", ""],
  ["retry-after", ""],
  ["server", ""],
  ["set-cookie", ""],
  ["strict-transport-security", ""],
  ["transfer-encoding", ""],
  ["user-agent", ""],
  ["vary", ""],
  ["via", ""],
  ["www-authenticate", ""]
];
var STATIC_COUNT = 61;

// packages/protocols/dist/http2/hpack.js
var utf83 = new TextDecoder("utf-8");
var ENTRY_OVERHEAD = 32;
var HpackDecoder = class {
  limit;
  onEvent;
  /** Newest first. */
  entries = [];
  size = 0;
  /** How many of the newest entries we saw inserted; Infinity when we saw the whole history. */
  known;
  maxSize;
  allowed = 4096;
  /**
   * @param complete we saw the connection from its start (the table is fully known)
   * @param limit the largest table we keep (the peer's SETTINGS may allow more: counted)
   */
  constructor(complete, limit, onEvent = () => {
  }) {
    this.limit = limit;
    this.onEvent = onEvent;
    this.known = complete ? Infinity : 0;
    this.maxSize = Math.min(4096, limit);
  }
  get complete() {
    return this.known === Infinity;
  }
  /** SETTINGS_HEADER_TABLE_SIZE sent by the decoding side: the largest size update allowed. */
  allowTableSize(size2) {
    this.allowed = size2;
  }
  /** The connection was seen from its start: the table started empty, every entry is known. */
  startedEmpty() {
    if (this.known === 0 && this.entries.length === 0)
      this.known = Infinity;
  }
  /** After a gap in which header blocks may have been lost: only entries inserted from now on are trusted. */
  forget() {
    this.known = 0;
    this.entries = [];
    this.size = 0;
  }
  decode(block, maxFields) {
    const fields2 = [];
    let undecodable = 0;
    let p = 0;
    const n = block.length;
    const fail4 = (error) => {
      this.known = 0;
      this.entries = [];
      this.size = 0;
      return { fields: fields2, undecodable: undecodable + 1, error };
    };
    while (p < n) {
      const b = block[p];
      if (b & 128) {
        const r = readInt(block, p, 7);
        if (!r)
          return fail4("bad-integer");
        p = r.next;
        const f = this.lookup(r.value);
        if (f === null)
          undecodable++;
        else if (f === void 0)
          return fail4("bad-index");
        else if (fields2.length < maxFields)
          fields2.push(f);
      } else if ((b & 224) === 32) {
        const r = readInt(block, p, 5);
        if (!r)
          return fail4("bad-integer");
        p = r.next;
        if (r.value > this.allowed)
          this.onEvent("http2.hpack_size_over_setting");
        if (r.value > this.limit) {
          this.onEvent("limit.http2.maxHpackTableBytes");
          this.maxSize = this.limit;
        } else
          this.maxSize = r.value;
        this.evict(0);
      } else {
        const indexing = (b & 192) === 64;
        const prefix2 = indexing ? 6 : 4;
        const r = readInt(block, p, prefix2);
        if (!r)
          return fail4("bad-integer");
        p = r.next;
        let name;
        let nameOctets = 0;
        if (r.value === 0) {
          const s = readString(block, p);
          if (!s)
            return fail4("bad-string");
          p = s.next;
          name = s.value;
          nameOctets = s.octets;
        } else {
          const f = this.lookupEntry(r.value);
          if (f === void 0)
            return fail4("bad-index");
          name = f === null ? null : f.name;
          nameOctets = f === null ? 0 : f.nameOctets;
        }
        const v = readString(block, p);
        if (!v)
          return fail4("bad-string");
        p = v.next;
        if (indexing)
          this.insert(name, v.value, nameOctets, v.octets);
        if (name === null)
          undecodable++;
        else if (fields2.length < maxFields)
          fields2.push([name, v.value]);
      }
    }
    return { fields: fields2, undecodable };
  }
  /** A field by index: undefined when the index is invalid, null when it is an entry we never saw. */
  lookup(index) {
    const e = this.lookupEntry(index);
    return e ? [e.name, e.value] : e;
  }
  lookupEntry(index) {
    if (index === 0)
      return void 0;
    if (index <= STATIC_COUNT) {
      const [name, value2] = STATIC_TABLE[index];
      return { name, value: value2, nameOctets: name.length };
    }
    const i = index - STATIC_COUNT - 1;
    if (i < this.entries.length)
      return this.entries[i];
    return this.known === Infinity ? void 0 : null;
  }
  /** `name` null: the name came from an entry we never saw, so the new entry's size is unknown. */
  insert(name, value2, nameOctets, valueOctets) {
    if (name === null) {
      this.entries = [];
      this.size = 0;
      this.known = 0;
      return;
    }
    const size2 = nameOctets + valueOctets + ENTRY_OVERHEAD;
    this.evict(size2);
    if (size2 > this.maxSize) {
      this.entries = [];
      this.size = 0;
      return;
    }
    this.entries.unshift({ name, value: value2, size: size2, nameOctets });
    this.size += size2;
    if (this.known !== Infinity)
      this.known++;
  }
  evict(incoming) {
    while (this.entries.length > 0 && this.size + incoming > this.maxSize) {
      this.size -= this.entries.pop().size;
    }
  }
};
function readInt(buf, p, prefix2) {
  if (p >= buf.length)
    return null;
  const max = (1 << prefix2) - 1;
  let value2 = buf[p] & max;
  p++;
  if (value2 < max)
    return { value: value2, next: p };
  let shift = 0;
  for (; ; ) {
    if (p >= buf.length || shift > 28)
      return null;
    const b = buf[p++];
    value2 += (b & 127) * 2 ** shift;
    shift += 7;
    if ((b & 128) === 0)
      return { value: value2, next: p };
  }
}
function readString(buf, p) {
  if (p >= buf.length)
    return null;
  const huffman = (buf[p] & 128) !== 0;
  const len = readInt(buf, p, 7);
  if (!len)
    return null;
  const end2 = len.next + len.value;
  if (end2 > buf.length)
    return null;
  const raw = buf.subarray(len.next, end2);
  const bytes = huffman ? huffmanDecode(raw) : raw;
  if (!bytes)
    return null;
  return { value: utf83.decode(bytes), octets: bytes.length, next: end2 };
}

// packages/protocols/dist/http2/limits.js
var HTTP2_LIMITS = {
  /** Streams tracked at once per connection; the oldest is emitted (truncated) past it. */
  maxConcurrentStreams: 256,
  /** One header block (HEADERS + CONTINUATION fragments) kept before decoding. */
  maxHeaderBlockBytes: 256 << 10,
  /** Largest HPACK dynamic table we keep per direction (the protocol default is 4096). */
  maxHpackTableBytes: 64 << 10,
  /** A frame payload larger than this is skipped (its DATA counted as missing body bytes). */
  maxFrameBytes: 1 << 20,
  /** Largest frame length that detection and resynchronisation accept (RFC 9113: 2^24-1). */
  maxFrameLength: (1 << 24) - 1,
  /** Header fields kept per block. */
  maxHeaderFields: 512
};

// packages/protocols/dist/http2/detect.js
var MAX_PENDING_FRAME = 4e3;
var ROLE_WAIT_BYTES = 2048;
var FLAGS_ALLOWED = [
  FLAG.END_STREAM | FLAG.PADDED,
  // DATA
  FLAG.END_STREAM | FLAG.END_HEADERS | FLAG.PADDED | FLAG.PRIORITY,
  // HEADERS
  0,
  // PRIORITY
  0,
  // RST_STREAM
  FLAG.ACK,
  // SETTINGS
  FLAG.END_HEADERS | FLAG.PADDED,
  // PUSH_PROMISE
  FLAG.ACK,
  // PING
  0,
  // GOAWAY
  0,
  // WINDOW_UPDATE
  FLAG.END_HEADERS
  // CONTINUATION
];
function plausibleHeader(buf, p) {
  if (buf[p + 5] & 128)
    return null;
  const h = readFrameHeader(buf, p);
  if (h.type > FRAME.CONTINUATION)
    return null;
  if (h.flags & ~FLAGS_ALLOWED[h.type])
    return null;
  if (h.length > HTTP2_LIMITS.maxFrameLength)
    return null;
  const onConnection = h.type === FRAME.SETTINGS || h.type === FRAME.PING || h.type === FRAME.GOAWAY;
  if (onConnection !== (h.streamId === 0) && h.type !== FRAME.WINDOW_UPDATE)
    return null;
  switch (h.type) {
    case FRAME.SETTINGS:
      return h.length % 6 === 0 && (!(h.flags & FLAG.ACK) || h.length === 0) ? h : null;
    case FRAME.PING:
      return h.length === 8 ? h : null;
    case FRAME.GOAWAY:
      return h.length >= 8 ? h : null;
    case FRAME.WINDOW_UPDATE:
    case FRAME.RST_STREAM:
      return h.length === 4 ? h : null;
    case FRAME.PRIORITY:
      return h.length === 5 ? h : null;
    case FRAME.HEADERS:
    case FRAME.CONTINUATION:
    case FRAME.PUSH_PROMISE:
      return h.length > 0 ? h : null;
    default:
      return h;
  }
}
function frameRun(buf, start, maxFrames = 16) {
  let p = start;
  let frames = 0;
  let role = null;
  let payload = false;
  while (frames < maxFrames && buf.length - p >= FRAME_HEADER_BYTES) {
    const h = plausibleHeader(buf, p);
    if (!h)
      break;
    const total = FRAME_HEADER_BYTES + h.length;
    if (buf.length - p < total) {
      return { frames, end: p, pending: frames === 0 && total <= MAX_PENDING_FRAME, role, nextCut: true, payload };
    }
    if (h.type === FRAME.PUSH_PROMISE)
      role ??= "server";
    if (h.type === FRAME.HEADERS && role === null) {
      role = headersRole({ ...h, payload: buf.subarray(p + FRAME_HEADER_BYTES, p + total) });
    }
    if (h.length > 0)
      payload = true;
    frames++;
    p += total;
  }
  return { frames, end: p, pending: frames === 0 && buf.length - p < FRAME_HEADER_BYTES && plausiblePrefix(buf, p), role, nextCut: false, payload };
}
function plausiblePrefix(buf, p) {
  const n = buf.length - p;
  if (n >= 3 && (buf[p] << 16 | buf[p + 1] << 8 | buf[p + 2]) + FRAME_HEADER_BYTES > MAX_PENDING_FRAME)
    return false;
  if (n >= 4 && buf[p + 3] > FRAME.CONTINUATION)
    return false;
  if (n >= 5 && buf[p + 4] & ~FLAGS_ALLOWED[buf[p + 3]])
    return false;
  return n < 6 || (buf[p + 5] & 128) === 0;
}
function provenRun(run, length) {
  if (!run.payload)
    return false;
  return run.frames >= 2 || run.frames === 1 && (run.end === length || run.nextCut);
}
function headersRole(frame) {
  const block = unpad(frame);
  if (!block)
    return null;
  const { fields: fields2 } = new HpackDecoder(false, 4096).decode(block, 16);
  for (const [name] of fields2) {
    if (name === ":method" || name === ":path" || name === ":scheme")
      return "client";
    if (name === ":status")
      return "server";
  }
  return null;
}
function prefacePrefix(buf) {
  const n = Math.min(buf.length, PREFACE.length);
  for (let i = 0; i < n; i++)
    if (buf[i] !== PREFACE[i])
      return false;
  return true;
}
function detect5(firstBytes) {
  if (firstBytes.length === 0)
    return "more";
  if (prefacePrefix(firstBytes))
    return firstBytes.length >= PREFACE.length ? "client" : "more";
  const run = frameRun(firstBytes, 0);
  if (run.pending)
    return "more";
  if (!provenRun(run, firstBytes.length))
    return null;
  if (run.role)
    return run.role;
  return firstBytes.length < ROLE_WAIT_BYTES && (run.end === firstBytes.length || run.nextCut) ? "more" : "server";
}

// packages/protocols/dist/http2/reader.js
var FrameReader = class {
  sink;
  maxFrameBytes;
  mode;
  carry = new Carry();
  carryAt = { ts: 0, offset: 0 };
  skipLeft = 0;
  /** Frames parsed so far (the preface is only looked for before the first). */
  frames = 0;
  constructor(sink, expectPreface, maxFrameBytes = HTTP2_LIMITS.maxFrameBytes) {
    this.sink = sink;
    this.maxFrameBytes = maxFrameBytes;
    this.mode = expectPreface ? "preface" : "frames";
  }
  feed(buf, meta) {
    let p = 0;
    const n = buf.length;
    if (this.mode === "resync") {
      if (provenRun(frameRun(buf, 0), n)) {
        this.mode = "frames";
        this.sink.count("http2.resync");
      } else {
        this.sink.count("http2.skipped_bytes", n);
        return;
      }
    }
    while (p < n) {
      if (this.mode === "preface")
        p = this.readPreface(buf, p, meta);
      else if (this.mode === "skip")
        p = this.skip(buf, p);
      else if (this.mode === "frames")
        p = this.readFrame(buf, p, meta);
      else {
        this.sink.count("http2.skipped_bytes", n - p);
        break;
      }
    }
  }
  gap(length, meta) {
    this.sink.count("http2.gap_bytes", length);
    if (this.mode === "skip") {
      if (length <= this.skipLeft) {
        this.skipLeft -= length;
        if (this.skipLeft === 0)
          this.mode = "frames";
        return;
      }
    } else if (this.mode === "frames" && this.carry.length >= FRAME_HEADER_BYTES) {
      const h = readFrameHeader(this.carry.view(), 0);
      const left = FRAME_HEADER_BYTES + h.length - this.carry.length;
      if (length <= left) {
        this.skipLeft = left - length;
        this.carry.clear();
        this.sink.lostFrame(h, this.carryAt, h.length);
        this.mode = this.skipLeft > 0 ? "skip" : "frames";
        return;
      }
    }
    this.carry.clear();
    this.mode = "resync";
    this.sink.lost(meta.ts);
  }
  readPreface(buf, p, meta) {
    const have = this.carry.length;
    const take = Math.min(PREFACE.length - have, buf.length - p);
    for (let i = 0; i < take; i++) {
      if (buf[p + i] !== PREFACE[have + i]) {
        const held = this.carry.view().slice();
        this.carry.clear();
        this.mode = "frames";
        if (held.length > 0)
          this.readFrame(held, 0, { ts: meta.ts, offset: meta.offset - held.length, peerAck: -1 });
        return p;
      }
    }
    if (have + take < PREFACE.length) {
      this.carry.append(buf, p, p + take);
      return p + take;
    }
    this.carry.clear();
    this.mode = "frames";
    this.sink.preface();
    return p + take;
  }
  skip(buf, p) {
    return p + this.consumeSkip(buf.length - p);
  }
  readFrame(buf, p, meta) {
    const n = buf.length;
    if (this.carry.length === 0) {
      if (n - p < FRAME_HEADER_BYTES) {
        this.hold(buf, p, n, meta);
        return n;
      }
      const h2 = this.checkHeader(buf, p, meta);
      if (!h2)
        return n;
      const total2 = FRAME_HEADER_BYTES + h2.length;
      const at = { ts: meta.ts, offset: meta.offset + p };
      if (h2.length > this.maxFrameBytes)
        return this.startSkip(h2, at, p + FRAME_HEADER_BYTES, n);
      if (n - p < total2) {
        this.hold(buf, p, n, meta);
        return n;
      }
      this.deliver(h2, buf.subarray(p + FRAME_HEADER_BYTES, p + total2), at);
      return p + total2;
    }
    if (this.carry.length < FRAME_HEADER_BYTES) {
      const take2 = Math.min(FRAME_HEADER_BYTES - this.carry.length, n - p);
      this.carry.append(buf, p, p + take2);
      p += take2;
      if (this.carry.length < FRAME_HEADER_BYTES)
        return p;
      const h2 = this.checkHeader(this.carry.view(), 0, meta);
      if (!h2) {
        this.carry.clear();
        return n;
      }
      if (h2.length > this.maxFrameBytes) {
        this.carry.clear();
        return this.startSkip(h2, this.carryAt, p, n);
      }
    }
    const h = readFrameHeader(this.carry.view(), 0);
    const total = FRAME_HEADER_BYTES + h.length;
    const take = Math.min(total - this.carry.length, n - p);
    this.carry.append(buf, p, p + take);
    p += take;
    if (this.carry.length === total) {
      const view = this.carry.view();
      this.deliver(h, view.subarray(FRAME_HEADER_BYTES, total), this.carryAt);
      this.carry.clear();
    }
    return p;
  }
  hold(buf, s, e, meta) {
    this.carryAt = { ts: meta.ts, offset: meta.offset + s };
    this.carry.append(buf, s, e);
  }
  /** A known frame type with impossible fields means framing is lost. */
  checkHeader(buf, p, meta) {
    const h = readFrameHeader(buf, p);
    const bulk = h.type === FRAME.DATA || h.type === FRAME.HEADERS || h.type === FRAME.CONTINUATION || h.type === FRAME.PUSH_PROMISE;
    if (h.type <= FRAME.CONTINUATION && !plausibleHeader(buf, p) || !bulk && h.length > this.maxFrameBytes) {
      this.sink.count("http2.bad_frame");
      this.carry.clear();
      this.mode = "resync";
      this.sink.lost(meta.ts);
      return null;
    }
    return h;
  }
  startSkip(h, at, p, n) {
    this.sink.count("limit.http2.maxFrameBytes");
    this.sink.lostFrame(h, at, h.length);
    this.skipLeft = h.length;
    this.mode = "skip";
    return p + this.consumeSkip(n - p);
  }
  consumeSkip(avail) {
    const take = Math.min(this.skipLeft, avail);
    this.skipLeft -= take;
    if (this.skipLeft === 0)
      this.mode = "frames";
    return take;
  }
  deliver(h, payload, at) {
    this.frames++;
    this.sink.frame({ ...h, payload }, at);
  }
};

// packages/protocols/dist/http2/pair.js
var MAX_CLOSED_IDS = 1024;
var StreamTable = class {
  evict;
  count;
  open = /* @__PURE__ */ new Map();
  closed = /* @__PURE__ */ new Set();
  constructor(evict, count2) {
    this.evict = evict;
    this.count = count2;
  }
  /** The stream by id; created when `create`; null for id 0 or a stream already emitted. */
  get(id, create) {
    if (id === 0)
      return null;
    const s = this.open.get(id);
    if (s)
      return s;
    if (this.closed.has(id)) {
      this.count("http2.late_frame");
      return null;
    }
    if (!create)
      return null;
    if (this.open.size >= HTTP2_LIMITS.maxConcurrentStreams) {
      this.count("limit.http2.maxConcurrentStreams");
      const oldest = this.open.values().next().value;
      pushOnce2(oldest.anomalies, "truncated");
      this.evict(oldest);
    }
    const fresh = newStream(id);
    this.open.set(id, fresh);
    return fresh;
  }
  /** Open streams, oldest first. */
  values() {
    return this.open.values();
  }
  /** The stream is done: forget it, remember its id. */
  done(s) {
    this.open.delete(s.id);
    this.closed.add(s.id);
    if (this.closed.size > MAX_CLOSED_IDS)
      this.closed.delete(this.closed.values().next().value);
  }
};

// packages/protocols/dist/http2/session.js
var Http2Session = class {
  ctx;
  options;
  readers;
  hpack;
  streams;
  blocks = [null, null];
  closed = false;
  goAway = null;
  constructor(ctx, options = {}) {
    this.ctx = ctx;
    this.options = options;
    const count2 = (e) => ctx.count(e);
    this.streams = new StreamTable((s) => this.emit(s, s.resp.lastTs || s.req.lastTs), count2);
    this.hpack = [new HpackDecoder(false, HTTP2_LIMITS.maxHpackTableBytes, count2), new HpackDecoder(false, HTTP2_LIMITS.maxHpackTableBytes, count2)];
    this.readers = [new FrameReader(this.sink(0), true), new FrameReader(this.sink(1), false)];
    const handover = ctx.handover;
    if (handover?.kind === "h2c-upgrade") {
      this.hpack[0].startedEmpty();
      this.hpack[1].startedEmpty();
      const s = this.streams.get(1, true);
      s.upgrade = handover;
      s.req.ended = true;
    }
  }
  feed(dir, bytes, meta) {
    if (this.closed)
      return;
    try {
      this.readers[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
  }
  gap(dir, length, meta) {
    if (this.closed)
      return;
    try {
      this.readers[dir].gap(length, meta);
    } catch {
      this.internalError(dir);
    }
  }
  /** A bug of ours must not lose the connection: count it, then resynchronise that direction. */
  internalError(dir) {
    this.ctx.count("http2.internal_error");
    const reader = new FrameReader(this.sink(dir), false);
    reader.mode = "resync";
    this.readers[dir] = reader;
    this.lost(dir);
  }
  end(_dir, _ts) {
  }
  close(ts) {
    if (this.closed)
      return;
    this.closed = true;
    const open = [...this.streams.values()].sort((a, b) => a.id - b.id);
    for (const s of open) {
      if (s.req.seen && !s.req.ended || s.resp.seen && !s.resp.ended)
        pushOnce2(s.anomalies, "truncated");
      if (this.goAway && s.id > this.goAway.lastStreamId)
        pushOnce2(s.anomalies, "goaway");
      try {
        this.emit(s, ts);
      } catch {
        this.ctx.count("http2.internal_error");
      }
    }
  }
  sink(dir) {
    return {
      frame: (f, at) => this.frame(dir, f, at),
      lostFrame: (h, at, missing) => this.lostFrame(dir, h, at, missing),
      lost: () => this.lost(dir),
      preface: () => {
        if (this.readers[1].frames === 0) {
          this.hpack[0].startedEmpty();
          this.hpack[1].startedEmpty();
        }
      },
      count: (e, n) => this.ctx.count(e, n)
    };
  }
  half(s, dir) {
    return dir === 0 ? s.req : s.resp;
  }
  frame(dir, f, at) {
    const block = this.blocks[dir];
    if (block && (f.type !== FRAME.CONTINUATION || f.streamId !== block.streamId)) {
      this.ctx.count("http2.continuation_missing");
      this.dropBlock(dir);
    }
    const wire = 9 + f.length;
    switch (f.type) {
      case FRAME.DATA:
        return this.data(dir, f, at, wire);
      case FRAME.HEADERS:
      case FRAME.PUSH_PROMISE:
        return this.headers(dir, f, at, wire);
      case FRAME.CONTINUATION:
        return this.continuation(dir, f, at, wire);
      case FRAME.RST_STREAM: {
        const s = this.stream(f.streamId, false);
        if (!s)
          return;
        this.half(s, dir).wire += wire;
        s.reset = f.payload.length >= 4 ? errorName(u322(f.payload, 0)) : "PROTOCOL_ERROR";
        pushOnce2(s.anomalies, "reset");
        return this.emit(s, at.ts);
      }
      case FRAME.SETTINGS: {
        const settings = parseSettings(f.payload);
        if (!settings)
          this.ctx.count("http2.bad_settings");
        for (const s of settings ?? [])
          if (s.id === SETTINGS_HEADER_TABLE_SIZE)
            this.hpack[dir ^ 1].allowTableSize(s.value);
        return;
      }
      case FRAME.GOAWAY:
        if (f.payload.length >= 8) {
          this.goAway = { lastStreamId: u322(f.payload, 0) & 2147483647, error: errorName(u322(f.payload, 4)) };
          this.ctx.count(this.goAway.error === "NO_ERROR" ? "http2.goaway" : "http2.goaway_error");
        }
        return;
      case FRAME.PING:
      case FRAME.WINDOW_UPDATE:
      case FRAME.PRIORITY:
        return;
      default:
        this.ctx.count("http2.unknown_frame");
    }
  }
  data(dir, f, at, wire) {
    const s = this.stream(f.streamId, true);
    if (!s)
      return;
    const half = this.half(s, dir);
    touch(half, at.ts, wire);
    const data = unpad(f);
    if (!data) {
      this.ctx.count("http2.bad_padding");
      pushOnce2(s.anomalies, "bad-padding");
    } else if (!addBody(half, data, this.ctx.limits.maxBodyBytes)) {
      pushOnce2(s.anomalies, "truncated");
      this.ctx.count("limit.maxBodyBytes");
    }
    if (f.flags & FLAG.END_STREAM)
      this.endHalf(s, dir, at.ts);
  }
  headers(dir, f, at, wire) {
    const s = this.stream(f.streamId, true);
    if (s)
      touch(this.half(s, dir), at.ts, wire);
    let fragment = unpad(f);
    let promised = 0;
    if (!fragment) {
      this.ctx.count("http2.bad_padding");
      this.hpack[dir].forget();
      return;
    }
    if (f.type === FRAME.PUSH_PROMISE) {
      if (fragment.length < 4)
        return;
      promised = u322(fragment, 0) & 2147483647;
      fragment = fragment.subarray(4);
    }
    this.blocks[dir] = {
      streamId: f.streamId,
      fragments: [fragment.slice()],
      size: fragment.length,
      endStream: f.type === FRAME.HEADERS && (f.flags & FLAG.END_STREAM) !== 0,
      promised,
      overflow: false,
      at
    };
    if (f.flags & FLAG.END_HEADERS)
      this.finishBlock(dir);
  }
  continuation(dir, f, at, wire) {
    const block = this.blocks[dir];
    const s = this.stream(f.streamId, false);
    if (s)
      touch(this.half(s, dir), at.ts, wire);
    if (!block) {
      this.ctx.count("http2.orphan_continuation");
      this.hpack[dir].forget();
      if (s)
        this.markUndecodable(s, dir);
      return;
    }
    if (block.size + f.payload.length > HTTP2_LIMITS.maxHeaderBlockBytes) {
      if (!block.overflow)
        this.ctx.count("limit.http2.maxHeaderBlockBytes");
      block.overflow = true;
    } else {
      block.fragments.push(f.payload.slice());
      block.size += f.payload.length;
    }
    if (f.flags & FLAG.END_HEADERS)
      this.finishBlock(dir);
  }
  finishBlock(dir) {
    const block = this.blocks[dir];
    this.blocks[dir] = null;
    let fields2 = [];
    let undecodable = block.overflow;
    if (block.overflow)
      this.hpack[dir].forget();
    else {
      const bytes = concat2(block.fragments, block.size);
      const r = this.hpack[dir].decode(bytes, HTTP2_LIMITS.maxHeaderFields);
      if (r.error)
        this.ctx.count("http2.hpack_error");
      fields2 = r.fields;
      undecodable = r.undecodable > 0;
    }
    if (block.promised) {
      const p = this.stream(block.promised, true);
      if (!p)
        return;
      p.pushed = true;
      touch(p.req, block.at.ts, 0);
      p.req.headers = fields2;
      p.req.ended = true;
      if (undecodable)
        this.markUndecodable(p, 0);
      return;
    }
    const s = this.stream(block.streamId, true);
    if (!s)
      return;
    const half = this.half(s, dir);
    if (half.headers === null) {
      const status = dir === 1 ? Number(fieldOf(fields2, ":status")) : NaN;
      if (status >= 100 && status < 200)
        half.interim.push(status);
      else
        half.headers = fields2;
    } else if (half.trailers === null)
      half.trailers = fields2;
    else
      half.trailers.push(...fields2);
    if (undecodable)
      this.markUndecodable(s, dir);
    if (block.endStream)
      this.endHalf(s, dir, block.at.ts);
  }
  markUndecodable(s, dir) {
    this.half(s, dir).undecodable = true;
    pushOnce2(s.anomalies, "hpack");
    this.ctx.count("http2.hpack_undecodable");
  }
  dropBlock(dir) {
    const block = this.blocks[dir];
    this.blocks[dir] = null;
    this.hpack[dir].forget();
    const s = block ? this.streams.get(block.streamId, false) : null;
    if (s)
      this.markUndecodable(s, dir);
  }
  lostFrame(dir, h, at, missing) {
    const s = h.streamId === 0 ? null : this.stream(h.streamId, true);
    if (h.type === FRAME.HEADERS || h.type === FRAME.CONTINUATION || h.type === FRAME.PUSH_PROMISE) {
      this.blocks[dir] = null;
      this.hpack[dir].forget();
      if (s)
        this.markUndecodable(s, dir);
    }
    if (!s)
      return;
    const half = this.half(s, dir);
    touch(half, at.ts, 9 + h.length);
    pushOnce2(s.anomalies, "gap");
    if (h.type === FRAME.DATA) {
      half.size += missing;
      half.missing += missing;
      pushOnce2(s.anomalies, "truncated");
    }
    if ((h.type === FRAME.DATA || h.type === FRAME.HEADERS) && h.flags & FLAG.END_STREAM)
      this.endHalf(s, dir, at.ts);
  }
  /** Framing lost in `dir`: blocks may have been missed, streams in flight lost bytes. */
  lost(dir) {
    this.blocks[dir] = null;
    this.hpack[dir].forget();
    for (const s of this.streams.values()) {
      const half = this.half(s, dir);
      if (half.seen && !half.ended)
        pushOnce2(s.anomalies, "gap");
    }
  }
  endHalf(s, dir, ts) {
    const half = this.half(s, dir);
    half.ended = true;
    half.lastTs = Math.max(half.lastTs, ts);
    if (dir === 1)
      this.emit(s, ts);
  }
  stream(id, create) {
    return this.streams.get(id, create);
  }
  emit(s, _ts) {
    this.streams.done(s);
    if (!s.req.seen && !s.resp.seen)
      return;
    const entry = buildEntry3(s, this.ctx, this.options.refiners ?? []);
    if (entry)
      this.ctx.emit(entry);
  }
};
function concat2(parts, size2) {
  if (parts.length === 1)
    return parts[0];
  const out = new Uint8Array(size2);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// packages/protocols/dist/http1/fields.js
var HTTP1_FIELDS = [
  { path: "request.method", type: "string", description: "Request method, e.g. GET" },
  { path: "request.path", type: "string", description: "Request path without the query string, as sent" },
  { path: "request.url", type: "string", description: "Request target as sent, query string included" },
  { path: "request.queryString", type: "map", description: "Query parameters (decoded); repeated keys are lists" },
  { path: "request.httpVersion", type: "string", description: "HTTP/1.1, HTTP/1.0 or HTTP/0.9" },
  { path: "request.headers", type: "map", description: "Request headers, names lower-case; repeats are lists" },
  { path: "request.trailers", type: "map", description: "Trailer fields of a chunked request body" },
  { path: "request.body", type: "string", description: "Request body text (decoded), or base64 for binary" },
  { path: "request.body.size", type: "number", description: "Real request body size in bytes, kept or not" },
  { path: "request.body.truncated", type: "boolean", description: "Part of the request body was not kept" },
  { path: "request.body.contentEncoding", type: "string", description: "Content-Encoding removed from the request body" },
  { path: "response.status", type: "number", description: "Response status code" },
  { path: "response.statusText", type: "string", description: "Response reason phrase" },
  { path: "response.httpVersion", type: "string", description: "HTTP version of the response" },
  { path: "response.headers", type: "map", description: "Response headers, names lower-case; repeats are lists" },
  { path: "response.trailers", type: "map", description: "Trailer fields of a chunked response body" },
  { path: "response.interim", type: "list", description: "1xx interim statuses before the final response" },
  { path: "response.body", type: "string", description: "Response body text (decoded), or base64 for binary" },
  { path: "response.body.size", type: "number", description: "Real response body size in bytes, kept or not" },
  { path: "response.body.truncated", type: "boolean", description: "Part of the response body was not kept" },
  { path: "response.body.contentEncoding", type: "string", description: "Content-Encoding removed from the response body" },
  { path: "requestSize", type: "number", description: "Request bytes on the wire, headers and framing included" },
  { path: "responseSize", type: "number", description: "Response bytes on the wire, headers and framing included" }
];

// packages/protocols/dist/http2/fields.js
var HTTP2_FIELDS = [
  ...HTTP1_FIELDS.filter((f) => !["request.httpVersion", "response.statusText", "request.headers", "response.trailers"].includes(f.path)),
  { path: "request.httpVersion", type: "string", description: "Always HTTP/2" },
  { path: "request.headers", type: "map", description: "Request header fields as sent (lower-case), pseudo-headers (:authority, :scheme\u2026) included" },
  { path: "request.headersUndecodable", type: "boolean", description: "Some request header fields referred to HPACK table entries never captured" },
  { path: "response.headersUndecodable", type: "boolean", description: "Some response header fields referred to HPACK table entries never captured" },
  { path: "response.trailers", type: "map", description: "Trailing HEADERS block of the response (e.g. grpc-status)" },
  { path: "response.statusText", type: "string", description: "Empty: HTTP/2 has no reason phrase" }
];

// packages/protocols/dist/http2/index.js
function createHttp2Dissector(options = {}) {
  const refiners = options.refiners ?? [grpcRefiner()];
  return {
    name: "http2",
    transport: "tcp",
    detect: detect5,
    createSession(ctx) {
      return new Http2Session(ctx, { refiners });
    }
  };
}
var http2Dissector = createHttp2Dissector();

// packages/protocols/dist/grpc/descriptor.js
var TYPE2 = {
  DOUBLE: 1,
  FLOAT: 2,
  INT64: 3,
  UINT64: 4,
  INT32: 5,
  FIXED64: 6,
  FIXED32: 7,
  BOOL: 8,
  STRING: 9,
  GROUP: 10,
  MESSAGE: 11,
  BYTES: 12,
  UINT32: 13,
  ENUM: 14,
  SFIXED32: 15,
  SFIXED64: 16,
  SINT32: 17,
  SINT64: 18
};
var utf84 = new TextDecoder("utf-8");
var MAX_DESCRIPTOR_FIELDS = 1 << 20;
function emptyIndex() {
  return { messages: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map(), methods: /* @__PURE__ */ new Map() };
}
function addDescriptorSet(index, set) {
  for (const f of fields(set))
    if (f.number === 1 && f.bytes)
      addFile(index, f.bytes);
  resolveTypeNames(index);
}
function resolveTypeNames(index) {
  const known = (t) => index.messages.has(t) || index.enums.has(t);
  for (const def of index.messages.values()) {
    const scope = def.fullName.split(".");
    for (const fd of def.fields.values()) {
      if (!fd.typeName || known(fd.typeName))
        continue;
      for (let i = scope.length; i >= 0; i--) {
        const candidate = [...scope.slice(0, i), fd.typeName].join(".");
        if (known(candidate)) {
          fd.typeName = candidate;
          break;
        }
      }
    }
  }
}
function fields(bytes) {
  const out = readFields(bytes, MAX_DESCRIPTOR_FIELDS);
  if (!out)
    throw new Error("grpc: malformed descriptor");
  return out;
}
var str2 = (f) => f.bytes ? utf84.decode(f.bytes) : "";
var num = (f) => f.wireType === WIRE.VARINT ? Number(BigInt.asIntN(32, f.int)) : 0;
var qualify = (scope, name) => scope ? `${scope}.${name}` : name;
var stripDot = (t) => t.startsWith(".") ? t.slice(1) : t;
function addFile(index, file) {
  const all = fields(file);
  const pkg = all.filter((f) => f.number === 2).map(str2)[0] ?? "";
  for (const f of all) {
    if (!f.bytes)
      continue;
    if (f.number === 4)
      addMessage(index, pkg, f.bytes);
    else if (f.number === 5)
      addEnum(index, pkg, f.bytes);
    else if (f.number === 6)
      addService(index, pkg, f.bytes);
  }
}
function addMessage(index, scope, bytes) {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str2)[0] ?? "";
  const fullName = qualify(scope, name);
  const def = { fullName, fields: /* @__PURE__ */ new Map(), mapEntry: false };
  for (const f of all) {
    if (!f.bytes)
      continue;
    if (f.number === 2) {
      const fd = fieldDef(f.bytes);
      def.fields.set(fd.number, fd);
    } else if (f.number === 3)
      addMessage(index, fullName, f.bytes);
    else if (f.number === 4)
      addEnum(index, fullName, f.bytes);
    else if (f.number === 7) {
      for (const o of fields(f.bytes))
        if (o.number === 7 && o.wireType === WIRE.VARINT && o.int !== 0n)
          def.mapEntry = true;
    }
  }
  index.messages.set(fullName, def);
}
function fieldDef(bytes) {
  const fd = { name: "", number: 0, type: 0, repeated: false, typeName: "" };
  for (const f of fields(bytes)) {
    if (f.number === 1)
      fd.name = str2(f);
    else if (f.number === 3)
      fd.number = num(f);
    else if (f.number === 4)
      fd.repeated = num(f) === 3;
    else if (f.number === 5)
      fd.type = num(f);
    else if (f.number === 6)
      fd.typeName = stripDot(str2(f));
  }
  return fd;
}
function addEnum(index, scope, bytes) {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str2)[0] ?? "";
  const values = /* @__PURE__ */ new Map();
  for (const f of all) {
    if (f.number !== 2 || !f.bytes)
      continue;
    let vName = "";
    let vNum = 0;
    for (const v of fields(f.bytes)) {
      if (v.number === 1)
        vName = str2(v);
      else if (v.number === 2)
        vNum = num(v);
    }
    if (!values.has(vNum))
      values.set(vNum, vName);
  }
  index.enums.set(qualify(scope, name), values);
}
function addService(index, pkg, bytes) {
  const all = fields(bytes);
  const name = all.filter((f) => f.number === 1).map(str2)[0] ?? "";
  const service = qualify(pkg, name);
  for (const f of all) {
    if (f.number !== 2 || !f.bytes)
      continue;
    let method = "";
    let input = "";
    let output = "";
    for (const m of fields(f.bytes)) {
      if (m.number === 1)
        method = str2(m);
      else if (m.number === 2)
        input = stripDot(str2(m));
      else if (m.number === 3)
        output = stripDot(str2(m));
    }
    index.methods.set(`/${service}/${method}`, { input, output });
  }
}

// packages/protocols/dist/grpc/schema.js
var utf85 = new TextDecoder("utf-8");
function createGrpcSchema(descriptorSets) {
  const index = emptyIndex();
  for (const set of descriptorSets)
    addDescriptorSet(index, set);
  return {
    index,
    decode(path, side, bytes) {
      const method = index.methods.get(path);
      const type = method ? side === "request" ? method.input : method.output : void 0;
      const def = type ? index.messages.get(type) : void 0;
      if (!def)
        return null;
      const budget = { fields: GRPC_LIMITS.maxFields };
      const value2 = decodeMessage2(index, def, bytes, GRPC_LIMITS.maxDepth, budget);
      return value2 ? { type: def.fullName, value: value2 } : null;
    }
  };
}
function decodeMessage2(index, def, bytes, depth, budget) {
  const wire = readFields(bytes, budget.fields);
  if (!wire)
    return null;
  budget.fields -= wire.length;
  const out = {};
  for (const f of wire) {
    const fd = def.fields.get(f.number);
    if (!fd) {
      out[String(f.number)] = unknownValue(f);
      continue;
    }
    const values = fieldValues(index, fd, f, depth, budget);
    if (fd.repeated) {
      const sub = index.messages.get(fd.typeName);
      if (sub?.mapEntry) {
        const map = out[fd.name] ??= {};
        for (const v of values) {
          const e = v;
          if (e && typeof e === "object")
            map[String(e.key ?? "")] = e.value ?? null;
        }
      } else {
        const list = out[fd.name] ??= [];
        list.push(...values);
      }
    } else if (values.length > 0)
      out[fd.name] = values[values.length - 1];
  }
  return out;
}
function unknownValue(f) {
  if (f.wireType !== WIRE.LEN)
    return intValue(f.int);
  return decodeSchemaless(f.bytes) ?? encodeBase64(f.bytes);
}
function fieldValues(index, fd, f, depth, budget) {
  const t = fd.type;
  if (f.wireType === WIRE.LEN) {
    if (t === TYPE2.STRING)
      return [utf85.decode(f.bytes)];
    if (t === TYPE2.BYTES)
      return [encodeBase64(f.bytes)];
    if (t === TYPE2.MESSAGE) {
      const sub = index.messages.get(fd.typeName);
      if (!sub || depth <= 1)
        return [encodeBase64(f.bytes)];
      return [decodeMessage2(index, sub, f.bytes, depth - 1, budget) ?? encodeBase64(f.bytes)];
    }
    return unpack(index, fd, f.bytes);
  }
  return [scalar(index, fd, f.int)];
}
function unpack(index, fd, bytes) {
  const out = [];
  const t = fd.type;
  const width = t === TYPE2.DOUBLE || t === TYPE2.FIXED64 || t === TYPE2.SFIXED64 ? 8 : t === TYPE2.FLOAT || t === TYPE2.FIXED32 || t === TYPE2.SFIXED32 ? 4 : 0;
  let p = 0;
  while (p < bytes.length && out.length < GRPC_LIMITS.maxFields) {
    let v;
    if (width === 0) {
      const r = readVarint(bytes, p);
      if (!r)
        break;
      v = r.value;
      p = r.next;
    } else {
      if (p + width > bytes.length)
        break;
      v = 0n;
      for (let i = width - 1; i >= 0; i--)
        v = v << 8n | BigInt(bytes[p + i]);
      p += width;
    }
    out.push(scalar(index, fd, v));
  }
  return out;
}
function scalar(index, fd, v) {
  switch (fd.type) {
    case TYPE2.DOUBLE:
      return floatOf(v, 8);
    case TYPE2.FLOAT:
      return floatOf(v, 4);
    case TYPE2.INT64:
    case TYPE2.SFIXED64:
      return BigInt.asIntN(64, v).toString();
    case TYPE2.UINT64:
    case TYPE2.FIXED64:
      return BigInt.asUintN(64, v).toString();
    case TYPE2.SINT64: {
      const u = BigInt.asUintN(64, v);
      return (u >> 1n ^ -(u & 1n)).toString();
    }
    case TYPE2.INT32:
    case TYPE2.SFIXED32:
      return Number(BigInt.asIntN(32, v));
    case TYPE2.UINT32:
    case TYPE2.FIXED32:
      return Number(BigInt.asUintN(32, v));
    case TYPE2.SINT32: {
      const u = Number(BigInt.asUintN(32, v));
      return u >>> 1 ^ -(u & 1);
    }
    case TYPE2.BOOL:
      return v !== 0n;
    case TYPE2.ENUM: {
      const n = Number(BigInt.asIntN(32, v));
      return index.enums.get(fd.typeName)?.get(n) ?? n;
    }
    default:
      return intValue(v);
  }
}
function floatOf(v, width) {
  const view = new DataView(new ArrayBuffer(8));
  if (width === 8) {
    view.setBigUint64(0, BigInt.asUintN(64, v), true);
    const d = view.getFloat64(0, true);
    return Number.isFinite(d) ? d : String(d);
  }
  view.setUint32(0, Number(BigInt.asUintN(32, v)), true);
  const f = view.getFloat32(0, true);
  return Number.isFinite(f) ? f : String(f);
}

// packages/protocols/dist/grpc/fields.js
var GRPC_FIELDS = [
  ...HTTP2_FIELDS.filter((f) => !["response.status", "response.statusText", "request.body", "response.body"].some((p) => f.path === p || f.path.startsWith(`${p}.`))),
  { path: "request.service", type: "string", description: "gRPC service, pkg.Service" },
  { path: "request.rpc", type: "string", description: "gRPC method name" },
  { path: "request.messages", type: "list", description: "Request messages: {size, compressed?, type?, value | base64}" },
  { path: "response.messages", type: "list", description: "Response messages: {size, compressed?, type?, value | base64}" },
  { path: "response.status", type: "number", description: "grpc-status code (0 = OK); absent when the call did not finish" },
  { path: "response.httpStatus", type: "number", description: "HTTP :status of the response" },
  { path: "response.statusText", type: "string", description: "grpc-message, percent-decoded" }
];

// packages/protocols/dist/grpc/index.js
function createGrpcDissector(options = {}) {
  const schema = options.descriptorSets?.length ? createGrpcSchema(options.descriptorSets) : void 0;
  return createHttp2Dissector({ refiners: [grpcRefiner(schema)] });
}
var grpcDissector = createGrpcDissector();

// packages/protocols/dist/http1/framing.js
var NONE = { kind: "none" };
function headerValue(headers2, name) {
  const v = headers2[name];
  if (v === void 0)
    return void 0;
  return typeof v === "string" ? v : v.join(", ");
}
function contentLength(headers2) {
  const v = headers2["content-length"];
  if (v === void 0)
    return -1;
  if (typeof v === "string" && v.length > 0 && v.length <= 15 && isDigits(v))
    return Number(v);
  return parseLengthList(typeof v === "string" ? v : v.join(","));
}
function isDigits(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57)
      return false;
  }
  return true;
}
function parseLengthList(v) {
  let length = NaN;
  for (const part of v.split(",")) {
    const s = part.trim().replace(/^0+(?=\d)/, "");
    if (!/^\d{1,15}$/.test(s))
      return NaN;
    const n = Number(s);
    if (!Number.isNaN(length) && n !== length)
      return NaN;
    length = n;
  }
  return length;
}
function bodyFraming(headers2, anomalies, orElse) {
  const te = headerValue(headers2, "transfer-encoding");
  const cl = contentLength(headers2);
  if (te !== void 0) {
    if (headers2["content-length"] !== void 0)
      pushOnce(anomalies, "te-and-cl");
    const codings = te.toLowerCase().split(",").map((s) => s.trim()).filter((s) => s !== "");
    if (codings.length > 0 && codings[codings.length - 1] === "chunked")
      return { kind: "chunked" };
    pushOnce(anomalies, "bad-transfer-encoding");
    return codings.includes("chunked") ? { kind: "chunked" } : { kind: "close" };
  }
  if (Number.isNaN(cl)) {
    pushOnce(anomalies, "bad-content-length");
    return orElse;
  }
  if (cl === 0)
    return NONE;
  if (cl > 0)
    return { kind: "length", length: cl };
  return orElse;
}
function requestFraming(headers2, anomalies) {
  return bodyFraming(headers2, anomalies, NONE);
}
function responseKind(status, requestMethod) {
  if (status === 101)
    return "switch";
  if (status >= 100 && status < 200)
    return "interim";
  if (requestMethod === "CONNECT" && status >= 200 && status < 300)
    return "switch";
  return "final";
}
function responseFraming(headers2, status, requestMethod, anomalies) {
  if (requestMethod === "HEAD" || status < 200 || status === 204 || status === 304)
    return NONE;
  if (requestMethod === "CONNECT" && status < 300)
    return NONE;
  return bodyFraming(headers2, anomalies, { kind: "close" });
}

// packages/protocols/dist/http1/build.js
function buildEntry4(ex, unpaired, ctx) {
  const req = ex.req;
  const resp = ex.respDone || ex.resp ? ex.resp : null;
  const anomalies = [];
  if (req) {
    if (!ex.reqDone)
      pushOnce(req.anomalies, "truncated");
    for (const a of req.anomalies)
      pushOnce(anomalies, a);
  }
  if (resp) {
    if (!ex.respDone)
      pushOnce(resp.anomalies, "truncated");
    for (const a of resp.anomalies)
      pushOnce(anomalies, a);
  }
  if (unpaired || !req || !resp)
    pushOnce(anomalies, "unpaired");
  for (const a of anomalies)
    ctx.count(`http1.${a}`);
  const seen = req ? req.head.version : resp ? resp.head.version : "1.1";
  const version = seen === "1.0" || seen === "0.9" ? seen : "1.1";
  const entry = {
    timestamp: req ? req.firstTs : resp.firstTs,
    elapsedTime: req && resp ? resp.lastTs - req.firstTs : null,
    protocol: { name: "http", version, abbr: "HTTP" },
    request: req ? requestObject2(req, ctx) : null,
    response: resp ? responseObject2(resp, ex.interim, ctx) : null,
    requestSize: req ? req.wireSize : 0,
    responseSize: resp ? resp.wireSize + ex.interimSize : 0
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  return entry;
}
function requestObject2(msg, ctx) {
  const head = msg.head;
  if (head.kind !== "request")
    throw new Error("http1: request expected");
  const { path, query } = splitTarget(head.target);
  const out = {
    method: head.method,
    path,
    url: head.target,
    queryString: parseQuery(query),
    httpVersion: `HTTP/${head.version}`,
    headers: head.headers,
    body: messageBody(msg, ctx)
  };
  if (msg.body?.trailers)
    out.trailers = msg.body.trailers;
  return out;
}
function responseObject2(msg, interim, ctx) {
  const head = msg.head;
  if (head.kind !== "response")
    throw new Error("http1: response expected");
  const out = {
    status: head.status,
    statusText: head.statusText,
    httpVersion: `HTTP/${head.version}`,
    headers: head.headers,
    body: messageBody(msg, ctx)
  };
  if (msg.body?.trailers)
    out.trailers = msg.body.trailers;
  if (interim.length > 0)
    out.interim = interim;
  return out;
}
function messageBody(msg, ctx) {
  const r = msg.body;
  if (!r || r.size === 0 && r.missing === 0)
    return null;
  const body2 = buildBody({ bytes: r.bytes(), size: r.size, missing: r.missing, truncated: r.cutShort, contentEncoding: headerValue(msg.head.headers, "content-encoding") }, { decompress: ctx.decompress, maxDecodedBodyBytes: ctx.limits.maxDecodedBodyBytes });
  if (body2.decodeError !== void 0)
    ctx.count("http1.decode_error");
  return body2;
}

// packages/protocols/dist/http1/pair.js
var Pairer2 = class {
  maxPending;
  emit;
  count;
  queue = [];
  /** Responses were lost in a gap: re-pair the next one by its peerAck. */
  responsesLost = false;
  /** Requests were lost in a gap: a response the server sent before our oldest request was whole answers a lost one. */
  requestsLost = false;
  constructor(maxPending, emit, count2) {
    this.maxPending = maxPending;
    this.emit = emit;
    this.count = count2;
  }
  get pending() {
    return this.queue.length;
  }
  /** The next response is an HTTP/0.9 reply (no status line) when it answers a 0.9 request. */
  nextIsHeadless() {
    const ex = this.queue.find((e) => e.resp === null);
    return ex !== void 0 && ex.req !== null && ex.req.head.version === "0.9";
  }
  requestHead(msg) {
    const ex = { req: msg, reqDone: false, resp: null, respDone: false, interim: [], interimSize: 0, endOffset: msg.endOffset };
    msg.exchange = ex;
    this.queue.push(ex);
    if (this.queue.length > this.maxPending) {
      const i = this.queue.findIndex((e) => e.resp === null);
      if (i >= 0 && this.queue[i] !== ex) {
        this.count("http1.pending_overflow");
        const [old] = this.queue.splice(i, 1);
        this.emit(old, true);
      }
    }
    return ex;
  }
  requestDone(msg) {
    const ex = msg.exchange;
    if (!ex)
      return;
    ex.reqDone = true;
    ex.endOffset = msg.endOffset;
    this.flush();
  }
  /** The exchange a response answers, or null when its request is unknown. */
  responseTarget(msg) {
    const first2 = this.queue.findIndex((e) => e.resp === null);
    if (first2 < 0)
      return null;
    const ack = msg.peerAck;
    if (this.responsesLost) {
      this.responsesLost = false;
      if (ack >= 0) {
        let best = -1;
        for (let j = first2; j < this.queue.length; j++)
          if (this.queue[j].endOffset <= ack)
            best = j;
        if (best < 0)
          return null;
        const lost = this.queue.splice(first2, best - first2);
        for (const ex of lost)
          this.emit(ex, true);
        return this.queue[first2];
      }
    }
    if (this.requestsLost && ack >= 0) {
      if (this.queue[first2].endOffset > ack)
        return null;
      this.requestsLost = false;
    }
    return this.queue[first2];
  }
  responseHead(ex, msg) {
    ex.resp = msg;
    msg.exchange = ex;
  }
  responseDone(msg) {
    const ex = msg.exchange;
    if (!ex) {
      this.emit({ req: null, reqDone: false, resp: msg, respDone: true, interim: [], interimSize: 0, endOffset: -1 }, true);
      return;
    }
    ex.respDone = true;
    this.flush();
  }
  /** Emits every exchange still held (end of connection), complete or not. */
  flushAll() {
    const rest = this.queue.splice(0, this.queue.length);
    for (const ex of rest)
      this.emit(ex, ex.resp === null);
  }
  flush() {
    while (this.queue.length > 0 && this.queue[0].reqDone && this.queue[0].respDone) {
      this.emit(this.queue.shift(), false);
    }
  }
};

// packages/protocols/dist/http1/body.js
var LF3 = 10;
var CR3 = 13;
var MAX_CHUNK_LINE = 4096;
var St = { Length: 0, Close: 1, SizeLine: 2, Data: 3, DataEnd: 4, Trailer: 5, Done: 6 };
var utf86 = new TextDecoder("utf-8");
var BodyReader = class {
  limit;
  maxTrailerBytes;
  /** Body bytes after transfer decoding, kept or lost. */
  size = 0;
  /** Bytes of this body lost in capture gaps. */
  missing = 0;
  /** Bytes consumed on the wire (chunk framing included). */
  wire = 0;
  trailers;
  /** Set when the bytes stop making sense (bad chunk line): framing is lost. */
  error;
  /** Chunk-size lines with extensions (legal, rare: counted, not an anomaly). */
  chunkExtensions = 0;
  /** The body ended before its framing said it would. */
  cutShort = false;
  anomalies = [];
  st;
  remaining = 0;
  kept = [];
  /** Body bytes kept. */
  captured = 0;
  /** Some kept parts are views into a chunk that is valid only during the current feed. */
  borrowed = false;
  /** Index in `kept` of the first borrowed part (the ones before it are our own copies). */
  firstBorrowed = 0;
  /** Set by the stream while the reader waits in its list of readers to detach. */
  listed = false;
  /** Its entry was emitted while parts were borrowed: they were dropped, not copied. */
  stale = false;
  line = null;
  lineLen = 0;
  trailerBytes = 0;
  /** Created by the first trailer line (most bodies have none). */
  trailerText = null;
  constructor(framing, limit, maxTrailerBytes) {
    this.limit = limit;
    this.maxTrailerBytes = maxTrailerBytes;
    if (framing.kind === "length") {
      this.st = St.Length;
      this.remaining = framing.length;
    } else if (framing.kind === "chunked")
      this.st = St.SizeLine;
    else if (framing.kind === "close")
      this.st = St.Close;
    else
      this.st = St.Done;
  }
  get done() {
    return this.st === St.Done;
  }
  /** Close-delimited bodies end only when the sender closes. */
  get closeDelimited() {
    return this.st === St.Close;
  }
  /**
   * Consumes from `buf[p..)` and returns the new position; stops at the end of the body. With
   * `borrow`, body bytes are kept as views into `buf` (no copy): the caller must `detach()` or
   * `release()` the reader before `buf` becomes invalid. Most bodies are built into their entry
   * within the feed that completes them, so the copy (an ArrayBuffer allocation per body, ~6% of
   * a keep-alive HTTP/1 read) is never made.
   */
  feed(buf, p, borrow = false) {
    const n = buf.length;
    const start = p;
    while (p < n && this.st !== St.Done && this.error === void 0) {
      switch (this.st) {
        case St.Length:
        case St.Data: {
          const take = Math.min(this.remaining, n - p);
          this.keep(buf, p, p + take, borrow && take === this.remaining);
          p += take;
          this.remaining -= take;
          if (this.remaining === 0)
            this.st = this.st === St.Length ? St.Done : St.DataEnd;
          break;
        }
        case St.Close:
          this.keep(buf, p, n, false);
          p = n;
          break;
        case St.DataEnd: {
          const b = buf[p];
          if (b === CR3 && this.lineLen === 0) {
            this.lineLen = 1;
            p++;
          } else if (b === LF3) {
            this.lineLen = 0;
            this.st = St.SizeLine;
            p++;
          } else
            this.error = "bad-chunk";
          break;
        }
        case St.SizeLine:
        case St.Trailer:
          p = this.readLine(buf, p);
          break;
      }
    }
    this.wire += p - start;
    return p;
  }
  /** `length` bytes were lost; true when the body stays in sync (they fell inside known data). */
  gap(length) {
    if (this.st === St.Close || (this.st === St.Length || this.st === St.Data) && length <= this.remaining) {
      if (this.st !== St.Close)
        this.remaining -= length;
      this.size += length;
      this.missing += length;
      this.wire += length;
      if (this.remaining === 0 && this.st === St.Length)
        this.st = St.Done;
      else if (this.remaining === 0 && this.st === St.Data)
        this.st = St.DataEnd;
      return true;
    }
    return false;
  }
  /** The message was cut short; with `lostInGap`, the rest of a known length went into the gap. */
  cut(lostInGap) {
    this.cutShort = true;
    if (lostInGap && (this.st === St.Length || this.st === St.Data)) {
      this.size += this.remaining;
      this.missing += this.remaining;
      this.remaining = 0;
    }
  }
  /** The kept bytes, joined (a borrowed view while the feed that kept them runs). */
  bytes() {
    if (this.stale)
      throw new Error("http1: body read after its borrowed bytes were released");
    if (this.kept.length === 1)
      return this.kept[0];
    this.join();
    return this.kept[0];
  }
  /**
   * Copies the borrowed parts into bytes of our own (the chunk they view is about to go away);
   * parts copied at an earlier detach stay as they are, so a body spread over many packets is
   * copied once, as it arrives.
   */
  detach() {
    if (!this.borrowed)
      return;
    const kept = this.kept;
    for (let i = this.firstBorrowed; i < kept.length; i++)
      kept[i] = copyOf(kept[i]);
    this.borrowed = false;
  }
  /**
   * Nobody reads the bytes any more (the entry is built): borrowed parts are dropped, not copied.
   * A body still being read (its entry was emitted early) keeps them, to be detached as usual.
   */
  release() {
    if (!this.borrowed || !(this.st === St.Done || this.cutShort))
      return;
    this.kept = [];
    this.borrowed = false;
    this.stale = true;
  }
  join() {
    const out = new Uint8Array(this.captured);
    let o = 0;
    for (const part of this.kept) {
      out.set(part, o);
      o += part.length;
    }
    this.kept = [out];
    this.borrowed = false;
  }
  keep(buf, s, e, borrow) {
    const len = e - s;
    if (len <= 0)
      return;
    this.size += len;
    const room = this.limit - this.captured;
    if (room <= 0)
      return;
    const take = Math.min(room, len);
    if (borrow) {
      if (!this.borrowed) {
        this.firstBorrowed = this.kept.length;
        this.borrowed = true;
      }
      this.kept.push(buf.subarray(s, s + take));
    } else
      this.kept.push(buf.slice(s, s + take));
    this.captured += take;
  }
  /** Collects one line (chunk size or trailer) across feeds, then acts on it. */
  readLine(buf, p) {
    const lf = buf.indexOf(LF3, p);
    const end2 = lf < 0 ? buf.length : lf;
    const max = this.st === St.SizeLine ? MAX_CHUNK_LINE : this.maxTrailerBytes;
    if (this.lineLen + (end2 - p) > max) {
      this.error = this.st === St.SizeLine ? "bad-chunk" : "header-too-large";
      return p;
    }
    if (this.line === null)
      this.line = [];
    for (let i = p; i < end2; i++)
      this.line.push(buf[i]);
    this.lineLen += end2 - p;
    if (lf < 0)
      return buf.length;
    const bytes = Uint8Array.from(this.line);
    this.line = null;
    this.lineLen = 0;
    const text4 = utf86.decode(bytes[bytes.length - 1] === CR3 ? bytes.subarray(0, bytes.length - 1) : bytes);
    if (this.st === St.SizeLine)
      this.onSizeLine(text4);
    else
      this.onTrailerLine(text4);
    return lf + 1;
  }
  onSizeLine(text4) {
    const semi = text4.indexOf(";");
    const hex2 = (semi < 0 ? text4 : text4.slice(0, semi)).trim().replace(/^0+(?=[0-9a-fA-F])/, "");
    if (!/^[0-9a-fA-F]{1,13}$/.test(hex2)) {
      this.error = "bad-chunk";
      return;
    }
    if (semi >= 0)
      this.chunkExtensions++;
    const size2 = parseInt(hex2, 16);
    if (size2 === 0)
      this.st = St.Trailer;
    else {
      this.remaining = size2;
      this.st = St.Data;
    }
  }
  onTrailerLine(text4) {
    this.trailerBytes += text4.length + 2;
    if (text4 !== "") {
      (this.trailerText ??= []).push(text4);
      if (this.trailerBytes > this.maxTrailerBytes)
        this.error = "header-too-large";
      return;
    }
    if (this.trailerText !== null)
      this.trailers = parseHeaderLines(this.trailerText, 0, this.anomalies);
    this.st = St.Done;
  }
};
function copyOf(view) {
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}

// packages/protocols/dist/http1/stream.js
var LF4 = 10;
var CR4 = 13;
var Stream = class {
  dir;
  limits;
  hooks;
  mode = "head";
  msg = null;
  carry = new Carry();
  carryTs = 0;
  carryOffset = 0;
  carryPeerAck = -1;
  scanFrom = 0;
  atLineStart = false;
  /** Offset of the next byte, for gaps and end-of-stream. */
  next = 0;
  lastTs = 0;
  /** Readers that kept views into the chunk being fed: detached (or released) before `feed` returns. */
  lent = [];
  constructor(dir, limits, hooks) {
    this.dir = dir;
    this.limits = limits;
    this.hooks = hooks;
  }
  feed(buf, meta) {
    const n = buf.length;
    this.lastTs = meta.ts;
    let p = 0;
    try {
      while (p < n) {
        const before = p;
        const mode = this.mode;
        if (mode === "dead") {
          this.hooks.count("http1.ignored_bytes", n - p);
          p = n;
        } else if (mode === "body")
          p = this.readBody(buf, p, meta);
        else if (mode === "head")
          p = this.readHead(buf, p, meta);
        else
          p = this.resync(buf, p, meta);
        if (p === before && this.mode === mode)
          throw new Error(`http1: no progress in ${mode}`);
      }
    } finally {
      if (this.lent.length > 0)
        this.detachLent();
    }
    this.next = meta.offset + n;
  }
  /** `buf` is about to go away: bodies still to be read get their own copy of what they borrowed. */
  detachLent() {
    const lent = this.lent;
    for (let i = 0; i < lent.length; i++) {
      lent[i].listed = false;
      lent[i].detach();
    }
    lent.length = 0;
  }
  gap(length, meta) {
    this.hooks.count("http1.gap_bytes", length);
    this.lastTs = meta.ts;
    const at = this.next;
    this.next += length;
    if (this.mode === "dead") {
      this.hooks.count("http1.ignored_bytes", length);
    } else if (this.mode === "body") {
      const msg = this.msg;
      pushOnce(msg.anomalies, "gap");
      if (msg.body.gap(length)) {
        if (msg.body.done)
          this.finish(msg, this.next, meta.ts);
        return;
      }
      pushOnce(msg.anomalies, "truncated");
      msg.body.cut(true);
      this.finish(msg, at, meta.ts);
      this.startResync(true);
    } else if (this.mode === "head") {
      if (this.carry.length > 0)
        this.recoverPartial(this.carry.view(), 0, this.carry.length, at, meta.ts, "gap");
      this.startResync(true);
    } else {
      this.skipped(this.carry.length);
      this.carry.clear();
      this.atLineStart = true;
    }
  }
  /** The sender closed: a close-delimited body ends, anything else in flight is cut short. */
  end(ts) {
    if (this.mode === "body") {
      const msg = this.msg;
      if (!msg.body.closeDelimited) {
        pushOnce(msg.anomalies, "truncated");
        msg.body.cut(false);
      }
      this.finish(msg, this.next, ts);
      this.mode = "head";
    } else if (this.mode === "head" && this.carry.length > 0) {
      this.recoverPartial(this.carry.view(), 0, this.carry.length, this.next, ts, "truncated");
    } else if (this.mode === "resync")
      this.skipped(this.carry.length);
    this.carry.clear();
  }
  /** Stop parsing (protocol switched): the rest of this direction is ignored and counted. */
  kill() {
    if (this.mode === "body") {
      const msg = this.msg;
      pushOnce(msg.anomalies, "truncated");
      msg.body.cut(false);
      this.finish(msg, this.next, this.lastTs);
    }
    this.mode = "dead";
    this.carry.clear();
  }
  readBody(buf, p, meta) {
    const msg = this.msg;
    const body2 = msg.body;
    const q = body2.feed(buf, p, true);
    if (body2.borrowed && !body2.listed) {
      body2.listed = true;
      this.lent.push(body2);
    }
    msg.lastTs = meta.ts;
    if (body2.error !== void 0) {
      pushOnce(msg.anomalies, body2.error);
      pushOnce(msg.anomalies, "truncated");
      body2.cut(false);
      this.finish(msg, meta.offset + q, meta.ts);
      this.startResync(false);
    } else if (body2.done) {
      this.finish(msg, meta.offset + q, meta.ts);
      this.mode = "head";
    }
    return q;
  }
  readHead(buf, p, meta) {
    const n = buf.length;
    const max = this.limits.maxHeaderBytes;
    if (this.carry.length === 0) {
      if (this.dir === 1 && this.hooks.headless() && probeStatusLine(buf, p, n) === "no") {
        this.startHeadless(meta.ts, meta.offset + p, meta.peerAck);
        return p;
      }
      while (p < n && (buf[p] === CR4 || buf[p] === LF4))
        p++;
      if (p === n)
        return n;
      const r2 = this.parse(buf, p, max, 0);
      if (r2.ok) {
        this.start(r2.message, r2.consumed, meta.ts, meta.offset + p, meta.peerAck, meta);
        return p + r2.consumed;
      }
      if (r2.incomplete) {
        this.carryTs = meta.ts;
        this.carryOffset = meta.offset + p;
        this.carryPeerAck = meta.peerAck;
        this.carry.append(buf, p, n);
        this.scanFrom = 0;
        return n;
      }
      return this.headError(r2.code, buf, p, p + max, meta);
    }
    const prev = this.carry.length;
    const end2 = findHeadEnd(buf, p);
    const take = Math.min(end2 < 0 ? n - p : end2 - p, max - prev);
    this.carry.append(buf, p, p + take);
    const view = this.carry.view();
    if (this.dir === 1 && this.hooks.headless() && probeStatusLine(view, 0, view.length) === "no") {
      this.startHeadless(this.carryTs, this.carryOffset, this.carryPeerAck);
      const msg = this.msg;
      msg.body.feed(view, 0);
      msg.lastTs = meta.ts;
      this.carry.clear();
      return p + take;
    }
    const r = this.parse(view, 0, max, this.scanFrom);
    if (r.ok) {
      const used = r.consumed - prev;
      this.carry.clear();
      this.start(r.message, r.consumed, this.carryTs, this.carryOffset, this.carryPeerAck, meta);
      return p + used;
    }
    if (r.incomplete) {
      this.scanFrom = Math.max(0, this.carry.length - 3);
      return p + take;
    }
    if (r.code === "header-too-large") {
      this.recoverPartial(view, 0, view.length, this.carryOffset + view.length, meta.ts, "header-too-large");
      this.carry.clear();
      this.startResync(false);
      return p + take;
    }
    this.skipped(prev);
    this.carry.clear();
    return this.headError(r.code, buf, p, p, meta);
  }
  parse(buf, offset, max, scanFrom) {
    return this.dir === 0 ? parseRequestHead(buf, offset, max, scanFrom) : parseResponseHead(buf, offset, max, scanFrom);
  }
  /** A head that cannot be parsed: keep what is readable when it is only too large, then resync. */
  headError(code, buf, p, limitEnd, meta) {
    this.hooks.count(`http1.${code}`);
    if (code === "header-too-large") {
      this.carryTs = meta.ts;
      this.carryOffset = meta.offset + p;
      this.carryPeerAck = meta.peerAck;
      this.recoverPartial(buf, p, limitEnd, meta.offset + limitEnd, meta.ts, code);
      this.startResync(false);
      return limitEnd;
    }
    this.startResync(false);
    return p;
  }
  /** A head cut short (gap, size limit, end of stream) still becomes a message when its start line is whole. */
  recoverPartial(buf, s, e, endOffset, ts, why2) {
    const head = parsePartialHead(buf, s, e, this.dir);
    if (head === null) {
      this.skipped(e - s);
      return;
    }
    const msg = this.newMessage(head, this.carryTs, this.carryOffset, this.carryPeerAck, e - s, ts);
    pushOnce(msg.anomalies, why2);
    pushOnce(msg.anomalies, "truncated");
    this.hooks.onHead(msg);
    this.finish(msg, endOffset, ts);
  }
  newMessage(head, ts, offset, peerAck, headSize, lastTs) {
    return {
      dir: this.dir,
      head,
      body: null,
      firstTs: ts,
      lastTs,
      startOffset: offset,
      endOffset: offset + headSize,
      peerAck,
      headSize,
      wireSize: headSize,
      anomalies: head.anomalies,
      exchange: null,
      kind: "final"
    };
  }
  start(head, headSize, ts, offset, peerAck, meta) {
    const msg = this.newMessage(head, ts, offset, peerAck, headSize, meta.ts);
    const framing = this.hooks.onHead(msg);
    if (framing.kind === "none") {
      this.finish(msg, offset + headSize, meta.ts);
      return;
    }
    msg.body = new BodyReader(framing, this.limits.maxBodyBytes, this.limits.maxHeaderBytes);
    this.msg = msg;
    this.mode = "body";
  }
  startHeadless(ts, offset, peerAck) {
    const head = { kind: "response", status: 200, statusText: "", version: "0.9", headers: {}, anomalies: [] };
    const msg = this.newMessage(head, ts, offset, peerAck, 0, ts);
    this.hooks.onHead(msg);
    msg.body = new BodyReader({ kind: "close" }, this.limits.maxBodyBytes, this.limits.maxHeaderBytes);
    this.msg = msg;
    this.mode = "body";
  }
  finish(msg, endOffset, ts) {
    msg.endOffset = endOffset;
    msg.lastTs = ts;
    msg.wireSize = msg.headSize + (msg.body ? msg.body.wire : 0);
    if (msg.body) {
      for (const a of msg.body.anomalies)
        pushOnce(msg.anomalies, a);
      if (msg.body.chunkExtensions > 0)
        this.hooks.count("http1.chunk_extension", msg.body.chunkExtensions);
    }
    if (msg.body && msg.body.size > msg.body.captured)
      this.hooks.count("http1.body_truncated");
    this.msg = null;
    if (this.mode === "body")
      this.mode = "head";
    this.hooks.onDone(msg);
  }
  startResync(afterGap) {
    if (this.mode === "dead")
      return;
    this.mode = "resync";
    this.msg = null;
    this.carry.clear();
    this.atLineStart = afterGap;
    this.hooks.count("http1.desync");
    this.hooks.onResync();
  }
  skipped(n) {
    if (n > 0)
      this.hooks.count("http1.skipped_bytes", n);
  }
  /** Skips bytes up to a line that starts a message of this direction. */
  resync(buf, p, meta) {
    const n = buf.length;
    while (p < n) {
      if (!this.atLineStart) {
        const lf2 = buf.indexOf(LF4, p);
        const stop2 = lf2 < 0 ? n : lf2 + 1;
        this.skipped(stop2 - p);
        p = stop2;
        this.atLineStart = lf2 >= 0;
        continue;
      }
      const lf = buf.indexOf(LF4, p);
      const lineEnd = lf < 0 ? n : lf + 1;
      let probe;
      if (this.carry.length > 0) {
        this.carry.append(buf, p, lineEnd);
        probe = this.probe(this.carry.view(), 0, this.carry.length);
      } else
        probe = this.probe(buf, p, lineEnd);
      if (probe === "yes") {
        this.mode = "head";
        this.scanFrom = 0;
        this.hooks.count("http1.resync");
        return this.carry.length > 0 ? lineEnd : p;
      }
      if (probe === "more" && lf < 0) {
        if (this.carry.length === 0) {
          this.carryTs = meta.ts;
          this.carryOffset = meta.offset + p;
          this.carryPeerAck = meta.peerAck;
          this.carry.append(buf, p, n);
        }
        return n;
      }
      if (this.carry.length > 0) {
        this.skipped(this.carry.length);
        this.carry.clear();
        p = lineEnd;
        this.atLineStart = lf >= 0;
      } else
        this.atLineStart = false;
    }
    return p;
  }
  probe(buf, s, e) {
    if (this.dir === 1)
      return probeStatusLine(buf, s, e);
    return probeRequestLine(buf, s, e, false, this.limits.maxHeaderBytes);
  }
};

// packages/protocols/dist/http1/session.js
var NONE2 = { kind: "none" };
var Http1Session = class {
  ctx;
  streams;
  pairer;
  closed = false;
  /** An accepted `Upgrade: h2c`, handed over when the current feed returns. */
  upgrade = null;
  constructor(ctx) {
    this.ctx = ctx;
    this.pairer = new Pairer2(ctx.limits.maxPendingRequests, (ex, unpaired) => this.emit(ex, unpaired), (e) => ctx.count(e));
    this.streams = [this.newStream(0), this.newStream(1)];
  }
  feed(dir, bytes, meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
    if (this.upgrade)
      this.handOver(dir, bytes, meta);
  }
  gap(dir, length, meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].gap(length, meta);
    } catch {
      this.internalError(dir);
    }
  }
  end(dir, ts) {
    if (this.closed)
      return;
    try {
      this.streams[dir].end(ts);
    } catch {
      this.internalError(dir);
    }
  }
  close(ts) {
    if (this.closed)
      return;
    try {
      this.streams[0].end(ts);
      this.streams[1].end(ts);
      this.pairer.flushAll();
    } catch {
      this.ctx.count("http1.internal_error");
    }
    this.closed = true;
  }
  internalError(dir) {
    this.ctx.count("http1.internal_error");
    try {
      const fresh = this.newStream(dir);
      fresh.mode = "resync";
      this.streams[dir] = fresh;
      if (dir === 0)
        this.pairer.requestsLost = true;
      else
        this.pairer.responsesLost = true;
    } catch {
      this.closed = true;
    }
  }
  emit(ex, unpaired) {
    this.ctx.emit(buildEntry4(ex, unpaired, this.ctx));
    ex.req?.body?.release();
    ex.resp?.body?.release();
  }
  /**
   * `Upgrade: h2c` accepted: once the feed that finished the 101 returns, the bytes after it and
   * the rest of the connection go to the http2 dissector, with the upgrade request as stream 1's.
   */
  handOver(dir, bytes, meta) {
    const up = this.upgrade;
    this.upgrade = null;
    const from = Math.min(Math.max(up.endOffset - meta.offset, 0), bytes.length);
    const leftover = from < bytes.length ? [{ dir, bytes: bytes.subarray(from), meta: { ts: meta.ts, offset: meta.offset + from, peerAck: meta.peerAck } }] : [];
    if (this.ctx.switchProtocol?.("http2", leftover, up.handover))
      this.closed = true;
  }
  upgradeTo(msg) {
    const ex = msg.exchange;
    if (!this.ctx.switchProtocol || msg.head.kind !== "response" || msg.head.status !== 101)
      return;
    if (headerValue(msg.head.headers, "upgrade")?.trim().toLowerCase() !== "h2c")
      return;
    const quiet = { ...this.ctx, count: () => {
    } };
    const request = ex?.req ? buildEntry4({ ...ex, resp: null, respDone: false }, false, quiet).request : null;
    const handover = request ? { kind: "h2c-upgrade", request, timestamp: ex.req.firstTs, requestSize: ex.req.wireSize } : void 0;
    this.upgrade = { endOffset: msg.endOffset, handover };
  }
  /** A 101 or a 2xx to CONNECT: the rest of the connection is not HTTP/1. */
  switchProtocols() {
    this.streams[0].kill();
    this.streams[1].kill();
  }
  newStream(dir) {
    const ctx = this.ctx;
    const pairer = this.pairer;
    const hooks = dir === 0 ? {
      onHead: (msg) => {
        pairer.requestHead(msg);
        return msg.head.kind === "request" ? requestFraming(msg.head.headers, msg.anomalies) : NONE2;
      },
      onDone: (msg) => pairer.requestDone(msg),
      onResync: () => {
        pairer.requestsLost = true;
      },
      headless: () => false,
      count: (e, n) => ctx.count(e, n)
    } : {
      onHead: (msg) => this.responseHead(msg),
      onDone: (msg) => this.responseDone(msg),
      onResync: () => {
        pairer.responsesLost = true;
      },
      headless: () => pairer.nextIsHeadless(),
      count: (e, n) => ctx.count(e, n)
    };
    return new Stream(dir, ctx.limits, hooks);
  }
  responseHead(msg) {
    if (msg.head.kind !== "response")
      return NONE2;
    const ex = this.pairer.responseTarget(msg);
    const method = ex?.req?.head.kind === "request" ? ex.req.head.method : void 0;
    msg.kind = responseKind(msg.head.status, method);
    if (msg.kind === "interim") {
      msg.exchange = ex;
      return NONE2;
    }
    if (ex)
      this.pairer.responseHead(ex, msg);
    return responseFraming(msg.head.headers, msg.head.status, method, msg.anomalies);
  }
  responseDone(msg) {
    if (msg.kind === "interim") {
      if (msg.exchange && msg.head.kind === "response") {
        msg.exchange.interim.push(msg.head.status);
        msg.exchange.interimSize += msg.wireSize;
      } else
        this.ctx.count("http1.unpaired_interim");
      return;
    }
    this.pairer.responseDone(msg);
    if (msg.kind === "switch") {
      this.upgradeTo(msg);
      this.switchProtocols();
    }
  }
};

// packages/protocols/dist/http1/index.js
var http1Dissector = {
  name: "http",
  transport: "tcp",
  detect: detect4,
  createSession(ctx) {
    return new Http1Session(ctx);
  }
};

// packages/protocols/dist/kafka/apis.js
var NEVER = Infinity;
var TABLE = [
  [0, "Produce", 12, 9],
  [1, "Fetch", 17, 12],
  [2, "ListOffsets", 10, 6],
  [3, "Metadata", 13, 9],
  [4, "LeaderAndIsr", 7, 4],
  [5, "StopReplica", 4, 2],
  [6, "UpdateMetadata", 8, 6],
  [7, "ControlledShutdown", 3, 3],
  [8, "OffsetCommit", 9, 8],
  [9, "OffsetFetch", 9, 6],
  [10, "FindCoordinator", 6, 3],
  [11, "JoinGroup", 9, 6],
  [12, "Heartbeat", 4, 4],
  [13, "LeaveGroup", 5, 4],
  [14, "SyncGroup", 5, 4],
  [15, "DescribeGroups", 6, 5],
  [16, "ListGroups", 5, 3],
  [17, "SaslHandshake", 1, NEVER],
  [18, "ApiVersions", 4, 3],
  [19, "CreateTopics", 7, 5],
  [20, "DeleteTopics", 6, 4],
  [21, "DeleteRecords", 2, 2],
  [22, "InitProducerId", 5, 2],
  [23, "OffsetForLeaderEpoch", 4, 4],
  [24, "AddPartitionsToTxn", 5, 3],
  [25, "AddOffsetsToTxn", 4, 3],
  [26, "EndTxn", 5, 3],
  [27, "WriteTxnMarkers", 1, 1],
  [28, "TxnOffsetCommit", 5, 3],
  [29, "DescribeAcls", 3, 2],
  [30, "CreateAcls", 3, 2],
  [31, "DeleteAcls", 3, 2],
  [32, "DescribeConfigs", 4, 4],
  [33, "AlterConfigs", 2, 2],
  [34, "AlterReplicaLogDirs", 2, 2],
  [35, "DescribeLogDirs", 4, 2],
  [36, "SaslAuthenticate", 2, 2],
  [37, "CreatePartitions", 3, 2],
  [38, "CreateDelegationToken", 3, 2],
  [39, "RenewDelegationToken", 2, 2],
  [40, "ExpireDelegationToken", 2, 2],
  [41, "DescribeDelegationToken", 3, 2],
  [42, "DeleteGroups", 2, 2],
  [43, "ElectLeaders", 2, 2],
  [44, "IncrementalAlterConfigs", 1, 1],
  [45, "AlterPartitionReassignments", 0, 0],
  [46, "ListPartitionReassignments", 0, 0],
  [47, "OffsetDelete", 0, NEVER],
  [48, "DescribeClientQuotas", 1, 1],
  [49, "AlterClientQuotas", 1, 1],
  [50, "DescribeUserScramCredentials", 0, 0],
  [51, "AlterUserScramCredentials", 0, 0],
  [52, "Vote", 1, 0],
  [53, "BeginQuorumEpoch", 1, 1],
  [54, "EndQuorumEpoch", 1, 1],
  [55, "DescribeQuorum", 2, 0],
  [56, "AlterPartition", 3, 0],
  [57, "UpdateFeatures", 1, 0],
  [58, "Envelope", 0, 0],
  [59, "FetchSnapshot", 1, 0],
  [60, "DescribeCluster", 1, 0],
  [61, "DescribeProducers", 0, 0],
  [62, "BrokerRegistration", 4, 0],
  [63, "BrokerHeartbeat", 1, 0],
  [64, "UnregisterBroker", 0, 0],
  [65, "DescribeTransactions", 0, 0],
  [66, "ListTransactions", 1, 0],
  [67, "AllocateProducerIds", 0, 0],
  [68, "ConsumerGroupHeartbeat", 1, 0],
  [69, "ConsumerGroupDescribe", 1, 0],
  [70, "ControllerRegistration", 0, 0],
  [71, "GetTelemetrySubscriptions", 0, 0],
  [72, "PushTelemetry", 0, 0],
  [73, "AssignReplicasToDirs", 0, 0],
  [74, "ListClientMetricsResources", 0, 0],
  [75, "DescribeTopicPartitions", 0, 0],
  [76, "ShareGroupHeartbeat", 1, 0],
  [77, "ShareGroupDescribe", 1, 0],
  [78, "ShareFetch", 1, 0],
  [79, "ShareAcknowledge", 1, 0],
  [80, "AddRaftVoter", 0, 0],
  [81, "RemoveRaftVoter", 0, 0],
  [82, "UpdateRaftVoter", 0, 0],
  [83, "InitializeShareGroupState", 0, 0],
  [84, "ReadShareGroupState", 0, 0],
  [85, "WriteShareGroupState", 0, 0],
  [86, "DeleteShareGroupState", 0, 0],
  [87, "ReadShareGroupStateSummary", 0, 0],
  [88, "StreamsGroupHeartbeat", 0, 0],
  [89, "StreamsGroupDescribe", 0, 0],
  [90, "DescribeShareGroupOffsets", 0, 0],
  [91, "AlterShareGroupOffsets", 0, 0],
  [92, "DeleteShareGroupOffsets", 0, 0]
];
var VERSION_SLACK = 3;
var API_KEYS = TABLE.map(([, name, max, flexible]) => ({ name, maxVersion: max + VERSION_SLACK, flexible }));
var MAX_API_KEY = API_KEYS.length - 1;
var API = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  ApiVersions: 18
};
function apiInfo(key) {
  return key >= 0 && key <= MAX_API_KEY ? API_KEYS[key] : void 0;
}
function apiName(key) {
  return apiInfo(key)?.name ?? `Unknown(${key})`;
}
function isFlexible(key, version) {
  const info = apiInfo(key);
  return info !== void 0 && version >= info.flexible;
}
function requestHeaderVersion(key, version) {
  if (key === API.ControlledShutdown && version === 0)
    return 0;
  return isFlexible(key, version) ? 2 : 1;
}
function responseHeaderVersion(key, version) {
  if (key === API.ApiVersions)
    return 0;
  return isFlexible(key, version) ? 1 : 0;
}

// packages/protocols/dist/kafka/limits.js
var KAFKA_LIMITS = {
  /** Largest frame accepted (the broker's default socket.request.max.bytes); larger = framing lost. */
  maxFrameBytes: 100 << 20,
  /** Bytes of one frame kept for decoding; the rest is skipped and only counted (`truncated`). */
  maxDecodeBytes: 1 << 20,
  /** Topics, partitions, brokers, members… listed per entry; the totals are always counted. */
  maxListed: 32,
  /** Characters kept of a string field (client id, topic, group…). */
  maxStringChars: 512,
  /** Topic id → name pairs learnt from Metadata responses, per connection (Fetch v13+ sends ids). */
  maxTopicIds: 1024,
  /** Records sampled (key, value, header names) from the first uncompressed batch of a partition. */
  maxSamples: 3,
  /** Largest record key or value kept in a sample; larger ones keep only their size. */
  maxSampleBytes: 256,
  /** Record batches walked per partition when counting records. */
  maxBatchesWalked: 1e4
};

// packages/protocols/dist/kafka/errors.js
var NAMES = [
  "UNKNOWN_SERVER_ERROR",
  "NONE",
  "OFFSET_OUT_OF_RANGE",
  "CORRUPT_MESSAGE",
  "UNKNOWN_TOPIC_OR_PARTITION",
  "INVALID_FETCH_SIZE",
  "LEADER_NOT_AVAILABLE",
  "NOT_LEADER_OR_FOLLOWER",
  "REQUEST_TIMED_OUT",
  "BROKER_NOT_AVAILABLE",
  "REPLICA_NOT_AVAILABLE",
  "MESSAGE_TOO_LARGE",
  "STALE_CONTROLLER_EPOCH",
  "OFFSET_METADATA_TOO_LARGE",
  "NETWORK_EXCEPTION",
  "COORDINATOR_LOAD_IN_PROGRESS",
  "COORDINATOR_NOT_AVAILABLE",
  "NOT_COORDINATOR",
  "INVALID_TOPIC_EXCEPTION",
  "RECORD_LIST_TOO_LARGE",
  "NOT_ENOUGH_REPLICAS",
  "NOT_ENOUGH_REPLICAS_AFTER_APPEND",
  "INVALID_REQUIRED_ACKS",
  "ILLEGAL_GENERATION",
  "INCONSISTENT_GROUP_PROTOCOL",
  "INVALID_GROUP_ID",
  "UNKNOWN_MEMBER_ID",
  "INVALID_SESSION_TIMEOUT",
  "REBALANCE_IN_PROGRESS",
  "INVALID_COMMIT_OFFSET_SIZE",
  "TOPIC_AUTHORIZATION_FAILED",
  "GROUP_AUTHORIZATION_FAILED",
  "CLUSTER_AUTHORIZATION_FAILED",
  "INVALID_TIMESTAMP",
  "UNSUPPORTED_SASL_MECHANISM",
  "ILLEGAL_SASL_STATE",
  "UNSUPPORTED_VERSION",
  "TOPIC_ALREADY_EXISTS",
  "INVALID_PARTITIONS",
  "INVALID_REPLICATION_FACTOR",
  "INVALID_REPLICA_ASSIGNMENT",
  "INVALID_CONFIG",
  "NOT_CONTROLLER",
  "INVALID_REQUEST",
  "UNSUPPORTED_FOR_MESSAGE_FORMAT",
  "POLICY_VIOLATION",
  "OUT_OF_ORDER_SEQUENCE_NUMBER",
  "DUPLICATE_SEQUENCE_NUMBER",
  "INVALID_PRODUCER_EPOCH",
  "INVALID_TXN_STATE",
  "INVALID_PRODUCER_ID_MAPPING",
  "INVALID_TRANSACTION_TIMEOUT",
  "CONCURRENT_TRANSACTIONS",
  "TRANSACTION_COORDINATOR_FENCED",
  "TRANSACTIONAL_ID_AUTHORIZATION_FAILED",
  "SECURITY_DISABLED",
  "OPERATION_NOT_ATTEMPTED",
  "KAFKA_STORAGE_ERROR",
  "LOG_DIR_NOT_FOUND",
  "SASL_AUTHENTICATION_FAILED",
  "UNKNOWN_PRODUCER_ID",
  "REASSIGNMENT_IN_PROGRESS",
  "DELEGATION_TOKEN_AUTH_DISABLED",
  "DELEGATION_TOKEN_NOT_FOUND",
  "DELEGATION_TOKEN_OWNER_MISMATCH",
  "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED",
  "DELEGATION_TOKEN_AUTHORIZATION_FAILED",
  "DELEGATION_TOKEN_EXPIRED",
  "INVALID_PRINCIPAL_TYPE",
  "NON_EMPTY_GROUP",
  "GROUP_ID_NOT_FOUND",
  "FETCH_SESSION_ID_NOT_FOUND",
  "INVALID_FETCH_SESSION_EPOCH",
  "LISTENER_NOT_FOUND",
  "TOPIC_DELETION_DISABLED",
  "FENCED_LEADER_EPOCH",
  "UNKNOWN_LEADER_EPOCH",
  "UNSUPPORTED_COMPRESSION_TYPE",
  "STALE_BROKER_EPOCH",
  "OFFSET_NOT_AVAILABLE",
  "MEMBER_ID_REQUIRED",
  "PREFERRED_LEADER_NOT_AVAILABLE",
  "GROUP_MAX_SIZE_REACHED",
  "FENCED_INSTANCE_ID",
  "ELIGIBLE_LEADERS_NOT_AVAILABLE",
  "ELECTION_NOT_NEEDED",
  "NO_REASSIGNMENT_IN_PROGRESS",
  "GROUP_SUBSCRIBED_TO_TOPIC",
  "INVALID_RECORD",
  "UNSTABLE_OFFSET_COMMIT",
  "THROTTLING_QUOTA_EXCEEDED",
  "PRODUCER_FENCED",
  "RESOURCE_NOT_FOUND",
  "DUPLICATE_RESOURCE",
  "UNACCEPTABLE_CREDENTIAL",
  "INCONSISTENT_VOTER_SET",
  "INVALID_UPDATE_VERSION",
  "FEATURE_UPDATE_FAILED",
  "PRINCIPAL_DESERIALIZATION_FAILURE",
  "SNAPSHOT_NOT_FOUND",
  "POSITION_OUT_OF_RANGE",
  "UNKNOWN_TOPIC_ID",
  "DUPLICATE_BROKER_REGISTRATION",
  "BROKER_ID_NOT_REGISTERED",
  "INCONSISTENT_TOPIC_ID",
  "INCONSISTENT_CLUSTER_ID",
  "TRANSACTIONAL_ID_NOT_FOUND",
  "FETCH_SESSION_TOPIC_ID_ERROR",
  "INELIGIBLE_REPLICA",
  "NEW_LEADER_ELECTED",
  "OFFSET_MOVED_TO_TIERED_STORAGE",
  "FENCED_MEMBER_EPOCH",
  "UNRELEASED_INSTANCE_ID",
  "UNSUPPORTED_ASSIGNOR",
  "STALE_MEMBER_EPOCH",
  "MISMATCHED_ENDPOINT_TYPE",
  "UNSUPPORTED_ENDPOINT_TYPE",
  "UNKNOWN_CONTROLLER_ID",
  "UNKNOWN_SUBSCRIPTION_ID",
  "TELEMETRY_TOO_LARGE",
  "INVALID_REGISTRATION",
  "TRANSACTION_ABORTABLE"
];
function errorName2(code) {
  return NAMES[code + 1];
}

// packages/protocols/dist/kafka/reader.js
var KafkaShort = class extends Error {
  at;
  constructor(at) {
    super(`kafka: frame ends before offset ${at}`);
    this.at = at;
    this.name = "KafkaShort";
  }
};
var KafkaMalformed = class extends Error {
  at;
  constructor(message, at) {
    super(`kafka: ${message} at offset ${at}`);
    this.at = at;
    this.name = "KafkaMalformed";
  }
};
var latin1 = new TextDecoder("latin1");
var utf87 = new TextDecoder("utf-8");
var KafkaReader = class {
  buf;
  end;
  frameEnd;
  pos;
  /** The frame goes on past the bytes we have (kept only up to the decode limit). */
  cut;
  /**
   * `end` is where the bytes we have stop; `frameEnd` where the frame really ends (past `end`
   * when it was cut). A read past `end` but within the frame is KafkaShort (we lack bytes); a
   * length that runs past the frame is KafkaMalformed (the bytes are not this structure).
   */
  constructor(buf, pos = 0, end2 = buf.length, frameEnd = end2) {
    this.buf = buf;
    this.end = end2;
    this.frameEnd = frameEnd;
    this.pos = pos;
    this.cut = frameEnd > end2;
  }
  get remaining() {
    return this.end - this.pos;
  }
  need(n) {
    const at = this.pos;
    if (n < 0 || at + n > this.frameEnd)
      throw new KafkaMalformed(`${n} bytes past the frame end`, at);
    if (at + n > this.end)
      throw new KafkaShort(at + n);
    this.pos = at + n;
    return at;
  }
  int8() {
    const o = this.need(1);
    return this.buf[o] << 24 >> 24;
  }
  bool() {
    return this.buf[this.need(1)] !== 0;
  }
  int16() {
    const o = this.need(2);
    return (this.buf[o] << 24 | this.buf[o + 1] << 16) >> 16;
  }
  int32() {
    const o = this.need(4);
    const b = this.buf;
    return b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
  }
  uint32() {
    return this.int32() >>> 0;
  }
  /** int64 as a number: exact up to 2^53, which offsets and timestamps stay under. */
  int64() {
    const hi = this.int32();
    const lo = this.int32() >>> 0;
    return hi * 4294967296 + lo;
  }
  uuid() {
    const o = this.need(16);
    let h = "";
    for (let i = 0; i < 16; i++)
      h += this.buf[o + i].toString(16).padStart(2, "0");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  /** Unsigned LEB128 varint, at most 5 bytes (a 32-bit value). */
  uvarint() {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const b = this.buf[this.need(1)];
      v += (b & 127) * 2 ** (7 * i);
      if ((b & 128) === 0)
        return v;
    }
    throw new KafkaMalformed("varint longer than 5 bytes", this.pos);
  }
  /** Zig-zag signed varint (record fields). */
  varint() {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }
  /** A length prefix: int16/int32 classic, or unsigned varint minus one when compact. -1 = null. */
  length(compact, wide) {
    const at = this.pos;
    const n = compact ? this.uvarint() - 1 : wide ? this.int32() : this.int16();
    if (n < -1)
      throw new KafkaMalformed(`negative length ${n}`, at);
    return n;
  }
  nullableString(compact) {
    const n = this.length(compact, false);
    if (n === -1)
      return null;
    const o = this.need(n);
    const cut2 = Math.min(n, KAFKA_LIMITS.maxStringChars * 4);
    const s = utf87.decode(this.buf.subarray(o, o + cut2));
    return s.length > KAFKA_LIMITS.maxStringChars ? s.slice(0, KAFKA_LIMITS.maxStringChars) : s;
  }
  string(compact) {
    const at = this.pos;
    const s = this.nullableString(compact);
    if (s === null)
      throw new KafkaMalformed("null string", at);
    return s;
  }
  /** A bytes field: its view (valid as long as the frame's bytes), or null. */
  bytes(compact) {
    const n = this.length(compact, true);
    if (n === -1)
      return null;
    const o = this.need(n);
    return this.buf.subarray(o, o + n);
  }
  /** Bytes that may run past what we kept of the frame: the view of what we have, and the real size. */
  partialBytes(compact) {
    const n = this.length(compact, true);
    if (n === -1)
      return null;
    const o = this.pos;
    if (o + n > this.frameEnd)
      throw new KafkaMalformed(`${n} bytes past the frame end`, o);
    const have = Math.min(n, this.end - o);
    this.pos = o + n;
    return { view: this.buf.subarray(o, o + have), size: n };
  }
  /** An array's element count (-1 = null). */
  arrayLength(compact) {
    const at = this.pos;
    const n = compact ? this.uvarint() - 1 : this.int32();
    if (n < -1)
      throw new KafkaMalformed(`negative array length ${n}`, at);
    if (n > this.frameEnd - this.pos)
      throw new KafkaMalformed(`array of ${n} in ${this.end - this.pos} bytes`, at);
    return n;
  }
  /** A tagged-field section (flexible versions): the tags present, their values skipped. */
  taggedFields() {
    const count2 = this.uvarint();
    const tags2 = [];
    for (let i = 0; i < count2; i++) {
      const tag = this.uvarint();
      const size2 = this.uvarint();
      this.need(size2);
      if (tags2.length < KAFKA_LIMITS.maxListed)
        tags2.push(tag);
    }
    return tags2;
  }
  /** Skips `n` bytes. */
  skip(n) {
    this.need(n);
  }
  /** A latin1 view for printable checks (detection). */
  static ascii(b) {
    return latin1.decode(b);
  }
};
function readArray2(r, compact, item, max = KAFKA_LIMITS.maxListed) {
  const n = r.arrayLength(compact);
  if (n === -1)
    return null;
  const items = [];
  for (let i = 0; i < n; i++) {
    const v = item(r, i);
    if (items.length < max)
      items.push(v);
  }
  return { items, count: n };
}

// packages/protocols/dist/kafka/body.js
var BodyOut = class {
  fields = {};
  topics = [];
  topicCount = 0;
  partition;
  /** First non-zero error code met, top level or per partition. */
  status = 0;
  /** Items left out of the lists (KAFKA_LIMITS.maxListed): counted as `kafka.limit.maxListed`. */
  overflow = 0;
  topic(name) {
    if (this.topics.includes(name))
      return;
    this.topicCount++;
    this.push(this.topics, name);
  }
  /** Appends to a listed field within KAFKA_LIMITS.maxListed. */
  push(list, item) {
    if (list.length < KAFKA_LIMITS.maxListed)
      list.push(item);
    else
      this.overflow++;
  }
  /** The kept items of a readArray result (counting those left out). */
  listed(a) {
    if (!a)
      return [];
    this.overflow += a.count - a.items.length;
    return a.items;
  }
  firstPartition(p) {
    if (this.partition === void 0)
      this.partition = p;
  }
  /** Records an error code; returns it, so decoders can write `errorCode: out.error(r.int16())`. */
  error(code) {
    if (code !== 0 && this.status === 0)
      this.status = code;
    return code;
  }
  set(name, value2) {
    this.fields[name] = value2;
  }
};
function errorItem(code) {
  if (code === 0)
    return { errorCode: 0 };
  const name = errorName2(code);
  return name ? { errorCode: code, error: name } : { errorCode: code };
}
function eachPartition(r, c, out, partition, readTopic = () => ({ topic: r.string(c) })) {
  return readArray2(r, c, () => {
    const t = readTopic();
    out.topic(t.topic);
    readArray2(r, c, () => {
      const index = r.int32();
      out.firstPartition(index);
      partition(t, index);
    }, 0);
    tags(r, c);
  }, 0);
}
function tags(r, flexible) {
  if (flexible)
    r.taggedFields();
}

// packages/protocols/dist/kafka/records.js
var COMPRESSION = ["none", "gzip", "snappy", "lz4", "zstd"];
var i32 = (b, o) => b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
var i64 = (b, o) => i32(b, o) * 4294967296 + (i32(b, o + 4) >>> 0);
var V2_HEADER = 61;
var V0_HEADER = 18;
function summarizeRecords(view, size2) {
  const out = { size: size2, batches: 0, records: 0 };
  let o = 0;
  const have = view.length;
  while (o + 17 <= have && out.batches < KAFKA_LIMITS.maxBatchesWalked) {
    const length = i32(view, o + 8);
    const magic = view[o + 16];
    const total = 12 + length;
    if (length < 0 || o + total > size2)
      break;
    if (magic === 2) {
      if (o + V2_HEADER > have)
        break;
      const count2 = i32(view, o + 57);
      if (count2 < 0)
        break;
      out.records += count2;
      if (out.batches === 0) {
        out.magic = 2;
        const codec = (view[o + 21] << 8 | view[o + 22]) & 7;
        out.compression = COMPRESSION[codec] ?? "unknown";
        out.baseOffset = i64(view, o);
        if (codec === 0 && o + total <= have) {
          const samples = sampleRecords(view, o + V2_HEADER, o + total, out.baseOffset, count2);
          if (samples.length > 0)
            out.samples = samples;
        }
      }
    } else if (magic === 0 || magic === 1) {
      if (o + V0_HEADER > have)
        break;
      out.records += 1;
      if (out.batches === 0) {
        out.magic = magic;
        out.compression = COMPRESSION[view[o + 17] & 7] ?? "unknown";
        out.baseOffset = i64(view, o);
      }
    } else
      break;
    out.batches++;
    o += total;
  }
  if (o < size2)
    out.partialBytes = size2 - o;
  return out;
}
var utf88 = new TextDecoder("utf-8", { fatal: true });
function show(b) {
  try {
    const t = utf88.decode(b);
    if (!/[\x00-\x08\x0e-\x1f\x7f]/.test(t))
      return t;
  } catch {
  }
  return `base64:${encodeBase64(b)}`;
}
function sampleRecords(b, start, end2, baseOffset, count2) {
  const out = [];
  let o = start;
  const varint = () => {
    let u = 0;
    for (let i = 0; i < 10; i++) {
      if (o >= end2)
        throw new RangeError("record");
      const x = b[o++];
      u += (x & 127) * 2 ** (7 * i);
      if ((x & 128) === 0)
        return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
    }
    throw new RangeError("record");
  };
  const field = () => {
    const n = varint();
    if (n < 0)
      return { size: 0, text: null };
    if (o + n > end2)
      throw new RangeError("record");
    const at = o;
    o += n;
    return n <= KAFKA_LIMITS.maxSampleBytes ? { size: n, text: show(b.subarray(at, at + n)) } : { size: n };
  };
  try {
    for (let i = 0; i < Math.min(count2, KAFKA_LIMITS.maxSamples); i++) {
      const len = varint();
      const next = o + len;
      if (len < 0 || next > end2)
        break;
      o++;
      varint();
      const offsetDelta = varint();
      const key = field();
      const value2 = field();
      const s = { offset: baseOffset + offsetDelta, keySize: key.size, valueSize: value2.size };
      if ("text" in key)
        s.key = key.text;
      if ("text" in value2)
        s.value = value2.text;
      const headers2 = varint();
      for (let h = 0; h < headers2 && h < KAFKA_LIMITS.maxListed; h++) {
        const k = field();
        field();
        (s.headers ??= []).push(k.text ?? "");
      }
      out.push(s);
      o = next;
    }
  } catch {
  }
  return out;
}

// packages/protocols/dist/kafka/fetch.js
function topicOf(r, v, c, names2) {
  if (v < 13)
    return { topic: r.string(c) };
  const topicId = r.uuid();
  return { topic: names2(topicId) ?? topicId, topicId };
}
function fetchRequest(names2) {
  return (r, v, out, c) => {
    if (v < 15)
      out.set("replicaId", r.int32());
    out.set("maxWaitMs", r.int32());
    out.set("minBytes", r.int32());
    if (v >= 3)
      out.set("maxBytes", r.int32());
    if (v >= 4)
      out.set("isolationLevel", r.int8());
    if (v >= 7) {
      out.set("sessionId", r.int32());
      out.set("sessionEpoch", r.int32());
    }
    const partitions = [];
    out.set("partitions", partitions);
    eachPartition(r, c, out, (t, partition) => {
      const p = { ...t, partition };
      if (v >= 9)
        p.currentLeaderEpoch = r.int32();
      p.fetchOffset = r.int64();
      if (v >= 12)
        p.lastFetchedEpoch = r.int32();
      if (v >= 5)
        p.logStartOffset = r.int64();
      p.partitionMaxBytes = r.int32();
      tags(r, c);
      out.push(partitions, p);
    }, () => topicOf(r, v, c, names2));
    if (v >= 7) {
      const forgotten = readArray2(r, c, () => {
        if (v < 13)
          r.string(c);
        else
          r.uuid();
        readArray2(r, c, (rr) => rr.int32(), 0);
        tags(r, c);
      }, 0);
      out.set("forgottenTopics", forgotten?.count ?? 0);
    }
    if (v >= 11)
      out.set("rackId", r.string(c));
    tags(r, c);
  };
}
function fetchResponse(names2) {
  return (r, v, out, c) => {
    if (v >= 1)
      out.set("throttleTimeMs", r.int32());
    if (v >= 7) {
      out.set("errorCode", out.error(r.int16()));
      out.set("sessionId", r.int32());
    }
    const partitions = [];
    let recordCount = 0;
    let recordBytes = 0;
    out.set("partitions", partitions);
    eachPartition(r, c, out, (t, partition) => {
      const p = { ...t, partition, ...errorItem(out.error(r.int16())), highWatermark: r.int64() };
      out.push(partitions, p);
      if (v >= 4)
        p.lastStableOffset = r.int64();
      if (v >= 5)
        p.logStartOffset = r.int64();
      if (v >= 4) {
        const aborted = readArray2(r, c, () => {
          r.int64();
          r.int64();
          tags(r, c);
        }, 0);
        if (aborted && aborted.count > 0)
          p.abortedTransactions = aborted.count;
      }
      if (v >= 11)
        p.preferredReadReplica = r.int32();
      const rec = r.partialBytes(c);
      if (rec) {
        const s = summarizeRecords(rec.view, rec.size);
        p.records = s;
        recordCount += s.records;
        recordBytes += s.size;
        out.set("recordCount", recordCount);
        out.set("recordBytes", recordBytes);
      }
      tags(r, c);
    }, () => topicOf(r, v, c, names2));
    out.set("recordCount", recordCount);
    out.set("recordBytes", recordBytes);
    tags(r, c);
  };
}

// packages/protocols/dist/kafka/group.js
var KEY_TYPES = ["group", "transaction", "share"];
var findCoordinatorRequest = (r, v, out, c) => {
  if (v <= 3)
    out.set("key", r.string(c));
  if (v >= 1) {
    const t = r.int8();
    out.set("keyType", KEY_TYPES[t] ?? t);
  }
  if (v >= 4)
    out.set("keys", out.listed(readArray2(r, c, () => r.string(c))));
  if (out.fields.keyType === "group" || v === 0) {
    const key = out.fields.key ?? out.fields.keys?.[0];
    if (key !== void 0)
      out.set("groupId", key);
  }
  tags(r, c);
};
var findCoordinatorResponse = (r, v, out, c) => {
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  if (v <= 3) {
    out.set("errorCode", out.error(r.int16()));
    if (v >= 1)
      out.set("errorMessage", r.nullableString(c));
    out.set("coordinator", { nodeId: r.int32(), host: r.string(c), port: r.int32() });
  } else {
    const list = readArray2(r, c, () => {
      const item = { key: r.string(c), nodeId: r.int32(), host: r.string(c), port: r.int32(), ...errorItem(out.error(r.int16())), errorMessage: r.nullableString(c) };
      tags(r, c);
      return item;
    });
    out.set("coordinators", out.listed(list));
  }
  tags(r, c);
};
var joinGroupRequest = (r, v, out, c) => {
  out.set("groupId", r.string(c));
  out.set("sessionTimeoutMs", r.int32());
  if (v >= 1)
    out.set("rebalanceTimeoutMs", r.int32());
  out.set("memberId", r.string(c));
  if (v >= 5)
    out.set("groupInstanceId", r.nullableString(c));
  out.set("protocolType", r.string(c));
  const protocols = readArray2(r, c, () => {
    const name = r.string(c);
    r.bytes(c);
    tags(r, c);
    return name;
  });
  out.set("protocols", out.listed(protocols));
  if (v >= 8)
    out.set("reason", r.nullableString(c));
  tags(r, c);
};
var joinGroupResponse = (r, v, out, c) => {
  if (v >= 2)
    out.set("throttleTimeMs", r.int32());
  out.set("errorCode", out.error(r.int16()));
  out.set("generationId", r.int32());
  if (v >= 7)
    out.set("protocolType", r.nullableString(c));
  out.set("protocolName", v >= 7 ? r.nullableString(c) : r.string(c));
  out.set("leader", r.string(c));
  if (v >= 9)
    out.set("skipAssignment", r.bool());
  out.set("memberId", r.string(c));
  const members = readArray2(r, c, () => {
    const id = r.string(c);
    if (v >= 5)
      r.nullableString(c);
    r.bytes(c);
    tags(r, c);
    return id;
  });
  out.set("members", out.listed(members));
  out.set("memberCount", members?.count ?? 0);
  tags(r, c);
};
var syncGroupRequest = (r, v, out, c) => {
  out.set("groupId", r.string(c));
  out.set("generationId", r.int32());
  out.set("memberId", r.string(c));
  if (v >= 3)
    out.set("groupInstanceId", r.nullableString(c));
  if (v >= 5) {
    out.set("protocolType", r.nullableString(c));
    out.set("protocolName", r.nullableString(c));
  }
  const assignments = readArray2(r, c, () => {
    r.string(c);
    r.bytes(c);
    tags(r, c);
  }, 0);
  out.set("assignments", assignments?.count ?? 0);
  tags(r, c);
};
var syncGroupResponse = (r, v, out, c) => {
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  out.set("errorCode", out.error(r.int16()));
  if (v >= 5) {
    out.set("protocolType", r.nullableString(c));
    out.set("protocolName", r.nullableString(c));
  }
  out.set("assignmentBytes", r.bytes(c)?.length ?? 0);
  tags(r, c);
};
var heartbeatRequest = (r, v, out, c) => {
  out.set("groupId", r.string(c));
  out.set("generationId", r.int32());
  out.set("memberId", r.string(c));
  if (v >= 3)
    out.set("groupInstanceId", r.nullableString(c));
  tags(r, c);
};
var heartbeatResponse = (r, v, out, c) => {
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  out.set("errorCode", out.error(r.int16()));
  tags(r, c);
};
var leaveGroupRequest = (r, v, out, c) => {
  out.set("groupId", r.string(c));
  if (v <= 2)
    out.set("memberId", r.string(c));
  else {
    const members = readArray2(r, c, () => {
      const m = { memberId: r.string(c), groupInstanceId: r.nullableString(c) };
      if (v >= 5)
        m.reason = r.nullableString(c);
      tags(r, c);
      return m;
    });
    out.set("members", out.listed(members));
  }
  tags(r, c);
};
var leaveGroupResponse = (r, v, out, c) => {
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  out.set("errorCode", out.error(r.int16()));
  if (v >= 3) {
    const members = readArray2(r, c, () => {
      const m = { memberId: r.string(c), groupInstanceId: r.nullableString(c), ...errorItem(out.error(r.int16())) };
      tags(r, c);
      return m;
    });
    out.set("members", out.listed(members));
  }
  tags(r, c);
};

// packages/protocols/dist/kafka/list-offsets.js
var SPECIAL = { [-1]: "latest", [-2]: "earliest", [-3]: "max-timestamp", [-4]: "earliest-local", [-5]: "latest-tiered" };
var listOffsetsRequest = (r, v, out, c) => {
  out.set("replicaId", r.int32());
  if (v >= 2)
    out.set("isolationLevel", r.int8());
  const partitions = [];
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    if (v >= 4)
      r.int32();
    const timestamp = r.int64();
    const p = { topic, partition, timestamp };
    if (SPECIAL[timestamp])
      p.spec = SPECIAL[timestamp];
    if (v === 0)
      p.maxNumOffsets = r.int32();
    tags(r, c);
    out.push(partitions, p);
  });
  if (v >= 10)
    out.set("timeoutMs", r.int32());
  tags(r, c);
};
var listOffsetsResponse = (r, v, out, c) => {
  if (v >= 2)
    out.set("throttleTimeMs", r.int32());
  const partitions = [];
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p = { topic, partition, ...errorItem(out.error(r.int16())) };
    if (v === 0)
      p.offsets = readArray2(r, c, (rr) => rr.int64())?.items ?? [];
    else {
      p.timestamp = r.int64();
      p.offset = r.int64();
    }
    if (v >= 4)
      p.leaderEpoch = r.int32();
    tags(r, c);
    out.push(partitions, p);
  });
  tags(r, c);
};

// packages/protocols/dist/kafka/metadata.js
var metadataRequest = (r, v, out, c) => {
  const topics = readArray2(r, c, () => {
    if (v >= 10)
      r.uuid();
    const name = v >= 10 ? r.nullableString(c) : r.string(c);
    if (name !== null)
      out.topic(name);
    tags(r, c);
  }, 0);
  out.set("allTopics", topics === null || v === 0 && topics.count === 0);
  if (v >= 4)
    out.set("allowAutoTopicCreation", r.bool());
  if (v >= 8 && v <= 10)
    out.set("includeClusterAuthorizedOperations", r.bool());
  if (v >= 8)
    out.set("includeTopicAuthorizedOperations", r.bool());
  tags(r, c);
};
function metadataResponse(learn) {
  return (r, v, out, c) => {
    if (v >= 3)
      out.set("throttleTimeMs", r.int32());
    const brokers = readArray2(r, c, () => {
      const b = { nodeId: r.int32(), host: r.string(c), port: r.int32() };
      if (v >= 1)
        b.rack = r.nullableString(c);
      tags(r, c);
      return b;
    });
    out.set("brokers", out.listed(brokers));
    if (v >= 2)
      out.set("clusterId", r.nullableString(c));
    if (v >= 1)
      out.set("controllerId", r.int32());
    const topics = [];
    out.set("topics", topics);
    readArray2(r, c, () => {
      const errorCode = out.error(r.int16());
      const name = v >= 12 ? r.nullableString(c) : r.string(c);
      const t = { name, ...errorItem(errorCode) };
      out.push(topics, t);
      if (v >= 10) {
        t.topicId = r.uuid();
        if (name !== null)
          learn(t.topicId, name);
      }
      if (v >= 1)
        t.isInternal = r.bool();
      const partitions = readArray2(r, c, () => {
        const pe = out.error(r.int16());
        const index = r.int32();
        const leader = r.int32();
        if (v >= 7)
          r.int32();
        readArray2(r, c, (rr) => rr.int32(), 0);
        readArray2(r, c, (rr) => rr.int32(), 0);
        if (v >= 5)
          readArray2(r, c, (rr) => rr.int32(), 0);
        tags(r, c);
        return { partition: index, leader, ...errorItem(pe) };
      }, 0);
      t.partitions = partitions?.count ?? 0;
      if (v >= 8)
        r.int32();
      tags(r, c);
    }, 0);
    if (v >= 8 && v <= 10)
      r.int32();
    tags(r, c);
  };
}
var apiVersionsRequest = (r, v, out, c) => {
  if (v >= 3) {
    out.set("clientSoftwareName", r.string(c));
    out.set("clientSoftwareVersion", r.string(c));
  }
  tags(r, c);
};
var apiVersionsResponse = (r, v, out, c) => {
  out.set("errorCode", out.error(r.int16()));
  const apis = {};
  const list = readArray2(r, c, () => {
    const key = r.int16();
    const min = r.int16();
    const max = r.int16();
    tags(r, c);
    apis[apiName(key)] = `${min}-${max}`;
  }, 0);
  out.set("apiCount", list?.count ?? 0);
  out.set("apis", apis);
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  tags(r, c);
};

// packages/protocols/dist/kafka/offsets.js
var offsetCommitRequest = (r, v, out, c) => {
  out.set("groupId", r.string(c));
  if (v >= 1) {
    out.set("generationId", r.int32());
    out.set("memberId", r.string(c));
  }
  if (v >= 7)
    out.set("groupInstanceId", r.nullableString(c));
  if (v >= 2 && v <= 4)
    out.set("retentionTimeMs", r.int64());
  const partitions = [];
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p = { topic, partition, offset: r.int64() };
    if (v >= 6)
      p.leaderEpoch = r.int32();
    if (v === 1)
      p.commitTimestamp = r.int64();
    p.metadata = r.nullableString(c);
    tags(r, c);
    out.push(partitions, p);
  });
  tags(r, c);
};
var offsetCommitResponse = (r, v, out, c) => {
  if (v >= 3)
    out.set("throttleTimeMs", r.int32());
  const partitions = [];
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    out.push(partitions, { topic, partition, ...errorItem(out.error(r.int16())) });
    tags(r, c);
  });
  tags(r, c);
};
function fetchTopics(r, c, out) {
  const topics = eachPartition(r, c, out, () => {
  });
  return topics === null ? null : topics.count;
}
var offsetFetchRequest = (r, v, out, c) => {
  if (v <= 7) {
    out.set("groupId", r.string(c));
    out.set("allTopics", fetchTopics(r, c, out) === null);
  } else {
    const groups2 = readArray2(r, c, () => {
      const g = { groupId: r.string(c) };
      if (v >= 9) {
        g.memberId = r.nullableString(c);
        g.memberEpoch = r.int32();
      }
      g.allTopics = fetchTopics(r, c, out) === null;
      tags(r, c);
      return g;
    });
    out.set("groups", out.listed(groups2));
    const first2 = groups2?.items[0];
    if (first2)
      out.set("groupId", first2.groupId);
  }
  if (v >= 7)
    out.set("requireStable", r.bool());
  tags(r, c);
};
function committed(r, v, c, out, partitions, groupId) {
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p = groupId === void 0 ? { topic, partition } : { groupId, topic, partition };
    p.offset = r.int64();
    if (v >= 5)
      p.leaderEpoch = r.int32();
    p.metadata = r.nullableString(c);
    Object.assign(p, errorItem(out.error(r.int16())));
    tags(r, c);
    out.push(partitions, p);
  });
}
var offsetFetchResponse = (r, v, out, c) => {
  if (v >= 3)
    out.set("throttleTimeMs", r.int32());
  const partitions = [];
  out.set("partitions", partitions);
  if (v <= 7) {
    committed(r, v, c, out, partitions);
    if (v >= 2)
      out.set("errorCode", out.error(r.int16()));
  } else {
    const groups2 = readArray2(r, c, () => {
      const groupId = r.string(c);
      committed(r, v, c, out, partitions, groupId);
      const g = { groupId, ...errorItem(out.error(r.int16())) };
      tags(r, c);
      return g;
    });
    out.set("groups", out.listed(groups2));
  }
  tags(r, c);
};

// packages/protocols/dist/kafka/produce.js
var produceRequest = (r, v, out, c) => {
  if (v >= 3) {
    const txn = r.nullableString(c);
    if (txn !== null)
      out.set("transactionalId", txn);
  }
  out.set("acks", r.int16());
  out.set("timeoutMs", r.int32());
  const partitions = [];
  let recordCount = 0;
  let recordBytes = 0;
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const rec = r.partialBytes(c);
    const summary = rec ? summarizeRecords(rec.view, rec.size) : null;
    if (summary) {
      recordCount += summary.records;
      recordBytes += summary.size;
      out.set("recordCount", recordCount);
      out.set("recordBytes", recordBytes);
    }
    out.push(partitions, { topic, partition, records: summary });
    tags(r, c);
  });
  out.set("recordCount", recordCount);
  out.set("recordBytes", recordBytes);
  tags(r, c);
};
var produceResponse = (r, v, out, c) => {
  const partitions = [];
  out.set("partitions", partitions);
  eachPartition(r, c, out, ({ topic }, partition) => {
    const p = { topic, partition, ...errorItem(out.error(r.int16())), baseOffset: r.int64() };
    if (v >= 2)
      p.logAppendTimeMs = r.int64();
    if (v >= 5)
      p.logStartOffset = r.int64();
    if (v >= 8) {
      const recordErrors = readArray2(r, c, () => {
        const batchIndex = r.int32();
        const message2 = r.nullableString(c);
        tags(r, c);
        return { batchIndex, message: message2 };
      });
      if (recordErrors && recordErrors.count > 0)
        p.recordErrors = recordErrors.items;
      const message = r.nullableString(c);
      if (message !== null)
        p.errorMessage = message;
    }
    tags(r, c);
    out.push(partitions, p);
  });
  if (v >= 1)
    out.set("throttleTimeMs", r.int32());
  tags(r, c);
};

// packages/protocols/dist/kafka/decoders.js
var TopicIds = class {
  count;
  names = /* @__PURE__ */ new Map();
  constructor(count2 = () => {
  }) {
    this.count = count2;
  }
  learn(id, name) {
    if (this.names.has(id))
      return;
    if (this.names.size >= KAFKA_LIMITS.maxTopicIds) {
      this.count("kafka.limit.maxTopicIds");
      this.names.delete(this.names.keys().next().value);
    }
    this.names.set(id, name);
  }
  name(id) {
    return this.names.get(id);
  }
};
function bodyDecoders(ids = new TopicIds()) {
  const names2 = (id) => ids.name(id);
  return {
    request: /* @__PURE__ */ new Map([
      [API.Produce, produceRequest],
      [API.Fetch, fetchRequest(names2)],
      [API.ListOffsets, listOffsetsRequest],
      [API.Metadata, metadataRequest],
      [API.OffsetCommit, offsetCommitRequest],
      [API.OffsetFetch, offsetFetchRequest],
      [API.FindCoordinator, findCoordinatorRequest],
      [API.JoinGroup, joinGroupRequest],
      [API.Heartbeat, heartbeatRequest],
      [API.LeaveGroup, leaveGroupRequest],
      [API.SyncGroup, syncGroupRequest],
      [API.ApiVersions, apiVersionsRequest]
    ]),
    response: /* @__PURE__ */ new Map([
      [API.Produce, produceResponse],
      [API.Fetch, fetchResponse(names2)],
      [API.ListOffsets, listOffsetsResponse],
      [API.Metadata, metadataResponse((id, name) => ids.learn(id, name))],
      [API.OffsetCommit, offsetCommitResponse],
      [API.OffsetFetch, offsetFetchResponse],
      [API.FindCoordinator, findCoordinatorResponse],
      [API.JoinGroup, joinGroupResponse],
      [API.Heartbeat, heartbeatResponse],
      [API.LeaveGroup, leaveGroupResponse],
      [API.SyncGroup, syncGroupResponse],
      [API.ApiVersions, apiVersionsResponse]
    ])
  };
}

// packages/protocols/dist/kafka/parse.js
var MIN_REQUEST_SIZE = 8;
var MIN_RESPONSE_SIZE = 4;
function readRequestHeader(r) {
  const apiKey = r.int16();
  const apiVersion = r.int16();
  const correlationId = r.int32();
  const headerVersion = requestHeaderVersion(apiKey, apiVersion);
  const h = { apiKey, apiVersion, correlationId, clientId: null, headerVersion };
  if (headerVersion >= 1)
    h.clientId = r.nullableString(false);
  if (headerVersion === 2) {
    const tags2 = r.taggedFields();
    if (tags2.length > 0)
      h.tags = tags2;
  }
  return h;
}
function readResponseHeader(r, headerVersion) {
  const h = { correlationId: r.int32() };
  if (headerVersion === 1) {
    const tags2 = r.taggedFields();
    if (tags2.length > 0)
      h.tags = tags2;
  }
  return h;
}
function runBody(decode2, r, key, version) {
  const out = new BodyOut();
  if (!decode2)
    return { out };
  try {
    decode2(r, version, out, isFlexible(key, version));
    if (r.remaining > 0 && !r.cut)
      return { out, anomaly: "body", reason: `${r.remaining} bytes left` };
    return { out };
  } catch (e) {
    if (e instanceof KafkaShort)
      return r.cut ? { out, anomaly: "truncated", reason: "cut" } : { out, anomaly: "body", reason: "short" };
    if (e instanceof KafkaMalformed)
      return { out, anomaly: "body", reason: e.message };
    throw e;
  }
}
function decodeRequestBody(d, h, r) {
  return runBody(d.request.get(h.apiKey), r, h.apiKey, h.apiVersion);
}
function decodeResponseBody(d, apiKey, apiVersion, r) {
  const start = r.pos;
  const first2 = runBody(d.response.get(apiKey), r, apiKey, apiVersion);
  if (first2.anomaly === "body" && apiKey === API.ApiVersions && apiVersion > 0) {
    const retry = runBody(d.response.get(apiKey), new KafkaReader(r.buf, start, r.end, r.frameEnd), apiKey, 0);
    if (!retry.anomaly)
      return retry;
  }
  return first2;
}
var shared = bodyDecoders();

// packages/protocols/dist/kafka/detect.js
var DECODERS2 = bodyDecoders();
var MAX_CLIENT_ID = 255;
var i322 = (b, o) => b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3];
var i16 = (b, o) => (b[o] << 24 | b[o + 1] << 16) >> 16;
function probeRequest(b, s, e) {
  const n = e - s;
  if (n < 4)
    return prefixOk(b, s, e);
  const size2 = i322(b, s);
  if (size2 < MIN_REQUEST_SIZE + 2 || size2 > KAFKA_LIMITS.maxFrameBytes)
    return "no";
  if (n < 6)
    return "more";
  const key = i16(b, s + 4);
  const info = apiInfo(key);
  if (!info)
    return "no";
  if (n < 8)
    return "more";
  const version = i16(b, s + 6);
  if (version < 0 || version > info.maxVersion)
    return "no";
  if (requestHeaderVersion(key, version) === 0)
    return "no";
  if (n < 12)
    return "more";
  if (i322(b, s + 8) < 0)
    return "no";
  if (n < 14)
    return "more";
  const idLen = i16(b, s + 12);
  if (idLen < -1 || idLen > MAX_CLIENT_ID || 10 + Math.max(idLen, 0) > size2)
    return "no";
  for (let i = 0; i < idLen; i++) {
    if (s + 14 + i >= e)
      return "more";
    const c = b[s + 14 + i];
    if (c < 32 || c > 126)
      return "no";
  }
  if (requestHeaderVersion(key, version) === 2) {
    const at = s + 14 + Math.max(idLen, 0);
    if (at >= e)
      return "more";
    if (b[at] > 16)
      return "no";
  }
  return bodyFits(b, s, e, size2) ? "yes" : "no";
}
function bodyFits(b, s, e, size2) {
  const end2 = s + 4 + size2;
  const r = new KafkaReader(b, s + 4, Math.min(e, end2), end2);
  try {
    const h = readRequestHeader(r);
    if (!DECODERS2.request.has(h.apiKey))
      return true;
    const body2 = decodeRequestBody(DECODERS2, h, r);
    if (body2.anomaly === "body")
      return false;
    return body2.anomaly === "truncated" || r.pos === end2;
  } catch {
    return e < end2;
  }
}
function prefixOk(b, s, e) {
  if (e > s && b[s] > KAFKA_LIMITS.maxFrameBytes >>> 24)
    return "no";
  return "more";
}
function detect6(firstBytes) {
  const p = probeRequest(firstBytes, 0, firstBytes.length);
  return p === "yes" ? "client" : p === "more" ? "more" : null;
}

// packages/protocols/dist/kafka/message.js
function pushOnce3(list, item) {
  if (!list.includes(item))
    list.push(item);
}

// packages/protocols/dist/kafka/build.js
function buildEntry5(req, resp, unpaired, ctx) {
  const anomalies = [];
  for (const a of req?.anomalies ?? [])
    pushOnce3(anomalies, a);
  for (const a of resp?.anomalies ?? [])
    pushOnce3(anomalies, a);
  if (unpaired)
    pushOnce3(anomalies, "unpaired");
  for (const a of anomalies)
    ctx.count(`kafka.${a}`);
  const first2 = req ?? resp;
  const entry = {
    timestamp: first2.firstTs,
    elapsedTime: req && resp ? resp.lastTs - req.firstTs : null,
    protocol: { name: "kafka", version: req ? String(req.apiVersion) : "", abbr: "KAFKA" },
    request: req ? requestObject3(req) : null,
    response: resp ? responseObject3(resp) : null,
    requestSize: req ? req.wireSize : 0,
    responseSize: resp ? resp.wireSize : 0
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  return entry;
}
function requestObject3(m) {
  const name = apiName(m.apiKey);
  const b = m.body;
  const topic = b?.topics[0];
  const group = b?.fields.groupId;
  const out = { method: name };
  if (topic !== void 0)
    out.path = topic;
  else if (typeof group === "string")
    out.path = group;
  out.apiKey = name;
  out.apiVersion = m.apiVersion;
  out.correlationId = m.correlationId;
  out.clientId = m.clientId;
  if (b && b.topicCount > 0) {
    out.topic = topic;
    out.topics = b.topics;
    if (b.topicCount > b.topics.length)
      out.topicCount = b.topicCount;
  }
  if (b?.partition !== void 0)
    out.partition = b.partition;
  if (m.headerTags)
    out.headerTags = m.headerTags;
  if (b)
    Object.assign(out, b.fields);
  return out;
}
function responseObject3(m) {
  const b = m.body;
  const out = {};
  const status = b ? b.status : 0;
  if (m.apiKey >= 0)
    out.status = status;
  const name = status !== 0 ? errorName2(status) : void 0;
  if (name)
    out.error = name;
  out.correlationId = m.correlationId;
  if (m.headerTags)
    out.headerTags = m.headerTags;
  if (b)
    Object.assign(out, b.fields);
  return out;
}

// packages/protocols/dist/kafka/pair.js
var Pending = class {
  maxPending;
  emit;
  count;
  map = /* @__PURE__ */ new Map();
  constructor(maxPending, emit, count2) {
    this.maxPending = maxPending;
    this.emit = emit;
    this.count = count2;
  }
  get size() {
    return this.map.size;
  }
  has(correlationId) {
    return this.map.has(correlationId);
  }
  get(correlationId) {
    return this.map.get(correlationId);
  }
  add(req) {
    const id = req.correlationId;
    const old = this.map.get(id);
    if (old) {
      this.count("kafka.duplicate_correlation_id");
      this.map.delete(id);
      this.emit(old, null, true);
    }
    this.map.set(id, req);
    if (this.map.size > this.maxPending) {
      this.count("kafka.limit.pending");
      const [oldestId, oldest] = this.map.entries().next().value;
      this.map.delete(oldestId);
      this.emit(oldest, null, true);
    }
  }
  /** The request `correlationId` answers, after flushing the older ones as unpaired. */
  take(correlationId) {
    const req = this.map.get(correlationId);
    if (!req)
      return void 0;
    for (const [id, older] of this.map) {
      if (id === correlationId)
        break;
      this.map.delete(id);
      this.emit(older, null, true);
    }
    this.map.delete(correlationId);
    return req;
  }
  flushAll() {
    const rest = [...this.map.values()];
    this.map.clear();
    for (const req of rest)
      this.emit(req, null, true);
  }
};

// packages/protocols/dist/kafka/stream.js
var FrameStream2 = class {
  hooks;
  mode = "size";
  sizeBuf = new Uint8Array(4);
  sizeHave = 0;
  size = 0;
  kept = null;
  keptLen = 0;
  /** Payload bytes of the current frame seen (or lost) so far. */
  seen = 0;
  firstTs = 0;
  gapInFrame = false;
  /** Bytes after a gap inside the frame are not kept (they would not line up). */
  stopKeeping = false;
  constructor(hooks) {
    this.hooks = hooks;
  }
  feed(bytes, meta) {
    let i = 0;
    const n = bytes.length;
    if (this.mode === "resync") {
      if (!this.hooks.startsFrame(bytes))
        return;
      this.hooks.count("kafka.resync");
      this.mode = "size";
    }
    while (i < n) {
      if (this.mode === "size") {
        if (this.sizeHave === 0 && n - i >= 4) {
          const size2 = (bytes[i] << 24 | bytes[i + 1] << 16 | bytes[i + 2] << 8 | bytes[i + 3]) >>> 0;
          if (!this.validSize(size2))
            return;
          if (n - i - 4 >= size2) {
            const payload = bytes.subarray(i + 4, i + 4 + size2);
            i += 4 + size2;
            this.hooks.onFrame({ payload, size: size2, cut: false, gap: false, firstTs: meta.ts, lastTs: meta.ts, endOffset: meta.offset + i, peerAck: meta.peerAck });
            continue;
          }
          this.begin(size2, meta.ts);
          i += 4;
          continue;
        }
        this.sizeBuf[this.sizeHave++] = bytes[i++];
        if (this.sizeHave === 1)
          this.firstTs = meta.ts;
        if (this.sizeHave === 4) {
          const b = this.sizeBuf;
          const size2 = (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) >>> 0;
          this.sizeHave = 0;
          if (!this.validSize(size2))
            return;
          const ts = this.firstTs;
          this.begin(size2, ts);
          this.firstTs = ts;
          if (size2 === 0)
            this.finish(meta, meta.offset + i);
        }
        continue;
      }
      const take = Math.min(n - i, this.size - this.seen);
      if (!this.stopKeeping && this.kept && this.keptLen < this.kept.length) {
        const k = Math.min(take, this.kept.length - this.keptLen);
        this.kept.set(bytes.subarray(i, i + k), this.keptLen);
        this.keptLen += k;
      }
      this.seen += take;
      i += take;
      if (this.seen === this.size)
        this.finish(meta, meta.offset + i);
    }
  }
  /** `length` bytes lost. Inside a frame whose size we know, framing survives. */
  gap(length) {
    if (this.mode === "body") {
      this.gapInFrame = true;
      this.stopKeeping = true;
      const left = this.size - this.seen;
      if (length < left) {
        this.seen += length;
        return;
      }
      this.seen = this.size;
      this.finish({ ts: this.firstTs, offset: -1, peerAck: -1 }, -1);
      if (length === left)
        return;
    }
    this.sizeHave = 0;
    if (this.mode !== "resync") {
      this.mode = "resync";
      this.hooks.onDesync("gap");
    }
  }
  /** The frame in progress at the end of the stream, if any: delivered cut. */
  end(ts) {
    if (this.mode === "body") {
      this.gapInFrame = true;
      this.stopKeeping = true;
      this.seen = this.size;
      this.finish({ ts, offset: -1, peerAck: -1 }, -1);
    }
    this.sizeHave = 0;
  }
  validSize(size2) {
    if (size2 >= this.hooks.minSize && size2 <= KAFKA_LIMITS.maxFrameBytes)
      return true;
    this.mode = "resync";
    this.sizeHave = 0;
    this.hooks.onDesync("bad_size");
    return false;
  }
  begin(size2, ts) {
    this.mode = "body";
    this.size = size2;
    this.seen = 0;
    this.firstTs = ts;
    this.gapInFrame = false;
    this.stopKeeping = false;
    const keep = Math.min(size2, KAFKA_LIMITS.maxDecodeBytes);
    if (keep < size2)
      this.hooks.count("kafka.limit.maxDecodeBytes");
    this.kept = new Uint8Array(keep);
    this.keptLen = 0;
  }
  finish(meta, endOffset) {
    const payload = this.kept ? this.kept.subarray(0, this.keptLen) : new Uint8Array(0);
    const frame = {
      payload,
      size: this.size,
      cut: this.keptLen < this.size,
      gap: this.gapInFrame,
      firstTs: this.firstTs,
      lastTs: meta.ts,
      endOffset,
      peerAck: meta.peerAck
    };
    this.mode = "size";
    this.kept = null;
    this.keptLen = 0;
    this.seen = 0;
    this.gapInFrame = false;
    this.stopKeeping = false;
    this.hooks.onFrame(frame);
  }
};

// packages/protocols/dist/kafka/session.js
var KafkaSession = class {
  ctx;
  streams;
  pending;
  decoders;
  closed = false;
  /** Anomalies for the next message of each direction (bytes lost before it). */
  carry = [[], []];
  constructor(ctx) {
    this.ctx = ctx;
    this.decoders = bodyDecoders(new TopicIds((e) => ctx.count(e)));
    this.pending = new Pending(ctx.limits.maxPendingRequests, (q, r, u) => ctx.emit(buildEntry5(q, r, u, ctx)), (e) => ctx.count(e));
    this.streams = [this.newStream(0), this.newStream(1)];
  }
  feed(dir, bytes, meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
  }
  gap(dir, length, _meta) {
    if (this.closed)
      return;
    try {
      pushOnce3(this.carry[dir], "gap");
      this.streams[dir].gap(length);
    } catch {
      this.internalError(dir);
    }
  }
  end(dir, ts) {
    if (this.closed)
      return;
    try {
      this.streams[dir].end(ts);
    } catch {
      this.internalError(dir);
    }
  }
  close(ts) {
    if (this.closed)
      return;
    try {
      this.streams[0].end(ts);
      this.streams[1].end(ts);
      this.pending.flushAll();
    } catch {
      this.ctx.count("kafka.internal_error");
    }
    this.closed = true;
  }
  internalError(dir) {
    this.ctx.count("kafka.internal_error");
    this.streams[dir] = this.newStream(dir);
    this.streams[dir].gap(1);
  }
  newStream(dir) {
    return new FrameStream2({
      minSize: dir === 0 ? MIN_REQUEST_SIZE : MIN_RESPONSE_SIZE,
      onFrame: (f) => dir === 0 ? this.request(f) : this.response(f),
      startsFrame: (b) => dir === 0 ? probeRequest(b, 0, b.length) === "yes" : this.startsResponse(b),
      onDesync: (reason) => {
        this.ctx.count(`kafka.desync.${reason}`);
        pushOnce3(this.carry[dir], "desync");
      },
      count: (e) => this.ctx.count(e)
    });
  }
  /** After lost bytes, a response frame start: a sane size and the correlation id of a waiting request. */
  startsResponse(b) {
    if (b.length < 8)
      return false;
    const size2 = (b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]) >>> 0;
    if (size2 < MIN_RESPONSE_SIZE || size2 > KAFKA_LIMITS.maxFrameBytes)
      return false;
    return this.pending.has(b[4] << 24 | b[5] << 16 | b[6] << 8 | b[7]);
  }
  takeCarry(dir, frame) {
    const a = this.carry[dir];
    this.carry[dir] = [];
    if (frame.gap)
      pushOnce3(a, "gap");
    if (frame.cut)
      pushOnce3(a, "truncated");
    return a;
  }
  request(f) {
    const anomalies = this.takeCarry(0, f);
    if (f.payload.length < MIN_REQUEST_SIZE)
      return this.headerLost(0, anomalies);
    const r = new KafkaReader(f.payload, 0, f.payload.length, f.size);
    let msg;
    let body2 = null;
    try {
      const h = readRequestHeader(r);
      msg = { kind: "request", correlationId: h.correlationId, apiKey: h.apiKey, apiVersion: h.apiVersion, clientId: h.clientId, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
      if (h.tags)
        msg.headerTags = h.tags;
      if (apiInfo(h.apiKey))
        body2 = decodeRequestBody(this.decoders, h, r);
      else
        this.ctx.count("kafka.unknown_api");
    } catch {
      const b = f.payload;
      msg = { kind: "request", correlationId: b[4] << 24 | b[5] << 16 | b[6] << 8 | b[7], apiKey: (b[0] << 24 | b[1] << 16) >> 16, apiVersion: (b[2] << 24 | b[3] << 16) >> 16, clientId: null, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
      pushOnce3(anomalies, "header");
      this.ctx.count("kafka.header.error");
    }
    if (body2)
      this.attachBody(msg, body2);
    if (msg.apiKey === API.Produce && msg.body?.fields.acks === 0) {
      this.ctx.emit(buildEntry5(msg, null, false, this.ctx));
      return;
    }
    this.pending.add(msg);
  }
  response(f) {
    const anomalies = this.takeCarry(1, f);
    if (f.payload.length < MIN_RESPONSE_SIZE)
      return this.headerLost(1, anomalies);
    const b = f.payload;
    const correlationId = b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
    const req = this.pending.take(correlationId);
    const msg = { kind: "response", correlationId, apiKey: req?.apiKey ?? -1, apiVersion: req?.apiVersion ?? -1, clientId: null, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
    if (!req) {
      this.ctx.count("kafka.unknown_correlation_id");
      this.ctx.emit(buildEntry5(null, msg, true, this.ctx));
      return;
    }
    const r = new KafkaReader(b, 0, b.length, f.size);
    try {
      const h = readResponseHeader(r, responseHeaderVersion(req.apiKey, req.apiVersion));
      if (h.tags)
        msg.headerTags = h.tags;
      if (apiInfo(req.apiKey))
        this.attachBody(msg, decodeResponseBody(this.decoders, req.apiKey, req.apiVersion, r));
    } catch {
      pushOnce3(anomalies, f.cut ? "truncated" : "header");
      this.ctx.count("kafka.header.error");
    }
    this.ctx.emit(buildEntry5(req, msg, false, this.ctx));
  }
  /** A gap took the frame's header (api key, correlation id): nothing to pair; the next message carries the gap. */
  headerLost(dir, anomalies) {
    this.ctx.count("kafka.header_lost");
    for (const a of anomalies)
      if (a !== "truncated")
        pushOnce3(this.carry[dir], a);
  }
  attachBody(msg, d) {
    msg.body = d.out;
    if (d.out.overflow > 0)
      this.ctx.count("kafka.limit.maxListed", d.out.overflow);
    if (d.anomaly) {
      pushOnce3(msg.anomalies, d.anomaly);
      if (d.anomaly === "body")
        this.ctx.count(`kafka.body.error`);
    }
  }
};

// packages/protocols/dist/kafka/index.js
var kafkaDissector = {
  name: "kafka",
  transport: "tcp",
  detect: detect6,
  createSession(ctx) {
    return new KafkaSession(ctx);
  }
};

// packages/protocols/dist/mysql/constants.js
var CAP = {
  LONG_PASSWORD: 1,
  CONNECT_WITH_DB: 8,
  COMPRESS: 32,
  LOCAL_FILES: 128,
  PROTOCOL_41: 512,
  SSL: 2048,
  SECURE_CONNECTION: 32768,
  MULTI_STATEMENTS: 65536,
  MULTI_RESULTS: 131072,
  PLUGIN_AUTH: 524288,
  CONNECT_ATTRS: 1048576,
  PLUGIN_AUTH_LENENC_DATA: 2097152,
  SESSION_TRACK: 8388608,
  DEPRECATE_EOF: 16777216,
  OPTIONAL_RESULTSET_METADATA: 33554432,
  ZSTD_COMPRESSION: 67108864,
  QUERY_ATTRIBUTES: 134217728
};
var STATUS = {
  MORE_RESULTS_EXISTS: 8,
  SESSION_STATE_CHANGED: 16384
};
var COMMANDS = {
  0: ["COM_SLEEP", "Sleep"],
  1: ["COM_QUIT", "Quit"],
  2: ["COM_INIT_DB", "InitDB"],
  3: ["COM_QUERY", "Query"],
  4: ["COM_FIELD_LIST", "FieldList"],
  5: ["COM_CREATE_DB", "CreateDB"],
  6: ["COM_DROP_DB", "DropDB"],
  7: ["COM_REFRESH", "Refresh"],
  8: ["COM_SHUTDOWN", "Shutdown"],
  9: ["COM_STATISTICS", "Statistics"],
  10: ["COM_PROCESS_INFO", "ProcessInfo"],
  11: ["COM_CONNECT", "Connect"],
  12: ["COM_PROCESS_KILL", "Kill"],
  13: ["COM_DEBUG", "Debug"],
  14: ["COM_PING", "Ping"],
  15: ["COM_TIME", "Time"],
  16: ["COM_DELAYED_INSERT", "DelayedInsert"],
  17: ["COM_CHANGE_USER", "ChangeUser"],
  18: ["COM_BINLOG_DUMP", "BinlogDump"],
  19: ["COM_TABLE_DUMP", "TableDump"],
  20: ["COM_CONNECT_OUT", "ConnectOut"],
  21: ["COM_REGISTER_SLAVE", "RegisterSlave"],
  22: ["COM_STMT_PREPARE", "Prepare"],
  23: ["COM_STMT_EXECUTE", "Execute"],
  24: ["COM_STMT_SEND_LONG_DATA", "SendLongData"],
  25: ["COM_STMT_CLOSE", "Close"],
  26: ["COM_STMT_RESET", "Reset"],
  27: ["COM_SET_OPTION", "SetOption"],
  28: ["COM_STMT_FETCH", "Fetch"],
  29: ["COM_DAEMON", "Daemon"],
  30: ["COM_BINLOG_DUMP_GTID", "BinlogDumpGtid"],
  31: ["COM_RESET_CONNECTION", "ResetConnection"],
  250: ["COM_STMT_BULK_EXECUTE", "BulkExecute"]
};
var COM = {
  QUIT: 1,
  INIT_DB: 2,
  QUERY: 3,
  FIELD_LIST: 4,
  STATISTICS: 9,
  CHANGE_USER: 17,
  BINLOG_DUMP: 18,
  STMT_PREPARE: 22,
  STMT_EXECUTE: 23,
  STMT_SEND_LONG_DATA: 24,
  STMT_CLOSE: 25,
  STMT_RESET: 26,
  STMT_FETCH: 28,
  BINLOG_DUMP_GTID: 30,
  STMT_BULK_EXECUTE: 250
};
var TYPE3 = {
  DECIMAL: 0,
  TINY: 1,
  SHORT: 2,
  LONG: 3,
  FLOAT: 4,
  DOUBLE: 5,
  NULL: 6,
  TIMESTAMP: 7,
  LONGLONG: 8,
  INT24: 9,
  DATE: 10,
  TIME: 11,
  DATETIME: 12,
  YEAR: 13,
  NEWDATE: 14,
  VARCHAR: 15,
  BIT: 16
};
var UNSIGNED_FLAG = 32;

// packages/protocols/dist/mysql/detect.js
var MAX_VERSION = 64;
var u24 = (b, o) => b[o] | b[o + 1] << 8 | b[o + 2] << 16;
function probeGreeting(b) {
  const n = b.length;
  if (n >= 2 && b[1] > 3)
    return "no";
  if (n >= 3 && b[2] !== 0)
    return "no";
  if (n < 4)
    return "more";
  const len = u24(b, 0);
  if (len < 18 || b[3] !== 0)
    return "no";
  if (n < 5)
    return "more";
  if (b[4] !== 10)
    return "no";
  if (n < 6)
    return "more";
  if (b[5] < 48 || b[5] > 57)
    return "no";
  let i = 6;
  while (i < n && b[i] !== 0) {
    if (b[i] < 32 || b[i] > 126 || i - 5 > MAX_VERSION)
      return "no";
    i++;
  }
  if (i >= n)
    return "more";
  const filler = i + 1 + 12;
  if (filler + 2 > 4 + len)
    return "no";
  if (n <= filler)
    return "more";
  if (b[filler] !== 0)
    return "no";
  if (n < filler + 3)
    return "more";
  return (b[filler + 1] | b[filler + 2] << 8) & CAP.PROTOCOL_41 ? "yes" : "no";
}
var KEYWORDS = new Set("SELECT INSERT UPDATE DELETE REPLACE SET SHOW BEGIN START COMMIT ROLLBACK SAVEPOINT RELEASE CREATE DROP ALTER TRUNCATE RENAME USE CALL WITH EXPLAIN DESCRIBE DESC GRANT REVOKE LOCK UNLOCK PREPARE EXECUTE DEALLOCATE ANALYZE OPTIMIZE REPAIR CHECK CHECKSUM KILL FLUSH LOAD HANDLER DO XA VALUES TABLE HELP INSTALL UNINSTALL RESET PURGE CHANGE BINLOG CACHE SIGNAL RESIGNAL GET".split(" "));
var printable2 = (c) => c >= 32 || c === 9 || c === 10 || c === 13;
function probeQuery(b) {
  const n = b.length;
  if (n >= 4 && b[3] !== 0)
    return "no";
  if (n >= 5 && b[4] !== 3)
    return "no";
  if (n < 5)
    return n >= 3 && u24(b, 0) < 3 && (n > 1 || b[0] < 3) ? "no" : "more";
  const end2 = 4 + u24(b, 0);
  if (end2 < 7)
    return "no";
  let i = 5;
  if (b[5] === 0 && (n < 7 || b[6] === 1))
    i = 7;
  while (i < end2 && i < n && (b[i] === 32 || b[i] === 10 || b[i] === 13 || b[i] === 9 || b[i] === 40))
    i++;
  const w = i;
  while (i < end2 && i < n && ((b[i] | 32) >= 97 && (b[i] | 32) <= 122 || b[i] === 95)) {
    if (i - w > 12)
      return "no";
    i++;
  }
  if (i >= n && i < end2)
    return "more";
  if (i === w && (i === end2 || b[i] !== 47))
    return "no";
  if (i > w && !KEYWORDS.has(String.fromCharCode(...b.subarray(w, i)).toUpperCase()))
    return "no";
  for (let k = i; k < end2 && k < n; k++)
    if (!printable2(b[k]))
      return "no";
  return "yes";
}
function probeReply(b) {
  const n = b.length;
  if (n < 5)
    return n >= 4 && b[3] === 0 ? "no" : "more";
  const len = u24(b, 0);
  const seq = b[3];
  if (seq === 0 || len === 0)
    return "no";
  const head = b[4];
  if (head === 255)
    return probeErr(b, len);
  if (seq === 1 && len === 1 && head >= 1 && head <= 250) {
    if (n < 13)
      return "more";
    return b[8] === 2 && b[9] === 3 && b[10] === 100 && b[11] === 101 && b[12] === 102 ? "yes" : "no";
  }
  if (head === 0 && seq === 1 && len >= 7 && len <= 64)
    return probeOk(b, len);
  return "no";
}
function probeErr(b, len) {
  if (len < 9 || len > 1024)
    return "no";
  const n = b.length;
  if (n < 8)
    return "more";
  const code = b[5] | b[6] << 8;
  if (code < 1e3 || code === 65535 || b[7] !== 35)
    return "no";
  for (let k = 8; k < 13 && k < n; k++)
    if (!(b[k] >= 48 && b[k] <= 57 || b[k] >= 65 && b[k] <= 90))
      return "no";
  for (let k = 13; k < 4 + len && k < n; k++)
    if (!printable2(b[k]))
      return "no";
  return n < 4 + len ? "more" : "yes";
}
function probeOk(b, len) {
  if (b.length < 4 + len)
    return "more";
  if (b.length !== 4 + len)
    return "no";
  let i = 5;
  for (let k = 0; k < 2; k++) {
    const f = b[i];
    i += f < 251 ? 1 : f === 252 ? 3 : f === 253 ? 4 : 99;
  }
  if (i + 4 > 4 + len)
    return "no";
  const status = b[i] | b[i + 1] << 8;
  const warnings = b[i + 2] | b[i + 3] << 8;
  if ((status & 3) === 0 || warnings > 1e3)
    return "no";
  i += 4;
  if (i === 4 + len)
    return "yes";
  return b[i] < 251 && i + 1 + b[i] <= 4 + len ? "yes" : "no";
}
function detect7(b) {
  if (b.length === 0)
    return "more";
  const g = probeGreeting(b);
  if (g === "yes")
    return "server";
  const q = probeQuery(b);
  if (q === "yes")
    return "client";
  const r = probeReply(b);
  if (r === "yes")
    return "server";
  return g === "more" || q === "more" || r === "more" ? "more" : null;
}

// packages/protocols/dist/mysql/pair.js
function newExchange(kind, request, ts, size2) {
  return { kind, request, ts, requestSize: size2, reader: null, responseSize: 0, respEndTs: ts, anomalies: [], extraBytes: 0 };
}
function addAnomaly(ex, a) {
  if (!ex.anomalies.includes(a))
    ex.anomalies.push(a);
}
var Pending2 = class {
  max;
  emit;
  count;
  queue = [];
  constructor(max, emit, count2) {
    this.max = max;
    this.emit = emit;
    this.count = count2;
  }
  get size() {
    return this.queue.length;
  }
  /** The exchange the next server packet belongs to. */
  head() {
    return this.queue[0];
  }
  /** The newest exchange (client packets after a command belong to it). */
  last() {
    return this.queue[this.queue.length - 1];
  }
  push(ex) {
    if (this.queue.length > 0)
      this.count("mysql.pipelined");
    this.queue.push(ex);
    if (this.queue.length > this.max) {
      this.count("mysql.limit.pending");
      const old = this.queue.shift();
      addAnomaly(old, "unpaired");
      this.emit(old);
    }
  }
  /** The head's reply is complete. */
  complete() {
    const ex = this.queue.shift();
    if (ex)
      this.emit(ex);
  }
  /** Emits everything still waiting (end of connection, or replies lost in a gap). */
  flush(mark) {
    const rest = this.queue;
    this.queue = [];
    for (const ex of rest) {
      if (mark)
        addAnomaly(ex, mark);
      this.emit(ex);
    }
  }
};

// packages/protocols/dist/mysql/build.js
var PROTOCOL = { name: "mysql", version: "10", abbr: "MySQL" };
function buildEntry6(ex, ctx) {
  const reader = ex.reader;
  const answered = reader !== null && reader.packets > 0;
  if (!ex.connect && ex.request && reader && !answered && ex.kind !== "none")
    addAnomaly(ex, "unpaired");
  if (!ex.connect && answered && !reader.done)
    addAnomaly(ex, "truncated");
  const response2 = ex.connect ? connectResponse(ex) : answered ? responseObject4(reader.sum, ex.kind) : null;
  if (ex.connect && !ex.request && response2)
    addAnomaly(ex, "unpaired");
  for (const a of ex.anomalies)
    ctx.count(`mysql.${a}`);
  const entry = {
    timestamp: ex.ts,
    elapsedTime: ex.request && response2 ? Math.max(0, ex.respEndTs - ex.ts) : null,
    protocol: { ...PROTOCOL },
    request: ex.request,
    response: response2,
    requestSize: ex.requestSize,
    responseSize: ex.responseSize
  };
  if (ex.anomalies.length > 0)
    entry.anomalies = [...ex.anomalies];
  return entry;
}
var DATA_KINDS = /* @__PURE__ */ new Set(["query", "execute", "fetch"]);
function responseObject4(s, kind) {
  const out = { status: s.status };
  if (s.err) {
    out.code = s.err.code;
    if (s.err.sqlState !== void 0)
      out.sqlState = s.err.sqlState;
    out.message = s.err.message;
  }
  if (s.resultSets > 0) {
    out.rows = s.rows;
    if (s.columns)
      out.columns = s.columns;
    if (s.rowsSample)
      out.rowsSample = s.rowsSample;
    if (s.resultSets > 1)
      out.resultSets = s.resultSets;
  } else if (s.oks > 0 && DATA_KINDS.has(kind))
    out.rows = s.affectedRows;
  else if (s.columns && !s.prepared)
    out.columns = s.columns;
  if (s.oks > 0 && DATA_KINDS.has(kind)) {
    out.affectedRows = s.affectedRows;
    if (s.lastInsertId)
      out.lastInsertId = s.lastInsertId;
  }
  if (s.prepared) {
    out.statementId = s.prepared.statementId;
    out.params = s.prepared.params;
    out.columnCount = s.prepared.columns;
    if (s.columns)
      out.columns = s.columns;
  }
  if (s.warnings > 0)
    out.warnings = s.warnings;
  if (s.info !== void 0)
    out.info = s.info;
  if (s.authSwitch !== void 0)
    out.authPlugin = s.authSwitch;
  if (s.localInfile !== void 0)
    out.localInfile = s.localInfile;
  return out;
}
function connectResponse(ex) {
  const g = ex.connect.greeting;
  const reader = ex.reader;
  const decided = reader !== null && reader.done;
  if (!g && !decided)
    return null;
  const out = decided ? responseObject4(reader.sum, "auth") : { status: 0 };
  if (g) {
    out.serverVersion = g.serverVersion;
    out.connectionId = g.connectionId;
    if (out.authPlugin === void 0 && g.authPlugin !== void 0)
      out.authPlugin = g.authPlugin;
  }
  if (!decided && ex.request && !ex.anomalies.includes("encrypted"))
    addAnomaly(ex, "truncated");
  return out;
}

// packages/protocols/dist/mysql/limits.js
var MAX_LOGICAL_PACKET = 1 << 30;
var MAX_SERVER_PACKET_KEEP = 64 << 10;
var MAX_STATEMENTS = 256;
var MAX_COLUMNS = 64;
var MAX_SAMPLE_ROWS = 5;
var MAX_VALUE_CHARS = 256;
var MAX_PARAMETERS = 64;
var MAX_ATTRIBUTES = 32;

// packages/protocols/dist/mysql/wire.js
var utf89 = new TextDecoder("utf-8");
var Cursor = class {
  buf;
  pos;
  bad = false;
  constructor(buf, pos = 0) {
    this.buf = buf;
    this.pos = pos;
  }
  get left() {
    return this.buf.length - this.pos;
  }
  need(n) {
    if (this.pos + n > this.buf.length) {
      this.bad = true;
      this.pos = this.buf.length;
      return false;
    }
    return true;
  }
  u8() {
    return this.need(1) ? this.buf[this.pos++] : 0;
  }
  u16() {
    if (!this.need(2))
      return 0;
    const b = this.buf;
    const v = b[this.pos] | b[this.pos + 1] << 8;
    this.pos += 2;
    return v;
  }
  u24() {
    if (!this.need(3))
      return 0;
    const b = this.buf;
    const v = b[this.pos] | b[this.pos + 1] << 8 | b[this.pos + 2] << 16;
    this.pos += 3;
    return v;
  }
  u32() {
    if (!this.need(4))
      return 0;
    const b = this.buf;
    const v = (b[this.pos] | b[this.pos + 1] << 8 | b[this.pos + 2] << 16 | b[this.pos + 3] << 24) >>> 0;
    this.pos += 4;
    return v;
  }
  /** 8 bytes little-endian; a number when exact, else its decimal string. */
  u64(signed = false) {
    const lo = this.u32();
    const hi = this.u32();
    if (this.bad)
      return 0;
    let v = BigInt(hi) << 32n | BigInt(lo);
    if (signed && hi & 2147483648)
      v -= 1n << 64n;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  }
  bytes(n) {
    if (n < 0 || !this.need(n))
      return new Uint8Array(0);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  skip(n) {
    if (this.need(n))
      this.pos += n;
  }
  /**
   * Length-encoded integer. 0xfb (NULL in rows) gives null; 0xff is invalid. Values past 2^53
   * are returned as Infinity (no packet can hold them).
   */
  lenenc() {
    const first2 = this.u8();
    if (first2 < 251)
      return first2;
    if (first2 === 251)
      return null;
    if (first2 === 252)
      return this.u16();
    if (first2 === 253)
      return this.u24();
    if (first2 === 254) {
      const lo = this.u32();
      const hi = this.u32();
      return hi >= 2097152 ? Infinity : hi * 4294967296 + lo;
    }
    this.bad = true;
    return 0;
  }
  /** Length-encoded string as bytes; null for the NULL marker. */
  lenencBytes() {
    const n = this.lenenc();
    if (n === null)
      return null;
    return this.bytes(n);
  }
  lenencStr() {
    const b = this.lenencBytes();
    return b ? utf89.decode(b) : "";
  }
  /** NUL-terminated string; the rest of the payload when there is no NUL (older clients). */
  cstr() {
    const b = this.buf;
    let end2 = this.pos;
    while (end2 < b.length && b[end2] !== 0)
      end2++;
    const s = utf89.decode(b.subarray(this.pos, end2));
    this.pos = end2 < b.length ? end2 + 1 : end2;
    return s;
  }
  /** The rest of the payload as text. */
  rest() {
    const s = utf89.decode(this.buf.subarray(this.pos));
    this.pos = this.buf.length;
    return s;
  }
};
var decodeUtf8 = (b) => utf89.decode(b);
function clip(s, max) {
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}

// packages/protocols/dist/mysql/binary.js
var pad = (n, w = 2) => String(n).padStart(w, "0");
function binaryValue(c, type, unsigned) {
  switch (type) {
    case TYPE3.NULL:
      return null;
    case TYPE3.TINY: {
      const v = c.u8();
      return unsigned || v < 128 ? v : v - 256;
    }
    case TYPE3.SHORT:
    case TYPE3.YEAR: {
      const v = c.u16();
      return unsigned || v < 32768 ? v : v - 65536;
    }
    case TYPE3.LONG:
    case TYPE3.INT24: {
      const v = c.u32();
      return unsigned ? v : v | 0;
    }
    case TYPE3.LONGLONG:
      return c.u64(!unsigned);
    case TYPE3.FLOAT: {
      const b = c.bytes(4);
      return b.length === 4 ? new DataView(b.buffer, b.byteOffset, 4).getFloat32(0, true) : 0;
    }
    case TYPE3.DOUBLE: {
      const b = c.bytes(8);
      return b.length === 8 ? new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true) : 0;
    }
    case TYPE3.DATE:
    case TYPE3.DATETIME:
    case TYPE3.TIMESTAMP:
    case TYPE3.NEWDATE:
      return dateValue(c, type === TYPE3.DATE || type === TYPE3.NEWDATE);
    case TYPE3.TIME:
      return timeValue(c);
    default: {
      const b = c.lenencBytes();
      return b === null ? null : clip(decodeUtf8(b.subarray(0, MAX_VALUE_CHARS * 4)), MAX_VALUE_CHARS);
    }
  }
}
function dateValue(c, dateOnly) {
  const n = c.u8();
  const b = c.bytes(n);
  if (n === 0)
    return dateOnly ? "0000-00-00" : "0000-00-00 00:00:00";
  if (b.length < 4)
    return "";
  const d = `${pad(b[0] | b[1] << 8, 4)}-${pad(b[2])}-${pad(b[3])}`;
  if (dateOnly || n < 7)
    return n < 7 && !dateOnly ? `${d} 00:00:00` : d;
  const t = `${d} ${pad(b[4])}:${pad(b[5])}:${pad(b[6])}`;
  return n >= 11 ? `${t}.${pad(b[7] | b[8] << 8 | b[9] << 16 | b[10] << 24, 6)}` : t;
}
function timeValue(c) {
  const n = c.u8();
  const b = c.bytes(n);
  if (n < 8 || b.length < 8)
    return "00:00:00";
  const days = (b[1] | b[2] << 8 | b[3] << 16 | b[4] << 24) >>> 0;
  const t = `${b[0] ? "-" : ""}${pad(days * 24 + b[5])}:${pad(b[6])}:${pad(b[7])}`;
  return n >= 12 ? `${t}.${pad((b[8] | b[9] << 8 | b[10] << 16 | b[11] << 24) >>> 0, 6)}` : t;
}
function parseExecute(p, stmt, caps) {
  const c = new Cursor(p, 1);
  const statementId = c.u32();
  const flags2 = c.u8();
  c.skip(4);
  const out = { statementId };
  if (c.bad || !stmt)
    return out;
  let count2 = stmt.params;
  const attrs = (caps & CAP.QUERY_ATTRIBUTES) !== 0;
  if (attrs && (count2 > 0 || flags2 & 8))
    count2 = c.lenenc() ?? 0;
  if (count2 === 0 || count2 > 65535)
    return out;
  const bitmap = c.bytes(count2 + 7 >> 3);
  const bound = c.u8();
  if (c.bad)
    return out;
  let types = stmt.types;
  if (bound === 1) {
    types = [];
    for (let i = 0; i < count2; i++) {
      const t = c.u8();
      const u = c.u8();
      types.push(t | (u & 128 ? 1 : 0) << 8);
      if (attrs)
        c.skip(c.lenenc() ?? 0);
    }
    if (c.bad)
      return out;
    stmt.types = types;
  }
  if (!types || types.length !== count2)
    return out;
  const values = [];
  for (let i = 0; i < count2 && i < MAX_PARAMETERS; i++) {
    if (bitmap[i >> 3] & 1 << (i & 7))
      values.push(null);
    else
      values.push(binaryValue(c, types[i] & 255, types[i] > 255));
    if (c.bad)
      return out;
  }
  out.parameters = values;
  return out;
}
function textRow(p, columns, max) {
  const c = new Cursor(p);
  const out = [];
  for (let i = 0; i < columns && i < max && c.left > 0; i++) {
    const b = c.lenencBytes();
    out.push(b === null ? null : clip(decodeUtf8(b.subarray(0, MAX_VALUE_CHARS * 4)), MAX_VALUE_CHARS));
  }
  return out;
}
function binaryRow(p, cols, total, max) {
  const c = new Cursor(p, 1);
  const bitmap = c.bytes(total + 9 >> 3);
  const out = [];
  for (let i = 0; i < cols.length && i < max && !c.bad; i++) {
    const bit = i + 2;
    if (bitmap[bit >> 3] & 1 << (bit & 7))
      out.push(null);
    else
      out.push(binaryValue(c, cols[i].type, (cols[i].flags & UNSIGNED_FLAG) !== 0));
  }
  return out;
}

// packages/protocols/dist/mysql/parse.js
function parseGreeting(p) {
  const c = new Cursor(p);
  if (c.u8() !== 10)
    return null;
  const serverVersion = c.cstr();
  const connectionId = c.u32();
  c.skip(8 + 1);
  let capabilities = c.u16();
  if (c.bad)
    return null;
  const g = { protocol: 10, serverVersion, connectionId, capabilities, mariadbCapabilities: 0, charset: 0, status: 0 };
  if (c.left === 0)
    return g;
  g.charset = c.u8();
  g.status = c.u16();
  capabilities = (capabilities | c.u16() << 16) >>> 0;
  g.capabilities = capabilities;
  const authLen = c.u8();
  c.skip(6);
  const ext = c.u32();
  if (!(capabilities & CAP.LONG_PASSWORD))
    g.mariadbCapabilities = ext;
  if (capabilities & CAP.SECURE_CONNECTION)
    c.skip(Math.max(13, authLen - 8));
  if (capabilities & CAP.PLUGIN_AUTH && c.left > 0)
    g.authPlugin = c.cstr();
  return g;
}
function parseLogin(p) {
  const c = new Cursor(p);
  const low = c.u16();
  if (c.bad)
    return null;
  if (!(low & CAP.PROTOCOL_41)) {
    c.skip(3);
    const user = c.cstr();
    return c.bad ? null : { capabilities: low, mariadbCapabilities: 0, charset: 0, ssl: false, user };
  }
  const capabilities = (low | c.u16() << 16) >>> 0;
  c.skip(4);
  const charset = c.u8();
  c.skip(19);
  const ext = c.u32();
  if (c.bad)
    return null;
  const login = { capabilities, mariadbCapabilities: capabilities & CAP.LONG_PASSWORD ? 0 : ext, charset, ssl: false };
  if (c.left === 0) {
    login.ssl = (capabilities & CAP.SSL) !== 0;
    return login;
  }
  login.user = c.cstr();
  skipAuth(c, capabilities);
  if (capabilities & CAP.CONNECT_WITH_DB && c.left > 0)
    login.database = c.cstr();
  if (capabilities & CAP.PLUGIN_AUTH && c.left > 0)
    login.authPlugin = c.cstr();
  if (capabilities & CAP.CONNECT_ATTRS && c.left > 0)
    login.attributes = attributes(c);
  return login;
}
function skipAuth(c, caps) {
  if (caps & CAP.PLUGIN_AUTH_LENENC_DATA)
    c.skip(c.lenenc() ?? 0);
  else if (caps & CAP.SECURE_CONNECTION)
    c.skip(c.u8());
  else
    c.cstr();
}
function attributes(c) {
  const total = c.lenenc() ?? 0;
  const end2 = Math.min(c.buf.length, c.pos + total);
  const out = {};
  let n = 0;
  while (c.pos < end2 && !c.bad && n++ < MAX_ATTRIBUTES) {
    const k = c.lenencStr();
    const v = c.lenencStr();
    if (!c.bad)
      out[clip(k, MAX_VALUE_CHARS)] = clip(v, MAX_VALUE_CHARS);
  }
  return out;
}
function parseChangeUser(p, caps) {
  const c = new Cursor(p, 1);
  const user = c.cstr();
  if (caps & CAP.SECURE_CONNECTION || caps === 0)
    c.skip(c.u8());
  else
    c.cstr();
  const out = { user };
  if (c.left > 0)
    out.database = c.cstr();
  if (c.left >= 2) {
    c.skip(2);
    if (c.left > 0)
      out.authPlugin = c.cstr();
  }
  return out;
}
function parseOk(p, caps) {
  const c = new Cursor(p, 1);
  const affectedRows = c.lenenc() ?? 0;
  const lastInsertId = c.lenenc() ?? 0;
  const status = c.u16();
  const warnings = c.u16();
  if (c.bad)
    return null;
  const ok = { affectedRows, lastInsertId, status, warnings };
  if (c.left > 0) {
    let info;
    if (caps & CAP.SESSION_TRACK || caps === 0) {
      const save = c.pos;
      info = c.lenencStr();
      if (c.bad) {
        c.bad = false;
        c.pos = save;
        info = c.rest();
      }
    } else
      info = c.rest();
    if (info !== "")
      ok.info = clip(info, MAX_VALUE_CHARS * 4);
  }
  return ok;
}
function parseErr(p) {
  const c = new Cursor(p);
  if (c.u8() !== 255)
    return null;
  const code = c.u16();
  if (c.bad)
    return null;
  const err = { code, message: "" };
  if (c.left >= 6 && p[c.pos] === 35) {
    c.skip(1);
    err.sqlState = String.fromCharCode(...c.bytes(5));
  }
  err.message = clip(c.rest(), MAX_VALUE_CHARS * 4);
  return err;
}
function eofStatus(p) {
  return p.length >= 5 ? p[3] | p[4] << 8 : 0;
}
function parseColumn(p) {
  const c = new Cursor(p);
  for (let i = 0; i < 4; i++)
    c.skip(c.lenenc() ?? 0);
  const name = c.lenencStr();
  c.skip(c.lenenc() ?? 0);
  let fixed3 = c.lenenc() ?? 0;
  if (fixed3 !== 12 && c.left > 12) {
    c.skip(fixed3);
    fixed3 = c.lenenc() ?? 0;
  }
  c.skip(2 + 4);
  const type = c.u8();
  const flags2 = c.u16();
  return c.bad ? null : { name: clip(name, MAX_VALUE_CHARS), type, flags: flags2 };
}
function parsePrepareOk(p) {
  const c = new Cursor(p);
  if (c.u8() !== 0)
    return null;
  const statementId = c.u32();
  const columns = c.u16();
  const params = c.u16();
  c.skip(1);
  const warnings = c.left >= 2 ? c.u16() : 0;
  return c.bad ? null : { statementId, columns, params, warnings };
}
function parseAuthSwitch(p) {
  const c = new Cursor(p, 1);
  return clip(c.cstr(), MAX_VALUE_CHARS);
}

// packages/protocols/dist/sql/text.js
function sqlKeyword(sql) {
  let i = 0;
  const n = Math.min(sql.length, 4096);
  while (i < n) {
    const ch5 = sql[i];
    if (ch5 === " " || ch5 === "	" || ch5 === "\r" || ch5 === "\n" || ch5 === "(" || ch5 === ";")
      i++;
    else if (ch5 === "/" && sql[i + 1] === "*") {
      const end2 = sql.indexOf("*/", i + 2);
      if (end2 < 0)
        return "";
      i = end2 + 2;
    } else if (ch5 === "#" || ch5 === "-" && sql[i + 1] === "-") {
      const end2 = sql.indexOf("\n", i);
      if (end2 < 0)
        return "";
      i = end2 + 1;
    } else
      break;
  }
  const m = /^[A-Za-z_]+/.exec(sql.slice(i, i + 64));
  return m ? m[0].toUpperCase() : "";
}
var LIT = `'(?:[^'\\\\]|\\\\.|'')*'|"(?:[^"\\\\]|\\\\.|"")*"|\\$\\$[\\s\\S]*?\\$\\$`;
var SECRET_PATTERNS = [
  // MySQL CREATE/ALTER USER, GRANT: IDENTIFIED BY 'x', IDENTIFIED WITH plugin BY|AS 'x', IDENTIFIED VIA plugin USING 'x'
  new RegExp(`(\\bIDENTIFIED\\s+(?:(?:WITH|VIA)\\s+[\\w'"\`]+\\s+)?(?:BY|AS|USING)\\s+(?:PASSWORD\\s*\\(?\\s*)?)(${LIT})`, "gi"),
  // MySQL PASSWORD('x'), SET PASSWORD [FOR u] = 'x'
  new RegExp(`(\\bPASSWORD\\s*(?:\\(\\s*|(?:FOR\\s+\\S+\\s*)?=\\s*))(${LIT})`, "gi"),
  // PostgreSQL CREATE/ALTER ROLE|USER … [ENCRYPTED] PASSWORD 'x' (also E'x' and $$x$$)
  new RegExp(`(\\bPASSWORD\\s+E?)(${LIT})`, "gi")
];
function redactSql(sql) {
  if (!/IDENTIFIED|PASSWORD/i.test(sql))
    return sql;
  let out = sql;
  for (const re of SECRET_PATTERNS)
    out = out.replace(re, "$1'[redacted]'");
  return out;
}

// packages/protocols/dist/mysql/sql.js
function queryText(p, caps) {
  if (caps & CAP.QUERY_ATTRIBUTES) {
    const c = new Cursor(p, 1);
    const count2 = c.lenenc() ?? 0;
    c.lenenc();
    if (count2 > 0 && count2 < 65536) {
      const bitmap = c.bytes(count2 + 7 >> 3);
      const types = [];
      if (c.u8() === 1) {
        for (let i = 0; i < count2; i++) {
          const t = c.u8();
          types.push(t | (c.u8() & 128 ? 256 : 0));
          c.skip(c.lenenc() ?? 0);
        }
      }
      for (let i = 0; i < types.length && !c.bad; i++)
        if (!(bitmap[i >> 3] & 1 << (i & 7)))
          binaryValue(c, types[i] & 255, types[i] > 255);
    }
    if (!c.bad)
      return decodeUtf8(p.subarray(c.pos));
  } else if (caps === 0 && p.length >= 3 && p[1] === 0 && p[2] === 1)
    return decodeUtf8(p.subarray(3));
  return decodeUtf8(p.subarray(1));
}

// packages/protocols/dist/mysql/command.js
var KINDS = {
  [COM.QUIT]: "none",
  [COM.QUERY]: "query",
  [COM.FIELD_LIST]: "fieldList",
  [COM.STATISTICS]: "statistics",
  [COM.CHANGE_USER]: "auth",
  [COM.BINLOG_DUMP]: "stream",
  [COM.BINLOG_DUMP_GTID]: "stream",
  [COM.STMT_PREPARE]: "prepare",
  [COM.STMT_EXECUTE]: "execute",
  [COM.STMT_SEND_LONG_DATA]: "none",
  [COM.STMT_CLOSE]: "none",
  [COM.STMT_FETCH]: "fetch",
  [COM.STMT_BULK_EXECUTE]: "query",
  10: "query"
  // COM_PROCESS_INFO: a result set
};
function readCommand(p, caps, statements) {
  const b = p.payload;
  const code = b.length > 0 ? b[0] : -1;
  const [command, name] = COMMANDS[code] ?? [`COM_0x${code.toString(16).padStart(2, "0")}`, "Unknown"];
  const kind = KINDS[code] ?? "simple";
  const request = { command, method: name };
  const out = { code, kind, request };
  const c = new Cursor(b, 1);
  switch (code) {
    case COM.QUERY: {
      const sql = redactSql(queryText(b, caps));
      request.query = sql;
      request.method = sqlKeyword(sql) || "Query";
      break;
    }
    case COM.STMT_PREPARE:
      request.query = out.prepare = redactSql(decodeUtf8(b.subarray(1)));
      break;
    case COM.STMT_EXECUTE: {
      const stmt = statements.get(c.u32());
      const ex = parseExecute(b, stmt, caps);
      request.statementId = ex.statementId;
      if (stmt) {
        request.query = stmt.query;
        request.method = sqlKeyword(stmt.query) || "Execute";
        if (ex.parameters)
          request.parameters = ex.parameters;
      }
      break;
    }
    case COM.STMT_CLOSE:
    case COM.STMT_RESET:
    case COM.STMT_SEND_LONG_DATA:
    case COM.STMT_FETCH:
    case COM.STMT_BULK_EXECUTE: {
      const id = c.u32();
      if (c.bad)
        break;
      request.statementId = id;
      const stmt = statements.get(id);
      if (stmt)
        request.query = stmt.query;
      if (code === COM.STMT_CLOSE)
        statements.delete(id);
      break;
    }
    case COM.INIT_DB:
    case 5:
    // COM_CREATE_DB
    case 6:
      request.database = clip(c.rest(), MAX_VALUE_CHARS);
      break;
    case COM.FIELD_LIST:
      request.table = clip(c.cstr(), MAX_VALUE_CHARS);
      break;
    case 12:
      request.connectionId = c.u32();
      break;
    case COM.CHANGE_USER: {
      const cu = parseChangeUser(b, caps);
      request.user = clip(cu.user, MAX_VALUE_CHARS);
      if (cu.database)
        request.database = clip(cu.database, MAX_VALUE_CHARS);
      if (cu.authPlugin)
        request.authPlugin = clip(cu.authPlugin, MAX_VALUE_CHARS);
      break;
    }
  }
  return out;
}

// packages/protocols/dist/mysql/framing.js
var MAX_PHYSICAL = 16777215;
var PacketFramer = class {
  keep;
  onPacket;
  hdr = new Uint8Array(4);
  hdrLen = 0;
  /** Payload bytes still to come in the current physical packet (-1: reading a header). */
  need = -1;
  continued = false;
  parts = [];
  kept = 0;
  length = 0;
  wire = 0;
  seq = 0;
  ts = 0;
  offset = 0;
  constructor(keep, onPacket) {
    this.keep = keep;
    this.onPacket = onPacket;
  }
  /** True between packets (nothing partial held). */
  get idle() {
    return this.need < 0 && this.hdrLen === 0 && !this.continued;
  }
  /** Drop whatever partial packet is held (after a gap). */
  reset() {
    this.hdrLen = 0;
    this.need = -1;
    this.continued = false;
    this.parts = [];
    this.kept = this.length = this.wire = 0;
  }
  /** Feeds bytes; 'lost' when a length is impossible (framing lost: the caller resynchronises). */
  feed(bytes, ts, offset) {
    let i = 0;
    while (i < bytes.length) {
      if (this.need < 0) {
        if (this.hdrLen === 0 && !this.continued) {
          this.ts = ts;
          this.offset = offset + i;
        }
        const take = Math.min(4 - this.hdrLen, bytes.length - i);
        this.hdr.set(bytes.subarray(i, i + take), this.hdrLen);
        this.hdrLen += take;
        i += take;
        if (this.hdrLen < 4)
          break;
        this.hdrLen = 0;
        const len = this.hdr[0] | this.hdr[1] << 8 | this.hdr[2] << 16;
        if (!this.continued)
          this.seq = this.hdr[3];
        this.length += len;
        this.wire += 4;
        if (this.length > MAX_LOGICAL_PACKET) {
          this.reset();
          return "lost";
        }
        this.continued = len === MAX_PHYSICAL;
        this.need = len;
      } else {
        const take = Math.min(this.need, bytes.length - i);
        const room = Math.min(take, this.keep - this.kept);
        if (room > 0) {
          this.parts.push(bytes.slice(i, i + room));
          this.kept += room;
        }
        this.need -= take;
        this.wire += take;
        i += take;
      }
      if (this.need === 0) {
        this.need = -1;
        if (!this.continued)
          this.finish(ts);
      }
    }
    return "ok";
  }
  finish(endTs) {
    let payload;
    if (this.parts.length === 1)
      payload = this.parts[0];
    else {
      payload = new Uint8Array(this.kept);
      let at = 0;
      for (const p2 of this.parts) {
        payload.set(p2, at);
        at += p2.length;
      }
    }
    const p = { seq: this.seq, payload, length: this.length, wireSize: this.wire, ts: this.ts, endTs, offset: this.offset };
    this.parts = [];
    this.kept = this.length = this.wire = 0;
    this.onPacket(p);
  }
};

// packages/protocols/dist/mysql/response.js
var ResponseReader = class {
  kind;
  caps;
  count;
  phase;
  sum = { status: 0, oks: 0, affectedRows: 0, lastInsertId: 0, warnings: 0, resultSets: 0, rows: 0 };
  packets = 0;
  left = 0;
  total = 0;
  defs = [];
  expectSeq = 1;
  constructor(kind, caps, count2, firstSeq = 1) {
    this.kind = kind;
    this.caps = caps;
    this.count = count2;
    this.expectSeq = firstSeq;
    this.phase = kind === "fieldList" ? "fieldList" : kind === "auth" ? "auth" : kind === "stream" ? "stream" : kind === "fetch" ? "rows" : kind === "none" ? "done" : "first";
  }
  get done() {
    return this.phase === "done";
  }
  /** The client sent a packet inside this exchange (auth data, file contents): sequence ids continue from it. */
  clientSeq(seq) {
    this.expectSeq = seq + 1 & 255;
  }
  /** With unknown capabilities, an EOF packet is exactly 5 bytes; an OK ending a result set is ≥ 7. */
  deprecateEof(p) {
    return this.caps !== 0 ? (this.caps & CAP.DEPRECATE_EOF) !== 0 : p.length !== 5;
  }
  /** Feeds one server packet; true when the response is complete. */
  packet(p) {
    if (this.phase === "done")
      return true;
    const b = p.payload;
    const head = b.length > 0 ? b[0] : -1;
    if (this.packets === 0 && this.phase === "first" && head === 254 && p.length < 9 && p.seq !== this.expectSeq) {
      this.count("mysql.stray_eof");
      return false;
    }
    if (p.seq !== this.expectSeq && this.kind !== "stream")
      this.count("mysql.bad_sequence");
    this.expectSeq = p.seq + 1 & 255;
    this.packets++;
    if (head === 255 && this.phase !== "stream") {
      const err = parseErr(b);
      if (err && err.code === 65535)
        return false;
      this.sum.status = 1;
      if (err)
        this.sum.err = err;
      this.phase = "done";
      return true;
    }
    switch (this.phase) {
      case "first":
        this.first(p, head);
        break;
      case "columns":
        this.column(b);
        break;
      case "columnsEnd":
        if (head === 254 && p.length < 9 && !this.deprecateEof(p))
          this.phase = "rows";
        else if (head === 254 && this.isTerminator(p))
          this.endResult(p);
        else {
          this.phase = "rows";
          this.row(p);
        }
        break;
      case "rows":
        if (head === 254 && this.isTerminator(p))
          this.endResult(p);
        else
          this.row(p);
        break;
      case "prepDefs":
        this.prepDef(p, head);
        break;
      case "fieldList":
        if (head === 254)
          this.phase = "done";
        else
          this.keepColumn(b);
        break;
      case "auth":
        this.auth(p, head);
        break;
      case "stream":
        break;
    }
    return this.done;
  }
  first(p, head) {
    const b = p.payload;
    if (this.kind === "statistics") {
      this.sum.info = clip(decodeUtf8(b), 1024);
      this.phase = "done";
      return;
    }
    if (head === 0 && this.kind === "prepare") {
      const ok = parsePrepareOk(b);
      if (!ok)
        this.count("mysql.bad_prepare_ok");
      else {
        this.sum.prepared = ok;
        this.sum.warnings = ok.warnings;
        this.left = ok.params + ok.columns;
        this.total = ok.params;
      }
      this.phase = this.left > 0 ? "prepDefs" : "done";
      return;
    }
    if (head === 254 && p.length < 9 && this.kind === "simple") {
      this.phase = "done";
      return;
    }
    if (head === 0 || head === 254 && this.kind === "simple") {
      this.ok(p);
      return;
    }
    if (this.kind === "simple" || this.kind === "prepare") {
      this.count("mysql.unexpected_reply");
      this.phase = "done";
      return;
    }
    if (head === 251) {
      this.sum.localInfile = clip(decodeUtf8(b.subarray(1)), 1024);
      this.count("mysql.local_infile");
      return;
    }
    const c = new Cursor(b);
    const n = c.lenenc();
    if (c.bad || n === null || n === 0 || n > 65535) {
      this.count("mysql.bad_column_count");
      this.phase = "done";
      return;
    }
    this.sum.resultSets++;
    this.left = this.total = n;
    this.defs = [];
    if (c.left > 0 && c.u8() === 0) {
      this.sum.metadataSkipped = true;
      this.phase = "columnsEnd";
      return;
    }
    this.phase = "columns";
  }
  ok(p) {
    const ok = parseOk(p.payload, this.caps);
    if (!ok) {
      this.count("mysql.bad_ok");
      this.phase = "done";
      return;
    }
    this.addOk(ok.affectedRows, ok.lastInsertId, ok.warnings, ok.info);
    this.next(ok.status);
  }
  addOk(affected, lastInsertId, warnings, info) {
    const s = this.sum;
    s.oks++;
    s.affectedRows += affected;
    if (lastInsertId)
      s.lastInsertId = lastInsertId;
    s.warnings += warnings;
    if (info !== void 0 && s.info === void 0)
      s.info = info;
  }
  /** After a result's last packet: more results follow, or the response is complete. */
  next(status) {
    this.phase = status & STATUS.MORE_RESULTS_EXISTS ? "first" : "done";
  }
  column(b) {
    const def = this.keepColumn(b);
    if (def && this.defs.length < MAX_COLUMNS)
      this.defs.push(def);
    if (--this.left <= 0)
      this.phase = "columnsEnd";
  }
  keepColumn(b) {
    const def = parseColumn(b);
    if (!def) {
      this.count("mysql.bad_column");
      return null;
    }
    if (this.sum.resultSets <= 1) {
      const cols = this.sum.columns ??= [];
      if (cols.length < MAX_COLUMNS)
        cols.push(def.name);
    }
    return def;
  }
  /** 0xfe ending rows: an EOF, or an OK (CLIENT_DEPRECATE_EOF); a row's 8-byte length would not fit. */
  isTerminator(p) {
    if (p.length < 9)
      return true;
    if (!this.deprecateEof(p) || p.length >= 16777215)
      return false;
    if (this.caps !== 0)
      return true;
    const c = new Cursor(p.payload, 1);
    const len = c.lenenc();
    return c.bad || len === null || len > p.length - 9;
  }
  endResult(p) {
    if (p.length < 9 && !this.deprecateEof(p)) {
      const b = p.payload;
      this.sum.warnings += b.length >= 3 ? b[1] | b[2] << 8 : 0;
      this.next(eofStatus(b));
      return;
    }
    const ok = parseOk(p.payload, this.caps);
    if (!ok) {
      this.count("mysql.bad_ok");
      this.phase = "done";
      return;
    }
    this.sum.warnings += ok.warnings;
    this.next(ok.status);
  }
  row(p) {
    const s = this.sum;
    s.rows++;
    if (s.resultSets > 1)
      return;
    const sample = s.rowsSample ??= [];
    if (sample.length >= MAX_SAMPLE_ROWS)
      return;
    if (this.kind === "execute" || this.kind === "fetch") {
      if (this.defs.length > 0)
        sample.push(binaryRow(p.payload, this.defs, this.total, MAX_COLUMNS));
    } else
      sample.push(textRow(p.payload, this.total, MAX_COLUMNS));
    if (sample.length === 0)
      delete s.rowsSample;
  }
  prepDef(p, head) {
    if (head === 254 && p.length < 9) {
      if (this.left === 0)
        this.phase = "done";
      return;
    }
    if (this.total > 0)
      this.total--;
    else
      this.keepColumn(p.payload);
    this.left--;
    if (this.left === 0 && (this.caps === 0 ? true : (this.caps & CAP.DEPRECATE_EOF) !== 0))
      this.phase = "done";
  }
  auth(p, head) {
    if (head === 0) {
      this.ok(p);
      this.phase = "done";
    } else if (head === 254) {
      this.sum.authSwitch = parseAuthSwitch(p.payload);
    }
  }
};

// packages/protocols/dist/mysql/resync.js
function isCommandStart(b) {
  if (b.length < 5 || b[3] !== 0)
    return false;
  const len = b[0] | b[1] << 8 | b[2] << 16;
  if (len === 0 || COMMANDS[b[4]] === void 0)
    return false;
  return b[4] === 3 || b[4] === 22 || b[4] === 23 || b[4] === 24 || len + 4 <= b.length;
}
function isReplyStart(b) {
  if (b.length < 5 || b[3] !== 1)
    return false;
  const len = b[0] | b[1] << 8 | b[2] << 16;
  const h = b[4];
  if (len === 0)
    return false;
  if (h === 0 || h === 255 || h === 254 || h === 251)
    return len + 4 <= b.length || len > 64;
  return len === 1 || h === 252 && len === 3;
}

// packages/protocols/dist/mysql/statements.js
var StatementMap = class {
  count;
  map = /* @__PURE__ */ new Map();
  /** The last prepared id: MariaDB's id 0xffffffff means "the statement just prepared". */
  last = -1;
  constructor(count2) {
    this.count = count2;
  }
  add(id, stmt) {
    this.map.delete(id);
    if (this.map.size >= MAX_STATEMENTS) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
      this.count("mysql.limit.statements");
    }
    this.map.set(id, stmt);
    this.last = id;
  }
  get(id) {
    return this.map.get(id === 4294967295 ? this.last : id);
  }
  delete(id) {
    this.map.delete(id);
  }
  get size() {
    return this.map.size;
  }
};

// packages/protocols/dist/mysql/session.js
var MysqlSession = class {
  ctx;
  phase = "start";
  /** Negotiated capabilities (client ∩ server); 0 until a handshake was seen. */
  caps = 0;
  framers;
  /** A direction lost its framing (gap, bad length) and waits for a recognisable packet start. */
  lost = [false, false];
  pending;
  statements;
  handshake = null;
  closed = false;
  /** A direction has been fed: its first bytes were checked for a packet start. */
  started = [false, false];
  constructor(ctx) {
    this.ctx = ctx;
    const count2 = (e) => ctx.count(e);
    this.pending = new Pending2(ctx.limits.maxPendingRequests, (ex) => this.emit(ex), count2);
    this.statements = new StatementMap(count2);
    this.framers = [
      new PacketFramer(Math.max(1024, ctx.limits.maxBodyBytes), (p) => this.clientPacket(p)),
      new PacketFramer(MAX_SERVER_PACKET_KEEP, (p) => this.serverPacket(p))
    ];
  }
  feed(dir, bytes, meta) {
    if (this.closed || this.phase === "opaque")
      return;
    try {
      if (!this.started[dir]) {
        this.started[dir] = true;
        if (this.phase !== "handshake" && !plausibleStart(dir, bytes)) {
          this.ctx.count("mysql.midstream_skip");
          this.lost[dir] = true;
        }
      }
      if (this.lost[dir]) {
        const ok = dir === 0 ? isCommandStart(bytes) : isReplyStart(bytes);
        if (!ok)
          return;
        this.lost[dir] = false;
        this.ctx.count("mysql.resync");
      }
      if (this.framers[dir].feed(bytes, meta.ts, meta.offset) === "lost")
        this.loseFraming(dir, "desync");
    } catch {
      this.ctx.count("mysql.internal_error");
      this.loseFraming(dir, "desync");
    }
  }
  gap(dir, _length, _meta) {
    if (this.closed || this.phase === "opaque")
      return;
    try {
      this.loseFraming(dir, "gap");
    } catch {
      this.ctx.count("mysql.internal_error");
    }
  }
  end(_dir, _ts) {
  }
  close(_ts) {
    if (this.closed)
      return;
    this.closed = true;
    try {
      for (const f of this.framers)
        if (!f.idle)
          this.ctx.count("mysql.partial_packet");
      const hs = this.handshake;
      this.handshake = null;
      if (hs)
        this.emit(hs);
      this.pending.flush(null);
    } catch {
      this.ctx.count("mysql.internal_error");
    }
  }
  /** Framing of `dir` is lost: what is waiting for that side is emitted as it stands. */
  loseFraming(dir, why2) {
    this.framers[dir].reset();
    this.lost[dir] = true;
    if (this.handshake) {
      const hs = this.handshake;
      this.handshake = null;
      addAnomaly(hs, why2);
      this.emit(hs);
    }
    if (this.phase !== "opaque")
      this.phase = "command";
    if (dir === 1)
      this.pending.flush(why2);
    else {
      const last = this.pending.last();
      if (last)
        addAnomaly(last, why2);
    }
  }
  emit(ex) {
    this.ctx.emit(buildEntry6(ex, this.ctx));
  }
  // ---- client → server -----------------------------------------------------------------------
  clientPacket(p) {
    if (this.phase === "opaque")
      return;
    if (this.phase === "handshake" || this.phase === "start" && p.seq === 1) {
      this.loginPacket(p);
      return;
    }
    this.phase = "command";
    if (p.seq !== 0) {
      const ex2 = this.pending.last();
      if (ex2) {
        ex2.requestSize += p.wireSize;
        ex2.extraBytes += p.length;
        ex2.reader?.clientSeq(p.seq);
      } else
        this.ctx.count("mysql.orphan_client_packet");
      return;
    }
    if (p.payload.length === 0) {
      this.ctx.count("mysql.empty_command");
      return;
    }
    const cmd = readCommand(p, this.caps, this.statements);
    const ex = newExchange(cmd.kind, cmd.request, p.ts, p.wireSize);
    if (p.payload.length < p.length)
      addAnomaly(ex, "truncated");
    if (cmd.prepare !== void 0)
      ex.prepare = cmd.prepare;
    if (cmd.kind === "none") {
      this.emit(ex);
      return;
    }
    ex.reader = new ResponseReader(cmd.kind, this.caps, (e) => this.ctx.count(e));
    this.pending.push(ex);
  }
  loginPacket(p) {
    const hs = this.handshake ??= this.newHandshake(p.ts);
    hs.requestSize += p.wireSize;
    hs.reader.clientSeq(p.seq);
    if (hs.connect.login || p.seq !== 1)
      return;
    const login = parseLogin(p.payload);
    if (!login) {
      this.ctx.count("mysql.bad_login");
      return;
    }
    hs.connect.login = login;
    const req = { command: "Connect", method: "Connect" };
    if (login.user !== void 0)
      req.user = clip(login.user, MAX_VALUE_CHARS);
    if (login.database)
      req.database = clip(login.database, MAX_VALUE_CHARS);
    if (login.authPlugin)
      req.authPlugin = clip(login.authPlugin, MAX_VALUE_CHARS);
    if (login.attributes)
      req.attributes = login.attributes;
    hs.request = req;
    const g = hs.connect.greeting;
    this.caps = g ? (g.capabilities & login.capabilities) >>> 0 : login.capabilities;
    if (login.ssl) {
      req.ssl = true;
      addAnomaly(hs, "encrypted");
      this.handshake = null;
      this.emit(hs);
      this.phase = "opaque";
    }
  }
  newHandshake(ts) {
    const hs = newExchange("auth", null, ts, 0);
    hs.connect = { greeting: null, login: null };
    hs.reader = new ResponseReader("auth", 0, (e) => this.ctx.count(e), 2);
    this.phase = "handshake";
    return hs;
  }
  // ---- server → client -----------------------------------------------------------------------
  serverPacket(p) {
    if (this.phase === "opaque")
      return;
    if (this.phase === "start" && p.seq === 0 && p.payload.length > 0 && (p.payload[0] === 10 || p.payload[0] === 255)) {
      this.greeting(p);
      return;
    }
    if (this.phase === "handshake") {
      this.authPacket(p);
      return;
    }
    this.phase = "command";
    let ex = this.pending.head();
    if (!ex || !ex.reader) {
      if (p.payload[0] === 254 && p.length < 9)
        return;
      this.ctx.count("mysql.unsolicited");
      if (p.seq !== 1)
        return;
      ex = newExchange("query", null, p.ts, 0);
      ex.reader = new ResponseReader("query", this.caps, (e) => this.ctx.count(e));
      addAnomaly(ex, "unpaired");
      this.pending.push(ex);
    }
    ex.responseSize += p.wireSize;
    ex.respEndTs = p.endTs;
    if (p.payload.length < p.length && ex.reader.packets === 0)
      addAnomaly(ex, "truncated");
    if (ex.reader.packet(p))
      this.replyDone(ex);
  }
  replyDone(ex) {
    const prepared = ex.reader.sum.prepared;
    if (prepared && ex.prepare !== void 0)
      this.statements.add(prepared.statementId, { query: ex.prepare, params: prepared.params });
    this.pending.complete();
  }
  greeting(p) {
    const hs = this.handshake = this.newHandshake(p.ts);
    hs.responseSize += p.wireSize;
    hs.respEndTs = p.endTs;
    if (p.payload[0] === 255) {
      const err = parseErr(p.payload);
      hs.reader.packet({ ...p, seq: 2 });
      if (!err)
        this.ctx.count("mysql.bad_err");
      this.finishHandshake();
      return;
    }
    const g = parseGreeting(p.payload);
    if (!g)
      this.ctx.count("mysql.bad_greeting");
    hs.connect.greeting = g;
  }
  authPacket(p) {
    const hs = this.handshake;
    if (!hs)
      return;
    hs.responseSize += p.wireSize;
    hs.respEndTs = p.endTs;
    if (hs.reader.packet(p))
      this.finishHandshake();
  }
  finishHandshake() {
    const hs = this.handshake;
    this.handshake = null;
    this.phase = "command";
    const g = hs.connect.greeting;
    const login = hs.connect.login;
    this.emit(hs);
    if (g && login && hs.reader.sum.status === 0 && this.caps & CAP.COMPRESS) {
      this.ctx.count("mysql.compressed");
      this.phase = "opaque";
    }
  }
};
function plausibleStart(dir, b) {
  if (b.length < 5)
    return true;
  const len = b[0] | b[1] << 8 | b[2] << 16;
  if (len === 0)
    return false;
  if (dir === 0)
    return b[3] === 0 && COMMANDS[b[4]] !== void 0 || b[3] === 1;
  if (b[3] === 0)
    return b[4] === 10 || b[4] === 255;
  const h = b[4];
  return h === 0 || h === 255 || h === 254 || h === 251 || len <= 9;
}

// packages/protocols/dist/mysql/index.js
var mysqlDissector = {
  name: "mysql",
  transport: "tcp",
  detect: detect7,
  createSession(ctx) {
    return new MysqlSession(ctx);
  }
};

// packages/protocols/dist/postgres/cursor.js
var utf810 = new TextDecoder("utf-8");
var Cursor2 = class {
  buf;
  pos = 0;
  bad = false;
  constructor(buf) {
    this.buf = buf;
  }
  get left() {
    return this.buf.length - this.pos;
  }
  u8() {
    if (this.pos + 1 > this.buf.length)
      return this.fail();
    return this.buf[this.pos++];
  }
  i16() {
    if (this.pos + 2 > this.buf.length)
      return this.fail();
    const v = this.buf[this.pos] << 8 | this.buf[this.pos + 1];
    this.pos += 2;
    return v & 32768 ? v - 65536 : v;
  }
  i32() {
    if (this.pos + 4 > this.buf.length)
      return this.fail();
    const b = this.buf;
    const p = this.pos;
    this.pos += 4;
    return b[p] << 24 | b[p + 1] << 16 | b[p + 2] << 8 | b[p + 3];
  }
  /** A NUL-terminated string (the NUL is consumed). */
  cstr() {
    const end2 = this.buf.indexOf(0, this.pos);
    if (end2 < 0) {
      this.fail();
      return "";
    }
    const s = utf810.decode(this.buf.subarray(this.pos, end2));
    this.pos = end2 + 1;
    return s;
  }
  bytes(n) {
    if (n < 0 || this.pos + n > this.buf.length) {
      this.fail();
      return new Uint8Array(0);
    }
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  fail() {
    this.bad = true;
    this.pos = this.buf.length;
    return 0;
  }
};
function text3(bytes) {
  return utf810.decode(bytes);
}

// packages/protocols/dist/postgres/limits.js
var PG_LIMITS = {
  /** A length above this means framing is lost (the server itself caps messages at 1 GiB). */
  maxMessageLength: 1 << 30,
  /** Startup-family messages (untyped): PostgreSQL refuses startup packets above 10 000 bytes. */
  maxStartupLength: 1e4,
  /** Bytes of one message body kept for decoding; the rest is skipped (query text truncated). */
  maxKeptMessageBytes: 256 << 10,
  /** Operations (Startup, Query, Execute, Sync…) waiting for their response on one connection. */
  maxPendingOps: 1024,
  /** Prepared statements and portals remembered per connection (name → query). */
  maxStatements: 1024,
  /** DataRows kept as text in `response.rowsSample`. */
  maxSampleRows: 5,
  /** Characters kept of one value in a sample row or a Bind parameter. */
  maxValueChars: 256,
  /** Bind parameters and columns kept. */
  maxParameters: 100,
  maxColumns: 100,
  /** ParameterStatus pairs kept on a Startup entry, notices kept per entry. */
  maxServerParameters: 64,
  maxNotices: 5,
  /** Results listed in `response.results` for a multi-statement Query. */
  maxResults: 32
};

// packages/protocols/dist/postgres/parse.js
var CODE = {
  protocol3: 196608,
  ssl: 80877103,
  gssenc: 80877104,
  cancel: 80877102
};
function lengthOk(typed, length) {
  return typed ? length >= 4 && length <= PG_LIMITS.maxMessageLength : length >= 8 && length <= PG_LIMITS.maxStartupLength;
}
function decodeStartup(body2) {
  const c = new Cursor2(body2);
  const code = c.i32() >>> 0;
  if (c.bad)
    return null;
  if (code === CODE.cancel) {
    const pid = c.i32();
    return c.bad ? null : { code, params: {}, pid };
  }
  const params = {};
  if (code >>> 16 === 3) {
    while (c.left > 1) {
      const k = c.cstr();
      const v = c.cstr();
      if (c.bad)
        return null;
      params[k] = v;
    }
  }
  return { code, params };
}
function decodeQuery(body2) {
  const end2 = body2.indexOf(0);
  return text3(end2 < 0 ? body2 : body2.subarray(0, end2));
}
function decodeParse(body2) {
  const c = new Cursor2(body2);
  const name = c.cstr();
  const query = c.cstr();
  const n = c.i16();
  const paramTypes = [];
  for (let i = 0; i < n && !c.bad; i++)
    paramTypes.push(c.i32() >>> 0);
  return c.bad ? null : { name, query, paramTypes };
}
function decodeBind(body2) {
  const c = new Cursor2(body2);
  const portal = c.cstr();
  const statement = c.cstr();
  const nf = c.i16();
  const formats = [];
  for (let i = 0; i < nf && !c.bad; i++)
    formats.push(c.i16());
  const n = c.i16();
  const parameters = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const len = c.i32();
    if (len === -1) {
      if (i < PG_LIMITS.maxParameters)
        parameters.push(null);
      continue;
    }
    const v = c.bytes(len);
    const fmt = formats.length === 0 ? 0 : formats.length === 1 ? formats[0] : formats[i] ?? 0;
    if (i < PG_LIMITS.maxParameters)
      parameters.push(formatValue(v, fmt));
  }
  if (c.bad || n < 0)
    return null;
  return { portal, statement, parameters, cut: n > PG_LIMITS.maxParameters };
}
function decodeTarget(body2) {
  const c = new Cursor2(body2);
  const kind = String.fromCharCode(c.u8());
  const name = c.cstr();
  return c.bad || kind !== "S" && kind !== "P" ? null : { kind, name };
}
function decodeExecute(body2) {
  const c = new Cursor2(body2);
  const portal = c.cstr();
  const maxRows = c.i32();
  return c.bad ? null : { portal, maxRows };
}
var AUTH_NAMES = {
  0: "ok",
  2: "kerberos",
  3: "cleartext",
  5: "md5",
  7: "gss",
  8: "gss-continue",
  9: "sspi",
  10: "sasl",
  11: "sasl-continue",
  12: "sasl-final"
};
function decodeAuth(body2) {
  const c = new Cursor2(body2);
  const code = c.i32();
  if (c.bad)
    return null;
  if (code !== 10)
    return { code };
  const mechanisms = [];
  while (c.left > 1 && !c.bad)
    mechanisms.push(c.cstr());
  return c.bad ? null : { code, mechanisms };
}
function decodeParameterStatus(body2) {
  const c = new Cursor2(body2);
  const name = c.cstr();
  const value2 = c.cstr();
  return c.bad ? null : { name, value: value2 };
}
function decodeFields(body2) {
  const c = new Cursor2(body2);
  const out = {};
  for (; ; ) {
    const code = c.u8();
    if (c.bad)
      return null;
    if (code === 0)
      return out;
    out[String.fromCharCode(code)] = c.cstr();
    if (c.bad)
      return null;
  }
}
function decodeRowDescription(body2) {
  const c = new Cursor2(body2);
  const n = c.i16();
  const names2 = [];
  const formats = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const name = c.cstr();
    c.bytes(16);
    const fmt = c.i16();
    if (i < PG_LIMITS.maxColumns) {
      names2.push(name);
      formats.push(fmt);
    }
  }
  return c.bad || n < 0 ? null : { names: names2, formats };
}
function decodeDataRow(body2, formats) {
  const c = new Cursor2(body2);
  const n = c.i16();
  const out = [];
  for (let i = 0; i < n && !c.bad; i++) {
    const len = c.i32();
    const v = len === -1 ? null : c.bytes(len);
    if (i < PG_LIMITS.maxColumns)
      out.push(v === null ? null : formatValue(v, formats[i] ?? 0));
  }
  return c.bad || n < 0 ? null : out;
}
function decodeCommandTag(body2) {
  const tag = new Cursor2(body2).cstr();
  const m = /^(?:INSERT \d+|SELECT|UPDATE|DELETE|MERGE|COPY|FETCH|MOVE) (\d+)$/.exec(tag);
  return m ? { tag, rows: Number(m[1]) } : { tag };
}
function decodeNotification(body2) {
  const c = new Cursor2(body2);
  const pid = c.i32();
  const channel = c.cstr();
  const payload = c.cstr();
  return c.bad ? null : { pid, channel, payload };
}
function decodeCopyResponse(body2) {
  const c = new Cursor2(body2);
  const format = c.u8();
  const columns = c.i16();
  return c.bad ? null : { format, columns };
}
function decodeBackendKey(body2) {
  const c = new Cursor2(body2);
  const pid = c.i32();
  return c.bad ? null : pid;
}
var HEX = "0123456789abcdef";
function formatValue(v, format) {
  const max = PG_LIMITS.maxValueChars;
  if (format === 0) {
    const s = text3(v.length > max * 4 ? v.subarray(0, max * 4) : v);
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
  }
  let out = "\\x";
  const n = Math.min(v.length, max / 2);
  for (let i = 0; i < n; i++)
    out += HEX[v[i] >> 4] + HEX[v[i] & 15];
  return n < v.length ? `${out}\u2026` : out;
}

// packages/protocols/dist/postgres/detect.js
var MAX_DETECT_MESSAGE = 16 << 10;
var MAX_FOLLOWING = 64 << 20;
var FRONTEND = new Set("QPBESDCHXFdcfp".split("").map((c) => c.charCodeAt(0)));
var BACKEND = new Set("RSKZTDCEN123ntIsGHWdcAVv".split("").map((c) => c.charCodeAt(0)));
var ch = (c) => c.charCodeAt(0);
var u323 = (b, o) => (b[o] << 24 | b[o + 1] << 16 | b[o + 2] << 8 | b[o + 3]) >>> 0;
function sqlText(b) {
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 32 && x !== 9 && x !== 10 && x !== 13)
      return false;
    if (x === 127)
      return false;
  }
  return true;
}
function probeStartup(b) {
  if (b.length < 4)
    return b[0] === 0 && (b.length < 2 || b[1] === 0) ? "more" : "no";
  const len = u323(b, 0);
  if (len < 8 || len > 1e4)
    return "no";
  if (b.length < 8)
    return "more";
  const code = u323(b, 4);
  if (code === CODE.ssl || code === CODE.gssenc)
    return len === 8 ? "yes" : "no";
  if (code === CODE.cancel)
    return len === 16 ? "yes" : "no";
  if (code >>> 16 !== 3 || (code & 65535) > 2)
    return "no";
  const end2 = Math.min(b.length, len);
  for (let i = 8; i < end2; i++)
    if (b[i] !== 0 && !(b[i] >= 32 && b[i] !== 127))
      return "no";
  if (b.length < len)
    return len > MAX_DETECT_MESSAGE ? "no" : "more";
  if (b[len - 1] !== 0)
    return "no";
  const s = decodeStartup(b.subarray(4, len));
  return s && "user" in s.params ? "yes" : "no";
}
var CLIENT_FIRST = {
  [ch("Q")]: (c) => {
    const body2 = c.buf;
    if (body2.length < 2 || body2[body2.length - 1] !== 0 || !sqlText(body2.subarray(0, body2.length - 1)))
      return false;
    return sqlKeyword(c.cstr()) !== "";
  },
  [ch("P")]: (c) => {
    c.cstr();
    const q = c.cstr();
    const n = c.i16();
    c.bytes(n * 4);
    return !c.bad && n >= 0 && sqlKeyword(q) !== "";
  },
  [ch("B")]: (c) => {
    c.cstr();
    c.cstr();
    const nf = c.i16();
    for (let i = 0; i < nf && !c.bad; i++) {
      const f = c.i16();
      if (f !== 0 && f !== 1)
        return false;
    }
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      const len = c.i32();
      if (len !== -1)
        c.bytes(len);
    }
    const nr = c.i16();
    for (let i = 0; i < nr && !c.bad; i++) {
      const f = c.i16();
      if (f !== 0 && f !== 1)
        return false;
    }
    return !c.bad && nf >= 0 && n >= 0 && nr >= 0;
  }
};
var fixed2 = (n) => (c) => c.buf.length === n;
var SERVER_FIRST = {
  [ch("R")]: (c) => {
    const code = c.i32();
    if (code === 0 || code === 3 || code === 7 || code === 9)
      return c.left === 0;
    if (code === 5)
      return c.left === 4;
    if (code === 10) {
      let n = 0;
      while (c.left > 1 && !c.bad) {
        if (!/^[A-Z0-9-]+$/.test(c.cstr()))
          return false;
        n++;
      }
      return !c.bad && n > 0 && c.left === 1 && c.u8() === 0;
    }
    return code === 11 || code === 12 || code === 8 ? c.left > 0 : false;
  },
  [ch("E")]: (c) => fieldsOk(c),
  [ch("N")]: (c) => fieldsOk(c),
  [ch("Z")]: (c) => c.buf.length === 1 && (c.buf[0] === ch("I") || c.buf[0] === ch("T") || c.buf[0] === ch("E")),
  [ch("C")]: (c) => {
    const body2 = c.buf;
    return body2.length > 1 && body2.indexOf(0) === body2.length - 1 && /^[A-Z][A-Z ]*( \d+)*$/.test(c.cstr());
  },
  [ch("T")]: (c) => {
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      c.cstr();
      c.bytes(16);
      const f = c.i16();
      if (f !== 0 && f !== 1)
        return false;
    }
    return !c.bad && n >= 0 && c.left === 0;
  },
  [ch("D")]: (c) => {
    const n = c.i16();
    for (let i = 0; i < n && !c.bad; i++) {
      const len = c.i32();
      if (len !== -1)
        c.bytes(len);
    }
    return !c.bad && n >= 0 && c.left === 0;
  },
  [ch("S")]: (c) => {
    const k = c.cstr();
    c.cstr();
    return !c.bad && c.left === 0 && /^[a-zA-Z_]+$/.test(k);
  },
  [ch("K")]: fixed2(8),
  [ch("1")]: fixed2(0),
  [ch("2")]: fixed2(0),
  [ch("3")]: fixed2(0),
  [ch("n")]: fixed2(0),
  [ch("I")]: fixed2(0),
  [ch("s")]: fixed2(0)
};
var WEAK = new Set("KS123nIsZ".split("").map(ch));
function fieldsOk(c) {
  let sqlstate = false;
  let severity = false;
  for (; ; ) {
    const code = c.u8();
    if (c.bad)
      return false;
    if (code === 0)
      return c.left === 0 && sqlstate && severity;
    if (!/[SVCMDHPpqWstcdnFLR]/.test(String.fromCharCode(code)))
      return false;
    const v = c.cstr();
    if (c.bad)
      return false;
    if (code === ch("C"))
      sqlstate = /^[0-9A-Z]{5}$/.test(v);
    if (code === ch("S"))
      severity = /^[A-Z]+$/.test(v);
  }
}
function probeTyped(b, first2, types) {
  const check = first2[b[0]];
  if (!check)
    return "no";
  if (b.length < 5)
    return "more";
  const len = u323(b, 1);
  if (len < 4 || len > MAX_DETECT_MESSAGE)
    return "no";
  if (b.length < len + 1)
    return "more";
  if (!check(new Cursor2(b.subarray(5, len + 1))))
    return "no";
  let off = len + 1;
  let count2 = 1;
  while (off < b.length) {
    if (!types.has(b[off]))
      return "no";
    if (b.length - off < 5)
      break;
    const l = u323(b, off + 1);
    if (l < 4 || l > MAX_FOLLOWING)
      return "no";
    const body2 = b.subarray(off + 5, off + 1 + l);
    if (body2.length === l - 4) {
      const c = first2[b[off]];
      if (c && types === BACKEND && !c(new Cursor2(body2)))
        return "no";
      count2++;
    }
    off += l + 1;
  }
  if (types === BACKEND && WEAK.has(b[0]) && count2 < 2)
    return "more";
  return "yes";
}
var probeClientTyped = (b) => probeTyped(b, CLIENT_FIRST, FRONTEND);
var probeServerTyped = (b) => probeTyped(b, SERVER_FIRST, BACKEND);
function detect8(firstBytes) {
  const b = firstBytes;
  if (b.length === 0)
    return "more";
  if (b[0] === 0) {
    const p = probeStartup(b);
    return p === "yes" ? "client" : p === "more" ? "more" : null;
  }
  const c = probeClientTyped(b);
  if (c === "yes")
    return "client";
  const s = probeServerTyped(b);
  if (s === "yes")
    return "server";
  return c === "more" || s === "more" ? "more" : null;
}

// packages/protocols/dist/postgres/build.js
var PG_PROTOCOL = { name: "postgres", version: "3.0", abbr: "PG" };
function buildEntry7(op) {
  const answered = op.respLastTs !== null;
  const request = { method: op.method, ...op.request };
  if (op.skipped > 0)
    request.skipped = op.skipped;
  const anomalies = [...op.anomalies];
  const oneWay = op.kind === "cancel" || op.kind === "notification" || op.kind === "error";
  if (!answered && !oneWay && !anomalies.includes("unpaired"))
    anomalies.push("unpaired");
  const entry = {
    timestamp: op.firstTs,
    elapsedTime: answered && op.kind !== "error" ? Math.max(0, op.respLastTs - op.firstTs) : null,
    protocol: { ...PG_PROTOCOL },
    request: op.kind === "error" ? null : request,
    response: answered ? response(op) : null,
    requestSize: op.requestSize,
    responseSize: op.responseSize
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  return entry;
}
function response(op) {
  const a = op.acc;
  const out = { status: a.error ? 1 : 0 };
  if (a.error) {
    const e = a.error;
    if (e.C !== void 0)
      out.code = e.C;
    if (e.M !== void 0)
      out.message = e.M;
    const severity = e.V ?? e.S;
    if (severity !== void 0)
      out.severity = severity;
    if (e.D !== void 0)
      out.detail = e.D;
    if (e.H !== void 0)
      out.hint = e.H;
  }
  switch (op.kind) {
    case "startup":
      out.auth = a.auth.length > 0 ? a.auth.join(",") : a.authenticated ? "trust" : void 0;
      if (out.auth === void 0)
        delete out.auth;
      out.authenticated = a.authenticated && !a.error;
      if (Object.keys(a.parameters).length > 0)
        out.parameters = a.parameters;
      if (a.backendPid !== void 0)
        out.backendPid = a.backendPid;
      break;
    case "ssl":
    case "gss":
      out.answer = a.answer;
      out.encrypted = a.answer === "S" || a.answer === "G";
      break;
    case "notification":
      out.channel = a.parameters.channel;
      out.payload = a.parameters.payload;
      out.pid = Number(a.parameters.pid);
      break;
    default:
      results(op, out);
  }
  return out;
}
function results(op, out) {
  const a = op.acc;
  const all = a.open ? [...a.results, a.open] : a.results;
  const last = all[all.length - 1];
  if (last?.command !== void 0)
    out.command = last.command;
  if (last?.rows !== void 0)
    out.rows = last.rows;
  else if (last && last.counted > 0)
    out.rows = last.counted;
  const shown = [...all].reverse().find((r) => r.columns || r.sample);
  if (shown?.columns)
    out.columns = shown.columns;
  if (shown?.sample)
    out.rowsSample = shown.sample;
  if (all.length > 1)
    out.results = all.map((r) => ({ ...r.command !== void 0 ? { command: r.command } : {}, rows: r.rows ?? r.counted }));
  if (a.empty)
    out.empty = true;
  if (a.suspended)
    out.suspended = true;
  if (a.copy)
    out.copy = a.copy;
  if (a.paramCount !== void 0)
    out.parameterCount = a.paramCount;
  if (a.notices.length > 0)
    out.notices = a.notices;
}

// packages/protocols/dist/postgres/op.js
function newAcc() {
  return { error: null, results: [], open: null, formats: [], notices: [], suspended: false, empty: false, copy: null, auth: [], authenticated: false, parameters: {} };
}
function newOp(kind, method, request, ts, size2) {
  return { kind, method, request, firstTs: ts, requestSize: size2, responseSize: 0, respLastTs: null, expect: 0, waitZ: false, acc: newAcc(), anomalies: [], skipped: 0 };
}
function addAnomaly2(op, a) {
  if (!op.anomalies.includes(a))
    op.anomalies.push(a);
}

// packages/protocols/dist/postgres/statements.js
var BoundedMap = class {
  max;
  onLimit;
  map = /* @__PURE__ */ new Map();
  constructor(max, onLimit) {
    this.max = max;
    this.onLimit = onLimit;
  }
  get(k) {
    return this.map.get(k);
  }
  set(k, v) {
    this.map.delete(k);
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== void 0)
        this.map.delete(oldest);
      this.onLimit();
    }
    this.map.set(k, v);
  }
  delete(k) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
};
var Statements = class {
  statements;
  portals;
  constructor(count2) {
    this.statements = new BoundedMap(PG_LIMITS.maxStatements, () => count2("limit.postgres.maxStatements"));
    this.portals = new BoundedMap(PG_LIMITS.maxStatements, () => count2("limit.postgres.maxStatements"));
  }
};

// packages/protocols/dist/postgres/client.js
var ch2 = (c) => c.charCodeAt(0);
var T = { Q: ch2("Q"), P: ch2("P"), B: ch2("B"), D: ch2("D"), E: ch2("E"), C: ch2("C"), H: ch2("H"), S: ch2("S"), X: ch2("X"), F: ch2("F"), d: ch2("d"), c: ch2("c"), f: ch2("f"), p: ch2("p") };
var ClientSide = class {
  hooks;
  names;
  group = null;
  constructor(hooks) {
    this.hooks = hooks;
    this.names = new Statements((e) => hooks.count(e));
  }
  /** Forget a half-built group (its bytes were in a gap). */
  dropGroup() {
    this.group = null;
  }
  message(m) {
    if (m.cut > 0 && m.type !== T.d)
      this.hooks.count("postgres.message_cut");
    if (m.type === 0)
      return this.untyped(m);
    switch (m.type) {
      case T.Q: {
        this.closeGroup();
        const query = redactSql(decodeQuery(m.body));
        const op = newOp("query", sqlKeyword(query) || "Query", { query }, m.firstTs, m.wireSize);
        op.waitZ = true;
        if (m.cut > 0)
          op.anomalies.push("truncated");
        return this.hooks.push(op);
      }
      case T.P: {
        const p = decodeParse(m.body);
        if (p)
          p.query = redactSql(p.query);
        if (!p)
          this.hooks.count("postgres.bad_parse.error");
        else
          this.names.statements.set(p.name, { query: p.query });
        this.grouped(m).parse = p ?? void 0;
        return;
      }
      case T.B: {
        const b = decodeBind(m.body);
        if (!b)
          this.hooks.count("postgres.bad_bind.error");
        else {
          const st = this.names.statements.get(b.statement);
          this.names.portals.set(b.portal, { statement: b.statement, query: st?.query, parameters: b.parameters, columns: st?.columns });
        }
        this.grouped(m).bind = b ?? void 0;
        return;
      }
      case T.D:
      case T.C: {
        const t = decodeTarget(m.body);
        const g = this.grouped(m);
        if (!t)
          this.hooks.count("postgres.bad_target.error");
        else if (m.type === T.D)
          g.describes.push(t);
        else {
          g.closes.push(t);
          if (t.kind === "S")
            this.names.statements.delete(t.name);
          else
            this.names.portals.delete(t.name);
        }
        return;
      }
      case T.E:
        return this.execute(m);
      case T.H:
        if (this.group)
          this.group.size += m.wireSize;
        this.closeGroup();
        return;
      case T.S: {
        this.closeGroup();
        const op = newOp("sync", "Sync", {}, m.firstTs, m.wireSize);
        op.waitZ = true;
        return this.hooks.push(op);
      }
      case T.F: {
        this.closeGroup();
        const op = newOp("function", "FunctionCall", {}, m.firstTs, m.wireSize);
        op.waitZ = true;
        return this.hooks.push(op);
      }
      case T.d:
      case T.c:
      case T.f:
      case T.p: {
        const op = this.hooks.current();
        if (!op)
          return this.hooks.count("postgres.unpaired_request");
        op.requestSize += m.wireSize;
        if (m.type === T.d && op.acc.copy) {
          op.acc.copy.messages++;
          op.acc.copy.bytes += m.wireSize - 5;
        }
        if (m.type === T.f)
          op.request.copyFail = true;
        return;
      }
      case T.X:
        this.closeGroup();
        return this.hooks.count("postgres.terminate");
      default:
        return this.hooks.count("postgres.unknown_frontend");
    }
  }
  untyped(m) {
    const s = decodeStartup(m.body);
    if (!s)
      return this.hooks.count("postgres.bad_startup.error");
    if (s.code === CODE.ssl || s.code === CODE.gssenc) {
      const op2 = newOp(s.code === CODE.ssl ? "ssl" : "gss", s.code === CODE.ssl ? "SSLRequest" : "GSSENCRequest", {}, m.firstTs, m.wireSize);
      this.hooks.push(op2);
      return this.hooks.expectAnswer();
    }
    if (s.code === CODE.cancel) {
      return this.hooks.oneWay(newOp("cancel", "CancelRequest", { pid: s.pid }, m.firstTs, m.wireSize));
    }
    const p = s.params;
    const request = { protocolVersion: `${s.code >>> 16}.${s.code & 65535}` };
    if (p.user !== void 0)
      request.user = p.user;
    if (p.database !== void 0)
      request.database = p.database;
    if (p.application_name !== void 0)
      request.applicationName = p.application_name;
    request.startupParameters = p;
    const op = newOp("startup", "Startup", request, m.firstTs, m.wireSize);
    op.waitZ = true;
    this.hooks.push(op);
  }
  grouped(m) {
    let g = this.group;
    if (!g)
      this.group = g = { firstTs: m.firstTs, size: 0, expect: 0, describes: [], closes: [] };
    g.size += m.wireSize;
    g.expect++;
    return g;
  }
  execute(m) {
    const g = this.grouped(m);
    this.group = null;
    const e = decodeExecute(m.body);
    if (!e)
      this.hooks.count("postgres.bad_execute.error");
    const portalName = e?.portal ?? g.bind?.portal ?? "";
    const portal = this.names.portals.get(portalName);
    const query = portal?.query ?? g.parse?.query;
    const request = {};
    if (query !== void 0)
      request.query = query;
    else
      this.hooks.count("postgres.unknown_statement");
    const statement = g.bind?.statement ?? portal?.statement;
    if (statement)
      request.statement = statement;
    if (portalName)
      request.portal = portalName;
    const params = g.bind?.parameters ?? portal?.parameters;
    if (params && params.length > 0)
      request.parameters = params;
    if (e && e.maxRows > 0)
      request.maxRows = e.maxRows;
    const op = newOp("extended", query !== void 0 && sqlKeyword(query) || "Execute", request, g.firstTs, g.size);
    op.expect = g.expect;
    this.describes(op, g);
    if (portal?.columns)
      op.acc.open = { counted: 0, columns: portal.columns };
    this.hooks.push(op);
  }
  /** Flush or Sync: a group without Execute becomes its own operation. */
  closeGroup() {
    const g = this.group;
    if (!g)
      return;
    this.group = null;
    const request = {};
    let method = "Describe";
    if (g.parse) {
      method = "Prepare";
      request.query = g.parse.query;
      if (g.parse.name)
        request.statement = g.parse.name;
    } else if (g.bind) {
      method = "Bind";
      const q = this.names.statements.get(g.bind.statement)?.query;
      if (q !== void 0)
        request.query = q;
      if (g.bind.statement)
        request.statement = g.bind.statement;
      if (g.bind.portal)
        request.portal = g.bind.portal;
      request.parameters = g.bind.parameters;
    } else if (g.closes.length > 0 && g.describes.length === 0) {
      method = "Close";
      request.closed = g.closes.map((t) => `${t.kind === "S" ? "statement" : "portal"} ${t.name}`);
    }
    const op = newOp("extended", method, request, g.firstTs, g.size);
    op.expect = g.expect;
    this.describes(op, g);
    this.hooks.push(op);
  }
  describes(op, g) {
    const d = g.describes.find((t) => t.kind === "S");
    if (d) {
      op.describes = d.name;
      if (op.method === "Describe") {
        const q = this.names.statements.get(d.name)?.query;
        if (q !== void 0)
          op.request.query = q;
        if (d.name)
          op.request.statement = d.name;
      }
    }
  }
};

// packages/protocols/dist/postgres/server.js
var ch3 = (c) => c.charCodeAt(0);
function answer(op, m, count2) {
  const a = op.acc;
  switch (String.fromCharCode(m.type)) {
    case "R": {
      const r = decodeAuth(m.body);
      if (!r) {
        count2("postgres.bad_auth.error");
        return "more";
      }
      if (r.code === 0)
        a.authenticated = true;
      else if (r.code === 10)
        a.auth.push(r.mechanisms?.includes("SCRAM-SHA-256") ? "SCRAM-SHA-256" : r.mechanisms?.[0] ?? "sasl");
      else if (r.code !== 11 && r.code !== 12)
        a.auth.push(AUTH_NAMES[r.code] ?? `auth-${r.code}`);
      return "more";
    }
    case "S": {
      const p = decodeParameterStatus(m.body);
      if (p && Object.keys(a.parameters).length < PG_LIMITS.maxServerParameters)
        a.parameters[p.name] = p.value;
      return "more";
    }
    case "K": {
      const pid = decodeBackendKey(m.body);
      if (pid !== null)
        a.backendPid = pid;
      return "more";
    }
    case "Z":
      if (a.open)
        closeResult(op, void 0);
      return op.waitZ ? "done" : "more";
    case "E": {
      a.error = decodeFields(m.body) ?? { M: "(malformed ErrorResponse)" };
      if (!decodeFields(m.body))
        count2("postgres.bad_error.error");
      if (a.open)
        closeResult(op, void 0);
      if (op.kind === "startup")
        return "done";
      return op.kind === "extended" ? "failed" : "more";
    }
    case "T": {
      const rd = decodeRowDescription(m.body);
      if (!rd)
        count2("postgres.bad_row_description.error");
      a.open = { counted: 0, columns: rd?.names };
      a.formats = rd?.formats ?? [];
      return completion(op);
    }
    case "D": {
      const r = a.open ??= { counted: 0 };
      r.counted++;
      if ((r.sample?.length ?? 0) < PG_LIMITS.maxSampleRows) {
        const row = decodeDataRow(m.body, a.formats);
        if (row)
          (r.sample ??= []).push(row);
        else
          count2("postgres.bad_data_row.error");
      }
      return "more";
    }
    case "C": {
      const { tag, rows } = decodeCommandTag(m.body);
      closeResult(op, { tag, rows });
      return completion(op);
    }
    case "I":
      a.empty = true;
      closeResult(op, void 0);
      return completion(op);
    case "s":
      a.suspended = true;
      closeResult(op, void 0);
      return completion(op);
    case "n":
    case "1":
    case "2":
    case "3":
      return completion(op);
    case "t": {
      const n = m.body.length >= 2 ? m.body[0] << 8 | m.body[1] : 0;
      a.paramCount = n;
      return "more";
    }
    case "G":
    case "H":
    case "W": {
      const c = decodeCopyResponse(m.body);
      a.copy = { direction: m.type === ch3("G") ? "in" : m.type === ch3("H") ? "out" : "both", format: c?.format === 1 ? "binary" : "text", messages: 0, bytes: 0 };
      return "more";
    }
    case "d":
      if (a.copy) {
        a.copy.messages++;
        a.copy.bytes += m.wireSize - 5;
      }
      return "more";
    case "c":
    case "V":
    case "v":
      return "more";
    default:
      count2("postgres.unknown_backend");
      return "more";
  }
}
function completion(op) {
  if (op.waitZ)
    return "more";
  op.expect--;
  return op.expect <= 0 ? "done" : "more";
}
function closeResult(op, tag) {
  const a = op.acc;
  const r = a.open ?? { counted: 0 };
  a.open = null;
  if (tag) {
    r.command = tag.tag;
    if (tag.rows !== void 0)
      r.rows = tag.rows;
  }
  if (r.rows === void 0 && (r.counted > 0 || r.columns))
    r.rows = r.counted;
  if (!tag && r.counted === 0 && !r.columns && !a.empty && !a.suspended)
    return;
  if (a.results.length < PG_LIMITS.maxResults)
    a.results.push(r);
}

// packages/protocols/dist/postgres/pair.js
var ch4 = (c) => c.charCodeAt(0);
var Pairer3 = class {
  maxPending;
  hooks;
  queue = [];
  /** A finished extended operation waiting for its Sync. */
  held = null;
  /** An extended operation failed and no Sync is queued yet: new client operations are skipped. */
  skipping = null;
  /** Server messages are dropped until this many ReadyForQuery have passed (after lost requests). */
  zToDrop = 0;
  /** Too many pending: client operations are emitted unanswered until the next Sync or Query. */
  overflowing = false;
  constructor(maxPending, hooks) {
    this.maxPending = maxPending;
    this.hooks = hooks;
  }
  /** Is the next DataRow going into a sample (so its body is worth keeping)? */
  wantsRow() {
    const open = this.queue[0]?.acc.open;
    return !open || (open.sample?.length ?? 0) < PG_LIMITS.maxSampleRows;
  }
  current() {
    return this.queue[0] ?? null;
  }
  push(op) {
    if (this.skipping && op.kind !== "sync") {
      this.skipping.requestSize += op.requestSize;
      this.skipping.skipped++;
      return;
    }
    if (op.kind === "sync")
      this.skipping = null;
    if (this.queue.length >= this.maxPending && !this.overflowing) {
      this.hooks.count("limit.postgres.maxPendingOps");
      for (const old of this.queue.splice(0)) {
        if (old.waitZ)
          this.zToDrop++;
        addAnomaly2(old, "unpaired");
        this.finish(old);
      }
      this.flushHeld();
      this.overflowing = true;
    }
    if (this.overflowing) {
      addAnomaly2(op, "unpaired");
      if (op.waitZ) {
        this.zToDrop++;
        this.overflowing = false;
      }
      this.hooks.emit(op);
      return;
    }
    this.queue.push(op);
  }
  oneWay(op) {
    this.flushHeld();
    this.hooks.emit(op);
  }
  server(m) {
    if (this.zToDrop > 0) {
      if (m.type === ch4("Z"))
        this.zToDrop--;
      return;
    }
    if (m.type === ch4("A") && !m.oneByte)
      return this.notification(m);
    let op = this.queue[0];
    if (m.oneByte) {
      if (!op || op.kind !== "ssl" && op.kind !== "gss")
        return this.hooks.count("postgres.unpaired_response");
      return this.sslAnswer(op, m);
    }
    if (m.type === ch4("Z")) {
      while (op && !op.waitZ) {
        addAnomaly2(op, "truncated");
        this.queue.shift();
        this.finish(op);
        op = this.queue[0];
      }
    }
    if (!op) {
      if (m.type === ch4("E"))
        return this.unsolicitedError(m);
      if (m.type !== ch4("N") && m.type !== ch4("S"))
        this.hooks.count("postgres.unpaired_response");
      return;
    }
    op.responseSize += m.wireSize;
    op.respLastTs = m.lastTs;
    if (m.type === ch4("N"))
      return this.notice(op, m);
    const outcome = answer(op, m, (e) => this.hooks.count(e));
    if (m.type === ch4("T") && op.describes !== void 0) {
      const st = this.hooks.names().statements.get(op.describes);
      if (st && op.acc.open?.columns)
        st.columns = op.acc.open.columns;
    }
    if (outcome === "more")
      return;
    this.queue.shift();
    if (outcome === "failed")
      this.skipAfter(op);
    this.finish(op);
  }
  /** Bytes of `dir` were lost (or its framing): flush what is in flight, marked. */
  lost(dir, why2) {
    for (const op of this.queue.splice(0)) {
      addAnomaly2(op, why2);
      this.finish(op);
    }
    this.flushHeld();
    this.skipping = null;
    this.overflowing = false;
    if (dir === 0)
      this.zToDrop = 1;
  }
  /** End of the connection: everything left becomes an entry. */
  close() {
    for (const op of this.queue.splice(0))
      this.finish(op);
    this.flushHeld();
  }
  finish(op) {
    if (op.kind === "sync") {
      const h = this.held;
      this.held = null;
      if (h) {
        h.requestSize += op.requestSize;
        h.responseSize += op.responseSize;
        if (op.respLastTs !== null)
          h.respLastTs = op.respLastTs;
        if (op.acc.error && !h.acc.error)
          h.acc.error = op.acc.error;
        for (const a of op.anomalies)
          addAnomaly2(h, a);
        this.hooks.emit(h);
      } else
        this.hooks.emit(op);
      return;
    }
    this.flushHeld();
    if (op.kind === "extended" && op.respLastTs !== null)
      this.held = op;
    else
      this.hooks.emit(op);
  }
  flushHeld() {
    const h = this.held;
    this.held = null;
    if (h)
      this.hooks.emit(h);
  }
  /** The server skips messages up to Sync after an error: fold the queued ones into `failed`. */
  skipAfter(failed) {
    while (this.queue.length > 0 && this.queue[0].kind !== "sync") {
      const next = this.queue.shift();
      failed.requestSize += next.requestSize;
      failed.skipped++;
    }
    if (this.queue.length === 0)
      this.skipping = failed;
  }
  sslAnswer(op, m) {
    this.queue.shift();
    const byte = String.fromCharCode(m.type);
    op.acc.answer = byte;
    op.responseSize += 1;
    op.respLastTs = m.lastTs;
    const accepted = byte === "S" || byte === "G";
    if (accepted)
      addAnomaly2(op, "encrypted");
    else if (byte !== "N")
      this.hooks.count("postgres.bad_ssl_answer");
    this.finish(op);
    if (accepted) {
      for (const rest of this.queue.splice(0))
        this.finish(rest);
      this.hooks.encrypted();
    }
  }
  notification(m) {
    const n = decodeNotification(m.body);
    if (!n)
      return this.hooks.count("postgres.bad_notification.error");
    const op = newOp("notification", "Notification", { channel: n.channel }, m.firstTs, 0);
    op.acc.parameters = { channel: n.channel, payload: n.payload, pid: String(n.pid) };
    op.responseSize = m.wireSize;
    op.respLastTs = m.lastTs;
    this.hooks.emit(op);
  }
  notice(op, m) {
    const f = decodeFields(m.body);
    if (!f)
      return this.hooks.count("postgres.bad_notice.error");
    if (op.acc.notices.length < PG_LIMITS.maxNotices)
      op.acc.notices.push({ severity: f.V ?? f.S, code: f.C, message: f.M });
  }
  /** An ErrorResponse nothing asked for (e.g. FATAL at shutdown): a one-way entry. */
  unsolicitedError(m) {
    const op = newOp("error", "Error", {}, m.firstTs, 0);
    op.acc.error = decodeFields(m.body) ?? { M: "(malformed ErrorResponse)" };
    op.responseSize = m.wireSize;
    op.respLastTs = m.lastTs;
    addAnomaly2(op, "unpaired");
    this.flushHeld();
    this.hooks.emit(op);
  }
};

// packages/protocols/dist/postgres/stream.js
var COPY_DATA = 100;
var Stream2 = class {
  hooks;
  expect;
  /** Set once the rest of this direction is not PostgreSQL (TLS, GSS encryption). */
  dead = false;
  resync = false;
  head = new Uint8Array(5);
  headLen = 0;
  body = null;
  bodyKept = 0;
  /** Body bytes still to come (kept or skipped). */
  bodyLeft = 0;
  type = 0;
  wire = 0;
  firstTs = 0;
  constructor(expect, hooks) {
    this.hooks = hooks;
    this.expect = expect;
  }
  feed(bytes, meta) {
    if (this.dead)
      return;
    let i = 0;
    if (this.resync) {
      if (this.hooks.probe(bytes) === "no")
        return;
      this.resync = false;
      this.expect = bytes[0] === 0 ? "untyped" : "typed";
    }
    while (i < bytes.length && !this.dead && !this.resync) {
      if (this.body === null)
        i = this.readHead(bytes, i, meta.ts);
      else
        i = this.readBody(bytes, i, meta.ts);
    }
  }
  gap() {
    if (this.dead)
      return;
    this.reset();
    this.resync = true;
    this.hooks.lost("gap");
  }
  /** Bytes held of an unfinished message (at close it is dropped, counted as truncated). */
  get partial() {
    return this.headLen > 0 || this.body !== null;
  }
  reset() {
    this.headLen = 0;
    this.body = null;
  }
  readHead(bytes, i, ts) {
    if (this.headLen === 0)
      this.firstTs = ts;
    if (this.expect === "oneByte") {
      this.expect = "typed";
      this.hooks.message({ type: bytes[i], oneByte: true, body: new Uint8Array(0), cut: 0, wireSize: 1, firstTs: ts, lastTs: ts });
      return i + 1;
    }
    if (this.expect === "auto" && this.headLen === 0) {
      if (bytes[i] === 22) {
        this.dead = true;
        this.hooks.count("postgres.tls");
        return bytes.length;
      }
      this.expect = bytes[i] === 0 ? "untyped" : "typed";
    }
    const typed = this.expect === "typed";
    const need = typed ? 5 : 4;
    while (this.headLen < need && i < bytes.length)
      this.head[this.headLen++] = bytes[i++];
    if (this.headLen < need)
      return i;
    const h = this.head;
    const p = typed ? 1 : 0;
    const len = (h[p] << 24 | h[p + 1] << 16 | h[p + 2] << 8 | h[p + 3]) >>> 0;
    if (!lengthOk(typed, len)) {
      this.hooks.count("postgres.bad_length.error");
      this.reset();
      this.resync = true;
      this.hooks.lost("desync");
      return bytes.length;
    }
    this.type = typed ? h[0] : 0;
    this.wire = len + (typed ? 1 : 0);
    this.bodyLeft = len - 4;
    const wanted = this.type !== COPY_DATA && (this.hooks.keep?.(this.type) ?? true);
    const keep = wanted ? Math.min(this.bodyLeft, PG_LIMITS.maxKeptMessageBytes) : 0;
    if (wanted && keep < this.bodyLeft)
      this.hooks.count("limit.postgres.maxKeptMessageBytes");
    this.body = new Uint8Array(keep);
    this.bodyKept = 0;
    this.headLen = 0;
    return this.bodyLeft === 0 ? this.finish(i, ts) : i;
  }
  readBody(bytes, i, ts) {
    const body2 = this.body;
    const n = Math.min(this.bodyLeft, bytes.length - i);
    const k = Math.min(n, body2.length - this.bodyKept);
    if (k > 0) {
      body2.set(bytes.subarray(i, i + k), this.bodyKept);
      this.bodyKept += k;
    }
    this.bodyLeft -= n;
    i += n;
    return this.bodyLeft === 0 ? this.finish(i, ts) : i;
  }
  finish(i, ts) {
    const body2 = this.body;
    this.body = null;
    const wire = this.wire;
    if (this.expect === "untyped")
      this.expect = "typed";
    this.hooks.message({ type: this.type, oneByte: false, body: body2, cut: wire - (this.type === 0 ? 4 : 5) - body2.length, wireSize: wire, firstTs: this.firstTs, lastTs: ts });
    return i;
  }
};

// packages/protocols/dist/postgres/session.js
function kindOf(m) {
  if (m.oneByte)
    return "answer";
  if (m.type === 0)
    return "startup";
  const c = String.fromCharCode(m.type);
  return /[A-Za-z0-9]/.test(c) ? c : "other";
}
var DATA_ROW = 68;
var PostgresSession = class {
  ctx;
  streams;
  pairer;
  client;
  closed = false;
  constructor(ctx) {
    this.ctx = ctx;
    const count2 = (e) => ctx.count(e);
    this.pairer = new Pairer3(Math.min(ctx.limits.maxPendingRequests, PG_LIMITS.maxPendingOps), {
      emit: (op) => {
        for (const a of op.anomalies)
          ctx.count(`postgres.${a}`);
        ctx.emit(buildEntry7(op));
      },
      count: count2,
      encrypted: () => {
        this.streams[0].dead = true;
        this.streams[1].dead = true;
      },
      names: () => this.client.names
    });
    this.client = new ClientSide({
      push: (op) => this.pairer.push(op),
      current: () => this.pairer.current(),
      oneWay: (op) => this.pairer.oneWay(op),
      expectAnswer: () => {
        this.streams[1].expect = "oneByte";
        this.streams[0].expect = "auto";
      },
      count: count2
    });
    this.streams = [
      new Stream2("auto", {
        message: (m) => {
          ctx.count(`postgres.msg.client.${kindOf(m)}`);
          this.client.message(m);
        },
        lost: (why2) => {
          this.client.dropGroup();
          this.pairer.lost(0, why2);
        },
        probe: (b) => b[0] === 0 ? probeStartup(b) : probeClientTyped(b),
        count: count2
      }),
      new Stream2("typed", {
        message: (m) => {
          ctx.count(`postgres.msg.server.${kindOf(m)}`);
          this.pairer.server(m);
        },
        lost: (why2) => this.pairer.lost(1, why2),
        probe: probeServerTyped,
        keep: (type) => type !== DATA_ROW || this.pairer.wantsRow(),
        count: count2
      })
    ];
  }
  feed(dir, bytes, meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError();
    }
  }
  gap(dir, _length, _meta) {
    if (this.closed)
      return;
    try {
      this.streams[dir].gap();
    } catch {
      this.internalError();
    }
  }
  end(_dir, _ts) {
  }
  close(_ts) {
    if (this.closed)
      return;
    try {
      if (this.streams[1].partial) {
        const op = this.pairer.current();
        if (op)
          addAnomaly2(op, "truncated");
      }
      this.pairer.close();
    } catch {
      this.ctx.count("postgres.internal_error");
    }
    this.closed = true;
  }
  internalError() {
    this.ctx.count("postgres.internal_error");
    this.streams[0].dead = true;
    this.streams[1].dead = true;
    try {
      this.pairer.close();
    } catch {
    }
  }
};

// packages/protocols/dist/postgres/index.js
var postgresDissector = {
  name: "postgres",
  transport: "tcp",
  detect: detect8,
  createSession(ctx) {
    return new PostgresSession(ctx);
  }
};

// packages/protocols/dist/redis/commands.js
var words = (s) => s.trim().split(/\s+/);
var KEY_FIRST = words(`
  APPEND BITCOUNT BITFIELD BITFIELD_RO BITPOS BLMOVE BLPOP BRPOP BRPOPLPUSH BZPOPMAX BZPOPMIN COPY DECR DECRBY DEL DUMP
  EXISTS EXPIRE EXPIREAT EXPIRETIME GEOADD GEODIST GEOHASH GEOPOS GEORADIUS GEORADIUSBYMEMBER GEORADIUS_RO
  GEORADIUSBYMEMBER_RO GEOSEARCH GEOSEARCHSTORE GET GETBIT GETDEL GETEX GETRANGE GETSET HDEL HEXISTS HEXPIRE HGET HGETALL
  HINCRBY HINCRBYFLOAT HKEYS HLEN HMGET HMSET HPERSIST HPEXPIRE HRANDFIELD HSCAN HSET HSETNX HSTRLEN HTTL HVALS INCR
  INCRBY INCRBYFLOAT LINDEX LINSERT LLEN LMOVE LPOP LPOS LPUSH LPUSHX LRANGE LREM LSET LTRIM MGET MOVE MSET MSETNX PERSIST
  PEXPIRE PEXPIREAT PEXPIRETIME PFADD PFCOUNT PFMERGE PSETEX PTTL RENAME RENAMENX RESTORE RPOP RPOPLPUSH RPUSH RPUSHX SADD
  SCARD SDIFF SDIFFSTORE SET SETBIT SETEX SETNX SETRANGE SINTER SINTERSTORE SISMEMBER SMEMBERS SMISMEMBER SMOVE SORT SORT_RO
  SPOP SRANDMEMBER SREM SSCAN STRLEN SUBSTR SUNION SUNIONSTORE TOUCH TTL TYPE UNLINK WATCH XACK XADD XAUTOCLAIM XCLAIM XDEL
  XLEN XPENDING XRANGE XREVRANGE XSETID XTRIM ZADD ZCARD ZCOUNT ZDIFFSTORE ZINCRBY ZINTERSTORE ZLEXCOUNT ZMSCORE ZPOPMAX
  ZPOPMIN ZRANDMEMBER ZRANGE ZRANGEBYLEX ZRANGEBYSCORE ZRANGESTORE ZRANK ZREM ZREMRANGEBYLEX ZREMRANGEBYRANK
  ZREMRANGEBYSCORE ZREVRANGE ZREVRANGEBYLEX ZREVRANGEBYSCORE ZREVRANK ZSCAN ZSCORE ZUNIONSTORE LCS
`);
var KEY_AT = {
  BITOP: 1,
  // BITOP AND destkey key…
  "OBJECT ENCODING": 0,
  "OBJECT FREQ": 0,
  "OBJECT IDLETIME": 0,
  "OBJECT REFCOUNT": 0,
  "MEMORY USAGE": 0,
  "XINFO STREAM": 0,
  "XINFO GROUPS": 0,
  "XINFO CONSUMERS": 0,
  "XGROUP CREATE": 0,
  "XGROUP DESTROY": 0,
  "XGROUP SETID": 0,
  "XGROUP CREATECONSUMER": 0,
  "XGROUP DELCONSUMER": 0
};
var KEYLESS = words(`
  ACL ASKING AUTH BGREWRITEAOF BGSAVE CLIENT CLUSTER COMMAND CONFIG DBSIZE DEBUG DISCARD ECHO EVAL EVALSHA EVAL_RO
  EVALSHA_RO EXEC FAILOVER FCALL FCALL_RO FLUSHALL FLUSHDB FUNCTION HELLO INFO KEYS LASTSAVE LATENCY LOLWUT MEMORY
  MIGRATE MODULE MONITOR MULTI OBJECT PING PSUBSCRIBE PSYNC PUBLISH PUBSUB PUNSUBSCRIBE QUIT RANDOMKEY READONLY READWRITE
  REPLCONF REPLICAOF RESET ROLE SAVE SCAN SCRIPT SELECT SHUTDOWN SLAVEOF SLOWLOG SPUBLISH SSUBSCRIBE SUBSCRIBE SUNSUBSCRIBE
  SWAPDB SYNC TIME UNSUBSCRIBE UNWATCH WAIT WAITAOF XGROUP XINFO XREAD XREADGROUP ZDIFF ZINTER ZINTERCARD ZUNION SINTERCARD
  LMPOP BLMPOP ZMPOP BZMPOP
`);
var CONTAINERS = new Set(words("ACL CLIENT CLUSTER COMMAND CONFIG FUNCTION LATENCY MEMORY MODULE OBJECT PUBSUB SCRIPT SLOWLOG XGROUP XINFO"));
var READS = new Set(words(`GET GETDEL GETEX GETSET GETRANGE HGET HGETALL HMGET MGET LINDEX LPOP RPOP LRANGE SPOP SRANDMEMBER SMEMBERS
  ZSCORE ZRANGE XRANGE XREVRANGE HRANDFIELD DUMP LPOS ZRANK ZREVRANK HSTRLEN STRLEN EXISTS HEXISTS SISMEMBER`));
var MULTI_READS = /* @__PURE__ */ new Set(["MGET", "HMGET", "SMISMEMBER", "ZMSCORE"]);
var ALL = /* @__PURE__ */ new Set([...KEY_FIRST, ...KEYLESS, ...Object.keys(KEY_AT).map((k) => k.split(" ")[0])]);
function isKnownCommand(name) {
  return ALL.has(name.toUpperCase());
}
var INLINE_AMBIGUOUS = /* @__PURE__ */ new Set(["AUTH", "QUIT", "TYPE", "HELP", "SYNC", "MOVE", "COPY", "SORT"]);
function keyIndex(command, args) {
  if (KEY_FIRST.includes(command))
    return args.length > 0 ? 0 : -1;
  const at = KEY_AT[command];
  if (at !== void 0)
    return at < args.length ? at : -1;
  switch (command) {
    case "EVAL":
    case "EVALSHA":
    case "EVAL_RO":
    case "EVALSHA_RO":
    case "FCALL":
    case "FCALL_RO":
      return Number(args[1]) > 0 && args.length > 2 ? 2 : -1;
    case "XREAD":
    case "XREADGROUP": {
      const s = args.findIndex((a) => a.toUpperCase() === "STREAMS");
      return s >= 0 && s + 1 < args.length ? s + 1 : -1;
    }
    case "ZDIFF":
    case "ZINTER":
    case "ZUNION":
    case "ZINTERCARD":
    case "SINTERCARD":
    case "LMPOP":
    case "ZMPOP":
      return Number(args[0]) > 0 && args.length > 1 ? 1 : -1;
    case "BLMPOP":
    case "BZMPOP":
      return Number(args[1]) > 0 && args.length > 2 ? 2 : -1;
    default:
      return -1;
  }
}
var REDACTED3 = "[REDACTED]";
function redactArgs(command, args) {
  const out = args.slice();
  if (command === "AUTH") {
    if (out.length > 0)
      out[out.length - 1] = REDACTED3;
  } else if (command === "HELLO" || command === "MIGRATE") {
    for (let i = 0; i < out.length; i++) {
      const w = out[i].toUpperCase();
      if (w === "AUTH" && command === "HELLO" && i + 2 < out.length)
        out[i + 2] = REDACTED3;
      else if (w === "AUTH" && command === "MIGRATE" && i + 1 < out.length)
        out[i + 1] = REDACTED3;
      else if (w === "AUTH2" && i + 2 < out.length)
        out[i + 2] = REDACTED3;
    }
  } else if (command === "CONFIG SET") {
    for (let i = 0; i + 1 < out.length; i += 2)
      if (/^(requirepass|masterauth)$/i.test(out[i]))
        out[i + 1] = REDACTED3;
  } else if (command === "ACL SETUSER") {
    for (let i = 1; i < out.length; i++)
      if (/^[<>#!]/.test(out[i]))
        out[i] = out[i][0] + REDACTED3;
  }
  return out;
}

// packages/protocols/dist/redis/limits.js
var RESP_LIMITS = {
  maxLine: 64 << 10,
  maxDepth: 32,
  maxElements: 1e3,
  maxNodes: 1e4,
  maxStringBytes: 1 << 20
};
var MAX_BULK_LENGTH = 512 << 20;
var MAX_AGGREGATE_COUNT = 1 << 30;
var MAX_ARGS = 64;
var MAX_ARG_CHARS = 1024;
var MAX_COMMAND_STRING_BYTES = 256 << 10;

// packages/protocols/dist/redis/inline.js
var ESCAPES = { n: "\n", r: "\r", t: "	", b: "\b", a: "\x07" };
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
var isHex2 = (c) => c !== void 0 && /^[0-9a-fA-F]$/.test(c);
function splitInline(line) {
  const args = [];
  let i = 0;
  const n = line.length;
  while (true) {
    while (i < n && isSpace(line[i]))
      i++;
    if (i >= n)
      return args;
    let cur = "";
    let inDq = false;
    let inSq = false;
    for (; ; ) {
      const c = line[i];
      if (inDq) {
        if (i >= n)
          return null;
        if (c === "\\" && line[i + 1] === "x" && isHex2(line[i + 2]) && isHex2(line[i + 3])) {
          cur += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (c === "\\" && i + 1 < n) {
          i++;
          cur += ESCAPES[line[i]] ?? line[i];
        } else if (c === '"') {
          if (i + 1 < n && !isSpace(line[i + 1]))
            return null;
          inDq = false;
          i++;
          break;
        } else
          cur += c;
      } else if (inSq) {
        if (i >= n)
          return null;
        if (c === "\\" && line[i + 1] === "'") {
          i++;
          cur += "'";
        } else if (c === "'") {
          if (i + 1 < n && !isSpace(line[i + 1]))
            return null;
          inSq = false;
          i++;
          break;
        } else
          cur += c;
      } else {
        if (i >= n || isSpace(c))
          break;
        if (c === '"')
          inDq = true;
        else if (c === "'")
          inSq = true;
        else
          cur += c;
      }
      i++;
    }
    args.push(cur);
  }
}

// packages/protocols/dist/redis/parse.js
var ParseErrorCode = {
  badType: "bad_type",
  badLength: "bad_length",
  badLine: "bad_line",
  lineTooLong: "line_too_long",
  tooDeep: "too_deep",
  badBulkEnd: "bad_bulk_end",
  badInline: "bad_inline"
};
var CR5 = 13;
var LF5 = 10;
var TYPE_BYTES = new Set([..."+-:$*%~>|_#,(!="].map((c) => c.charCodeAt(0)));
var latin12 = new TextDecoder("latin1");
var COMMAND_WORD = /^[A-Za-z][A-Za-z0-9_.|-]{0,63}$/;
var utf811 = new TextDecoder("utf-8");
var RespDecoder = class {
  inline;
  limits;
  line = new Uint8Array(128);
  lineLen = 0;
  stack = [];
  bulk = null;
  /** CRLF bytes still expected after a bulk payload. */
  crlf = 0;
  msg = null;
  nodes = 0;
  stringBudget = 0;
  pendingAttr;
  /** The top-level value of `msg` is finished. */
  done = false;
  constructor(inline, limits = RESP_LIMITS) {
    this.inline = inline;
    this.limits = limits;
  }
  /** The half-read message as far as it went (for a connection that ended mid-message). */
  partial() {
    if (!this.msg || this.msg.type === "" && this.stack.length === 0 && !this.bulk && this.lineLen === 0 && !this.pendingAttr)
      return null;
    const bottom = this.stack[0];
    const b = this.bulk;
    const value2 = bottom ? this.frameValue(bottom) : b && b.type !== "!" ? utf811.decode(b.kept.subarray(0, b.keptLen)) : null;
    return { ...this.msg, type: bottom ? bottom.type : this.msg.type, value: value2, truncated: true, partial: true };
  }
  /**
   * A capture gap of `length` bytes: absorbed when it falls inside a bulk payload (the bytes are
   * counted, the value keeps what came before the gap); false when framing is lost.
   */
  skip(length) {
    const b = this.bulk;
    if (!b || this.crlf > 0 || length > b.remaining)
      return false;
    b.remaining -= length;
    b.kept = b.kept.subarray(0, b.keptLen);
    this.msg.size += length;
    this.msg.truncated = true;
    if (b.remaining === 0)
      this.crlf = 2;
    return true;
  }
  reset() {
    this.lineLen = 0;
    this.stack = [];
    this.bulk = null;
    this.crlf = 0;
    this.msg = null;
    this.done = false;
    this.pendingAttr = void 0;
  }
  /**
   * Reads `bytes`; every finished message goes to `out`. With `once`, stops right after the first
   * message. Returns the bytes consumed, and the error code and index of the byte where framing
   * was lost (the decoder is then reset).
   */
  feed(bytes, meta, out, once = false) {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      if (!this.msg)
        this.begin(meta, i);
      const msg = this.msg;
      msg.lastTs = meta.ts;
      const start = i;
      if (this.crlf > 0) {
        const want = this.crlf === 2 ? CR5 : LF5;
        if (bytes[i] !== want)
          return this.fail(ParseErrorCode.badBulkEnd, i);
        this.crlf--;
        i++;
        msg.size++;
        if (this.crlf === 0)
          this.finishBulk();
      } else if (this.bulk) {
        i = this.readBulk(bytes, i);
        msg.size += i - start;
      } else {
        if (this.lineLen === 0 && !this.inline && !TYPE_BYTES.has(bytes[i]))
          return this.fail(ParseErrorCode.badType, i);
        const lf = bytes.indexOf(LF5, i);
        const end2 = lf < 0 ? n : lf + 1;
        if (this.lineLen + (end2 - i) > this.limits.maxLine)
          return this.fail(ParseErrorCode.lineTooLong, i);
        this.appendLine(bytes, i, end2);
        i = end2;
        msg.size += end2 - start;
        if (lf >= 0) {
          const code = this.lineDone();
          if (code)
            return this.fail(code, lf);
        }
      }
      if (this.done) {
        this.done = false;
        this.msg = null;
        out(msg);
        if (once)
          return { consumed: i };
      }
    }
    return { consumed: i };
  }
  begin(meta, i) {
    this.msg = { type: "", value: null, size: 0, truncated: false, firstTs: meta.ts, lastTs: meta.ts, offset: meta.offset + i, peerAck: meta.peerAck };
    this.nodes = 0;
    this.stringBudget = this.limits.maxStringBytes;
  }
  fail(code, at) {
    this.reset();
    return { consumed: at, error: { code, at } };
  }
  appendLine(bytes, s, e) {
    const need = this.lineLen + (e - s);
    if (need > this.line.length) {
      const grown = new Uint8Array(Math.max(need, this.line.length * 2));
      grown.set(this.line.subarray(0, this.lineLen));
      this.line = grown;
    }
    this.line.set(bytes.subarray(s, e), this.lineLen);
    this.lineLen = need;
  }
  readBulk(bytes, i) {
    const b = this.bulk;
    const take = Math.min(b.remaining, bytes.length - i);
    const keep = Math.min(take, b.kept.length - b.keptLen);
    if (keep > 0) {
      b.kept.set(bytes.subarray(i, i + keep), b.keptLen);
      b.keptLen += keep;
    }
    b.remaining -= take;
    if (b.remaining === 0)
      this.crlf = 2;
    return i + take;
  }
  finishBulk() {
    const b = this.bulk;
    this.bulk = null;
    const text4 = utf811.decode(b.kept.subarray(0, b.keptLen));
    if (b.type === "!")
      this.leaf({ error: text4 }, text4);
    else if (b.type === "=")
      this.leaf(text4.length >= 4 && text4[3] === ":" ? text4.slice(4) : text4);
    else
      this.leaf(text4);
  }
  /** A whole line is in `line` (LF included): read its header. */
  lineDone() {
    const len = this.lineLen;
    this.lineLen = 0;
    const hasCr = len >= 2 && this.line[len - 2] === CR5;
    let body2 = this.line.subarray(0, len - (hasCr ? 2 : 1));
    if (this.line.length > 4096) {
      body2 = body2.slice();
      this.line = new Uint8Array(128);
    }
    const type = String.fromCharCode(body2[0] ?? 0);
    const typed = len > 1 && "+-:$*%~>|_#,(!=".includes(type) && body2.length > 0;
    if (!typed) {
      if (!this.inline || this.stack.length > 0)
        return ParseErrorCode.badType;
      return this.inlineLine(body2);
    }
    if (!hasCr)
      return ParseErrorCode.badLine;
    const rest = latin12.decode(body2.subarray(1));
    if (this.stack.length === 0 && this.msg.type === "")
      this.msg.type = type;
    switch (type) {
      case "+":
        return this.leaf(rest);
      case "-":
        return this.leaf({ error: rest }, rest);
      case ":": {
        if (!/^[+-]?\d+$/.test(rest))
          return ParseErrorCode.badLine;
        const v = Number(rest);
        return this.leaf(Number.isSafeInteger(v) ? v : rest);
      }
      case "(":
        return /^[+-]?\d+$/.test(rest) ? this.leaf(rest) : ParseErrorCode.badLine;
      case ",": {
        const v = Number(rest);
        if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(rest) && Number.isFinite(v))
          return this.leaf(v);
        return /^[+-]?(inf|nan)$/i.test(rest) ? this.leaf(rest.toLowerCase()) : ParseErrorCode.badLine;
      }
      case "#":
        return rest === "t" ? this.leaf(true) : rest === "f" ? this.leaf(false) : ParseErrorCode.badLine;
      case "_":
        return rest === "" ? this.leaf(null) : ParseErrorCode.badLine;
      case "$":
      case "!":
      case "=":
        return this.bulkHeader(type, rest);
      default:
        return this.aggregateHeader(type, rest);
    }
  }
  inlineLine(body2) {
    const text4 = utf811.decode(body2).replace(/\r$/, "");
    let args = splitInline(text4);
    if (args === null) {
      args = text4.split(/\s+/).filter(Boolean);
      this.msg.malformed = true;
    }
    if (args.length > 0 && (!COMMAND_WORD.test(args[0]) || / HTTP\/\d\.\d$/.test(text4)))
      return ParseErrorCode.badInline;
    if (args.length === 0)
      return null;
    this.msg.type = "inline";
    this.msg.value = args;
    this.done = true;
    return null;
  }
  bulkHeader(type, rest) {
    if (!/^-?\d+$/.test(rest))
      return ParseErrorCode.badLength;
    const len = Number(rest);
    if (len === -1 && type === "$")
      return this.leaf(null);
    if (len < 0 || len > MAX_BULK_LENGTH)
      return ParseErrorCode.badLength;
    const keep = Math.min(len, this.stringBudget);
    if (keep < len)
      this.msg.truncated = true;
    this.stringBudget -= keep;
    this.bulk = { type, remaining: len, kept: new Uint8Array(keep), keptLen: 0 };
    if (len === 0) {
      this.bulk.remaining = 0;
      this.crlf = 2;
    }
    return null;
  }
  aggregateHeader(type, rest) {
    if (!/^-?\d+$/.test(rest))
      return ParseErrorCode.badLength;
    const count2 = Number(rest);
    if (count2 === -1 && (type === "*" || type === ">"))
      return this.leaf(null);
    if (count2 < 0 || count2 > MAX_AGGREGATE_COUNT)
      return ParseErrorCode.badLength;
    if (this.stack.length >= this.limits.maxDepth)
      return ParseErrorCode.tooDeep;
    const frame = { type, remaining: type === "%" || type === "|" ? count2 * 2 : count2, items: [], dropped: false };
    if (frame.remaining === 0)
      return this.complete(frame);
    this.stack.push(frame);
    return null;
  }
  /** A finished scalar (or a finished aggregate's value) for the innermost open aggregate. */
  leaf(value2, error) {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      const msg = this.msg;
      msg.value = value2;
      if (error !== void 0) {
        msg.error = error;
        msg.value = null;
      }
      if (this.pendingAttr)
        msg.attributes = this.pendingAttr;
      this.pendingAttr = void 0;
      this.done = true;
      return null;
    }
    const limit = top.type === "%" || top.type === "|" ? this.limits.maxElements * 2 : this.limits.maxElements;
    if (top.items.length < limit && this.nodes < this.limits.maxNodes) {
      top.items.push(value2);
      this.nodes++;
    } else {
      top.dropped = true;
      this.msg.truncated = true;
      this.msg.dropped = true;
    }
    top.remaining--;
    if (top.remaining === 0) {
      this.stack.pop();
      return this.complete(top);
    }
    return null;
  }
  complete(frame) {
    if (frame.type === "|") {
      if (this.stack.length === 0) {
        this.pendingAttr = this.frameValue(frame);
        this.msg.type = "";
      }
      return null;
    }
    return this.leaf(this.frameValue(frame));
  }
  frameValue(frame) {
    if (frame.type !== "%" && frame.type !== "|")
      return frame.items;
    const out = {};
    for (let k = 0; k + 1 < frame.items.length; k += 2) {
      const key = frame.items[k];
      out[typeof key === "string" ? key : JSON.stringify(key)] = frame.items[k + 1];
    }
    return out;
  }
};
function parse(bytes, offset = 0, inline = false, limits = RESP_LIMITS) {
  const d = new RespDecoder(inline, limits);
  let first2 = null;
  const r = d.feed(bytes.subarray(offset), { ts: 0, offset: 0, peerAck: -1 }, (m) => first2 = m, true);
  if (r.error)
    return { error: r.error.code, at: r.error.at };
  if (first2)
    return { ok: true, message: first2, consumed: r.consumed };
  return { incomplete: true, needed: 1 };
}

// packages/protocols/dist/redis/detect.js
var MAX_INLINE_PROBE = 1024;
var MAX_COUNT = 1 << 20;
var MAX_NAME = 64;
var SERVER_SIGNATURES = [
  "+PONG\r\n",
  "-NOAUTH ",
  "-WRONGPASS ",
  "-NOPERM ",
  "-WRONGTYPE ",
  "-ERR unknown command ",
  "-ERR wrong number of arguments ",
  "-ERR Protocol error",
  "-MOVED ",
  "-ASK ",
  "-LOADING ",
  "-READONLY ",
  "-MISCONF ",
  "-NOSCRIPT ",
  "-BUSY ",
  "-CROSSSLOT ",
  "-CLUSTERDOWN ",
  "-EXECABORT "
].map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0)));
function number(b, i) {
  const s = i;
  let v = 0;
  while (i < b.length && b[i] >= 48 && b[i] <= 57) {
    v = v * 10 + (b[i] - 48);
    if (++i - s > 9)
      return "no";
  }
  if (i === b.length)
    return "more";
  if (i === s || b[i] !== 13)
    return "no";
  if (i + 1 === b.length)
    return "more";
  return b[i + 1] === 10 ? [v, i + 2] : "no";
}
var MODULE_COMMAND = /^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/;
function probeCommandArray(b) {
  if (b.length === 0)
    return "more";
  if (b[0] !== 42)
    return "no";
  const count2 = number(b, 1);
  if (!Array.isArray(count2))
    return count2;
  if (count2[0] < 1 || count2[0] > MAX_COUNT)
    return "no";
  let i = count2[1];
  if (i === b.length)
    return "more";
  if (b[i] !== 36)
    return "no";
  const len = number(b, i + 1);
  if (!Array.isArray(len))
    return len;
  if (len[0] < 1 || len[0] > MAX_NAME)
    return "no";
  i = len[1];
  const end2 = i + len[0];
  for (let k = i; k < Math.min(end2, b.length); k++) {
    const c = b[k];
    const ok = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 && k > i || c === 95 || c === 46 || c === 124 || c === 45;
    if (!ok)
      return "no";
  }
  if (b.length < end2 + 2)
    return "more";
  if (b[end2] !== 13 || b[end2 + 1] !== 10)
    return "no";
  const name = String.fromCharCode(...b.subarray(i, end2));
  return isKnownCommand(name) || MODULE_COMMAND.test(name) ? "yes" : "no";
}
var KNOWN_PREFIX = (word) => word.length <= 20 && /^[A-Z_]*$/.test(word);
function probeInline(b) {
  let i = 0;
  while (i < b.length && (b[i] >= 65 && b[i] <= 90 || b[i] === 95))
    i++;
  const word = String.fromCharCode(...b.subarray(0, i));
  if (i === b.length)
    return KNOWN_PREFIX(word) ? "more" : "no";
  if (i === 0 || !isKnownCommand(word) || INLINE_AMBIGUOUS.has(word))
    return "no";
  const needsArgument = keyIndex(word, ["k"]) === 0;
  const c = b[i];
  if (c !== 32 && c !== 13 && c !== 10)
    return "no";
  let lf = -1;
  for (let k = i; k < b.length && k < MAX_INLINE_PROBE; k++) {
    const x = b[k];
    if (x === 10) {
      lf = k;
      break;
    }
    if (x === 13 ? k + 1 < b.length && b[k + 1] !== 10 : x < 32 && x !== 9)
      return "no";
    if (x === 127)
      return "no";
  }
  if (lf < 0)
    return b.length >= MAX_INLINE_PROBE ? "no" : "more";
  const line = new TextDecoder().decode(b.subarray(0, lf)).replace(/\r$/, "");
  if (/ HTTP\/\d/.test(line) || line.startsWith(`${word} /`))
    return "no";
  if (needsArgument && line.slice(word.length).trim() === "")
    return "no";
  return "yes";
}
function startsWith(b, sig) {
  const n = Math.min(b.length, sig.length);
  for (let k = 0; k < n; k++)
    if (b[k] !== sig[k])
      return "no";
  return b.length >= sig.length ? "yes" : "more";
}
function notJustStrings(v) {
  return !Array.isArray(v) || v.some((x) => typeof x !== "string");
}
var DETECT_LIMITS = { ...RESP_LIMITS, maxLine: 1024, maxStringBytes: 4096 };
function probeServer(b) {
  if (b.length === 0)
    return "more";
  let verdict = "no";
  for (const sig of SERVER_SIGNATURES) {
    const r = startsWith(b, sig);
    if (r === "yes")
      return "yes";
    if (r === "more")
      verdict = "more";
  }
  if ("*%~>|".includes(String.fromCharCode(b[0]))) {
    const r = parse(b, 0, false, DETECT_LIMITS);
    if ("incomplete" in r)
      return "more";
    if ("ok" in r) {
      const m = r.message;
      if (m.attributes || m.type === "%" || m.type === "~" || m.type === ">")
        return "yes";
      if (m.type === "*" && notJustStrings(m.value))
        return "yes";
    }
  }
  return verdict;
}
function detect9(firstBytes) {
  const array = probeCommandArray(firstBytes);
  if (array === "yes")
    return probeServer(firstBytes) === "yes" ? "server" : "client";
  const inline = probeInline(firstBytes);
  if (inline === "yes")
    return "client";
  const server = probeServer(firstBytes);
  if (server === "yes")
    return "server";
  return array === "more" || inline === "more" || server === "more" ? "more" : null;
}

// packages/protocols/dist/redis/command.js
var SUBSCRIBES = /* @__PURE__ */ new Set(["SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE"]);
var PUBLISHES = /* @__PURE__ */ new Set(["PUBLISH", "SPUBLISH"]);
var isSubscribeFamily = (name) => SUBSCRIBES.has(name);
var str3 = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
var cut = (s) => s.length > MAX_ARG_CHARS ? `${s.slice(0, MAX_ARG_CHARS)}\u2026` : s;
function commandOf(msg) {
  const parts = Array.isArray(msg.value) ? msg.value.map(str3) : [];
  const inline = msg.type === "inline";
  if (parts.length === 0 || parts.some((p) => p === null))
    return { name: "", args: [], argCount: 0, channels: [], inline };
  const words2 = parts;
  let name = words2[0].toUpperCase();
  let rest = words2.slice(1);
  if (CONTAINERS.has(name) && rest.length > 0) {
    name = `${name} ${rest[0].toUpperCase()}`;
    rest = rest.slice(1);
  }
  const args = redactArgs(name, rest);
  const k = keyIndex(name, args);
  const cmd = { name, args: args.slice(0, MAX_ARGS).map(cut), argCount: args.length, channels: [], inline };
  if (k >= 0)
    cmd.key = cut(args[k]);
  if (SUBSCRIBES.has(name))
    cmd.channels = args;
  else if (PUBLISHES.has(name) && args.length > 0)
    cmd.channels = [args[0]];
  return cmd;
}

// packages/protocols/dist/redis/build.js
var pushOnce4 = (list, a) => {
  if (!list.includes(a))
    list.push(a);
};
function buildEntry8(ex, version) {
  const anomalies = [];
  for (const a of ex.anomalies)
    pushOnce4(anomalies, a);
  if (ex.req?.malformed)
    pushOnce4(anomalies, "bad-inline");
  if (ex.req?.partial || ex.req?.dropped || ex.replies.some((r) => r.truncated))
    pushOnce4(anomalies, "truncated");
  const first2 = ex.replies[0];
  const last = ex.replies[ex.replies.length - 1];
  const request = ex.cmd ? requestObject4(ex) : ex.push && first2 ? pushRequest(first2) : null;
  const entry = {
    timestamp: ex.req ? ex.req.firstTs : first2 ? first2.firstTs : 0,
    elapsedTime: ex.req && last ? last.lastTs - ex.req.firstTs : null,
    protocol: { name: "redis", version, abbr: "REDIS" },
    request,
    response: first2 ? responseObject5(ex) : null,
    requestSize: ex.req ? ex.req.size : 0,
    responseSize: ex.replies.reduce((n, r) => n + r.size, 0)
  };
  if (anomalies.length > 0)
    entry.anomalies = anomalies;
  return entry;
}
function requestObject4(ex) {
  const cmd = ex.cmd;
  const out = { method: cmd.name, command: cmd.name, args: cmd.args };
  if (cmd.key !== void 0) {
    out.key = cmd.key;
    out.path = cmd.key;
  } else if (cmd.channels.length > 0)
    out.path = cmd.channels[0];
  if (cmd.channels.length > 0)
    out.channels = cmd.channels;
  if (cmd.argCount > cmd.args.length)
    out.argCount = cmd.argCount;
  if (cmd.inline)
    out.inline = true;
  if (ex.noReply)
    out.noReply = true;
  return out;
}
function pushRequest(msg) {
  const v = Array.isArray(msg.value) ? msg.value : [];
  const kind = typeof v[0] === "string" ? v[0].toUpperCase() : "PUSH";
  const out = { method: kind, command: kind, args: [], synthetic: true };
  const channel = kind === "PMESSAGE" ? v[2] : v[1];
  if (typeof channel === "string" && kind !== "INVALIDATE") {
    out.path = channel;
    out.channel = channel;
  }
  if (kind === "PMESSAGE" && typeof v[1] === "string")
    out.pattern = v[1];
  return out;
}
function responseObject5(ex) {
  const replies = ex.replies;
  const failed = replies.find((r) => r.error !== void 0);
  const value2 = ex.cmd && isSubscribeFamily(ex.cmd.name) || replies.length > 1 ? replies.map((r) => r.value) : replies[0].value;
  const out = { status: failed ? 1 : 0, value: failed ? null : value2 };
  if (failed)
    out.error = failed.error;
  if (replies[0].attributes)
    out.attributes = replies[0].attributes;
  if (ex.push)
    out.push = true;
  const name = ex.cmd?.name;
  if (name && !failed && READS.has(name)) {
    const v = replies[0].value;
    if (MULTI_READS.has(name) && Array.isArray(v)) {
      const hits = v.filter((x) => x !== null).length;
      out.hits = hits;
      out.hit = hits === v.length && v.length > 0;
    } else
      out.hit = !(v === null || v === 0 || v === false || Array.isArray(v) && v.length === 0 || typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
  }
  return out;
}

// packages/protocols/dist/redis/pair.js
var CONFIRMATIONS = /* @__PURE__ */ new Set(["subscribe", "psubscribe", "ssubscribe", "unsubscribe", "punsubscribe", "sunsubscribe"]);
var MESSAGES = /* @__PURE__ */ new Set(["message", "pmessage", "smessage"]);
var kindOf2 = (v) => Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
var countOf = (v) => Array.isArray(v) && typeof v[2] === "number" ? v[2] : -1;
var Pairer4 = class {
  maxPending;
  emit;
  count;
  queue = [];
  replyOff = false;
  skipNext = false;
  /** RESP2 subscribed mode: arrays starting with `message` are pushes. */
  subscribed = false;
  version = "RESP2";
  constructor(maxPending, emit, count2) {
    this.maxPending = maxPending;
    this.emit = emit;
    this.count = count2;
  }
  get pending() {
    return this.queue.length;
  }
  request(msg, anomalies) {
    const cmd = commandOf(msg);
    msg.value = null;
    if (cmd.name === "")
      this.count("redis.bad_command");
    const ex = { cmd, req: msg, reqEnd: msg.offset + msg.size, replies: [], noReply: false, expect: 1, push: false, anomalies };
    if (cmd.name === "CLIENT REPLY") {
      const mode = (cmd.args[0] ?? "").toUpperCase();
      if (mode === "ON") {
        this.replyOff = false;
        this.skipNext = false;
      } else if (mode === "OFF" || mode === "SKIP") {
        ex.noReply = true;
        if (mode === "OFF")
          this.replyOff = true;
        else if (!this.replyOff)
          this.skipNext = true;
      }
    } else if (this.replyOff || this.skipNext) {
      ex.noReply = true;
      this.skipNext = false;
    }
    if (isSubscribeFamily(cmd.name))
      ex.expect = cmd.channels.length > 0 ? cmd.channels.length : cmd.name.endsWith("UNSUBSCRIBE") ? -1 : 1;
    this.queue.push(ex);
    if (this.queue.length > this.maxPending) {
      this.count("redis.pending_overflow");
      const oldest = this.queue.shift();
      oldest.anomalies.push("unpaired");
      this.emit(oldest, this.version);
    }
    this.drain();
  }
  reply(msg, anomalies) {
    if (msg.type === ">" || msg.attributes || msg.type === "%" || msg.type === "~" || msg.type === "_" || msg.type === "#" || msg.type === ",")
      this.version = "RESP3";
    const kind = kindOf2(msg.value);
    const head = this.queue[0];
    const confirmation = CONFIRMATIONS.has(kind) && (msg.type === ">" || msg.type === "*") && countOf(msg.value) >= 0 && msg.value.length === 3;
    if (confirmation)
      this.subscribed = countOf(msg.value) > 0;
    if (confirmation && head && head.cmd && isSubscribeFamily(head.cmd.name) && this.answers(head, msg)) {
      head.replies.push(msg);
      head.anomalies.push(...anomalies);
      const n = countOf(msg.value);
      if (head.expect >= 0 && head.replies.length >= head.expect || head.expect < 0 && n <= 0)
        this.complete();
      return;
    }
    const pubsubMessage = msg.type === "*" && this.subscribed && MESSAGES.has(kind);
    if (msg.type === ">" || pubsubMessage || confirmation) {
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: true, anomalies }, this.version);
      return;
    }
    if (!head || !this.answers(head, msg)) {
      this.count("redis.unpaired_reply");
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: false, anomalies: [...anomalies, "unpaired"] }, this.version);
      return;
    }
    head.replies.push(msg);
    head.anomalies.push(...anomalies);
    const name = head.cmd?.name;
    if (name === "RESET")
      this.subscribed = false;
    if (name === "HELLO" && !msg.error)
      this.version = helloVersion(msg.value) ?? this.version;
    this.complete();
  }
  /** Could the server have sent `msg` in answer to `head`? (It must have read the whole command.) */
  answers(head, msg) {
    if (head.req && msg.firstTs < head.req.firstTs)
      return false;
    return !(msg.peerAck >= 0 && head.req && msg.peerAck < head.reqEnd);
  }
  complete() {
    this.emit(this.queue.shift(), this.version);
    this.drain();
  }
  /** Commands at the head that expect no reply are finished as they are. */
  drain() {
    while (this.queue.length > 0 && this.queue[0].noReply)
      this.emit(this.queue.shift(), this.version);
  }
  /** Replies were lost (a gap, lost framing): the commands waiting now will not see theirs. */
  flushPending(anomaly) {
    for (const ex of this.queue.splice(0)) {
      if (!ex.noReply && ex.replies.length === 0)
        ex.anomalies.push(anomaly);
      this.emit(ex, this.version);
    }
  }
  /** End of the connection: whatever waits is emitted without its reply. */
  flushAll() {
    for (const ex of this.queue.splice(0)) {
      if (!ex.noReply && ex.replies.length === 0)
        ex.anomalies.push("unpaired");
      this.emit(ex, this.version);
    }
  }
};
function helloVersion(v) {
  let proto;
  if (Array.isArray(v)) {
    const i = v.indexOf("proto");
    proto = i >= 0 ? v[i + 1] : void 0;
  } else if (v && typeof v === "object")
    proto = v["proto"];
  return proto === 3 ? "RESP3" : proto === 2 ? "RESP2" : null;
}

// packages/protocols/dist/redis/session.js
var RedisSession = class {
  ctx;
  decoders;
  mode = ["parse", "parse"];
  /** Anomalies for the next message of each direction (`gap`, `desync`). */
  carry = [[], []];
  pairer;
  closed = false;
  constructor(ctx) {
    this.ctx = ctx;
    const limits = { ...RESP_LIMITS, maxStringBytes: ctx.limits.maxBodyBytes };
    const commandLimits = { ...limits, maxStringBytes: Math.min(limits.maxStringBytes, MAX_COMMAND_STRING_BYTES) };
    this.decoders = [new RespDecoder(true, commandLimits), new RespDecoder(false, limits)];
    this.pairer = new Pairer4(ctx.limits.maxPendingRequests, (ex, v) => ctx.emit(buildEntry8(ex, v)), (e) => ctx.count(e));
  }
  feed(dir, bytes, meta) {
    if (this.closed || bytes.length === 0)
      return;
    try {
      if (this.mode[dir] === "resync") {
        if (!this.startsMessage(dir, bytes)) {
          this.ctx.count("redis.skipped_bytes", bytes.length);
          return;
        }
        this.mode[dir] = "parse";
        this.ctx.count("redis.resync");
      }
      const r = this.decoders[dir].feed(bytes, meta, (m) => this.message(dir, m));
      if (r.error) {
        this.ctx.count(`redis.${r.error.code}`);
        this.lost(dir, "desync");
      }
    } catch {
      this.internalError(dir);
    }
  }
  gap(dir, length, _meta) {
    if (this.closed)
      return;
    try {
      this.ctx.count("redis.gap_bytes", length);
      if (this.mode[dir] === "parse" && this.decoders[dir].skip(length)) {
        this.carry[dir].push("gap");
        return;
      }
      this.flushPartial(dir, "gap");
      this.lost(dir, "gap");
    } catch {
      this.internalError(dir);
    }
  }
  end(_dir, _ts) {
  }
  close(_ts) {
    if (this.closed)
      return;
    try {
      this.flushPartial(0, "truncated");
      this.flushPartial(1, "truncated");
      this.pairer.flushAll();
    } catch {
      this.ctx.count("redis.internal_error");
    }
    this.closed = true;
  }
  message(dir, m) {
    const carried = this.carry[dir].splice(0);
    if (dir === 0)
      this.pairer.request(m, carried);
    else
      this.pairer.reply(m, carried);
  }
  /** A message cut by a gap or by the end of the capture is still reported, marked. */
  flushPartial(dir, anomaly) {
    const partial = this.decoders[dir].partial();
    this.decoders[dir].reset();
    if (!partial || partial.size === 0)
      return;
    this.carry[dir].push(anomaly);
    this.message(dir, partial);
  }
  /** Framing lost in `dir`: skip to the next message start; replies lost mean waiting commands get none. */
  lost(dir, anomaly) {
    this.decoders[dir].reset();
    this.mode[dir] = "resync";
    this.carry[dir].push(anomaly);
    if (anomaly === "desync")
      this.ctx.count("redis.desync");
    if (dir === 1)
      this.pairer.flushPending(anomaly);
  }
  startsMessage(dir, bytes) {
    if (dir === 0)
      return probeCommandArray(bytes) !== "no" || probeInline(bytes) !== "no";
    if (!"+-:$*%~>|_#,(!=".includes(String.fromCharCode(bytes[0])))
      return false;
    return !("error" in parse(bytes, 0, false));
  }
  internalError(dir) {
    this.ctx.count("redis.internal_error");
    try {
      this.lost(dir, "desync");
    } catch {
      this.closed = true;
    }
  }
};

// packages/protocols/dist/redis/index.js
var redisDissector = {
  name: "redis",
  transport: "tcp",
  detect: detect9,
  createSession(ctx) {
    return new RedisSession(ctx);
  }
};

// packages/protocols/dist/engine/dissectors.js
function defaultDissectors(options = {}) {
  return new DissectorRegistry([
    createGrpcDissector({ descriptorSets: options.grpcDescriptorSets }),
    http1Dissector,
    redisDissector,
    postgresDissector,
    mysqlDissector,
    amqpDissector,
    kafkaDissector,
    dnsTcpDissector,
    dnsDissector
  ], [graphqlEnricher]);
}

// packages/protocols/dist-node/decompress.js
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
var nodeDecompress = (encoding, data, maxOutput) => {
  const opts = { maxOutputLength: Math.max(1, maxOutput) };
  switch (encoding) {
    case "gzip":
      return gunzipSync(data, opts);
    case "br":
      return brotliDecompressSync(data, opts);
    case "deflate":
      try {
        return inflateSync(data, opts);
      } catch {
        return inflateRawSync(data, opts);
      }
  }
};

// apps/cli/dist/output/sink.js
import { writeSync } from "node:fs";
var SIZE = 1 << 20;
var JOIN_CHARS = 1 << 14;
var StdoutSink = class {
  buf = Buffer.allocUnsafe(SIZE);
  used = 0;
  joined = "";
  closed = false;
  write(text4) {
    if (this.closed)
      return;
    this.joined += text4;
    if (this.joined.length >= JOIN_CHARS)
      this.encodeJoined();
  }
  /**
   * `text` and a newline. Appending the newline to the string first would make a rope that
   * Buffer#write flattens: a copy of every NDJSON line (bench/: ~10 ms and 40 MB of garbage on
   * 25k entries).
   */
  writeLine(text4) {
    if (this.closed)
      return;
    if (this.joined.length > 0)
      this.encodeJoined();
    const worst = text4.length * 3 + 1;
    if (this.used + worst > SIZE) {
      this.flush();
      if (worst > SIZE) {
        this.writeAll(Buffer.from(text4 + "\n", "utf8"));
        return;
      }
    }
    this.used += this.buf.write(text4, this.used, "utf8");
    this.buf[this.used++] = 10;
  }
  flush() {
    if (this.joined.length > 0)
      this.encodeJoined();
    if (this.used === 0)
      return;
    const n = this.used;
    this.used = 0;
    this.writeAll(this.buf.subarray(0, n));
  }
  encodeJoined() {
    const text4 = this.joined;
    this.joined = "";
    const worst = text4.length * 3;
    if (this.used + worst > SIZE) {
      this.flush();
      if (worst > SIZE) {
        this.writeAll(Buffer.from(text4, "utf8"));
        return;
      }
    }
    this.used += this.buf.write(text4, this.used, "utf8");
  }
  writeAll(bytes) {
    let buf = bytes;
    while (!this.closed && buf.length > 0) {
      try {
        const n = writeSync(1, buf);
        buf = buf.subarray(n);
      } catch (e) {
        const code = e.code;
        if (code === "EAGAIN")
          continue;
        if (code === "EPIPE") {
          this.closed = true;
          return;
        }
        throw e;
      }
    }
  }
};

// apps/cli/dist/output/clock.js
var FIXED_SHAPE_END = 2534023008e5;
var second = -1;
var prefix = "";
var millis = null;
function clock(ms) {
  const whole = Math.trunc(ms);
  if (!(whole >= 0 && whole < FIXED_SHAPE_END))
    return new Date(ms).toISOString().slice(11, 23);
  const s = Math.floor(whole / 1e3);
  if (s !== second) {
    second = s;
    prefix = new Date(s * 1e3).toISOString().slice(11, 20);
  }
  millis ??= Array.from({ length: 1e3 }, (_, i) => String(i).padStart(3, "0"));
  return prefix + millis[whole - s * 1e3];
}

// apps/cli/dist/output/table.js
var WIDTHS = [12, 6, 8, 6, 40, 44, 9, 9];
var SPACES = Array.from({ length: Math.max(...WIDTHS) + 1 }, (_, n) => " ".repeat(n));
var TABLE_HEADER = pad2(["TIME", "PROTO", "METHOD", "STATUS", "PATH", "SRC \u2192 DST", "LATENCY", "SIZE"]);
function pad2(cols) {
  return cols.map((c, i) => i === cols.length - 1 ? c : fit(c, WIDTHS[i])).join(" ") + "\n";
}
function fit(text4, width) {
  return text4.length > width ? text4.slice(0, width - 1) + "\u2026" : text4 + SPACES[width - text4.length];
}
function size(n) {
  if (n < 1024)
    return `${n} B`;
  if (n < 1 << 20)
    return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1 << 20)).toFixed(1)} MB`;
}
function end(p) {
  return p.name ? `${p.name}:${p.port}` : hostPort(p.ip, p.port);
}
function tableRow(e) {
  const req = e.request;
  const res = e.response;
  return clock(e.timestamp) + " " + fit(e.protocol.abbr, 6) + " " + fit(req?.method ?? "-", 8) + " " + fit(res?.status !== void 0 ? String(res.status) : "-", 6) + " " + fit(req?.url ?? req?.path ?? "-", 40) + " " + fit(end(e.src) + " \u2192 " + end(e.dst), 44) + " " + fit(e.elapsedTime === null ? "-" : e.elapsedTime.toFixed(1) + "ms", 9) + " " + size(e.requestSize + e.responseSize) + "\n";
}

// apps/cli/dist/fingerprint.js
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function fingerprint(file) {
  let hash = 2166136261;
  try {
    const fd = openSync(file, "r");
    try {
      const size2 = String(fstatSync(fd).size);
      for (let i = 0; i < size2.length; i++)
        hash = Math.imul(hash ^ size2.charCodeAt(i), 16777619) >>> 0;
      const buf = Buffer.alloc(65536);
      const n = readSync(fd, buf, 0, buf.length, 0);
      for (let i = 0; i < n; i++)
        hash = Math.imul(hash ^ buf[i], 16777619) >>> 0;
    } finally {
      closeSync(fd);
    }
  } catch {
    for (let i = 0; i < file.length; i++)
      hash = Math.imul(hash ^ file.charCodeAt(i), 16777619) >>> 0;
  }
  return hash.toString(36);
}

// apps/cli/dist/output/summary.js
function formatSummary(files, s, printed, seconds) {
  const mb = (s.bytes / 1e6).toFixed(1);
  const parts = [
    `${files} file${files === 1 ? "" : "s"}`,
    `${s.packets} packets`,
    `${mb} MB`,
    `${s.tcpStreams} TCP streams`,
    // UDP flows only once there are any, so TCP-only summaries read as before.
    ...s.udpFlows > 0 ? [`${s.udpFlows} UDP flows`] : [],
    `${s.entries} entries`,
    `${s.unpairedRequests} unpaired requests`,
    `${s.unpairedResponses} unpaired responses`,
    `${s.parseErrors} parse errors`
  ];
  if (printed !== s.entries)
    parts.push(`${printed} printed`);
  if (s.gaps > 0)
    parts.push(`${s.gaps} gaps (${s.gapBytes} bytes lost)`);
  parts.push(`${seconds.toFixed(2)} s`);
  return `trawl: ${parts.join(", ")}`;
}

// apps/cli/dist/commands/read.js
var READ_USAGE = `usage: trawl read FILE... [--filter KFL] [--format ndjson|table|har] [--limit N]
                  [--no-redact] [--body-limit BYTES] [--node NAME] [--stats json]
                  [--grpc-descriptors FILE[,FILE\u2026]]

Reads pcap/pcapng files and prints every request/response entry: NDJSON on stdout (one Entry per
line), a summary on stderr. Several files are read as one capture, in the order given (rotated
captures keep their connections whole). --grpc-descriptors takes binary FileDescriptorSets
(protoc --descriptor_set_out, buf build -o) to decode gRPC messages with field names.
--format har writes one HAR 1.2 document (HTTP/1.x, HTTP/2, gRPC and GraphQL exchanges; the
summary counts the entries of other protocols, which HAR cannot hold).`;
var HAR_CREATOR = { name: "trawl", version: "0.1.0" };
var CHUNK = 1 << 20;
async function readCommand2(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      filter: { type: "string", short: "f" },
      format: { type: "string", default: "ndjson" },
      limit: { type: "string" },
      "no-redact": { type: "boolean", default: false },
      "body-limit": { type: "string" },
      node: { type: "string" },
      stats: { type: "string" },
      "grpc-descriptors": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(READ_USAGE + "\n");
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError("trawl read needs at least one capture file\n" + READ_USAGE);
  const format = values.format;
  if (format !== "ndjson" && format !== "table" && format !== "har")
    throw new UsageError(`--format must be ndjson, table or har, not "${format}"`);
  const limit = values.limit === void 0 ? Infinity : positiveInt("--limit", values.limit);
  const bodyLimit = values["body-limit"] === void 0 ? void 0 : positiveInt("--body-limit", values["body-limit"], true);
  if (values.stats !== void 0 && values.stats !== "json")
    throw new UsageError('--stats takes "json"');
  const grpcDescriptorSets = values["grpc-descriptors"]?.split(",").map((f) => {
    try {
      return new Uint8Array(readFileSync(f));
    } catch (e) {
      throw new UsageError(`--grpc-descriptors: cannot read ${f}: ${e.code ?? e.message}`);
    }
  });
  let keep = null;
  if (values.filter !== void 0) {
    const [{ compile, KflError }, { kflMessage }] = await Promise.all([import("./chunks/dist-5GP6M5H6.js"), import("./chunks/kfl-6WZOHCJP.js")]);
    try {
      keep = compile(values.filter).predicate;
    } catch (e) {
      if (e instanceof KflError)
        throw new UsageError(kflMessage(values.filter, e));
      throw e;
    }
  }
  const out = new StdoutSink();
  if (format === "table")
    out.write(TABLE_HEADER);
  if (format === "har")
    out.write(harDocumentHead(HAR_CREATOR) + "\n");
  const notInHar = {};
  let printed = 0;
  const started = performance.now();
  const pipeline = new CapturePipeline({
    dissectors: defaultDissectors({ grpcDescriptorSets }),
    node: values.node ?? "local",
    captureId: fingerprint(positionals[0]),
    decompress: nodeDecompress,
    redact: values["no-redact"] ? false : {},
    limits: bodyLimit === void 0 ? void 0 : { maxBodyBytes: bodyLimit },
    // Sessions swallow exceptions (they never throw into the engine), so --limit stops the
    // read loop between chunks instead of unwinding from here.
    onEntry(entry) {
      if (printed >= limit || keep && !keep(entry))
        return;
      if (format === "table")
        out.write(tableRow(entry));
      else if (format === "har") {
        const har = toHarEntry(entry);
        if (!har) {
          notInHar[entry.protocol.name] = (notInHar[entry.protocol.name] ?? 0) + 1;
          return;
        }
        if (printed > 0)
          out.write(",");
        out.writeLine(JSON.stringify(har));
      } else
        out.writeLine(JSON.stringify(entry));
      printed++;
    }
  });
  const failures = [];
  let bytes = 0;
  const done = () => printed >= limit || out.closed;
  for (const file of positionals) {
    const error = readFile(file, pipeline, (n) => bytes += n, done);
    if (error)
      failures.push(error);
    if (done())
      break;
  }
  if (!done())
    pipeline.finish();
  if (format === "har")
    out.write(HAR_DOCUMENT_TAIL + "\n");
  out.flush();
  const stats = pipeline.engine.syncBudgetStats();
  const elapsed = (performance.now() - started) / 1e3;
  if (values.stats === "json") {
    const har = format === "har" ? { notInHar } : {};
    process.stderr.write(JSON.stringify({ files: positionals.length, fileBytes: bytes, elapsedSeconds: elapsed, printed, ...har, ...stats }) + "\n");
  } else {
    process.stderr.write(formatSummary(positionals.length, stats, printed, elapsed) + "\n");
    const others = Object.entries(notInHar).map(([name, n]) => `${name} ${n}`);
    if (others.length > 0)
      process.stderr.write(`trawl: not in the HAR (not HTTP): ${others.join(", ")} entries
`);
  }
  for (const f of failures)
    process.stderr.write(`trawl: ${f}
`);
  return failures.length > 0 ? EXIT_RUNTIME : EXIT_OK;
}
function positiveInt(flag, text4, allowZero = false) {
  const n = Number(text4);
  if (!/^\d+$/.test(text4) || !Number.isSafeInteger(n) || !allowZero && n === 0) {
    throw new UsageError(`${flag} needs a ${allowZero ? "non-negative" : "positive"} integer, not "${text4}"`);
  }
  return n;
}
function readFile(file, pipeline, onBytes, done) {
  let fd;
  try {
    fd = openSync2(file, "r");
    if (fstatSync2(fd).isDirectory()) {
      closeSync2(fd);
      return `${file}: is a directory (at byte offset 0)`;
    }
  } catch (e) {
    const err = e;
    return `${file}: cannot open (${err.code ?? err.message}) at byte offset 0`;
  }
  const buf = Buffer.allocUnsafe(CHUNK);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, CHUNK);
  let offset = 0;
  try {
    for (; ; ) {
      let n;
      try {
        n = readSync2(fd, buf, 0, CHUNK, null);
      } catch (e) {
        pipeline.endFile();
        return `${file}: read error (${e.code}) at byte offset ${offset}`;
      }
      if (n === 0)
        break;
      if (done())
        return null;
      offset += n;
      onBytes(n);
      pipeline.push(bytes.subarray(0, n));
    }
  } finally {
    closeSync2(fd);
  }
  const error = pipeline.endFile();
  if (error)
    return `${file}: ${error.message}`;
  if (offset === 0)
    return `${file}: empty file (at byte offset 0)`;
  return null;
}

// apps/cli/dist/cli.js
var USAGE = `usage: trawl <command> [options]

  start               run trawl on this machine: nats-server, hub, worker; prints the URL
  clean [--purge]     stop what start left running; --purge also removes the stored data
  read FILE...        entries from pcap/pcapng files (NDJSON on stdout, summary on stderr)
  kfl check 'QUERY'   check a KFL query
  endpoints export|clear|list|openapi
                      the hub's endpoint inventory (captured-endpoints.json, OpenAPI)
  help                this text

Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad query.`;
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "read":
      return readCommand2(rest);
    case "kfl":
      return (await import("./chunks/kfl-6WZOHCJP.js")).kflCommand(rest);
    case "start":
      return (await import("./chunks/start-KB3SMR3Z.js")).startCommand(rest);
    case "endpoints":
      return (await import("./chunks/endpoints-R4CC2MQI.js")).endpointsCommand(rest);
    case "clean":
      return (await import("./chunks/clean-K7GCC2AL.js")).cleanCommand(rest);
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE + "\n");
      return 0;
    case void 0:
      process.stderr.write(USAGE + "\n");
      return EXIT_USAGE;
    default:
      throw new UsageError(`unknown command "${command}"
${USAGE}`);
  }
}
process.exitCode = await runCommand(() => main(process.argv.slice(2)));
//# sourceMappingURL=cli.js.map
