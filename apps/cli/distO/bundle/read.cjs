"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// apps/cli/dist/errors.js
var UsageError, RuntimeError, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE;
var init_errors = __esm({
  "apps/cli/dist/errors.js"() {
    "use strict";
    UsageError = class extends Error {
      name = "UsageError";
    };
    RuntimeError = class extends Error {
      name = "RuntimeError";
    };
    EXIT_OK = 0;
    EXIT_RUNTIME = 1;
    EXIT_USAGE = 2;
  }
});

// packages/kfl/dist/errors.js
function positionAt(text4, offset, length) {
  let line = 1;
  let lineStart = 0;
  const end2 = Math.min(offset, text4.length);
  for (let i = 0; i < end2; i++) {
    if (text4.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset, length };
}
var KflError;
var init_errors2 = __esm({
  "packages/kfl/dist/errors.js"() {
    "use strict";
    KflError = class extends Error {
      name = "KflError";
      position;
      expected;
      constructor(message, position, expected, options) {
        super(`${message} at ${position.line}:${position.column}`, options);
        this.position = position;
        if (expected && expected.length > 0)
          this.expected = expected;
      }
    };
  }
});

// packages/kfl/dist/fields.js
function isRoot(word2) {
  return ROOTS.has(word2) || Object.hasOwn(NAMESPACES, word2);
}
function fieldByName(name) {
  return BY_NAME.get(name);
}
function typedFieldAtPath(path) {
  return BY_PATH.get(path);
}
var core, peer2, CORE_FIELDS, alias, LATENCY, NAMESPACES, ALIAS_FIELDS, ROOTS, ALL_FIELDS, BY_NAME, BY_PATH, CASE_INSENSITIVE_PARENTS;
var init_fields = __esm({
  "packages/kfl/dist/fields.js"() {
    "use strict";
    core = (name, type, column, doc, path) => ({
      name,
      path: path ?? name.split("."),
      ...type ? { type } : {},
      ...column ? { column } : {},
      doc
    });
    peer2 = (side) => [
      core(`${side}.ip`, "string", `${side}_ip`, "IP address"),
      core(`${side}.port`, "number", `${side}_port`, "TCP/UDP port"),
      core(`${side}.name`, "string", `${side}_name`, "resolved name: service, pod, process or host"),
      core(`${side}.namespace`, "string", `${side}_namespace`, "Kubernetes namespace"),
      core(`${side}.pod`, void 0, void 0, "pod name"),
      core(`${side}.service`, void 0, void 0, "service name"),
      core(`${side}.node`, void 0, void 0, "node name"),
      core(`${side}.kind`, void 0, void 0, "pod | service | process | host | external")
    ];
    CORE_FIELDS = [
      core("id", "string", "id", "unique entry id"),
      core("node", "string", "node", "worker that captured it"),
      core("timestamp", "number", "ts", "ms since the epoch (request first byte)"),
      core("elapsedTime", "number", "latency", "request first byte \u2192 response last byte, ms"),
      core("protocol.name", "string", "protocol", "http, http2, grpc, graphql, redis, kafka, amqp, postgres, mysql, dns"),
      core("protocol.version", void 0, void 0, "protocol version"),
      core("protocol.abbr", void 0, void 0, "short protocol label"),
      core("transport", "string", "transport", "tcp or udp"),
      ...peer2("src"),
      ...peer2("dst"),
      core("request.method", "string", "method", "HTTP method (or protocol verb)"),
      core("request.path", "string", "path", "URL path without the query string"),
      core("request.url", void 0, void 0, "request target as sent"),
      core("request.queryString", void 0, void 0, "query parameters (map)"),
      core("request.headers", void 0, void 0, "request headers (keys are case-insensitive)"),
      core("request.body", void 0, void 0, "request body; compares against its text"),
      core("request.body.size", void 0, void 0, "real body size in bytes"),
      core("request.query", void 0, void 0, "GraphQL query text / SQL query"),
      core("response.status", "number", "status", "the protocol's status (HTTP status, gRPC code, 0 = ok)"),
      core("response.statusText", void 0, void 0, "status text"),
      core("response.headers", void 0, void 0, "response headers (keys are case-insensitive)"),
      core("response.body", void 0, void 0, "response body; compares against its text"),
      core("response.body.size", void 0, void 0, "real body size in bytes"),
      core("requestSize", "number", "request_size", "request bytes on the wire"),
      core("responseSize", "number", "response_size", "response bytes on the wire"),
      core("anomalies", void 0, void 0, "capture problems: gap, truncated, desync, unpaired"),
      core("tls", void 0, void 0, "TLS details when the connection was TLS")
    ];
    alias = (ns, member2, protocols, path, doc, type, column) => ({
      name: `${ns}.${member2}`,
      path: path.split("."),
      protocols,
      ...type ? { type } : {},
      ...column ? { column } : {},
      doc
    });
    LATENCY = { ...core("response.latency", "number", "latency", "alias of elapsedTime (ms)", ["elapsedTime"]) };
    NAMESPACES = {
      redis: ["redis"],
      kafka: ["kafka"],
      grpc: ["grpc"],
      amqp: ["amqp"],
      rabbitmq: ["amqp"],
      postgres: ["postgres"],
      mysql: ["mysql"],
      dns: ["dns"],
      graphql: ["graphql"]
    };
    ALIAS_FIELDS = [
      LATENCY,
      alias("redis", "command", ["redis"], "request.command", "command name, upper case"),
      alias("redis", "key", ["redis"], "request.key", "first key argument"),
      alias("redis", "args", ["redis"], "request.args", "arguments"),
      alias("redis", "response", ["redis"], "response.value", "decoded reply (null for a nil reply)"),
      alias("redis", "hit", ["redis"], "response.hit", "read found a value"),
      alias("redis", "error", ["redis"], "response.error", "error reply text"),
      alias("kafka", "topic", ["kafka"], "request.topic", "topic"),
      alias("kafka", "apiKey", ["kafka"], "request.apiKey", "API name: Produce, Fetch, \u2026"),
      alias("kafka", "clientId", ["kafka"], "request.clientId", "client id"),
      alias("kafka", "partition", ["kafka"], "request.partition", "partition"),
      alias("grpc", "service", ["grpc"], "request.service", "pkg.Service"),
      alias("grpc", "method", ["grpc"], "request.rpc", "RPC method name"),
      alias("grpc", "status", ["grpc"], "response.status", "grpc-status code", "number", "status"),
      ...["amqp", "rabbitmq"].flatMap((ns) => [
        alias(ns, "exchange", ["amqp"], "request.exchange", "exchange"),
        alias(ns, "routingKey", ["amqp"], "request.routingKey", "routing key"),
        alias(ns, "queue", ["amqp"], "request.queue", "queue"),
        alias(ns, "method", ["amqp"], "request.method", "AMQP method, e.g. basic.publish", "string", "method")
      ]),
      alias("postgres", "query", ["postgres"], "request.query", "SQL text"),
      alias("mysql", "query", ["mysql"], "request.query", "SQL text"),
      alias("dns", "name", ["dns"], "request.name", "queried name"),
      alias("dns", "type", ["dns"], "request.type", "record type: A, AAAA, \u2026"),
      alias("dns", "rcode", ["dns"], "response.rcode", "NOERROR, NXDOMAIN, \u2026"),
      alias("dns", "answers", ["dns"], "response.answers", "answer records"),
      alias("graphql", "query", ["graphql"], "request.query", "GraphQL query text"),
      alias("graphql", "operationName", ["graphql"], "request.operationName", "operation name"),
      alias("graphql", "operationType", ["graphql"], "request.operationType", "query, mutation or subscription"),
      alias("graphql", "hasErrors", ["graphql"], "response.hasErrors", "the response carried GraphQL errors (HTTP status stays 200)")
    ];
    ROOTS = /* @__PURE__ */ new Set([
      "id",
      "node",
      "timestamp",
      "elapsedTime",
      "protocol",
      "transport",
      "src",
      "dst",
      "request",
      "response",
      "requestSize",
      "responseSize",
      "anomalies",
      "schema",
      "tls",
      "outgoing"
    ]);
    ALL_FIELDS = [...CORE_FIELDS, ...ALIAS_FIELDS];
    BY_NAME = new Map(ALL_FIELDS.map((f) => [f.name, f]));
    BY_PATH = new Map(CORE_FIELDS.filter((f) => f.type).map((f) => [f.path.join("."), f]));
    CASE_INSENSITIVE_PARENTS = /* @__PURE__ */ new Set(["headers", "trailers"]);
  }
});

// packages/kfl/dist/literals.js
function unescapeString(image) {
  let out = "";
  const end2 = image.length - 1;
  for (let i = 1; i < end2; i++) {
    const c = image[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = image[i + 1];
    if (e === "u") {
      const hex2 = image.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex2))
        return { error: 'expected 4 hex digits after "\\u" in string', at: i };
      out += String.fromCharCode(parseInt(hex2, 16));
      i += 5;
      continue;
    }
    const mapped = e === void 0 ? void 0 : ESCAPES2[e];
    if (mapped === void 0)
      return { error: `unknown escape "\\${e ?? ""}" in string (for a regex write r"...")`, at: i };
    out += mapped;
    i++;
  }
  return { value: out };
}
function checkRegex(source) {
  if (source.length > MAX_REGEX_LENGTH)
    return { error: `regex longer than ${MAX_REGEX_LENGTH} characters` };
  let regex;
  try {
    regex = new RegExp(source);
  } catch (e) {
    return { error: `bad regex: ${e.message.replace(/^Invalid regular expression: /, "")}` };
  }
  const stack = [];
  let lastGroupRisky = false;
  let lastWasGroup = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (/[1-9k]/.test(source[i + 1] ?? ""))
        return { error: "backreferences are not allowed in regexes" };
      i++;
      lastWasGroup = false;
      continue;
    }
    if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++)
        if (source[i] === "\\")
          i++;
      lastWasGroup = false;
      continue;
    }
    if (c === "(") {
      stack.push(false);
      lastWasGroup = false;
      continue;
    }
    if (c === ")") {
      lastGroupRisky = stack.pop() ?? false;
      if (lastGroupRisky && stack.length > 0)
        stack[stack.length - 1] = true;
      lastWasGroup = true;
      continue;
    }
    const quantifier = c === "*" || c === "+" || c === "{" || c === "?" && source[i - 1] !== "(";
    if (quantifier) {
      const unbounded = c === "*" || c === "+" || c === "{" && !/^\{\d+\}/.test(source.slice(i)) && /^\{\d+,\d*\}/.test(source.slice(i));
      if (lastWasGroup && lastGroupRisky && unbounded) {
        return { error: "nested quantifier in regex (like (a+)+ or (a|b)*) can take exponential time" };
      }
      if (stack.length > 0)
        stack[stack.length - 1] = true;
      lastWasGroup = false;
      continue;
    }
    if (c === "|" && stack.length > 0)
      stack[stack.length - 1] = true;
    lastWasGroup = false;
  }
  return { regex };
}
var ESCAPES2, MAX_REGEX_LENGTH, MAX_REGEX_INPUT;
var init_literals = __esm({
  "packages/kfl/dist/literals.js"() {
    "use strict";
    ESCAPES2 = { '"': '"', "'": "'", "\\": "\\", "/": "/", n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" };
    MAX_REGEX_LENGTH = 512;
    MAX_REGEX_INPUT = 1 << 20;
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/version.js
var init_version = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/version.js"() {
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_freeGlobal.js
var freeGlobal, freeGlobal_default;
var init_freeGlobal = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_freeGlobal.js"() {
    freeGlobal = typeof global == "object" && global && global.Object === Object && global;
    freeGlobal_default = freeGlobal;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_root.js
var freeSelf, root, root_default;
var init_root = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_root.js"() {
    init_freeGlobal();
    freeSelf = typeof self == "object" && self && self.Object === Object && self;
    root = freeGlobal_default || freeSelf || Function("return this")();
    root_default = root;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Symbol.js
var Symbol2, Symbol_default;
var init_Symbol = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Symbol.js"() {
    init_root();
    Symbol2 = root_default.Symbol;
    Symbol_default = Symbol2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getRawTag.js
function getRawTag(value2) {
  var isOwn = hasOwnProperty.call(value2, symToStringTag), tag = value2[symToStringTag];
  try {
    value2[symToStringTag] = void 0;
    var unmasked = true;
  } catch (e) {
  }
  var result = nativeObjectToString.call(value2);
  if (unmasked) {
    if (isOwn) {
      value2[symToStringTag] = tag;
    } else {
      delete value2[symToStringTag];
    }
  }
  return result;
}
var objectProto, hasOwnProperty, nativeObjectToString, symToStringTag, getRawTag_default;
var init_getRawTag = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getRawTag.js"() {
    init_Symbol();
    objectProto = Object.prototype;
    hasOwnProperty = objectProto.hasOwnProperty;
    nativeObjectToString = objectProto.toString;
    symToStringTag = Symbol_default ? Symbol_default.toStringTag : void 0;
    getRawTag_default = getRawTag;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_objectToString.js
function objectToString(value2) {
  return nativeObjectToString2.call(value2);
}
var objectProto2, nativeObjectToString2, objectToString_default;
var init_objectToString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_objectToString.js"() {
    objectProto2 = Object.prototype;
    nativeObjectToString2 = objectProto2.toString;
    objectToString_default = objectToString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGetTag.js
function baseGetTag(value2) {
  if (value2 == null) {
    return value2 === void 0 ? undefinedTag : nullTag;
  }
  return symToStringTag2 && symToStringTag2 in Object(value2) ? getRawTag_default(value2) : objectToString_default(value2);
}
var nullTag, undefinedTag, symToStringTag2, baseGetTag_default;
var init_baseGetTag = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGetTag.js"() {
    init_Symbol();
    init_getRawTag();
    init_objectToString();
    nullTag = "[object Null]";
    undefinedTag = "[object Undefined]";
    symToStringTag2 = Symbol_default ? Symbol_default.toStringTag : void 0;
    baseGetTag_default = baseGetTag;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isObjectLike.js
function isObjectLike(value2) {
  return value2 != null && typeof value2 == "object";
}
var isObjectLike_default;
var init_isObjectLike = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isObjectLike.js"() {
    isObjectLike_default = isObjectLike;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isSymbol.js
function isSymbol(value2) {
  return typeof value2 == "symbol" || isObjectLike_default(value2) && baseGetTag_default(value2) == symbolTag;
}
var symbolTag, isSymbol_default;
var init_isSymbol = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isSymbol.js"() {
    init_baseGetTag();
    init_isObjectLike();
    symbolTag = "[object Symbol]";
    isSymbol_default = isSymbol;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayMap.js
function arrayMap(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length, result = Array(length);
  while (++index < length) {
    result[index] = iteratee(array[index], index, array);
  }
  return result;
}
var arrayMap_default;
var init_arrayMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayMap.js"() {
    arrayMap_default = arrayMap;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArray.js
var isArray, isArray_default;
var init_isArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArray.js"() {
    isArray = Array.isArray;
    isArray_default = isArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseToString.js
function baseToString(value2) {
  if (typeof value2 == "string") {
    return value2;
  }
  if (isArray_default(value2)) {
    return arrayMap_default(value2, baseToString) + "";
  }
  if (isSymbol_default(value2)) {
    return symbolToString ? symbolToString.call(value2) : "";
  }
  var result = value2 + "";
  return result == "0" && 1 / value2 == -INFINITY ? "-0" : result;
}
var INFINITY, symbolProto, symbolToString, baseToString_default;
var init_baseToString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseToString.js"() {
    init_Symbol();
    init_arrayMap();
    init_isArray();
    init_isSymbol();
    INFINITY = 1 / 0;
    symbolProto = Symbol_default ? Symbol_default.prototype : void 0;
    symbolToString = symbolProto ? symbolProto.toString : void 0;
    baseToString_default = baseToString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_trimmedEndIndex.js
function trimmedEndIndex(string) {
  var index = string.length;
  while (index-- && reWhitespace.test(string.charAt(index))) {
  }
  return index;
}
var reWhitespace, trimmedEndIndex_default;
var init_trimmedEndIndex = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_trimmedEndIndex.js"() {
    reWhitespace = /\s/;
    trimmedEndIndex_default = trimmedEndIndex;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseTrim.js
function baseTrim(string) {
  return string ? string.slice(0, trimmedEndIndex_default(string) + 1).replace(reTrimStart, "") : string;
}
var reTrimStart, baseTrim_default;
var init_baseTrim = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseTrim.js"() {
    init_trimmedEndIndex();
    reTrimStart = /^\s+/;
    baseTrim_default = baseTrim;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isObject.js
function isObject(value2) {
  var type = typeof value2;
  return value2 != null && (type == "object" || type == "function");
}
var isObject_default;
var init_isObject = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isObject.js"() {
    isObject_default = isObject;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toNumber.js
function toNumber(value2) {
  if (typeof value2 == "number") {
    return value2;
  }
  if (isSymbol_default(value2)) {
    return NAN;
  }
  if (isObject_default(value2)) {
    var other = typeof value2.valueOf == "function" ? value2.valueOf() : value2;
    value2 = isObject_default(other) ? other + "" : other;
  }
  if (typeof value2 != "string") {
    return value2 === 0 ? value2 : +value2;
  }
  value2 = baseTrim_default(value2);
  var isBinary = reIsBinary.test(value2);
  return isBinary || reIsOctal.test(value2) ? freeParseInt(value2.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value2) ? NAN : +value2;
}
var NAN, reIsBadHex, reIsBinary, reIsOctal, freeParseInt, toNumber_default;
var init_toNumber = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toNumber.js"() {
    init_baseTrim();
    init_isObject();
    init_isSymbol();
    NAN = 0 / 0;
    reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
    reIsBinary = /^0b[01]+$/i;
    reIsOctal = /^0o[0-7]+$/i;
    freeParseInt = parseInt;
    toNumber_default = toNumber;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toFinite.js
function toFinite(value2) {
  if (!value2) {
    return value2 === 0 ? value2 : 0;
  }
  value2 = toNumber_default(value2);
  if (value2 === INFINITY2 || value2 === -INFINITY2) {
    var sign = value2 < 0 ? -1 : 1;
    return sign * MAX_INTEGER;
  }
  return value2 === value2 ? value2 : 0;
}
var INFINITY2, MAX_INTEGER, toFinite_default;
var init_toFinite = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toFinite.js"() {
    init_toNumber();
    INFINITY2 = 1 / 0;
    MAX_INTEGER = 17976931348623157e292;
    toFinite_default = toFinite;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toInteger.js
function toInteger(value2) {
  var result = toFinite_default(value2), remainder = result % 1;
  return result === result ? remainder ? result - remainder : result : 0;
}
var toInteger_default;
var init_toInteger = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toInteger.js"() {
    init_toFinite();
    toInteger_default = toInteger;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/identity.js
function identity(value2) {
  return value2;
}
var identity_default;
var init_identity = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/identity.js"() {
    identity_default = identity;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isFunction.js
function isFunction(value2) {
  if (!isObject_default(value2)) {
    return false;
  }
  var tag = baseGetTag_default(value2);
  return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
}
var asyncTag, funcTag, genTag, proxyTag, isFunction_default;
var init_isFunction = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isFunction.js"() {
    init_baseGetTag();
    init_isObject();
    asyncTag = "[object AsyncFunction]";
    funcTag = "[object Function]";
    genTag = "[object GeneratorFunction]";
    proxyTag = "[object Proxy]";
    isFunction_default = isFunction;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_coreJsData.js
var coreJsData, coreJsData_default;
var init_coreJsData = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_coreJsData.js"() {
    init_root();
    coreJsData = root_default["__core-js_shared__"];
    coreJsData_default = coreJsData;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isMasked.js
function isMasked(func) {
  return !!maskSrcKey && maskSrcKey in func;
}
var maskSrcKey, isMasked_default;
var init_isMasked = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isMasked.js"() {
    init_coreJsData();
    maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData_default && coreJsData_default.keys && coreJsData_default.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    isMasked_default = isMasked;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_toSource.js
function toSource(func) {
  if (func != null) {
    try {
      return funcToString.call(func);
    } catch (e) {
    }
    try {
      return func + "";
    } catch (e) {
    }
  }
  return "";
}
var funcProto, funcToString, toSource_default;
var init_toSource = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_toSource.js"() {
    funcProto = Function.prototype;
    funcToString = funcProto.toString;
    toSource_default = toSource;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsNative.js
function baseIsNative(value2) {
  if (!isObject_default(value2) || isMasked_default(value2)) {
    return false;
  }
  var pattern = isFunction_default(value2) ? reIsNative : reIsHostCtor;
  return pattern.test(toSource_default(value2));
}
var reRegExpChar, reIsHostCtor, funcProto2, objectProto3, funcToString2, hasOwnProperty2, reIsNative, baseIsNative_default;
var init_baseIsNative = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsNative.js"() {
    init_isFunction();
    init_isMasked();
    init_isObject();
    init_toSource();
    reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    reIsHostCtor = /^\[object .+?Constructor\]$/;
    funcProto2 = Function.prototype;
    objectProto3 = Object.prototype;
    funcToString2 = funcProto2.toString;
    hasOwnProperty2 = objectProto3.hasOwnProperty;
    reIsNative = RegExp(
      "^" + funcToString2.call(hasOwnProperty2).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    baseIsNative_default = baseIsNative;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getValue.js
function getValue(object, key) {
  return object == null ? void 0 : object[key];
}
var getValue_default;
var init_getValue = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getValue.js"() {
    getValue_default = getValue;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getNative.js
function getNative(object, key) {
  var value2 = getValue_default(object, key);
  return baseIsNative_default(value2) ? value2 : void 0;
}
var getNative_default;
var init_getNative = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getNative.js"() {
    init_baseIsNative();
    init_getValue();
    getNative_default = getNative;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_WeakMap.js
var WeakMap2, WeakMap_default;
var init_WeakMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_WeakMap.js"() {
    init_getNative();
    init_root();
    WeakMap2 = getNative_default(root_default, "WeakMap");
    WeakMap_default = WeakMap2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseCreate.js
var objectCreate, baseCreate, baseCreate_default;
var init_baseCreate = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseCreate.js"() {
    init_isObject();
    objectCreate = Object.create;
    baseCreate = /* @__PURE__ */ (function() {
      function object() {
      }
      return function(proto) {
        if (!isObject_default(proto)) {
          return {};
        }
        if (objectCreate) {
          return objectCreate(proto);
        }
        object.prototype = proto;
        var result = new object();
        object.prototype = void 0;
        return result;
      };
    })();
    baseCreate_default = baseCreate;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_apply.js
function apply(func, thisArg, args) {
  switch (args.length) {
    case 0:
      return func.call(thisArg);
    case 1:
      return func.call(thisArg, args[0]);
    case 2:
      return func.call(thisArg, args[0], args[1]);
    case 3:
      return func.call(thisArg, args[0], args[1], args[2]);
  }
  return func.apply(thisArg, args);
}
var apply_default;
var init_apply = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_apply.js"() {
    apply_default = apply;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/noop.js
function noop() {
}
var noop_default;
var init_noop = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/noop.js"() {
    noop_default = noop;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copyArray.js
function copyArray(source, array) {
  var index = -1, length = source.length;
  array || (array = Array(length));
  while (++index < length) {
    array[index] = source[index];
  }
  return array;
}
var copyArray_default;
var init_copyArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copyArray.js"() {
    copyArray_default = copyArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_shortOut.js
function shortOut(func) {
  var count2 = 0, lastCalled = 0;
  return function() {
    var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
    lastCalled = stamp;
    if (remaining > 0) {
      if (++count2 >= HOT_COUNT) {
        return arguments[0];
      }
    } else {
      count2 = 0;
    }
    return func.apply(void 0, arguments);
  };
}
var HOT_COUNT, HOT_SPAN, nativeNow, shortOut_default;
var init_shortOut = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_shortOut.js"() {
    HOT_COUNT = 800;
    HOT_SPAN = 16;
    nativeNow = Date.now;
    shortOut_default = shortOut;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/constant.js
function constant(value2) {
  return function() {
    return value2;
  };
}
var constant_default;
var init_constant = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/constant.js"() {
    constant_default = constant;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_defineProperty.js
var defineProperty, defineProperty_default;
var init_defineProperty = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_defineProperty.js"() {
    init_getNative();
    defineProperty = (function() {
      try {
        var func = getNative_default(Object, "defineProperty");
        func({}, "", {});
        return func;
      } catch (e) {
      }
    })();
    defineProperty_default = defineProperty;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSetToString.js
var baseSetToString, baseSetToString_default;
var init_baseSetToString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSetToString.js"() {
    init_constant();
    init_defineProperty();
    init_identity();
    baseSetToString = !defineProperty_default ? identity_default : function(func, string) {
      return defineProperty_default(func, "toString", {
        "configurable": true,
        "enumerable": false,
        "value": constant_default(string),
        "writable": true
      });
    };
    baseSetToString_default = baseSetToString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setToString.js
var setToString, setToString_default;
var init_setToString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setToString.js"() {
    init_baseSetToString();
    init_shortOut();
    setToString = shortOut_default(baseSetToString_default);
    setToString_default = setToString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayEach.js
function arrayEach(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (iteratee(array[index], index, array) === false) {
      break;
    }
  }
  return array;
}
var arrayEach_default;
var init_arrayEach = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayEach.js"() {
    arrayEach_default = arrayEach;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFindIndex.js
function baseFindIndex(array, predicate, fromIndex, fromRight) {
  var length = array.length, index = fromIndex + (fromRight ? 1 : -1);
  while (fromRight ? index-- : ++index < length) {
    if (predicate(array[index], index, array)) {
      return index;
    }
  }
  return -1;
}
var baseFindIndex_default;
var init_baseFindIndex = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFindIndex.js"() {
    baseFindIndex_default = baseFindIndex;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsNaN.js
function baseIsNaN(value2) {
  return value2 !== value2;
}
var baseIsNaN_default;
var init_baseIsNaN = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsNaN.js"() {
    baseIsNaN_default = baseIsNaN;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_strictIndexOf.js
function strictIndexOf(array, value2, fromIndex) {
  var index = fromIndex - 1, length = array.length;
  while (++index < length) {
    if (array[index] === value2) {
      return index;
    }
  }
  return -1;
}
var strictIndexOf_default;
var init_strictIndexOf = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_strictIndexOf.js"() {
    strictIndexOf_default = strictIndexOf;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIndexOf.js
function baseIndexOf(array, value2, fromIndex) {
  return value2 === value2 ? strictIndexOf_default(array, value2, fromIndex) : baseFindIndex_default(array, baseIsNaN_default, fromIndex);
}
var baseIndexOf_default;
var init_baseIndexOf = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIndexOf.js"() {
    init_baseFindIndex();
    init_baseIsNaN();
    init_strictIndexOf();
    baseIndexOf_default = baseIndexOf;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayIncludes.js
function arrayIncludes(array, value2) {
  var length = array == null ? 0 : array.length;
  return !!length && baseIndexOf_default(array, value2, 0) > -1;
}
var arrayIncludes_default;
var init_arrayIncludes = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayIncludes.js"() {
    init_baseIndexOf();
    arrayIncludes_default = arrayIncludes;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isIndex.js
function isIndex(value2, length) {
  var type = typeof value2;
  length = length == null ? MAX_SAFE_INTEGER : length;
  return !!length && (type == "number" || type != "symbol" && reIsUint.test(value2)) && (value2 > -1 && value2 % 1 == 0 && value2 < length);
}
var MAX_SAFE_INTEGER, reIsUint, isIndex_default;
var init_isIndex = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isIndex.js"() {
    MAX_SAFE_INTEGER = 9007199254740991;
    reIsUint = /^(?:0|[1-9]\d*)$/;
    isIndex_default = isIndex;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssignValue.js
function baseAssignValue(object, key, value2) {
  if (key == "__proto__" && defineProperty_default) {
    defineProperty_default(object, key, {
      "configurable": true,
      "enumerable": true,
      "value": value2,
      "writable": true
    });
  } else {
    object[key] = value2;
  }
}
var baseAssignValue_default;
var init_baseAssignValue = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssignValue.js"() {
    init_defineProperty();
    baseAssignValue_default = baseAssignValue;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/eq.js
function eq(value2, other) {
  return value2 === other || value2 !== value2 && other !== other;
}
var eq_default;
var init_eq = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/eq.js"() {
    eq_default = eq;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_assignValue.js
function assignValue(object, key, value2) {
  var objValue = object[key];
  if (!(hasOwnProperty3.call(object, key) && eq_default(objValue, value2)) || value2 === void 0 && !(key in object)) {
    baseAssignValue_default(object, key, value2);
  }
}
var objectProto4, hasOwnProperty3, assignValue_default;
var init_assignValue = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_assignValue.js"() {
    init_baseAssignValue();
    init_eq();
    objectProto4 = Object.prototype;
    hasOwnProperty3 = objectProto4.hasOwnProperty;
    assignValue_default = assignValue;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copyObject.js
function copyObject(source, props, object, customizer) {
  var isNew = !object;
  object || (object = {});
  var index = -1, length = props.length;
  while (++index < length) {
    var key = props[index];
    var newValue = customizer ? customizer(object[key], source[key], key, object, source) : void 0;
    if (newValue === void 0) {
      newValue = source[key];
    }
    if (isNew) {
      baseAssignValue_default(object, key, newValue);
    } else {
      assignValue_default(object, key, newValue);
    }
  }
  return object;
}
var copyObject_default;
var init_copyObject = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copyObject.js"() {
    init_assignValue();
    init_baseAssignValue();
    copyObject_default = copyObject;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_overRest.js
function overRest(func, start, transform) {
  start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
  return function() {
    var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
    while (++index < length) {
      array[index] = args[start + index];
    }
    index = -1;
    var otherArgs = Array(start + 1);
    while (++index < start) {
      otherArgs[index] = args[index];
    }
    otherArgs[start] = transform(array);
    return apply_default(func, this, otherArgs);
  };
}
var nativeMax, overRest_default;
var init_overRest = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_overRest.js"() {
    init_apply();
    nativeMax = Math.max;
    overRest_default = overRest;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseRest.js
function baseRest(func, start) {
  return setToString_default(overRest_default(func, start, identity_default), func + "");
}
var baseRest_default;
var init_baseRest = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseRest.js"() {
    init_identity();
    init_overRest();
    init_setToString();
    baseRest_default = baseRest;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isLength.js
function isLength(value2) {
  return typeof value2 == "number" && value2 > -1 && value2 % 1 == 0 && value2 <= MAX_SAFE_INTEGER2;
}
var MAX_SAFE_INTEGER2, isLength_default;
var init_isLength = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isLength.js"() {
    MAX_SAFE_INTEGER2 = 9007199254740991;
    isLength_default = isLength;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArrayLike.js
function isArrayLike(value2) {
  return value2 != null && isLength_default(value2.length) && !isFunction_default(value2);
}
var isArrayLike_default;
var init_isArrayLike = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArrayLike.js"() {
    init_isFunction();
    init_isLength();
    isArrayLike_default = isArrayLike;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isIterateeCall.js
function isIterateeCall(value2, index, object) {
  if (!isObject_default(object)) {
    return false;
  }
  var type = typeof index;
  if (type == "number" ? isArrayLike_default(object) && isIndex_default(index, object.length) : type == "string" && index in object) {
    return eq_default(object[index], value2);
  }
  return false;
}
var isIterateeCall_default;
var init_isIterateeCall = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isIterateeCall.js"() {
    init_eq();
    init_isArrayLike();
    init_isIndex();
    init_isObject();
    isIterateeCall_default = isIterateeCall;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createAssigner.js
function createAssigner(assigner) {
  return baseRest_default(function(object, sources) {
    var index = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : void 0, guard = length > 2 ? sources[2] : void 0;
    customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : void 0;
    if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
      customizer = length < 3 ? void 0 : customizer;
      length = 1;
    }
    object = Object(object);
    while (++index < length) {
      var source = sources[index];
      if (source) {
        assigner(object, source, index, customizer);
      }
    }
    return object;
  });
}
var createAssigner_default;
var init_createAssigner = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createAssigner.js"() {
    init_baseRest();
    init_isIterateeCall();
    createAssigner_default = createAssigner;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isPrototype.js
function isPrototype(value2) {
  var Ctor = value2 && value2.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto5;
  return value2 === proto;
}
var objectProto5, isPrototype_default;
var init_isPrototype = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isPrototype.js"() {
    objectProto5 = Object.prototype;
    isPrototype_default = isPrototype;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseTimes.js
function baseTimes(n, iteratee) {
  var index = -1, result = Array(n);
  while (++index < n) {
    result[index] = iteratee(index);
  }
  return result;
}
var baseTimes_default;
var init_baseTimes = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseTimes.js"() {
    baseTimes_default = baseTimes;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsArguments.js
function baseIsArguments(value2) {
  return isObjectLike_default(value2) && baseGetTag_default(value2) == argsTag;
}
var argsTag, baseIsArguments_default;
var init_baseIsArguments = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsArguments.js"() {
    init_baseGetTag();
    init_isObjectLike();
    argsTag = "[object Arguments]";
    baseIsArguments_default = baseIsArguments;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArguments.js
var objectProto6, hasOwnProperty4, propertyIsEnumerable, isArguments, isArguments_default;
var init_isArguments = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArguments.js"() {
    init_baseIsArguments();
    init_isObjectLike();
    objectProto6 = Object.prototype;
    hasOwnProperty4 = objectProto6.hasOwnProperty;
    propertyIsEnumerable = objectProto6.propertyIsEnumerable;
    isArguments = baseIsArguments_default(/* @__PURE__ */ (function() {
      return arguments;
    })()) ? baseIsArguments_default : function(value2) {
      return isObjectLike_default(value2) && hasOwnProperty4.call(value2, "callee") && !propertyIsEnumerable.call(value2, "callee");
    };
    isArguments_default = isArguments;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/stubFalse.js
function stubFalse() {
  return false;
}
var stubFalse_default;
var init_stubFalse = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/stubFalse.js"() {
    stubFalse_default = stubFalse;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isBuffer.js
var freeExports, freeModule, moduleExports, Buffer2, nativeIsBuffer, isBuffer, isBuffer_default;
var init_isBuffer = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isBuffer.js"() {
    init_root();
    init_stubFalse();
    freeExports = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule = freeExports && typeof module == "object" && module && !module.nodeType && module;
    moduleExports = freeModule && freeModule.exports === freeExports;
    Buffer2 = moduleExports ? root_default.Buffer : void 0;
    nativeIsBuffer = Buffer2 ? Buffer2.isBuffer : void 0;
    isBuffer = nativeIsBuffer || stubFalse_default;
    isBuffer_default = isBuffer;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsTypedArray.js
function baseIsTypedArray(value2) {
  return isObjectLike_default(value2) && isLength_default(value2.length) && !!typedArrayTags[baseGetTag_default(value2)];
}
var argsTag2, arrayTag, boolTag, dateTag, errorTag, funcTag2, mapTag, numberTag, objectTag, regexpTag, setTag, stringTag, weakMapTag, arrayBufferTag, dataViewTag, float32Tag, float64Tag, int8Tag, int16Tag, int32Tag, uint8Tag, uint8ClampedTag, uint16Tag, uint32Tag, typedArrayTags, baseIsTypedArray_default;
var init_baseIsTypedArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsTypedArray.js"() {
    init_baseGetTag();
    init_isLength();
    init_isObjectLike();
    argsTag2 = "[object Arguments]";
    arrayTag = "[object Array]";
    boolTag = "[object Boolean]";
    dateTag = "[object Date]";
    errorTag = "[object Error]";
    funcTag2 = "[object Function]";
    mapTag = "[object Map]";
    numberTag = "[object Number]";
    objectTag = "[object Object]";
    regexpTag = "[object RegExp]";
    setTag = "[object Set]";
    stringTag = "[object String]";
    weakMapTag = "[object WeakMap]";
    arrayBufferTag = "[object ArrayBuffer]";
    dataViewTag = "[object DataView]";
    float32Tag = "[object Float32Array]";
    float64Tag = "[object Float64Array]";
    int8Tag = "[object Int8Array]";
    int16Tag = "[object Int16Array]";
    int32Tag = "[object Int32Array]";
    uint8Tag = "[object Uint8Array]";
    uint8ClampedTag = "[object Uint8ClampedArray]";
    uint16Tag = "[object Uint16Array]";
    uint32Tag = "[object Uint32Array]";
    typedArrayTags = {};
    typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
    typedArrayTags[argsTag2] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag2] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
    baseIsTypedArray_default = baseIsTypedArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseUnary.js
function baseUnary(func) {
  return function(value2) {
    return func(value2);
  };
}
var baseUnary_default;
var init_baseUnary = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseUnary.js"() {
    baseUnary_default = baseUnary;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nodeUtil.js
var freeExports2, freeModule2, moduleExports2, freeProcess, nodeUtil, nodeUtil_default;
var init_nodeUtil = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nodeUtil.js"() {
    init_freeGlobal();
    freeExports2 = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule2 = freeExports2 && typeof module == "object" && module && !module.nodeType && module;
    moduleExports2 = freeModule2 && freeModule2.exports === freeExports2;
    freeProcess = moduleExports2 && freeGlobal_default.process;
    nodeUtil = (function() {
      try {
        var types = freeModule2 && freeModule2.require && freeModule2.require("util").types;
        if (types) {
          return types;
        }
        return freeProcess && freeProcess.binding && freeProcess.binding("util");
      } catch (e) {
      }
    })();
    nodeUtil_default = nodeUtil;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isTypedArray.js
var nodeIsTypedArray, isTypedArray, isTypedArray_default;
var init_isTypedArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isTypedArray.js"() {
    init_baseIsTypedArray();
    init_baseUnary();
    init_nodeUtil();
    nodeIsTypedArray = nodeUtil_default && nodeUtil_default.isTypedArray;
    isTypedArray = nodeIsTypedArray ? baseUnary_default(nodeIsTypedArray) : baseIsTypedArray_default;
    isTypedArray_default = isTypedArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayLikeKeys.js
function arrayLikeKeys(value2, inherited) {
  var isArr = isArray_default(value2), isArg = !isArr && isArguments_default(value2), isBuff = !isArr && !isArg && isBuffer_default(value2), isType = !isArr && !isArg && !isBuff && isTypedArray_default(value2), skipIndexes = isArr || isArg || isBuff || isType, result = skipIndexes ? baseTimes_default(value2.length, String) : [], length = result.length;
  for (var key in value2) {
    if ((inherited || hasOwnProperty5.call(value2, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
    (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
    isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
    isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
    isIndex_default(key, length)))) {
      result.push(key);
    }
  }
  return result;
}
var objectProto7, hasOwnProperty5, arrayLikeKeys_default;
var init_arrayLikeKeys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayLikeKeys.js"() {
    init_baseTimes();
    init_isArguments();
    init_isArray();
    init_isBuffer();
    init_isIndex();
    init_isTypedArray();
    objectProto7 = Object.prototype;
    hasOwnProperty5 = objectProto7.hasOwnProperty;
    arrayLikeKeys_default = arrayLikeKeys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_overArg.js
function overArg(func, transform) {
  return function(arg) {
    return func(transform(arg));
  };
}
var overArg_default;
var init_overArg = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_overArg.js"() {
    overArg_default = overArg;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeKeys.js
var nativeKeys, nativeKeys_default;
var init_nativeKeys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeKeys.js"() {
    init_overArg();
    nativeKeys = overArg_default(Object.keys, Object);
    nativeKeys_default = nativeKeys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseKeys.js
function baseKeys(object) {
  if (!isPrototype_default(object)) {
    return nativeKeys_default(object);
  }
  var result = [];
  for (var key in Object(object)) {
    if (hasOwnProperty6.call(object, key) && key != "constructor") {
      result.push(key);
    }
  }
  return result;
}
var objectProto8, hasOwnProperty6, baseKeys_default;
var init_baseKeys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseKeys.js"() {
    init_isPrototype();
    init_nativeKeys();
    objectProto8 = Object.prototype;
    hasOwnProperty6 = objectProto8.hasOwnProperty;
    baseKeys_default = baseKeys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/keys.js
function keys(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object) : baseKeys_default(object);
}
var keys_default;
var init_keys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/keys.js"() {
    init_arrayLikeKeys();
    init_baseKeys();
    init_isArrayLike();
    keys_default = keys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/assign.js
var objectProto9, hasOwnProperty7, assign, assign_default;
var init_assign = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/assign.js"() {
    init_assignValue();
    init_copyObject();
    init_createAssigner();
    init_isArrayLike();
    init_isPrototype();
    init_keys();
    objectProto9 = Object.prototype;
    hasOwnProperty7 = objectProto9.hasOwnProperty;
    assign = createAssigner_default(function(object, source) {
      if (isPrototype_default(source) || isArrayLike_default(source)) {
        copyObject_default(source, keys_default(source), object);
        return;
      }
      for (var key in source) {
        if (hasOwnProperty7.call(source, key)) {
          assignValue_default(object, key, source[key]);
        }
      }
    });
    assign_default = assign;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeKeysIn.js
function nativeKeysIn(object) {
  var result = [];
  if (object != null) {
    for (var key in Object(object)) {
      result.push(key);
    }
  }
  return result;
}
var nativeKeysIn_default;
var init_nativeKeysIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeKeysIn.js"() {
    nativeKeysIn_default = nativeKeysIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseKeysIn.js
function baseKeysIn(object) {
  if (!isObject_default(object)) {
    return nativeKeysIn_default(object);
  }
  var isProto = isPrototype_default(object), result = [];
  for (var key in object) {
    if (!(key == "constructor" && (isProto || !hasOwnProperty8.call(object, key)))) {
      result.push(key);
    }
  }
  return result;
}
var objectProto10, hasOwnProperty8, baseKeysIn_default;
var init_baseKeysIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseKeysIn.js"() {
    init_isObject();
    init_isPrototype();
    init_nativeKeysIn();
    objectProto10 = Object.prototype;
    hasOwnProperty8 = objectProto10.hasOwnProperty;
    baseKeysIn_default = baseKeysIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/keysIn.js
function keysIn(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object, true) : baseKeysIn_default(object);
}
var keysIn_default;
var init_keysIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/keysIn.js"() {
    init_arrayLikeKeys();
    init_baseKeysIn();
    init_isArrayLike();
    keysIn_default = keysIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isKey.js
function isKey(value2, object) {
  if (isArray_default(value2)) {
    return false;
  }
  var type = typeof value2;
  if (type == "number" || type == "symbol" || type == "boolean" || value2 == null || isSymbol_default(value2)) {
    return true;
  }
  return reIsPlainProp.test(value2) || !reIsDeepProp.test(value2) || object != null && value2 in Object(object);
}
var reIsDeepProp, reIsPlainProp, isKey_default;
var init_isKey = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isKey.js"() {
    init_isArray();
    init_isSymbol();
    reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    reIsPlainProp = /^\w*$/;
    isKey_default = isKey;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeCreate.js
var nativeCreate, nativeCreate_default;
var init_nativeCreate = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_nativeCreate.js"() {
    init_getNative();
    nativeCreate = getNative_default(Object, "create");
    nativeCreate_default = nativeCreate;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashClear.js
function hashClear() {
  this.__data__ = nativeCreate_default ? nativeCreate_default(null) : {};
  this.size = 0;
}
var hashClear_default;
var init_hashClear = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashClear.js"() {
    init_nativeCreate();
    hashClear_default = hashClear;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashDelete.js
function hashDelete(key) {
  var result = this.has(key) && delete this.__data__[key];
  this.size -= result ? 1 : 0;
  return result;
}
var hashDelete_default;
var init_hashDelete = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashDelete.js"() {
    hashDelete_default = hashDelete;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashGet.js
function hashGet(key) {
  var data = this.__data__;
  if (nativeCreate_default) {
    var result = data[key];
    return result === HASH_UNDEFINED ? void 0 : result;
  }
  return hasOwnProperty9.call(data, key) ? data[key] : void 0;
}
var HASH_UNDEFINED, objectProto11, hasOwnProperty9, hashGet_default;
var init_hashGet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashGet.js"() {
    init_nativeCreate();
    HASH_UNDEFINED = "__lodash_hash_undefined__";
    objectProto11 = Object.prototype;
    hasOwnProperty9 = objectProto11.hasOwnProperty;
    hashGet_default = hashGet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashHas.js
function hashHas(key) {
  var data = this.__data__;
  return nativeCreate_default ? data[key] !== void 0 : hasOwnProperty10.call(data, key);
}
var objectProto12, hasOwnProperty10, hashHas_default;
var init_hashHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashHas.js"() {
    init_nativeCreate();
    objectProto12 = Object.prototype;
    hasOwnProperty10 = objectProto12.hasOwnProperty;
    hashHas_default = hashHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashSet.js
function hashSet(key, value2) {
  var data = this.__data__;
  this.size += this.has(key) ? 0 : 1;
  data[key] = nativeCreate_default && value2 === void 0 ? HASH_UNDEFINED2 : value2;
  return this;
}
var HASH_UNDEFINED2, hashSet_default;
var init_hashSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hashSet.js"() {
    init_nativeCreate();
    HASH_UNDEFINED2 = "__lodash_hash_undefined__";
    hashSet_default = hashSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Hash.js
function Hash(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var Hash_default;
var init_Hash = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Hash.js"() {
    init_hashClear();
    init_hashDelete();
    init_hashGet();
    init_hashHas();
    init_hashSet();
    Hash.prototype.clear = hashClear_default;
    Hash.prototype["delete"] = hashDelete_default;
    Hash.prototype.get = hashGet_default;
    Hash.prototype.has = hashHas_default;
    Hash.prototype.set = hashSet_default;
    Hash_default = Hash;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheClear.js
function listCacheClear() {
  this.__data__ = [];
  this.size = 0;
}
var listCacheClear_default;
var init_listCacheClear = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheClear.js"() {
    listCacheClear_default = listCacheClear;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_assocIndexOf.js
function assocIndexOf(array, key) {
  var length = array.length;
  while (length--) {
    if (eq_default(array[length][0], key)) {
      return length;
    }
  }
  return -1;
}
var assocIndexOf_default;
var init_assocIndexOf = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_assocIndexOf.js"() {
    init_eq();
    assocIndexOf_default = assocIndexOf;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheDelete.js
function listCacheDelete(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    return false;
  }
  var lastIndex = data.length - 1;
  if (index == lastIndex) {
    data.pop();
  } else {
    splice.call(data, index, 1);
  }
  --this.size;
  return true;
}
var arrayProto, splice, listCacheDelete_default;
var init_listCacheDelete = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheDelete.js"() {
    init_assocIndexOf();
    arrayProto = Array.prototype;
    splice = arrayProto.splice;
    listCacheDelete_default = listCacheDelete;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheGet.js
function listCacheGet(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  return index < 0 ? void 0 : data[index][1];
}
var listCacheGet_default;
var init_listCacheGet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheGet.js"() {
    init_assocIndexOf();
    listCacheGet_default = listCacheGet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheHas.js
function listCacheHas(key) {
  return assocIndexOf_default(this.__data__, key) > -1;
}
var listCacheHas_default;
var init_listCacheHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheHas.js"() {
    init_assocIndexOf();
    listCacheHas_default = listCacheHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheSet.js
function listCacheSet(key, value2) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    ++this.size;
    data.push([key, value2]);
  } else {
    data[index][1] = value2;
  }
  return this;
}
var listCacheSet_default;
var init_listCacheSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_listCacheSet.js"() {
    init_assocIndexOf();
    listCacheSet_default = listCacheSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_ListCache.js
function ListCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var ListCache_default;
var init_ListCache = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_ListCache.js"() {
    init_listCacheClear();
    init_listCacheDelete();
    init_listCacheGet();
    init_listCacheHas();
    init_listCacheSet();
    ListCache.prototype.clear = listCacheClear_default;
    ListCache.prototype["delete"] = listCacheDelete_default;
    ListCache.prototype.get = listCacheGet_default;
    ListCache.prototype.has = listCacheHas_default;
    ListCache.prototype.set = listCacheSet_default;
    ListCache_default = ListCache;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Map.js
var Map2, Map_default;
var init_Map = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Map.js"() {
    init_getNative();
    init_root();
    Map2 = getNative_default(root_default, "Map");
    Map_default = Map2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheClear.js
function mapCacheClear() {
  this.size = 0;
  this.__data__ = {
    "hash": new Hash_default(),
    "map": new (Map_default || ListCache_default)(),
    "string": new Hash_default()
  };
}
var mapCacheClear_default;
var init_mapCacheClear = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheClear.js"() {
    init_Hash();
    init_ListCache();
    init_Map();
    mapCacheClear_default = mapCacheClear;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isKeyable.js
function isKeyable(value2) {
  var type = typeof value2;
  return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value2 !== "__proto__" : value2 === null;
}
var isKeyable_default;
var init_isKeyable = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isKeyable.js"() {
    isKeyable_default = isKeyable;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getMapData.js
function getMapData(map2, key) {
  var data = map2.__data__;
  return isKeyable_default(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
}
var getMapData_default;
var init_getMapData = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getMapData.js"() {
    init_isKeyable();
    getMapData_default = getMapData;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheDelete.js
function mapCacheDelete(key) {
  var result = getMapData_default(this, key)["delete"](key);
  this.size -= result ? 1 : 0;
  return result;
}
var mapCacheDelete_default;
var init_mapCacheDelete = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheDelete.js"() {
    init_getMapData();
    mapCacheDelete_default = mapCacheDelete;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheGet.js
function mapCacheGet(key) {
  return getMapData_default(this, key).get(key);
}
var mapCacheGet_default;
var init_mapCacheGet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheGet.js"() {
    init_getMapData();
    mapCacheGet_default = mapCacheGet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheHas.js
function mapCacheHas(key) {
  return getMapData_default(this, key).has(key);
}
var mapCacheHas_default;
var init_mapCacheHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheHas.js"() {
    init_getMapData();
    mapCacheHas_default = mapCacheHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheSet.js
function mapCacheSet(key, value2) {
  var data = getMapData_default(this, key), size2 = data.size;
  data.set(key, value2);
  this.size += data.size == size2 ? 0 : 1;
  return this;
}
var mapCacheSet_default;
var init_mapCacheSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapCacheSet.js"() {
    init_getMapData();
    mapCacheSet_default = mapCacheSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_MapCache.js
function MapCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
var MapCache_default;
var init_MapCache = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_MapCache.js"() {
    init_mapCacheClear();
    init_mapCacheDelete();
    init_mapCacheGet();
    init_mapCacheHas();
    init_mapCacheSet();
    MapCache.prototype.clear = mapCacheClear_default;
    MapCache.prototype["delete"] = mapCacheDelete_default;
    MapCache.prototype.get = mapCacheGet_default;
    MapCache.prototype.has = mapCacheHas_default;
    MapCache.prototype.set = mapCacheSet_default;
    MapCache_default = MapCache;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/memoize.js
function memoize(func, resolver) {
  if (typeof func != "function" || resolver != null && typeof resolver != "function") {
    throw new TypeError(FUNC_ERROR_TEXT);
  }
  var memoized = function() {
    var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
    if (cache.has(key)) {
      return cache.get(key);
    }
    var result = func.apply(this, args);
    memoized.cache = cache.set(key, result) || cache;
    return result;
  };
  memoized.cache = new (memoize.Cache || MapCache_default)();
  return memoized;
}
var FUNC_ERROR_TEXT, memoize_default;
var init_memoize = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/memoize.js"() {
    init_MapCache();
    FUNC_ERROR_TEXT = "Expected a function";
    memoize.Cache = MapCache_default;
    memoize_default = memoize;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_memoizeCapped.js
function memoizeCapped(func) {
  var result = memoize_default(func, function(key) {
    if (cache.size === MAX_MEMOIZE_SIZE) {
      cache.clear();
    }
    return key;
  });
  var cache = result.cache;
  return result;
}
var MAX_MEMOIZE_SIZE, memoizeCapped_default;
var init_memoizeCapped = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_memoizeCapped.js"() {
    init_memoize();
    MAX_MEMOIZE_SIZE = 500;
    memoizeCapped_default = memoizeCapped;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stringToPath.js
var rePropName, reEscapeChar, stringToPath, stringToPath_default;
var init_stringToPath = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stringToPath.js"() {
    init_memoizeCapped();
    rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    reEscapeChar = /\\(\\)?/g;
    stringToPath = memoizeCapped_default(function(string) {
      var result = [];
      if (string.charCodeAt(0) === 46) {
        result.push("");
      }
      string.replace(rePropName, function(match, number2, quote2, subString) {
        result.push(quote2 ? subString.replace(reEscapeChar, "$1") : number2 || match);
      });
      return result;
    });
    stringToPath_default = stringToPath;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toString.js
function toString(value2) {
  return value2 == null ? "" : baseToString_default(value2);
}
var toString_default;
var init_toString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/toString.js"() {
    init_baseToString();
    toString_default = toString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_castPath.js
function castPath(value2, object) {
  if (isArray_default(value2)) {
    return value2;
  }
  return isKey_default(value2, object) ? [value2] : stringToPath_default(toString_default(value2));
}
var castPath_default;
var init_castPath = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_castPath.js"() {
    init_isArray();
    init_isKey();
    init_stringToPath();
    init_toString();
    castPath_default = castPath;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_toKey.js
function toKey(value2) {
  if (typeof value2 == "string" || isSymbol_default(value2)) {
    return value2;
  }
  var result = value2 + "";
  return result == "0" && 1 / value2 == -INFINITY3 ? "-0" : result;
}
var INFINITY3, toKey_default;
var init_toKey = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_toKey.js"() {
    init_isSymbol();
    INFINITY3 = 1 / 0;
    toKey_default = toKey;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGet.js
function baseGet(object, path) {
  path = castPath_default(path, object);
  var index = 0, length = path.length;
  while (object != null && index < length) {
    object = object[toKey_default(path[index++])];
  }
  return index && index == length ? object : void 0;
}
var baseGet_default;
var init_baseGet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGet.js"() {
    init_castPath();
    init_toKey();
    baseGet_default = baseGet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/get.js
function get(object, path, defaultValue) {
  var result = object == null ? void 0 : baseGet_default(object, path);
  return result === void 0 ? defaultValue : result;
}
var get_default;
var init_get = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/get.js"() {
    init_baseGet();
    get_default = get;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayPush.js
function arrayPush(array, values2) {
  var index = -1, length = values2.length, offset = array.length;
  while (++index < length) {
    array[offset + index] = values2[index];
  }
  return array;
}
var arrayPush_default;
var init_arrayPush = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayPush.js"() {
    arrayPush_default = arrayPush;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isFlattenable.js
function isFlattenable(value2) {
  return isArray_default(value2) || isArguments_default(value2) || !!(spreadableSymbol && value2 && value2[spreadableSymbol]);
}
var spreadableSymbol, isFlattenable_default;
var init_isFlattenable = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isFlattenable.js"() {
    init_Symbol();
    init_isArguments();
    init_isArray();
    spreadableSymbol = Symbol_default ? Symbol_default.isConcatSpreadable : void 0;
    isFlattenable_default = isFlattenable;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFlatten.js
function baseFlatten(array, depth, predicate, isStrict, result) {
  var index = -1, length = array.length;
  predicate || (predicate = isFlattenable_default);
  result || (result = []);
  while (++index < length) {
    var value2 = array[index];
    if (depth > 0 && predicate(value2)) {
      if (depth > 1) {
        baseFlatten(value2, depth - 1, predicate, isStrict, result);
      } else {
        arrayPush_default(result, value2);
      }
    } else if (!isStrict) {
      result[result.length] = value2;
    }
  }
  return result;
}
var baseFlatten_default;
var init_baseFlatten = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFlatten.js"() {
    init_arrayPush();
    init_isFlattenable();
    baseFlatten_default = baseFlatten;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/flatten.js
function flatten(array) {
  var length = array == null ? 0 : array.length;
  return length ? baseFlatten_default(array, 1) : [];
}
var flatten_default;
var init_flatten = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/flatten.js"() {
    init_baseFlatten();
    flatten_default = flatten;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getPrototype.js
var getPrototype, getPrototype_default;
var init_getPrototype = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getPrototype.js"() {
    init_overArg();
    getPrototype = overArg_default(Object.getPrototypeOf, Object);
    getPrototype_default = getPrototype;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSlice.js
function baseSlice(array, start, end2) {
  var index = -1, length = array.length;
  if (start < 0) {
    start = -start > length ? 0 : length + start;
  }
  end2 = end2 > length ? length : end2;
  if (end2 < 0) {
    end2 += length;
  }
  length = start > end2 ? 0 : end2 - start >>> 0;
  start >>>= 0;
  var result = Array(length);
  while (++index < length) {
    result[index] = array[index + start];
  }
  return result;
}
var baseSlice_default;
var init_baseSlice = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSlice.js"() {
    baseSlice_default = baseSlice;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayReduce.js
function arrayReduce(array, iteratee, accumulator, initAccum) {
  var index = -1, length = array == null ? 0 : array.length;
  if (initAccum && length) {
    accumulator = array[++index];
  }
  while (++index < length) {
    accumulator = iteratee(accumulator, array[index], index, array);
  }
  return accumulator;
}
var arrayReduce_default;
var init_arrayReduce = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayReduce.js"() {
    arrayReduce_default = arrayReduce;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackClear.js
function stackClear() {
  this.__data__ = new ListCache_default();
  this.size = 0;
}
var stackClear_default;
var init_stackClear = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackClear.js"() {
    init_ListCache();
    stackClear_default = stackClear;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackDelete.js
function stackDelete(key) {
  var data = this.__data__, result = data["delete"](key);
  this.size = data.size;
  return result;
}
var stackDelete_default;
var init_stackDelete = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackDelete.js"() {
    stackDelete_default = stackDelete;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackGet.js
function stackGet(key) {
  return this.__data__.get(key);
}
var stackGet_default;
var init_stackGet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackGet.js"() {
    stackGet_default = stackGet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackHas.js
function stackHas(key) {
  return this.__data__.has(key);
}
var stackHas_default;
var init_stackHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackHas.js"() {
    stackHas_default = stackHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackSet.js
function stackSet(key, value2) {
  var data = this.__data__;
  if (data instanceof ListCache_default) {
    var pairs = data.__data__;
    if (!Map_default || pairs.length < LARGE_ARRAY_SIZE - 1) {
      pairs.push([key, value2]);
      this.size = ++data.size;
      return this;
    }
    data = this.__data__ = new MapCache_default(pairs);
  }
  data.set(key, value2);
  this.size = data.size;
  return this;
}
var LARGE_ARRAY_SIZE, stackSet_default;
var init_stackSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_stackSet.js"() {
    init_ListCache();
    init_Map();
    init_MapCache();
    LARGE_ARRAY_SIZE = 200;
    stackSet_default = stackSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Stack.js
function Stack(entries) {
  var data = this.__data__ = new ListCache_default(entries);
  this.size = data.size;
}
var Stack_default;
var init_Stack = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Stack.js"() {
    init_ListCache();
    init_stackClear();
    init_stackDelete();
    init_stackGet();
    init_stackHas();
    init_stackSet();
    Stack.prototype.clear = stackClear_default;
    Stack.prototype["delete"] = stackDelete_default;
    Stack.prototype.get = stackGet_default;
    Stack.prototype.has = stackHas_default;
    Stack.prototype.set = stackSet_default;
    Stack_default = Stack;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssign.js
function baseAssign(object, source) {
  return object && copyObject_default(source, keys_default(source), object);
}
var baseAssign_default;
var init_baseAssign = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssign.js"() {
    init_copyObject();
    init_keys();
    baseAssign_default = baseAssign;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssignIn.js
function baseAssignIn(object, source) {
  return object && copyObject_default(source, keysIn_default(source), object);
}
var baseAssignIn_default;
var init_baseAssignIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAssignIn.js"() {
    init_copyObject();
    init_keysIn();
    baseAssignIn_default = baseAssignIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneBuffer.js
function cloneBuffer(buffer, isDeep) {
  if (isDeep) {
    return buffer.slice();
  }
  var length = buffer.length, result = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);
  buffer.copy(result);
  return result;
}
var freeExports3, freeModule3, moduleExports3, Buffer3, allocUnsafe, cloneBuffer_default;
var init_cloneBuffer = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneBuffer.js"() {
    init_root();
    freeExports3 = typeof exports == "object" && exports && !exports.nodeType && exports;
    freeModule3 = freeExports3 && typeof module == "object" && module && !module.nodeType && module;
    moduleExports3 = freeModule3 && freeModule3.exports === freeExports3;
    Buffer3 = moduleExports3 ? root_default.Buffer : void 0;
    allocUnsafe = Buffer3 ? Buffer3.allocUnsafe : void 0;
    cloneBuffer_default = cloneBuffer;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayFilter.js
function arrayFilter(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value2 = array[index];
    if (predicate(value2, index, array)) {
      result[resIndex++] = value2;
    }
  }
  return result;
}
var arrayFilter_default;
var init_arrayFilter = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayFilter.js"() {
    arrayFilter_default = arrayFilter;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/stubArray.js
function stubArray() {
  return [];
}
var stubArray_default;
var init_stubArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/stubArray.js"() {
    stubArray_default = stubArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getSymbols.js
var objectProto13, propertyIsEnumerable2, nativeGetSymbols, getSymbols, getSymbols_default;
var init_getSymbols = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getSymbols.js"() {
    init_arrayFilter();
    init_stubArray();
    objectProto13 = Object.prototype;
    propertyIsEnumerable2 = objectProto13.propertyIsEnumerable;
    nativeGetSymbols = Object.getOwnPropertySymbols;
    getSymbols = !nativeGetSymbols ? stubArray_default : function(object) {
      if (object == null) {
        return [];
      }
      object = Object(object);
      return arrayFilter_default(nativeGetSymbols(object), function(symbol) {
        return propertyIsEnumerable2.call(object, symbol);
      });
    };
    getSymbols_default = getSymbols;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copySymbols.js
function copySymbols(source, object) {
  return copyObject_default(source, getSymbols_default(source), object);
}
var copySymbols_default;
var init_copySymbols = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copySymbols.js"() {
    init_copyObject();
    init_getSymbols();
    copySymbols_default = copySymbols;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getSymbolsIn.js
var nativeGetSymbols2, getSymbolsIn, getSymbolsIn_default;
var init_getSymbolsIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getSymbolsIn.js"() {
    init_arrayPush();
    init_getPrototype();
    init_getSymbols();
    init_stubArray();
    nativeGetSymbols2 = Object.getOwnPropertySymbols;
    getSymbolsIn = !nativeGetSymbols2 ? stubArray_default : function(object) {
      var result = [];
      while (object) {
        arrayPush_default(result, getSymbols_default(object));
        object = getPrototype_default(object);
      }
      return result;
    };
    getSymbolsIn_default = getSymbolsIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copySymbolsIn.js
function copySymbolsIn(source, object) {
  return copyObject_default(source, getSymbolsIn_default(source), object);
}
var copySymbolsIn_default;
var init_copySymbolsIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_copySymbolsIn.js"() {
    init_copyObject();
    init_getSymbolsIn();
    copySymbolsIn_default = copySymbolsIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGetAllKeys.js
function baseGetAllKeys(object, keysFunc, symbolsFunc) {
  var result = keysFunc(object);
  return isArray_default(object) ? result : arrayPush_default(result, symbolsFunc(object));
}
var baseGetAllKeys_default;
var init_baseGetAllKeys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseGetAllKeys.js"() {
    init_arrayPush();
    init_isArray();
    baseGetAllKeys_default = baseGetAllKeys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getAllKeys.js
function getAllKeys(object) {
  return baseGetAllKeys_default(object, keys_default, getSymbols_default);
}
var getAllKeys_default;
var init_getAllKeys = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getAllKeys.js"() {
    init_baseGetAllKeys();
    init_getSymbols();
    init_keys();
    getAllKeys_default = getAllKeys;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getAllKeysIn.js
function getAllKeysIn(object) {
  return baseGetAllKeys_default(object, keysIn_default, getSymbolsIn_default);
}
var getAllKeysIn_default;
var init_getAllKeysIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getAllKeysIn.js"() {
    init_baseGetAllKeys();
    init_getSymbolsIn();
    init_keysIn();
    getAllKeysIn_default = getAllKeysIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_DataView.js
var DataView2, DataView_default;
var init_DataView = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_DataView.js"() {
    init_getNative();
    init_root();
    DataView2 = getNative_default(root_default, "DataView");
    DataView_default = DataView2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Promise.js
var Promise2, Promise_default;
var init_Promise = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Promise.js"() {
    init_getNative();
    init_root();
    Promise2 = getNative_default(root_default, "Promise");
    Promise_default = Promise2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Set.js
var Set2, Set_default;
var init_Set = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Set.js"() {
    init_getNative();
    init_root();
    Set2 = getNative_default(root_default, "Set");
    Set_default = Set2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getTag.js
var mapTag2, objectTag2, promiseTag, setTag2, weakMapTag2, dataViewTag2, dataViewCtorString, mapCtorString, promiseCtorString, setCtorString, weakMapCtorString, getTag, getTag_default;
var init_getTag = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getTag.js"() {
    init_DataView();
    init_Map();
    init_Promise();
    init_Set();
    init_WeakMap();
    init_baseGetTag();
    init_toSource();
    mapTag2 = "[object Map]";
    objectTag2 = "[object Object]";
    promiseTag = "[object Promise]";
    setTag2 = "[object Set]";
    weakMapTag2 = "[object WeakMap]";
    dataViewTag2 = "[object DataView]";
    dataViewCtorString = toSource_default(DataView_default);
    mapCtorString = toSource_default(Map_default);
    promiseCtorString = toSource_default(Promise_default);
    setCtorString = toSource_default(Set_default);
    weakMapCtorString = toSource_default(WeakMap_default);
    getTag = baseGetTag_default;
    if (DataView_default && getTag(new DataView_default(new ArrayBuffer(1))) != dataViewTag2 || Map_default && getTag(new Map_default()) != mapTag2 || Promise_default && getTag(Promise_default.resolve()) != promiseTag || Set_default && getTag(new Set_default()) != setTag2 || WeakMap_default && getTag(new WeakMap_default()) != weakMapTag2) {
      getTag = function(value2) {
        var result = baseGetTag_default(value2), Ctor = result == objectTag2 ? value2.constructor : void 0, ctorString = Ctor ? toSource_default(Ctor) : "";
        if (ctorString) {
          switch (ctorString) {
            case dataViewCtorString:
              return dataViewTag2;
            case mapCtorString:
              return mapTag2;
            case promiseCtorString:
              return promiseTag;
            case setCtorString:
              return setTag2;
            case weakMapCtorString:
              return weakMapTag2;
          }
        }
        return result;
      };
    }
    getTag_default = getTag;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneArray.js
function initCloneArray(array) {
  var length = array.length, result = new array.constructor(length);
  if (length && typeof array[0] == "string" && hasOwnProperty11.call(array, "index")) {
    result.index = array.index;
    result.input = array.input;
  }
  return result;
}
var objectProto14, hasOwnProperty11, initCloneArray_default;
var init_initCloneArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneArray.js"() {
    objectProto14 = Object.prototype;
    hasOwnProperty11 = objectProto14.hasOwnProperty;
    initCloneArray_default = initCloneArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Uint8Array.js
var Uint8Array2, Uint8Array_default;
var init_Uint8Array = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_Uint8Array.js"() {
    init_root();
    Uint8Array2 = root_default.Uint8Array;
    Uint8Array_default = Uint8Array2;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneArrayBuffer.js
function cloneArrayBuffer(arrayBuffer) {
  var result = new arrayBuffer.constructor(arrayBuffer.byteLength);
  new Uint8Array_default(result).set(new Uint8Array_default(arrayBuffer));
  return result;
}
var cloneArrayBuffer_default;
var init_cloneArrayBuffer = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneArrayBuffer.js"() {
    init_Uint8Array();
    cloneArrayBuffer_default = cloneArrayBuffer;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneDataView.js
function cloneDataView(dataView, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(dataView.buffer) : dataView.buffer;
  return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
}
var cloneDataView_default;
var init_cloneDataView = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneDataView.js"() {
    init_cloneArrayBuffer();
    cloneDataView_default = cloneDataView;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneRegExp.js
function cloneRegExp(regexp) {
  var result = new regexp.constructor(regexp.source, reFlags.exec(regexp));
  result.lastIndex = regexp.lastIndex;
  return result;
}
var reFlags, cloneRegExp_default;
var init_cloneRegExp = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneRegExp.js"() {
    reFlags = /\w*$/;
    cloneRegExp_default = cloneRegExp;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneSymbol.js
function cloneSymbol(symbol) {
  return symbolValueOf ? Object(symbolValueOf.call(symbol)) : {};
}
var symbolProto2, symbolValueOf, cloneSymbol_default;
var init_cloneSymbol = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneSymbol.js"() {
    init_Symbol();
    symbolProto2 = Symbol_default ? Symbol_default.prototype : void 0;
    symbolValueOf = symbolProto2 ? symbolProto2.valueOf : void 0;
    cloneSymbol_default = cloneSymbol;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneTypedArray.js
function cloneTypedArray(typedArray, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(typedArray.buffer) : typedArray.buffer;
  return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
}
var cloneTypedArray_default;
var init_cloneTypedArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cloneTypedArray.js"() {
    init_cloneArrayBuffer();
    cloneTypedArray_default = cloneTypedArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneByTag.js
function initCloneByTag(object, tag, isDeep) {
  var Ctor = object.constructor;
  switch (tag) {
    case arrayBufferTag2:
      return cloneArrayBuffer_default(object);
    case boolTag2:
    case dateTag2:
      return new Ctor(+object);
    case dataViewTag3:
      return cloneDataView_default(object, isDeep);
    case float32Tag2:
    case float64Tag2:
    case int8Tag2:
    case int16Tag2:
    case int32Tag2:
    case uint8Tag2:
    case uint8ClampedTag2:
    case uint16Tag2:
    case uint32Tag2:
      return cloneTypedArray_default(object, isDeep);
    case mapTag3:
      return new Ctor();
    case numberTag2:
    case stringTag2:
      return new Ctor(object);
    case regexpTag2:
      return cloneRegExp_default(object);
    case setTag3:
      return new Ctor();
    case symbolTag2:
      return cloneSymbol_default(object);
  }
}
var boolTag2, dateTag2, mapTag3, numberTag2, regexpTag2, setTag3, stringTag2, symbolTag2, arrayBufferTag2, dataViewTag3, float32Tag2, float64Tag2, int8Tag2, int16Tag2, int32Tag2, uint8Tag2, uint8ClampedTag2, uint16Tag2, uint32Tag2, initCloneByTag_default;
var init_initCloneByTag = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneByTag.js"() {
    init_cloneArrayBuffer();
    init_cloneDataView();
    init_cloneRegExp();
    init_cloneSymbol();
    init_cloneTypedArray();
    boolTag2 = "[object Boolean]";
    dateTag2 = "[object Date]";
    mapTag3 = "[object Map]";
    numberTag2 = "[object Number]";
    regexpTag2 = "[object RegExp]";
    setTag3 = "[object Set]";
    stringTag2 = "[object String]";
    symbolTag2 = "[object Symbol]";
    arrayBufferTag2 = "[object ArrayBuffer]";
    dataViewTag3 = "[object DataView]";
    float32Tag2 = "[object Float32Array]";
    float64Tag2 = "[object Float64Array]";
    int8Tag2 = "[object Int8Array]";
    int16Tag2 = "[object Int16Array]";
    int32Tag2 = "[object Int32Array]";
    uint8Tag2 = "[object Uint8Array]";
    uint8ClampedTag2 = "[object Uint8ClampedArray]";
    uint16Tag2 = "[object Uint16Array]";
    uint32Tag2 = "[object Uint32Array]";
    initCloneByTag_default = initCloneByTag;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneObject.js
function initCloneObject(object) {
  return typeof object.constructor == "function" && !isPrototype_default(object) ? baseCreate_default(getPrototype_default(object)) : {};
}
var initCloneObject_default;
var init_initCloneObject = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_initCloneObject.js"() {
    init_baseCreate();
    init_getPrototype();
    init_isPrototype();
    initCloneObject_default = initCloneObject;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsMap.js
function baseIsMap(value2) {
  return isObjectLike_default(value2) && getTag_default(value2) == mapTag4;
}
var mapTag4, baseIsMap_default;
var init_baseIsMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsMap.js"() {
    init_getTag();
    init_isObjectLike();
    mapTag4 = "[object Map]";
    baseIsMap_default = baseIsMap;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isMap.js
var nodeIsMap, isMap, isMap_default;
var init_isMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isMap.js"() {
    init_baseIsMap();
    init_baseUnary();
    init_nodeUtil();
    nodeIsMap = nodeUtil_default && nodeUtil_default.isMap;
    isMap = nodeIsMap ? baseUnary_default(nodeIsMap) : baseIsMap_default;
    isMap_default = isMap;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsSet.js
function baseIsSet(value2) {
  return isObjectLike_default(value2) && getTag_default(value2) == setTag4;
}
var setTag4, baseIsSet_default;
var init_baseIsSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsSet.js"() {
    init_getTag();
    init_isObjectLike();
    setTag4 = "[object Set]";
    baseIsSet_default = baseIsSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isSet.js
var nodeIsSet, isSet, isSet_default;
var init_isSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isSet.js"() {
    init_baseIsSet();
    init_baseUnary();
    init_nodeUtil();
    nodeIsSet = nodeUtil_default && nodeUtil_default.isSet;
    isSet = nodeIsSet ? baseUnary_default(nodeIsSet) : baseIsSet_default;
    isSet_default = isSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseClone.js
function baseClone(value2, bitmask, customizer, key, object, stack) {
  var result, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
  if (customizer) {
    result = object ? customizer(value2, key, object, stack) : customizer(value2);
  }
  if (result !== void 0) {
    return result;
  }
  if (!isObject_default(value2)) {
    return value2;
  }
  var isArr = isArray_default(value2);
  if (isArr) {
    result = initCloneArray_default(value2);
    if (!isDeep) {
      return copyArray_default(value2, result);
    }
  } else {
    var tag = getTag_default(value2), isFunc = tag == funcTag3 || tag == genTag2;
    if (isBuffer_default(value2)) {
      return cloneBuffer_default(value2, isDeep);
    }
    if (tag == objectTag3 || tag == argsTag3 || isFunc && !object) {
      result = isFlat || isFunc ? {} : initCloneObject_default(value2);
      if (!isDeep) {
        return isFlat ? copySymbolsIn_default(value2, baseAssignIn_default(result, value2)) : copySymbols_default(value2, baseAssign_default(result, value2));
      }
    } else {
      if (!cloneableTags[tag]) {
        return object ? value2 : {};
      }
      result = initCloneByTag_default(value2, tag, isDeep);
    }
  }
  stack || (stack = new Stack_default());
  var stacked = stack.get(value2);
  if (stacked) {
    return stacked;
  }
  stack.set(value2, result);
  if (isSet_default(value2)) {
    value2.forEach(function(subValue) {
      result.add(baseClone(subValue, bitmask, customizer, subValue, value2, stack));
    });
  } else if (isMap_default(value2)) {
    value2.forEach(function(subValue, key2) {
      result.set(key2, baseClone(subValue, bitmask, customizer, key2, value2, stack));
    });
  }
  var keysFunc = isFull ? isFlat ? getAllKeysIn_default : getAllKeys_default : isFlat ? keysIn_default : keys_default;
  var props = isArr ? void 0 : keysFunc(value2);
  arrayEach_default(props || value2, function(subValue, key2) {
    if (props) {
      key2 = subValue;
      subValue = value2[key2];
    }
    assignValue_default(result, key2, baseClone(subValue, bitmask, customizer, key2, value2, stack));
  });
  return result;
}
var CLONE_DEEP_FLAG, CLONE_FLAT_FLAG, CLONE_SYMBOLS_FLAG, argsTag3, arrayTag2, boolTag3, dateTag3, errorTag2, funcTag3, genTag2, mapTag5, numberTag3, objectTag3, regexpTag3, setTag5, stringTag3, symbolTag3, weakMapTag3, arrayBufferTag3, dataViewTag4, float32Tag3, float64Tag3, int8Tag3, int16Tag3, int32Tag3, uint8Tag3, uint8ClampedTag3, uint16Tag3, uint32Tag3, cloneableTags, baseClone_default;
var init_baseClone = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseClone.js"() {
    init_Stack();
    init_arrayEach();
    init_assignValue();
    init_baseAssign();
    init_baseAssignIn();
    init_cloneBuffer();
    init_copyArray();
    init_copySymbols();
    init_copySymbolsIn();
    init_getAllKeys();
    init_getAllKeysIn();
    init_getTag();
    init_initCloneArray();
    init_initCloneByTag();
    init_initCloneObject();
    init_isArray();
    init_isBuffer();
    init_isMap();
    init_isObject();
    init_isSet();
    init_keys();
    init_keysIn();
    CLONE_DEEP_FLAG = 1;
    CLONE_FLAT_FLAG = 2;
    CLONE_SYMBOLS_FLAG = 4;
    argsTag3 = "[object Arguments]";
    arrayTag2 = "[object Array]";
    boolTag3 = "[object Boolean]";
    dateTag3 = "[object Date]";
    errorTag2 = "[object Error]";
    funcTag3 = "[object Function]";
    genTag2 = "[object GeneratorFunction]";
    mapTag5 = "[object Map]";
    numberTag3 = "[object Number]";
    objectTag3 = "[object Object]";
    regexpTag3 = "[object RegExp]";
    setTag5 = "[object Set]";
    stringTag3 = "[object String]";
    symbolTag3 = "[object Symbol]";
    weakMapTag3 = "[object WeakMap]";
    arrayBufferTag3 = "[object ArrayBuffer]";
    dataViewTag4 = "[object DataView]";
    float32Tag3 = "[object Float32Array]";
    float64Tag3 = "[object Float64Array]";
    int8Tag3 = "[object Int8Array]";
    int16Tag3 = "[object Int16Array]";
    int32Tag3 = "[object Int32Array]";
    uint8Tag3 = "[object Uint8Array]";
    uint8ClampedTag3 = "[object Uint8ClampedArray]";
    uint16Tag3 = "[object Uint16Array]";
    uint32Tag3 = "[object Uint32Array]";
    cloneableTags = {};
    cloneableTags[argsTag3] = cloneableTags[arrayTag2] = cloneableTags[arrayBufferTag3] = cloneableTags[dataViewTag4] = cloneableTags[boolTag3] = cloneableTags[dateTag3] = cloneableTags[float32Tag3] = cloneableTags[float64Tag3] = cloneableTags[int8Tag3] = cloneableTags[int16Tag3] = cloneableTags[int32Tag3] = cloneableTags[mapTag5] = cloneableTags[numberTag3] = cloneableTags[objectTag3] = cloneableTags[regexpTag3] = cloneableTags[setTag5] = cloneableTags[stringTag3] = cloneableTags[symbolTag3] = cloneableTags[uint8Tag3] = cloneableTags[uint8ClampedTag3] = cloneableTags[uint16Tag3] = cloneableTags[uint32Tag3] = true;
    cloneableTags[errorTag2] = cloneableTags[funcTag3] = cloneableTags[weakMapTag3] = false;
    baseClone_default = baseClone;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/clone.js
function clone(value2) {
  return baseClone_default(value2, CLONE_SYMBOLS_FLAG2);
}
var CLONE_SYMBOLS_FLAG2, clone_default;
var init_clone = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/clone.js"() {
    init_baseClone();
    CLONE_SYMBOLS_FLAG2 = 4;
    clone_default = clone;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/compact.js
function compact(array) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value2 = array[index];
    if (value2) {
      result[resIndex++] = value2;
    }
  }
  return result;
}
var compact_default;
var init_compact = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/compact.js"() {
    compact_default = compact;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setCacheAdd.js
function setCacheAdd(value2) {
  this.__data__.set(value2, HASH_UNDEFINED3);
  return this;
}
var HASH_UNDEFINED3, setCacheAdd_default;
var init_setCacheAdd = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setCacheAdd.js"() {
    HASH_UNDEFINED3 = "__lodash_hash_undefined__";
    setCacheAdd_default = setCacheAdd;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setCacheHas.js
function setCacheHas(value2) {
  return this.__data__.has(value2);
}
var setCacheHas_default;
var init_setCacheHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setCacheHas.js"() {
    setCacheHas_default = setCacheHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_SetCache.js
function SetCache(values2) {
  var index = -1, length = values2 == null ? 0 : values2.length;
  this.__data__ = new MapCache_default();
  while (++index < length) {
    this.add(values2[index]);
  }
}
var SetCache_default;
var init_SetCache = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_SetCache.js"() {
    init_MapCache();
    init_setCacheAdd();
    init_setCacheHas();
    SetCache.prototype.add = SetCache.prototype.push = setCacheAdd_default;
    SetCache.prototype.has = setCacheHas_default;
    SetCache_default = SetCache;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arraySome.js
function arraySome(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (predicate(array[index], index, array)) {
      return true;
    }
  }
  return false;
}
var arraySome_default;
var init_arraySome = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arraySome.js"() {
    arraySome_default = arraySome;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cacheHas.js
function cacheHas(cache, key) {
  return cache.has(key);
}
var cacheHas_default;
var init_cacheHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_cacheHas.js"() {
    cacheHas_default = cacheHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalArrays.js
function equalArrays(array, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array.length, othLength = other.length;
  if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
    return false;
  }
  var arrStacked = stack.get(array);
  var othStacked = stack.get(other);
  if (arrStacked && othStacked) {
    return arrStacked == other && othStacked == array;
  }
  var index = -1, result = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache_default() : void 0;
  stack.set(array, other);
  stack.set(other, array);
  while (++index < arrLength) {
    var arrValue = array[index], othValue = other[index];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
    }
    if (compared !== void 0) {
      if (compared) {
        continue;
      }
      result = false;
      break;
    }
    if (seen) {
      if (!arraySome_default(other, function(othValue2, othIndex) {
        if (!cacheHas_default(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
          return seen.push(othIndex);
        }
      })) {
        result = false;
        break;
      }
    } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
      result = false;
      break;
    }
  }
  stack["delete"](array);
  stack["delete"](other);
  return result;
}
var COMPARE_PARTIAL_FLAG, COMPARE_UNORDERED_FLAG, equalArrays_default;
var init_equalArrays = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalArrays.js"() {
    init_SetCache();
    init_arraySome();
    init_cacheHas();
    COMPARE_PARTIAL_FLAG = 1;
    COMPARE_UNORDERED_FLAG = 2;
    equalArrays_default = equalArrays;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapToArray.js
function mapToArray(map2) {
  var index = -1, result = Array(map2.size);
  map2.forEach(function(value2, key) {
    result[++index] = [key, value2];
  });
  return result;
}
var mapToArray_default;
var init_mapToArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_mapToArray.js"() {
    mapToArray_default = mapToArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setToArray.js
function setToArray(set) {
  var index = -1, result = Array(set.size);
  set.forEach(function(value2) {
    result[++index] = value2;
  });
  return result;
}
var setToArray_default;
var init_setToArray = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_setToArray.js"() {
    setToArray_default = setToArray;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalByTag.js
function equalByTag(object, other, tag, bitmask, customizer, equalFunc, stack) {
  switch (tag) {
    case dataViewTag5:
      if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
        return false;
      }
      object = object.buffer;
      other = other.buffer;
    case arrayBufferTag4:
      if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array_default(object), new Uint8Array_default(other))) {
        return false;
      }
      return true;
    case boolTag4:
    case dateTag4:
    case numberTag4:
      return eq_default(+object, +other);
    case errorTag3:
      return object.name == other.name && object.message == other.message;
    case regexpTag4:
    case stringTag4:
      return object == other + "";
    case mapTag6:
      var convert = mapToArray_default;
    case setTag6:
      var isPartial = bitmask & COMPARE_PARTIAL_FLAG2;
      convert || (convert = setToArray_default);
      if (object.size != other.size && !isPartial) {
        return false;
      }
      var stacked = stack.get(object);
      if (stacked) {
        return stacked == other;
      }
      bitmask |= COMPARE_UNORDERED_FLAG2;
      stack.set(object, other);
      var result = equalArrays_default(convert(object), convert(other), bitmask, customizer, equalFunc, stack);
      stack["delete"](object);
      return result;
    case symbolTag4:
      if (symbolValueOf2) {
        return symbolValueOf2.call(object) == symbolValueOf2.call(other);
      }
  }
  return false;
}
var COMPARE_PARTIAL_FLAG2, COMPARE_UNORDERED_FLAG2, boolTag4, dateTag4, errorTag3, mapTag6, numberTag4, regexpTag4, setTag6, stringTag4, symbolTag4, arrayBufferTag4, dataViewTag5, symbolProto3, symbolValueOf2, equalByTag_default;
var init_equalByTag = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalByTag.js"() {
    init_Symbol();
    init_Uint8Array();
    init_eq();
    init_equalArrays();
    init_mapToArray();
    init_setToArray();
    COMPARE_PARTIAL_FLAG2 = 1;
    COMPARE_UNORDERED_FLAG2 = 2;
    boolTag4 = "[object Boolean]";
    dateTag4 = "[object Date]";
    errorTag3 = "[object Error]";
    mapTag6 = "[object Map]";
    numberTag4 = "[object Number]";
    regexpTag4 = "[object RegExp]";
    setTag6 = "[object Set]";
    stringTag4 = "[object String]";
    symbolTag4 = "[object Symbol]";
    arrayBufferTag4 = "[object ArrayBuffer]";
    dataViewTag5 = "[object DataView]";
    symbolProto3 = Symbol_default ? Symbol_default.prototype : void 0;
    symbolValueOf2 = symbolProto3 ? symbolProto3.valueOf : void 0;
    equalByTag_default = equalByTag;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalObjects.js
function equalObjects(object, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG3, objProps = getAllKeys_default(object), objLength = objProps.length, othProps = getAllKeys_default(other), othLength = othProps.length;
  if (objLength != othLength && !isPartial) {
    return false;
  }
  var index = objLength;
  while (index--) {
    var key = objProps[index];
    if (!(isPartial ? key in other : hasOwnProperty12.call(other, key))) {
      return false;
    }
  }
  var objStacked = stack.get(object);
  var othStacked = stack.get(other);
  if (objStacked && othStacked) {
    return objStacked == other && othStacked == object;
  }
  var result = true;
  stack.set(object, other);
  stack.set(other, object);
  var skipCtor = isPartial;
  while (++index < objLength) {
    key = objProps[index];
    var objValue = object[key], othValue = other[key];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
    }
    if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
      result = false;
      break;
    }
    skipCtor || (skipCtor = key == "constructor");
  }
  if (result && !skipCtor) {
    var objCtor = object.constructor, othCtor = other.constructor;
    if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
      result = false;
    }
  }
  stack["delete"](object);
  stack["delete"](other);
  return result;
}
var COMPARE_PARTIAL_FLAG3, objectProto15, hasOwnProperty12, equalObjects_default;
var init_equalObjects = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_equalObjects.js"() {
    init_getAllKeys();
    COMPARE_PARTIAL_FLAG3 = 1;
    objectProto15 = Object.prototype;
    hasOwnProperty12 = objectProto15.hasOwnProperty;
    equalObjects_default = equalObjects;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsEqualDeep.js
function baseIsEqualDeep(object, other, bitmask, customizer, equalFunc, stack) {
  var objIsArr = isArray_default(object), othIsArr = isArray_default(other), objTag = objIsArr ? arrayTag3 : getTag_default(object), othTag = othIsArr ? arrayTag3 : getTag_default(other);
  objTag = objTag == argsTag4 ? objectTag4 : objTag;
  othTag = othTag == argsTag4 ? objectTag4 : othTag;
  var objIsObj = objTag == objectTag4, othIsObj = othTag == objectTag4, isSameTag = objTag == othTag;
  if (isSameTag && isBuffer_default(object)) {
    if (!isBuffer_default(other)) {
      return false;
    }
    objIsArr = true;
    objIsObj = false;
  }
  if (isSameTag && !objIsObj) {
    stack || (stack = new Stack_default());
    return objIsArr || isTypedArray_default(object) ? equalArrays_default(object, other, bitmask, customizer, equalFunc, stack) : equalByTag_default(object, other, objTag, bitmask, customizer, equalFunc, stack);
  }
  if (!(bitmask & COMPARE_PARTIAL_FLAG4)) {
    var objIsWrapped = objIsObj && hasOwnProperty13.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty13.call(other, "__wrapped__");
    if (objIsWrapped || othIsWrapped) {
      var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
      stack || (stack = new Stack_default());
      return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
    }
  }
  if (!isSameTag) {
    return false;
  }
  stack || (stack = new Stack_default());
  return equalObjects_default(object, other, bitmask, customizer, equalFunc, stack);
}
var COMPARE_PARTIAL_FLAG4, argsTag4, arrayTag3, objectTag4, objectProto16, hasOwnProperty13, baseIsEqualDeep_default;
var init_baseIsEqualDeep = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsEqualDeep.js"() {
    init_Stack();
    init_equalArrays();
    init_equalByTag();
    init_equalObjects();
    init_getTag();
    init_isArray();
    init_isBuffer();
    init_isTypedArray();
    COMPARE_PARTIAL_FLAG4 = 1;
    argsTag4 = "[object Arguments]";
    arrayTag3 = "[object Array]";
    objectTag4 = "[object Object]";
    objectProto16 = Object.prototype;
    hasOwnProperty13 = objectProto16.hasOwnProperty;
    baseIsEqualDeep_default = baseIsEqualDeep;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsEqual.js
function baseIsEqual(value2, other, bitmask, customizer, stack) {
  if (value2 === other) {
    return true;
  }
  if (value2 == null || other == null || !isObjectLike_default(value2) && !isObjectLike_default(other)) {
    return value2 !== value2 && other !== other;
  }
  return baseIsEqualDeep_default(value2, other, bitmask, customizer, baseIsEqual, stack);
}
var baseIsEqual_default;
var init_baseIsEqual = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsEqual.js"() {
    init_baseIsEqualDeep();
    init_isObjectLike();
    baseIsEqual_default = baseIsEqual;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsMatch.js
function baseIsMatch(object, source, matchData, customizer) {
  var index = matchData.length, length = index, noCustomizer = !customizer;
  if (object == null) {
    return !length;
  }
  object = Object(object);
  while (index--) {
    var data = matchData[index];
    if (noCustomizer && data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
      return false;
    }
  }
  while (++index < length) {
    data = matchData[index];
    var key = data[0], objValue = object[key], srcValue = data[1];
    if (noCustomizer && data[2]) {
      if (objValue === void 0 && !(key in object)) {
        return false;
      }
    } else {
      var stack = new Stack_default();
      if (customizer) {
        var result = customizer(objValue, srcValue, key, object, source, stack);
      }
      if (!(result === void 0 ? baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG5 | COMPARE_UNORDERED_FLAG3, customizer, stack) : result)) {
        return false;
      }
    }
  }
  return true;
}
var COMPARE_PARTIAL_FLAG5, COMPARE_UNORDERED_FLAG3, baseIsMatch_default;
var init_baseIsMatch = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsMatch.js"() {
    init_Stack();
    init_baseIsEqual();
    COMPARE_PARTIAL_FLAG5 = 1;
    COMPARE_UNORDERED_FLAG3 = 2;
    baseIsMatch_default = baseIsMatch;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isStrictComparable.js
function isStrictComparable(value2) {
  return value2 === value2 && !isObject_default(value2);
}
var isStrictComparable_default;
var init_isStrictComparable = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_isStrictComparable.js"() {
    init_isObject();
    isStrictComparable_default = isStrictComparable;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getMatchData.js
function getMatchData(object) {
  var result = keys_default(object), length = result.length;
  while (length--) {
    var key = result[length], value2 = object[key];
    result[length] = [key, value2, isStrictComparable_default(value2)];
  }
  return result;
}
var getMatchData_default;
var init_getMatchData = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_getMatchData.js"() {
    init_isStrictComparable();
    init_keys();
    getMatchData_default = getMatchData;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_matchesStrictComparable.js
function matchesStrictComparable(key, srcValue) {
  return function(object) {
    if (object == null) {
      return false;
    }
    return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
  };
}
var matchesStrictComparable_default;
var init_matchesStrictComparable = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_matchesStrictComparable.js"() {
    matchesStrictComparable_default = matchesStrictComparable;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMatches.js
function baseMatches(source) {
  var matchData = getMatchData_default(source);
  if (matchData.length == 1 && matchData[0][2]) {
    return matchesStrictComparable_default(matchData[0][0], matchData[0][1]);
  }
  return function(object) {
    return object === source || baseIsMatch_default(object, source, matchData);
  };
}
var baseMatches_default;
var init_baseMatches = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMatches.js"() {
    init_baseIsMatch();
    init_getMatchData();
    init_matchesStrictComparable();
    baseMatches_default = baseMatches;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseHasIn.js
function baseHasIn(object, key) {
  return object != null && key in Object(object);
}
var baseHasIn_default;
var init_baseHasIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseHasIn.js"() {
    baseHasIn_default = baseHasIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hasPath.js
function hasPath(object, path, hasFunc) {
  path = castPath_default(path, object);
  var index = -1, length = path.length, result = false;
  while (++index < length) {
    var key = toKey_default(path[index]);
    if (!(result = object != null && hasFunc(object, key))) {
      break;
    }
    object = object[key];
  }
  if (result || ++index != length) {
    return result;
  }
  length = object == null ? 0 : object.length;
  return !!length && isLength_default(length) && isIndex_default(key, length) && (isArray_default(object) || isArguments_default(object));
}
var hasPath_default;
var init_hasPath = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_hasPath.js"() {
    init_castPath();
    init_isArguments();
    init_isArray();
    init_isIndex();
    init_isLength();
    init_toKey();
    hasPath_default = hasPath;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/hasIn.js
function hasIn(object, path) {
  return object != null && hasPath_default(object, path, baseHasIn_default);
}
var hasIn_default;
var init_hasIn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/hasIn.js"() {
    init_baseHasIn();
    init_hasPath();
    hasIn_default = hasIn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMatchesProperty.js
function baseMatchesProperty(path, srcValue) {
  if (isKey_default(path) && isStrictComparable_default(srcValue)) {
    return matchesStrictComparable_default(toKey_default(path), srcValue);
  }
  return function(object) {
    var objValue = get_default(object, path);
    return objValue === void 0 && objValue === srcValue ? hasIn_default(object, path) : baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG6 | COMPARE_UNORDERED_FLAG4);
  };
}
var COMPARE_PARTIAL_FLAG6, COMPARE_UNORDERED_FLAG4, baseMatchesProperty_default;
var init_baseMatchesProperty = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMatchesProperty.js"() {
    init_baseIsEqual();
    init_get();
    init_hasIn();
    init_isKey();
    init_isStrictComparable();
    init_matchesStrictComparable();
    init_toKey();
    COMPARE_PARTIAL_FLAG6 = 1;
    COMPARE_UNORDERED_FLAG4 = 2;
    baseMatchesProperty_default = baseMatchesProperty;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseProperty.js
function baseProperty(key) {
  return function(object) {
    return object == null ? void 0 : object[key];
  };
}
var baseProperty_default;
var init_baseProperty = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseProperty.js"() {
    baseProperty_default = baseProperty;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_basePropertyDeep.js
function basePropertyDeep(path) {
  return function(object) {
    return baseGet_default(object, path);
  };
}
var basePropertyDeep_default;
var init_basePropertyDeep = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_basePropertyDeep.js"() {
    init_baseGet();
    basePropertyDeep_default = basePropertyDeep;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/property.js
function property(path) {
  return isKey_default(path) ? baseProperty_default(toKey_default(path)) : basePropertyDeep_default(path);
}
var property_default;
var init_property = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/property.js"() {
    init_baseProperty();
    init_basePropertyDeep();
    init_isKey();
    init_toKey();
    property_default = property;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIteratee.js
function baseIteratee(value2) {
  if (typeof value2 == "function") {
    return value2;
  }
  if (value2 == null) {
    return identity_default;
  }
  if (typeof value2 == "object") {
    return isArray_default(value2) ? baseMatchesProperty_default(value2[0], value2[1]) : baseMatches_default(value2);
  }
  return property_default(value2);
}
var baseIteratee_default;
var init_baseIteratee = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIteratee.js"() {
    init_baseMatches();
    init_baseMatchesProperty();
    init_identity();
    init_isArray();
    init_property();
    baseIteratee_default = baseIteratee;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayAggregator.js
function arrayAggregator(array, setter, iteratee, accumulator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    var value2 = array[index];
    setter(accumulator, value2, iteratee(value2), array);
  }
  return accumulator;
}
var arrayAggregator_default;
var init_arrayAggregator = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayAggregator.js"() {
    arrayAggregator_default = arrayAggregator;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createBaseFor.js
function createBaseFor(fromRight) {
  return function(object, iteratee, keysFunc) {
    var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
    while (length--) {
      var key = props[fromRight ? length : ++index];
      if (iteratee(iterable[key], key, iterable) === false) {
        break;
      }
    }
    return object;
  };
}
var createBaseFor_default;
var init_createBaseFor = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createBaseFor.js"() {
    createBaseFor_default = createBaseFor;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFor.js
var baseFor, baseFor_default;
var init_baseFor = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFor.js"() {
    init_createBaseFor();
    baseFor = createBaseFor_default();
    baseFor_default = baseFor;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseForOwn.js
function baseForOwn(object, iteratee) {
  return object && baseFor_default(object, iteratee, keys_default);
}
var baseForOwn_default;
var init_baseForOwn = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseForOwn.js"() {
    init_baseFor();
    init_keys();
    baseForOwn_default = baseForOwn;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createBaseEach.js
function createBaseEach(eachFunc, fromRight) {
  return function(collection, iteratee) {
    if (collection == null) {
      return collection;
    }
    if (!isArrayLike_default(collection)) {
      return eachFunc(collection, iteratee);
    }
    var length = collection.length, index = fromRight ? length : -1, iterable = Object(collection);
    while (fromRight ? index-- : ++index < length) {
      if (iteratee(iterable[index], index, iterable) === false) {
        break;
      }
    }
    return collection;
  };
}
var createBaseEach_default;
var init_createBaseEach = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createBaseEach.js"() {
    init_isArrayLike();
    createBaseEach_default = createBaseEach;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseEach.js
var baseEach, baseEach_default;
var init_baseEach = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseEach.js"() {
    init_baseForOwn();
    init_createBaseEach();
    baseEach = createBaseEach_default(baseForOwn_default);
    baseEach_default = baseEach;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAggregator.js
function baseAggregator(collection, setter, iteratee, accumulator) {
  baseEach_default(collection, function(value2, key, collection2) {
    setter(accumulator, value2, iteratee(value2), collection2);
  });
  return accumulator;
}
var baseAggregator_default;
var init_baseAggregator = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseAggregator.js"() {
    init_baseEach();
    baseAggregator_default = baseAggregator;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createAggregator.js
function createAggregator(setter, initializer) {
  return function(collection, iteratee) {
    var func = isArray_default(collection) ? arrayAggregator_default : baseAggregator_default, accumulator = initializer ? initializer() : {};
    return func(collection, setter, baseIteratee_default(iteratee, 2), accumulator);
  };
}
var createAggregator_default;
var init_createAggregator = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createAggregator.js"() {
    init_arrayAggregator();
    init_baseAggregator();
    init_baseIteratee();
    init_isArray();
    createAggregator_default = createAggregator;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/defaults.js
var objectProto17, hasOwnProperty14, defaults, defaults_default;
var init_defaults = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/defaults.js"() {
    init_baseRest();
    init_eq();
    init_isIterateeCall();
    init_keysIn();
    objectProto17 = Object.prototype;
    hasOwnProperty14 = objectProto17.hasOwnProperty;
    defaults = baseRest_default(function(object, sources) {
      object = Object(object);
      var index = -1;
      var length = sources.length;
      var guard = length > 2 ? sources[2] : void 0;
      if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
        length = 1;
      }
      while (++index < length) {
        var source = sources[index];
        var props = keysIn_default(source);
        var propsIndex = -1;
        var propsLength = props.length;
        while (++propsIndex < propsLength) {
          var key = props[propsIndex];
          var value2 = object[key];
          if (value2 === void 0 || eq_default(value2, objectProto17[key]) && !hasOwnProperty14.call(object, key)) {
            object[key] = source[key];
          }
        }
      }
      return object;
    });
    defaults_default = defaults;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArrayLikeObject.js
function isArrayLikeObject(value2) {
  return isObjectLike_default(value2) && isArrayLike_default(value2);
}
var isArrayLikeObject_default;
var init_isArrayLikeObject = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isArrayLikeObject.js"() {
    init_isArrayLike();
    init_isObjectLike();
    isArrayLikeObject_default = isArrayLikeObject;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayIncludesWith.js
function arrayIncludesWith(array, value2, comparator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (comparator(value2, array[index])) {
      return true;
    }
  }
  return false;
}
var arrayIncludesWith_default;
var init_arrayIncludesWith = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayIncludesWith.js"() {
    arrayIncludesWith_default = arrayIncludesWith;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseDifference.js
function baseDifference(array, values2, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, isCommon = true, length = array.length, result = [], valuesLength = values2.length;
  if (!length) {
    return result;
  }
  if (iteratee) {
    values2 = arrayMap_default(values2, baseUnary_default(iteratee));
  }
  if (comparator) {
    includes2 = arrayIncludesWith_default;
    isCommon = false;
  } else if (values2.length >= LARGE_ARRAY_SIZE2) {
    includes2 = cacheHas_default;
    isCommon = false;
    values2 = new SetCache_default(values2);
  }
  outer:
    while (++index < length) {
      var value2 = array[index], computed = iteratee == null ? value2 : iteratee(value2);
      value2 = comparator || value2 !== 0 ? value2 : 0;
      if (isCommon && computed === computed) {
        var valuesIndex = valuesLength;
        while (valuesIndex--) {
          if (values2[valuesIndex] === computed) {
            continue outer;
          }
        }
        result.push(value2);
      } else if (!includes2(values2, computed, comparator)) {
        result.push(value2);
      }
    }
  return result;
}
var LARGE_ARRAY_SIZE2, baseDifference_default;
var init_baseDifference = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseDifference.js"() {
    init_SetCache();
    init_arrayIncludes();
    init_arrayIncludesWith();
    init_arrayMap();
    init_baseUnary();
    init_cacheHas();
    LARGE_ARRAY_SIZE2 = 200;
    baseDifference_default = baseDifference;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/difference.js
var difference, difference_default;
var init_difference = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/difference.js"() {
    init_baseDifference();
    init_baseFlatten();
    init_baseRest();
    init_isArrayLikeObject();
    difference = baseRest_default(function(array, values2) {
      return isArrayLikeObject_default(array) ? baseDifference_default(array, baseFlatten_default(values2, 1, isArrayLikeObject_default, true)) : [];
    });
    difference_default = difference;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/last.js
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : void 0;
}
var last_default;
var init_last = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/last.js"() {
    last_default = last;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/drop.js
function drop(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  return baseSlice_default(array, n < 0 ? 0 : n, length);
}
var drop_default;
var init_drop = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/drop.js"() {
    init_baseSlice();
    init_toInteger();
    drop_default = drop;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/dropRight.js
function dropRight(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  n = length - n;
  return baseSlice_default(array, 0, n < 0 ? 0 : n);
}
var dropRight_default;
var init_dropRight = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/dropRight.js"() {
    init_baseSlice();
    init_toInteger();
    dropRight_default = dropRight;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_castFunction.js
function castFunction(value2) {
  return typeof value2 == "function" ? value2 : identity_default;
}
var castFunction_default;
var init_castFunction = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_castFunction.js"() {
    init_identity();
    castFunction_default = castFunction;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/forEach.js
function forEach(collection, iteratee) {
  var func = isArray_default(collection) ? arrayEach_default : baseEach_default;
  return func(collection, castFunction_default(iteratee));
}
var forEach_default;
var init_forEach = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/forEach.js"() {
    init_arrayEach();
    init_baseEach();
    init_castFunction();
    init_isArray();
    forEach_default = forEach;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayEvery.js
function arrayEvery(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (!predicate(array[index], index, array)) {
      return false;
    }
  }
  return true;
}
var arrayEvery_default;
var init_arrayEvery = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_arrayEvery.js"() {
    arrayEvery_default = arrayEvery;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseEvery.js
function baseEvery(collection, predicate) {
  var result = true;
  baseEach_default(collection, function(value2, index, collection2) {
    result = !!predicate(value2, index, collection2);
    return result;
  });
  return result;
}
var baseEvery_default;
var init_baseEvery = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseEvery.js"() {
    init_baseEach();
    baseEvery_default = baseEvery;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/every.js
function every(collection, predicate, guard) {
  var func = isArray_default(collection) ? arrayEvery_default : baseEvery_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var every_default;
var init_every = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/every.js"() {
    init_arrayEvery();
    init_baseEvery();
    init_baseIteratee();
    init_isArray();
    init_isIterateeCall();
    every_default = every;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFilter.js
function baseFilter(collection, predicate) {
  var result = [];
  baseEach_default(collection, function(value2, index, collection2) {
    if (predicate(value2, index, collection2)) {
      result.push(value2);
    }
  });
  return result;
}
var baseFilter_default;
var init_baseFilter = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseFilter.js"() {
    init_baseEach();
    baseFilter_default = baseFilter;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/filter.js
function filter(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, baseIteratee_default(predicate, 3));
}
var filter_default;
var init_filter = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/filter.js"() {
    init_arrayFilter();
    init_baseFilter();
    init_baseIteratee();
    init_isArray();
    filter_default = filter;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createFind.js
function createFind(findIndexFunc) {
  return function(collection, predicate, fromIndex) {
    var iterable = Object(collection);
    if (!isArrayLike_default(collection)) {
      var iteratee = baseIteratee_default(predicate, 3);
      collection = keys_default(collection);
      predicate = function(key) {
        return iteratee(iterable[key], key, iterable);
      };
    }
    var index = findIndexFunc(collection, predicate, fromIndex);
    return index > -1 ? iterable[iteratee ? collection[index] : index] : void 0;
  };
}
var createFind_default;
var init_createFind = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createFind.js"() {
    init_baseIteratee();
    init_isArrayLike();
    init_keys();
    createFind_default = createFind;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/findIndex.js
function findIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax2(length + index, 0);
  }
  return baseFindIndex_default(array, baseIteratee_default(predicate, 3), index);
}
var nativeMax2, findIndex_default;
var init_findIndex = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/findIndex.js"() {
    init_baseFindIndex();
    init_baseIteratee();
    init_toInteger();
    nativeMax2 = Math.max;
    findIndex_default = findIndex;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/find.js
var find, find_default;
var init_find = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/find.js"() {
    init_createFind();
    init_findIndex();
    find = createFind_default(findIndex_default);
    find_default = find;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/head.js
function head(array) {
  return array && array.length ? array[0] : void 0;
}
var head_default;
var init_head = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/head.js"() {
    head_default = head;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/first.js
var init_first = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/first.js"() {
    init_head();
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMap.js
function baseMap(collection, iteratee) {
  var index = -1, result = isArrayLike_default(collection) ? Array(collection.length) : [];
  baseEach_default(collection, function(value2, key, collection2) {
    result[++index] = iteratee(value2, key, collection2);
  });
  return result;
}
var baseMap_default;
var init_baseMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseMap.js"() {
    init_baseEach();
    init_isArrayLike();
    baseMap_default = baseMap;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/map.js
function map(collection, iteratee) {
  var func = isArray_default(collection) ? arrayMap_default : baseMap_default;
  return func(collection, baseIteratee_default(iteratee, 3));
}
var map_default;
var init_map = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/map.js"() {
    init_arrayMap();
    init_baseIteratee();
    init_baseMap();
    init_isArray();
    map_default = map;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/flatMap.js
function flatMap(collection, iteratee) {
  return baseFlatten_default(map_default(collection, iteratee), 1);
}
var flatMap_default;
var init_flatMap = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/flatMap.js"() {
    init_baseFlatten();
    init_map();
    flatMap_default = flatMap;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/groupBy.js
var objectProto18, hasOwnProperty15, groupBy, groupBy_default;
var init_groupBy = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/groupBy.js"() {
    init_baseAssignValue();
    init_createAggregator();
    objectProto18 = Object.prototype;
    hasOwnProperty15 = objectProto18.hasOwnProperty;
    groupBy = createAggregator_default(function(result, value2, key) {
      if (hasOwnProperty15.call(result, key)) {
        result[key].push(value2);
      } else {
        baseAssignValue_default(result, key, [value2]);
      }
    });
    groupBy_default = groupBy;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseHas.js
function baseHas(object, key) {
  return object != null && hasOwnProperty16.call(object, key);
}
var objectProto19, hasOwnProperty16, baseHas_default;
var init_baseHas = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseHas.js"() {
    objectProto19 = Object.prototype;
    hasOwnProperty16 = objectProto19.hasOwnProperty;
    baseHas_default = baseHas;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/has.js
function has(object, path) {
  return object != null && hasPath_default(object, path, baseHas_default);
}
var has_default;
var init_has = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/has.js"() {
    init_baseHas();
    init_hasPath();
    has_default = has;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isString.js
function isString(value2) {
  return typeof value2 == "string" || !isArray_default(value2) && isObjectLike_default(value2) && baseGetTag_default(value2) == stringTag5;
}
var stringTag5, isString_default;
var init_isString = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isString.js"() {
    init_baseGetTag();
    init_isArray();
    init_isObjectLike();
    stringTag5 = "[object String]";
    isString_default = isString;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseValues.js
function baseValues(object, props) {
  return arrayMap_default(props, function(key) {
    return object[key];
  });
}
var baseValues_default;
var init_baseValues = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseValues.js"() {
    init_arrayMap();
    baseValues_default = baseValues;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/values.js
function values(object) {
  return object == null ? [] : baseValues_default(object, keys_default(object));
}
var values_default;
var init_values = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/values.js"() {
    init_baseValues();
    init_keys();
    values_default = values;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/includes.js
function includes(collection, value2, fromIndex, guard) {
  collection = isArrayLike_default(collection) ? collection : values_default(collection);
  fromIndex = fromIndex && !guard ? toInteger_default(fromIndex) : 0;
  var length = collection.length;
  if (fromIndex < 0) {
    fromIndex = nativeMax3(length + fromIndex, 0);
  }
  return isString_default(collection) ? fromIndex <= length && collection.indexOf(value2, fromIndex) > -1 : !!length && baseIndexOf_default(collection, value2, fromIndex) > -1;
}
var nativeMax3, includes_default;
var init_includes = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/includes.js"() {
    init_baseIndexOf();
    init_isArrayLike();
    init_isString();
    init_toInteger();
    init_values();
    nativeMax3 = Math.max;
    includes_default = includes;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/indexOf.js
function indexOf(array, value2, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax4(length + index, 0);
  }
  return baseIndexOf_default(array, value2, index);
}
var nativeMax4, indexOf_default;
var init_indexOf = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/indexOf.js"() {
    init_baseIndexOf();
    init_toInteger();
    nativeMax4 = Math.max;
    indexOf_default = indexOf;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isEmpty.js
function isEmpty(value2) {
  if (value2 == null) {
    return true;
  }
  if (isArrayLike_default(value2) && (isArray_default(value2) || typeof value2 == "string" || typeof value2.splice == "function" || isBuffer_default(value2) || isTypedArray_default(value2) || isArguments_default(value2))) {
    return !value2.length;
  }
  var tag = getTag_default(value2);
  if (tag == mapTag7 || tag == setTag7) {
    return !value2.size;
  }
  if (isPrototype_default(value2)) {
    return !baseKeys_default(value2).length;
  }
  for (var key in value2) {
    if (hasOwnProperty17.call(value2, key)) {
      return false;
    }
  }
  return true;
}
var mapTag7, setTag7, objectProto20, hasOwnProperty17, isEmpty_default;
var init_isEmpty = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isEmpty.js"() {
    init_baseKeys();
    init_getTag();
    init_isArguments();
    init_isArray();
    init_isArrayLike();
    init_isBuffer();
    init_isPrototype();
    init_isTypedArray();
    mapTag7 = "[object Map]";
    setTag7 = "[object Set]";
    objectProto20 = Object.prototype;
    hasOwnProperty17 = objectProto20.hasOwnProperty;
    isEmpty_default = isEmpty;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsRegExp.js
function baseIsRegExp(value2) {
  return isObjectLike_default(value2) && baseGetTag_default(value2) == regexpTag5;
}
var regexpTag5, baseIsRegExp_default;
var init_baseIsRegExp = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseIsRegExp.js"() {
    init_baseGetTag();
    init_isObjectLike();
    regexpTag5 = "[object RegExp]";
    baseIsRegExp_default = baseIsRegExp;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isRegExp.js
var nodeIsRegExp, isRegExp, isRegExp_default;
var init_isRegExp = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isRegExp.js"() {
    init_baseIsRegExp();
    init_baseUnary();
    init_nodeUtil();
    nodeIsRegExp = nodeUtil_default && nodeUtil_default.isRegExp;
    isRegExp = nodeIsRegExp ? baseUnary_default(nodeIsRegExp) : baseIsRegExp_default;
    isRegExp_default = isRegExp;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isUndefined.js
function isUndefined(value2) {
  return value2 === void 0;
}
var isUndefined_default;
var init_isUndefined = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/isUndefined.js"() {
    isUndefined_default = isUndefined;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/negate.js
function negate(predicate) {
  if (typeof predicate != "function") {
    throw new TypeError(FUNC_ERROR_TEXT2);
  }
  return function() {
    var args = arguments;
    switch (args.length) {
      case 0:
        return !predicate.call(this);
      case 1:
        return !predicate.call(this, args[0]);
      case 2:
        return !predicate.call(this, args[0], args[1]);
      case 3:
        return !predicate.call(this, args[0], args[1], args[2]);
    }
    return !predicate.apply(this, args);
  };
}
var FUNC_ERROR_TEXT2, negate_default;
var init_negate = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/negate.js"() {
    FUNC_ERROR_TEXT2 = "Expected a function";
    negate_default = negate;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSet.js
function baseSet(object, path, value2, customizer) {
  if (!isObject_default(object)) {
    return object;
  }
  path = castPath_default(path, object);
  var index = -1, length = path.length, lastIndex = length - 1, nested = object;
  while (nested != null && ++index < length) {
    var key = toKey_default(path[index]), newValue = value2;
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      return object;
    }
    if (index != lastIndex) {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : void 0;
      if (newValue === void 0) {
        newValue = isObject_default(objValue) ? objValue : isIndex_default(path[index + 1]) ? [] : {};
      }
    }
    assignValue_default(nested, key, newValue);
    nested = nested[key];
  }
  return object;
}
var baseSet_default;
var init_baseSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSet.js"() {
    init_assignValue();
    init_castPath();
    init_isIndex();
    init_isObject();
    init_toKey();
    baseSet_default = baseSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_basePickBy.js
function basePickBy(object, paths, predicate) {
  var index = -1, length = paths.length, result = {};
  while (++index < length) {
    var path = paths[index], value2 = baseGet_default(object, path);
    if (predicate(value2, path)) {
      baseSet_default(result, castPath_default(path, object), value2);
    }
  }
  return result;
}
var basePickBy_default;
var init_basePickBy = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_basePickBy.js"() {
    init_baseGet();
    init_baseSet();
    init_castPath();
    basePickBy_default = basePickBy;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/pickBy.js
function pickBy(object, predicate) {
  if (object == null) {
    return {};
  }
  var props = arrayMap_default(getAllKeysIn_default(object), function(prop) {
    return [prop];
  });
  predicate = baseIteratee_default(predicate);
  return basePickBy_default(object, props, function(value2, path) {
    return predicate(value2, path[0]);
  });
}
var pickBy_default;
var init_pickBy = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/pickBy.js"() {
    init_arrayMap();
    init_baseIteratee();
    init_basePickBy();
    init_getAllKeysIn();
    pickBy_default = pickBy;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseReduce.js
function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
  eachFunc(collection, function(value2, index, collection2) {
    accumulator = initAccum ? (initAccum = false, value2) : iteratee(accumulator, value2, index, collection2);
  });
  return accumulator;
}
var baseReduce_default;
var init_baseReduce = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseReduce.js"() {
    baseReduce_default = baseReduce;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/reduce.js
function reduce(collection, iteratee, accumulator) {
  var func = isArray_default(collection) ? arrayReduce_default : baseReduce_default, initAccum = arguments.length < 3;
  return func(collection, baseIteratee_default(iteratee, 4), accumulator, initAccum, baseEach_default);
}
var reduce_default;
var init_reduce = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/reduce.js"() {
    init_arrayReduce();
    init_baseEach();
    init_baseIteratee();
    init_baseReduce();
    init_isArray();
    reduce_default = reduce;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/reject.js
function reject(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, negate_default(baseIteratee_default(predicate, 3)));
}
var reject_default;
var init_reject = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/reject.js"() {
    init_arrayFilter();
    init_baseFilter();
    init_baseIteratee();
    init_isArray();
    init_negate();
    reject_default = reject;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSome.js
function baseSome(collection, predicate) {
  var result;
  baseEach_default(collection, function(value2, index, collection2) {
    result = predicate(value2, index, collection2);
    return !result;
  });
  return !!result;
}
var baseSome_default;
var init_baseSome = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseSome.js"() {
    init_baseEach();
    baseSome_default = baseSome;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/some.js
function some(collection, predicate, guard) {
  var func = isArray_default(collection) ? arraySome_default : baseSome_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var some_default;
var init_some = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/some.js"() {
    init_arraySome();
    init_baseIteratee();
    init_baseSome();
    init_isArray();
    init_isIterateeCall();
    some_default = some;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createSet.js
var INFINITY4, createSet, createSet_default;
var init_createSet = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_createSet.js"() {
    init_Set();
    init_noop();
    init_setToArray();
    INFINITY4 = 1 / 0;
    createSet = !(Set_default && 1 / setToArray_default(new Set_default([, -0]))[1] == INFINITY4) ? noop_default : function(values2) {
      return new Set_default(values2);
    };
    createSet_default = createSet;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseUniq.js
function baseUniq(array, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, length = array.length, isCommon = true, result = [], seen = result;
  if (comparator) {
    isCommon = false;
    includes2 = arrayIncludesWith_default;
  } else if (length >= LARGE_ARRAY_SIZE3) {
    var set = iteratee ? null : createSet_default(array);
    if (set) {
      return setToArray_default(set);
    }
    isCommon = false;
    includes2 = cacheHas_default;
    seen = new SetCache_default();
  } else {
    seen = iteratee ? [] : result;
  }
  outer:
    while (++index < length) {
      var value2 = array[index], computed = iteratee ? iteratee(value2) : value2;
      value2 = comparator || value2 !== 0 ? value2 : 0;
      if (isCommon && computed === computed) {
        var seenIndex = seen.length;
        while (seenIndex--) {
          if (seen[seenIndex] === computed) {
            continue outer;
          }
        }
        if (iteratee) {
          seen.push(computed);
        }
        result.push(value2);
      } else if (!includes2(seen, computed, comparator)) {
        if (seen !== result) {
          seen.push(computed);
        }
        result.push(value2);
      }
    }
  return result;
}
var LARGE_ARRAY_SIZE3, baseUniq_default;
var init_baseUniq = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/_baseUniq.js"() {
    init_SetCache();
    init_arrayIncludes();
    init_arrayIncludesWith();
    init_cacheHas();
    init_createSet();
    init_setToArray();
    LARGE_ARRAY_SIZE3 = 200;
    baseUniq_default = baseUniq;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/uniq.js
function uniq(array) {
  return array && array.length ? baseUniq_default(array) : [];
}
var uniq_default;
var init_uniq = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/uniq.js"() {
    init_baseUniq();
    uniq_default = uniq;
  }
});

// node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/lodash.js
var init_lodash = __esm({
  "node_modules/.pnpm/lodash-es@4.17.23/node_modules/lodash-es/lodash.js"() {
    init_assign();
    init_clone();
    init_compact();
    init_defaults();
    init_difference();
    init_drop();
    init_dropRight();
    init_every();
    init_filter();
    init_find();
    init_first();
    init_flatMap();
    init_flatten();
    init_forEach();
    init_groupBy();
    init_has();
    init_identity();
    init_includes();
    init_indexOf();
    init_isArray();
    init_isEmpty();
    init_isFunction();
    init_isObject();
    init_isRegExp();
    init_isString();
    init_isUndefined();
    init_keys();
    init_last();
    init_map();
    init_noop();
    init_pickBy();
    init_reduce();
    init_reject();
    init_some();
    init_uniq();
    init_values();
  }
});

// node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/print.js
function PRINT_ERROR(msg) {
  if (console && console.error) {
    console.error(`Error: ${msg}`);
  }
}
function PRINT_WARNING(msg) {
  if (console && console.warn) {
    console.warn(`Warning: ${msg}`);
  }
}
var init_print = __esm({
  "node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/print.js"() {
  }
});

// node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/timer.js
function timer(func) {
  const start = (/* @__PURE__ */ new Date()).getTime();
  const val = func();
  const end2 = (/* @__PURE__ */ new Date()).getTime();
  const total = end2 - start;
  return { time: total, value: val };
}
var init_timer = __esm({
  "node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/timer.js"() {
  }
});

// node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/to-fast-properties.js
function toFastProperties(toBecomeFast) {
  function FakeConstructor() {
  }
  FakeConstructor.prototype = toBecomeFast;
  const fakeInstance = new FakeConstructor();
  function fakeAccess() {
    return typeof fakeInstance.bar;
  }
  fakeAccess();
  fakeAccess();
  if (1)
    return toBecomeFast;
  (0, eval)(toBecomeFast);
}
var init_to_fast_properties = __esm({
  "node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/to-fast-properties.js"() {
  }
});

// node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/api.js
var init_api = __esm({
  "node_modules/.pnpm/@chevrotain+utils@11.2.0/node_modules/@chevrotain/utils/lib/src/api.js"() {
    init_print();
    init_timer();
    init_to_fast_properties();
  }
});

// node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/model.js
function tokenLabel(tokType) {
  if (hasTokenLabel(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
function serializeGrammar(topRules) {
  return map_default(topRules, serializeProduction);
}
function serializeProduction(node) {
  function convertDefinition(definition) {
    return map_default(definition, serializeProduction);
  }
  if (node instanceof NonTerminal) {
    const serializedNonTerminal = {
      type: "NonTerminal",
      name: node.nonTerminalName,
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedNonTerminal.label = node.label;
    }
    return serializedNonTerminal;
  } else if (node instanceof Alternative) {
    return {
      type: "Alternative",
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Option) {
    return {
      type: "Option",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatory) {
    return {
      type: "RepetitionMandatory",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatoryWithSeparator) {
    return {
      type: "RepetitionMandatoryWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionWithSeparator) {
    return {
      type: "RepetitionWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Repetition) {
    return {
      type: "Repetition",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Alternation) {
    return {
      type: "Alternation",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Terminal) {
    const serializedTerminal = {
      type: "Terminal",
      name: node.terminalType.name,
      label: tokenLabel(node.terminalType),
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedTerminal.terminalLabel = node.label;
    }
    const pattern = node.terminalType.PATTERN;
    if (node.terminalType.PATTERN) {
      serializedTerminal.pattern = isRegExp_default(pattern) ? pattern.source : pattern;
    }
    return serializedTerminal;
  } else if (node instanceof Rule) {
    return {
      type: "Rule",
      name: node.name,
      orgText: node.orgText,
      definition: convertDefinition(node.definition)
    };
  } else {
    throw Error("non exhaustive match");
  }
}
var AbstractProduction, NonTerminal, Rule, Alternative, Option, RepetitionMandatory, RepetitionMandatoryWithSeparator, Repetition, RepetitionWithSeparator, Alternation, Terminal;
var init_model = __esm({
  "node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/model.js"() {
    init_lodash();
    AbstractProduction = class {
      get definition() {
        return this._definition;
      }
      set definition(value2) {
        this._definition = value2;
      }
      constructor(_definition) {
        this._definition = _definition;
      }
      accept(visitor) {
        visitor.visit(this);
        forEach_default(this.definition, (prod) => {
          prod.accept(visitor);
        });
      }
    };
    NonTerminal = class extends AbstractProduction {
      constructor(options) {
        super([]);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
      set definition(definition) {
      }
      get definition() {
        if (this.referencedRule !== void 0) {
          return this.referencedRule.definition;
        }
        return [];
      }
      accept(visitor) {
        visitor.visit(this);
      }
    };
    Rule = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.orgText = "";
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Alternative = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.ignoreAmbiguities = false;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Option = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionMandatory = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionMandatoryWithSeparator = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Repetition = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    RepetitionWithSeparator = class extends AbstractProduction {
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Alternation = class extends AbstractProduction {
      get definition() {
        return this._definition;
      }
      set definition(value2) {
        this._definition = value2;
      }
      constructor(options) {
        super(options.definition);
        this.idx = 1;
        this.ignoreAmbiguities = false;
        this.hasPredicates = false;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
    };
    Terminal = class {
      constructor(options) {
        this.idx = 1;
        assign_default(this, pickBy_default(options, (v) => v !== void 0));
      }
      accept(visitor) {
        visitor.visit(this);
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/visitor.js
var GAstVisitor;
var init_visitor = __esm({
  "node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/visitor.js"() {
    init_model();
    GAstVisitor = class {
      visit(node) {
        const nodeAny = node;
        switch (nodeAny.constructor) {
          case NonTerminal:
            return this.visitNonTerminal(nodeAny);
          case Alternative:
            return this.visitAlternative(nodeAny);
          case Option:
            return this.visitOption(nodeAny);
          case RepetitionMandatory:
            return this.visitRepetitionMandatory(nodeAny);
          case RepetitionMandatoryWithSeparator:
            return this.visitRepetitionMandatoryWithSeparator(nodeAny);
          case RepetitionWithSeparator:
            return this.visitRepetitionWithSeparator(nodeAny);
          case Repetition:
            return this.visitRepetition(nodeAny);
          case Alternation:
            return this.visitAlternation(nodeAny);
          case Terminal:
            return this.visitTerminal(nodeAny);
          case Rule:
            return this.visitRule(nodeAny);
          /* c8 ignore next 2 */
          default:
            throw Error("non exhaustive match");
        }
      }
      /* c8 ignore next */
      visitNonTerminal(node) {
      }
      /* c8 ignore next */
      visitAlternative(node) {
      }
      /* c8 ignore next */
      visitOption(node) {
      }
      /* c8 ignore next */
      visitRepetition(node) {
      }
      /* c8 ignore next */
      visitRepetitionMandatory(node) {
      }
      /* c8 ignore next 3 */
      visitRepetitionMandatoryWithSeparator(node) {
      }
      /* c8 ignore next */
      visitRepetitionWithSeparator(node) {
      }
      /* c8 ignore next */
      visitAlternation(node) {
      }
      /* c8 ignore next */
      visitTerminal(node) {
      }
      /* c8 ignore next */
      visitRule(node) {
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/helpers.js
function isSequenceProd(prod) {
  return prod instanceof Alternative || prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}
function isOptionalProd(prod, alreadyVisited = []) {
  const isDirectlyOptional = prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionWithSeparator;
  if (isDirectlyOptional) {
    return true;
  }
  if (prod instanceof Alternation) {
    return some_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else if (prod instanceof NonTerminal && includes_default(alreadyVisited, prod)) {
    return false;
  } else if (prod instanceof AbstractProduction) {
    if (prod instanceof NonTerminal) {
      alreadyVisited.push(prod);
    }
    return every_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else {
    return false;
  }
}
function isBranchingProd(prod) {
  return prod instanceof Alternation;
}
function getProductionDslName(prod) {
  if (prod instanceof NonTerminal) {
    return "SUBRULE";
  } else if (prod instanceof Option) {
    return "OPTION";
  } else if (prod instanceof Alternation) {
    return "OR";
  } else if (prod instanceof RepetitionMandatory) {
    return "AT_LEAST_ONE";
  } else if (prod instanceof RepetitionMandatoryWithSeparator) {
    return "AT_LEAST_ONE_SEP";
  } else if (prod instanceof RepetitionWithSeparator) {
    return "MANY_SEP";
  } else if (prod instanceof Repetition) {
    return "MANY";
  } else if (prod instanceof Terminal) {
    return "CONSUME";
  } else {
    throw Error("non exhaustive match");
  }
}
var init_helpers = __esm({
  "node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/helpers.js"() {
    init_lodash();
    init_model();
  }
});

// node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/api.js
var init_api2 = __esm({
  "node_modules/.pnpm/@chevrotain+gast@11.2.0/node_modules/@chevrotain/gast/lib/src/api.js"() {
    init_model();
    init_visitor();
    init_helpers();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/rest.js
function restForRepetitionWithSeparator(repSepProd, currRest, prevRest) {
  const repSepRest = [
    new Option({
      definition: [
        new Terminal({ terminalType: repSepProd.separator })
      ].concat(repSepProd.definition)
    })
  ];
  const fullRepSepRest = repSepRest.concat(currRest, prevRest);
  return fullRepSepRest;
}
var RestWalker;
var init_rest = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/rest.js"() {
    init_lodash();
    init_api2();
    RestWalker = class {
      walk(prod, prevRest = []) {
        forEach_default(prod.definition, (subProd, index) => {
          const currRest = drop_default(prod.definition, index + 1);
          if (subProd instanceof NonTerminal) {
            this.walkProdRef(subProd, currRest, prevRest);
          } else if (subProd instanceof Terminal) {
            this.walkTerminal(subProd, currRest, prevRest);
          } else if (subProd instanceof Alternative) {
            this.walkFlat(subProd, currRest, prevRest);
          } else if (subProd instanceof Option) {
            this.walkOption(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionMandatory) {
            this.walkAtLeastOne(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionMandatoryWithSeparator) {
            this.walkAtLeastOneSep(subProd, currRest, prevRest);
          } else if (subProd instanceof RepetitionWithSeparator) {
            this.walkManySep(subProd, currRest, prevRest);
          } else if (subProd instanceof Repetition) {
            this.walkMany(subProd, currRest, prevRest);
          } else if (subProd instanceof Alternation) {
            this.walkOr(subProd, currRest, prevRest);
          } else {
            throw Error("non exhaustive match");
          }
        });
      }
      walkTerminal(terminal, currRest, prevRest) {
      }
      walkProdRef(refProd, currRest, prevRest) {
      }
      walkFlat(flatProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        this.walk(flatProd, fullOrRest);
      }
      walkOption(optionProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        this.walk(optionProd, fullOrRest);
      }
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        const fullAtLeastOneRest = [
          new Option({ definition: atLeastOneProd.definition })
        ].concat(currRest, prevRest);
        this.walk(atLeastOneProd, fullAtLeastOneRest);
      }
      walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
        const fullAtLeastOneSepRest = restForRepetitionWithSeparator(atLeastOneSepProd, currRest, prevRest);
        this.walk(atLeastOneSepProd, fullAtLeastOneSepRest);
      }
      walkMany(manyProd, currRest, prevRest) {
        const fullManyRest = [
          new Option({ definition: manyProd.definition })
        ].concat(currRest, prevRest);
        this.walk(manyProd, fullManyRest);
      }
      walkManySep(manySepProd, currRest, prevRest) {
        const fullManySepRest = restForRepetitionWithSeparator(manySepProd, currRest, prevRest);
        this.walk(manySepProd, fullManySepRest);
      }
      walkOr(orProd, currRest, prevRest) {
        const fullOrRest = currRest.concat(prevRest);
        forEach_default(orProd.definition, (alt) => {
          const prodWrapper = new Alternative({ definition: [alt] });
          this.walk(prodWrapper, fullOrRest);
        });
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/first.js
function first2(prod) {
  if (prod instanceof NonTerminal) {
    return first2(prod.referencedRule);
  } else if (prod instanceof Terminal) {
    return firstForTerminal(prod);
  } else if (isSequenceProd(prod)) {
    return firstForSequence(prod);
  } else if (isBranchingProd(prod)) {
    return firstForBranching(prod);
  } else {
    throw Error("non exhaustive match");
  }
}
function firstForSequence(prod) {
  let firstSet = [];
  const seq = prod.definition;
  let nextSubProdIdx = 0;
  let hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  let currSubProd;
  let isLastInnerProdOptional = true;
  while (hasInnerProdsRemaining && isLastInnerProdOptional) {
    currSubProd = seq[nextSubProdIdx];
    isLastInnerProdOptional = isOptionalProd(currSubProd);
    firstSet = firstSet.concat(first2(currSubProd));
    nextSubProdIdx = nextSubProdIdx + 1;
    hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  }
  return uniq_default(firstSet);
}
function firstForBranching(prod) {
  const allAlternativesFirsts = map_default(prod.definition, (innerProd) => {
    return first2(innerProd);
  });
  return uniq_default(flatten_default(allAlternativesFirsts));
}
function firstForTerminal(terminal) {
  return [terminal.terminalType];
}
var init_first2 = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/first.js"() {
    init_lodash();
    init_api2();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/constants.js
var IN;
var init_constants = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/constants.js"() {
    IN = "_~IN~_";
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/follow.js
function computeAllProdsFollows(topProductions) {
  const reSyncFollows = {};
  forEach_default(topProductions, (topProd) => {
    const currRefsFollow = new ResyncFollowsWalker(topProd).startWalking();
    assign_default(reSyncFollows, currRefsFollow);
  });
  return reSyncFollows;
}
function buildBetweenProdsFollowPrefix(inner, occurenceInParent) {
  return inner.name + occurenceInParent + IN;
}
var ResyncFollowsWalker;
var init_follow = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/follow.js"() {
    init_rest();
    init_first2();
    init_lodash();
    init_constants();
    init_api2();
    ResyncFollowsWalker = class extends RestWalker {
      constructor(topProd) {
        super();
        this.topProd = topProd;
        this.follows = {};
      }
      startWalking() {
        this.walk(this.topProd);
        return this.follows;
      }
      walkTerminal(terminal, currRest, prevRest) {
      }
      walkProdRef(refProd, currRest, prevRest) {
        const followName = buildBetweenProdsFollowPrefix(refProd.referencedRule, refProd.idx) + this.topProd.name;
        const fullRest = currRest.concat(prevRest);
        const restProd = new Alternative({ definition: fullRest });
        const t_in_topProd_follows = first2(restProd);
        this.follows[followName] = t_in_topProd_follows;
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js
function cc(char) {
  return char.charCodeAt(0);
}
function insertToSet(item, set) {
  if (Array.isArray(item)) {
    item.forEach(function(subItem) {
      set.push(subItem);
    });
  } else {
    set.push(item);
  }
}
function addFlag(flagObj, flagKey) {
  if (flagObj[flagKey] === true) {
    throw "duplicate flag " + flagKey;
  }
  const x = flagObj[flagKey];
  flagObj[flagKey] = true;
}
function ASSERT_EXISTS(obj) {
  if (obj === void 0) {
    throw Error("Internal Error - Should never get here!");
  }
  return true;
}
function ASSERT_NEVER_REACH_HERE() {
  throw Error("Internal Error - Should never get here!");
}
function isCharacter(obj) {
  return obj["type"] === "Character";
}
var init_utils = __esm({
  "node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js"() {
  }
});

// node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js
var digitsCharCodes, wordCharCodes, whitespaceCodes;
var init_character_classes = __esm({
  "node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js"() {
    init_utils();
    digitsCharCodes = [];
    for (let i = cc("0"); i <= cc("9"); i++) {
      digitsCharCodes.push(i);
    }
    wordCharCodes = [cc("_")].concat(digitsCharCodes);
    for (let i = cc("a"); i <= cc("z"); i++) {
      wordCharCodes.push(i);
    }
    for (let i = cc("A"); i <= cc("Z"); i++) {
      wordCharCodes.push(i);
    }
    whitespaceCodes = [
      cc(" "),
      cc("\f"),
      cc("\n"),
      cc("\r"),
      cc("	"),
      cc("\v"),
      cc("	"),
      cc("\xA0"),
      cc("\u1680"),
      cc("\u2000"),
      cc("\u2001"),
      cc("\u2002"),
      cc("\u2003"),
      cc("\u2004"),
      cc("\u2005"),
      cc("\u2006"),
      cc("\u2007"),
      cc("\u2008"),
      cc("\u2009"),
      cc("\u200A"),
      cc("\u2028"),
      cc("\u2029"),
      cc("\u202F"),
      cc("\u205F"),
      cc("\u3000"),
      cc("\uFEFF")
    ];
  }
});

// node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js
var hexDigitPattern, decimalPattern, decimalPatternNoZero, RegExpParser;
var init_regexp_parser = __esm({
  "node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js"() {
    init_utils();
    init_character_classes();
    hexDigitPattern = /[0-9a-fA-F]/;
    decimalPattern = /[0-9]/;
    decimalPatternNoZero = /[1-9]/;
    RegExpParser = class {
      constructor() {
        this.idx = 0;
        this.input = "";
        this.groupIdx = 0;
      }
      saveState() {
        return {
          idx: this.idx,
          input: this.input,
          groupIdx: this.groupIdx
        };
      }
      restoreState(newState) {
        this.idx = newState.idx;
        this.input = newState.input;
        this.groupIdx = newState.groupIdx;
      }
      pattern(input) {
        this.idx = 0;
        this.input = input;
        this.groupIdx = 0;
        this.consumeChar("/");
        const value2 = this.disjunction();
        this.consumeChar("/");
        const flags2 = {
          type: "Flags",
          loc: { begin: this.idx, end: input.length },
          global: false,
          ignoreCase: false,
          multiLine: false,
          unicode: false,
          sticky: false
        };
        while (this.isRegExpFlag()) {
          switch (this.popChar()) {
            case "g":
              addFlag(flags2, "global");
              break;
            case "i":
              addFlag(flags2, "ignoreCase");
              break;
            case "m":
              addFlag(flags2, "multiLine");
              break;
            case "u":
              addFlag(flags2, "unicode");
              break;
            case "y":
              addFlag(flags2, "sticky");
              break;
          }
        }
        if (this.idx !== this.input.length) {
          throw Error("Redundant input: " + this.input.substring(this.idx));
        }
        return {
          type: "Pattern",
          flags: flags2,
          value: value2,
          loc: this.loc(0)
        };
      }
      disjunction() {
        const alts = [];
        const begin = this.idx;
        alts.push(this.alternative());
        while (this.peekChar() === "|") {
          this.consumeChar("|");
          alts.push(this.alternative());
        }
        return { type: "Disjunction", value: alts, loc: this.loc(begin) };
      }
      alternative() {
        const terms = [];
        const begin = this.idx;
        while (this.isTerm()) {
          terms.push(this.term());
        }
        return { type: "Alternative", value: terms, loc: this.loc(begin) };
      }
      term() {
        if (this.isAssertion()) {
          return this.assertion();
        } else {
          return this.atom();
        }
      }
      assertion() {
        const begin = this.idx;
        switch (this.popChar()) {
          case "^":
            return {
              type: "StartAnchor",
              loc: this.loc(begin)
            };
          case "$":
            return { type: "EndAnchor", loc: this.loc(begin) };
          // '\b' or '\B'
          case "\\":
            switch (this.popChar()) {
              case "b":
                return {
                  type: "WordBoundary",
                  loc: this.loc(begin)
                };
              case "B":
                return {
                  type: "NonWordBoundary",
                  loc: this.loc(begin)
                };
            }
            throw Error("Invalid Assertion Escape");
          // '(?=' or '(?!'
          case "(":
            this.consumeChar("?");
            let type;
            switch (this.popChar()) {
              case "=":
                type = "Lookahead";
                break;
              case "!":
                type = "NegativeLookahead";
                break;
              case "<": {
                switch (this.popChar()) {
                  case "=":
                    type = "Lookbehind";
                    break;
                  case "!":
                    type = "NegativeLookbehind";
                }
                break;
              }
            }
            ASSERT_EXISTS(type);
            const disjunction = this.disjunction();
            this.consumeChar(")");
            return {
              type,
              value: disjunction,
              loc: this.loc(begin)
            };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      quantifier(isBacktracking = false) {
        let range = void 0;
        const begin = this.idx;
        switch (this.popChar()) {
          case "*":
            range = {
              atLeast: 0,
              atMost: Infinity
            };
            break;
          case "+":
            range = {
              atLeast: 1,
              atMost: Infinity
            };
            break;
          case "?":
            range = {
              atLeast: 0,
              atMost: 1
            };
            break;
          case "{":
            const atLeast = this.integerIncludingZero();
            switch (this.popChar()) {
              case "}":
                range = {
                  atLeast,
                  atMost: atLeast
                };
                break;
              case ",":
                let atMost;
                if (this.isDigit()) {
                  atMost = this.integerIncludingZero();
                  range = {
                    atLeast,
                    atMost
                  };
                } else {
                  range = {
                    atLeast,
                    atMost: Infinity
                  };
                }
                this.consumeChar("}");
                break;
            }
            if (isBacktracking === true && range === void 0) {
              return void 0;
            }
            ASSERT_EXISTS(range);
            break;
        }
        if (isBacktracking === true && range === void 0) {
          return void 0;
        }
        if (ASSERT_EXISTS(range)) {
          if (this.peekChar(0) === "?") {
            this.consumeChar("?");
            range.greedy = false;
          } else {
            range.greedy = true;
          }
          range.type = "Quantifier";
          range.loc = this.loc(begin);
          return range;
        }
      }
      atom() {
        let atom;
        const begin = this.idx;
        switch (this.peekChar()) {
          case ".":
            atom = this.dotAll();
            break;
          case "\\":
            atom = this.atomEscape();
            break;
          case "[":
            atom = this.characterClass();
            break;
          case "(":
            atom = this.group();
            break;
        }
        if (atom === void 0 && this.isPatternCharacter()) {
          atom = this.patternCharacter();
        }
        if (ASSERT_EXISTS(atom)) {
          atom.loc = this.loc(begin);
          if (this.isQuantifier()) {
            atom.quantifier = this.quantifier();
          }
          return atom;
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      dotAll() {
        this.consumeChar(".");
        return {
          type: "Set",
          complement: true,
          value: [cc("\n"), cc("\r"), cc("\u2028"), cc("\u2029")]
        };
      }
      atomEscape() {
        this.consumeChar("\\");
        switch (this.peekChar()) {
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            return this.decimalEscapeAtom();
          case "d":
          case "D":
          case "s":
          case "S":
          case "w":
          case "W":
            return this.characterClassEscape();
          case "f":
          case "n":
          case "r":
          case "t":
          case "v":
            return this.controlEscapeAtom();
          case "c":
            return this.controlLetterEscapeAtom();
          case "0":
            return this.nulCharacterAtom();
          case "x":
            return this.hexEscapeSequenceAtom();
          case "u":
            return this.regExpUnicodeEscapeSequenceAtom();
          default:
            return this.identityEscapeAtom();
        }
      }
      decimalEscapeAtom() {
        const value2 = this.positiveInteger();
        return { type: "GroupBackReference", value: value2 };
      }
      characterClassEscape() {
        let set;
        let complement = false;
        switch (this.popChar()) {
          case "d":
            set = digitsCharCodes;
            break;
          case "D":
            set = digitsCharCodes;
            complement = true;
            break;
          case "s":
            set = whitespaceCodes;
            break;
          case "S":
            set = whitespaceCodes;
            complement = true;
            break;
          case "w":
            set = wordCharCodes;
            break;
          case "W":
            set = wordCharCodes;
            complement = true;
            break;
        }
        if (ASSERT_EXISTS(set)) {
          return { type: "Set", value: set, complement };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      controlEscapeAtom() {
        let escapeCode;
        switch (this.popChar()) {
          case "f":
            escapeCode = cc("\f");
            break;
          case "n":
            escapeCode = cc("\n");
            break;
          case "r":
            escapeCode = cc("\r");
            break;
          case "t":
            escapeCode = cc("	");
            break;
          case "v":
            escapeCode = cc("\v");
            break;
        }
        if (ASSERT_EXISTS(escapeCode)) {
          return { type: "Character", value: escapeCode };
        }
        return ASSERT_NEVER_REACH_HERE();
      }
      controlLetterEscapeAtom() {
        this.consumeChar("c");
        const letter = this.popChar();
        if (/[a-zA-Z]/.test(letter) === false) {
          throw Error("Invalid ");
        }
        const letterCode = letter.toUpperCase().charCodeAt(0) - 64;
        return { type: "Character", value: letterCode };
      }
      nulCharacterAtom() {
        this.consumeChar("0");
        return { type: "Character", value: cc("\0") };
      }
      hexEscapeSequenceAtom() {
        this.consumeChar("x");
        return this.parseHexDigits(2);
      }
      regExpUnicodeEscapeSequenceAtom() {
        this.consumeChar("u");
        return this.parseHexDigits(4);
      }
      identityEscapeAtom() {
        const escapedChar = this.popChar();
        return { type: "Character", value: cc(escapedChar) };
      }
      classPatternCharacterAtom() {
        switch (this.peekChar()) {
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
          // istanbul ignore next
          case "\\":
          // istanbul ignore next
          case "]":
            throw Error("TBD");
          default:
            const nextChar = this.popChar();
            return { type: "Character", value: cc(nextChar) };
        }
      }
      characterClass() {
        const set = [];
        let complement = false;
        this.consumeChar("[");
        if (this.peekChar(0) === "^") {
          this.consumeChar("^");
          complement = true;
        }
        while (this.isClassAtom()) {
          const from = this.classAtom();
          const isFromSingleChar = from.type === "Character";
          if (isCharacter(from) && this.isRangeDash()) {
            this.consumeChar("-");
            const to = this.classAtom();
            const isToSingleChar = to.type === "Character";
            if (isCharacter(to)) {
              if (to.value < from.value) {
                throw Error("Range out of order in character class");
              }
              set.push({ from: from.value, to: to.value });
            } else {
              insertToSet(from.value, set);
              set.push(cc("-"));
              insertToSet(to.value, set);
            }
          } else {
            insertToSet(from.value, set);
          }
        }
        this.consumeChar("]");
        return { type: "Set", complement, value: set };
      }
      classAtom() {
        switch (this.peekChar()) {
          // istanbul ignore next
          case "]":
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
            throw Error("TBD");
          case "\\":
            return this.classEscape();
          default:
            return this.classPatternCharacterAtom();
        }
      }
      classEscape() {
        this.consumeChar("\\");
        switch (this.peekChar()) {
          // Matches a backspace.
          // (Not to be confused with \b word boundary outside characterClass)
          case "b":
            this.consumeChar("b");
            return { type: "Character", value: cc("\b") };
          case "d":
          case "D":
          case "s":
          case "S":
          case "w":
          case "W":
            return this.characterClassEscape();
          case "f":
          case "n":
          case "r":
          case "t":
          case "v":
            return this.controlEscapeAtom();
          case "c":
            return this.controlLetterEscapeAtom();
          case "0":
            return this.nulCharacterAtom();
          case "x":
            return this.hexEscapeSequenceAtom();
          case "u":
            return this.regExpUnicodeEscapeSequenceAtom();
          default:
            return this.identityEscapeAtom();
        }
      }
      group() {
        let capturing = true;
        this.consumeChar("(");
        switch (this.peekChar(0)) {
          case "?":
            this.consumeChar("?");
            this.consumeChar(":");
            capturing = false;
            break;
          default:
            this.groupIdx++;
            break;
        }
        const value2 = this.disjunction();
        this.consumeChar(")");
        const groupAst = {
          type: "Group",
          capturing,
          value: value2
        };
        if (capturing) {
          groupAst["idx"] = this.groupIdx;
        }
        return groupAst;
      }
      positiveInteger() {
        let number2 = this.popChar();
        if (decimalPatternNoZero.test(number2) === false) {
          throw Error("Expecting a positive integer");
        }
        while (decimalPattern.test(this.peekChar(0))) {
          number2 += this.popChar();
        }
        return parseInt(number2, 10);
      }
      integerIncludingZero() {
        let number2 = this.popChar();
        if (decimalPattern.test(number2) === false) {
          throw Error("Expecting an integer");
        }
        while (decimalPattern.test(this.peekChar(0))) {
          number2 += this.popChar();
        }
        return parseInt(number2, 10);
      }
      patternCharacter() {
        const nextChar = this.popChar();
        switch (nextChar) {
          // istanbul ignore next
          case "\n":
          // istanbul ignore next
          case "\r":
          // istanbul ignore next
          case "\u2028":
          // istanbul ignore next
          case "\u2029":
          // istanbul ignore next
          case "^":
          // istanbul ignore next
          case "$":
          // istanbul ignore next
          case "\\":
          // istanbul ignore next
          case ".":
          // istanbul ignore next
          case "*":
          // istanbul ignore next
          case "+":
          // istanbul ignore next
          case "?":
          // istanbul ignore next
          case "(":
          // istanbul ignore next
          case ")":
          // istanbul ignore next
          case "[":
          // istanbul ignore next
          case "|":
            throw Error("TBD");
          default:
            return { type: "Character", value: cc(nextChar) };
        }
      }
      isRegExpFlag() {
        switch (this.peekChar(0)) {
          case "g":
          case "i":
          case "m":
          case "u":
          case "y":
            return true;
          default:
            return false;
        }
      }
      isRangeDash() {
        return this.peekChar() === "-" && this.isClassAtom(1);
      }
      isDigit() {
        return decimalPattern.test(this.peekChar(0));
      }
      isClassAtom(howMuch = 0) {
        switch (this.peekChar(howMuch)) {
          case "]":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            return false;
          default:
            return true;
        }
      }
      isTerm() {
        return this.isAtom() || this.isAssertion();
      }
      isAtom() {
        if (this.isPatternCharacter()) {
          return true;
        }
        switch (this.peekChar(0)) {
          case ".":
          case "\\":
          // atomEscape
          case "[":
          // characterClass
          // TODO: isAtom must be called before isAssertion - disambiguate
          case "(":
            return true;
          default:
            return false;
        }
      }
      isAssertion() {
        switch (this.peekChar(0)) {
          case "^":
          case "$":
            return true;
          // '\b' or '\B'
          case "\\":
            switch (this.peekChar(1)) {
              case "b":
              case "B":
                return true;
              default:
                return false;
            }
          // '(?=' or '(?!' or `(?<=` or `(?<!`
          case "(":
            return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
          default:
            return false;
        }
      }
      isQuantifier() {
        const prevState = this.saveState();
        try {
          return this.quantifier(true) !== void 0;
        } catch (e) {
          return false;
        } finally {
          this.restoreState(prevState);
        }
      }
      isPatternCharacter() {
        switch (this.peekChar()) {
          case "^":
          case "$":
          case "\\":
          case ".":
          case "*":
          case "+":
          case "?":
          case "(":
          case ")":
          case "[":
          case "|":
          case "/":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            return false;
          default:
            return true;
        }
      }
      parseHexDigits(howMany) {
        let hexString = "";
        for (let i = 0; i < howMany; i++) {
          const hexChar = this.popChar();
          if (hexDigitPattern.test(hexChar) === false) {
            throw Error("Expecting a HexDecimal digits");
          }
          hexString += hexChar;
        }
        const charCode = parseInt(hexString, 16);
        return { type: "Character", value: charCode };
      }
      peekChar(howMuch = 0) {
        return this.input[this.idx + howMuch];
      }
      popChar() {
        const nextChar = this.peekChar(0);
        this.consumeChar(void 0);
        return nextChar;
      }
      consumeChar(char) {
        if (char !== void 0 && this.input[this.idx] !== char) {
          throw Error("Expected: '" + char + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
        }
        if (this.idx >= this.input.length) {
          throw Error("Unexpected end of input");
        }
        this.idx++;
      }
      loc(begin) {
        return { begin, end: this.idx };
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js
var BaseRegExpVisitor;
var init_base_regexp_visitor = __esm({
  "node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js"() {
    BaseRegExpVisitor = class {
      visitChildren(node) {
        for (const key in node) {
          const child = node[key];
          if (node.hasOwnProperty(key)) {
            if (child.type !== void 0) {
              this.visit(child);
            } else if (Array.isArray(child)) {
              child.forEach((subChild) => {
                this.visit(subChild);
              }, this);
            }
          }
        }
      }
      visit(node) {
        switch (node.type) {
          case "Pattern":
            this.visitPattern(node);
            break;
          case "Flags":
            this.visitFlags(node);
            break;
          case "Disjunction":
            this.visitDisjunction(node);
            break;
          case "Alternative":
            this.visitAlternative(node);
            break;
          case "StartAnchor":
            this.visitStartAnchor(node);
            break;
          case "EndAnchor":
            this.visitEndAnchor(node);
            break;
          case "WordBoundary":
            this.visitWordBoundary(node);
            break;
          case "NonWordBoundary":
            this.visitNonWordBoundary(node);
            break;
          case "Lookahead":
            this.visitLookahead(node);
            break;
          case "NegativeLookahead":
            this.visitNegativeLookahead(node);
            break;
          case "Lookbehind":
            this.visitLookbehind(node);
            break;
          case "NegativeLookbehind":
            this.visitNegativeLookbehind(node);
            break;
          case "Character":
            this.visitCharacter(node);
            break;
          case "Set":
            this.visitSet(node);
            break;
          case "Group":
            this.visitGroup(node);
            break;
          case "GroupBackReference":
            this.visitGroupBackReference(node);
            break;
          case "Quantifier":
            this.visitQuantifier(node);
            break;
        }
        this.visitChildren(node);
      }
      visitPattern(node) {
      }
      visitFlags(node) {
      }
      visitDisjunction(node) {
      }
      visitAlternative(node) {
      }
      // Assertion
      visitStartAnchor(node) {
      }
      visitEndAnchor(node) {
      }
      visitWordBoundary(node) {
      }
      visitNonWordBoundary(node) {
      }
      visitLookahead(node) {
      }
      visitNegativeLookahead(node) {
      }
      visitLookbehind(node) {
      }
      visitNegativeLookbehind(node) {
      }
      // atoms
      visitCharacter(node) {
      }
      visitSet(node) {
      }
      visitGroup(node) {
      }
      visitGroupBackReference(node) {
      }
      visitQuantifier(node) {
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/api.js
var init_api3 = __esm({
  "node_modules/.pnpm/@chevrotain+regexp-to-ast@11.2.0/node_modules/@chevrotain/regexp-to-ast/lib/src/api.js"() {
    init_regexp_parser();
    init_base_regexp_visitor();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/reg_exp_parser.js
function getRegExpAst(regExp) {
  const regExpStr = regExp.toString();
  if (regExpAstCache.hasOwnProperty(regExpStr)) {
    return regExpAstCache[regExpStr];
  } else {
    const regExpAst = regExpParser.pattern(regExpStr);
    regExpAstCache[regExpStr] = regExpAst;
    return regExpAst;
  }
}
function clearRegExpParserCache() {
  regExpAstCache = {};
}
var regExpAstCache, regExpParser;
var init_reg_exp_parser = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/reg_exp_parser.js"() {
    init_api3();
    regExpAstCache = {};
    regExpParser = new RegExpParser();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/reg_exp.js
function getOptimizedStartCodesIndices(regExp, ensureOptimizations = false) {
  try {
    const ast = getRegExpAst(regExp);
    const firstChars = firstCharOptimizedIndices(ast.value, {}, ast.flags.ignoreCase);
    return firstChars;
  } catch (e) {
    if (e.message === complementErrorMessage) {
      if (ensureOptimizations) {
        PRINT_WARNING(`${failedOptimizationPrefixMsg}	Unable to optimize: < ${regExp.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
      }
    } else {
      let msgSuffix = "";
      if (ensureOptimizations) {
        msgSuffix = "\n	This will disable the lexer's first char optimizations.\n	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.";
      }
      PRINT_ERROR(`${failedOptimizationPrefixMsg}
	Failed parsing: < ${regExp.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + msgSuffix);
    }
  }
  return [];
}
function firstCharOptimizedIndices(ast, result, ignoreCase) {
  switch (ast.type) {
    case "Disjunction":
      for (let i = 0; i < ast.value.length; i++) {
        firstCharOptimizedIndices(ast.value[i], result, ignoreCase);
      }
      break;
    case "Alternative":
      const terms = ast.value;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        switch (term.type) {
          case "EndAnchor":
          // A group back reference cannot affect potential starting char.
          // because if a back reference is the first production than automatically
          // the group being referenced has had to come BEFORE so its codes have already been added
          case "GroupBackReference":
          // assertions do not affect potential starting codes
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        const atom = term;
        switch (atom.type) {
          case "Character":
            addOptimizedIdxToResult(atom.value, result, ignoreCase);
            break;
          case "Set":
            if (atom.complement === true) {
              throw Error(complementErrorMessage);
            }
            forEach_default(atom.value, (code) => {
              if (typeof code === "number") {
                addOptimizedIdxToResult(code, result, ignoreCase);
              } else {
                const range = code;
                if (ignoreCase === true) {
                  for (let rangeCode = range.from; rangeCode <= range.to; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                } else {
                  for (let rangeCode = range.from; rangeCode <= range.to && rangeCode < minOptimizationVal; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                  if (range.to >= minOptimizationVal) {
                    const minUnOptVal = range.from >= minOptimizationVal ? range.from : minOptimizationVal;
                    const maxUnOptVal = range.to;
                    const minOptIdx = charCodeToOptimizedIndex(minUnOptVal);
                    const maxOptIdx = charCodeToOptimizedIndex(maxUnOptVal);
                    for (let currOptIdx = minOptIdx; currOptIdx <= maxOptIdx; currOptIdx++) {
                      result[currOptIdx] = currOptIdx;
                    }
                  }
                }
              }
            });
            break;
          case "Group":
            firstCharOptimizedIndices(atom.value, result, ignoreCase);
            break;
          /* istanbul ignore next */
          default:
            throw Error("Non Exhaustive Match");
        }
        const isOptionalQuantifier = atom.quantifier !== void 0 && atom.quantifier.atLeast === 0;
        if (
          // A group may be optional due to empty contents /(?:)/
          // or if everything inside it is optional /((a)?)/
          atom.type === "Group" && isWholeOptional(atom) === false || // If this term is not a group it may only be optional if it has an optional quantifier
          atom.type !== "Group" && isOptionalQuantifier === false
        ) {
          break;
        }
      }
      break;
    /* istanbul ignore next */
    default:
      throw Error("non exhaustive match!");
  }
  return values_default(result);
}
function addOptimizedIdxToResult(code, result, ignoreCase) {
  const optimizedCharIdx = charCodeToOptimizedIndex(code);
  result[optimizedCharIdx] = optimizedCharIdx;
  if (ignoreCase === true) {
    handleIgnoreCase(code, result);
  }
}
function handleIgnoreCase(code, result) {
  const char = String.fromCharCode(code);
  const upperChar = char.toUpperCase();
  if (upperChar !== char) {
    const optimizedCharIdx = charCodeToOptimizedIndex(upperChar.charCodeAt(0));
    result[optimizedCharIdx] = optimizedCharIdx;
  } else {
    const lowerChar = char.toLowerCase();
    if (lowerChar !== char) {
      const optimizedCharIdx = charCodeToOptimizedIndex(lowerChar.charCodeAt(0));
      result[optimizedCharIdx] = optimizedCharIdx;
    }
  }
}
function findCode(setNode, targetCharCodes) {
  return find_default(setNode.value, (codeOrRange) => {
    if (typeof codeOrRange === "number") {
      return includes_default(targetCharCodes, codeOrRange);
    } else {
      const range = codeOrRange;
      return find_default(targetCharCodes, (targetCode) => range.from <= targetCode && targetCode <= range.to) !== void 0;
    }
  });
}
function isWholeOptional(ast) {
  const quantifier = ast.quantifier;
  if (quantifier && quantifier.atLeast === 0) {
    return true;
  }
  if (!ast.value) {
    return false;
  }
  return isArray_default(ast.value) ? every_default(ast.value, isWholeOptional) : isWholeOptional(ast.value);
}
function canMatchCharCode(charCodes, pattern) {
  if (pattern instanceof RegExp) {
    const ast = getRegExpAst(pattern);
    const charCodeFinder = new CharCodeFinder(charCodes);
    charCodeFinder.visit(ast);
    return charCodeFinder.found;
  } else {
    return find_default(pattern, (char) => {
      return includes_default(charCodes, char.charCodeAt(0));
    }) !== void 0;
  }
}
var complementErrorMessage, failedOptimizationPrefixMsg, CharCodeFinder;
var init_reg_exp = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/reg_exp.js"() {
    init_api3();
    init_lodash();
    init_api();
    init_reg_exp_parser();
    init_lexer();
    complementErrorMessage = "Complement Sets are not supported for first char optimization";
    failedOptimizationPrefixMsg = 'Unable to use "first char" lexer optimizations:\n';
    CharCodeFinder = class extends BaseRegExpVisitor {
      constructor(targetCharCodes) {
        super();
        this.targetCharCodes = targetCharCodes;
        this.found = false;
      }
      visitChildren(node) {
        if (this.found === true) {
          return;
        }
        switch (node.type) {
          case "Lookahead":
            this.visitLookahead(node);
            return;
          case "NegativeLookahead":
            this.visitNegativeLookahead(node);
            return;
          case "Lookbehind":
            this.visitLookbehind(node);
            return;
          case "NegativeLookbehind":
            this.visitNegativeLookbehind(node);
            return;
        }
        super.visitChildren(node);
      }
      visitCharacter(node) {
        if (includes_default(this.targetCharCodes, node.value)) {
          this.found = true;
        }
      }
      visitSet(node) {
        if (node.complement) {
          if (findCode(node, this.targetCharCodes) === void 0) {
            this.found = true;
          }
        } else {
          if (findCode(node, this.targetCharCodes) !== void 0) {
            this.found = true;
          }
        }
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer.js
function analyzeTokenTypes(tokenTypes, options) {
  options = defaults_default(options, {
    debug: false,
    safeMode: false,
    positionTracking: "full",
    lineTerminatorCharacters: ["\r", "\n"],
    tracer: (msg, action) => action()
  });
  const tracer = options.tracer;
  tracer("initCharCodeToOptimizedIndexMap", () => {
    initCharCodeToOptimizedIndexMap();
  });
  let onlyRelevantTypes;
  tracer("Reject Lexer.NA", () => {
    onlyRelevantTypes = reject_default(tokenTypes, (currType) => {
      return currType[PATTERN] === Lexer2.NA;
    });
  });
  let hasCustom = false;
  let allTransformedPatterns;
  tracer("Transform Patterns", () => {
    hasCustom = false;
    allTransformedPatterns = map_default(onlyRelevantTypes, (currType) => {
      const currPattern = currType[PATTERN];
      if (isRegExp_default(currPattern)) {
        const regExpSource = currPattern.source;
        if (regExpSource.length === 1 && // only these regExp meta characters which can appear in a length one regExp
        regExpSource !== "^" && regExpSource !== "$" && regExpSource !== "." && !currPattern.ignoreCase) {
          return regExpSource;
        } else if (regExpSource.length === 2 && regExpSource[0] === "\\" && // not a meta character
        !includes_default([
          "d",
          "D",
          "s",
          "S",
          "t",
          "r",
          "n",
          "t",
          "0",
          "c",
          "b",
          "B",
          "f",
          "v",
          "w",
          "W"
        ], regExpSource[1])) {
          return regExpSource[1];
        } else {
          return addStickyFlag(currPattern);
        }
      } else if (isFunction_default(currPattern)) {
        hasCustom = true;
        return { exec: currPattern };
      } else if (typeof currPattern === "object") {
        hasCustom = true;
        return currPattern;
      } else if (typeof currPattern === "string") {
        if (currPattern.length === 1) {
          return currPattern;
        } else {
          const escapedRegExpString = currPattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
          const wrappedRegExp = new RegExp(escapedRegExpString);
          return addStickyFlag(wrappedRegExp);
        }
      } else {
        throw Error("non exhaustive match");
      }
    });
  });
  let patternIdxToType;
  let patternIdxToGroup;
  let patternIdxToLongerAltIdxArr;
  let patternIdxToPushMode;
  let patternIdxToPopMode;
  tracer("misc mapping", () => {
    patternIdxToType = map_default(onlyRelevantTypes, (currType) => currType.tokenTypeIdx);
    patternIdxToGroup = map_default(onlyRelevantTypes, (clazz) => {
      const groupName = clazz.GROUP;
      if (groupName === Lexer2.SKIPPED) {
        return void 0;
      } else if (isString_default(groupName)) {
        return groupName;
      } else if (isUndefined_default(groupName)) {
        return false;
      } else {
        throw Error("non exhaustive match");
      }
    });
    patternIdxToLongerAltIdxArr = map_default(onlyRelevantTypes, (clazz) => {
      const longerAltType = clazz.LONGER_ALT;
      if (longerAltType) {
        const longerAltIdxArr = isArray_default(longerAltType) ? map_default(longerAltType, (type) => indexOf_default(onlyRelevantTypes, type)) : [indexOf_default(onlyRelevantTypes, longerAltType)];
        return longerAltIdxArr;
      }
    });
    patternIdxToPushMode = map_default(onlyRelevantTypes, (clazz) => clazz.PUSH_MODE);
    patternIdxToPopMode = map_default(onlyRelevantTypes, (clazz) => has_default(clazz, "POP_MODE"));
  });
  let patternIdxToCanLineTerminator;
  tracer("Line Terminator Handling", () => {
    const lineTerminatorCharCodes = getCharCodes(options.lineTerminatorCharacters);
    patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => false);
    if (options.positionTracking !== "onlyOffset") {
      patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => {
        if (has_default(tokType, "LINE_BREAKS")) {
          return !!tokType.LINE_BREAKS;
        } else {
          return checkLineBreaksIssues(tokType, lineTerminatorCharCodes) === false && canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
        }
      });
    }
  });
  let patternIdxToIsCustom;
  let patternIdxToShort;
  let emptyGroups;
  let patternIdxToConfig;
  tracer("Misc Mapping #2", () => {
    patternIdxToIsCustom = map_default(onlyRelevantTypes, isCustomPattern);
    patternIdxToShort = map_default(allTransformedPatterns, isShortPattern);
    emptyGroups = reduce_default(onlyRelevantTypes, (acc, clazz) => {
      const groupName = clazz.GROUP;
      if (isString_default(groupName) && !(groupName === Lexer2.SKIPPED)) {
        acc[groupName] = [];
      }
      return acc;
    }, {});
    patternIdxToConfig = map_default(allTransformedPatterns, (x, idx) => {
      return {
        pattern: allTransformedPatterns[idx],
        longerAlt: patternIdxToLongerAltIdxArr[idx],
        canLineTerminator: patternIdxToCanLineTerminator[idx],
        isCustom: patternIdxToIsCustom[idx],
        short: patternIdxToShort[idx],
        group: patternIdxToGroup[idx],
        push: patternIdxToPushMode[idx],
        pop: patternIdxToPopMode[idx],
        tokenTypeIdx: patternIdxToType[idx],
        tokenType: onlyRelevantTypes[idx]
      };
    });
  });
  let canBeOptimized = true;
  let charCodeToPatternIdxToConfig = [];
  if (!options.safeMode) {
    tracer("First Char Optimization", () => {
      charCodeToPatternIdxToConfig = reduce_default(onlyRelevantTypes, (result, currTokType, idx) => {
        if (typeof currTokType.PATTERN === "string") {
          const charCode = currTokType.PATTERN.charCodeAt(0);
          const optimizedIdx = charCodeToOptimizedIndex(charCode);
          addToMapOfArrays(result, optimizedIdx, patternIdxToConfig[idx]);
        } else if (isArray_default(currTokType.START_CHARS_HINT)) {
          let lastOptimizedIdx;
          forEach_default(currTokType.START_CHARS_HINT, (charOrInt) => {
            const charCode = typeof charOrInt === "string" ? charOrInt.charCodeAt(0) : charOrInt;
            const currOptimizedIdx = charCodeToOptimizedIndex(charCode);
            if (lastOptimizedIdx !== currOptimizedIdx) {
              lastOptimizedIdx = currOptimizedIdx;
              addToMapOfArrays(result, currOptimizedIdx, patternIdxToConfig[idx]);
            }
          });
        } else if (isRegExp_default(currTokType.PATTERN)) {
          if (currTokType.PATTERN.unicode) {
            canBeOptimized = false;
            if (options.ensureOptimizations) {
              PRINT_ERROR(`${failedOptimizationPrefixMsg}	Unable to analyze < ${currTokType.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
            }
          } else {
            const optimizedCodes = getOptimizedStartCodesIndices(currTokType.PATTERN, options.ensureOptimizations);
            if (isEmpty_default(optimizedCodes)) {
              canBeOptimized = false;
            }
            forEach_default(optimizedCodes, (code) => {
              addToMapOfArrays(result, code, patternIdxToConfig[idx]);
            });
          }
        } else {
          if (options.ensureOptimizations) {
            PRINT_ERROR(`${failedOptimizationPrefixMsg}	TokenType: <${currTokType.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`);
          }
          canBeOptimized = false;
        }
        return result;
      }, []);
    });
  }
  return {
    emptyGroups,
    patternIdxToConfig,
    charCodeToPatternIdxToConfig,
    hasCustom,
    canBeOptimized
  };
}
function validatePatterns(tokenTypes, validModesNames) {
  let errors = [];
  const missingResult = findMissingPatterns(tokenTypes);
  errors = errors.concat(missingResult.errors);
  const invalidResult = findInvalidPatterns(missingResult.valid);
  const validTokenTypes = invalidResult.valid;
  errors = errors.concat(invalidResult.errors);
  errors = errors.concat(validateRegExpPattern(validTokenTypes));
  errors = errors.concat(findInvalidGroupType(validTokenTypes));
  errors = errors.concat(findModesThatDoNotExist(validTokenTypes, validModesNames));
  errors = errors.concat(findUnreachablePatterns(validTokenTypes));
  return errors;
}
function validateRegExpPattern(tokenTypes) {
  let errors = [];
  const withRegExpPatterns = filter_default(tokenTypes, (currTokType) => isRegExp_default(currTokType[PATTERN]));
  errors = errors.concat(findEndOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findStartOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findUnsupportedFlags(withRegExpPatterns));
  errors = errors.concat(findDuplicatePatterns(withRegExpPatterns));
  errors = errors.concat(findEmptyMatchRegExps(withRegExpPatterns));
  return errors;
}
function findMissingPatterns(tokenTypes) {
  const tokenTypesWithMissingPattern = filter_default(tokenTypes, (currType) => {
    return !has_default(currType, PATTERN);
  });
  const errors = map_default(tokenTypesWithMissingPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- missing static 'PATTERN' property",
      type: LexerDefinitionErrorType.MISSING_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithMissingPattern);
  return { errors, valid };
}
function findInvalidPatterns(tokenTypes) {
  const tokenTypesWithInvalidPattern = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return !isRegExp_default(pattern) && !isFunction_default(pattern) && !has_default(pattern, "exec") && !isString_default(pattern);
  });
  const errors = map_default(tokenTypesWithInvalidPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.",
      type: LexerDefinitionErrorType.INVALID_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithInvalidPattern);
  return { errors, valid };
}
function findEndOfInputAnchor(tokenTypes) {
  class EndAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitEndAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const endAnchorVisitor = new EndAnchorFinder();
      endAnchorVisitor.visit(regexpAst);
      return endAnchorVisitor.found;
    } catch (e) {
      return end_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain end of input anchor '$'\n	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.EOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findEmptyMatchRegExps(tokenTypes) {
  const matchesEmptyString = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    return pattern.test("");
  });
  const errors = map_default(matchesEmptyString, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' must not match an empty string",
      type: LexerDefinitionErrorType.EMPTY_MATCH_PATTERN,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findStartOfInputAnchor(tokenTypes) {
  class StartAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitStartAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const startAnchorVisitor = new StartAnchorFinder();
      startAnchorVisitor.visit(regexpAst);
      return startAnchorVisitor.found;
    } catch (e) {
      return start_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain start of input anchor '^'\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.SOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findUnsupportedFlags(tokenTypes) {
  const invalidFlags = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return pattern instanceof RegExp && (pattern.multiline || pattern.global);
  });
  const errors = map_default(invalidFlags, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')",
      type: LexerDefinitionErrorType.UNSUPPORTED_FLAGS_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findDuplicatePatterns(tokenTypes) {
  const found = [];
  let identicalPatterns = map_default(tokenTypes, (outerType) => {
    return reduce_default(tokenTypes, (result, innerType) => {
      if (outerType.PATTERN.source === innerType.PATTERN.source && !includes_default(found, innerType) && innerType.PATTERN !== Lexer2.NA) {
        found.push(innerType);
        result.push(innerType);
        return result;
      }
      return result;
    }, []);
  });
  identicalPatterns = compact_default(identicalPatterns);
  const duplicatePatterns = filter_default(identicalPatterns, (currIdenticalSet) => {
    return currIdenticalSet.length > 1;
  });
  const errors = map_default(duplicatePatterns, (setOfIdentical) => {
    const tokenTypeNames = map_default(setOfIdentical, (currType) => {
      return currType.name;
    });
    const dupPatternSrc = head_default(setOfIdentical).PATTERN;
    return {
      message: `The same RegExp pattern ->${dupPatternSrc}<-has been used in all of the following Token Types: ${tokenTypeNames.join(", ")} <-`,
      type: LexerDefinitionErrorType.DUPLICATE_PATTERNS_FOUND,
      tokenTypes: setOfIdentical
    };
  });
  return errors;
}
function findInvalidGroupType(tokenTypes) {
  const invalidTypes = filter_default(tokenTypes, (clazz) => {
    if (!has_default(clazz, "GROUP")) {
      return false;
    }
    const group = clazz.GROUP;
    return group !== Lexer2.SKIPPED && group !== Lexer2.NA && !isString_default(group);
  });
  const errors = map_default(invalidTypes, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String",
      type: LexerDefinitionErrorType.INVALID_GROUP_TYPE_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findModesThatDoNotExist(tokenTypes, validModes) {
  const invalidModes = filter_default(tokenTypes, (clazz) => {
    return clazz.PUSH_MODE !== void 0 && !includes_default(validModes, clazz.PUSH_MODE);
  });
  const errors = map_default(invalidModes, (tokType) => {
    const msg = `Token Type: ->${tokType.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${tokType.PUSH_MODE}<-which does not exist`;
    return {
      message: msg,
      type: LexerDefinitionErrorType.PUSH_MODE_DOES_NOT_EXIST,
      tokenTypes: [tokType]
    };
  });
  return errors;
}
function findUnreachablePatterns(tokenTypes) {
  const errors = [];
  const canBeTested = reduce_default(tokenTypes, (result, tokType, idx) => {
    const pattern = tokType.PATTERN;
    if (pattern === Lexer2.NA) {
      return result;
    }
    if (isString_default(pattern)) {
      result.push({ str: pattern, idx, tokenType: tokType });
    } else if (isRegExp_default(pattern) && noMetaChar(pattern)) {
      result.push({ str: pattern.source, idx, tokenType: tokType });
    }
    return result;
  }, []);
  forEach_default(tokenTypes, (aTokType, aIdx) => {
    forEach_default(canBeTested, ({ str: bStr, idx: bIdx, tokenType: bTokType }) => {
      if (aIdx < bIdx && tryToMatchStrToPattern(bStr, aTokType.PATTERN)) {
        const msg = `Token: ->${bTokType.name}<- can never be matched.
Because it appears AFTER the Token Type ->${aTokType.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        errors.push({
          message: msg,
          type: LexerDefinitionErrorType.UNREACHABLE_PATTERN,
          tokenTypes: [aTokType, bTokType]
        });
      }
    });
  });
  return errors;
}
function tryToMatchStrToPattern(str4, pattern) {
  if (isRegExp_default(pattern)) {
    if (usesLookAheadOrBehind(pattern)) {
      return false;
    }
    const regExpArray = pattern.exec(str4);
    return regExpArray !== null && regExpArray.index === 0;
  } else if (isFunction_default(pattern)) {
    return pattern(str4, 0, [], {});
  } else if (has_default(pattern, "exec")) {
    return pattern.exec(str4, 0, [], {});
  } else if (typeof pattern === "string") {
    return pattern === str4;
  } else {
    throw Error("non exhaustive match");
  }
}
function noMetaChar(regExp) {
  const metaChars = [
    ".",
    "\\",
    "[",
    "]",
    "|",
    "^",
    "$",
    "(",
    ")",
    "?",
    "*",
    "+",
    "{"
  ];
  return find_default(metaChars, (char) => regExp.source.indexOf(char) !== -1) === void 0;
}
function usesLookAheadOrBehind(regExp) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(regExp.source);
}
function addStickyFlag(pattern) {
  const flags2 = pattern.ignoreCase ? "iy" : "y";
  return new RegExp(`${pattern.source}`, flags2);
}
function performRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const errors = [];
  if (!has_default(lexerDefinition, DEFAULT_MODE)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + DEFAULT_MODE + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE
    });
  }
  if (!has_default(lexerDefinition, MODES)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + MODES + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY
    });
  }
  if (has_default(lexerDefinition, MODES) && has_default(lexerDefinition, DEFAULT_MODE) && !has_default(lexerDefinition.modes, lexerDefinition.defaultMode)) {
    errors.push({
      message: `A MultiMode Lexer cannot be initialized with a ${DEFAULT_MODE}: <${lexerDefinition.defaultMode}>which does not exist
`,
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST
    });
  }
  if (has_default(lexerDefinition, MODES)) {
    forEach_default(lexerDefinition.modes, (currModeValue, currModeName) => {
      forEach_default(currModeValue, (currTokType, currIdx) => {
        if (isUndefined_default(currTokType)) {
          errors.push({
            message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${currModeName}> at index: <${currIdx}>
`,
            type: LexerDefinitionErrorType.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED
          });
        } else if (has_default(currTokType, "LONGER_ALT")) {
          const longerAlt = isArray_default(currTokType.LONGER_ALT) ? currTokType.LONGER_ALT : [currTokType.LONGER_ALT];
          forEach_default(longerAlt, (currLongerAlt) => {
            if (!isUndefined_default(currLongerAlt) && !includes_default(currModeValue, currLongerAlt)) {
              errors.push({
                message: `A MultiMode Lexer cannot be initialized with a longer_alt <${currLongerAlt.name}> on token <${currTokType.name}> outside of mode <${currModeName}>
`,
                type: LexerDefinitionErrorType.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE
              });
            }
          });
        }
      });
    });
  }
  return errors;
}
function performWarningRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const warnings = [];
  let hasAnyLineBreak = false;
  const allTokenTypes = compact_default(flatten_default(values_default(lexerDefinition.modes)));
  const concreteTokenTypes = reject_default(allTokenTypes, (currType) => currType[PATTERN] === Lexer2.NA);
  const terminatorCharCodes = getCharCodes(lineTerminatorCharacters);
  if (trackLines) {
    forEach_default(concreteTokenTypes, (tokType) => {
      const currIssue = checkLineBreaksIssues(tokType, terminatorCharCodes);
      if (currIssue !== false) {
        const message = buildLineBreakIssueMessage(tokType, currIssue);
        const warningDescriptor = {
          message,
          type: currIssue.issue,
          tokenType: tokType
        };
        warnings.push(warningDescriptor);
      } else {
        if (has_default(tokType, "LINE_BREAKS")) {
          if (tokType.LINE_BREAKS === true) {
            hasAnyLineBreak = true;
          }
        } else {
          if (canMatchCharCode(terminatorCharCodes, tokType.PATTERN)) {
            hasAnyLineBreak = true;
          }
        }
      }
    });
  }
  if (trackLines && !hasAnyLineBreak) {
    warnings.push({
      message: "Warning: No LINE_BREAKS Found.\n	This Lexer has been defined to track line and column information,\n	But none of the Token Types can be identified as matching a line terminator.\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS \n	for details.",
      type: LexerDefinitionErrorType.NO_LINE_BREAKS_FLAGS
    });
  }
  return warnings;
}
function cloneEmptyGroups(emptyGroups) {
  const clonedResult = {};
  const groupKeys = keys_default(emptyGroups);
  forEach_default(groupKeys, (currKey) => {
    const currGroupValue = emptyGroups[currKey];
    if (isArray_default(currGroupValue)) {
      clonedResult[currKey] = [];
    } else {
      throw Error("non exhaustive match");
    }
  });
  return clonedResult;
}
function isCustomPattern(tokenType) {
  const pattern = tokenType.PATTERN;
  if (isRegExp_default(pattern)) {
    return false;
  } else if (isFunction_default(pattern)) {
    return true;
  } else if (has_default(pattern, "exec")) {
    return true;
  } else if (isString_default(pattern)) {
    return false;
  } else {
    throw Error("non exhaustive match");
  }
}
function isShortPattern(pattern) {
  if (isString_default(pattern) && pattern.length === 1) {
    return pattern.charCodeAt(0);
  } else {
    return false;
  }
}
function checkLineBreaksIssues(tokType, lineTerminatorCharCodes) {
  if (has_default(tokType, "LINE_BREAKS")) {
    return false;
  } else {
    if (isRegExp_default(tokType.PATTERN)) {
      try {
        canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
      } catch (e) {
        return {
          issue: LexerDefinitionErrorType.IDENTIFY_TERMINATOR,
          errMsg: e.message
        };
      }
      return false;
    } else if (isString_default(tokType.PATTERN)) {
      return false;
    } else if (isCustomPattern(tokType)) {
      return { issue: LexerDefinitionErrorType.CUSTOM_LINE_BREAK };
    } else {
      throw Error("non exhaustive match");
    }
  }
}
function buildLineBreakIssueMessage(tokType, details) {
  if (details.issue === LexerDefinitionErrorType.IDENTIFY_TERMINATOR) {
    return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${tokType.name}> Token Type
	 Root cause: ${details.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  } else if (details.issue === LexerDefinitionErrorType.CUSTOM_LINE_BREAK) {
    return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${tokType.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  } else {
    throw Error("non exhaustive match");
  }
}
function getCharCodes(charsOrCodes) {
  const charCodes = map_default(charsOrCodes, (numOrString) => {
    if (isString_default(numOrString)) {
      return numOrString.charCodeAt(0);
    } else {
      return numOrString;
    }
  });
  return charCodes;
}
function addToMapOfArrays(map2, key, value2) {
  if (map2[key] === void 0) {
    map2[key] = [value2];
  } else {
    map2[key].push(value2);
  }
}
function charCodeToOptimizedIndex(charCode) {
  return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];
}
function initCharCodeToOptimizedIndexMap() {
  if (isEmpty_default(charCodeToOptimizedIdxMap)) {
    charCodeToOptimizedIdxMap = new Array(65536);
    for (let i = 0; i < 65536; i++) {
      charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
    }
  }
}
var PATTERN, DEFAULT_MODE, MODES, end_of_input, start_of_input, LineTerminatorOptimizedTester, minOptimizationVal, charCodeToOptimizedIdxMap;
var init_lexer = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer.js"() {
    init_api3();
    init_lexer_public();
    init_lodash();
    init_api();
    init_reg_exp();
    init_reg_exp_parser();
    PATTERN = "PATTERN";
    DEFAULT_MODE = "defaultMode";
    MODES = "modes";
    end_of_input = /[^\\][$]/;
    start_of_input = /[^\\[][\^]|^\^/;
    LineTerminatorOptimizedTester = {
      // implements /\n|\r\n?/g.test
      test: function(text4) {
        const len2 = text4.length;
        for (let i = this.lastIndex; i < len2; i++) {
          const c = text4.charCodeAt(i);
          if (c === 10) {
            this.lastIndex = i + 1;
            return true;
          } else if (c === 13) {
            if (text4.charCodeAt(i + 1) === 10) {
              this.lastIndex = i + 2;
            } else {
              this.lastIndex = i + 1;
            }
            return true;
          }
        }
        return false;
      },
      lastIndex: 0
    };
    minOptimizationVal = 256;
    charCodeToOptimizedIdxMap = [];
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/tokens.js
function tokenStructuredMatcher(tokInstance, tokConstructor) {
  const instanceType = tokInstance.tokenTypeIdx;
  if (instanceType === tokConstructor.tokenTypeIdx) {
    return true;
  } else {
    return tokConstructor.isParent === true && tokConstructor.categoryMatchesMap[instanceType] === true;
  }
}
function tokenStructuredMatcherNoCategories(token, tokType) {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}
function augmentTokenTypes(tokenTypes) {
  const tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents);
  assignCategoriesMapProp(tokenTypesAndParents);
  assignCategoriesTokensProp(tokenTypesAndParents);
  forEach_default(tokenTypesAndParents, (tokType) => {
    tokType.isParent = tokType.categoryMatches.length > 0;
  });
}
function expandCategories(tokenTypes) {
  let result = clone_default(tokenTypes);
  let categories = tokenTypes;
  let searching = true;
  while (searching) {
    categories = compact_default(flatten_default(map_default(categories, (currTokType) => currTokType.CATEGORIES)));
    const newCategories = difference_default(categories, result);
    result = result.concat(newCategories);
    if (isEmpty_default(newCategories)) {
      searching = false;
    } else {
      categories = newCategories;
    }
  }
  return result;
}
function assignTokenDefaultProps(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    if (!hasShortKeyProperty(currTokType)) {
      tokenIdxToClass[tokenShortNameIdx] = currTokType;
      currTokType.tokenTypeIdx = tokenShortNameIdx++;
    }
    if (hasCategoriesProperty(currTokType) && !isArray_default(currTokType.CATEGORIES)) {
      currTokType.CATEGORIES = [currTokType.CATEGORIES];
    }
    if (!hasCategoriesProperty(currTokType)) {
      currTokType.CATEGORIES = [];
    }
    if (!hasExtendingTokensTypesProperty(currTokType)) {
      currTokType.categoryMatches = [];
    }
    if (!hasExtendingTokensTypesMapProperty(currTokType)) {
      currTokType.categoryMatchesMap = {};
    }
  });
}
function assignCategoriesTokensProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    currTokType.categoryMatches = [];
    forEach_default(currTokType.categoryMatchesMap, (val, key) => {
      currTokType.categoryMatches.push(tokenIdxToClass[key].tokenTypeIdx);
    });
  });
}
function assignCategoriesMapProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    singleAssignCategoriesToksMap([], currTokType);
  });
}
function singleAssignCategoriesToksMap(path, nextNode) {
  forEach_default(path, (pathNode) => {
    nextNode.categoryMatchesMap[pathNode.tokenTypeIdx] = true;
  });
  forEach_default(nextNode.CATEGORIES, (nextCategory) => {
    const newPath = path.concat(nextNode);
    if (!includes_default(newPath, nextCategory)) {
      singleAssignCategoriesToksMap(newPath, nextCategory);
    }
  });
}
function hasShortKeyProperty(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
function hasCategoriesProperty(tokType) {
  return has_default(tokType, "CATEGORIES");
}
function hasExtendingTokensTypesProperty(tokType) {
  return has_default(tokType, "categoryMatches");
}
function hasExtendingTokensTypesMapProperty(tokType) {
  return has_default(tokType, "categoryMatchesMap");
}
function isTokenType(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
var tokenShortNameIdx, tokenIdxToClass;
var init_tokens = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/tokens.js"() {
    init_lodash();
    tokenShortNameIdx = 1;
    tokenIdxToClass = {};
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer_errors_public.js
var defaultLexerErrorProvider;
var init_lexer_errors_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer_errors_public.js"() {
    defaultLexerErrorProvider = {
      buildUnableToPopLexerModeMessage(token) {
        return `Unable to pop Lexer Mode after encountering Token ->${token.image}<- The Mode Stack is empty`;
      },
      buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column, mode) {
        return `unexpected character: ->${fullText.charAt(startOffset)}<- at offset: ${startOffset}, skipped ${length} characters.`;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer_public.js
var LexerDefinitionErrorType, DEFAULT_LEXER_CONFIG, Lexer2;
var init_lexer_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/lexer_public.js"() {
    init_lexer();
    init_lodash();
    init_api();
    init_tokens();
    init_lexer_errors_public();
    init_reg_exp_parser();
    (function(LexerDefinitionErrorType2) {
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MISSING_PATTERN"] = 0] = "MISSING_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_PATTERN"] = 1] = "INVALID_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["EOI_ANCHOR_FOUND"] = 2] = "EOI_ANCHOR_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNSUPPORTED_FLAGS_FOUND"] = 3] = "UNSUPPORTED_FLAGS_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["DUPLICATE_PATTERNS_FOUND"] = 4] = "DUPLICATE_PATTERNS_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_GROUP_TYPE_FOUND"] = 5] = "INVALID_GROUP_TYPE_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["PUSH_MODE_DOES_NOT_EXIST"] = 6] = "PUSH_MODE_DOES_NOT_EXIST";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE"] = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY"] = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST"] = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED"] = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["SOI_ANCHOR_FOUND"] = 11] = "SOI_ANCHOR_FOUND";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["EMPTY_MATCH_PATTERN"] = 12] = "EMPTY_MATCH_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["NO_LINE_BREAKS_FLAGS"] = 13] = "NO_LINE_BREAKS_FLAGS";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNREACHABLE_PATTERN"] = 14] = "UNREACHABLE_PATTERN";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["IDENTIFY_TERMINATOR"] = 15] = "IDENTIFY_TERMINATOR";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["CUSTOM_LINE_BREAK"] = 16] = "CUSTOM_LINE_BREAK";
      LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE"] = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
    })(LexerDefinitionErrorType || (LexerDefinitionErrorType = {}));
    DEFAULT_LEXER_CONFIG = {
      deferDefinitionErrorsHandling: false,
      positionTracking: "full",
      lineTerminatorsPattern: /\n|\r\n?/g,
      lineTerminatorCharacters: ["\n", "\r"],
      ensureOptimizations: false,
      safeMode: false,
      errorMessageProvider: defaultLexerErrorProvider,
      traceInitPerf: false,
      skipValidations: false,
      recoveryEnabled: true
    };
    Object.freeze(DEFAULT_LEXER_CONFIG);
    Lexer2 = class {
      constructor(lexerDefinition, config = DEFAULT_LEXER_CONFIG) {
        this.lexerDefinition = lexerDefinition;
        this.lexerDefinitionErrors = [];
        this.lexerDefinitionWarning = [];
        this.patternIdxToConfig = {};
        this.charCodeToPatternIdxToConfig = {};
        this.modes = [];
        this.emptyGroups = {};
        this.trackStartLines = true;
        this.trackEndLines = true;
        this.hasCustom = false;
        this.canModeBeOptimized = {};
        this.TRACE_INIT = (phaseDesc, phaseImpl) => {
          if (this.traceInitPerf === true) {
            this.traceInitIndent++;
            const indent = new Array(this.traceInitIndent + 1).join("	");
            if (this.traceInitIndent < this.traceInitMaxIdent) {
              console.log(`${indent}--> <${phaseDesc}>`);
            }
            const { time, value: value2 } = timer(phaseImpl);
            const traceMethod = time > 10 ? console.warn : console.log;
            if (this.traceInitIndent < this.traceInitMaxIdent) {
              traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
            }
            this.traceInitIndent--;
            return value2;
          } else {
            return phaseImpl();
          }
        };
        if (typeof config === "boolean") {
          throw Error("The second argument to the Lexer constructor is now an ILexerConfig Object.\na boolean 2nd argument is no longer supported");
        }
        this.config = assign_default({}, DEFAULT_LEXER_CONFIG, config);
        const traceInitVal = this.config.traceInitPerf;
        if (traceInitVal === true) {
          this.traceInitMaxIdent = Infinity;
          this.traceInitPerf = true;
        } else if (typeof traceInitVal === "number") {
          this.traceInitMaxIdent = traceInitVal;
          this.traceInitPerf = true;
        }
        this.traceInitIndent = -1;
        this.TRACE_INIT("Lexer Constructor", () => {
          let actualDefinition;
          let hasOnlySingleMode = true;
          this.TRACE_INIT("Lexer Config handling", () => {
            if (this.config.lineTerminatorsPattern === DEFAULT_LEXER_CONFIG.lineTerminatorsPattern) {
              this.config.lineTerminatorsPattern = LineTerminatorOptimizedTester;
            } else {
              if (this.config.lineTerminatorCharacters === DEFAULT_LEXER_CONFIG.lineTerminatorCharacters) {
                throw Error("Error: Missing <lineTerminatorCharacters> property on the Lexer config.\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS");
              }
            }
            if (config.safeMode && config.ensureOptimizations) {
              throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
            }
            this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking);
            this.trackEndLines = /full/i.test(this.config.positionTracking);
            if (isArray_default(lexerDefinition)) {
              actualDefinition = {
                modes: { defaultMode: clone_default(lexerDefinition) },
                defaultMode: DEFAULT_MODE
              };
            } else {
              hasOnlySingleMode = false;
              actualDefinition = clone_default(lexerDefinition);
            }
          });
          if (this.config.skipValidations === false) {
            this.TRACE_INIT("performRuntimeChecks", () => {
              this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(performRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
            });
            this.TRACE_INIT("performWarningRuntimeChecks", () => {
              this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(performWarningRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
            });
          }
          actualDefinition.modes = actualDefinition.modes ? actualDefinition.modes : {};
          forEach_default(actualDefinition.modes, (currModeValue, currModeName) => {
            actualDefinition.modes[currModeName] = reject_default(currModeValue, (currTokType) => isUndefined_default(currTokType));
          });
          const allModeNames = keys_default(actualDefinition.modes);
          forEach_default(actualDefinition.modes, (currModDef, currModName) => {
            this.TRACE_INIT(`Mode: <${currModName}> processing`, () => {
              this.modes.push(currModName);
              if (this.config.skipValidations === false) {
                this.TRACE_INIT(`validatePatterns`, () => {
                  this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(validatePatterns(currModDef, allModeNames));
                });
              }
              if (isEmpty_default(this.lexerDefinitionErrors)) {
                augmentTokenTypes(currModDef);
                let currAnalyzeResult;
                this.TRACE_INIT(`analyzeTokenTypes`, () => {
                  currAnalyzeResult = analyzeTokenTypes(currModDef, {
                    lineTerminatorCharacters: this.config.lineTerminatorCharacters,
                    positionTracking: config.positionTracking,
                    ensureOptimizations: config.ensureOptimizations,
                    safeMode: config.safeMode,
                    tracer: this.TRACE_INIT
                  });
                });
                this.patternIdxToConfig[currModName] = currAnalyzeResult.patternIdxToConfig;
                this.charCodeToPatternIdxToConfig[currModName] = currAnalyzeResult.charCodeToPatternIdxToConfig;
                this.emptyGroups = assign_default({}, this.emptyGroups, currAnalyzeResult.emptyGroups);
                this.hasCustom = currAnalyzeResult.hasCustom || this.hasCustom;
                this.canModeBeOptimized[currModName] = currAnalyzeResult.canBeOptimized;
              }
            });
          });
          this.defaultMode = actualDefinition.defaultMode;
          if (!isEmpty_default(this.lexerDefinitionErrors) && !this.config.deferDefinitionErrorsHandling) {
            const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
              return error.message;
            });
            const allErrMessagesString = allErrMessages.join("-----------------------\n");
            throw new Error("Errors detected in definition of Lexer:\n" + allErrMessagesString);
          }
          forEach_default(this.lexerDefinitionWarning, (warningDescriptor) => {
            PRINT_WARNING(warningDescriptor.message);
          });
          this.TRACE_INIT("Choosing sub-methods implementations", () => {
            if (hasOnlySingleMode) {
              this.handleModes = noop_default;
            }
            if (this.trackStartLines === false) {
              this.computeNewColumn = identity_default;
            }
            if (this.trackEndLines === false) {
              this.updateTokenEndLineColumnLocation = noop_default;
            }
            if (/full/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createFullToken;
            } else if (/onlyStart/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createStartOnlyToken;
            } else if (/onlyOffset/i.test(this.config.positionTracking)) {
              this.createTokenInstance = this.createOffsetOnlyToken;
            } else {
              throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
            }
            if (this.hasCustom) {
              this.addToken = this.addTokenUsingPush;
              this.handlePayload = this.handlePayloadWithCustom;
            } else {
              this.addToken = this.addTokenUsingMemberAccess;
              this.handlePayload = this.handlePayloadNoCustom;
            }
          });
          this.TRACE_INIT("Failed Optimization Warnings", () => {
            const unOptimizedModes = reduce_default(this.canModeBeOptimized, (cannotBeOptimized, canBeOptimized, modeName) => {
              if (canBeOptimized === false) {
                cannotBeOptimized.push(modeName);
              }
              return cannotBeOptimized;
            }, []);
            if (config.ensureOptimizations && !isEmpty_default(unOptimizedModes)) {
              throw Error(`Lexer Modes: < ${unOptimizedModes.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
            }
          });
          this.TRACE_INIT("clearRegExpParserCache", () => {
            clearRegExpParserCache();
          });
          this.TRACE_INIT("toFastProperties", () => {
            toFastProperties(this);
          });
        });
      }
      tokenize(text4, initialMode = this.defaultMode) {
        if (!isEmpty_default(this.lexerDefinitionErrors)) {
          const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
            return error.message;
          });
          const allErrMessagesString = allErrMessages.join("-----------------------\n");
          throw new Error("Unable to Tokenize because Errors detected in definition of Lexer:\n" + allErrMessagesString);
        }
        return this.tokenizeInternal(text4, initialMode);
      }
      // There is quite a bit of duplication between this and "tokenizeInternalLazy"
      // This is intentional due to performance considerations.
      // this method also used quite a bit of `!` none null assertions because it is too optimized
      // for `tsc` to always understand it is "safe"
      tokenizeInternal(text4, initialMode) {
        let i, j, k, matchAltImage, longerAlt, matchedImage, payload, altPayload, imageLength, group, tokType, newToken, errLength, msg, match;
        const orgText = text4;
        const orgLength = orgText.length;
        let offset = 0;
        let matchedTokensIndex = 0;
        const guessedNumberOfTokens = this.hasCustom ? 0 : Math.floor(text4.length / 10);
        const matchedTokens = new Array(guessedNumberOfTokens);
        const errors = [];
        let line = this.trackStartLines ? 1 : void 0;
        let column = this.trackStartLines ? 1 : void 0;
        const groups2 = cloneEmptyGroups(this.emptyGroups);
        const trackLines = this.trackStartLines;
        const lineTerminatorPattern = this.config.lineTerminatorsPattern;
        let currModePatternsLength = 0;
        let patternIdxToConfig = [];
        let currCharCodeToPatternIdxToConfig = [];
        const modeStack = [];
        const emptyArray = [];
        Object.freeze(emptyArray);
        let isOptimizedMode = false;
        const pop_mode = (popToken) => {
          if (modeStack.length === 1 && // if we have both a POP_MODE and a PUSH_MODE this is in-fact a "transition"
          // So no error should occur.
          popToken.tokenType.PUSH_MODE === void 0) {
            const msg2 = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(popToken);
            errors.push({
              offset: popToken.startOffset,
              line: popToken.startLine,
              column: popToken.startColumn,
              length: popToken.image.length,
              message: msg2
            });
          } else {
            modeStack.pop();
            const newMode = last_default(modeStack);
            patternIdxToConfig = this.patternIdxToConfig[newMode];
            currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
            currModePatternsLength = patternIdxToConfig.length;
            const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
            if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
              isOptimizedMode = true;
            } else {
              isOptimizedMode = false;
            }
          }
        };
        function push_mode(newMode) {
          modeStack.push(newMode);
          currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
          patternIdxToConfig = this.patternIdxToConfig[newMode];
          currModePatternsLength = patternIdxToConfig.length;
          currModePatternsLength = patternIdxToConfig.length;
          const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
          if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
            isOptimizedMode = true;
          } else {
            isOptimizedMode = false;
          }
        }
        push_mode.call(this, initialMode);
        let currConfig;
        const recoveryEnabled = this.config.recoveryEnabled;
        while (offset < orgLength) {
          matchedImage = null;
          imageLength = -1;
          const nextCharCode = orgText.charCodeAt(offset);
          let chosenPatternIdxToConfig;
          if (isOptimizedMode) {
            const optimizedCharIdx = charCodeToOptimizedIndex(nextCharCode);
            const possiblePatterns = currCharCodeToPatternIdxToConfig[optimizedCharIdx];
            chosenPatternIdxToConfig = possiblePatterns !== void 0 ? possiblePatterns : emptyArray;
          } else {
            chosenPatternIdxToConfig = patternIdxToConfig;
          }
          const chosenPatternsLength = chosenPatternIdxToConfig.length;
          for (i = 0; i < chosenPatternsLength; i++) {
            currConfig = chosenPatternIdxToConfig[i];
            const currPattern = currConfig.pattern;
            payload = null;
            const singleCharCode = currConfig.short;
            if (singleCharCode !== false) {
              if (nextCharCode === singleCharCode) {
                imageLength = 1;
                matchedImage = currPattern;
              }
            } else if (currConfig.isCustom === true) {
              match = currPattern.exec(orgText, offset, matchedTokens, groups2);
              if (match !== null) {
                matchedImage = match[0];
                imageLength = matchedImage.length;
                if (match.payload !== void 0) {
                  payload = match.payload;
                }
              } else {
                matchedImage = null;
              }
            } else {
              currPattern.lastIndex = offset;
              imageLength = this.matchLength(currPattern, text4, offset);
            }
            if (imageLength !== -1) {
              longerAlt = currConfig.longerAlt;
              if (longerAlt !== void 0) {
                matchedImage = text4.substring(offset, offset + imageLength);
                const longerAltLength = longerAlt.length;
                for (k = 0; k < longerAltLength; k++) {
                  const longerAltConfig = patternIdxToConfig[longerAlt[k]];
                  const longerAltPattern = longerAltConfig.pattern;
                  altPayload = null;
                  if (longerAltConfig.isCustom === true) {
                    match = longerAltPattern.exec(orgText, offset, matchedTokens, groups2);
                    if (match !== null) {
                      matchAltImage = match[0];
                      if (match.payload !== void 0) {
                        altPayload = match.payload;
                      }
                    } else {
                      matchAltImage = null;
                    }
                  } else {
                    longerAltPattern.lastIndex = offset;
                    matchAltImage = this.match(longerAltPattern, text4, offset);
                  }
                  if (matchAltImage && matchAltImage.length > matchedImage.length) {
                    matchedImage = matchAltImage;
                    imageLength = matchAltImage.length;
                    payload = altPayload;
                    currConfig = longerAltConfig;
                    break;
                  }
                }
              }
              break;
            }
          }
          if (imageLength !== -1) {
            group = currConfig.group;
            if (group !== void 0) {
              matchedImage = matchedImage !== null ? matchedImage : text4.substring(offset, offset + imageLength);
              tokType = currConfig.tokenTypeIdx;
              newToken = this.createTokenInstance(matchedImage, offset, tokType, currConfig.tokenType, line, column, imageLength);
              this.handlePayload(newToken, payload);
              if (group === false) {
                matchedTokensIndex = this.addToken(matchedTokens, matchedTokensIndex, newToken);
              } else {
                groups2[group].push(newToken);
              }
            }
            if (trackLines === true && currConfig.canLineTerminator === true) {
              let numOfLTsInMatch = 0;
              let foundTerminator;
              let lastLTEndOffset;
              lineTerminatorPattern.lastIndex = 0;
              do {
                matchedImage = matchedImage !== null ? matchedImage : text4.substring(offset, offset + imageLength);
                foundTerminator = lineTerminatorPattern.test(matchedImage);
                if (foundTerminator === true) {
                  lastLTEndOffset = lineTerminatorPattern.lastIndex - 1;
                  numOfLTsInMatch++;
                }
              } while (foundTerminator === true);
              if (numOfLTsInMatch !== 0) {
                line = line + numOfLTsInMatch;
                column = imageLength - lastLTEndOffset;
                this.updateTokenEndLineColumnLocation(newToken, group, lastLTEndOffset, numOfLTsInMatch, line, column, imageLength);
              } else {
                column = this.computeNewColumn(column, imageLength);
              }
            } else {
              column = this.computeNewColumn(column, imageLength);
            }
            offset = offset + imageLength;
            this.handleModes(currConfig, pop_mode, push_mode, newToken);
          } else {
            const errorStartOffset = offset;
            const errorLine = line;
            const errorColumn = column;
            let foundResyncPoint = recoveryEnabled === false;
            while (foundResyncPoint === false && offset < orgLength) {
              offset++;
              for (j = 0; j < currModePatternsLength; j++) {
                const currConfig2 = patternIdxToConfig[j];
                const currPattern = currConfig2.pattern;
                const singleCharCode = currConfig2.short;
                if (singleCharCode !== false) {
                  if (orgText.charCodeAt(offset) === singleCharCode) {
                    foundResyncPoint = true;
                  }
                } else if (currConfig2.isCustom === true) {
                  foundResyncPoint = currPattern.exec(orgText, offset, matchedTokens, groups2) !== null;
                } else {
                  currPattern.lastIndex = offset;
                  foundResyncPoint = currPattern.exec(text4) !== null;
                }
                if (foundResyncPoint === true) {
                  break;
                }
              }
            }
            errLength = offset - errorStartOffset;
            column = this.computeNewColumn(column, errLength);
            msg = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(orgText, errorStartOffset, errLength, errorLine, errorColumn, last_default(modeStack));
            errors.push({
              offset: errorStartOffset,
              line: errorLine,
              column: errorColumn,
              length: errLength,
              message: msg
            });
            if (recoveryEnabled === false) {
              break;
            }
          }
        }
        if (!this.hasCustom) {
          matchedTokens.length = matchedTokensIndex;
        }
        return {
          tokens: matchedTokens,
          groups: groups2,
          errors
        };
      }
      handleModes(config, pop_mode, push_mode, newToken) {
        if (config.pop === true) {
          const pushMode = config.push;
          pop_mode(newToken);
          if (pushMode !== void 0) {
            push_mode.call(this, pushMode);
          }
        } else if (config.push !== void 0) {
          push_mode.call(this, config.push);
        }
      }
      // TODO: decrease this under 600 characters? inspect stripping comments option in TSC compiler
      updateTokenEndLineColumnLocation(newToken, group, lastLTIdx, numOfLTsInMatch, line, column, imageLength) {
        let lastCharIsLT, fixForEndingInLT;
        if (group !== void 0) {
          lastCharIsLT = lastLTIdx === imageLength - 1;
          fixForEndingInLT = lastCharIsLT ? -1 : 0;
          if (!(numOfLTsInMatch === 1 && lastCharIsLT === true)) {
            newToken.endLine = line + fixForEndingInLT;
            newToken.endColumn = column - 1 + -fixForEndingInLT;
          }
        }
      }
      computeNewColumn(oldColumn, imageLength) {
        return oldColumn + imageLength;
      }
      createOffsetOnlyToken(image, startOffset, tokenTypeIdx, tokenType) {
        return {
          image,
          startOffset,
          tokenTypeIdx,
          tokenType
        };
      }
      createStartOnlyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) {
        return {
          image,
          startOffset,
          startLine,
          startColumn,
          tokenTypeIdx,
          tokenType
        };
      }
      createFullToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) {
        return {
          image,
          startOffset,
          endOffset: startOffset + imageLength - 1,
          startLine,
          endLine: startLine,
          startColumn,
          endColumn: startColumn + imageLength - 1,
          tokenTypeIdx,
          tokenType
        };
      }
      addTokenUsingPush(tokenVector, index, tokenToAdd) {
        tokenVector.push(tokenToAdd);
        return index;
      }
      addTokenUsingMemberAccess(tokenVector, index, tokenToAdd) {
        tokenVector[index] = tokenToAdd;
        index++;
        return index;
      }
      handlePayloadNoCustom(token, payload) {
      }
      handlePayloadWithCustom(token, payload) {
        if (payload !== null) {
          token.payload = payload;
        }
      }
      match(pattern, text4, offset) {
        const found = pattern.test(text4);
        if (found === true) {
          return text4.substring(offset, pattern.lastIndex);
        }
        return null;
      }
      matchLength(pattern, text4, offset) {
        const found = pattern.test(text4);
        if (found === true) {
          return pattern.lastIndex - offset;
        }
        return -1;
      }
    };
    Lexer2.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
    Lexer2.NA = /NOT_APPLICABLE/;
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/tokens_public.js
function tokenLabel2(tokType) {
  if (hasTokenLabel2(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel2(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
function createToken(config) {
  return createTokenInternal(config);
}
function createTokenInternal(config) {
  const pattern = config.pattern;
  const tokenType = {};
  tokenType.name = config.name;
  if (!isUndefined_default(pattern)) {
    tokenType.PATTERN = pattern;
  }
  if (has_default(config, PARENT)) {
    throw "The parent property is no longer supported.\nSee: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.";
  }
  if (has_default(config, CATEGORIES)) {
    tokenType.CATEGORIES = config[CATEGORIES];
  }
  augmentTokenTypes([tokenType]);
  if (has_default(config, LABEL)) {
    tokenType.LABEL = config[LABEL];
  }
  if (has_default(config, GROUP)) {
    tokenType.GROUP = config[GROUP];
  }
  if (has_default(config, POP_MODE)) {
    tokenType.POP_MODE = config[POP_MODE];
  }
  if (has_default(config, PUSH_MODE)) {
    tokenType.PUSH_MODE = config[PUSH_MODE];
  }
  if (has_default(config, LONGER_ALT)) {
    tokenType.LONGER_ALT = config[LONGER_ALT];
  }
  if (has_default(config, LINE_BREAKS)) {
    tokenType.LINE_BREAKS = config[LINE_BREAKS];
  }
  if (has_default(config, START_CHARS_HINT)) {
    tokenType.START_CHARS_HINT = config[START_CHARS_HINT];
  }
  return tokenType;
}
function createTokenInstance(tokType, image, startOffset, endOffset, startLine, endLine, startColumn, endColumn) {
  return {
    image,
    startOffset,
    endOffset,
    startLine,
    endLine,
    startColumn,
    endColumn,
    tokenTypeIdx: tokType.tokenTypeIdx,
    tokenType: tokType
  };
}
function tokenMatcher(token, tokType) {
  return tokenStructuredMatcher(token, tokType);
}
var PARENT, CATEGORIES, LABEL, GROUP, PUSH_MODE, POP_MODE, LONGER_ALT, LINE_BREAKS, START_CHARS_HINT, EOF;
var init_tokens_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/scan/tokens_public.js"() {
    init_lodash();
    init_lexer_public();
    init_tokens();
    PARENT = "parent";
    CATEGORIES = "categories";
    LABEL = "label";
    GROUP = "group";
    PUSH_MODE = "push_mode";
    POP_MODE = "pop_mode";
    LONGER_ALT = "longer_alt";
    LINE_BREAKS = "line_breaks";
    START_CHARS_HINT = "start_chars_hint";
    EOF = createToken({ name: "EOF", pattern: Lexer2.NA });
    augmentTokenTypes([EOF]);
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/errors_public.js
var defaultParserErrorProvider, defaultGrammarResolverErrorProvider, defaultGrammarValidatorErrorProvider;
var init_errors_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/errors_public.js"() {
    init_tokens_public();
    init_lodash();
    init_api2();
    defaultParserErrorProvider = {
      buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
        const hasLabel = hasTokenLabel2(expected);
        const expectedMsg = hasLabel ? `--> ${tokenLabel2(expected)} <--` : `token of type --> ${expected.name} <--`;
        const msg = `Expecting ${expectedMsg} but found --> '${actual.image}' <--`;
        return msg;
      },
      buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
        return "Redundant input, expecting EOF but found: " + firstRedundant.image;
      },
      buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName }) {
        const errPrefix = "Expecting: ";
        const actualText = head_default(actual).image;
        const errSuffix = "\nbut found: '" + actualText + "'";
        if (customUserDescription) {
          return errPrefix + customUserDescription + errSuffix;
        } else {
          const allLookAheadPaths = reduce_default(expectedPathsPerAlt, (result, currAltPaths) => result.concat(currAltPaths), []);
          const nextValidTokenSequences = map_default(allLookAheadPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(", ")}]`);
          const nextValidSequenceItems = map_default(nextValidTokenSequences, (itemMsg, idx) => `  ${idx + 1}. ${itemMsg}`);
          const calculatedDescription = `one of these possible Token sequences:
${nextValidSequenceItems.join("\n")}`;
          return errPrefix + calculatedDescription + errSuffix;
        }
      },
      buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
        const errPrefix = "Expecting: ";
        const actualText = head_default(actual).image;
        const errSuffix = "\nbut found: '" + actualText + "'";
        if (customUserDescription) {
          return errPrefix + customUserDescription + errSuffix;
        } else {
          const nextValidTokenSequences = map_default(expectedIterationPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(",")}]`);
          const calculatedDescription = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${nextValidTokenSequences.join(" ,")}>`;
          return errPrefix + calculatedDescription + errSuffix;
        }
      }
    };
    Object.freeze(defaultParserErrorProvider);
    defaultGrammarResolverErrorProvider = {
      buildRuleNotFoundError(topLevelRule, undefinedRule) {
        const msg = "Invalid grammar, reference to a rule which is not defined: ->" + undefinedRule.nonTerminalName + "<-\ninside top level rule: ->" + topLevelRule.name + "<-";
        return msg;
      }
    };
    defaultGrammarValidatorErrorProvider = {
      buildDuplicateFoundError(topLevelRule, duplicateProds) {
        function getExtraProductionArgument2(prod) {
          if (prod instanceof Terminal) {
            return prod.terminalType.name;
          } else if (prod instanceof NonTerminal) {
            return prod.nonTerminalName;
          } else {
            return "";
          }
        }
        const topLevelName = topLevelRule.name;
        const duplicateProd = head_default(duplicateProds);
        const index = duplicateProd.idx;
        const dslName = getProductionDslName(duplicateProd);
        const extraArgument = getExtraProductionArgument2(duplicateProd);
        const hasExplicitIndex = index > 0;
        let msg = `->${dslName}${hasExplicitIndex ? index : ""}<- ${extraArgument ? `with argument: ->${extraArgument}<-` : ""}
                  appears more than once (${duplicateProds.length} times) in the top level rule: ->${topLevelName}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
        msg = msg.replace(/[ \t]+/g, " ");
        msg = msg.replace(/\s\s+/g, "\n");
        return msg;
      },
      buildNamespaceConflictError(rule) {
        const errMsg = `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${rule.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
        return errMsg;
      },
      buildAlternationPrefixAmbiguityError(options) {
        const pathMsg = map_default(options.prefixPath, (currTok) => tokenLabel2(currTok)).join(", ");
        const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
        const errMsg = `Ambiguous alternatives: <${options.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
<${pathMsg}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
        return errMsg;
      },
      buildAlternationAmbiguityError(options) {
        const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
        const isEmptyPath = options.prefixPath.length === 0;
        let currMessage = `Ambiguous Alternatives Detected: <${options.ambiguityIndices.join(" ,")}> in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
`;
        if (isEmptyPath) {
          currMessage += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
        } else {
          const pathMsg = map_default(options.prefixPath, (currtok) => tokenLabel2(currtok)).join(", ");
          currMessage += `<${pathMsg}> may appears as a prefix path in all these alternatives.
`;
        }
        currMessage += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`;
        return currMessage;
      },
      buildEmptyRepetitionError(options) {
        let dslName = getProductionDslName(options.repetition);
        if (options.repetition.idx !== 0) {
          dslName += options.repetition.idx;
        }
        const errMsg = `The repetition <${dslName}> within Rule <${options.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
        return errMsg;
      },
      // TODO: remove - `errors_public` from nyc.config.js exclude
      //       once this method is fully removed from this file
      buildTokenNameError(options) {
        return "deprecated";
      },
      buildEmptyAlternationError(options) {
        const errMsg = `Ambiguous empty alternative: <${options.emptyChoiceIdx + 1}> in <OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
        return errMsg;
      },
      buildTooManyAlternativesError(options) {
        const errMsg = `An Alternation cannot have more than 256 alternatives:
<OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
 has ${options.alternation.definition.length + 1} alternatives.`;
        return errMsg;
      },
      buildLeftRecursionError(options) {
        const ruleName = options.topLevelRule.name;
        const pathNames = map_default(options.leftRecursionPath, (currRule) => currRule.name);
        const leftRecursivePath = `${ruleName} --> ${pathNames.concat([ruleName]).join(" --> ")}`;
        const errMsg = `Left Recursion found in grammar.
rule: <${ruleName}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${leftRecursivePath}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
        return errMsg;
      },
      // TODO: remove - `errors_public` from nyc.config.js exclude
      //       once this method is fully removed from this file
      buildInvalidRuleNameError(options) {
        return "deprecated";
      },
      buildDuplicateRuleNameError(options) {
        let ruleName;
        if (options.topLevelRule instanceof Rule) {
          ruleName = options.topLevelRule.name;
        } else {
          ruleName = options.topLevelRule;
        }
        const errMsg = `Duplicate definition, rule: ->${ruleName}<- is already defined in the grammar: ->${options.grammarName}<-`;
        return errMsg;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/resolver.js
function resolveGrammar(topLevels, errMsgProvider) {
  const refResolver = new GastRefResolverVisitor(topLevels, errMsgProvider);
  refResolver.resolveRefs();
  return refResolver.errors;
}
var GastRefResolverVisitor;
var init_resolver = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/resolver.js"() {
    init_parser();
    init_lodash();
    init_api2();
    GastRefResolverVisitor = class extends GAstVisitor {
      constructor(nameToTopRule, errMsgProvider) {
        super();
        this.nameToTopRule = nameToTopRule;
        this.errMsgProvider = errMsgProvider;
        this.errors = [];
      }
      resolveRefs() {
        forEach_default(values_default(this.nameToTopRule), (prod) => {
          this.currTopLevel = prod;
          prod.accept(this);
        });
      }
      visitNonTerminal(node) {
        const ref = this.nameToTopRule[node.nonTerminalName];
        if (!ref) {
          const msg = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, node);
          this.errors.push({
            message: msg,
            type: ParserDefinitionErrorType.UNRESOLVED_SUBRULE_REF,
            ruleName: this.currTopLevel.name,
            unresolvedRefName: node.nonTerminalName
          });
        } else {
          node.referencedRule = ref;
        }
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/interpreter.js
function possiblePathsFrom(targetDef, maxLength, currPath = []) {
  currPath = clone_default(currPath);
  let result = [];
  let i = 0;
  function remainingPathWith(nextDef) {
    return nextDef.concat(drop_default(targetDef, i + 1));
  }
  function getAlternativesForProd(definition) {
    const alternatives = possiblePathsFrom(remainingPathWith(definition), maxLength, currPath);
    return result.concat(alternatives);
  }
  while (currPath.length < maxLength && i < targetDef.length) {
    const prod = targetDef[i];
    if (prod instanceof Alternative) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof NonTerminal) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof Option) {
      result = getAlternativesForProd(prod.definition);
    } else if (prod instanceof RepetitionMandatory) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const newDef = [
        new Alternative({ definition: prod.definition }),
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ];
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionWithSeparator) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Repetition) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Alternation) {
      forEach_default(prod.definition, (currAlt) => {
        if (isEmpty_default(currAlt.definition) === false) {
          result = getAlternativesForProd(currAlt.definition);
        }
      });
      return result;
    } else if (prod instanceof Terminal) {
      currPath.push(prod.terminalType);
    } else {
      throw Error("non exhaustive match");
    }
    i++;
  }
  result.push({
    partialPath: currPath,
    suffixDef: drop_default(targetDef, i)
  });
  return result;
}
function nextPossibleTokensAfter(initialDef, tokenVector, tokMatcher, maxLookAhead) {
  const EXIT_NON_TERMINAL = "EXIT_NONE_TERMINAL";
  const EXIT_NON_TERMINAL_ARR = [EXIT_NON_TERMINAL];
  const EXIT_ALTERNATIVE = "EXIT_ALTERNATIVE";
  let foundCompletePath = false;
  const tokenVectorLength = tokenVector.length;
  const minimalAlternativesIndex = tokenVectorLength - maxLookAhead - 1;
  const result = [];
  const possiblePaths = [];
  possiblePaths.push({
    idx: -1,
    def: initialDef,
    ruleStack: [],
    occurrenceStack: []
  });
  while (!isEmpty_default(possiblePaths)) {
    const currPath = possiblePaths.pop();
    if (currPath === EXIT_ALTERNATIVE) {
      if (foundCompletePath && last_default(possiblePaths).idx <= minimalAlternativesIndex) {
        possiblePaths.pop();
      }
      continue;
    }
    const currDef = currPath.def;
    const currIdx = currPath.idx;
    const currRuleStack = currPath.ruleStack;
    const currOccurrenceStack = currPath.occurrenceStack;
    if (isEmpty_default(currDef)) {
      continue;
    }
    const prod = currDef[0];
    if (prod === EXIT_NON_TERMINAL) {
      const nextPath = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: dropRight_default(currRuleStack),
        occurrenceStack: dropRight_default(currOccurrenceStack)
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Terminal) {
      if (currIdx < tokenVectorLength - 1) {
        const nextIdx = currIdx + 1;
        const actualToken = tokenVector[nextIdx];
        if (tokMatcher(actualToken, prod.terminalType)) {
          const nextPath = {
            idx: nextIdx,
            def: drop_default(currDef),
            ruleStack: currRuleStack,
            occurrenceStack: currOccurrenceStack
          };
          possiblePaths.push(nextPath);
        }
      } else if (currIdx === tokenVectorLength - 1) {
        result.push({
          nextTokenType: prod.terminalType,
          nextTokenOccurrence: prod.idx,
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        });
        foundCompletePath = true;
      } else {
        throw Error("non exhaustive match");
      }
    } else if (prod instanceof NonTerminal) {
      const newRuleStack = clone_default(currRuleStack);
      newRuleStack.push(prod.nonTerminalName);
      const newOccurrenceStack = clone_default(currOccurrenceStack);
      newOccurrenceStack.push(prod.idx);
      const nextPath = {
        idx: currIdx,
        def: prod.definition.concat(EXIT_NON_TERMINAL_ARR, drop_default(currDef)),
        ruleStack: newRuleStack,
        occurrenceStack: newOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Option) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nextPathWith = {
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof RepetitionMandatory) {
      const secondIteration = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const secondIteration = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionWithSeparator) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const nthRepetition = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Repetition) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nthRepetition = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Alternation) {
      for (let i = prod.definition.length - 1; i >= 0; i--) {
        const currAlt = prod.definition[i];
        const currAltPath = {
          idx: currIdx,
          def: currAlt.definition.concat(drop_default(currDef)),
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        };
        possiblePaths.push(currAltPath);
        possiblePaths.push(EXIT_ALTERNATIVE);
      }
    } else if (prod instanceof Alternative) {
      possiblePaths.push({
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      });
    } else if (prod instanceof Rule) {
      possiblePaths.push(expandTopLevelRule(prod, currIdx, currRuleStack, currOccurrenceStack));
    } else {
      throw Error("non exhaustive match");
    }
  }
  return result;
}
function expandTopLevelRule(topRule, currIdx, currRuleStack, currOccurrenceStack) {
  const newRuleStack = clone_default(currRuleStack);
  newRuleStack.push(topRule.name);
  const newCurrOccurrenceStack = clone_default(currOccurrenceStack);
  newCurrOccurrenceStack.push(1);
  return {
    idx: currIdx,
    def: topRule.definition,
    ruleStack: newRuleStack,
    occurrenceStack: newCurrOccurrenceStack
  };
}
var AbstractNextPossibleTokensWalker, NextAfterTokenWalker, AbstractNextTerminalAfterProductionWalker, NextTerminalAfterManyWalker, NextTerminalAfterManySepWalker, NextTerminalAfterAtLeastOneWalker, NextTerminalAfterAtLeastOneSepWalker;
var init_interpreter = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/interpreter.js"() {
    init_lodash();
    init_first2();
    init_rest();
    init_api2();
    AbstractNextPossibleTokensWalker = class extends RestWalker {
      constructor(topProd, path) {
        super();
        this.topProd = topProd;
        this.path = path;
        this.possibleTokTypes = [];
        this.nextProductionName = "";
        this.nextProductionOccurrence = 0;
        this.found = false;
        this.isAtEndOfPath = false;
      }
      startWalking() {
        this.found = false;
        if (this.path.ruleStack[0] !== this.topProd.name) {
          throw Error("The path does not start with the walker's top Rule!");
        }
        this.ruleStack = clone_default(this.path.ruleStack).reverse();
        this.occurrenceStack = clone_default(this.path.occurrenceStack).reverse();
        this.ruleStack.pop();
        this.occurrenceStack.pop();
        this.updateExpectedNext();
        this.walk(this.topProd);
        return this.possibleTokTypes;
      }
      walk(prod, prevRest = []) {
        if (!this.found) {
          super.walk(prod, prevRest);
        }
      }
      walkProdRef(refProd, currRest, prevRest) {
        if (refProd.referencedRule.name === this.nextProductionName && refProd.idx === this.nextProductionOccurrence) {
          const fullRest = currRest.concat(prevRest);
          this.updateExpectedNext();
          this.walk(refProd.referencedRule, fullRest);
        }
      }
      updateExpectedNext() {
        if (isEmpty_default(this.ruleStack)) {
          this.nextProductionName = "";
          this.nextProductionOccurrence = 0;
          this.isAtEndOfPath = true;
        } else {
          this.nextProductionName = this.ruleStack.pop();
          this.nextProductionOccurrence = this.occurrenceStack.pop();
        }
      }
    };
    NextAfterTokenWalker = class extends AbstractNextPossibleTokensWalker {
      constructor(topProd, path) {
        super(topProd, path);
        this.path = path;
        this.nextTerminalName = "";
        this.nextTerminalOccurrence = 0;
        this.nextTerminalName = this.path.lastTok.name;
        this.nextTerminalOccurrence = this.path.lastTokOccurrence;
      }
      walkTerminal(terminal, currRest, prevRest) {
        if (this.isAtEndOfPath && terminal.terminalType.name === this.nextTerminalName && terminal.idx === this.nextTerminalOccurrence && !this.found) {
          const fullRest = currRest.concat(prevRest);
          const restProd = new Alternative({ definition: fullRest });
          this.possibleTokTypes = first2(restProd);
          this.found = true;
        }
      }
    };
    AbstractNextTerminalAfterProductionWalker = class extends RestWalker {
      constructor(topRule, occurrence) {
        super();
        this.topRule = topRule;
        this.occurrence = occurrence;
        this.result = {
          token: void 0,
          occurrence: void 0,
          isEndOfRule: void 0
        };
      }
      startWalking() {
        this.walk(this.topRule);
        return this.result;
      }
    };
    NextTerminalAfterManyWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkMany(manyProd, currRest, prevRest) {
        if (manyProd.idx === this.occurrence) {
          const firstAfterMany = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterMany === void 0;
          if (firstAfterMany instanceof Terminal) {
            this.result.token = firstAfterMany.terminalType;
            this.result.occurrence = firstAfterMany.idx;
          }
        } else {
          super.walkMany(manyProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterManySepWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkManySep(manySepProd, currRest, prevRest) {
        if (manySepProd.idx === this.occurrence) {
          const firstAfterManySep = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterManySep === void 0;
          if (firstAfterManySep instanceof Terminal) {
            this.result.token = firstAfterManySep.terminalType;
            this.result.occurrence = firstAfterManySep.idx;
          }
        } else {
          super.walkManySep(manySepProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterAtLeastOneWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        if (atLeastOneProd.idx === this.occurrence) {
          const firstAfterAtLeastOne = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterAtLeastOne === void 0;
          if (firstAfterAtLeastOne instanceof Terminal) {
            this.result.token = firstAfterAtLeastOne.terminalType;
            this.result.occurrence = firstAfterAtLeastOne.idx;
          }
        } else {
          super.walkAtLeastOne(atLeastOneProd, currRest, prevRest);
        }
      }
    };
    NextTerminalAfterAtLeastOneSepWalker = class extends AbstractNextTerminalAfterProductionWalker {
      walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest) {
        if (atleastOneSepProd.idx === this.occurrence) {
          const firstAfterfirstAfterAtLeastOneSep = head_default(currRest.concat(prevRest));
          this.result.isEndOfRule = firstAfterfirstAfterAtLeastOneSep === void 0;
          if (firstAfterfirstAfterAtLeastOneSep instanceof Terminal) {
            this.result.token = firstAfterfirstAfterAtLeastOneSep.terminalType;
            this.result.occurrence = firstAfterfirstAfterAtLeastOneSep.idx;
          }
        } else {
          super.walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest);
        }
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/lookahead.js
function getProdType(prod) {
  if (prod instanceof Option || prod === "Option") {
    return PROD_TYPE.OPTION;
  } else if (prod instanceof Repetition || prod === "Repetition") {
    return PROD_TYPE.REPETITION;
  } else if (prod instanceof RepetitionMandatory || prod === "RepetitionMandatory") {
    return PROD_TYPE.REPETITION_MANDATORY;
  } else if (prod instanceof RepetitionMandatoryWithSeparator || prod === "RepetitionMandatoryWithSeparator") {
    return PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR;
  } else if (prod instanceof RepetitionWithSeparator || prod === "RepetitionWithSeparator") {
    return PROD_TYPE.REPETITION_WITH_SEPARATOR;
  } else if (prod instanceof Alternation || prod === "Alternation") {
    return PROD_TYPE.ALTERNATION;
  } else {
    throw Error("non exhaustive match");
  }
}
function buildLookaheadFuncForOr(occurrence, ruleGrammar, maxLookahead, hasPredicates, dynamicTokensEnabled, laFuncBuilder) {
  const lookAheadPaths = getLookaheadPathsForOr(occurrence, ruleGrammar, maxLookahead);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return laFuncBuilder(lookAheadPaths, hasPredicates, tokenMatcher2, dynamicTokensEnabled);
}
function buildLookaheadFuncForOptionalProd(occurrence, ruleGrammar, k, dynamicTokensEnabled, prodType, lookaheadBuilder) {
  const lookAheadPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return lookaheadBuilder(lookAheadPaths[0], tokenMatcher2, dynamicTokensEnabled);
}
function buildAlternativesLookAheadFunc(alts, hasPredicates, tokenMatcher2, dynamicTokensEnabled) {
  const numOfAlts = alts.length;
  const areAllOneTokenLookahead = every_default(alts, (currAlt) => {
    return every_default(currAlt, (currPath) => {
      return currPath.length === 1;
    });
  });
  if (hasPredicates) {
    return function(orAlts) {
      const predicates = map_default(orAlts, (currAlt) => currAlt.GATE);
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        const currPredicate = predicates[t];
        if (currPredicate !== void 0 && currPredicate.call(this) === false) {
          continue;
        }
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  } else if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokenAlts = map_default(alts, (currAlt) => {
      return flatten_default(currAlt);
    });
    const choiceToAlt = reduce_default(singleTokenAlts, (result, currAlt, idx) => {
      forEach_default(currAlt, (currTokType) => {
        if (!has_default(result, currTokType.tokenTypeIdx)) {
          result[currTokType.tokenTypeIdx] = idx;
        }
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          if (!has_default(result, currExtendingType)) {
            result[currExtendingType] = idx;
          }
        });
      });
      return result;
    }, {});
    return function() {
      const nextToken = this.LA_FAST(1);
      return choiceToAlt[nextToken.tokenTypeIdx];
    };
  } else {
    return function() {
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  }
}
function buildSingleAlternativeLookaheadFunction(alt, tokenMatcher2, dynamicTokensEnabled) {
  const areAllOneTokenLookahead = every_default(alt, (currPath) => {
    return currPath.length === 1;
  });
  const numOfPaths = alt.length;
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokensTypes = flatten_default(alt);
    if (singleTokensTypes.length === 1 && isEmpty_default(singleTokensTypes[0].categoryMatches)) {
      const expectedTokenType = singleTokensTypes[0];
      const expectedTokenUniqueKey = expectedTokenType.tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === expectedTokenUniqueKey;
      };
    } else {
      const choiceToAlt = reduce_default(singleTokensTypes, (result, currTokType, idx) => {
        result[currTokType.tokenTypeIdx] = true;
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          result[currExtendingType] = true;
        });
        return result;
      }, []);
      return function() {
        const nextToken = this.LA_FAST(1);
        return choiceToAlt[nextToken.tokenTypeIdx] === true;
      };
    }
  } else {
    return function() {
      nextPath: for (let j = 0; j < numOfPaths; j++) {
        const currPath = alt[j];
        const currPathLength = currPath.length;
        for (let i = 0; i < currPathLength; i++) {
          const nextToken = this.LA_FAST(i + 1);
          if (tokenMatcher2(nextToken, currPath[i]) === false) {
            continue nextPath;
          }
        }
        return true;
      }
      return false;
    };
  }
}
function initializeArrayOfArrays(size2) {
  const result = new Array(size2);
  for (let i = 0; i < size2; i++) {
    result[i] = [];
  }
  return result;
}
function pathToHashKeys(path) {
  let keys2 = [""];
  for (let i = 0; i < path.length; i++) {
    const tokType = path[i];
    const longerKeys = [];
    for (let j = 0; j < keys2.length; j++) {
      const currShorterKey = keys2[j];
      longerKeys.push(currShorterKey + "_" + tokType.tokenTypeIdx);
      for (let t = 0; t < tokType.categoryMatches.length; t++) {
        const categoriesKeySuffix = "_" + tokType.categoryMatches[t];
        longerKeys.push(currShorterKey + categoriesKeySuffix);
      }
    }
    keys2 = longerKeys;
  }
  return keys2;
}
function isUniquePrefixHash(altKnownPathsKeys, searchPathKeys, idx) {
  for (let currAltIdx = 0; currAltIdx < altKnownPathsKeys.length; currAltIdx++) {
    if (currAltIdx === idx) {
      continue;
    }
    const otherAltKnownPathsKeys = altKnownPathsKeys[currAltIdx];
    for (let searchIdx = 0; searchIdx < searchPathKeys.length; searchIdx++) {
      const searchKey = searchPathKeys[searchIdx];
      if (otherAltKnownPathsKeys[searchKey] === true) {
        return false;
      }
    }
  }
  return true;
}
function lookAheadSequenceFromAlternatives(altsDefs, k) {
  const partialAlts = map_default(altsDefs, (currAlt) => possiblePathsFrom([currAlt], 1));
  const finalResult = initializeArrayOfArrays(partialAlts.length);
  const altsHashes = map_default(partialAlts, (currAltPaths) => {
    const dict = {};
    forEach_default(currAltPaths, (item) => {
      const keys2 = pathToHashKeys(item.partialPath);
      forEach_default(keys2, (currKey) => {
        dict[currKey] = true;
      });
    });
    return dict;
  });
  let newData = partialAlts;
  for (let pathLength = 1; pathLength <= k; pathLength++) {
    const currDataset = newData;
    newData = initializeArrayOfArrays(currDataset.length);
    for (let altIdx = 0; altIdx < currDataset.length; altIdx++) {
      const currAltPathsAndSuffixes = currDataset[altIdx];
      for (let currPathIdx = 0; currPathIdx < currAltPathsAndSuffixes.length; currPathIdx++) {
        const currPathPrefix = currAltPathsAndSuffixes[currPathIdx].partialPath;
        const suffixDef = currAltPathsAndSuffixes[currPathIdx].suffixDef;
        const prefixKeys = pathToHashKeys(currPathPrefix);
        const isUnique = isUniquePrefixHash(altsHashes, prefixKeys, altIdx);
        if (isUnique || isEmpty_default(suffixDef) || currPathPrefix.length === k) {
          const currAltResult = finalResult[altIdx];
          if (containsPath(currAltResult, currPathPrefix) === false) {
            currAltResult.push(currPathPrefix);
            for (let j = 0; j < prefixKeys.length; j++) {
              const currKey = prefixKeys[j];
              altsHashes[altIdx][currKey] = true;
            }
          }
        } else {
          const newPartialPathsAndSuffixes = possiblePathsFrom(suffixDef, pathLength + 1, currPathPrefix);
          newData[altIdx] = newData[altIdx].concat(newPartialPathsAndSuffixes);
          forEach_default(newPartialPathsAndSuffixes, (item) => {
            const prefixKeys2 = pathToHashKeys(item.partialPath);
            forEach_default(prefixKeys2, (key) => {
              altsHashes[altIdx][key] = true;
            });
          });
        }
      }
    }
  }
  return finalResult;
}
function getLookaheadPathsForOr(occurrence, ruleGrammar, k, orProd) {
  const visitor = new InsideDefinitionFinderVisitor(occurrence, PROD_TYPE.ALTERNATION, orProd);
  ruleGrammar.accept(visitor);
  return lookAheadSequenceFromAlternatives(visitor.result, k);
}
function getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k) {
  const insideDefVisitor = new InsideDefinitionFinderVisitor(occurrence, prodType);
  ruleGrammar.accept(insideDefVisitor);
  const insideDef = insideDefVisitor.result;
  const afterDefWalker = new RestDefinitionFinderWalker(ruleGrammar, occurrence, prodType);
  const afterDef = afterDefWalker.startWalking();
  const insideFlat = new Alternative({ definition: insideDef });
  const afterFlat = new Alternative({ definition: afterDef });
  return lookAheadSequenceFromAlternatives([insideFlat, afterFlat], k);
}
function containsPath(alternative, searchPath) {
  compareOtherPath: for (let i = 0; i < alternative.length; i++) {
    const otherPath = alternative[i];
    if (otherPath.length !== searchPath.length) {
      continue;
    }
    for (let j = 0; j < otherPath.length; j++) {
      const searchTok = searchPath[j];
      const otherTok = otherPath[j];
      const matchingTokens = searchTok === otherTok || otherTok.categoryMatchesMap[searchTok.tokenTypeIdx] !== void 0;
      if (matchingTokens === false) {
        continue compareOtherPath;
      }
    }
    return true;
  }
  return false;
}
function isStrictPrefixOfPath(prefix2, other) {
  return prefix2.length < other.length && every_default(prefix2, (tokType, idx) => {
    const otherTokType = other[idx];
    return tokType === otherTokType || otherTokType.categoryMatchesMap[tokType.tokenTypeIdx];
  });
}
function areTokenCategoriesNotUsed(lookAheadPaths) {
  return every_default(lookAheadPaths, (singleAltPaths) => every_default(singleAltPaths, (singlePath) => every_default(singlePath, (token) => isEmpty_default(token.categoryMatches))));
}
var PROD_TYPE, RestDefinitionFinderWalker, InsideDefinitionFinderVisitor;
var init_lookahead = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/lookahead.js"() {
    init_lodash();
    init_interpreter();
    init_rest();
    init_tokens();
    init_api2();
    (function(PROD_TYPE2) {
      PROD_TYPE2[PROD_TYPE2["OPTION"] = 0] = "OPTION";
      PROD_TYPE2[PROD_TYPE2["REPETITION"] = 1] = "REPETITION";
      PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY"] = 2] = "REPETITION_MANDATORY";
      PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY_WITH_SEPARATOR"] = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR";
      PROD_TYPE2[PROD_TYPE2["REPETITION_WITH_SEPARATOR"] = 4] = "REPETITION_WITH_SEPARATOR";
      PROD_TYPE2[PROD_TYPE2["ALTERNATION"] = 5] = "ALTERNATION";
    })(PROD_TYPE || (PROD_TYPE = {}));
    RestDefinitionFinderWalker = class extends RestWalker {
      constructor(topProd, targetOccurrence, targetProdType) {
        super();
        this.topProd = topProd;
        this.targetOccurrence = targetOccurrence;
        this.targetProdType = targetProdType;
      }
      startWalking() {
        this.walk(this.topProd);
        return this.restDef;
      }
      checkIsTarget(node, expectedProdType, currRest, prevRest) {
        if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdType) {
          this.restDef = currRest.concat(prevRest);
          return true;
        }
        return false;
      }
      walkOption(optionProd, currRest, prevRest) {
        if (!this.checkIsTarget(optionProd, PROD_TYPE.OPTION, currRest, prevRest)) {
          super.walkOption(optionProd, currRest, prevRest);
        }
      }
      walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
        if (!this.checkIsTarget(atLeastOneProd, PROD_TYPE.REPETITION_MANDATORY, currRest, prevRest)) {
          super.walkOption(atLeastOneProd, currRest, prevRest);
        }
      }
      walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
        if (!this.checkIsTarget(atLeastOneSepProd, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, currRest, prevRest)) {
          super.walkOption(atLeastOneSepProd, currRest, prevRest);
        }
      }
      walkMany(manyProd, currRest, prevRest) {
        if (!this.checkIsTarget(manyProd, PROD_TYPE.REPETITION, currRest, prevRest)) {
          super.walkOption(manyProd, currRest, prevRest);
        }
      }
      walkManySep(manySepProd, currRest, prevRest) {
        if (!this.checkIsTarget(manySepProd, PROD_TYPE.REPETITION_WITH_SEPARATOR, currRest, prevRest)) {
          super.walkOption(manySepProd, currRest, prevRest);
        }
      }
    };
    InsideDefinitionFinderVisitor = class extends GAstVisitor {
      constructor(targetOccurrence, targetProdType, targetRef) {
        super();
        this.targetOccurrence = targetOccurrence;
        this.targetProdType = targetProdType;
        this.targetRef = targetRef;
        this.result = [];
      }
      checkIsTarget(node, expectedProdName) {
        if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdName && (this.targetRef === void 0 || node === this.targetRef)) {
          this.result = node.definition;
        }
      }
      visitOption(node) {
        this.checkIsTarget(node, PROD_TYPE.OPTION);
      }
      visitRepetition(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION);
      }
      visitRepetitionMandatory(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY);
      }
      visitRepetitionMandatoryWithSeparator(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR);
      }
      visitRepetitionWithSeparator(node) {
        this.checkIsTarget(node, PROD_TYPE.REPETITION_WITH_SEPARATOR);
      }
      visitAlternation(node) {
        this.checkIsTarget(node, PROD_TYPE.ALTERNATION);
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/checks.js
function validateLookahead(options) {
  const lookaheadValidationErrorMessages = options.lookaheadStrategy.validate({
    rules: options.rules,
    tokenTypes: options.tokenTypes,
    grammarName: options.grammarName
  });
  return map_default(lookaheadValidationErrorMessages, (errorMessage) => Object.assign({ type: ParserDefinitionErrorType.CUSTOM_LOOKAHEAD_VALIDATION }, errorMessage));
}
function validateGrammar(topLevels, tokenTypes, errMsgProvider, grammarName) {
  const duplicateErrors = flatMap_default(topLevels, (currTopLevel) => validateDuplicateProductions(currTopLevel, errMsgProvider));
  const termsNamespaceConflictErrors = checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider);
  const tooManyAltsErrors = flatMap_default(topLevels, (curRule) => validateTooManyAlts(curRule, errMsgProvider));
  const duplicateRulesError = flatMap_default(topLevels, (curRule) => validateRuleDoesNotAlreadyExist(curRule, topLevels, grammarName, errMsgProvider));
  return duplicateErrors.concat(termsNamespaceConflictErrors, tooManyAltsErrors, duplicateRulesError);
}
function validateDuplicateProductions(topLevelRule, errMsgProvider) {
  const collectorVisitor2 = new OccurrenceValidationCollector();
  topLevelRule.accept(collectorVisitor2);
  const allRuleProductions = collectorVisitor2.allProductions;
  const productionGroups = groupBy_default(allRuleProductions, identifyProductionForDuplicates);
  const duplicates = pickBy_default(productionGroups, (currGroup) => {
    return currGroup.length > 1;
  });
  const errors = map_default(values_default(duplicates), (currDuplicates) => {
    const firstProd = head_default(currDuplicates);
    const msg = errMsgProvider.buildDuplicateFoundError(topLevelRule, currDuplicates);
    const dslName = getProductionDslName(firstProd);
    const defError = {
      message: msg,
      type: ParserDefinitionErrorType.DUPLICATE_PRODUCTIONS,
      ruleName: topLevelRule.name,
      dslName,
      occurrence: firstProd.idx
    };
    const param = getExtraProductionArgument(firstProd);
    if (param) {
      defError.parameter = param;
    }
    return defError;
  });
  return errors;
}
function identifyProductionForDuplicates(prod) {
  return `${getProductionDslName(prod)}_#_${prod.idx}_#_${getExtraProductionArgument(prod)}`;
}
function getExtraProductionArgument(prod) {
  if (prod instanceof Terminal) {
    return prod.terminalType.name;
  } else if (prod instanceof NonTerminal) {
    return prod.nonTerminalName;
  } else {
    return "";
  }
}
function validateRuleDoesNotAlreadyExist(rule, allRules, className2, errMsgProvider) {
  const errors = [];
  const occurrences = reduce_default(allRules, (result, curRule) => {
    if (curRule.name === rule.name) {
      return result + 1;
    }
    return result;
  }, 0);
  if (occurrences > 1) {
    const errMsg = errMsgProvider.buildDuplicateRuleNameError({
      topLevelRule: rule,
      grammarName: className2
    });
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
      ruleName: rule.name
    });
  }
  return errors;
}
function validateRuleIsOverridden(ruleName, definedRulesNames, className2) {
  const errors = [];
  let errMsg;
  if (!includes_default(definedRulesNames, ruleName)) {
    errMsg = `Invalid rule override, rule: ->${ruleName}<- cannot be overridden in the grammar: ->${className2}<-as it is not defined in any of the super grammars `;
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.INVALID_RULE_OVERRIDE,
      ruleName
    });
  }
  return errors;
}
function validateNoLeftRecursion(topRule, currRule, errMsgProvider, path = []) {
  const errors = [];
  const nextNonTerminals = getFirstNoneTerminal(currRule.definition);
  if (isEmpty_default(nextNonTerminals)) {
    return [];
  } else {
    const ruleName = topRule.name;
    const foundLeftRecursion = includes_default(nextNonTerminals, topRule);
    if (foundLeftRecursion) {
      errors.push({
        message: errMsgProvider.buildLeftRecursionError({
          topLevelRule: topRule,
          leftRecursionPath: path
        }),
        type: ParserDefinitionErrorType.LEFT_RECURSION,
        ruleName
      });
    }
    const validNextSteps = difference_default(nextNonTerminals, path.concat([topRule]));
    const errorsFromNextSteps = flatMap_default(validNextSteps, (currRefRule) => {
      const newPath = clone_default(path);
      newPath.push(currRefRule);
      return validateNoLeftRecursion(topRule, currRefRule, errMsgProvider, newPath);
    });
    return errors.concat(errorsFromNextSteps);
  }
}
function getFirstNoneTerminal(definition) {
  let result = [];
  if (isEmpty_default(definition)) {
    return result;
  }
  const firstProd = head_default(definition);
  if (firstProd instanceof NonTerminal) {
    result.push(firstProd.referencedRule);
  } else if (firstProd instanceof Alternative || firstProd instanceof Option || firstProd instanceof RepetitionMandatory || firstProd instanceof RepetitionMandatoryWithSeparator || firstProd instanceof RepetitionWithSeparator || firstProd instanceof Repetition) {
    result = result.concat(getFirstNoneTerminal(firstProd.definition));
  } else if (firstProd instanceof Alternation) {
    result = flatten_default(map_default(firstProd.definition, (currSubDef) => getFirstNoneTerminal(currSubDef.definition)));
  } else if (firstProd instanceof Terminal) {
  } else {
    throw Error("non exhaustive match");
  }
  const isFirstOptional = isOptionalProd(firstProd);
  const hasMore = definition.length > 1;
  if (isFirstOptional && hasMore) {
    const rest = drop_default(definition);
    return result.concat(getFirstNoneTerminal(rest));
  } else {
    return result;
  }
}
function validateEmptyOrAlternative(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    const exceptLast = dropRight_default(currOr.definition);
    return flatMap_default(exceptLast, (currAlternative, currAltIdx) => {
      const possibleFirstInAlt = nextPossibleTokensAfter([currAlternative], [], tokenStructuredMatcher, 1);
      if (isEmpty_default(possibleFirstInAlt)) {
        return [
          {
            message: errMsgProvider.buildEmptyAlternationError({
              topLevelRule,
              alternation: currOr,
              emptyChoiceIdx: currAltIdx
            }),
            type: ParserDefinitionErrorType.NONE_LAST_EMPTY_ALT,
            ruleName: topLevelRule.name,
            occurrence: currOr.idx,
            alternative: currAltIdx + 1
          }
        ];
      } else {
        return [];
      }
    });
  });
  return errors;
}
function validateAmbiguousAlternationAlternatives(topLevelRule, globalMaxLookahead, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  let ors = orCollector.alternations;
  ors = reject_default(ors, (currOr) => currOr.ignoreAmbiguities === true);
  const errors = flatMap_default(ors, (currOr) => {
    const currOccurrence = currOr.idx;
    const actualMaxLookahead = currOr.maxLookahead || globalMaxLookahead;
    const alternatives = getLookaheadPathsForOr(currOccurrence, topLevelRule, actualMaxLookahead, currOr);
    const altsAmbiguityErrors = checkAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    const altsPrefixAmbiguityErrors = checkPrefixAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    return altsAmbiguityErrors.concat(altsPrefixAmbiguityErrors);
  });
  return errors;
}
function validateTooManyAlts(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    if (currOr.definition.length > 255) {
      return [
        {
          message: errMsgProvider.buildTooManyAlternativesError({
            topLevelRule,
            alternation: currOr
          }),
          type: ParserDefinitionErrorType.TOO_MANY_ALTS,
          ruleName: topLevelRule.name,
          occurrence: currOr.idx
        }
      ];
    } else {
      return [];
    }
  });
  return errors;
}
function validateSomeNonEmptyLookaheadPath(topLevelRules, maxLookahead, errMsgProvider) {
  const errors = [];
  forEach_default(topLevelRules, (currTopRule) => {
    const collectorVisitor2 = new RepetitionCollector();
    currTopRule.accept(collectorVisitor2);
    const allRuleProductions = collectorVisitor2.allProductions;
    forEach_default(allRuleProductions, (currProd) => {
      const prodType = getProdType(currProd);
      const actualMaxLookahead = currProd.maxLookahead || maxLookahead;
      const currOccurrence = currProd.idx;
      const paths = getLookaheadPathsForOptionalProd(currOccurrence, currTopRule, prodType, actualMaxLookahead);
      const pathsInsideProduction = paths[0];
      if (isEmpty_default(flatten_default(pathsInsideProduction))) {
        const errMsg = errMsgProvider.buildEmptyRepetitionError({
          topLevelRule: currTopRule,
          repetition: currProd
        });
        errors.push({
          message: errMsg,
          type: ParserDefinitionErrorType.NO_NON_EMPTY_LOOKAHEAD,
          ruleName: currTopRule.name
        });
      }
    });
  });
  return errors;
}
function checkAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const foundAmbiguousPaths = [];
  const identicalAmbiguities = reduce_default(alternatives, (result, currAlt, currAltIdx) => {
    if (alternation.definition[currAltIdx].ignoreAmbiguities === true) {
      return result;
    }
    forEach_default(currAlt, (currPath) => {
      const altsCurrPathAppearsIn = [currAltIdx];
      forEach_default(alternatives, (currOtherAlt, currOtherAltIdx) => {
        if (currAltIdx !== currOtherAltIdx && containsPath(currOtherAlt, currPath) && // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[currOtherAltIdx].ignoreAmbiguities !== true) {
          altsCurrPathAppearsIn.push(currOtherAltIdx);
        }
      });
      if (altsCurrPathAppearsIn.length > 1 && !containsPath(foundAmbiguousPaths, currPath)) {
        foundAmbiguousPaths.push(currPath);
        result.push({
          alts: altsCurrPathAppearsIn,
          path: currPath
        });
      }
    });
    return result;
  }, []);
  const currErrors = map_default(identicalAmbiguities, (currAmbDescriptor) => {
    const ambgIndices = map_default(currAmbDescriptor.alts, (currAltIdx) => currAltIdx + 1);
    const currMessage = errMsgProvider.buildAlternationAmbiguityError({
      topLevelRule: rule,
      alternation,
      ambiguityIndices: ambgIndices,
      prefixPath: currAmbDescriptor.path
    });
    return {
      message: currMessage,
      type: ParserDefinitionErrorType.AMBIGUOUS_ALTS,
      ruleName: rule.name,
      occurrence: alternation.idx,
      alternatives: currAmbDescriptor.alts
    };
  });
  return currErrors;
}
function checkPrefixAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const pathsAndIndices = reduce_default(alternatives, (result, currAlt, idx) => {
    const currPathsAndIdx = map_default(currAlt, (currPath) => {
      return { idx, path: currPath };
    });
    return result.concat(currPathsAndIdx);
  }, []);
  const errors = compact_default(flatMap_default(pathsAndIndices, (currPathAndIdx) => {
    const alternativeGast = alternation.definition[currPathAndIdx.idx];
    if (alternativeGast.ignoreAmbiguities === true) {
      return [];
    }
    const targetIdx = currPathAndIdx.idx;
    const targetPath = currPathAndIdx.path;
    const prefixAmbiguitiesPathsAndIndices = filter_default(pathsAndIndices, (searchPathAndIdx) => {
      return (
        // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[searchPathAndIdx.idx].ignoreAmbiguities !== true && searchPathAndIdx.idx < targetIdx && // checking for strict prefix because identical lookaheads
        // will be be detected using a different validation.
        isStrictPrefixOfPath(searchPathAndIdx.path, targetPath)
      );
    });
    const currPathPrefixErrors = map_default(prefixAmbiguitiesPathsAndIndices, (currAmbPathAndIdx) => {
      const ambgIndices = [currAmbPathAndIdx.idx + 1, targetIdx + 1];
      const occurrence = alternation.idx === 0 ? "" : alternation.idx;
      const message = errMsgProvider.buildAlternationPrefixAmbiguityError({
        topLevelRule: rule,
        alternation,
        ambiguityIndices: ambgIndices,
        prefixPath: currAmbPathAndIdx.path
      });
      return {
        message,
        type: ParserDefinitionErrorType.AMBIGUOUS_PREFIX_ALTS,
        ruleName: rule.name,
        occurrence,
        alternatives: ambgIndices
      };
    });
    return currPathPrefixErrors;
  }));
  return errors;
}
function checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider) {
  const errors = [];
  const tokenNames = map_default(tokenTypes, (currToken) => currToken.name);
  forEach_default(topLevels, (currRule) => {
    const currRuleName = currRule.name;
    if (includes_default(tokenNames, currRuleName)) {
      const errMsg = errMsgProvider.buildNamespaceConflictError(currRule);
      errors.push({
        message: errMsg,
        type: ParserDefinitionErrorType.CONFLICT_TOKENS_RULES_NAMESPACE,
        ruleName: currRuleName
      });
    }
  });
  return errors;
}
var OccurrenceValidationCollector, OrCollector, RepetitionCollector;
var init_checks = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/checks.js"() {
    init_lodash();
    init_parser();
    init_api2();
    init_lookahead();
    init_interpreter();
    init_tokens();
    OccurrenceValidationCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.allProductions = [];
      }
      visitNonTerminal(subrule) {
        this.allProductions.push(subrule);
      }
      visitOption(option) {
        this.allProductions.push(option);
      }
      visitRepetitionWithSeparator(manySep) {
        this.allProductions.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.allProductions.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.allProductions.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.allProductions.push(many);
      }
      visitAlternation(or2) {
        this.allProductions.push(or2);
      }
      visitTerminal(terminal) {
        this.allProductions.push(terminal);
      }
    };
    OrCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.alternations = [];
      }
      visitAlternation(node) {
        this.alternations.push(node);
      }
    };
    RepetitionCollector = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.allProductions = [];
      }
      visitRepetitionWithSeparator(manySep) {
        this.allProductions.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.allProductions.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.allProductions.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.allProductions.push(many);
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js
function resolveGrammar2(options) {
  const actualOptions = defaults_default(options, {
    errMsgProvider: defaultGrammarResolverErrorProvider
  });
  const topRulesTable = {};
  forEach_default(options.rules, (rule) => {
    topRulesTable[rule.name] = rule;
  });
  return resolveGrammar(topRulesTable, actualOptions.errMsgProvider);
}
function validateGrammar2(options) {
  options = defaults_default(options, {
    errMsgProvider: defaultGrammarValidatorErrorProvider
  });
  return validateGrammar(options.rules, options.tokenTypes, options.errMsgProvider, options.grammarName);
}
var init_gast_resolver_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js"() {
    init_lodash();
    init_resolver();
    init_checks();
    init_errors_public();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/exceptions_public.js
function isRecognitionException(error) {
  return includes_default(RECOGNITION_EXCEPTION_NAMES, error.name);
}
var MISMATCHED_TOKEN_EXCEPTION, NO_VIABLE_ALT_EXCEPTION, EARLY_EXIT_EXCEPTION, NOT_ALL_INPUT_PARSED_EXCEPTION, RECOGNITION_EXCEPTION_NAMES, RecognitionException, MismatchedTokenException, NoViableAltException, NotAllInputParsedException, EarlyExitException;
var init_exceptions_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/exceptions_public.js"() {
    init_lodash();
    MISMATCHED_TOKEN_EXCEPTION = "MismatchedTokenException";
    NO_VIABLE_ALT_EXCEPTION = "NoViableAltException";
    EARLY_EXIT_EXCEPTION = "EarlyExitException";
    NOT_ALL_INPUT_PARSED_EXCEPTION = "NotAllInputParsedException";
    RECOGNITION_EXCEPTION_NAMES = [
      MISMATCHED_TOKEN_EXCEPTION,
      NO_VIABLE_ALT_EXCEPTION,
      EARLY_EXIT_EXCEPTION,
      NOT_ALL_INPUT_PARSED_EXCEPTION
    ];
    Object.freeze(RECOGNITION_EXCEPTION_NAMES);
    RecognitionException = class extends Error {
      constructor(message, token) {
        super(message);
        this.token = token;
        this.resyncedTokens = [];
        Object.setPrototypeOf(this, new.target.prototype);
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
    };
    MismatchedTokenException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = MISMATCHED_TOKEN_EXCEPTION;
      }
    };
    NoViableAltException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = NO_VIABLE_ALT_EXCEPTION;
      }
    };
    NotAllInputParsedException = class extends RecognitionException {
      constructor(message, token) {
        super(message, token);
        this.name = NOT_ALL_INPUT_PARSED_EXCEPTION;
      }
    };
    EarlyExitException = class extends RecognitionException {
      constructor(message, token, previousToken) {
        super(message, token);
        this.previousToken = previousToken;
        this.name = EARLY_EXIT_EXCEPTION;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js
function attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  const key = this.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence);
  let firstAfterRepInfo = this.firstAfterRepMap[key];
  if (firstAfterRepInfo === void 0) {
    const currRuleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[currRuleName];
    const walker = new nextToksWalker(ruleGrammar, prodOccurrence);
    firstAfterRepInfo = walker.startWalking();
    this.firstAfterRepMap[key] = firstAfterRepInfo;
  }
  let expectTokAfterLastMatch = firstAfterRepInfo.token;
  let nextTokIdx = firstAfterRepInfo.occurrence;
  const isEndOfRule = firstAfterRepInfo.isEndOfRule;
  if (this.RULE_STACK_IDX === 0 && isEndOfRule && expectTokAfterLastMatch === void 0) {
    expectTokAfterLastMatch = EOF;
    nextTokIdx = 1;
  }
  if (expectTokAfterLastMatch === void 0 || nextTokIdx === void 0) {
    return;
  }
  if (this.shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck)) {
    this.tryInRepetitionRecovery(prodFunc, args, lookaheadFunc, expectTokAfterLastMatch);
  }
}
var EOF_FOLLOW_KEY, IN_RULE_RECOVERY_EXCEPTION, InRuleRecoveryException, Recoverable;
var init_recoverable = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js"() {
    init_tokens_public();
    init_lodash();
    init_exceptions_public();
    init_constants();
    init_parser();
    EOF_FOLLOW_KEY = {};
    IN_RULE_RECOVERY_EXCEPTION = "InRuleRecoveryException";
    InRuleRecoveryException = class extends Error {
      constructor(message) {
        super(message);
        this.name = IN_RULE_RECOVERY_EXCEPTION;
      }
    };
    Recoverable = class {
      initRecoverable(config) {
        this.firstAfterRepMap = {};
        this.resyncFollows = {};
        this.recoveryEnabled = has_default(config, "recoveryEnabled") ? config.recoveryEnabled : DEFAULT_PARSER_CONFIG.recoveryEnabled;
        if (this.recoveryEnabled) {
          this.attemptInRepetitionRecovery = attemptInRepetitionRecovery;
        }
      }
      getTokenToInsert(tokType) {
        const tokToInsert = createTokenInstance(tokType, "", NaN, NaN, NaN, NaN, NaN, NaN);
        tokToInsert.isInsertedInRecovery = true;
        return tokToInsert;
      }
      canTokenTypeBeInsertedInRecovery(tokType) {
        return true;
      }
      canTokenTypeBeDeletedInRecovery(tokType) {
        return true;
      }
      tryInRepetitionRecovery(grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
        const reSyncTokType = this.findReSyncTokenType();
        const savedLexerState = this.exportLexerState();
        const resyncedTokens = [];
        let passedResyncPoint = false;
        const nextTokenWithoutResync = this.LA_FAST(1);
        let currToken = this.LA_FAST(1);
        const generateErrorMessage = () => {
          const previousToken = this.LA(0);
          const msg = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: expectedTokType,
            actual: nextTokenWithoutResync,
            previous: previousToken,
            ruleName: this.getCurrRuleFullName()
          });
          const error = new MismatchedTokenException(msg, nextTokenWithoutResync, this.LA(0));
          error.resyncedTokens = dropRight_default(resyncedTokens);
          this.SAVE_ERROR(error);
        };
        while (!passedResyncPoint) {
          if (this.tokenMatcher(currToken, expectedTokType)) {
            generateErrorMessage();
            return;
          } else if (lookAheadFunc.call(this)) {
            generateErrorMessage();
            grammarRule.apply(this, grammarRuleArgs);
            return;
          } else if (this.tokenMatcher(currToken, reSyncTokType)) {
            passedResyncPoint = true;
          } else {
            currToken = this.SKIP_TOKEN();
            this.addToResyncTokens(currToken, resyncedTokens);
          }
        }
        this.importLexerState(savedLexerState);
      }
      shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) {
        if (notStuck === false) {
          return false;
        }
        if (this.tokenMatcher(this.LA_FAST(1), expectTokAfterLastMatch)) {
          return false;
        }
        if (this.isBackTracking()) {
          return false;
        }
        if (this.canPerformInRuleRecovery(expectTokAfterLastMatch, this.getFollowsForInRuleRecovery(expectTokAfterLastMatch, nextTokIdx))) {
          return false;
        }
        return true;
      }
      // Error Recovery functionality
      getFollowsForInRuleRecovery(tokType, tokIdxInRule) {
        const grammarPath = this.getCurrentGrammarPath(tokType, tokIdxInRule);
        const follows = this.getNextPossibleTokenTypes(grammarPath);
        return follows;
      }
      tryInRuleRecovery(expectedTokType, follows) {
        if (this.canRecoverWithSingleTokenInsertion(expectedTokType, follows)) {
          const tokToInsert = this.getTokenToInsert(expectedTokType);
          return tokToInsert;
        }
        if (this.canRecoverWithSingleTokenDeletion(expectedTokType)) {
          const nextTok = this.SKIP_TOKEN();
          this.consumeToken();
          return nextTok;
        }
        throw new InRuleRecoveryException("sad sad panda");
      }
      canPerformInRuleRecovery(expectedToken, follows) {
        return this.canRecoverWithSingleTokenInsertion(expectedToken, follows) || this.canRecoverWithSingleTokenDeletion(expectedToken);
      }
      canRecoverWithSingleTokenInsertion(expectedTokType, follows) {
        if (!this.canTokenTypeBeInsertedInRecovery(expectedTokType)) {
          return false;
        }
        if (isEmpty_default(follows)) {
          return false;
        }
        const mismatchedTok = this.LA_FAST(1);
        const isMisMatchedTokInFollows = find_default(follows, (possibleFollowsTokType) => {
          return this.tokenMatcher(mismatchedTok, possibleFollowsTokType);
        }) !== void 0;
        return isMisMatchedTokInFollows;
      }
      canRecoverWithSingleTokenDeletion(expectedTokType) {
        if (!this.canTokenTypeBeDeletedInRecovery(expectedTokType)) {
          return false;
        }
        const isNextTokenWhatIsExpected = this.tokenMatcher(
          // not using LA_FAST because LA(2) might be un-safe with maxLookahead=1
          // in some edge cases (?)
          this.LA(2),
          expectedTokType
        );
        return isNextTokenWhatIsExpected;
      }
      isInCurrentRuleReSyncSet(tokenTypeIdx) {
        const followKey = this.getCurrFollowKey();
        const currentRuleReSyncSet = this.getFollowSetFromFollowKey(followKey);
        return includes_default(currentRuleReSyncSet, tokenTypeIdx);
      }
      findReSyncTokenType() {
        const allPossibleReSyncTokTypes = this.flattenFollowSet();
        let nextToken = this.LA_FAST(1);
        let k = 2;
        while (true) {
          const foundMatch = find_default(allPossibleReSyncTokTypes, (resyncTokType) => {
            const canMatch = tokenMatcher(nextToken, resyncTokType);
            return canMatch;
          });
          if (foundMatch !== void 0) {
            return foundMatch;
          }
          nextToken = this.LA(k);
          k++;
        }
      }
      getCurrFollowKey() {
        if (this.RULE_STACK_IDX === 0) {
          return EOF_FOLLOW_KEY;
        }
        const currRuleShortName = this.currRuleShortName;
        const currRuleIdx = this.getLastExplicitRuleOccurrenceIndex();
        const prevRuleShortName = this.getPreviousExplicitRuleShortName();
        return {
          ruleName: this.shortRuleNameToFullName(currRuleShortName),
          idxInCallingRule: currRuleIdx,
          inRule: this.shortRuleNameToFullName(prevRuleShortName)
        };
      }
      buildFullFollowKeyStack() {
        const explicitRuleStack = this.RULE_STACK;
        const explicitOccurrenceStack = this.RULE_OCCURRENCE_STACK;
        const len2 = this.RULE_STACK_IDX + 1;
        const result = new Array(len2);
        for (let idx = 0; idx < len2; idx++) {
          if (idx === 0) {
            result[idx] = EOF_FOLLOW_KEY;
          } else {
            result[idx] = {
              ruleName: this.shortRuleNameToFullName(explicitRuleStack[idx]),
              idxInCallingRule: explicitOccurrenceStack[idx],
              inRule: this.shortRuleNameToFullName(explicitRuleStack[idx - 1])
            };
          }
        }
        return result;
      }
      flattenFollowSet() {
        const followStack = map_default(this.buildFullFollowKeyStack(), (currKey) => {
          return this.getFollowSetFromFollowKey(currKey);
        });
        return flatten_default(followStack);
      }
      getFollowSetFromFollowKey(followKey) {
        if (followKey === EOF_FOLLOW_KEY) {
          return [EOF];
        }
        const followName = followKey.ruleName + followKey.idxInCallingRule + IN + followKey.inRule;
        return this.resyncFollows[followName];
      }
      // It does not make any sense to include a virtual EOF token in the list of resynced tokens
      // as EOF does not really exist and thus does not contain any useful information (line/column numbers)
      addToResyncTokens(token, resyncTokens) {
        if (!this.tokenMatcher(token, EOF)) {
          resyncTokens.push(token);
        }
        return resyncTokens;
      }
      reSyncTo(tokType) {
        const resyncedTokens = [];
        let nextTok = this.LA_FAST(1);
        while (this.tokenMatcher(nextTok, tokType) === false) {
          nextTok = this.SKIP_TOKEN();
          this.addToResyncTokens(nextTok, resyncedTokens);
        }
        return dropRight_default(resyncedTokens);
      }
      attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
      }
      getCurrentGrammarPath(tokType, tokIdxInRule) {
        const pathRuleStack = this.getHumanReadableRuleStack();
        const pathOccurrenceStack = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
        const grammarPath = {
          ruleStack: pathRuleStack,
          occurrenceStack: pathOccurrenceStack,
          lastTok: tokType,
          lastTokOccurrence: tokIdxInRule
        };
        return grammarPath;
      }
      getHumanReadableRuleStack() {
        const len2 = this.RULE_STACK_IDX + 1;
        const result = new Array(len2);
        for (let i = 0; i < len2; i++) {
          result[i] = this.shortRuleNameToFullName(this.RULE_STACK[i]);
        }
        return result;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/keys.js
function getKeyForAutomaticLookahead(ruleIdx, dslMethodIdx, occurrence) {
  return occurrence | dslMethodIdx | ruleIdx;
}
var BITS_FOR_METHOD_TYPE, BITS_FOR_OCCURRENCE_IDX, BITS_FOR_ALT_IDX, OR_IDX, OPTION_IDX, MANY_IDX, AT_LEAST_ONE_IDX, MANY_SEP_IDX, AT_LEAST_ONE_SEP_IDX, BITS_START_FOR_ALT_IDX;
var init_keys2 = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/keys.js"() {
    BITS_FOR_METHOD_TYPE = 4;
    BITS_FOR_OCCURRENCE_IDX = 8;
    BITS_FOR_ALT_IDX = 8;
    OR_IDX = 1 << BITS_FOR_OCCURRENCE_IDX;
    OPTION_IDX = 2 << BITS_FOR_OCCURRENCE_IDX;
    MANY_IDX = 3 << BITS_FOR_OCCURRENCE_IDX;
    AT_LEAST_ONE_IDX = 4 << BITS_FOR_OCCURRENCE_IDX;
    MANY_SEP_IDX = 5 << BITS_FOR_OCCURRENCE_IDX;
    AT_LEAST_ONE_SEP_IDX = 6 << BITS_FOR_OCCURRENCE_IDX;
    BITS_START_FOR_ALT_IDX = 32 - BITS_FOR_ALT_IDX;
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js
var LLkLookaheadStrategy;
var init_llk_lookahead = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js"() {
    init_lodash();
    init_errors_public();
    init_parser();
    init_checks();
    init_lookahead();
    LLkLookaheadStrategy = class {
      constructor(options) {
        var _a;
        this.maxLookahead = (_a = options === null || options === void 0 ? void 0 : options.maxLookahead) !== null && _a !== void 0 ? _a : DEFAULT_PARSER_CONFIG.maxLookahead;
      }
      validate(options) {
        const leftRecursionErrors = this.validateNoLeftRecursion(options.rules);
        if (isEmpty_default(leftRecursionErrors)) {
          const emptyAltErrors = this.validateEmptyOrAlternatives(options.rules);
          const ambiguousAltsErrors = this.validateAmbiguousAlternationAlternatives(options.rules, this.maxLookahead);
          const emptyRepetitionErrors = this.validateSomeNonEmptyLookaheadPath(options.rules, this.maxLookahead);
          const allErrors = [
            ...leftRecursionErrors,
            ...emptyAltErrors,
            ...ambiguousAltsErrors,
            ...emptyRepetitionErrors
          ];
          return allErrors;
        }
        return leftRecursionErrors;
      }
      validateNoLeftRecursion(rules) {
        return flatMap_default(rules, (currTopRule) => validateNoLeftRecursion(currTopRule, currTopRule, defaultGrammarValidatorErrorProvider));
      }
      validateEmptyOrAlternatives(rules) {
        return flatMap_default(rules, (currTopRule) => validateEmptyOrAlternative(currTopRule, defaultGrammarValidatorErrorProvider));
      }
      validateAmbiguousAlternationAlternatives(rules, maxLookahead) {
        return flatMap_default(rules, (currTopRule) => validateAmbiguousAlternationAlternatives(currTopRule, maxLookahead, defaultGrammarValidatorErrorProvider));
      }
      validateSomeNonEmptyLookaheadPath(rules, maxLookahead) {
        return validateSomeNonEmptyLookaheadPath(rules, maxLookahead, defaultGrammarValidatorErrorProvider);
      }
      buildLookaheadForAlternation(options) {
        return buildLookaheadFuncForOr(options.prodOccurrence, options.rule, options.maxLookahead, options.hasPredicates, options.dynamicTokensEnabled, buildAlternativesLookAheadFunc);
      }
      buildLookaheadForOptional(options) {
        return buildLookaheadFuncForOptionalProd(options.prodOccurrence, options.rule, options.maxLookahead, options.dynamicTokensEnabled, getProdType(options.prodType), buildSingleAlternativeLookaheadFunction);
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js
function collectMethods(rule) {
  collectorVisitor.reset();
  rule.accept(collectorVisitor);
  const dslMethods = collectorVisitor.dslMethods;
  collectorVisitor.reset();
  return dslMethods;
}
var LooksAhead, DslMethodsCollectorVisitor, collectorVisitor;
var init_looksahead = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js"() {
    init_lodash();
    init_parser();
    init_keys2();
    init_api2();
    init_llk_lookahead();
    LooksAhead = class {
      initLooksAhead(config) {
        this.dynamicTokensEnabled = has_default(config, "dynamicTokensEnabled") ? config.dynamicTokensEnabled : DEFAULT_PARSER_CONFIG.dynamicTokensEnabled;
        this.maxLookahead = has_default(config, "maxLookahead") ? config.maxLookahead : DEFAULT_PARSER_CONFIG.maxLookahead;
        this.lookaheadStrategy = has_default(config, "lookaheadStrategy") ? config.lookaheadStrategy : new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead });
        this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
      }
      preComputeLookaheadFunctions(rules) {
        forEach_default(rules, (currRule) => {
          this.TRACE_INIT(`${currRule.name} Rule Lookahead`, () => {
            const { alternation, repetition, option, repetitionMandatory, repetitionMandatoryWithSeparator, repetitionWithSeparator } = collectMethods(currRule);
            forEach_default(alternation, (currProd) => {
              const prodIdx = currProd.idx === 0 ? "" : currProd.idx;
              this.TRACE_INIT(`${getProductionDslName(currProd)}${prodIdx}`, () => {
                const laFunc = this.lookaheadStrategy.buildLookaheadForAlternation({
                  prodOccurrence: currProd.idx,
                  rule: currRule,
                  maxLookahead: currProd.maxLookahead || this.maxLookahead,
                  hasPredicates: currProd.hasPredicates,
                  dynamicTokensEnabled: this.dynamicTokensEnabled
                });
                const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[currRule.name], OR_IDX, currProd.idx);
                this.setLaFuncCache(key, laFunc);
              });
            });
            forEach_default(repetition, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, MANY_IDX, "Repetition", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(option, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, OPTION_IDX, "Option", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionMandatory, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_IDX, "RepetitionMandatory", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionMandatoryWithSeparator, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_SEP_IDX, "RepetitionMandatoryWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
            });
            forEach_default(repetitionWithSeparator, (currProd) => {
              this.computeLookaheadFunc(currRule, currProd.idx, MANY_SEP_IDX, "RepetitionWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
            });
          });
        });
      }
      computeLookaheadFunc(rule, prodOccurrence, prodKey, prodType, prodMaxLookahead, dslMethodName) {
        this.TRACE_INIT(`${dslMethodName}${prodOccurrence === 0 ? "" : prodOccurrence}`, () => {
          const laFunc = this.lookaheadStrategy.buildLookaheadForOptional({
            prodOccurrence,
            rule,
            maxLookahead: prodMaxLookahead || this.maxLookahead,
            dynamicTokensEnabled: this.dynamicTokensEnabled,
            prodType
          });
          const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[rule.name], prodKey, prodOccurrence);
          this.setLaFuncCache(key, laFunc);
        });
      }
      // this actually returns a number, but it is always used as a string (object prop key)
      getKeyForAutomaticLookahead(dslMethodIdx, occurrence) {
        return getKeyForAutomaticLookahead(this.currRuleShortName, dslMethodIdx, occurrence);
      }
      getLaFuncFromCache(key) {
        return this.lookAheadFuncsCache.get(key);
      }
      /* istanbul ignore next */
      setLaFuncCache(key, value2) {
        this.lookAheadFuncsCache.set(key, value2);
      }
    };
    DslMethodsCollectorVisitor = class extends GAstVisitor {
      constructor() {
        super(...arguments);
        this.dslMethods = {
          option: [],
          alternation: [],
          repetition: [],
          repetitionWithSeparator: [],
          repetitionMandatory: [],
          repetitionMandatoryWithSeparator: []
        };
      }
      reset() {
        this.dslMethods = {
          option: [],
          alternation: [],
          repetition: [],
          repetitionWithSeparator: [],
          repetitionMandatory: [],
          repetitionMandatoryWithSeparator: []
        };
      }
      visitOption(option) {
        this.dslMethods.option.push(option);
      }
      visitRepetitionWithSeparator(manySep) {
        this.dslMethods.repetitionWithSeparator.push(manySep);
      }
      visitRepetitionMandatory(atLeastOne) {
        this.dslMethods.repetitionMandatory.push(atLeastOne);
      }
      visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
        this.dslMethods.repetitionMandatoryWithSeparator.push(atLeastOneSep);
      }
      visitRepetition(many) {
        this.dslMethods.repetition.push(many);
      }
      visitAlternation(or2) {
        this.dslMethods.alternation.push(or2);
      }
    };
    collectorVisitor = new DslMethodsCollectorVisitor();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/cst/cst.js
function setNodeLocationOnlyOffset(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  }
}
function setNodeLocationFull(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.startColumn = newLocationInfo.startColumn;
    currNodeLocation.startLine = newLocationInfo.startLine;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  }
}
function addTerminalToCst(node, token, tokenTypeName) {
  if (node.children[tokenTypeName] === void 0) {
    node.children[tokenTypeName] = [token];
  } else {
    node.children[tokenTypeName].push(token);
  }
}
function addNoneTerminalToCst(node, ruleName, ruleResult) {
  if (node.children[ruleName] === void 0) {
    node.children[ruleName] = [ruleResult];
  } else {
    node.children[ruleName].push(ruleResult);
  }
}
var init_cst = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/cst/cst.js"() {
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/lang/lang_extensions.js
function defineNameProp(obj, nameValue) {
  Object.defineProperty(obj, NAME, {
    enumerable: false,
    configurable: true,
    writable: false,
    value: nameValue
  });
}
var NAME;
var init_lang_extensions = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/lang/lang_extensions.js"() {
    NAME = "name";
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js
function defaultVisit(ctx, param) {
  const childrenNames = keys_default(ctx);
  const childrenNamesLength = childrenNames.length;
  for (let i = 0; i < childrenNamesLength; i++) {
    const currChildName = childrenNames[i];
    const currChildArray = ctx[currChildName];
    const currChildArrayLength = currChildArray.length;
    for (let j = 0; j < currChildArrayLength; j++) {
      const currChild = currChildArray[j];
      if (currChild.tokenTypeIdx === void 0) {
        this[currChild.name](currChild.children, param);
      }
    }
  }
}
function createBaseSemanticVisitorConstructor(grammarName, ruleNames) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemantics");
  const semanticProto = {
    visit: function(cstNode, param) {
      if (isArray_default(cstNode)) {
        cstNode = cstNode[0];
      }
      if (isUndefined_default(cstNode)) {
        return void 0;
      }
      return this[cstNode.name](cstNode.children, param);
    },
    validateVisitor: function() {
      const semanticDefinitionErrors = validateVisitor(this, ruleNames);
      if (!isEmpty_default(semanticDefinitionErrors)) {
        const errorMessages = map_default(semanticDefinitionErrors, (currDefError) => currDefError.msg);
        throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${errorMessages.join("\n\n").replace(/\n/g, "\n	")}`);
      }
    }
  };
  derivedConstructor.prototype = semanticProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  derivedConstructor._RULE_NAMES = ruleNames;
  return derivedConstructor;
}
function createBaseVisitorConstructorWithDefaults(grammarName, ruleNames, baseConstructor) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemanticsWithDefaults");
  const withDefaultsProto = Object.create(baseConstructor.prototype);
  forEach_default(ruleNames, (ruleName) => {
    withDefaultsProto[ruleName] = defaultVisit;
  });
  derivedConstructor.prototype = withDefaultsProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  return derivedConstructor;
}
function validateVisitor(visitorInstance, ruleNames) {
  const missingErrors = validateMissingCstMethods(visitorInstance, ruleNames);
  return missingErrors;
}
function validateMissingCstMethods(visitorInstance, ruleNames) {
  const missingRuleNames = filter_default(ruleNames, (currRuleName) => {
    return isFunction_default(visitorInstance[currRuleName]) === false;
  });
  const errors = map_default(missingRuleNames, (currRuleName) => {
    return {
      msg: `Missing visitor method: <${currRuleName}> on ${visitorInstance.constructor.name} CST Visitor.`,
      type: CstVisitorDefinitionError.MISSING_METHOD,
      methodName: currRuleName
    };
  });
  return compact_default(errors);
}
var CstVisitorDefinitionError;
var init_cst_visitor = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js"() {
    init_lodash();
    init_lang_extensions();
    (function(CstVisitorDefinitionError2) {
      CstVisitorDefinitionError2[CstVisitorDefinitionError2["REDUNDANT_METHOD"] = 0] = "REDUNDANT_METHOD";
      CstVisitorDefinitionError2[CstVisitorDefinitionError2["MISSING_METHOD"] = 1] = "MISSING_METHOD";
    })(CstVisitorDefinitionError || (CstVisitorDefinitionError = {}));
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js
var TreeBuilder;
var init_tree_builder = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js"() {
    init_cst();
    init_lodash();
    init_cst_visitor();
    init_parser();
    TreeBuilder = class {
      initTreeBuilder(config) {
        this.CST_STACK = [];
        this.outputCst = config.outputCst;
        this.nodeLocationTracking = has_default(config, "nodeLocationTracking") ? config.nodeLocationTracking : DEFAULT_PARSER_CONFIG.nodeLocationTracking;
        if (!this.outputCst) {
          this.cstInvocationStateUpdate = noop_default;
          this.cstFinallyStateUpdate = noop_default;
          this.cstPostTerminal = noop_default;
          this.cstPostNonTerminal = noop_default;
          this.cstPostRule = noop_default;
        } else {
          if (/full/i.test(this.nodeLocationTracking)) {
            if (this.recoveryEnabled) {
              this.setNodeLocationFromToken = setNodeLocationFull;
              this.setNodeLocationFromNode = setNodeLocationFull;
              this.cstPostRule = noop_default;
              this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery;
            } else {
              this.setNodeLocationFromToken = noop_default;
              this.setNodeLocationFromNode = noop_default;
              this.cstPostRule = this.cstPostRuleFull;
              this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular;
            }
          } else if (/onlyOffset/i.test(this.nodeLocationTracking)) {
            if (this.recoveryEnabled) {
              this.setNodeLocationFromToken = setNodeLocationOnlyOffset;
              this.setNodeLocationFromNode = setNodeLocationOnlyOffset;
              this.cstPostRule = noop_default;
              this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery;
            } else {
              this.setNodeLocationFromToken = noop_default;
              this.setNodeLocationFromNode = noop_default;
              this.cstPostRule = this.cstPostRuleOnlyOffset;
              this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular;
            }
          } else if (/none/i.test(this.nodeLocationTracking)) {
            this.setNodeLocationFromToken = noop_default;
            this.setNodeLocationFromNode = noop_default;
            this.cstPostRule = noop_default;
            this.setInitialNodeLocation = noop_default;
          } else {
            throw Error(`Invalid <nodeLocationTracking> config option: "${config.nodeLocationTracking}"`);
          }
        }
      }
      setInitialNodeLocationOnlyOffsetRecovery(cstNode) {
        cstNode.location = {
          startOffset: NaN,
          endOffset: NaN
        };
      }
      setInitialNodeLocationOnlyOffsetRegular(cstNode) {
        cstNode.location = {
          // without error recovery the starting Location of a new CstNode is guaranteed
          // To be the next Token's startOffset (for valid inputs).
          // For invalid inputs there won't be any CSTOutput so this potential
          // inaccuracy does not matter
          startOffset: this.LA_FAST(1).startOffset,
          endOffset: NaN
        };
      }
      setInitialNodeLocationFullRecovery(cstNode) {
        cstNode.location = {
          startOffset: NaN,
          startLine: NaN,
          startColumn: NaN,
          endOffset: NaN,
          endLine: NaN,
          endColumn: NaN
        };
      }
      /**
           *  @see setInitialNodeLocationOnlyOffsetRegular for explanation why this work
      
           * @param cstNode
           */
      setInitialNodeLocationFullRegular(cstNode) {
        const nextToken = this.LA_FAST(1);
        cstNode.location = {
          startOffset: nextToken.startOffset,
          startLine: nextToken.startLine,
          startColumn: nextToken.startColumn,
          endOffset: NaN,
          endLine: NaN,
          endColumn: NaN
        };
      }
      cstInvocationStateUpdate(fullRuleName) {
        const cstNode = {
          name: fullRuleName,
          children: /* @__PURE__ */ Object.create(null)
        };
        this.setInitialNodeLocation(cstNode);
        this.CST_STACK.push(cstNode);
      }
      cstFinallyStateUpdate() {
        this.CST_STACK.pop();
      }
      cstPostRuleFull(ruleCstNode) {
        const prevToken = this.LA(0);
        const loc = ruleCstNode.location;
        if (loc.startOffset <= prevToken.startOffset === true) {
          loc.endOffset = prevToken.endOffset;
          loc.endLine = prevToken.endLine;
          loc.endColumn = prevToken.endColumn;
        } else {
          loc.startOffset = NaN;
          loc.startLine = NaN;
          loc.startColumn = NaN;
        }
      }
      cstPostRuleOnlyOffset(ruleCstNode) {
        const prevToken = this.LA(0);
        const loc = ruleCstNode.location;
        if (loc.startOffset <= prevToken.startOffset === true) {
          loc.endOffset = prevToken.endOffset;
        } else {
          loc.startOffset = NaN;
        }
      }
      cstPostTerminal(key, consumedToken) {
        const rootCst = this.CST_STACK[this.CST_STACK.length - 1];
        addTerminalToCst(rootCst, consumedToken, key);
        this.setNodeLocationFromToken(rootCst.location, consumedToken);
      }
      cstPostNonTerminal(ruleCstResult, ruleName) {
        const preCstNode = this.CST_STACK[this.CST_STACK.length - 1];
        addNoneTerminalToCst(preCstNode, ruleName, ruleCstResult);
        this.setNodeLocationFromNode(preCstNode.location, ruleCstResult.location);
      }
      getBaseCstVisitorConstructor() {
        if (isUndefined_default(this.baseCstVisitorConstructor)) {
          const newBaseCstVisitorConstructor = createBaseSemanticVisitorConstructor(this.className, keys_default(this.gastProductionsCache));
          this.baseCstVisitorConstructor = newBaseCstVisitorConstructor;
          return newBaseCstVisitorConstructor;
        }
        return this.baseCstVisitorConstructor;
      }
      getBaseCstVisitorConstructorWithDefaults() {
        if (isUndefined_default(this.baseCstVisitorWithDefaultsConstructor)) {
          const newConstructor = createBaseVisitorConstructorWithDefaults(this.className, keys_default(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
          this.baseCstVisitorWithDefaultsConstructor = newConstructor;
          return newConstructor;
        }
        return this.baseCstVisitorWithDefaultsConstructor;
      }
      getPreviousExplicitRuleShortName() {
        return this.RULE_STACK[this.RULE_STACK_IDX - 1];
      }
      getLastExplicitRuleOccurrenceIndex() {
        return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js
var LexerAdapter;
var init_lexer_adapter = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js"() {
    init_parser();
    LexerAdapter = class {
      initLexerAdapter() {
        this.tokVector = [];
        this.tokVectorLength = 0;
        this.currIdx = -1;
      }
      set input(newInput) {
        if (this.selfAnalysisDone !== true) {
          throw Error(`Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.`);
        }
        this.reset();
        this.tokVector = newInput;
        this.tokVectorLength = newInput.length;
      }
      get input() {
        return this.tokVector;
      }
      // skips a token and returns the next token
      SKIP_TOKEN() {
        if (this.currIdx <= this.tokVectorLength - 2) {
          this.consumeToken();
          return this.LA_FAST(1);
        } else {
          return END_OF_FILE;
        }
      }
      // Lexer (accessing Token vector) related methods which can be overridden to implement lazy lexers
      // or lexers dependent on parser context.
      // Performance Optimized version of LA without bound checks
      // note that token beyond the end of the token vector EOF Token will still be returned
      // due to using sentinels at the end of the token vector. (for K=max lookahead)
      LA_FAST(howMuch) {
        const soughtIdx = this.currIdx + howMuch;
        return this.tokVector[soughtIdx];
      }
      LA(howMuch) {
        const soughtIdx = this.currIdx + howMuch;
        if (soughtIdx < 0 || this.tokVectorLength <= soughtIdx) {
          return END_OF_FILE;
        } else {
          return this.tokVector[soughtIdx];
        }
      }
      consumeToken() {
        this.currIdx++;
      }
      exportLexerState() {
        return this.currIdx;
      }
      importLexerState(newState) {
        this.currIdx = newState;
      }
      resetLexerState() {
        this.currIdx = -1;
      }
      moveToTerminatedState() {
        this.currIdx = this.tokVectorLength - 1;
      }
      getLexerPosition() {
        return this.exportLexerState();
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js
var RecognizerApi;
var init_recognizer_api = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js"() {
    init_lodash();
    init_exceptions_public();
    init_parser();
    init_errors_public();
    init_checks();
    init_api2();
    RecognizerApi = class {
      ACTION(impl) {
        return impl.call(this);
      }
      consume(idx, tokType, options) {
        return this.consumeInternal(tokType, idx, options);
      }
      subrule(idx, ruleToCall, options) {
        return this.subruleInternal(ruleToCall, idx, options);
      }
      option(idx, actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, idx);
      }
      or(idx, altsOrOpts) {
        return this.orInternal(altsOrOpts, idx);
      }
      many(idx, actionORMethodDef) {
        return this.manyInternal(idx, actionORMethodDef);
      }
      atLeastOne(idx, actionORMethodDef) {
        return this.atLeastOneInternal(idx, actionORMethodDef);
      }
      CONSUME(tokType, options) {
        return this.consumeInternal(tokType, 0, options);
      }
      CONSUME1(tokType, options) {
        return this.consumeInternal(tokType, 1, options);
      }
      CONSUME2(tokType, options) {
        return this.consumeInternal(tokType, 2, options);
      }
      CONSUME3(tokType, options) {
        return this.consumeInternal(tokType, 3, options);
      }
      CONSUME4(tokType, options) {
        return this.consumeInternal(tokType, 4, options);
      }
      CONSUME5(tokType, options) {
        return this.consumeInternal(tokType, 5, options);
      }
      CONSUME6(tokType, options) {
        return this.consumeInternal(tokType, 6, options);
      }
      CONSUME7(tokType, options) {
        return this.consumeInternal(tokType, 7, options);
      }
      CONSUME8(tokType, options) {
        return this.consumeInternal(tokType, 8, options);
      }
      CONSUME9(tokType, options) {
        return this.consumeInternal(tokType, 9, options);
      }
      SUBRULE(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 0, options);
      }
      SUBRULE1(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 1, options);
      }
      SUBRULE2(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 2, options);
      }
      SUBRULE3(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 3, options);
      }
      SUBRULE4(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 4, options);
      }
      SUBRULE5(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 5, options);
      }
      SUBRULE6(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 6, options);
      }
      SUBRULE7(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 7, options);
      }
      SUBRULE8(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 8, options);
      }
      SUBRULE9(ruleToCall, options) {
        return this.subruleInternal(ruleToCall, 9, options);
      }
      OPTION(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 0);
      }
      OPTION1(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 1);
      }
      OPTION2(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 2);
      }
      OPTION3(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 3);
      }
      OPTION4(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 4);
      }
      OPTION5(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 5);
      }
      OPTION6(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 6);
      }
      OPTION7(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 7);
      }
      OPTION8(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 8);
      }
      OPTION9(actionORMethodDef) {
        return this.optionInternal(actionORMethodDef, 9);
      }
      OR(altsOrOpts) {
        return this.orInternal(altsOrOpts, 0);
      }
      OR1(altsOrOpts) {
        return this.orInternal(altsOrOpts, 1);
      }
      OR2(altsOrOpts) {
        return this.orInternal(altsOrOpts, 2);
      }
      OR3(altsOrOpts) {
        return this.orInternal(altsOrOpts, 3);
      }
      OR4(altsOrOpts) {
        return this.orInternal(altsOrOpts, 4);
      }
      OR5(altsOrOpts) {
        return this.orInternal(altsOrOpts, 5);
      }
      OR6(altsOrOpts) {
        return this.orInternal(altsOrOpts, 6);
      }
      OR7(altsOrOpts) {
        return this.orInternal(altsOrOpts, 7);
      }
      OR8(altsOrOpts) {
        return this.orInternal(altsOrOpts, 8);
      }
      OR9(altsOrOpts) {
        return this.orInternal(altsOrOpts, 9);
      }
      MANY(actionORMethodDef) {
        this.manyInternal(0, actionORMethodDef);
      }
      MANY1(actionORMethodDef) {
        this.manyInternal(1, actionORMethodDef);
      }
      MANY2(actionORMethodDef) {
        this.manyInternal(2, actionORMethodDef);
      }
      MANY3(actionORMethodDef) {
        this.manyInternal(3, actionORMethodDef);
      }
      MANY4(actionORMethodDef) {
        this.manyInternal(4, actionORMethodDef);
      }
      MANY5(actionORMethodDef) {
        this.manyInternal(5, actionORMethodDef);
      }
      MANY6(actionORMethodDef) {
        this.manyInternal(6, actionORMethodDef);
      }
      MANY7(actionORMethodDef) {
        this.manyInternal(7, actionORMethodDef);
      }
      MANY8(actionORMethodDef) {
        this.manyInternal(8, actionORMethodDef);
      }
      MANY9(actionORMethodDef) {
        this.manyInternal(9, actionORMethodDef);
      }
      MANY_SEP(options) {
        this.manySepFirstInternal(0, options);
      }
      MANY_SEP1(options) {
        this.manySepFirstInternal(1, options);
      }
      MANY_SEP2(options) {
        this.manySepFirstInternal(2, options);
      }
      MANY_SEP3(options) {
        this.manySepFirstInternal(3, options);
      }
      MANY_SEP4(options) {
        this.manySepFirstInternal(4, options);
      }
      MANY_SEP5(options) {
        this.manySepFirstInternal(5, options);
      }
      MANY_SEP6(options) {
        this.manySepFirstInternal(6, options);
      }
      MANY_SEP7(options) {
        this.manySepFirstInternal(7, options);
      }
      MANY_SEP8(options) {
        this.manySepFirstInternal(8, options);
      }
      MANY_SEP9(options) {
        this.manySepFirstInternal(9, options);
      }
      AT_LEAST_ONE(actionORMethodDef) {
        this.atLeastOneInternal(0, actionORMethodDef);
      }
      AT_LEAST_ONE1(actionORMethodDef) {
        return this.atLeastOneInternal(1, actionORMethodDef);
      }
      AT_LEAST_ONE2(actionORMethodDef) {
        this.atLeastOneInternal(2, actionORMethodDef);
      }
      AT_LEAST_ONE3(actionORMethodDef) {
        this.atLeastOneInternal(3, actionORMethodDef);
      }
      AT_LEAST_ONE4(actionORMethodDef) {
        this.atLeastOneInternal(4, actionORMethodDef);
      }
      AT_LEAST_ONE5(actionORMethodDef) {
        this.atLeastOneInternal(5, actionORMethodDef);
      }
      AT_LEAST_ONE6(actionORMethodDef) {
        this.atLeastOneInternal(6, actionORMethodDef);
      }
      AT_LEAST_ONE7(actionORMethodDef) {
        this.atLeastOneInternal(7, actionORMethodDef);
      }
      AT_LEAST_ONE8(actionORMethodDef) {
        this.atLeastOneInternal(8, actionORMethodDef);
      }
      AT_LEAST_ONE9(actionORMethodDef) {
        this.atLeastOneInternal(9, actionORMethodDef);
      }
      AT_LEAST_ONE_SEP(options) {
        this.atLeastOneSepFirstInternal(0, options);
      }
      AT_LEAST_ONE_SEP1(options) {
        this.atLeastOneSepFirstInternal(1, options);
      }
      AT_LEAST_ONE_SEP2(options) {
        this.atLeastOneSepFirstInternal(2, options);
      }
      AT_LEAST_ONE_SEP3(options) {
        this.atLeastOneSepFirstInternal(3, options);
      }
      AT_LEAST_ONE_SEP4(options) {
        this.atLeastOneSepFirstInternal(4, options);
      }
      AT_LEAST_ONE_SEP5(options) {
        this.atLeastOneSepFirstInternal(5, options);
      }
      AT_LEAST_ONE_SEP6(options) {
        this.atLeastOneSepFirstInternal(6, options);
      }
      AT_LEAST_ONE_SEP7(options) {
        this.atLeastOneSepFirstInternal(7, options);
      }
      AT_LEAST_ONE_SEP8(options) {
        this.atLeastOneSepFirstInternal(8, options);
      }
      AT_LEAST_ONE_SEP9(options) {
        this.atLeastOneSepFirstInternal(9, options);
      }
      RULE(name, implementation, config = DEFAULT_RULE_CONFIG) {
        if (includes_default(this.definedRulesNames, name)) {
          const errMsg = defaultGrammarValidatorErrorProvider.buildDuplicateRuleNameError({
            topLevelRule: name,
            grammarName: this.className
          });
          const error = {
            message: errMsg,
            type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
            ruleName: name
          };
          this.definitionErrors.push(error);
        }
        this.definedRulesNames.push(name);
        const ruleImplementation = this.defineRule(name, implementation, config);
        this[name] = ruleImplementation;
        return ruleImplementation;
      }
      OVERRIDE_RULE(name, impl, config = DEFAULT_RULE_CONFIG) {
        const ruleErrors = validateRuleIsOverridden(name, this.definedRulesNames, this.className);
        this.definitionErrors = this.definitionErrors.concat(ruleErrors);
        const ruleImplementation = this.defineRule(name, impl, config);
        this[name] = ruleImplementation;
        return ruleImplementation;
      }
      BACKTRACK(grammarRule, args) {
        var _a;
        const ruleToCall = (_a = grammarRule.coreRule) !== null && _a !== void 0 ? _a : grammarRule;
        return function() {
          this.isBackTrackingStack.push(1);
          const orgState = this.saveRecogState();
          try {
            ruleToCall.apply(this, args);
            return true;
          } catch (e) {
            if (isRecognitionException(e)) {
              return false;
            } else {
              throw e;
            }
          } finally {
            this.reloadRecogState(orgState);
            this.isBackTrackingStack.pop();
          }
        };
      }
      // GAST export APIs
      getGAstProductions() {
        return this.gastProductionsCache;
      }
      getSerializedGastProductions() {
        return serializeGrammar(values_default(this.gastProductionsCache));
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js
var RecognizerEngine;
var init_recognizer_engine = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js"() {
    init_lodash();
    init_keys2();
    init_exceptions_public();
    init_lookahead();
    init_interpreter();
    init_parser();
    init_recoverable();
    init_tokens_public();
    init_tokens();
    RecognizerEngine = class {
      initRecognizerEngine(tokenVocabulary, config) {
        this.className = this.constructor.name;
        this.shortRuleNameToFull = {};
        this.fullRuleNameToShort = {};
        this.ruleShortNameIdx = 256;
        this.tokenMatcher = tokenStructuredMatcherNoCategories;
        this.subruleIdx = 0;
        this.currRuleShortName = 0;
        this.definedRulesNames = [];
        this.tokensMap = {};
        this.isBackTrackingStack = [];
        this.RULE_STACK = [];
        this.RULE_STACK_IDX = -1;
        this.RULE_OCCURRENCE_STACK = [];
        this.RULE_OCCURRENCE_STACK_IDX = -1;
        this.gastProductionsCache = {};
        if (has_default(config, "serializedGrammar")) {
          throw Error("The Parser's configuration can no longer contain a <serializedGrammar> property.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0\n	For Further details.");
        }
        if (isArray_default(tokenVocabulary)) {
          if (isEmpty_default(tokenVocabulary)) {
            throw Error("A Token Vocabulary cannot be empty.\n	Note that the first argument for the parser constructor\n	is no longer a Token vector (since v4.0).");
          }
          if (typeof tokenVocabulary[0].startOffset === "number") {
            throw Error("The Parser constructor no longer accepts a token vector as the first argument.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0\n	For Further details.");
          }
        }
        if (isArray_default(tokenVocabulary)) {
          this.tokensMap = reduce_default(tokenVocabulary, (acc, tokType) => {
            acc[tokType.name] = tokType;
            return acc;
          }, {});
        } else if (has_default(tokenVocabulary, "modes") && every_default(flatten_default(values_default(tokenVocabulary.modes)), isTokenType)) {
          const allTokenTypes2 = flatten_default(values_default(tokenVocabulary.modes));
          const uniqueTokens = uniq_default(allTokenTypes2);
          this.tokensMap = reduce_default(uniqueTokens, (acc, tokType) => {
            acc[tokType.name] = tokType;
            return acc;
          }, {});
        } else if (isObject_default(tokenVocabulary)) {
          this.tokensMap = clone_default(tokenVocabulary);
        } else {
          throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
        }
        this.tokensMap["EOF"] = EOF;
        const allTokenTypes = has_default(tokenVocabulary, "modes") ? flatten_default(values_default(tokenVocabulary.modes)) : values_default(tokenVocabulary);
        const noTokenCategoriesUsed = every_default(allTokenTypes, (tokenConstructor) => isEmpty_default(tokenConstructor.categoryMatches));
        this.tokenMatcher = noTokenCategoriesUsed ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
        augmentTokenTypes(values_default(this.tokensMap));
      }
      defineRule(ruleName, impl, config) {
        if (this.selfAnalysisDone) {
          throw Error(`Grammar rule <${ruleName}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
        }
        const resyncEnabled = has_default(config, "resyncEnabled") ? config.resyncEnabled : DEFAULT_RULE_CONFIG.resyncEnabled;
        const recoveryValueFunc = has_default(config, "recoveryValueFunc") ? config.recoveryValueFunc : DEFAULT_RULE_CONFIG.recoveryValueFunc;
        const shortName = this.ruleShortNameIdx << BITS_FOR_METHOD_TYPE + BITS_FOR_OCCURRENCE_IDX;
        this.ruleShortNameIdx++;
        this.shortRuleNameToFull[shortName] = ruleName;
        this.fullRuleNameToShort[ruleName] = shortName;
        let coreRuleFunction;
        if (this.outputCst === true) {
          coreRuleFunction = function invokeRuleWithTry(...args) {
            try {
              this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
              impl.apply(this, args);
              const cst = this.CST_STACK[this.CST_STACK.length - 1];
              this.cstPostRule(cst);
              return cst;
            } catch (e) {
              return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
            } finally {
              this.ruleFinallyStateUpdate();
            }
          };
        } else {
          coreRuleFunction = function invokeRuleWithTryCst(...args) {
            try {
              this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
              return impl.apply(this, args);
            } catch (e) {
              return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
            } finally {
              this.ruleFinallyStateUpdate();
            }
          };
        }
        const rootRuleFunction = function rootRule(...args) {
          this.onBeforeParse(ruleName);
          try {
            return coreRuleFunction.apply(this, args);
          } finally {
            this.onAfterParse(ruleName);
          }
        };
        const wrappedGrammarRule = Object.assign(rootRuleFunction, { ruleName, originalGrammarAction: impl, coreRule: coreRuleFunction });
        return wrappedGrammarRule;
      }
      invokeRuleCatch(e, resyncEnabledConfig, recoveryValueFunc) {
        const isFirstInvokedRule = this.RULE_STACK_IDX === 0;
        const reSyncEnabled = resyncEnabledConfig && !this.isBackTracking() && this.recoveryEnabled;
        if (isRecognitionException(e)) {
          const recogError = e;
          if (reSyncEnabled) {
            const reSyncTokType = this.findReSyncTokenType();
            if (this.isInCurrentRuleReSyncSet(reSyncTokType)) {
              recogError.resyncedTokens = this.reSyncTo(reSyncTokType);
              if (this.outputCst) {
                const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
                partialCstResult.recoveredNode = true;
                return partialCstResult;
              } else {
                return recoveryValueFunc(e);
              }
            } else {
              if (this.outputCst) {
                const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
                partialCstResult.recoveredNode = true;
                recogError.partialCstResult = partialCstResult;
              }
              throw recogError;
            }
          } else if (isFirstInvokedRule) {
            this.moveToTerminatedState();
            return recoveryValueFunc(e);
          } else {
            throw recogError;
          }
        } else {
          throw e;
        }
      }
      // Implementation of parsing DSL
      optionInternal(actionORMethodDef, occurrence) {
        const key = this.getKeyForAutomaticLookahead(OPTION_IDX, occurrence);
        return this.optionInternalLogic(actionORMethodDef, occurrence, key);
      }
      optionInternalLogic(actionORMethodDef, occurrence, key) {
        let lookAheadFunc = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookAheadFunc;
            lookAheadFunc = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        if (lookAheadFunc.call(this) === true) {
          return action.call(this);
        }
        return void 0;
      }
      atLeastOneInternal(prodOccurrence, actionORMethodDef) {
        const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_IDX, prodOccurrence);
        return this.atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, laKey);
      }
      atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, key) {
        let lookAheadFunc = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookAheadFunc;
            lookAheadFunc = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        if (lookAheadFunc.call(this) === true) {
          let notStuck = this.doSingleRepetition(action);
          while (lookAheadFunc.call(this) === true && notStuck === true) {
            notStuck = this.doSingleRepetition(action);
          }
        } else {
          throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY, actionORMethodDef.ERR_MSG);
        }
        this.attemptInRepetitionRecovery(this.atLeastOneInternal, [prodOccurrence, actionORMethodDef], lookAheadFunc, AT_LEAST_ONE_IDX, prodOccurrence, NextTerminalAfterAtLeastOneWalker);
      }
      atLeastOneSepFirstInternal(prodOccurrence, options) {
        const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_SEP_IDX, prodOccurrence);
        this.atLeastOneSepFirstInternalLogic(prodOccurrence, options, laKey);
      }
      atLeastOneSepFirstInternalLogic(prodOccurrence, options, key) {
        const action = options.DEF;
        const separator = options.SEP;
        const firstIterationLookaheadFunc = this.getLaFuncFromCache(key);
        if (firstIterationLookaheadFunc.call(this) === true) {
          action.call(this);
          const separatorLookAheadFunc = () => {
            return this.tokenMatcher(this.LA_FAST(1), separator);
          };
          while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
            this.CONSUME(separator);
            action.call(this);
          }
          this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
            prodOccurrence,
            separator,
            separatorLookAheadFunc,
            action,
            NextTerminalAfterAtLeastOneSepWalker
          ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, NextTerminalAfterAtLeastOneSepWalker);
        } else {
          throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, options.ERR_MSG);
        }
      }
      manyInternal(prodOccurrence, actionORMethodDef) {
        const laKey = this.getKeyForAutomaticLookahead(MANY_IDX, prodOccurrence);
        return this.manyInternalLogic(prodOccurrence, actionORMethodDef, laKey);
      }
      manyInternalLogic(prodOccurrence, actionORMethodDef, key) {
        let lookaheadFunction = this.getLaFuncFromCache(key);
        let action;
        if (typeof actionORMethodDef !== "function") {
          action = actionORMethodDef.DEF;
          const predicate = actionORMethodDef.GATE;
          if (predicate !== void 0) {
            const orgLookaheadFunction = lookaheadFunction;
            lookaheadFunction = () => {
              return predicate.call(this) && orgLookaheadFunction.call(this);
            };
          }
        } else {
          action = actionORMethodDef;
        }
        let notStuck = true;
        while (lookaheadFunction.call(this) === true && notStuck === true) {
          notStuck = this.doSingleRepetition(action);
        }
        this.attemptInRepetitionRecovery(
          this.manyInternal,
          [prodOccurrence, actionORMethodDef],
          lookaheadFunction,
          MANY_IDX,
          prodOccurrence,
          NextTerminalAfterManyWalker,
          // The notStuck parameter is only relevant when "attemptInRepetitionRecovery"
          // is invoked from manyInternal, in the MANY_SEP case and AT_LEAST_ONE[_SEP]
          // An infinite loop cannot occur as:
          // - Either the lookahead is guaranteed to consume something (Single Token Separator)
          // - AT_LEAST_ONE by definition is guaranteed to consume something (or error out).
          notStuck
        );
      }
      manySepFirstInternal(prodOccurrence, options) {
        const laKey = this.getKeyForAutomaticLookahead(MANY_SEP_IDX, prodOccurrence);
        this.manySepFirstInternalLogic(prodOccurrence, options, laKey);
      }
      manySepFirstInternalLogic(prodOccurrence, options, key) {
        const action = options.DEF;
        const separator = options.SEP;
        const firstIterationLaFunc = this.getLaFuncFromCache(key);
        if (firstIterationLaFunc.call(this) === true) {
          action.call(this);
          const separatorLookAheadFunc = () => {
            return this.tokenMatcher(this.LA_FAST(1), separator);
          };
          while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
            this.CONSUME(separator);
            action.call(this);
          }
          this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
            prodOccurrence,
            separator,
            separatorLookAheadFunc,
            action,
            NextTerminalAfterManySepWalker
          ], separatorLookAheadFunc, MANY_SEP_IDX, prodOccurrence, NextTerminalAfterManySepWalker);
        }
      }
      repetitionSepSecondInternal(prodOccurrence, separator, separatorLookAheadFunc, action, nextTerminalAfterWalker) {
        while (separatorLookAheadFunc()) {
          this.CONSUME(separator);
          action.call(this);
        }
        this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
          prodOccurrence,
          separator,
          separatorLookAheadFunc,
          action,
          nextTerminalAfterWalker
        ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, nextTerminalAfterWalker);
      }
      doSingleRepetition(action) {
        const beforeIteration = this.getLexerPosition();
        action.call(this);
        const afterIteration = this.getLexerPosition();
        return afterIteration > beforeIteration;
      }
      orInternal(altsOrOpts, occurrence) {
        const laKey = this.getKeyForAutomaticLookahead(OR_IDX, occurrence);
        const alts = isArray_default(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF;
        const laFunc = this.getLaFuncFromCache(laKey);
        const altIdxToTake = laFunc.call(this, alts);
        if (altIdxToTake !== void 0) {
          const chosenAlternative = alts[altIdxToTake];
          return chosenAlternative.ALT.call(this);
        }
        this.raiseNoAltException(occurrence, altsOrOpts.ERR_MSG);
      }
      ruleFinallyStateUpdate() {
        this.RULE_STACK_IDX--;
        this.RULE_OCCURRENCE_STACK_IDX--;
        if (this.RULE_STACK_IDX >= 0) {
          this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
        }
        this.cstFinallyStateUpdate();
      }
      subruleInternal(ruleToCall, idx, options) {
        let ruleResult;
        try {
          const args = options !== void 0 ? options.ARGS : void 0;
          this.subruleIdx = idx;
          ruleResult = ruleToCall.coreRule.apply(this, args);
          this.cstPostNonTerminal(ruleResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleToCall.ruleName);
          return ruleResult;
        } catch (e) {
          throw this.subruleInternalError(e, options, ruleToCall.ruleName);
        }
      }
      subruleInternalError(e, options, ruleName) {
        if (isRecognitionException(e) && e.partialCstResult !== void 0) {
          this.cstPostNonTerminal(e.partialCstResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleName);
          delete e.partialCstResult;
        }
        throw e;
      }
      consumeInternal(tokType, idx, options) {
        let consumedToken;
        try {
          const nextToken = this.LA_FAST(1);
          if (this.tokenMatcher(nextToken, tokType) === true) {
            this.consumeToken();
            consumedToken = nextToken;
          } else {
            this.consumeInternalError(tokType, nextToken, options);
          }
        } catch (eFromConsumption) {
          consumedToken = this.consumeInternalRecovery(tokType, idx, eFromConsumption);
        }
        this.cstPostTerminal(options !== void 0 && options.LABEL !== void 0 ? options.LABEL : tokType.name, consumedToken);
        return consumedToken;
      }
      consumeInternalError(tokType, nextToken, options) {
        let msg;
        const previousToken = this.LA(0);
        if (options !== void 0 && options.ERR_MSG) {
          msg = options.ERR_MSG;
        } else {
          msg = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: tokType,
            actual: nextToken,
            previous: previousToken,
            ruleName: this.getCurrRuleFullName()
          });
        }
        throw this.SAVE_ERROR(new MismatchedTokenException(msg, nextToken, previousToken));
      }
      consumeInternalRecovery(tokType, idx, eFromConsumption) {
        if (this.recoveryEnabled && // TODO: more robust checking of the exception type. Perhaps Typescript extending expressions?
        eFromConsumption.name === "MismatchedTokenException" && !this.isBackTracking()) {
          const follows = this.getFollowsForInRuleRecovery(tokType, idx);
          try {
            return this.tryInRuleRecovery(tokType, follows);
          } catch (eFromInRuleRecovery) {
            if (eFromInRuleRecovery.name === IN_RULE_RECOVERY_EXCEPTION) {
              throw eFromConsumption;
            } else {
              throw eFromInRuleRecovery;
            }
          }
        } else {
          throw eFromConsumption;
        }
      }
      saveRecogState() {
        const savedErrors = this.errors;
        const savedRuleStack = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
        return {
          errors: savedErrors,
          lexerState: this.exportLexerState(),
          RULE_STACK: savedRuleStack,
          CST_STACK: this.CST_STACK
        };
      }
      reloadRecogState(newState) {
        this.errors = newState.errors;
        this.importLexerState(newState.lexerState);
        const saved = newState.RULE_STACK;
        for (let i = 0; i < saved.length; i++) {
          this.RULE_STACK[i] = saved[i];
        }
        this.RULE_STACK_IDX = saved.length - 1;
        if (this.RULE_STACK_IDX >= 0) {
          this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
        }
      }
      ruleInvocationStateUpdate(shortName, fullName, idxInCallingRule) {
        this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = idxInCallingRule;
        this.RULE_STACK[++this.RULE_STACK_IDX] = shortName;
        this.currRuleShortName = shortName;
        this.cstInvocationStateUpdate(fullName);
      }
      isBackTracking() {
        return this.isBackTrackingStack.length !== 0;
      }
      getCurrRuleFullName() {
        const shortName = this.currRuleShortName;
        return this.shortRuleNameToFull[shortName];
      }
      shortRuleNameToFullName(shortName) {
        return this.shortRuleNameToFull[shortName];
      }
      isAtEndOfInput() {
        return this.tokenMatcher(this.LA(1), EOF);
      }
      reset() {
        this.resetLexerState();
        this.subruleIdx = 0;
        this.currRuleShortName = 0;
        this.isBackTrackingStack = [];
        this.errors = [];
        this.RULE_STACK_IDX = -1;
        this.RULE_OCCURRENCE_STACK_IDX = -1;
        this.CST_STACK = [];
      }
      /**
       * Hook called before the root-level parsing rule is invoked.
       * This is only called when a rule is invoked directly by the consumer
       * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
       *
       * Override this method to perform actions before parsing begins.
       * The default implementation is a no-op.
       *
       * @param ruleName - The name of the root rule being invoked.
       */
      onBeforeParse(ruleName) {
        for (let i = 0; i < this.maxLookahead + 1; i++) {
          this.tokVector.push(END_OF_FILE);
        }
      }
      /**
       * Hook called after the root-level parsing rule has completed (or thrown).
       * This is only called when a rule is invoked directly by the consumer
       * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
       *
       * This hook is called in a `finally` block, so it executes regardless of
       * whether parsing succeeded or threw an error.
       *
       * Override this method to perform actions after parsing completes.
       * The default implementation is a no-op.
       *
       * @param ruleName - The name of the root rule that was invoked.
       */
      onAfterParse(ruleName) {
        if (this.isAtEndOfInput() === false) {
          const firstRedundantTok = this.LA(1);
          const errMsg = this.errorMessageProvider.buildNotAllInputParsedMessage({
            firstRedundant: firstRedundantTok,
            ruleName: this.getCurrRuleFullName()
          });
          this.SAVE_ERROR(new NotAllInputParsedException(errMsg, firstRedundantTok));
        }
        while (this.tokVector.at(-1) === END_OF_FILE) {
          this.tokVector.pop();
        }
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js
var ErrorHandler;
var init_error_handler = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js"() {
    init_exceptions_public();
    init_lodash();
    init_lookahead();
    init_parser();
    ErrorHandler = class {
      initErrorHandler(config) {
        this._errors = [];
        this.errorMessageProvider = has_default(config, "errorMessageProvider") ? config.errorMessageProvider : DEFAULT_PARSER_CONFIG.errorMessageProvider;
      }
      SAVE_ERROR(error) {
        if (isRecognitionException(error)) {
          error.context = {
            ruleStack: this.getHumanReadableRuleStack(),
            ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1)
          };
          this._errors.push(error);
          return error;
        } else {
          throw Error("Trying to save an Error which is not a RecognitionException");
        }
      }
      get errors() {
        return clone_default(this._errors);
      }
      set errors(newErrors) {
        this._errors = newErrors;
      }
      // TODO: consider caching the error message computed information
      raiseEarlyExitException(occurrence, prodType, userDefinedErrMsg) {
        const ruleName = this.getCurrRuleFullName();
        const ruleGrammar = this.getGAstProductions()[ruleName];
        const lookAheadPathsPerAlternative = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, this.maxLookahead);
        const insideProdPaths = lookAheadPathsPerAlternative[0];
        const actualTokens = [];
        for (let i = 1; i <= this.maxLookahead; i++) {
          actualTokens.push(this.LA(i));
        }
        const msg = this.errorMessageProvider.buildEarlyExitMessage({
          expectedIterationPaths: insideProdPaths,
          actual: actualTokens,
          previous: this.LA(0),
          customUserDescription: userDefinedErrMsg,
          ruleName
        });
        throw this.SAVE_ERROR(new EarlyExitException(msg, this.LA(1), this.LA(0)));
      }
      // TODO: consider caching the error message computed information
      raiseNoAltException(occurrence, errMsgTypes) {
        const ruleName = this.getCurrRuleFullName();
        const ruleGrammar = this.getGAstProductions()[ruleName];
        const lookAheadPathsPerAlternative = getLookaheadPathsForOr(occurrence, ruleGrammar, this.maxLookahead);
        const actualTokens = [];
        for (let i = 1; i <= this.maxLookahead; i++) {
          actualTokens.push(this.LA(i));
        }
        const previousToken = this.LA(0);
        const errMsg = this.errorMessageProvider.buildNoViableAltMessage({
          expectedPathsPerAlt: lookAheadPathsPerAlternative,
          actual: actualTokens,
          previous: previousToken,
          customUserDescription: errMsgTypes,
          ruleName: this.getCurrRuleFullName()
        });
        throw this.SAVE_ERROR(new NoViableAltException(errMsg, this.LA(1), previousToken));
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js
var ContentAssist;
var init_context_assist = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js"() {
    init_interpreter();
    init_lodash();
    ContentAssist = class {
      initContentAssist() {
      }
      computeContentAssist(startRuleName, precedingInput) {
        const startRuleGast = this.gastProductionsCache[startRuleName];
        if (isUndefined_default(startRuleGast)) {
          throw Error(`Rule ->${startRuleName}<- does not exist in this grammar.`);
        }
        return nextPossibleTokensAfter([startRuleGast], precedingInput, this.tokenMatcher, this.maxLookahead);
      }
      // TODO: should this be a member method or a utility? it does not have any state or usage of 'this'...
      // TODO: should this be more explicitly part of the public API?
      getNextPossibleTokenTypes(grammarPath) {
        const topRuleName = head_default(grammarPath.ruleStack);
        const gastProductions = this.getGAstProductions();
        const topProduction = gastProductions[topRuleName];
        const nextPossibleTokenTypes = new NextAfterTokenWalker(topProduction, grammarPath).startWalking();
        return nextPossibleTokenTypes;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js
function recordProd(prodConstructor, mainProdArg, occurrence, handleSep = false) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const grammarAction = isFunction_default(mainProdArg) ? mainProdArg : mainProdArg.DEF;
  const newProd = new prodConstructor({ definition: [], idx: occurrence });
  if (handleSep) {
    newProd.separator = mainProdArg.SEP;
  }
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  this.recordingProdStack.push(newProd);
  grammarAction.call(this);
  prevProd.definition.push(newProd);
  this.recordingProdStack.pop();
  return RECORDING_NULL_OBJECT;
}
function recordOrProd(mainProdArg, occurrence) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const hasOptions = isArray_default(mainProdArg) === false;
  const alts = hasOptions === false ? mainProdArg : mainProdArg.DEF;
  const newOrProd = new Alternation({
    definition: [],
    idx: occurrence,
    ignoreAmbiguities: hasOptions && mainProdArg.IGNORE_AMBIGUITIES === true
  });
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newOrProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  const hasPredicates = some_default(alts, (currAlt) => isFunction_default(currAlt.GATE));
  newOrProd.hasPredicates = hasPredicates;
  prevProd.definition.push(newOrProd);
  forEach_default(alts, (currAlt) => {
    const currAltFlat = new Alternative({ definition: [] });
    newOrProd.definition.push(currAltFlat);
    if (has_default(currAlt, "IGNORE_AMBIGUITIES")) {
      currAltFlat.ignoreAmbiguities = currAlt.IGNORE_AMBIGUITIES;
    } else if (has_default(currAlt, "GATE")) {
      currAltFlat.ignoreAmbiguities = true;
    }
    this.recordingProdStack.push(currAltFlat);
    currAlt.ALT.call(this);
    this.recordingProdStack.pop();
  });
  return RECORDING_NULL_OBJECT;
}
function getIdxSuffix(idx) {
  return idx === 0 ? "" : `${idx}`;
}
function assertMethodIdxIsValid(idx) {
  if (idx < 0 || idx > MAX_METHOD_IDX) {
    const error = new Error(
      // The stack trace will contain all the needed details
      `Invalid DSL Method idx value: <${idx}>
	Idx value must be a none negative value smaller than ${MAX_METHOD_IDX + 1}`
    );
    error.KNOWN_RECORDER_ERROR = true;
    throw error;
  }
}
var RECORDING_NULL_OBJECT, HANDLE_SEPARATOR, MAX_METHOD_IDX, RFT, RECORDING_PHASE_TOKEN, RECORDING_PHASE_CSTNODE, GastRecorder;
var init_gast_recorder = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js"() {
    init_lodash();
    init_api2();
    init_lexer_public();
    init_tokens();
    init_tokens_public();
    init_parser();
    init_keys2();
    RECORDING_NULL_OBJECT = {
      description: "This Object indicates the Parser is during Recording Phase"
    };
    Object.freeze(RECORDING_NULL_OBJECT);
    HANDLE_SEPARATOR = true;
    MAX_METHOD_IDX = Math.pow(2, BITS_FOR_OCCURRENCE_IDX) - 1;
    RFT = createToken({ name: "RECORDING_PHASE_TOKEN", pattern: Lexer2.NA });
    augmentTokenTypes([RFT]);
    RECORDING_PHASE_TOKEN = createTokenInstance(
      RFT,
      "This IToken indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
      // Using "-1" instead of NaN (as in EOF) because an actual number is less likely to
      // cause errors if the output of LA or CONSUME would be (incorrectly) used during the recording phase.
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    );
    Object.freeze(RECORDING_PHASE_TOKEN);
    RECORDING_PHASE_CSTNODE = {
      name: "This CSTNode indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
      children: {}
    };
    GastRecorder = class {
      initGastRecorder(config) {
        this.recordingProdStack = [];
        this.RECORDING_PHASE = false;
      }
      enableRecording() {
        this.RECORDING_PHASE = true;
        this.TRACE_INIT("Enable Recording", () => {
          for (let i = 0; i < 10; i++) {
            const idx = i > 0 ? i : "";
            this[`CONSUME${idx}`] = function(arg1, arg2) {
              return this.consumeInternalRecord(arg1, i, arg2);
            };
            this[`SUBRULE${idx}`] = function(arg1, arg2) {
              return this.subruleInternalRecord(arg1, i, arg2);
            };
            this[`OPTION${idx}`] = function(arg1) {
              return this.optionInternalRecord(arg1, i);
            };
            this[`OR${idx}`] = function(arg1) {
              return this.orInternalRecord(arg1, i);
            };
            this[`MANY${idx}`] = function(arg1) {
              this.manyInternalRecord(i, arg1);
            };
            this[`MANY_SEP${idx}`] = function(arg1) {
              this.manySepFirstInternalRecord(i, arg1);
            };
            this[`AT_LEAST_ONE${idx}`] = function(arg1) {
              this.atLeastOneInternalRecord(i, arg1);
            };
            this[`AT_LEAST_ONE_SEP${idx}`] = function(arg1) {
              this.atLeastOneSepFirstInternalRecord(i, arg1);
            };
          }
          this[`consume`] = function(idx, arg1, arg2) {
            return this.consumeInternalRecord(arg1, idx, arg2);
          };
          this[`subrule`] = function(idx, arg1, arg2) {
            return this.subruleInternalRecord(arg1, idx, arg2);
          };
          this[`option`] = function(idx, arg1) {
            return this.optionInternalRecord(arg1, idx);
          };
          this[`or`] = function(idx, arg1) {
            return this.orInternalRecord(arg1, idx);
          };
          this[`many`] = function(idx, arg1) {
            this.manyInternalRecord(idx, arg1);
          };
          this[`atLeastOne`] = function(idx, arg1) {
            this.atLeastOneInternalRecord(idx, arg1);
          };
          this.ACTION = this.ACTION_RECORD;
          this.BACKTRACK = this.BACKTRACK_RECORD;
          this.LA = this.LA_RECORD;
        });
      }
      disableRecording() {
        this.RECORDING_PHASE = false;
        this.TRACE_INIT("Deleting Recording methods", () => {
          const that = this;
          for (let i = 0; i < 10; i++) {
            const idx = i > 0 ? i : "";
            delete that[`CONSUME${idx}`];
            delete that[`SUBRULE${idx}`];
            delete that[`OPTION${idx}`];
            delete that[`OR${idx}`];
            delete that[`MANY${idx}`];
            delete that[`MANY_SEP${idx}`];
            delete that[`AT_LEAST_ONE${idx}`];
            delete that[`AT_LEAST_ONE_SEP${idx}`];
          }
          delete that[`consume`];
          delete that[`subrule`];
          delete that[`option`];
          delete that[`or`];
          delete that[`many`];
          delete that[`atLeastOne`];
          delete that.ACTION;
          delete that.BACKTRACK;
          delete that.LA;
        });
      }
      //   Parser methods are called inside an ACTION?
      //   Maybe try/catch/finally on ACTIONS while disabling the recorders state changes?
      // @ts-expect-error -- noop place holder
      ACTION_RECORD(impl) {
      }
      // Executing backtracking logic will break our recording logic assumptions
      BACKTRACK_RECORD(grammarRule, args) {
        return () => true;
      }
      // LA is part of the official API and may be used for custom lookahead logic
      // by end users who may forget to wrap it in ACTION or inside a GATE
      LA_RECORD(howMuch) {
        return END_OF_FILE;
      }
      topLevelRuleRecord(name, def) {
        try {
          const newTopLevelRule = new Rule({ definition: [], name });
          newTopLevelRule.name = name;
          this.recordingProdStack.push(newTopLevelRule);
          def.call(this);
          this.recordingProdStack.pop();
          return newTopLevelRule;
        } catch (originalError) {
          if (originalError.KNOWN_RECORDER_ERROR !== true) {
            try {
              originalError.message = originalError.message + '\n	 This error was thrown during the "grammar recording phase" For more info see:\n	https://chevrotain.io/docs/guide/internals.html#grammar-recording';
            } catch (mutabilityError) {
              throw originalError;
            }
          }
          throw originalError;
        }
      }
      // Implementation of parsing DSL
      optionInternalRecord(actionORMethodDef, occurrence) {
        return recordProd.call(this, Option, actionORMethodDef, occurrence);
      }
      atLeastOneInternalRecord(occurrence, actionORMethodDef) {
        recordProd.call(this, RepetitionMandatory, actionORMethodDef, occurrence);
      }
      atLeastOneSepFirstInternalRecord(occurrence, options) {
        recordProd.call(this, RepetitionMandatoryWithSeparator, options, occurrence, HANDLE_SEPARATOR);
      }
      manyInternalRecord(occurrence, actionORMethodDef) {
        recordProd.call(this, Repetition, actionORMethodDef, occurrence);
      }
      manySepFirstInternalRecord(occurrence, options) {
        recordProd.call(this, RepetitionWithSeparator, options, occurrence, HANDLE_SEPARATOR);
      }
      orInternalRecord(altsOrOpts, occurrence) {
        return recordOrProd.call(this, altsOrOpts, occurrence);
      }
      subruleInternalRecord(ruleToCall, occurrence, options) {
        assertMethodIdxIsValid(occurrence);
        if (!ruleToCall || has_default(ruleToCall, "ruleName") === false) {
          const error = new Error(`<SUBRULE${getIdxSuffix(occurrence)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(ruleToCall)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
          error.KNOWN_RECORDER_ERROR = true;
          throw error;
        }
        const prevProd = last_default(this.recordingProdStack);
        const ruleName = ruleToCall.ruleName;
        const newNoneTerminal = new NonTerminal({
          idx: occurrence,
          nonTerminalName: ruleName,
          label: options === null || options === void 0 ? void 0 : options.LABEL,
          // The resolving of the `referencedRule` property will be done once all the Rule's GASTs have been created
          referencedRule: void 0
        });
        prevProd.definition.push(newNoneTerminal);
        return this.outputCst ? RECORDING_PHASE_CSTNODE : RECORDING_NULL_OBJECT;
      }
      consumeInternalRecord(tokType, occurrence, options) {
        assertMethodIdxIsValid(occurrence);
        if (!hasShortKeyProperty(tokType)) {
          const error = new Error(`<CONSUME${getIdxSuffix(occurrence)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(tokType)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
          error.KNOWN_RECORDER_ERROR = true;
          throw error;
        }
        const prevProd = last_default(this.recordingProdStack);
        const newNoneTerminal = new Terminal({
          idx: occurrence,
          terminalType: tokType,
          label: options === null || options === void 0 ? void 0 : options.LABEL
        });
        prevProd.definition.push(newNoneTerminal);
        return RECORDING_PHASE_TOKEN;
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js
var PerformanceTracer;
var init_perf_tracer = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js"() {
    init_lodash();
    init_api();
    init_parser();
    PerformanceTracer = class {
      initPerformanceTracer(config) {
        if (has_default(config, "traceInitPerf")) {
          const userTraceInitPerf = config.traceInitPerf;
          const traceIsNumber = typeof userTraceInitPerf === "number";
          this.traceInitMaxIdent = traceIsNumber ? userTraceInitPerf : Infinity;
          this.traceInitPerf = traceIsNumber ? userTraceInitPerf > 0 : userTraceInitPerf;
        } else {
          this.traceInitMaxIdent = 0;
          this.traceInitPerf = DEFAULT_PARSER_CONFIG.traceInitPerf;
        }
        this.traceInitIndent = -1;
      }
      TRACE_INIT(phaseDesc, phaseImpl) {
        if (this.traceInitPerf === true) {
          this.traceInitIndent++;
          const indent = new Array(this.traceInitIndent + 1).join("	");
          if (this.traceInitIndent < this.traceInitMaxIdent) {
            console.log(`${indent}--> <${phaseDesc}>`);
          }
          const { time, value: value2 } = timer(phaseImpl);
          const traceMethod = time > 10 ? console.warn : console.log;
          if (this.traceInitIndent < this.traceInitMaxIdent) {
            traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
          }
          this.traceInitIndent--;
          return value2;
        } else {
          return phaseImpl();
        }
      }
    };
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js
function applyMixins(derivedCtor, baseCtors) {
  baseCtors.forEach((baseCtor) => {
    const baseProto = baseCtor.prototype;
    Object.getOwnPropertyNames(baseProto).forEach((propName) => {
      if (propName === "constructor") {
        return;
      }
      const basePropDescriptor = Object.getOwnPropertyDescriptor(baseProto, propName);
      if (basePropDescriptor && (basePropDescriptor.get || basePropDescriptor.set)) {
        Object.defineProperty(derivedCtor.prototype, propName, basePropDescriptor);
      } else {
        derivedCtor.prototype[propName] = baseCtor.prototype[propName];
      }
    });
  });
}
var init_apply_mixins = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js"() {
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/parser.js
var END_OF_FILE, DEFAULT_PARSER_CONFIG, DEFAULT_RULE_CONFIG, ParserDefinitionErrorType, Parser, CstParser;
var init_parser = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/parse/parser/parser.js"() {
    init_lodash();
    init_api();
    init_follow();
    init_tokens_public();
    init_errors_public();
    init_gast_resolver_public();
    init_recoverable();
    init_looksahead();
    init_tree_builder();
    init_lexer_adapter();
    init_recognizer_api();
    init_recognizer_engine();
    init_error_handler();
    init_context_assist();
    init_gast_recorder();
    init_perf_tracer();
    init_apply_mixins();
    init_checks();
    END_OF_FILE = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
    Object.freeze(END_OF_FILE);
    DEFAULT_PARSER_CONFIG = Object.freeze({
      recoveryEnabled: false,
      maxLookahead: 3,
      dynamicTokensEnabled: false,
      outputCst: true,
      errorMessageProvider: defaultParserErrorProvider,
      nodeLocationTracking: "none",
      traceInitPerf: false,
      skipValidations: false
    });
    DEFAULT_RULE_CONFIG = Object.freeze({
      recoveryValueFunc: () => void 0,
      resyncEnabled: true
    });
    (function(ParserDefinitionErrorType2) {
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_NAME"] = 0] = "INVALID_RULE_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_RULE_NAME"] = 1] = "DUPLICATE_RULE_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_OVERRIDE"] = 2] = "INVALID_RULE_OVERRIDE";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_PRODUCTIONS"] = 3] = "DUPLICATE_PRODUCTIONS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["UNRESOLVED_SUBRULE_REF"] = 4] = "UNRESOLVED_SUBRULE_REF";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["LEFT_RECURSION"] = 5] = "LEFT_RECURSION";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["NONE_LAST_EMPTY_ALT"] = 6] = "NONE_LAST_EMPTY_ALT";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_ALTS"] = 7] = "AMBIGUOUS_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["CONFLICT_TOKENS_RULES_NAMESPACE"] = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_TOKEN_NAME"] = 9] = "INVALID_TOKEN_NAME";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["NO_NON_EMPTY_LOOKAHEAD"] = 10] = "NO_NON_EMPTY_LOOKAHEAD";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_PREFIX_ALTS"] = 11] = "AMBIGUOUS_PREFIX_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["TOO_MANY_ALTS"] = 12] = "TOO_MANY_ALTS";
      ParserDefinitionErrorType2[ParserDefinitionErrorType2["CUSTOM_LOOKAHEAD_VALIDATION"] = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
    })(ParserDefinitionErrorType || (ParserDefinitionErrorType = {}));
    Parser = class _Parser {
      /**
       *  @deprecated use the **instance** method with the same name instead
       */
      static performSelfAnalysis(parserInstance) {
        throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
      }
      performSelfAnalysis() {
        this.TRACE_INIT("performSelfAnalysis", () => {
          let defErrorsMsgs;
          this.selfAnalysisDone = true;
          const className2 = this.className;
          this.TRACE_INIT("toFastProps", () => {
            toFastProperties(this);
          });
          this.TRACE_INIT("Grammar Recording", () => {
            try {
              this.enableRecording();
              forEach_default(this.definedRulesNames, (currRuleName) => {
                const wrappedRule = this[currRuleName];
                const originalGrammarAction = wrappedRule["originalGrammarAction"];
                let recordedRuleGast;
                this.TRACE_INIT(`${currRuleName} Rule`, () => {
                  recordedRuleGast = this.topLevelRuleRecord(currRuleName, originalGrammarAction);
                });
                this.gastProductionsCache[currRuleName] = recordedRuleGast;
              });
            } finally {
              this.disableRecording();
            }
          });
          let resolverErrors = [];
          this.TRACE_INIT("Grammar Resolving", () => {
            resolverErrors = resolveGrammar2({
              rules: values_default(this.gastProductionsCache)
            });
            this.definitionErrors = this.definitionErrors.concat(resolverErrors);
          });
          this.TRACE_INIT("Grammar Validations", () => {
            if (isEmpty_default(resolverErrors) && this.skipValidations === false) {
              const validationErrors = validateGrammar2({
                rules: values_default(this.gastProductionsCache),
                tokenTypes: values_default(this.tokensMap),
                errMsgProvider: defaultGrammarValidatorErrorProvider,
                grammarName: className2
              });
              const lookaheadValidationErrors = validateLookahead({
                lookaheadStrategy: this.lookaheadStrategy,
                rules: values_default(this.gastProductionsCache),
                tokenTypes: values_default(this.tokensMap),
                grammarName: className2
              });
              this.definitionErrors = this.definitionErrors.concat(validationErrors, lookaheadValidationErrors);
            }
          });
          if (isEmpty_default(this.definitionErrors)) {
            if (this.recoveryEnabled) {
              this.TRACE_INIT("computeAllProdsFollows", () => {
                const allFollows = computeAllProdsFollows(values_default(this.gastProductionsCache));
                this.resyncFollows = allFollows;
              });
            }
            this.TRACE_INIT("ComputeLookaheadFunctions", () => {
              var _a, _b;
              (_b = (_a = this.lookaheadStrategy).initialize) === null || _b === void 0 ? void 0 : _b.call(_a, {
                rules: values_default(this.gastProductionsCache)
              });
              this.preComputeLookaheadFunctions(values_default(this.gastProductionsCache));
            });
          }
          if (!_Parser.DEFER_DEFINITION_ERRORS_HANDLING && !isEmpty_default(this.definitionErrors)) {
            defErrorsMsgs = map_default(this.definitionErrors, (defError) => defError.message);
            throw new Error(`Parser Definition Errors detected:
 ${defErrorsMsgs.join("\n-------------------------------\n")}`);
          }
        });
      }
      constructor(tokenVocabulary, config) {
        this.definitionErrors = [];
        this.selfAnalysisDone = false;
        const that = this;
        that.initErrorHandler(config);
        that.initLexerAdapter();
        that.initLooksAhead(config);
        that.initRecognizerEngine(tokenVocabulary, config);
        that.initRecoverable(config);
        that.initTreeBuilder(config);
        that.initContentAssist();
        that.initGastRecorder(config);
        that.initPerformanceTracer(config);
        if (has_default(config, "ignoredIssues")) {
          throw new Error("The <ignoredIssues> IParserConfig property has been deprecated.\n	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.\n	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES\n	For further details.");
        }
        this.skipValidations = has_default(config, "skipValidations") ? config.skipValidations : DEFAULT_PARSER_CONFIG.skipValidations;
      }
    };
    Parser.DEFER_DEFINITION_ERRORS_HANDLING = false;
    applyMixins(Parser, [
      Recoverable,
      LooksAhead,
      TreeBuilder,
      LexerAdapter,
      RecognizerEngine,
      RecognizerApi,
      ErrorHandler,
      ContentAssist,
      GastRecorder,
      PerformanceTracer
    ]);
    CstParser = class extends Parser {
      constructor(tokenVocabulary, config = DEFAULT_PARSER_CONFIG) {
        const configClone = clone_default(config);
        configClone.outputCst = true;
        super(tokenVocabulary, configClone);
      }
    };
  }
});

// node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/model.js
var init_model2 = __esm({
  "node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/model.js"() {
    init_api2();
  }
});

// node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/generate.js
var init_generate = __esm({
  "node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/generate.js"() {
  }
});

// node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/api.js
var init_api4 = __esm({
  "node_modules/.pnpm/@chevrotain+cst-dts-gen@11.2.0/node_modules/@chevrotain/cst-dts-gen/lib/src/api.js"() {
    init_model2();
    init_generate();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/diagrams/render_public.js
var init_render_public = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/diagrams/render_public.js"() {
    init_version();
  }
});

// node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/api.js
var init_api5 = __esm({
  "node_modules/.pnpm/chevrotain@11.2.0/node_modules/chevrotain/lib/src/api.js"() {
    init_version();
    init_parser();
    init_lexer_public();
    init_tokens_public();
    init_lookahead();
    init_llk_lookahead();
    init_errors_public();
    init_exceptions_public();
    init_lexer_errors_public();
    init_api2();
    init_api2();
    init_api4();
    init_render_public();
  }
});

// packages/kfl/dist/lexer.js
var Name, Identifier, word, And, Or, Not, In, Exists, Contains, StartsWith, EndsWith, Matches, True, False, Null, AndAnd, OrOr, CompareOp, Eq, Neq, Gte, Lte, Gt, Lt, Bang, Plus, Minus, Star, Dot, Comma, LParen, RParen, LBracket, RBracket, Regex, StringLit, Unterminated, Duration, NumberLit, WhiteSpace, allTokens, kflLexer;
var init_lexer2 = __esm({
  "packages/kfl/dist/lexer.js"() {
    "use strict";
    init_api5();
    Name = createToken({ name: "Name", pattern: Lexer2.NA });
    Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_$][A-Za-z0-9_$]*/, categories: [Name] });
    word = (name, pattern) => createToken({ name, pattern, longer_alt: Identifier, categories: [Name] });
    And = word("And", /and|AND/);
    Or = word("Or", /or|OR/);
    Not = word("Not", /not|NOT/);
    In = word("In", /in|IN/);
    Exists = word("Exists", /exists/);
    Contains = word("Contains", /contains/);
    StartsWith = word("StartsWith", /startsWith/);
    EndsWith = word("EndsWith", /endsWith/);
    Matches = word("Matches", /matches/);
    True = word("True", /true/);
    False = word("False", /false/);
    Null = word("Null", /null|nil/);
    AndAnd = createToken({ name: "AndAnd", pattern: /&&/ });
    OrOr = createToken({ name: "OrOr", pattern: /\|\|/ });
    CompareOp = createToken({ name: "CompareOp", pattern: Lexer2.NA });
    Eq = createToken({ name: "Eq", pattern: /==/, categories: [CompareOp] });
    Neq = createToken({ name: "Neq", pattern: /!=/, categories: [CompareOp] });
    Gte = createToken({ name: "Gte", pattern: />=/, categories: [CompareOp] });
    Lte = createToken({ name: "Lte", pattern: /<=/, categories: [CompareOp] });
    Gt = createToken({ name: "Gt", pattern: />/, categories: [CompareOp] });
    Lt = createToken({ name: "Lt", pattern: /</, categories: [CompareOp] });
    Bang = createToken({ name: "Bang", pattern: /!/ });
    Plus = createToken({ name: "Plus", pattern: /\+/ });
    Minus = createToken({ name: "Minus", pattern: /-/ });
    Star = createToken({ name: "Star", pattern: /\*/ });
    Dot = createToken({ name: "Dot", pattern: /\./ });
    Comma = createToken({ name: "Comma", pattern: /,/ });
    LParen = createToken({ name: "LParen", pattern: /\(/ });
    RParen = createToken({ name: "RParen", pattern: /\)/ });
    LBracket = createToken({ name: "LBracket", pattern: /\[/ });
    RBracket = createToken({ name: "RBracket", pattern: /]/ });
    Regex = createToken({ name: "Regex", pattern: /r"(?:[^"\\\n]|\\.)*"|r'(?:[^'\\\n]|\\.)*'/ });
    StringLit = createToken({ name: "StringLit", pattern: /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/ });
    Unterminated = createToken({ name: "Unterminated", pattern: /r?["'](?:[^"'\\\n]|\\.)*(?:\\)?/ });
    Duration = createToken({ name: "Duration", pattern: /\d+(?:\.\d+)?(?:ms|s|m|h|d)(?![A-Za-z0-9_$])/ });
    NumberLit = createToken({ name: "NumberLit", pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/ });
    WhiteSpace = createToken({ name: "WhiteSpace", pattern: /\s+/, group: Lexer2.SKIPPED });
    allTokens = [
      WhiteSpace,
      Regex,
      StringLit,
      Unterminated,
      Duration,
      NumberLit,
      AndAnd,
      OrOr,
      Eq,
      Neq,
      Gte,
      Lte,
      Gt,
      Lt,
      Bang,
      Plus,
      Minus,
      Star,
      Dot,
      Comma,
      LParen,
      RParen,
      LBracket,
      RBracket,
      And,
      Or,
      Not,
      In,
      Exists,
      Contains,
      StartsWith,
      EndsWith,
      Matches,
      True,
      False,
      Null,
      Identifier,
      Name,
      CompareOp
    ];
    kflLexer = new Lexer2(allTokens, { positionTracking: "full", ensureOptimizations: false });
  }
});

// packages/kfl/dist/parser.js
var KflParser, kflParser;
var init_parser2 = __esm({
  "packages/kfl/dist/parser.js"() {
    "use strict";
    init_api5();
    init_lexer2();
    KflParser = class extends CstParser {
      constructor() {
        super(allTokens, { maxLookahead: 3, recoveryEnabled: false, nodeLocationTracking: "onlyOffset" });
        this.performSelfAnalysis();
      }
      query = this.RULE("query", () => {
        this.OPTION(() => this.SUBRULE(this.orExpr));
      });
      orExpr = this.RULE("orExpr", () => {
        this.SUBRULE(this.andExpr);
        this.MANY(() => {
          this.OR([{ ALT: () => this.CONSUME(Or) }, { ALT: () => this.CONSUME(OrOr) }]);
          this.SUBRULE2(this.andExpr);
        });
      });
      andExpr = this.RULE("andExpr", () => {
        this.SUBRULE(this.unary);
        this.MANY(() => {
          this.OR([{ ALT: () => this.CONSUME(And) }, { ALT: () => this.CONSUME(AndAnd) }]);
          this.SUBRULE2(this.unary);
        });
      });
      unary = this.RULE("unary", () => {
        this.OR([
          {
            ALT: () => {
              this.OR2([{ ALT: () => this.CONSUME(Not) }, { ALT: () => this.CONSUME(Bang) }]);
              this.SUBRULE(this.unary);
            }
          },
          { ALT: () => this.SUBRULE(this.comparison) }
        ]);
      });
      comparison = this.RULE("comparison", () => {
        this.SUBRULE(this.additive);
        this.OPTION(() => {
          this.OR([
            {
              ALT: () => {
                this.OR2([
                  { ALT: () => this.CONSUME(CompareOp) },
                  { ALT: () => this.CONSUME(Contains) },
                  { ALT: () => this.CONSUME(StartsWith) },
                  { ALT: () => this.CONSUME(EndsWith) },
                  { ALT: () => this.CONSUME(Matches) },
                  { ALT: () => this.CONSUME(In) }
                ]);
                this.SUBRULE2(this.additive);
              }
            },
            { ALT: () => this.CONSUME(Exists) }
          ]);
        });
      });
      additive = this.RULE("additive", () => {
        this.SUBRULE(this.signed);
        this.MANY(() => {
          this.OR([{ ALT: () => this.CONSUME(Plus) }, { ALT: () => this.CONSUME(Minus) }]);
          this.SUBRULE2(this.signed);
        });
      });
      signed = this.RULE("signed", () => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(Minus);
              this.SUBRULE(this.signed);
            }
          },
          { ALT: () => this.SUBRULE(this.primary) }
        ]);
      });
      primary = this.RULE("primary", () => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(LParen);
              this.SUBRULE(this.orExpr);
              this.CONSUME(RParen);
            }
          },
          { ALT: () => this.CONSUME(StringLit) },
          { ALT: () => this.CONSUME(NumberLit) },
          { ALT: () => this.CONSUME(Duration) },
          { ALT: () => this.CONSUME(Regex) },
          { ALT: () => this.CONSUME(True) },
          { ALT: () => this.CONSUME(False) },
          { ALT: () => this.CONSUME(Null) },
          { ALT: () => this.SUBRULE(this.list) },
          {
            ALT: () => {
              this.CONSUME(Exists);
              this.SUBRULE(this.args);
            }
          },
          {
            ALT: () => {
              this.CONSUME(Identifier);
              this.OPTION(() => this.SUBRULE2(this.args));
              this.MANY(() => this.SUBRULE(this.suffix));
            }
          }
        ]);
      });
      list = this.RULE("list", () => {
        this.CONSUME(LBracket);
        this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.additive) });
        this.CONSUME(RBracket);
      });
      args = this.RULE("args", () => {
        this.CONSUME(LParen);
        this.MANY_SEP({ SEP: Comma, DEF: () => this.SUBRULE(this.orExpr) });
        this.CONSUME(RParen);
      });
      suffix = this.RULE("suffix", () => {
        this.OR([
          {
            ALT: () => {
              this.CONSUME(Dot);
              this.OR2([
                {
                  ALT: () => {
                    this.CONSUME(Name);
                    this.OPTION(() => this.SUBRULE(this.args));
                  }
                },
                { ALT: () => this.CONSUME(Star) }
              ]);
            }
          },
          {
            ALT: () => {
              this.CONSUME(LBracket);
              this.OR3([
                { ALT: () => this.CONSUME2(StringLit) },
                { ALT: () => this.CONSUME2(NumberLit) },
                { ALT: () => this.CONSUME2(Star) }
              ]);
              this.CONSUME(RBracket);
            }
          }
        ]);
      });
    };
    kflParser = new KflParser();
  }
});

// packages/kfl/dist/resolve.js
function printPath(path, leadingDot) {
  let out = "";
  for (const s of path) {
    if ("any" in s)
      out += "[*]";
    else if ("index" in s)
      out += `[${s.index}]`;
    else if (IDENT.test(s.key))
      out += out === "" && !leadingDot ? s.key : `.${s.key}`;
    else
      out += `[${JSON.stringify(s.key)}]`;
  }
  return out;
}
function foldHeaderKeys(path) {
  return path.map((s, i) => {
    const prev = path[i - 1];
    if (i > 0 && "key" in s && prev && "key" in prev && CASE_INSENSITIVE_PARENTS.has(prev.key))
      return { key: s.key.toLowerCase() };
    return s;
  });
}
function resolveField(written, span) {
  const root2 = written[0];
  if (!root2 || !("key" in root2))
    return void 0;
  const path = foldHeaderKeys(written);
  const text4 = printPath(path, false);
  if (Object.hasOwn(NAMESPACES, root2.key) && !ROOTS.has(root2.key)) {
    const member2 = path[1];
    const protocols = [...NAMESPACES[root2.key] ?? []];
    if (!member2 || !("key" in member2))
      return { kind: "field", text: text4, path: [{ key: "request" }, ...path.slice(1)], protocols, span };
    const spec = fieldByName(`${root2.key}.${member2.key}`);
    const rest = path.slice(2);
    if (!spec)
      return { kind: "field", text: text4, path: [{ key: "request" }, ...path.slice(1)], protocols, span };
    const resolved2 = [...spec.path.map((key) => ({ key })), ...rest];
    return {
      kind: "field",
      text: text4,
      path: resolved2,
      ...spec.type && rest.length === 0 ? { type: spec.type } : {},
      protocols: [...spec.protocols ?? protocols],
      span
    };
  }
  if (!ROOTS.has(root2.key))
    return void 0;
  let resolved = path;
  const keys2 = keysOf(path.slice(0, 2));
  if (keys2 && keys2.join(".") === "response.latency")
    resolved = [{ key: "elapsedTime" }, ...path.slice(2)];
  const allKeys = keysOf(resolved);
  const typed = allKeys ? typedFieldAtPath(allKeys.join(".")) : void 0;
  return { kind: "field", text: text4, path: resolved, ...typed?.type ? { type: typed.type } : {}, span };
}
function bodyAsText(field2) {
  const p = field2.path;
  const a = p[0];
  const b = p[1];
  if (p.length === 2 && a && b && "key" in a && "key" in b && (a.key === "request" || a.key === "response") && b.key === "body") {
    return { ...field2, path: [...p, { key: "text" }] };
  }
  return field2;
}
function hasWildcard(path) {
  return path.some((s) => "any" in s);
}
var IDENT, keysOf;
var init_resolve = __esm({
  "packages/kfl/dist/resolve.js"() {
    "use strict";
    init_fields();
    IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
    keysOf = (path) => {
      const out = [];
      for (const s of path) {
        if (!("key" in s))
          return void 0;
        out.push(s.key);
      }
      return out;
    };
  }
});

// packages/kfl/dist/build.js
function checkLimits(e, top, b) {
  if (e.kind === "limit" && !top)
    b.fail("limit() must be joined to the query with and at the top level", e.span);
  if (e.kind === "and")
    for (const i of e.items)
      checkLimits(i, top, b);
  else if (e.kind === "or")
    for (const i of e.items)
      checkLimits(i, false, b);
  else if (e.kind === "not")
    checkLimits(e.expr, false, b);
}
function buildAst(cst, ctx) {
  const outer = builder.ctx;
  builder.ctx = ctx;
  try {
    return builder.visit(cst);
  } finally {
    builder.ctx = outer;
  }
}
var FUNCTIONS, DURATION_MS, BaseVisitor, spanOf, join, Builder, builder;
var init_build = __esm({
  "packages/kfl/dist/build.js"() {
    "use strict";
    init_errors2();
    init_fields();
    init_literals();
    init_parser2();
    init_resolve();
    FUNCTIONS = ["now", "seconds", "minutes", "hours", "days", "datetime", "len", "lower", "upper", "json", "limit", "exists"];
    DURATION_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
    BaseVisitor = kflParser.getBaseCstVisitorConstructor();
    spanOf = (n) => {
      if ("image" in n)
        return { offset: n.startOffset, length: n.image.length };
      const loc = n.location;
      const start = loc?.startOffset ?? 0;
      const end2 = loc?.endOffset ?? start;
      return { offset: start, length: Number.isNaN(end2) ? 0 : end2 - start + 1 };
    };
    join = (a, b) => ({ offset: a.offset, length: b.offset + b.length - a.offset });
    Builder = class extends BaseVisitor {
      /** Set for each build; one Builder is reused like the parser. */
      ctx = { text: "", macro: () => void 0 };
      fail(message, span) {
        throw new KflError(message, positionAt(this.ctx.text, span.offset, span.length));
      }
      nodes(c, name) {
        return c[name] ?? [];
      }
      toks(c, name) {
        return c[name] ?? [];
      }
      asExpr(t) {
        if ("expr" in t)
          return t.expr;
        const o = t.op;
        if (o.kind === "literal" && typeof o.value === "boolean")
          return { kind: "const", value: o.value, span: o.span };
        if (o.kind === "field" || o.kind === "json" || o.kind === "fn")
          return { kind: "truthy", operand: o, span: o.span };
        return this.fail("expected a condition, found a value (compare it with ==, !=, <, >, contains, in \u2026)", t.span);
      }
      asOperand(t) {
        if ("op" in t)
          return t.op;
        if (t.expr.kind === "macro" && isRoot(t.expr.name))
          return resolveField([{ key: t.expr.name }], t.span);
        return this.fail("expected a value, found a condition", t.span);
      }
      /** A value that is compared: `request.body` means its text. */
      value(t) {
        const o = this.asOperand(t);
        if (o.kind === "regex")
          this.fail("a regex can only follow ==, != or matches", o.span);
        if (o.kind === "list")
          this.fail("a list can only follow in", o.span);
        return o.kind === "field" ? bodyAsText(o) : o;
      }
      query(c) {
        const or2 = this.nodes(c, "orExpr")[0];
        if (!or2)
          return { kind: "all" };
        const expr2 = this.asExpr(this.visit(or2));
        checkLimits(expr2, true, this);
        return expr2;
      }
      orExpr(c) {
        return this.chain(c, "andExpr", "or");
      }
      andExpr(c) {
        return this.chain(c, "unary", "and");
      }
      chain(c, child, kind) {
        const terms = this.nodes(c, child).map((n) => this.visit(n));
        if (terms.length === 1)
          return terms[0];
        const items = terms.flatMap((t) => {
          const e = this.asExpr(t);
          return e.kind === kind ? e.items : [e];
        });
        return { expr: { kind, items }, span: join(terms[0].span, terms[terms.length - 1].span) };
      }
      unary(c) {
        const inner = this.nodes(c, "unary")[0];
        if (!inner)
          return this.visit(this.nodes(c, "comparison")[0]);
        const op = this.toks(c, "Not")[0] ?? this.toks(c, "Bang")[0];
        const t = this.visit(inner);
        const span = join(spanOf(op), t.span);
        return { expr: { kind: "not", expr: this.asExpr(t), span }, span };
      }
      comparison(c) {
        const [leftNode, rightNode] = this.nodes(c, "additive");
        const left = this.visit(leftNode);
        const exists = this.toks(c, "Exists")[0];
        if (exists) {
          const span2 = join(left.span, spanOf(exists));
          return { expr: { kind: "exists", operand: this.existsOperand(left), call: false, span: span2 }, span: span2 };
        }
        if (!rightNode)
          return left;
        const right = this.visit(rightNode);
        const span = join(left.span, right.span);
        const cmp = this.toks(c, "CompareOp")[0];
        if (cmp)
          return { expr: this.compare(cmp.image, left, right, span), span };
        const isIn = this.toks(c, "In")[0];
        if (isIn)
          return { expr: this.inExpr(left, right, span), span };
        const opTok = this.toks(c, "Contains")[0] ?? this.toks(c, "StartsWith")[0] ?? this.toks(c, "EndsWith")[0] ?? this.toks(c, "Matches")[0];
        return { expr: this.match(opTok.image, left, right, false, span), span };
      }
      existsOperand(t) {
        const o = this.asOperand(t);
        if (o.kind !== "field" && o.kind !== "json")
          this.fail("exists needs a field", t.span);
        return o;
      }
      compare(op, l, r, span) {
        const ro = this.asOperand(r);
        if (ro.kind === "regex" && (op === "==" || op === "!=")) {
          const m = this.match("matches", l, r, false, span);
          return op === "==" ? m : { kind: "not", expr: m, span };
        }
        const lo = this.asOperand(l);
        const nullTest = (o) => o.kind === "literal" && o.value === null;
        const left = nullTest(ro) && lo.kind === "field" ? lo : this.value(l);
        const right = nullTest(lo) && ro.kind === "field" ? ro : this.value(r);
        return { kind: "compare", op, left, right, span };
      }
      inExpr(l, r, span) {
        let left = this.value(l);
        const right = this.asOperand(r);
        const last2 = right.kind === "field" ? right.path[right.path.length - 1] : void 0;
        if (last2 && "key" in last2 && CASE_INSENSITIVE_PARENTS.has(last2.key) && left.kind === "literal" && typeof left.value === "string") {
          left = { ...left, value: left.value.toLowerCase() };
        }
        if (right.kind !== "list" && right.kind !== "field" && right.kind !== "json") {
          this.fail("expected a list or a field after in", r.span);
        }
        return { kind: "in", left, right, span };
      }
      match(op, l, r, method, span) {
        const left = this.value(l);
        let right = this.asOperand(r);
        if (op === "matches") {
          if (right.kind === "literal" && typeof right.value === "string") {
            const checked = checkRegex(right.value);
            if ("error" in checked)
              this.fail(checked.error, right.span);
            right = { kind: "regex", source: right.value, span: right.span };
          }
          if (right.kind !== "regex")
            this.fail('matches needs a regex (r"...") or a string', r.span);
        } else if (right.kind === "regex") {
          this.fail(`${op} needs a string, not a regex (use matches)`, r.span);
        } else {
          right = this.value(r);
        }
        return { kind: "match", op, left, right, method, span };
      }
      additive(c) {
        const terms = this.nodes(c, "signed").map((n) => this.visit(n));
        const ops = [...this.toks(c, "Plus"), ...this.toks(c, "Minus")].sort((a, b) => a.startOffset - b.startOffset);
        let acc = terms[0];
        for (let i = 1; i < terms.length; i++) {
          const right = terms[i];
          const a = this.constant(acc);
          const b = this.constant(right);
          const span = join(acc.span, right.span);
          acc = { op: { kind: "arith", op: ops[i - 1].image, left: a, right: b, span }, span };
        }
        return acc;
      }
      constant(t) {
        const o = this.asOperand(t);
        const ok = (x) => x.kind === "literal" && typeof x.value === "number" || x.kind === "time" || x.kind === "arith" && ok(x.left) && ok(x.right);
        if (!ok(o))
          this.fail("+ and - work on numbers, durations and times only", t.span);
        return o;
      }
      signed(c) {
        const inner = this.nodes(c, "signed")[0];
        if (!inner)
          return this.visit(this.nodes(c, "primary")[0]);
        const minus = this.toks(c, "Minus")[0];
        const t = this.visit(inner);
        const o = this.asOperand(t);
        const span = join(spanOf(minus), t.span);
        if (o.kind !== "literal" || typeof o.value !== "number")
          return this.fail("unary - needs a number or a duration", t.span);
        return { op: { kind: "literal", value: -o.value, ...o.raw ? { raw: `-${o.raw}` } : {}, span }, span };
      }
      primary(c) {
        const paren = this.nodes(c, "orExpr")[0];
        if (paren) {
          const inner = this.visit(paren);
          return "expr" in inner ? inner : { op: inner.op, span: inner.span };
        }
        const list = this.nodes(c, "list")[0];
        if (list)
          return this.visit(list);
        const tok = (k) => this.toks(c, k)[0];
        const lit = (value2, t2, raw2) => {
          const span = spanOf(t2);
          return { op: { kind: "literal", value: value2, ...raw2 !== void 0 ? { raw: raw2 } : {}, span }, span };
        };
        let t;
        if (t = tok("StringLit"))
          return lit(this.string(t), t);
        if (t = tok("NumberLit"))
          return lit(Number(t.image), t);
        if (t = tok("Duration")) {
          const [, n, unit] = /^([\d.]+)([a-z]+)$/.exec(t.image);
          return lit(Number(n) * DURATION_MS[unit], t, t.image);
        }
        if (t = tok("Regex")) {
          const source = t.image.slice(2, -1);
          const checked = checkRegex(source);
          if ("error" in checked)
            this.fail(checked.error, spanOf(t));
          return { op: { kind: "regex", source, span: spanOf(t) }, span: spanOf(t) };
        }
        if (t = tok("True"))
          return lit(true, t);
        if (t = tok("False"))
          return lit(false, t);
        if (t = tok("Null"))
          return lit(null, t, t.image === "nil" ? "nil" : void 0);
        const args = this.nodes(c, "args")[0];
        if (t = tok("Exists"))
          return this.existsCall(t, args);
        const id = tok("Identifier");
        const suffixes = this.nodes(c, "suffix");
        if (args)
          return this.call(id, args, suffixes);
        return this.word(id, suffixes);
      }
      string(t) {
        const r = unescapeString(t.image);
        if ("error" in r)
          this.fail(r.error, { offset: t.startOffset + r.at, length: 2 });
        return r.value;
      }
      list(c) {
        const span = spanOf(c.LBracket?.[0]);
        const end2 = spanOf(c.RBracket?.[0]);
        const items = this.nodes(c, "additive").map((n) => {
          const t = this.visit(n);
          const o = this.asOperand(t);
          if (o.kind !== "literal")
            this.fail("list items must be literal values", t.span);
          return o;
        });
        const s = join(span, end2);
        return { op: { kind: "list", items, span: s }, span: s };
      }
      args(c) {
        return this.nodes(c, "orExpr").map((n) => this.visit(n));
      }
      existsCall(t, argsNode) {
        const args = this.visit(argsNode);
        const span = join(spanOf(t), spanOf(argsNode));
        if (args.length !== 1)
          this.fail("exists() takes one field", span);
        return { expr: { kind: "exists", operand: this.existsOperand(args[0]), call: true, span }, span };
      }
      /** `name(args) suffix*`: helpers and `limit`. */
      call(id, argsNode, suffixes) {
        const name = id.image;
        const args = this.visit(argsNode);
        const span = join(spanOf(id), spanOf(suffixes[suffixes.length - 1] ?? argsNode));
        if (!FUNCTIONS.includes(name))
          this.fail(`unknown function "${name}" (known: ${FUNCTIONS.join(", ")})`, spanOf(id));
        if (name !== "json" && suffixes.length > 0)
          this.fail(`${name}() cannot be followed by a path`, spanOf(suffixes[0]));
        const arity = name === "now" ? 0 : 1;
        if (args.length !== arity)
          this.fail(`${name}() takes ${arity === 0 ? "no arguments" : "one argument"}`, span);
        const arg = args[0];
        const num2 = () => {
          const o = this.asOperand(arg);
          if (o.kind !== "literal" || typeof o.value !== "number")
            return this.fail(`${name}() needs a number`, arg.span);
          return o.value;
        };
        switch (name) {
          case "now":
            return { op: { kind: "time", fn: "now", n: 0, span }, span };
          case "seconds":
          case "minutes":
          case "hours":
          case "days":
            return { op: { kind: "time", fn: name, n: num2(), span }, span };
          case "datetime": {
            const o = this.asOperand(arg);
            const ms = o.kind === "literal" && typeof o.value === "string" ? Date.parse(o.value) : NaN;
            if (Number.isNaN(ms))
              this.fail('datetime() needs an ISO date string like "2026-01-31T10:00:00Z"', arg.span);
            return { op: { kind: "literal", value: ms, raw: `datetime(${JSON.stringify(o.value)})`, span }, span };
          }
          case "limit": {
            const n = num2();
            if (!Number.isInteger(n) || n < 1)
              this.fail("limit() needs a positive whole number", arg.span);
            return { expr: { kind: "limit", n, span }, span };
          }
          case "json": {
            const path = this.segments(suffixes);
            const o = this.value(arg);
            if (o.kind === "field" && hasWildcard(o.path))
              this.fail("json() takes a single field, without [*]", arg.span);
            return { op: { kind: "json", arg: o, path, pathText: printPath(path, true), span }, span };
          }
          default: {
            const o = this.value(arg);
            if (o.kind === "field" && hasWildcard(o.path))
              this.fail(`${name}() takes a single field, without [*]`, arg.span);
            return { op: { kind: "fn", fn: name, arg: o, span }, span };
          }
        }
      }
      /** A bare word or a path: macro, field, or a method call at the end of a path. */
      word(id, suffixes) {
        const last2 = suffixes[suffixes.length - 1];
        const lastArgs = last2 ? this.nodes(last2.children, "args")[0] : void 0;
        if (last2 && lastArgs) {
          const nameTok = this.toks(last2.children, "Name")[0];
          const method = nameTok.image;
          if (!["contains", "startsWith", "endsWith", "matches"].includes(method)) {
            this.fail(`unknown method "${method}" (known: contains, startsWith, endsWith, matches)`, spanOf(nameTok));
          }
          const fieldTerm = this.word(id, suffixes.slice(0, -1));
          const args = this.visit(lastArgs);
          const span2 = join(spanOf(id), spanOf(last2));
          if (args.length !== 1)
            this.fail(`${method}() takes one argument`, span2);
          return { expr: this.match(method, fieldTerm, args[0], true, span2), span: span2 };
        }
        const span = join(spanOf(id), last2 ? spanOf(last2) : spanOf(id));
        if (suffixes.length === 0 && !ROOTS.has(id.image)) {
          const macro = this.ctx.macro(id.image, span);
          if (macro)
            return { expr: macro, span };
        }
        const path = [{ key: id.image }, ...this.segments(suffixes)];
        const field2 = resolveField(path, span);
        if (!field2) {
          if (suffixes.length === 0)
            this.fail(`unknown macro or field "${id.image}"`, span);
          this.fail(`unknown field "${printPath(path, false)}": fields start with request, response, src, dst, protocol, \u2026 or a protocol name like redis`, spanOf(id));
        }
        return { op: field2, span };
      }
      segments(suffixes) {
        return suffixes.map((s) => {
          const c = s.children;
          if (this.nodes(c, "args")[0])
            this.fail("a method call must come last", spanOf(s));
          if (c.Star)
            return { any: true };
          const name = this.toks(c, "Name")[0];
          if (name)
            return { key: name.image };
          const str4 = this.toks(c, "StringLit")[0];
          if (str4)
            return { key: this.string(str4) };
          const num2 = this.toks(c, "NumberLit")[0];
          const index = Number(num2.image);
          if (!Number.isInteger(index))
            this.fail("a list index must be a whole number", spanOf(num2));
          return { index };
        });
      }
      // The CST visitor validation wants every rule to have a method.
      suffix() {
      }
    };
    builder = new Builder();
  }
});

// packages/kfl/dist/macros.js
var HTTP_LIKE, BUILTIN_MACROS, MACRO_NAME;
var init_macros = __esm({
  "packages/kfl/dist/macros.js"() {
    "use strict";
    HTTP_LIKE = '["http", "http2", "graphql"]';
    BUILTIN_MACROS = {
      http: 'protocol.name in ["http", "http2"]',
      http2: 'protocol.name == "http2"',
      grpc: 'protocol.name == "grpc"',
      graphql: 'protocol.name == "graphql"',
      gql: 'protocol.name == "graphql"',
      redis: 'protocol.name == "redis"',
      kafka: 'protocol.name == "kafka"',
      amqp: 'protocol.name == "amqp"',
      rabbitmq: 'protocol.name == "amqp"',
      postgres: 'protocol.name == "postgres"',
      mysql: 'protocol.name == "mysql"',
      dns: 'protocol.name == "dns"',
      tcp: 'transport == "tcp"',
      udp: 'transport == "udp"',
      tls: "tls",
      /** HTTP-like: status ≥ 400; every other protocol: a status other than 0. */
      error: `(protocol.name in ${HTTP_LIKE} and response.status >= 400) or (not protocol.name in ${HTTP_LIKE} and response.status != null and response.status != 0)`,
      /** A request that never got a response. */
      timeout: "request != null and response == null"
    };
    MACRO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
  }
});

// packages/kfl/dist/parse.js
function lexOrThrow(text4) {
  if (text4.length > MAX_QUERY_LENGTH)
    throw new KflError(`query longer than ${MAX_QUERY_LENGTH} characters`, positionAt(text4, MAX_QUERY_LENGTH, 0));
  const lexed = kflLexer.tokenize(text4);
  const bad = lexed.errors[0];
  if (bad) {
    const ch5 = text4.slice(bad.offset, bad.offset + 1);
    throw new KflError(`unexpected character ${JSON.stringify(ch5)}`, positionAt(text4, bad.offset, bad.length || 1));
  }
  const open = lexed.tokens.find((t) => t.tokenType === Unterminated);
  if (open)
    throw new KflError("unterminated string", positionAt(text4, open.startOffset, open.image.length));
  return lexed.tokens;
}
function expectedAfter(before) {
  return kflParser.computeContentAssist("query", before).map((p) => p.nextTokenType);
}
function describeExpected(types) {
  const names2 = [...new Set(types.map((t) => t.name))];
  const list = [...new Set(names2.map((n) => FRIENDLY[n] ?? n))];
  if (names2.some((n) => VALUE_START.has(n)) && names2.every((n) => VALUE_START.has(n) || n === "Exists" || n === "Not" || n === "Bang")) {
    return { what: "a value", list };
  }
  if (names2.length === 0)
    return { what: "the end of the query", list: ["the end of the query"] };
  if (names2.includes("RParen"))
    return { what: '")"', list };
  if (names2.includes("RBracket") && !names2.includes("Comma"))
    return { what: '"]"', list };
  const what = list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} or ${list[list.length - 1]}`;
  return { what, list };
}
function syntaxError(text4, tokens, e) {
  const tok = e.token;
  const atEnd = tok.tokenType.name === "EOF" || Number.isNaN(tok.startOffset);
  const index = atEnd ? tokens.length : tokens.findIndex((t) => t.startOffset === tok.startOffset);
  const before = tokens.slice(0, Math.max(0, index));
  const prev = before[before.length - 1];
  let expected;
  if (e.name === "NotAllInputParsedException") {
    const next = expectedAfter(before);
    expected = describeExpected(next);
    expected = { what: `and, or${next.length > 2 ? ", an operator" : ""} or the end of the query`, list: [...expected.list, "the end of the query"] };
  } else {
    expected = describeExpected(expectedAfter(before));
  }
  const after = prev ? ` after ${JSON.stringify(prev.image)}` : "";
  const found = atEnd ? "" : `, found ${JSON.stringify(tok.image)}`;
  const offset = atEnd ? text4.length : tok.startOffset;
  const length = atEnd ? 0 : tok.image.length;
  return new KflError(`expected ${expected.what}${after}${found}`, positionAt(text4, offset, length), expected.list);
}
function parseWith(text4, macro) {
  const tokens = lexOrThrow(text4);
  kflParser.input = tokens;
  const cst = kflParser.query();
  const err = kflParser.errors[0];
  if (err)
    throw syntaxError(text4, tokens, err);
  return buildAst(cst, { text: text4, macro });
}
function macroResolver(text4, options) {
  const user = options?.macros;
  if (user && !userCache.has(user)) {
    for (const name of Object.keys(user)) {
      if (!MACRO_NAME.test(name) || isRoot(name) || Object.hasOwn(BUILTIN_MACROS, name)) {
        throw new KflError(`macro name "${name}" is not allowed (it must be a new word, not a field root or built-in macro)`, positionAt(text4, 0, 0));
      }
    }
  }
  const cache = user ? userCache.get(user) ?? /* @__PURE__ */ new Map() : builtinCache;
  if (user)
    userCache.set(user, cache);
  const expanding = /* @__PURE__ */ new Set();
  const resolve = (name, span) => {
    const own = user && Object.hasOwn(user, name) ? user[name] : void 0;
    const source = own ?? (Object.hasOwn(BUILTIN_MACROS, name) ? BUILTIN_MACROS[name] : void 0);
    if (source === void 0)
      return void 0;
    let body2 = cache.get(name);
    if (!body2) {
      if (expanding.has(name))
        throw new KflError(`macro "${name}" refers to itself`, positionAt(text4, span.offset, span.length));
      expanding.add(name);
      try {
        const inner = parseWith(source, resolve);
        if (inner.kind === "all")
          throw new KflError("empty macro", positionAt(source, 0, 0));
        body2 = inner;
      } catch (e) {
        if (!(e instanceof KflError) || e.message.startsWith("in macro"))
          throw e;
        throw new KflError(`in macro "${name}" (${JSON.stringify(source)}): ${e.message.replace(/ at \d+:\d+$/, "")}`, positionAt(text4, span.offset, span.length), e.expected, { cause: e });
      } finally {
        expanding.delete(name);
      }
      cache.set(name, body2);
    }
    return { kind: "macro", name, expr: body2, span };
  };
  return resolve;
}
function parse2(query, options) {
  if (typeof query !== "string")
    throw new KflError("query must be a string", { line: 1, column: 1, offset: 0, length: 0 });
  try {
    return parseWith(query, macroResolver(query, options));
  } catch (e) {
    if (e instanceof KflError)
      throw e;
    throw new KflError(`internal error: ${e?.message ?? String(e)}`, positionAt(query, 0, query.length), void 0, { cause: e });
  }
}
var MAX_QUERY_LENGTH, FRIENDLY, VALUE_START, builtinCache, userCache;
var init_parse = __esm({
  "packages/kfl/dist/parse.js"() {
    "use strict";
    init_build();
    init_errors2();
    init_fields();
    init_lexer2();
    init_macros();
    init_parser2();
    MAX_QUERY_LENGTH = 64 * 1024;
    FRIENDLY = {
      StringLit: "a string",
      NumberLit: "a number",
      Duration: "a duration",
      Regex: "a regex",
      Identifier: "a field or macro",
      True: "true",
      False: "false",
      Null: "null",
      LParen: "(",
      RParen: ")",
      LBracket: "[",
      RBracket: "]",
      Comma: ",",
      Dot: ".",
      Minus: "-",
      Plus: "+",
      And: "and",
      AndAnd: "&&",
      Or: "or",
      OrOr: "||",
      Not: "not",
      Bang: "!",
      In: "in",
      Exists: "exists",
      Contains: "contains",
      StartsWith: "startsWith",
      EndsWith: "endsWith",
      Matches: "matches",
      CompareOp: "a comparison (==, !=, <, <=, >, >=)",
      Name: "a name",
      Star: "*"
    };
    VALUE_START = /* @__PURE__ */ new Set(["StringLit", "NumberLit", "Duration", "Regex", "Identifier", "True", "False", "Null", "LBracket", "LParen", "Minus"]);
    builtinCache = /* @__PURE__ */ new Map();
    userCache = /* @__PURE__ */ new WeakMap();
  }
});

// packages/kfl/dist/values.js
function eq2(a, b) {
  if (a === null || a === void 0 || b === null || b === void 0)
    return (a ?? null) === (b ?? null);
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb)
    return ta === "object" ? false : a === b;
  if (ta === "number" && tb === "string")
    return isNumericString(b) && Number(b) === a;
  if (ta === "string" && tb === "number")
    return isNumericString(a) && Number(a) === b;
  return false;
}
function ordered(op, a, b) {
  switch (op) {
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    default:
      return false;
  }
}
function compare(op, a, b) {
  if (op === "==")
    return eq2(a, b);
  if (op === "!=")
    return !eq2(a, b);
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "number" && tb === "number")
    return ordered(op, a, b);
  if (ta === "string" && tb === "string")
    return ordered(op, a, b);
  if (ta === "number" && tb === "string")
    return isNumericString(b) && ordered(op, a, Number(b));
  if (ta === "string" && tb === "number")
    return isNumericString(a) && ordered(op, Number(a), b);
  return false;
}
function truthy(v) {
  if (v === null || v === void 0)
    return false;
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "object":
      return Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0;
    default:
      return false;
  }
}
function step(v, s) {
  if ("key" in s)
    return isMap2(v) && Object.hasOwn(v, s.key) ? v[s.key] : null;
  if ("index" in s)
    return Array.isArray(v) && s.index < v.length ? v[s.index] : null;
  return null;
}
function collect(root2, path, from = 0, out = []) {
  let v = root2;
  for (let i = from; i < path.length; i++) {
    const s = path[i];
    if ("any" in s) {
      const items = Array.isArray(v) ? v : isMap2(v) ? Object.values(v) : [];
      for (const item of items)
        collect(item, path, i + 1, out);
      return out;
    }
    if ("key" in s) {
      if (!isMap2(v) || !Object.hasOwn(v, s.key))
        return out;
      v = v[s.key];
    } else {
      if (!Array.isArray(v) || s.index >= v.length)
        return out;
      v = v[s.index];
    }
    if ((v === null || v === void 0) && i < path.length - 1)
      return out;
  }
  out.push(v);
  return out;
}
function len(v) {
  if (typeof v === "string" || Array.isArray(v))
    return v.length;
  if (isMap2(v))
    return Object.keys(v).length;
  return null;
}
function asciiLower(s) {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function asciiUpper(s) {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
var NUMERIC_STRING, isNumericString, isMap2;
var init_values2 = __esm({
  "packages/kfl/dist/values.js"() {
    "use strict";
    NUMERIC_STRING = /^-?[0-9]+(?:\.[0-9]+)?$/;
    isNumericString = (s) => NUMERIC_STRING.test(s);
    isMap2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
});

// packages/kfl/dist/predicate.js
function getter(path) {
  const steps = path.map((s) => {
    if ("key" in s && !(s.key in Object.prototype)) {
      const k = s.key;
      return (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v[k] ?? null : null;
    }
    return (v) => step(v, s);
  });
  if (steps.length === 1)
    return steps[0];
  if (steps.length === 2) {
    const [a, b] = steps;
    return (e) => {
      const v = a(e);
      return v === null ? null : b(v);
    };
  }
  return (e) => {
    let v = e;
    for (const s of steps) {
      v = s(v);
      if (v === null)
        return null;
    }
    return v;
  };
}
function field(f) {
  const guard = f.protocols;
  const guarded = (g) => guard ? (e) => {
    const p = PROTOCOL_NAME(e);
    return typeof p === "string" && guard.includes(p) ? g(e) : null;
  } : g;
  if (f.path.some((s) => "any" in s)) {
    const path = f.path;
    const all = (e) => collect(e, path);
    return { multi: true, all: guard ? (e) => guarded(() => true)(e) ? all(e) : [] : all };
  }
  const raw2 = getter(f.path);
  const type = f.type;
  const typed = type ? (e) => {
    const v = raw2(e);
    return typeof v === type ? v : null;
  } : raw2;
  return { multi: false, get: guarded(typed) };
}
function operand(o, now) {
  switch (o.kind) {
    case "field":
      return field(o);
    case "literal": {
      const v = o.value;
      return { multi: false, get: () => v };
    }
    case "time": {
      const ms = o.n * UNITS[o.fn];
      return { multi: false, get: () => now() - ms };
    }
    case "arith": {
      const l = single(operand(o.left, now));
      const r = single(operand(o.right, now));
      const sign = o.op === "+" ? 1 : -1;
      return { multi: false, get: (e) => l(e) + sign * r(e) };
    }
    case "fn": {
      const a = single(operand(o.arg, now));
      if (o.fn === "len")
        return { multi: false, get: (e) => len(a(e)) };
      const fold = o.fn === "lower" ? asciiLower : asciiUpper;
      return { multi: false, get: (e) => {
        const v = a(e);
        return typeof v === "string" ? fold(v) : null;
      } };
    }
    case "json": {
      const a = single(operand(o.arg, now));
      const path = o.path;
      const parse3 = (e) => {
        const v = a(e);
        if (typeof v !== "string")
          return null;
        try {
          return JSON.parse(v);
        } catch {
          return null;
        }
      };
      if (path.some((s) => "any" in s))
        return { multi: true, all: (e) => collect(parse3(e), path) };
      return { multi: false, get: (e) => path.reduce((v, s) => v === null || v === void 0 ? null : step(v, s), parse3(e)) ?? null };
    }
    case "list": {
      const items = o.items.map((i) => i.value);
      return { multi: false, get: () => items };
    }
    case "regex":
      return { multi: false, get: () => o.source };
  }
}
function quantified(l, r, test) {
  if (!l.multi && !r.multi) {
    const a = l.get;
    const b = r.get;
    return (e) => test(a(e), b(e));
  }
  const lefts = l.multi ? l.all : (e) => [l.get(e)];
  const rights = r.multi ? r.all : (e) => [r.get(e)];
  return (e) => {
    const rs = rights(e);
    return lefts(e).some((a) => rs.some((b) => test(a, b)));
  };
}
function compareExpr(op, l, r, lo, ro) {
  if (op === "!=") {
    const p = compareExpr("==", l, r, lo, ro);
    return (e) => !p(e);
  }
  const isNull2 = (o) => o.kind === "literal" && o.value === null;
  const nullEq = op === "==" && (isNull2(lo) || isNull2(ro));
  if (!l.multi && ro.kind === "literal" && typeof ro.value === "number" && lo.kind === "field" && lo.type === "number") {
    const g = l.get;
    const n = ro.value;
    switch (op) {
      case "==":
        return (e) => g(e) === n;
      case ">":
        return (e) => {
          const v = g(e);
          return v !== null && v > n;
        };
      case ">=":
        return (e) => {
          const v = g(e);
          return v !== null && v >= n;
        };
      case "<":
        return (e) => {
          const v = g(e);
          return v !== null && v < n;
        };
      case "<=":
        return (e) => {
          const v = g(e);
          return v !== null && v <= n;
        };
    }
  }
  const multi = l.multi ? l : r.multi ? r : void 0;
  if (nullEq && multi?.multi)
    return (e) => !multi.all(e).some((v) => v !== null && v !== void 0);
  return quantified(l, r, (a, b) => compare(op, a, b));
}
function matchTest(op, o) {
  if (op === "matches") {
    const re = new RegExp(o.source);
    return (a) => {
      const s = typeof a === "number" ? String(a) : a;
      return typeof s === "string" && re.test(s.length > MAX_REGEX_INPUT ? s.slice(0, MAX_REGEX_INPUT) : s);
    };
  }
  const str4 = (f) => (a, b) => typeof a === "string" && typeof b === "string" && f(a, b);
  if (op === "contains")
    return str4((a, b) => a.includes(b));
  if (op === "startsWith")
    return str4((a, b) => a.startsWith(b));
  return str4((a, b) => a.endsWith(b));
}
function member(a, b) {
  if (Array.isArray(b))
    return b.some((x) => eq2(a, x));
  if (isMap2(b))
    return typeof a === "string" && Object.hasOwn(b, a);
  return false;
}
function expr(x, now) {
  switch (x.kind) {
    case "all":
    case "limit":
      return () => true;
    case "const": {
      const v = x.value;
      return () => v;
    }
    case "macro":
      return expr(x.expr, now);
    case "not": {
      const p = expr(x.expr, now);
      return (e) => !p(e);
    }
    case "and": {
      const ps = x.items.map((i) => expr(i, now));
      if (ps.length === 2) {
        const [a, b] = ps;
        return (e) => a(e) && b(e);
      }
      return (e) => ps.every((p) => p(e));
    }
    case "or": {
      const ps = x.items.map((i) => expr(i, now));
      return (e) => ps.some((p) => p(e));
    }
    case "compare":
      return compareExpr(x.op, operand(x.left, now), operand(x.right, now), x.left, x.right);
    case "match":
      return quantified(operand(x.left, now), x.right.kind === "regex" ? { multi: false, get: () => null } : operand(x.right, now), matchTest(x.op, x.right));
    case "in": {
      const l = operand(x.left, now);
      if (x.right.kind === "list" && !l.multi) {
        const g = l.get;
        const items = x.right.items.map((i) => i.value);
        if (items.every((i) => typeof i === "string" && !isNumericString(i))) {
          const set = new Set(items);
          return (e) => {
            const v = g(e);
            return typeof v === "string" && set.has(v);
          };
        }
        return (e) => {
          const v = g(e);
          return items.some((i) => eq2(v, i));
        };
      }
      return quantified(l, operand(x.right, now), member);
    }
    case "exists": {
      const v = operand(x.operand, now);
      if (v.multi)
        return (e) => v.all(e).some((i) => i !== null && i !== void 0);
      const g = v.get;
      return (e) => g(e) !== null;
    }
    case "truthy": {
      const v = operand(x.operand, now);
      if (v.multi)
        return (e) => v.all(e).some(truthy);
      const g = v.get;
      return (e) => truthy(g(e));
    }
  }
}
function toPredicate(ast, options) {
  return expr(ast, options?.now ?? Date.now);
}
var UNITS, PROTOCOL_NAME, single;
var init_predicate = __esm({
  "packages/kfl/dist/predicate.js"() {
    "use strict";
    init_literals();
    init_values2();
    UNITS = { now: 0, seconds: 1e3, minutes: 6e4, hours: 36e5, days: 864e5 };
    PROTOCOL_NAME = getter([{ key: "protocol" }, { key: "name" }]);
    single = (v) => v.multi ? (e) => v.all(e)[0] ?? null : v.get;
  }
});

// packages/kfl/dist/sql/frag.js
function sql(strings, ...parts) {
  let s = strings[0] ?? "";
  const p = [];
  parts.forEach((part, i) => {
    if (isFrag(part)) {
      s += part.s;
      p.push(...part.p);
    } else {
      s += "?";
      p.push(part);
    }
    s += strings[i + 1] ?? "";
  });
  return { s, p };
}
var isFrag, raw;
var init_frag = __esm({
  "packages/kfl/dist/sql/frag.js"() {
    "use strict";
    isFrag = (v) => typeof v === "object" && v !== null && "s" in v && "p" in v;
    raw = (s) => ({ s, p: [] });
  }
});

// packages/kfl/dist/sql/schema.js
function latencyBucket(ms) {
  if (typeof ms !== "number" || !(ms >= 0) || ms === Infinity)
    return null;
  return Math.floor(LATENCY_BUCKETS_PER_DOUBLING * Math.log2(ms + 1));
}
function latencyBucketSql(column) {
  return `CASE WHEN ${column} >= 0 THEN CAST(${LATENCY_BUCKETS_PER_DOUBLING} * log2(${column} + 1) AS INTEGER) END`;
}
function createEntriesTableSql(table = ENTRIES_TABLE, options = {}) {
  checkTable(table);
  const cols = ENTRY_COLUMNS.map((c) => `  ${c.name} ${c.sqlType}${c.name === "id" ? " PRIMARY KEY NOT NULL" : ""}`);
  const create = `CREATE TABLE IF NOT EXISTS ${table} (
${[...cols, `  ${JSON_COLUMN} BLOB NOT NULL`].join(",\n")}
);`;
  return options.indexes === false ? create : `${create}
${createEntriesIndexesSql(table)}`;
}
function upgradeEntriesTableSql(columns, table = ENTRIES_TABLE) {
  checkTable(table);
  if (columns.length === 0 || columns.includes("latency_bucket"))
    return "";
  return [
    `ALTER TABLE ${table} ADD COLUMN latency_bucket INTEGER;`,
    `UPDATE ${table} SET latency_bucket = ${latencyBucketSql("latency")} WHERE latency >= 0;`,
    `DROP INDEX IF EXISTS ${table}_latency;`
  ].join("\n");
}
function createEntriesIndexesSql(table = ENTRIES_TABLE) {
  checkTable(table);
  const lines = [];
  for (const c of ENTRY_COLUMNS) {
    if (!c.indexed)
      continue;
    const on = c.name === "ts" ? "ts" : `${c.name}, ts`;
    lines.push(`CREATE INDEX IF NOT EXISTS ${table}_${c.name} ON ${table} (${on});`);
  }
  return lines.join("\n");
}
function at(entry, keys2) {
  let v = entry;
  for (let i = 0; i < keys2.length; i++) {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return null;
    const k = keys2[i];
    if (!Object.hasOwn(v, k))
      return null;
    v = v[k];
  }
  return v;
}
function entryColumnValues(entry, out = new Array(COLUMN_READERS.length)) {
  for (let i = 0; i < COLUMN_READERS.length; i++) {
    const c = COLUMN_READERS[i];
    const v = at(entry, c.keys);
    out[i] = c.bucket ? latencyBucket(v) : typeof v === c.type ? v : null;
  }
  return out;
}
function entryToRow(entry, json) {
  const values2 = entryColumnValues(entry);
  const row = {};
  for (let i = 0; i < COLUMN_READERS.length; i++)
    row[COLUMN_READERS[i].name] = values2[i];
  if (typeof row.id !== "string")
    throw new TypeError("entry.id must be a string");
  row[JSON_COLUMN] = json ?? JSON.stringify(entry);
  return row;
}
function insertEntrySql(table = ENTRIES_TABLE) {
  checkTable(table);
  const names2 = [...ENTRY_COLUMNS.map((c) => c.name), JSON_COLUMN];
  const values2 = names2.map((n) => n === JSON_COLUMN ? `jsonb(@${n})` : `@${n}`);
  return `INSERT OR REPLACE INTO ${table} (${names2.join(", ")}) VALUES (${values2.join(", ")})`;
}
function checkTable(table) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table))
    throw new TypeError(`bad table name ${table}`);
}
function selectEntryJsonSql(table = ENTRIES_TABLE) {
  checkTable(table);
  return `json(${table}.${JSON_COLUMN}) AS ${JSON_COLUMN}`;
}
function entryFromRow(row) {
  return JSON.parse(row[JSON_COLUMN]);
}
function tuneDatabase(db, options = {}) {
  db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma(`mmap_size = ${Math.max(0, Math.floor(options.mmapSize ?? 2 ** 31))}`);
  db.pragma(`cache_size = ${-Math.max(1, Math.floor(options.cacheKiB ?? 65536))}`);
  db.pragma("temp_store = MEMORY");
}
var col, ENTRY_COLUMNS, LATENCY_BUCKETS_PER_DOUBLING, ENTRIES_TABLE, JSON_COLUMN, COLUMN_READERS, PAGE_SIZE;
var init_schema = __esm({
  "packages/kfl/dist/sql/schema.js"() {
    "use strict";
    init_fields();
    col = (name, sqlType, indexed = true) => {
      const f = CORE_FIELDS.find((x) => x.column === name);
      if (!f || !f.type)
        throw new Error(`column ${name} has no typed field in fields.ts`);
      return { name, sqlType, path: f.path.join("."), type: f.type, indexed };
    };
    ENTRY_COLUMNS = [
      col("id", "TEXT", false),
      col("ts", "INTEGER"),
      col("node", "TEXT", false),
      col("protocol", "TEXT"),
      col("transport", "TEXT", false),
      col("method", "TEXT"),
      col("status", "INTEGER"),
      col("path", "TEXT"),
      col("src_name", "TEXT"),
      col("dst_name", "TEXT"),
      col("src_namespace", "TEXT"),
      col("dst_namespace", "TEXT"),
      col("src_ip", "TEXT"),
      col("dst_ip", "TEXT"),
      col("src_port", "INTEGER", false),
      col("dst_port", "INTEGER"),
      col("latency", "REAL", false),
      col("request_size", "INTEGER", false),
      col("response_size", "INTEGER", false),
      { ...col("latency", "INTEGER"), name: "latency_bucket", bucketOf: "latency" }
    ];
    LATENCY_BUCKETS_PER_DOUBLING = 4;
    ENTRIES_TABLE = "entries";
    JSON_COLUMN = "json";
    COLUMN_READERS = ENTRY_COLUMNS.map((c) => ({
      name: c.name,
      type: c.type,
      keys: c.path.split("."),
      bucket: c.bucketOf !== void 0
    }));
    PAGE_SIZE = 16384;
  }
});

// packages/kfl/dist/sql/values.js
function numericText(e) {
  const u = sql`(CASE WHEN substr(${e}, 1, 1) = '-' THEN substr(${e}, 2) ELSE ${e} END)`;
  return sql`(${u} GLOB '[0-9]*' AND ${u} NOT GLOB '*[^0-9.]*' AND ${u} NOT GLOB '*.*.*' AND ${u} NOT GLOB '*.')`;
}
function asNumber(s, coerce) {
  if (s.k === "typed") {
    if (s.type === "number")
      return s.e;
    return coerce ? sql`(CASE WHEN ${numericText(s.e)} THEN CAST(${s.e} AS REAL) END)` : null;
  }
  const text4 = coerce ? sql` WHEN 'text' THEN (CASE WHEN ${numericText(V(s))} THEN CAST(${V(s)} AS REAL) END)` : raw("");
  return sql`(CASE ${T2(s)} WHEN 'integer' THEN ${V(s)} WHEN 'real' THEN ${V(s)}${text4} END)`;
}
function asString(s) {
  if (s.k === "typed")
    return s.type === "string" ? s.e : null;
  return sql`(CASE WHEN ${T2(s)} = 'text' THEN ${V(s)} END)`;
}
function isNull(s) {
  if (s.k === "typed")
    return sql`(${s.e} IS NULL)`;
  return sql`(COALESCE(${T2(s)}, 'null') = 'null')`;
}
function stringTest(s, test) {
  if (s.k === "typed")
    return s.type === "string" ? test(s.e) : false;
  return sql`(${test(V(s))} AND ${T2(s)} = 'text')`;
}
function compareConst(op, s, c) {
  if (c === null || c === void 0)
    return op === "==" ? isNull(s) : false;
  if (typeof c === "boolean") {
    if (op !== "==" || s.k === "typed")
      return false;
    return sql`(${T2(s)} = ${c ? "true" : "false"})`;
  }
  if (typeof c === "number")
    return bin(asNumber(s, true), op, c);
  if (typeof c !== "string")
    return false;
  if (!isNumericString(c))
    return binString(s, op, c);
  return or([bin(asNumber(s, false), op, Number(c)), binString(s, op, c)]);
}
function truthySql(s) {
  if (s.k === "typed")
    return s.type === "number" ? sql`(${s.e} != 0)` : sql`(${s.e} != '')`;
  return sql`(CASE ${T2(s)} WHEN 'true' THEN 1 WHEN 'integer' THEN ${V(s)} != 0 WHEN 'real' THEN ${V(s)} != 0 WHEN 'text' THEN ${V(s)} != '' WHEN 'array' THEN json_array_length(${s.doc}, ${s.path}) > 0 WHEN 'object' THEN ${V(s)} != '{}' ELSE 0 END)`;
}
function lenSql(s) {
  if (s.k === "typed")
    return s.type === "string" ? sql`length(${s.e})` : null;
  return sql`(CASE ${T2(s)} WHEN 'text' THEN length(${V(s)}) WHEN 'array' THEN json_array_length(${s.doc}, ${s.path}) WHEN 'object' THEN (SELECT count(*) FROM json_each(${s.doc}, ${s.path})) END)`;
}
function matchSql(op, s, needle) {
  if (needle === "")
    return s.k === "typed" ? s.type === "string" ? sql`(${s.e} IS NOT NULL)` : false : sql`(${T2(s)} = 'text')`;
  if (op === "contains")
    return stringTest(s, (e) => sql`(instr(${e}, ${needle}) > 0)`);
  const pattern = op === "startsWith" ? `${escapeGlob(needle)}*` : `*${escapeGlob(needle)}`;
  return stringTest(s, (e) => sql`(${e} GLOB ${pattern})`);
}
function and(items) {
  const rest = [];
  for (const i of items) {
    if (i === false)
      return false;
    if (i !== true)
      rest.push(i);
  }
  if (rest.length === 0)
    return true;
  return rest.length === 1 ? rest[0] : { s: `(${rest.map((r) => r.s).join(" AND ")})`, p: rest.flatMap((r) => r.p) };
}
function or(items) {
  const rest = [];
  for (const i of items) {
    if (i === true)
      return true;
    if (i !== false)
      rest.push(i);
  }
  if (rest.length === 0)
    return false;
  return rest.length === 1 ? rest[0] : { s: `(${rest.map((r) => r.s).join(" OR ")})`, p: rest.flatMap((r) => r.p) };
}
function not(c) {
  return typeof c === "boolean" ? !c : sql`(${c} IS NOT 1)`;
}
var T2, V, SQL_OP, bin, binString, escapeGlob;
var init_values3 = __esm({
  "packages/kfl/dist/sql/values.js"() {
    "use strict";
    init_values2();
    init_frag();
    T2 = (s) => sql`json_type(${s.doc}, ${s.path})`;
    V = (s) => sql`json_extract(${s.doc}, ${s.path})`;
    SQL_OP = { "==": "=", "!=": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<=" };
    bin = (a, op, b) => a ? sql`(${a} ${raw(SQL_OP[op])} ${b})` : false;
    binString = (s, op, b) => stringTest(s, (e) => sql`(${e} ${raw(SQL_OP[op])} ${b})`);
    escapeGlob = (s) => s.replace(/[*?[]/g, (c) => `[${c}]`);
  }
});

// packages/kfl/dist/sql/compile.js
function jsonPath(path) {
  let out = "$";
  for (const s of path) {
    if ("key" in s) {
      if (!quotable(s.key))
        unknownPart();
      out += `."${s.key}"`;
    } else if ("index" in s)
      out += `[${s.index}]`;
    else
      unknownPart();
  }
  return out;
}
function constMatch(op, v, needle) {
  if (typeof v !== "string")
    return false;
  return op === "contains" ? v.includes(needle) : op === "startsWith" ? v.startsWith(needle) : v.endsWith(needle);
}
function toSql(ast, columns = ENTRY_COLUMNS, options) {
  const table = options?.table ?? ENTRIES_TABLE;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table))
    throw new TypeError(`bad table name ${table}`);
  const c = new Compiler(columns, table, options?.jsonColumn ?? JSON_COLUMN, options?.now ?? Date.now());
  const cond = c.cond(ast, true);
  const where = cond === true ? "1" : cond === false ? "0" : cond.s;
  return { where, params: typeof cond === "boolean" ? [] : cond.p, postFilter: c.approx };
}
var Inexpressible, unknownPart, FLIP, UNITS2, quotable, Compiler;
var init_compile = __esm({
  "packages/kfl/dist/sql/compile.js"() {
    "use strict";
    init_values2();
    init_frag();
    init_schema();
    init_values3();
    Inexpressible = class extends Error {
    };
    unknownPart = () => {
      throw new Inexpressible();
    };
    FLIP = { "==": "==", "!=": "!=", ">": "<", ">=": "<=", "<": ">", "<=": ">=" };
    UNITS2 = { now: 0, seconds: 1e3, minutes: 6e4, hours: 36e5, days: 864e5 };
    quotable = (k) => !/["\\]/.test(k);
    Compiler = class {
      table;
      now;
      approx = false;
      alias = 0;
      byPath;
      /** Bucketed column reference → its bucket column's. */
      buckets;
      json;
      constructor(columns, table, json, now) {
        this.table = table;
        this.now = now;
        this.byPath = new Map(columns.filter((c) => c.bucketOf === void 0).map((c) => [c.path, c]));
        this.buckets = new Map(columns.filter((c) => c.bucketOf !== void 0).map((c) => [this.col(c.bucketOf), this.col(c.name)]));
        this.json = this.col(json);
      }
      /**
       * An exact comparison of a bucketed column (latency) with a constant ≥ 0, plus the bucket range
       * that holds every match (see `LATENCY_BUCKETS_PER_DOUBLING` in schema.ts): the same rows, found through the
       * bucket's index. `>`/`>=`/`==` only: those are the rare-match filters an index serves.
       */
      withBucket(s, op, c, exact) {
        if (s.k !== "typed" || s.e.p.length > 0 || typeof c !== "number" || !(op === ">" || op === ">=" || op === "=="))
          return exact;
        const bucketColumn = this.buckets.get(s.e.s);
        const b = latencyBucket(c);
        if (bucketColumn === void 0 || b === null || exact === false || exact === true)
          return exact;
        const range = op === "==" ? sql`(${raw(bucketColumn)} BETWEEN ${b - 1} AND ${b + 1})` : sql`(${raw(bucketColumn)} >= ${b - 1})`;
        return and([exact, range]);
      }
      col(name) {
        return `${this.table}.${name}`;
      }
      /** Compile with polarity: an inexpressible part becomes TRUE (superset) or FALSE (under `not`). */
      cond(e, superset) {
        try {
          return this.exact(e, superset);
        } catch (err) {
          if (!(err instanceof Inexpressible))
            throw err;
          this.approx = true;
          return superset;
        }
      }
      exact(e, superset) {
        switch (e.kind) {
          case "all":
          case "limit":
            return true;
          case "const":
            return e.value;
          case "macro":
            return this.cond(e.expr, superset);
          case "not":
            return not(this.cond(e.expr, !superset));
          case "and":
            return and(e.items.map((i) => this.cond(i, superset)));
          case "or":
            return or(e.items.map((i) => this.cond(i, superset)));
          case "compare":
            return this.compare(e.op, e.left, e.right);
          case "match": {
            if (e.op === "matches" || e.right.kind !== "literal" || typeof e.right.value !== "string")
              return unknownPart();
            const needle = e.right.value;
            const op = e.op;
            return this.each(this.value(e.left), (s) => s.k === "const" ? constMatch(op, s.v, needle) : matchSql(op, s, needle));
          }
          case "in":
            return this.inExpr(e.left, e.right);
          case "exists":
            return this.each(this.value(e.operand), (s) => s.k === "const" ? s.v !== null : not(isNull(s)));
          case "truthy":
            return this.each(this.value(e.operand), (s) => s.k === "const" ? unknownPart() : truthySql(s));
        }
      }
      /** Any value of a multi-valued source satisfies `test`; a single source is tested directly. */
      each(v, test) {
        return v.k === "multi" ? v.any(test) : test(v);
      }
      compare(op, l, r) {
        if (op === "!=")
          return not(this.compare("==", l, r));
        let a = this.value(l);
        let b = this.value(r);
        if (a.k === "const" && b.k !== "const") {
          [a, b] = [b, a];
          op = FLIP[op];
        }
        if (b.k !== "const")
          return unknownPart();
        const c = b.v;
        if (a.k === "const")
          return compare(op, a.v, c);
        if (a.k === "multi" && op === "==" && c === null)
          return not(a.any((s) => not(isNull(s))));
        return this.each(a, (s) => s.k === "const" ? compare(op, s.v, c) : this.withBucket(s, op, c, compareConst(op, s, c)));
      }
      inExpr(l, r) {
        const left = this.value(l);
        if (r.kind === "list") {
          const items = r.items.map((i) => i.value);
          return this.each(left, (s) => or(items.map((c) => s.k === "const" ? compare("==", s.v, c) : compareConst("==", s, c))));
        }
        const right = this.value(r);
        if (left.k !== "const" || right.k === "multi")
          return unknownPart();
        const key = left.v;
        if (right.k === "const")
          return unknownPart();
        if (right.k === "typed")
          return false;
        const d = right;
        const elements = this.eachElement(d.doc, d.path, (el) => compareConst("==", el, key));
        const isArray2 = and([sql`(json_type(${d.doc}, ${d.path}) = 'array')`, elements]);
        if (typeof key !== "string")
          return isArray2;
        if (!quotable(key))
          return unknownPart();
        const hasKey = sql`(json_type(${d.doc}, ${d.path}) = 'object' AND json_type(${d.doc}, ${d.path} || ${`."${key}"`}) IS NOT NULL)`;
        return or([hasKey, isArray2]);
      }
      /** EXISTS over the children of the list/map at (doc, path). */
      eachElement(doc, path, test) {
        const j = raw(`j${this.alias++}`);
        const inner = test({ k: "dyn", doc, path: sql`${j}.fullkey` });
        if (inner === false)
          return false;
        const where = inner === true ? raw("1") : inner;
        return sql`(json_type(${doc}, ${path}) IN ('array', 'object') AND EXISTS (SELECT 1 FROM json_each(${doc}, ${path}) AS ${j} WHERE ${where}))`;
      }
      value(o) {
        switch (o.kind) {
          case "field":
            return this.field(o);
          case "literal":
            return { k: "const", v: o.value };
          case "time":
            return { k: "const", v: this.now - o.n * UNITS2[o.fn] };
          case "arith": {
            const l = this.value(o.left);
            const r = this.value(o.right);
            if (l.k !== "const" || r.k !== "const")
              return unknownPart();
            return { k: "const", v: l.v + (o.op === "+" ? 1 : -1) * r.v };
          }
          case "fn": {
            const a = this.value(o.arg);
            if (a.k === "multi" || a.k === "const")
              return unknownPart();
            if (o.fn === "len") {
              const e = lenSql(a);
              return e ? { k: "typed", type: "number", e } : { k: "const", v: null };
            }
            const s = asString(a);
            return s ? { k: "typed", type: "string", e: sql`${raw(o.fn)}(${s})` } : { k: "const", v: null };
          }
          default:
            return unknownPart();
        }
      }
      doc(f) {
        const json = raw(this.json);
        if (!f.protocols)
          return json;
        return sql`(CASE WHEN ${this.protocolIn(f.protocols)} THEN ${json} END)`;
      }
      protocolIn(names2) {
        const p = this.typedField("protocol.name", "string", raw(this.json));
        return sql`(${p} IN (${{ s: names2.map(() => "?").join(", "), p: [...names2] }}))`;
      }
      typedField(path, type, doc) {
        const col2 = this.byPath.get(path);
        if (col2 && col2.type === type)
          return raw(this.col(col2.name));
        const p = jsonPath(path.split(".").map((key) => ({ key })));
        const test = type === "string" ? raw(`= 'text'`) : raw(`IN ('integer', 'real')`);
        return sql`(CASE WHEN json_type(${doc}, ${p}) ${test} THEN json_extract(${doc}, ${p}) END)`;
      }
      field(f) {
        const wild = f.path.findIndex((s) => "any" in s);
        if (wild < 0) {
          if (f.type) {
            const keys2 = f.path.map((s) => "key" in s ? s.key : "");
            const path = keys2.join(".");
            const col2 = this.byPath.get(path);
            const indexed = col2 && col2.type === f.type;
            const e = f.protocols && indexed ? sql`(CASE WHEN ${this.protocolIn(f.protocols)} THEN ${raw(this.col(col2.name))} END)` : this.typedField(path, f.type, this.doc(f));
            return { k: "typed", type: f.type, e };
          }
          return { k: "dyn", doc: this.doc(f), path: sql`${jsonPath(f.path)}` };
        }
        const doc = this.doc(f);
        return { k: "multi", any: (test) => this.wildcard(doc, sql`${jsonPath(f.path.slice(0, wild))}`, f.path.slice(wild + 1), test) };
      }
      /** Children of (doc, base), then `rest` (which may hold more `[*]`): any reached value passes `test`. */
      wildcard(doc, base, rest, test) {
        return this.eachElement(doc, base, (el) => {
          const wild = rest.findIndex((s) => "any" in s);
          const head2 = wild < 0 ? rest : rest.slice(0, wild);
          const path = head2.length === 0 ? el.path : sql`(${el.path} || ${jsonPath(head2).slice(1)})`;
          if (wild >= 0)
            return this.wildcard(doc, path, rest.slice(wild + 1), test);
          const at2 = { k: "dyn", doc, path };
          return and([sql`(json_type(${doc}, ${path}) IS NOT NULL)`, test(at2)]);
        });
      }
    };
  }
});

// packages/kfl/dist/sql/page.js
function selectPage(db, query, options = {}) {
  const table = options.table ?? ENTRIES_TABLE;
  const limit = Math.max(1, Math.floor(options.limit ?? 100));
  const window = Math.max(1, Math.floor(options.window ?? 1e4));
  if (query.postFilter && !options.predicate)
    throw new TypeError("query.postFilter needs options.predicate");
  const before = options.before;
  const beforeSql = before === void 0 ? "" : ` AND ${table}.ts < ?`;
  const beforeParams = before === void 0 ? [] : [before];
  const from = options.from ?? table;
  const select = `SELECT ${table}.id AS id, ${table}.ts AS ts, ${selectEntryJsonSql(table)} FROM ${from}`;
  const order = `ORDER BY ${table}.ts DESC, ${table}.rowid DESC`;
  const out = [];
  const run = (range, rangeParams) => {
    const need = limit - out.length;
    const sql2 = `${select} WHERE ${range}${beforeSql} AND (${query.where}) ${order}`;
    const params = [...rangeParams, ...beforeParams, ...query.params];
    if (!query.postFilter) {
      out.push(...db.prepare(`${sql2} LIMIT ${need}`).all(...params));
      return;
    }
    for (const row of db.prepare(sql2).iterate(...params)) {
      if (options.predicate?.(entryFromRow(row)))
        out.push(row);
      if (out.length >= limit)
        break;
    }
  };
  if (window === Infinity) {
    run("1", []);
    return out;
  }
  const boundSql = `SELECT ${table}.ts FROM ${from} WHERE ${table}.ts IS NOT NULL${beforeSql} ${order} LIMIT 1 OFFSET ${window - 1}`;
  const bound = db.prepare(boundSql).get(...beforeParams)?.ts;
  if (bound === void 0) {
    run("1", []);
    return out;
  }
  run(`${table}.ts >= ?`, [bound]);
  if (out.length < limit)
    run(`(${table}.ts < ? OR ${table}.ts IS NULL)`, [bound]);
  return out;
}
var init_page = __esm({
  "packages/kfl/dist/sql/page.js"() {
    "use strict";
    init_schema();
  }
});

// packages/kfl/dist/normalize.js
function literal(l) {
  if (l.raw !== void 0)
    return l.raw === "nil" ? "null" : l.raw;
  return l.value === null ? "null" : typeof l.value === "string" ? JSON.stringify(l.value) : String(l.value);
}
function operand2(o) {
  switch (o.kind) {
    case "field":
      return o.text;
    case "literal":
      return literal(o);
    case "regex":
      return `r"${o.source.replace(/(?<!\\)"/g, '\\"')}"`;
    case "list":
      return `[${o.items.map(literal).join(", ")}]`;
    case "time":
      return o.fn === "now" ? "now()" : `${o.fn}(${o.n})`;
    case "fn":
      return `${o.fn}(${operand2(o.arg)})`;
    case "json":
      return `json(${operand2(o.arg)})${o.pathText}`;
    case "arith":
      return `${operand2(o.left)} ${o.op} ${operand2(o.right)}`;
  }
}
function wrap(e, min) {
  const s = print(e);
  return prec(e) < min ? `(${s})` : s;
}
function print(e) {
  switch (e.kind) {
    case "all":
      return "";
    case "const":
      return String(e.value);
    case "macro":
      return e.name;
    case "limit":
      return `limit(${e.n})`;
    case "and":
    case "or":
      return e.items.map((i) => wrap(i, prec(e) + 1)).join(` ${e.kind} `);
    case "not":
      return `not ${wrap(e.expr, PREC.not)}`;
    case "compare":
      return `${operand2(e.left)} ${e.op} ${operand2(e.right)}`;
    case "match":
      return e.method ? `${operand2(e.left)}.${e.op}(${operand2(e.right)})` : `${operand2(e.left)} ${e.op} ${operand2(e.right)}`;
    case "in":
      return `${operand2(e.left)} in ${operand2(e.right)}`;
    case "exists":
      return e.call ? `exists(${operand2(e.operand)})` : `${operand2(e.operand)} exists`;
    case "truthy":
      return operand2(e.operand);
  }
}
function normalize(ast) {
  return print(ast);
}
var PREC, prec;
var init_normalize = __esm({
  "packages/kfl/dist/normalize.js"() {
    "use strict";
    PREC = { or: 1, and: 2, not: 3, atom: 4 };
    prec = (e) => e.kind === "or" ? PREC.or : e.kind === "and" ? PREC.and : e.kind === "not" ? PREC.not : PREC.atom;
  }
});

// packages/kfl/dist/compile.js
function compile(query, options) {
  const ast = parse2(query, options);
  return {
    ast,
    predicate: toPredicate(ast, options),
    sql: (columns = ENTRY_COLUMNS, sqlOptions) => toSql(ast, columns, sqlOptions),
    limit: limitOf(ast)
  };
}
function limitOf(ast) {
  if (ast.kind === "limit")
    return ast.n;
  if (ast.kind !== "and")
    return void 0;
  let n;
  for (const i of ast.items) {
    const m = limitOf(i);
    if (m !== void 0)
      n = n === void 0 ? m : Math.min(n, m);
  }
  return n;
}
var init_compile2 = __esm({
  "packages/kfl/dist/compile.js"() {
    "use strict";
    init_parse();
    init_predicate();
    init_compile();
    init_schema();
  }
});

// packages/kfl/dist/complete.js
function complete(query, cursor = query.length, options = {}) {
  cursor = Math.max(0, Math.min(query.length, Math.floor(cursor)));
  try {
    return completeAt(query, cursor, options);
  } catch {
    return [];
  }
}
function completeAt(query, cursor, options) {
  const prefix2 = query.slice(0, cursor);
  const lexed = kflLexer.tokenize(prefix2);
  const lastTok = lexed.tokens[lexed.tokens.length - 1];
  if (lexed.errors.length === 0 && lastTok && lastTok.tokenType === Unterminated && lastTok.startOffset + lastTok.image.length === cursor) {
    return inString(query, cursor, lexed.tokens.slice(0, -1), lastTok, options);
  }
  const op = /[=!<>]+$/.exec(prefix2);
  const path = op ? null : PATH_AT_END.exec(prefix2);
  const from = op ? op.index : path ? path.index : cursor;
  const partial = prefix2.slice(from);
  const rest = query.slice(cursor);
  const to = cursor + (op ? /^[=!<>]*/ : path ? /^[A-Za-z0-9_$]*(?:\.[A-Za-z0-9_$]+)*/ : /^/).exec(rest)[0].length;
  const before = kflLexer.tokenize(prefix2.slice(0, from));
  if (before.errors.length > 0 || before.tokens.some((t) => t.tokenType === Unterminated))
    return [];
  const tokens = before.tokens;
  const expected = new Set(expectedAfter(tokens).map((t) => t.name));
  const space = from === cursor && /[^\s([,!]$/.test(prefix2) ? " " : "";
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (label2, kind, insert = label2, detail, key = label2) => {
    if (seen.has(`${kind} ${label2}`))
      return;
    if (!key.toLowerCase().startsWith(partial.toLowerCase()) || key === partial)
      return;
    seen.add(`${kind} ${label2}`);
    const text4 = kind === "operator" || kind === "keyword" ? space + insert : insert;
    out.push({ label: label2, kind, insert: text4, from, to, ...detail ? { detail } : {} });
  };
  const value2 = valueContext(tokens);
  const termStart = expected.has("Identifier") && !space;
  if (termStart && value2) {
    for (const v of valuesFor(value2, options))
      add(v.label, "value", v.insert, value2.field, v.raw);
    for (const lit of ["true", "false", "null"])
      add(lit, "value");
    for (const fn of FUNCTIONS)
      if (VALUE_FUNCTIONS.has(fn))
        add(`${fn}()`, "function", NO_ARGS.has(fn) ? `${fn}()` : `${fn}(`);
    if (partial !== "" && path)
      addFields(add, partial);
  } else if (termStart) {
    addFields(add, partial);
    for (const m of Object.keys(BUILTIN_MACROS))
      add(m, "macro", m, "built-in macro");
    for (const [m, body2] of Object.entries(options.macros ?? {}))
      add(m, "macro", m, body2);
    for (const fn of FUNCTIONS)
      if (TERM_FUNCTIONS.has(fn))
        add(`${fn}()`, "function", `${fn}(`);
    if (expected.has("Not"))
      add("not", "keyword");
  }
  if ((expected.has("CompareOp") || expected.has("Contains")) && !afterGroup(tokens)) {
    for (const [o, doc] of OPERATORS)
      add(o, "operator", o, doc);
  }
  if (expected.has("And") && !op) {
    add("and", "keyword");
    add("or", "keyword");
  }
  if (path && cursor === to && isCompleteField(partial)) {
    const after = new Set(expectedAfter(kflLexer.tokenize(prefix2).tokens).map((t) => t.name));
    const push = (label2, kind, detail) => out.push({ label: label2, kind, insert: ` ${label2}`, from: cursor, to: cursor, ...detail ? { detail } : {} });
    if (after.has("CompareOp") || after.has("Contains"))
      for (const [o, doc] of OPERATORS)
        push(o, "operator", doc);
    if (after.has("And")) {
      push("and", "keyword");
      push("or", "keyword");
    }
  }
  return out;
}
function afterGroup(tokens) {
  let depth = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const n = tokens[i].tokenType.name;
    if (i === tokens.length - 1 && n !== "RParen")
      return false;
    if (n === "RParen")
      depth++;
    else if (n === "LParen" && --depth === 0)
      return tokens[i - 1]?.tokenType.name !== "Identifier";
  }
  return false;
}
function addFields(add, partial) {
  for (const f of ALL_FIELDS) {
    add(f.name, "field", f.name, f.doc);
    if (!/(^|\.)headers$/.test(f.name))
      continue;
    add(`${f.name}["\u2026"]`, "field", `${f.name}["`, "a header, by name (case-insensitive)");
    if (partial.toLowerCase().startsWith(`${f.name.toLowerCase()}.`)) {
      for (const h of f.name.startsWith("response") ? RESPONSE_HEADERS : REQUEST_HEADERS) {
        const label2 = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(h) ? `${f.name}.${h}` : `${f.name}[${JSON.stringify(h)}]`;
        add(label2, "field", label2, "header", `${f.name}.${h}`);
      }
    }
  }
  for (const [p, doc] of EXTRA_PATHS)
    add(p, "field", p, doc);
  if (!partial.includes("."))
    for (const r of ROOTS)
      add(r, "field");
}
function isCompleteField(partial) {
  return ALL_FIELDS.some((f) => f.name === partial) || EXTRA_PATHS.some(([p]) => p === partial);
}
function inString(query, cursor, tokens, open, options) {
  if (open.image.startsWith("r"))
    return [];
  const quote2 = open.image[0];
  const typed = open.image.slice(1);
  const from = open.startOffset;
  const tail = new RegExp(`^(?:[^${quote2}\\\\\\n]|\\\\.)*${quote2}?`).exec(query.slice(cursor))[0];
  let to = cursor + tail.length;
  const out = [];
  const match = (label2) => label2.toLowerCase().startsWith(typed.toLowerCase()) && label2 !== typed;
  const n = tokens.length;
  const bracket = tokens[n - 1];
  const headers2 = tokens[n - 2];
  if (bracket?.tokenType.name === "LBracket" && headers2 && /^(headers|trailers)$/.test(headers2.image)) {
    if (query.slice(to).startsWith("]"))
      to++;
    const side = tokens[n - 4]?.image;
    const names2 = side === "response" ? RESPONSE_HEADERS : REQUEST_HEADERS;
    for (const h of names2)
      if (match(h))
        out.push({ label: h, kind: "value", insert: `${quoteAs(h, quote2)}]`, from, to, detail: "header" });
    return out;
  }
  const value2 = valueContext(tokens);
  if (!value2)
    return [];
  for (const v of valuesFor(value2, options, quote2)) {
    if (match(v.raw))
      out.push({ label: v.raw, kind: "value", insert: v.insert, from, to, detail: value2.field });
  }
  return out;
}
function valueContext(tokens) {
  let i = tokens.length - 1;
  let t = tokens[i];
  if (!t)
    return void 0;
  if (t.tokenType.name === "LBracket" || t.tokenType.name === "Comma") {
    let depth = 0;
    for (; i >= 0; i--) {
      const n = tokens[i].tokenType.name;
      if (n === "RBracket")
        depth++;
      else if (n === "LBracket") {
        if (depth === 0)
          break;
        depth--;
      } else if (depth === 0 && !["Comma", "StringLit", "NumberLit", "Duration", "True", "False", "Null", "Minus"].includes(n))
        return void 0;
    }
    i--;
    t = tokens[i];
    if (!t || t.tokenType.name !== "In")
      return void 0;
  } else if (t.tokenType.name === "In" || !VALUE_OPS.has(t.image)) {
    return void 0;
  }
  const field2 = fieldBefore(tokens.slice(0, i));
  return field2 ? { field: field2 } : void 0;
}
function fieldBefore(tokens) {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1];
    const n = t.tokenType.name;
    const partOfPath = n === "Dot" || n === "Star" || n === "LBracket" || n === "RBracket" || n === "StringLit" || n === "NumberLit";
    const name = n === "Identifier" || t.tokenType.CATEGORIES?.some((c) => c.name === "Name");
    if (!partOfPath && !name)
      break;
    if (name && n !== "Identifier" && tokens[i - 2]?.tokenType.name !== "Dot")
      break;
    i--;
  }
  const text4 = tokens.slice(i).map((t) => t.image).join("");
  return /^[A-Za-z_$]/.test(text4) ? text4 : void 0;
}
function valuesFor(ctx, options, quote2 = '"') {
  const values2 = options.values?.(ctx.field) ?? [];
  const numeric = ALL_FIELDS.find((f) => f.name === ctx.field)?.type === "number";
  return values2.map((v) => {
    const bare = numeric && /^-?\d+(?:\.\d+)?$/.test(v);
    const insert = bare ? v : quoteAs(v, quote2);
    return { label: insert, raw: v, insert };
  });
}
function quoteAs(v, quote2) {
  const json = JSON.stringify(v);
  if (quote2 === '"')
    return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
var OPERATORS, VALUE_OPS, TERM_FUNCTIONS, VALUE_FUNCTIONS, NO_ARGS, REQUEST_HEADERS, RESPONSE_HEADERS, EXTRA_PATHS, IDENT2, PATH_AT_END;
var init_complete = __esm({
  "packages/kfl/dist/complete.js"() {
    "use strict";
    init_build();
    init_fields();
    init_lexer2();
    init_macros();
    init_parse();
    OPERATORS = [
      ["==", "equals"],
      ["!=", "differs"],
      [">", "greater"],
      [">=", "greater or equal"],
      ["<", "less"],
      ["<=", "less or equal"],
      ["contains", "substring"],
      ["startsWith", "prefix"],
      ["endsWith", "suffix"],
      ["matches", 'regex: matches r"..."'],
      ["in", 'one of a list: in ["a", "b"]'],
      ["exists", "has a value"]
    ];
    VALUE_OPS = /* @__PURE__ */ new Set(["==", "!=", ">", ">=", "<", "<=", "contains", "startsWith", "endsWith"]);
    TERM_FUNCTIONS = /* @__PURE__ */ new Set(["len", "lower", "upper", "json", "exists", "limit"]);
    VALUE_FUNCTIONS = /* @__PURE__ */ new Set(["now", "seconds", "minutes", "hours", "days", "datetime"]);
    NO_ARGS = /* @__PURE__ */ new Set(["now"]);
    REQUEST_HEADERS = [
      "content-type",
      "authorization",
      "user-agent",
      "x-request-id",
      "accept",
      "accept-encoding",
      "accept-language",
      "cache-control",
      "content-length",
      "cookie",
      "host",
      "origin",
      "referer",
      "x-forwarded-for",
      "x-forwarded-proto",
      "x-real-ip",
      "x-api-key",
      "x-correlation-id",
      "traceparent",
      "tracestate",
      "grpc-timeout",
      "connection",
      "if-none-match"
    ];
    RESPONSE_HEADERS = [
      "content-type",
      "content-length",
      "content-encoding",
      "cache-control",
      "set-cookie",
      "location",
      "server",
      "etag",
      "www-authenticate",
      "retry-after",
      "x-request-id",
      "grpc-status",
      "grpc-message",
      "access-control-allow-origin",
      "vary"
    ];
    EXTRA_PATHS = [
      ["request.body.text", "body text (as captured)"],
      ["request.body.truncated", "body was cut at the capture limit"],
      ["response.body.text", "body text (as captured)"],
      ["response.body.truncated", "body was cut at the capture limit"],
      ["request.httpVersion", "HTTP version"],
      ["response.httpVersion", "HTTP version"],
      ["tls.version", "TLS version"],
      ["tls.sni", "server name (SNI)"]
    ];
    IDENT2 = /[A-Za-z_$][A-Za-z0-9_$]*/;
    PATH_AT_END = new RegExp(`(?<![A-Za-z0-9_$."'\\]])${IDENT2.source}(?:\\.${IDENT2.source})*\\.?$`);
  }
});

// packages/kfl/dist/index.js
var dist_exports = {};
__export(dist_exports, {
  ALIAS_FIELDS: () => ALIAS_FIELDS,
  ALL_FIELDS: () => ALL_FIELDS,
  BUILTIN_MACROS: () => BUILTIN_MACROS,
  CORE_FIELDS: () => CORE_FIELDS,
  ENTRIES_TABLE: () => ENTRIES_TABLE,
  ENTRY_COLUMNS: () => ENTRY_COLUMNS,
  JSON_COLUMN: () => JSON_COLUMN,
  KflError: () => KflError,
  LATENCY_BUCKETS_PER_DOUBLING: () => LATENCY_BUCKETS_PER_DOUBLING,
  MAX_QUERY_LENGTH: () => MAX_QUERY_LENGTH,
  MAX_REGEX_INPUT: () => MAX_REGEX_INPUT,
  MAX_REGEX_LENGTH: () => MAX_REGEX_LENGTH,
  NAMESPACES: () => NAMESPACES,
  PAGE_SIZE: () => PAGE_SIZE,
  ROOTS: () => ROOTS,
  compile: () => compile,
  complete: () => complete,
  createEntriesIndexesSql: () => createEntriesIndexesSql,
  createEntriesTableSql: () => createEntriesTableSql,
  entryColumnValues: () => entryColumnValues,
  entryFromRow: () => entryFromRow,
  entryToRow: () => entryToRow,
  insertEntrySql: () => insertEntrySql,
  latencyBucket: () => latencyBucket,
  latencyBucketSql: () => latencyBucketSql,
  limitOf: () => limitOf,
  normalize: () => normalize,
  parse: () => parse2,
  selectEntryJsonSql: () => selectEntryJsonSql,
  selectPage: () => selectPage,
  toPredicate: () => toPredicate,
  toSql: () => toSql,
  tuneDatabase: () => tuneDatabase,
  upgradeEntriesTableSql: () => upgradeEntriesTableSql
});
var init_dist = __esm({
  "packages/kfl/dist/index.js"() {
    "use strict";
    init_errors2();
    init_parse();
    init_predicate();
    init_compile();
    init_schema();
    init_page();
    init_normalize();
    init_compile2();
    init_complete();
    init_fields();
    init_macros();
    init_literals();
  }
});

// apps/cli/dist/commands/kfl.js
var kfl_exports = {};
__export(kfl_exports, {
  KFL_USAGE: () => KFL_USAGE,
  kflCommand: () => kflCommand,
  kflMessage: () => kflMessage
});
function kflMessage(query, e) {
  const { line, column, length } = e.position;
  const text4 = query.split("\n")[line - 1] ?? "";
  const caret = " ".repeat(Math.max(0, column - 1)) + "^".repeat(Math.max(1, length));
  return `invalid KFL: ${e.message}
  ${text4}
  ${caret}`;
}
function kflCommand(argv) {
  const [verb, ...rest] = argv;
  if (verb === "--help" || verb === "-h" || verb === void 0) {
    process.stdout.write(KFL_USAGE + "\n");
    return verb === void 0 ? 2 : EXIT_OK;
  }
  if (verb !== "check")
    throw new UsageError(`unknown kfl command "${verb}"
${KFL_USAGE}`);
  if (rest.length !== 1)
    throw new UsageError(`trawl kfl check takes one query (quote it)
${KFL_USAGE}`);
  const query = rest[0];
  try {
    process.stdout.write(normalize(parse2(query)) + "\n");
    return EXIT_OK;
  } catch (e) {
    if (e instanceof KflError)
      throw new UsageError(kflMessage(query, e));
    throw e;
  }
}
var KFL_USAGE;
var init_kfl = __esm({
  "apps/cli/dist/commands/kfl.js"() {
    "use strict";
    init_dist();
    init_errors();
    KFL_USAGE = `usage: trawl kfl check 'QUERY'

Checks a KFL query: prints it normalised and exits 0, or prints where it is wrong and exits 2.`;
  }
});

// apps/cli/dist/read-main.js
var read_main_exports = {};
__export(read_main_exports, {
  startRead: () => startRead
});
module.exports = __toCommonJS(read_main_exports);

// apps/cli/dist/commands/read.js
var import_node_fs3 = require("node:fs");
var import_node_util = require("node:util");

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
  const first3 = ENC[v >>> 6];
  const second2 = ENC[v & 63];
  ENC2[v] = LITTLE_ENDIAN ? first3 | second2 << 8 : first3 << 8 | second2;
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
  const raw2 = input.bytes;
  const body2 = {
    encoding: "utf8",
    size: input.size,
    captured: raw2.length,
    truncated: raw2.length < input.size || input.truncated === true
  };
  if (input.missing)
    body2.missing = input.missing;
  let shown = raw2;
  const ce = input.contentEncoding?.trim();
  if (ce && raw2.length > 0) {
    body2.contentEncoding = ce;
    const decoded = decodeContent(raw2, ce, options);
    if (typeof decoded === "string")
      body2.decodeError = decoded;
    else if (decoded !== raw2) {
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
  const keys2 = new Set((options.queryKeys ?? DEFAULT_REDACTED_QUERY_KEYS).map((k) => k.toLowerCase()));
  const fields2 = new Set((options.jsonFields ?? DEFAULT_REDACTED_JSON_FIELDS).map(normalField));
  const spelled = [...fields2].map((f) => [...f].map(escapeRe).join("[-_]?"));
  const mentions = fields2.size > 0 ? new RegExp(`"[^"]{0,40}(?:${spelled.join("|")})[^"]{0,40}"\\s*:`, "i") : null;
  return { headers: headers2, keys: keys2, fields: fields2, mentions, headerVerdicts: /* @__PURE__ */ new Map(), keyVerdicts: /* @__PURE__ */ new Map() };
}
function redactSide(side, n) {
  const { headers: headers2, keys: keys2 } = n;
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
  if (keys2.size > 0) {
    const qs = side.queryString;
    if (isObj(qs)) {
      const r = redactMap(qs, keys2, n.keyVerdicts);
      if (r !== qs)
        (out ??= { ...side }).queryString = r;
    }
    const url = side.url;
    if (typeof url === "string") {
      const r = redactUrl(url, keys2);
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
function redactMap(map2, names2, seen) {
  let out = null;
  for (const key of Object.keys(map2)) {
    if (!isRedacted(key, names2, seen))
      continue;
    const v = map2[key];
    const r = Array.isArray(v) ? v.map(() => REDACTED) : REDACTED;
    out ??= { ...map2 };
    Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return out ?? map2;
}
function redactUrl(url, keys2) {
  const q = url.indexOf("?");
  if (q < 0)
    return url;
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash < 0 ? void 0 : hash);
  let changed = false;
  const parts = query.split("&").map((part) => {
    const eq3 = part.indexOf("=");
    const rawKey = eq3 < 0 ? part : part.slice(0, eq3);
    if (!keys2.has(decodeKey(rawKey).toLowerCase()))
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
    const keys2 = this.v6Keys;
    const hit = this.v6Text[i];
    if (hit !== void 0 && keys2[k] === w0 && keys2[k + 1] === w1 && keys2[k + 2] === w2 && keys2[k + 3] === w3)
      return hit;
    const text4 = formatIPv6(b, o);
    keys2[k] = w0;
    keys2[k + 1] = w1;
    keys2[k + 2] = w2;
    keys2[k + 3] = w3;
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
      const eq3 = pair.indexOf("=");
      if (eq3 > 0)
        out.push({ name: pair.slice(0, eq3).trim(), value: pair.slice(eq3 + 1).trim() });
    }
  }
  return out;
}
function responseCookies(headers2) {
  const out = [];
  for (const line of [headers2["set-cookie"] ?? []].flat()) {
    const pair = line.split(";", 1)[0];
    const eq3 = pair.indexOf("=");
    if (eq3 > 0)
      out.push({ name: pair.slice(0, eq3).trim(), value: pair.slice(eq3 + 1).trim() });
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
      const first3 = s.pending[0];
      if (first3 && first3.offset < limit) {
        this.skip(side, first3.offset - s.nextOffset, ts);
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
    const at2 = s.nextOffset;
    s.advance(length);
    this.budget.gaps++;
    this.budget.gapBytes += length;
    this.sink.gap(side, length, ts, at2);
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
      const at2 = s.nextOffset;
      s.advance(data.length);
      this.sink.data(side, data, seg.ts, at2, seg.peerAck);
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
    let at2 = 0;
    for (const c of this.chunks) {
      out.set(c.bytes, at2);
      at2 += c.bytes.length;
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
        const first3 = probe.chunks[0];
        session.gap(dir, probe.rejectedBytes, {
          ts: first3 ? first3.ts : this.lastTs,
          offset: first3 ? first3.offset - probe.rejectedBytes : 0,
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
    const last2 = this.last;
    if (last2 !== null && sameEnds(last2, srcIp, srcPort, dstIp, dstPort))
      return last2;
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
  unit(b, o, len2, fileOffset) {
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
    const incl = len2 - RECORD_HEADER;
    const orig = u32(b, o + 12, le);
    this.emit({
      ts: u32(b, o, le) * 1e3 + u32(b, o + 4, le) * this.fracToMs,
      linkType: this.linkType,
      data: b.subarray(o + RECORD_HEADER, o + len2),
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
    const len2 = u32(b, o + 4, this.le);
    const min = type === PCAPNG_SHB ? 28 : 12;
    if (len2 < min || len2 % 4 !== 0 || len2 > MAX_BLOCK) {
      throw new CaptureFormatError(`bad block length ${len2} at byte offset ${fileOffset} (block type ${hex32(type)})`, fileOffset);
    }
    return len2;
  }
  unit(b, o, len2, fileOffset) {
    const le = this.le;
    const type = u32(b, o, le);
    const trailer = u32(b, o + len2 - 4, le);
    if (trailer !== len2) {
      throw new CaptureFormatError(`block length mismatch at byte offset ${fileOffset}: header says ${len2}, trailer says ${trailer}`, fileOffset);
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
        return this.interfaceBlock(b, o, len2, fileOffset);
      case EPB:
        return this.packetBlock(b, o, len2, fileOffset, u32(b, o + 8, le));
      case PB:
        return this.packetBlock(b, o, len2, fileOffset, u16(b, o + 8, le));
      case SPB:
        return this.simplePacketBlock(b, o, len2, fileOffset);
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
  interfaceBlock(b, o, len2, fileOffset) {
    if (len2 < 20)
      throw new CaptureFormatError(`interface description block too short (${len2} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    let unitsPerSec = 1e6;
    let offsetMs = 0;
    const end2 = o + len2 - 4;
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
  packetBlock(b, o, len2, fileOffset, id) {
    if (len2 < 32)
      throw new CaptureFormatError(`packet block too short (${len2} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    const itf = this.iface(id, fileOffset);
    const caplen = u32(b, o + 20, le);
    if (caplen > len2 - 32) {
      throw new CaptureFormatError(`bad record length ${caplen} at byte offset ${fileOffset} (block has room for ${len2 - 32})`, fileOffset);
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
  simplePacketBlock(b, o, len2, fileOffset) {
    if (len2 < 16)
      throw new CaptureFormatError(`simple packet block too short (${len2} bytes) at byte offset ${fileOffset}`, fileOffset);
    const itf = this.iface(0, fileOffset);
    const orig = u32(b, o + 8, this.le);
    let caplen = Math.min(orig, len2 - 16);
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
    const at2 = this.#offset;
    if (p === null) {
      this.#fail(new CaptureFormatError(have === 0 ? "empty file: not a pcap or pcapng file" : `truncated file: ${have} bytes, too short for a capture file header`, 0));
    } else if (have > 0) {
      const msg = have < p.headerSize ? `truncated ${p.unitName()} header at byte offset ${at2}: ${p.headerSize} bytes needed, file ends after ${have}` : p.truncated(this.#carry, 0, have, at2);
      this.#fail(new CaptureFormatError(msg, at2));
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
  add(key, now, offset, data, last2, nextHeader) {
    this.count("ip.fragments");
    const end2 = offset + data.length;
    if (end2 > MAX_DATAGRAM || data.length === 0 && !last2) {
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
    if (last2) {
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
    let at2 = pieces.length;
    while (at2 > 0 && pieces[at2 - 1].offset > offset)
      at2--;
    const before = pieces[at2 - 1];
    const after = pieces[at2];
    if (before !== void 0 && before.offset + before.bytes.length > offset || after !== void 0 && after.offset < end2) {
      this.count("ip.fragment_overlap");
    }
    pieces.splice(at2, 0, { offset, bytes: data.slice(), seq: this.seq++ });
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
        const field2 = u16be(buf, p + 2);
        const offset = field2 & 65528;
        const more = (field2 & 1) !== 0;
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
  const head2 = parseFrameHead(b, o);
  if (!("ok" in head2))
    return head2;
  const { type, channel, size: size2 } = head2.message;
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
  const head2 = parseFrameHead(b, o);
  if ("error" in head2)
    return "no";
  if ("incomplete" in head2)
    return "more";
  const { type, channel, size: size2 } = head2.message;
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
    const head2 = parseFrameHead(b, o);
    if ("error" in head2)
      return null;
    if ("incomplete" in head2)
      return "more";
    const { type, channel, size: size2 } = head2.message;
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
    const first3 = response2.indexOf(0);
    if (first3 < 0)
      return null;
    const second2 = response2.indexOf(0, first3 + 1);
    if (second2 < 0)
      return null;
    return text2.decode(response2.subarray(first3 + 1, second2));
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
    const at2 = waiting.findIndex((op2) => op2.replies.includes(name));
    if (at2 >= 0) {
      for (const skipped of waiting.splice(0, at2))
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
          const head2 = parseFrameHead(b, p);
          if ("error" in head2) {
            if (b[p] !== 65) {
              this.desync(head2.code);
              break;
            }
          } else if ("incomplete" in head2)
            return p;
          else if (head2.message.type === FRAME_BODY) {
            this.bodyChannel = head2.message.channel;
            this.bodyLeft = head2.message.size;
            this.bodyWire = head2.message.size + FRAME_OVERHEAD;
            this.mode = head2.message.size === 0 ? "end" : "body";
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
      let at2 = 0;
      for (const k of c.kept) {
        bytes.set(k, at2);
        at2 += k.length;
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
    const len2 = msg[o];
    if (len2 === 0) {
      if (next < 0)
        next = o + 1;
      return { ok: true, name: out === "" ? "." : out, next };
    }
    const kind = len2 & 192;
    if (kind === 192) {
      if (o + 1 >= msg.length)
        return { ok: false, code: "truncated" };
      if (next < 0)
        next = o + 2;
      if (++depth > DNS_LIMITS.maxPointerDepth)
        return { ok: false, code: "pointer_depth" };
      const target = (len2 & 63) << 8 | msg[o + 1];
      if (target >= msg.length)
        return { ok: false, code: "bad_pointer" };
      o = target;
      continue;
    }
    if (kind !== 0)
      return { ok: false, code: "bad_label" };
    if (o + 1 + len2 > msg.length)
      return { ok: false, code: "truncated" };
    wire += len2 + 1;
    if (wire > DNS_LIMITS.maxNameLength)
      return { ok: false, code: "name_too_long" };
    if (out !== "")
      out += ".";
    out += label(msg, o + 1, o + 1 + len2);
    o += 1 + len2;
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
    const len2 = msg[o];
    if (len2 === 0)
      return true;
    if (len2 >= 192) {
      o = (len2 & 63) << 8 | msg[o + 1];
      hops++;
      continue;
    }
    for (let i = o + 1; i <= o + len2; i++)
      if (msg[i] < 32 || msg[i] === 127)
        return false;
    o += 1 + len2;
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
    const len2 = r.u16();
    const v = r.bytes(len2);
    out += " " + keyName(key) + value(key, v);
  }
  return out;
}
function value(key, v) {
  switch (key) {
    case 0: {
      if (v.length === 0 || v.length % 2)
        throw new RdataError("bad_svcparam");
      const keys2 = [];
      for (let i = 0; i < v.length; i += 2)
        keys2.push(keyName(v[i] << 8 | v[i + 1]));
      return "=" + keys2.join(",");
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
    const len2 = r.u8();
    if (len2 < 1 || len2 > 32)
      throw new RdataError("bad_bitmap");
    const bits = r.bytes(len2);
    for (let i = 0; i < len2; i++)
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
    const head2 = `${typeName(r.u16())} ${r.u8()} ${r.u8()} ${r.u32()} ${sigTime(r.u32())} ${sigTime(r.u32())} ${r.u16()}`;
    return `${head2} ${r.name()} ${b64(r.rest())}`;
  },
  47: (r) => `${r.name()} ${typeBitmap(r)}`.trimEnd(),
  48: dnskey,
  50: (r) => {
    const head2 = `${r.u8()} ${r.u8()} ${r.u16()} ${salt(r)}`;
    return `${head2} ${base32hex(r.bytes(r.u8())).toUpperCase()} ${typeBitmap(r)}`.trimEnd();
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
    const len2 = m[o + 2] << 8 | m[o + 3];
    if (o + 4 + len2 > end2) {
      note(msg, "bad_edns_option");
      break;
    }
    const data = m.subarray(o + 4, o + 4 + len2);
    e.options.push({ code: ednsOptionName(code), data: optionData(code, data, msg) });
    o += 4 + len2;
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
function detectMessage(m, complete2, tcp) {
  if (m.length < HEADER_SIZE)
    return complete2 ? null : "more";
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
  if (complete2 && HEADER_SIZE + h.qdcount * MIN_QUESTION > m.length)
    return null;
  if (h.opcode === 6)
    return records === 0 && h.qdcount === 0 ? h.qr ? "server" : "client" : null;
  const first3 = readName(m, HEADER_SIZE);
  if (!first3.ok)
    return first3.code === "truncated" && !complete2 ? "more" : null;
  if (!nameLooksReal(m, HEADER_SIZE))
    return null;
  if (first3.next + 4 > m.length)
    return complete2 ? null : "more";
  const type = m[first3.next] << 8 | m[first3.next + 1];
  const cls = (m[first3.next + 2] << 8 | m[first3.next + 3]) & 32767;
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
  const first3 = query ?? response2;
  const anomalies = anomaliesOf(query, response2);
  if (query === null)
    anomalies.push("unpaired");
  const entry = {
    timestamp: first3.ts,
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
      let field2 = this.expectName();
      if (lx.is(":")) {
        this.advance();
        field2 = this.expectName();
      }
      if (op.rootFields.length < GRAPHQL_LIMITS.maxRootFields)
        op.rootFields.push(field2);
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
  let last2 = "";
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
      if (last2 !== "")
        appendFold(headers2, last2, text4.slice(pos, e).trim());
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
      last2 = "";
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
    last2 = name;
    pos = next;
  }
  return headers2;
}
function detach(s) {
  return s.length < 13 ? s : (s + " ").slice(0, -1);
}
function nameHash(text4, s, e) {
  const len2 = e - s;
  const h = len2 << 24 ^ text4.charCodeAt(s) << 16 ^ text4.charCodeAt(s + 1) << 8 ^ text4.charCodeAt(e - 1) ^ text4.charCodeAt(e - 2) << 4;
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
  const len2 = e - s;
  let i = hash >>> 32 - NAME_BITS;
  for (let k = 0; k < NAME_PROBES; k++, i = i + 1 & NAME_SLOTS - 1) {
    const raw2 = nameRaw[i];
    if (raw2 === void 0) {
      const name = detach(text4.slice(s, e));
      const lower = name.toLowerCase();
      if (len2 <= NAME_MAX_LENGTH) {
        nameRaw[i] = name;
        nameLower[i] = lower;
      }
      return lower;
    }
    if (raw2.length === len2 && text4.startsWith(raw2, s))
      return nameLower[i];
  }
  return text4.slice(s, e).toLowerCase();
}
function lowerName(raw2) {
  return cachedName(raw2, 0, raw2.length, nameHash(raw2, 0, raw2.length));
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
  const [first3, rest] = firstLine(text4);
  const line = parseRequestLine(first3);
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
  const [first3, restAt] = firstLine(text4);
  const method = first3.slice(0, i - offset);
  const rest = first3.slice(i - offset).trim();
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
  const [first3, rest] = firstLine(text4);
  const line = parseStatusLine(first3);
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
  const last2 = buf.lastIndexOf(LF2, end2 - 1);
  if (last2 < offset)
    return null;
  const text4 = latin.decode(buf.subarray(offset, last2 + 1));
  const [first3, rest] = firstLine(text4);
  const anomalies = [];
  if (dir === 0) {
    const line2 = parseRequestLine(first3);
    if (line2 === null)
      return null;
    return { kind: "request", ...line2, headers: parseHeaderText(text4, rest, anomalies), anomalies };
  }
  const line = parseStatusLine(first3);
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
    const eq3 = query.indexOf("=", s);
    const hasEq = eq3 >= 0 && eq3 < amp;
    const key = decodeQueryComponent(query.slice(s, hasEq ? eq3 : amp));
    const value2 = hasEq ? decodeQueryComponent(query.slice(eq3 + 1, amp)) : "";
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
    for (let len2 = Math.min(4, (run.length - i) / 3); len2 >= 1 && !done; len2--) {
      try {
        out += decodeURIComponent(run.slice(i, i + 3 * len2));
        i += 3 * len2;
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
      const len2 = readVarint(buf, p);
      if (!len2 || len2.value > BigInt(buf.length - len2.next))
        return null;
      p = len2.next;
      const end2 = p + Number(len2.value);
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
  for (let len2 = 1; len2 <= MAX_LEN; len2++) {
    for (let s = 0; s < LENGTHS.length; s++)
      if (LENGTHS[s] === len2)
        sorted.push(s);
  }
  for (const l of LENGTHS)
    count[l]++;
  let code = 0;
  let index = 0;
  for (let len2 = 1; len2 <= MAX_LEN; len2++) {
    firstCode[len2] = code;
    firstIndex[len2] = index;
    code = (code + count[len2]) * 2;
    index += count[len2];
  }
}
function huffmanDecode(input) {
  const out = new Uint8Array(Math.ceil(input.length * 8 / 5));
  let o = 0;
  let code = 0;
  let len2 = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    for (let b = 7; b >= 0; b--) {
      code = code * 2 + (byte >> b & 1);
      len2++;
      const rank = code - firstCode[len2];
      if (rank >= 0 && rank < count[len2]) {
        const sym = sorted[firstIndex[len2] + rank];
        if (sym === EOS)
          return null;
        out[o++] = sym;
        code = 0;
        len2 = 0;
      } else if (len2 >= MAX_LEN)
        return null;
    }
  }
  if (len2 > 7 || code !== (1 << len2) - 1)
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
  constructor(complete2, limit, onEvent = () => {
  }) {
    this.limit = limit;
    this.onEvent = onEvent;
    this.known = complete2 ? Infinity : 0;
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
  const len2 = readInt(buf, p, 7);
  if (!len2)
    return null;
  const end2 = len2.next + len2.value;
  if (end2 > buf.length)
    return null;
  const raw2 = buf.subarray(len2.next, end2);
  const bytes = huffman ? huffmanDecode(raw2) : raw2;
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
      const at2 = { ts: meta.ts, offset: meta.offset + p };
      if (h2.length > this.maxFrameBytes)
        return this.startSkip(h2, at2, p + FRAME_HEADER_BYTES, n);
      if (n - p < total2) {
        this.hold(buf, p, n, meta);
        return n;
      }
      this.deliver(h2, buf.subarray(p + FRAME_HEADER_BYTES, p + total2), at2);
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
  startSkip(h, at2, p, n) {
    this.sink.count("limit.http2.maxFrameBytes");
    this.sink.lostFrame(h, at2, h.length);
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
  deliver(h, payload, at2) {
    this.frames++;
    this.sink.frame({ ...h, payload }, at2);
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
      frame: (f, at2) => this.frame(dir, f, at2),
      lostFrame: (h, at2, missing) => this.lostFrame(dir, h, at2, missing),
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
  frame(dir, f, at2) {
    const block = this.blocks[dir];
    if (block && (f.type !== FRAME.CONTINUATION || f.streamId !== block.streamId)) {
      this.ctx.count("http2.continuation_missing");
      this.dropBlock(dir);
    }
    const wire = 9 + f.length;
    switch (f.type) {
      case FRAME.DATA:
        return this.data(dir, f, at2, wire);
      case FRAME.HEADERS:
      case FRAME.PUSH_PROMISE:
        return this.headers(dir, f, at2, wire);
      case FRAME.CONTINUATION:
        return this.continuation(dir, f, at2, wire);
      case FRAME.RST_STREAM: {
        const s = this.stream(f.streamId, false);
        if (!s)
          return;
        this.half(s, dir).wire += wire;
        s.reset = f.payload.length >= 4 ? errorName(u322(f.payload, 0)) : "PROTOCOL_ERROR";
        pushOnce2(s.anomalies, "reset");
        return this.emit(s, at2.ts);
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
  data(dir, f, at2, wire) {
    const s = this.stream(f.streamId, true);
    if (!s)
      return;
    const half = this.half(s, dir);
    touch(half, at2.ts, wire);
    const data = unpad(f);
    if (!data) {
      this.ctx.count("http2.bad_padding");
      pushOnce2(s.anomalies, "bad-padding");
    } else if (!addBody(half, data, this.ctx.limits.maxBodyBytes)) {
      pushOnce2(s.anomalies, "truncated");
      this.ctx.count("limit.maxBodyBytes");
    }
    if (f.flags & FLAG.END_STREAM)
      this.endHalf(s, dir, at2.ts);
  }
  headers(dir, f, at2, wire) {
    const s = this.stream(f.streamId, true);
    if (s)
      touch(this.half(s, dir), at2.ts, wire);
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
      at: at2
    };
    if (f.flags & FLAG.END_HEADERS)
      this.finishBlock(dir);
  }
  continuation(dir, f, at2, wire) {
    const block = this.blocks[dir];
    const s = this.stream(f.streamId, false);
    if (s)
      touch(this.half(s, dir), at2.ts, wire);
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
  lostFrame(dir, h, at2, missing) {
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
    touch(half, at2.ts, 9 + h.length);
    pushOnce2(s.anomalies, "gap");
    if (h.type === FRAME.DATA) {
      half.size += missing;
      half.missing += missing;
      pushOnce2(s.anomalies, "truncated");
    }
    if ((h.type === FRAME.DATA || h.type === FRAME.HEADERS) && h.flags & FLAG.END_STREAM)
      this.endHalf(s, dir, at2.ts);
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
  const values2 = /* @__PURE__ */ new Map();
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
    if (!values2.has(vNum))
      values2.set(vNum, vName);
  }
  index.enums.set(qualify(scope, name), values2);
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
    const values2 = fieldValues(index, fd, f, depth, budget);
    if (fd.repeated) {
      const sub = index.messages.get(fd.typeName);
      if (sub?.mapEntry) {
        const map2 = out[fd.name] ??= {};
        for (const v of values2) {
          const e = v;
          if (e && typeof e === "object")
            map2[String(e.key ?? "")] = e.value ?? null;
        }
      } else {
        const list = out[fd.name] ??= [];
        list.push(...values2);
      }
    } else if (values2.length > 0)
      out[fd.name] = values2[values2.length - 1];
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
  const head2 = msg.head;
  if (head2.kind !== "request")
    throw new Error("http1: request expected");
  const { path, query } = splitTarget(head2.target);
  const out = {
    method: head2.method,
    path,
    url: head2.target,
    queryString: parseQuery(query),
    httpVersion: `HTTP/${head2.version}`,
    headers: head2.headers,
    body: messageBody(msg, ctx)
  };
  if (msg.body?.trailers)
    out.trailers = msg.body.trailers;
  return out;
}
function responseObject2(msg, interim, ctx) {
  const head2 = msg.head;
  if (head2.kind !== "response")
    throw new Error("http1: response expected");
  const out = {
    status: head2.status,
    statusText: head2.statusText,
    httpVersion: `HTTP/${head2.version}`,
    headers: head2.headers,
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
    const first3 = this.queue.findIndex((e) => e.resp === null);
    if (first3 < 0)
      return null;
    const ack = msg.peerAck;
    if (this.responsesLost) {
      this.responsesLost = false;
      if (ack >= 0) {
        let best = -1;
        for (let j = first3; j < this.queue.length; j++)
          if (this.queue[j].endOffset <= ack)
            best = j;
        if (best < 0)
          return null;
        const lost = this.queue.splice(first3, best - first3);
        for (const ex of lost)
          this.emit(ex, true);
        return this.queue[first3];
      }
    }
    if (this.requestsLost && ack >= 0) {
      if (this.queue[first3].endOffset > ack)
        return null;
      this.requestsLost = false;
    }
    return this.queue[first3];
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
    const len2 = e - s;
    if (len2 <= 0)
      return;
    this.size += len2;
    const room = this.limit - this.captured;
    if (room <= 0)
      return;
    const take = Math.min(room, len2);
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
    const at2 = this.next;
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
      this.finish(msg, at2, meta.ts);
      this.startResync(true);
    } else if (this.mode === "head") {
      if (this.carry.length > 0)
        this.recoverPartial(this.carry.view(), 0, this.carry.length, at2, meta.ts, "gap");
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
    const head2 = parsePartialHead(buf, s, e, this.dir);
    if (head2 === null) {
      this.skipped(e - s);
      return;
    }
    const msg = this.newMessage(head2, this.carryTs, this.carryOffset, this.carryPeerAck, e - s, ts);
    pushOnce(msg.anomalies, why2);
    pushOnce(msg.anomalies, "truncated");
    this.hooks.onHead(msg);
    this.finish(msg, endOffset, ts);
  }
  newMessage(head2, ts, offset, peerAck, headSize, lastTs) {
    return {
      dir: this.dir,
      head: head2,
      body: null,
      firstTs: ts,
      lastTs,
      startOffset: offset,
      endOffset: offset + headSize,
      peerAck,
      headSize,
      wireSize: headSize,
      anomalies: head2.anomalies,
      exchange: null,
      kind: "final"
    };
  }
  start(head2, headSize, ts, offset, peerAck, meta) {
    const msg = this.newMessage(head2, ts, offset, peerAck, headSize, meta.ts);
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
    const head2 = { kind: "response", status: 200, statusText: "", version: "0.9", headers: {}, anomalies: [] };
    const msg = this.newMessage(head2, ts, offset, peerAck, 0, ts);
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
  constructor(at2) {
    super(`kafka: frame ends before offset ${at2}`);
    this.at = at2;
    this.name = "KafkaShort";
  }
};
var KafkaMalformed = class extends Error {
  at;
  constructor(message, at2) {
    super(`kafka: ${message} at offset ${at2}`);
    this.at = at2;
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
    const at2 = this.pos;
    if (n < 0 || at2 + n > this.frameEnd)
      throw new KafkaMalformed(`${n} bytes past the frame end`, at2);
    if (at2 + n > this.end)
      throw new KafkaShort(at2 + n);
    this.pos = at2 + n;
    return at2;
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
  length(compact2, wide) {
    const at2 = this.pos;
    const n = compact2 ? this.uvarint() - 1 : wide ? this.int32() : this.int16();
    if (n < -1)
      throw new KafkaMalformed(`negative length ${n}`, at2);
    return n;
  }
  nullableString(compact2) {
    const n = this.length(compact2, false);
    if (n === -1)
      return null;
    const o = this.need(n);
    const cut2 = Math.min(n, KAFKA_LIMITS.maxStringChars * 4);
    const s = utf87.decode(this.buf.subarray(o, o + cut2));
    return s.length > KAFKA_LIMITS.maxStringChars ? s.slice(0, KAFKA_LIMITS.maxStringChars) : s;
  }
  string(compact2) {
    const at2 = this.pos;
    const s = this.nullableString(compact2);
    if (s === null)
      throw new KafkaMalformed("null string", at2);
    return s;
  }
  /** A bytes field: its view (valid as long as the frame's bytes), or null. */
  bytes(compact2) {
    const n = this.length(compact2, true);
    if (n === -1)
      return null;
    const o = this.need(n);
    return this.buf.subarray(o, o + n);
  }
  /** Bytes that may run past what we kept of the frame: the view of what we have, and the real size. */
  partialBytes(compact2) {
    const n = this.length(compact2, true);
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
  arrayLength(compact2) {
    const at2 = this.pos;
    const n = compact2 ? this.uvarint() - 1 : this.int32();
    if (n < -1)
      throw new KafkaMalformed(`negative array length ${n}`, at2);
    if (n > this.frameEnd - this.pos)
      throw new KafkaMalformed(`array of ${n} in ${this.end - this.pos} bytes`, at2);
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
function readArray2(r, compact2, item, max = KAFKA_LIMITS.maxListed) {
  const n = r.arrayLength(compact2);
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
  const field2 = () => {
    const n = varint();
    if (n < 0)
      return { size: 0, text: null };
    if (o + n > end2)
      throw new RangeError("record");
    const at2 = o;
    o += n;
    return n <= KAFKA_LIMITS.maxSampleBytes ? { size: n, text: show(b.subarray(at2, at2 + n)) } : { size: n };
  };
  try {
    for (let i = 0; i < Math.min(count2, KAFKA_LIMITS.maxSamples); i++) {
      const len2 = varint();
      const next = o + len2;
      if (len2 < 0 || next > end2)
        break;
      o++;
      varint();
      const offsetDelta = varint();
      const key = field2();
      const value2 = field2();
      const s = { offset: baseOffset + offsetDelta, keySize: key.size, valueSize: value2.size };
      if ("text" in key)
        s.key = key.text;
      if ("text" in value2)
        s.value = value2.text;
      const headers2 = varint();
      for (let h = 0; h < headers2 && h < KAFKA_LIMITS.maxListed; h++) {
        const k = field2();
        field2();
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
    const first3 = groups2?.items[0];
    if (first3)
      out.set("groupId", first3.groupId);
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
  const first3 = runBody(d.response.get(apiKey), r, apiKey, apiVersion);
  if (first3.anomaly === "body" && apiKey === API.ApiVersions && apiVersion > 0) {
    const retry = runBody(d.response.get(apiKey), new KafkaReader(r.buf, start, r.end, r.frameEnd), apiKey, 0);
    if (!retry.anomaly)
      return retry;
  }
  return first3;
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
    const at2 = s + 14 + Math.max(idLen, 0);
    if (at2 >= e)
      return "more";
    if (b[at2] > 16)
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
  const first3 = req ?? resp;
  const entry = {
    timestamp: first3.firstTs,
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
  const len2 = u24(b, 0);
  if (len2 < 18 || b[3] !== 0)
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
  if (filler + 2 > 4 + len2)
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
  const len2 = u24(b, 0);
  const seq = b[3];
  if (seq === 0 || len2 === 0)
    return "no";
  const head2 = b[4];
  if (head2 === 255)
    return probeErr(b, len2);
  if (seq === 1 && len2 === 1 && head2 >= 1 && head2 <= 250) {
    if (n < 13)
      return "more";
    return b[8] === 2 && b[9] === 3 && b[10] === 100 && b[11] === 101 && b[12] === 102 ? "yes" : "no";
  }
  if (head2 === 0 && seq === 1 && len2 >= 7 && len2 <= 64)
    return probeOk(b, len2);
  return "no";
}
function probeErr(b, len2) {
  if (len2 < 9 || len2 > 1024)
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
  for (let k = 13; k < 4 + len2 && k < n; k++)
    if (!printable2(b[k]))
      return "no";
  return n < 4 + len2 ? "more" : "yes";
}
function probeOk(b, len2) {
  if (b.length < 4 + len2)
    return "more";
  if (b.length !== 4 + len2)
    return "no";
  let i = 5;
  for (let k = 0; k < 2; k++) {
    const f = b[i];
    i += f < 251 ? 1 : f === 252 ? 3 : f === 253 ? 4 : 99;
  }
  if (i + 4 > 4 + len2)
    return "no";
  const status = b[i] | b[i + 1] << 8;
  const warnings = b[i + 2] | b[i + 3] << 8;
  if ((status & 3) === 0 || warnings > 1e3)
    return "no";
  i += 4;
  if (i === 4 + len2)
    return "yes";
  return b[i] < 251 && i + 1 + b[i] <= 4 + len2 ? "yes" : "no";
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
    const first3 = this.u8();
    if (first3 < 251)
      return first3;
    if (first3 === 251)
      return null;
    if (first3 === 252)
      return this.u16();
    if (first3 === 253)
      return this.u24();
    if (first3 === 254) {
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
  const values2 = [];
  for (let i = 0; i < count2 && i < MAX_PARAMETERS; i++) {
    if (bitmap[i >> 3] & 1 << (i & 7))
      values2.push(null);
    else
      values2.push(binaryValue(c, types[i] & 255, types[i] > 255));
    if (c.bad)
      return out;
  }
  out.parameters = values2;
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
function sqlKeyword(sql2) {
  let i = 0;
  const n = Math.min(sql2.length, 4096);
  while (i < n) {
    const ch5 = sql2[i];
    if (ch5 === " " || ch5 === "	" || ch5 === "\r" || ch5 === "\n" || ch5 === "(" || ch5 === ";")
      i++;
    else if (ch5 === "/" && sql2[i + 1] === "*") {
      const end2 = sql2.indexOf("*/", i + 2);
      if (end2 < 0)
        return "";
      i = end2 + 2;
    } else if (ch5 === "#" || ch5 === "-" && sql2[i + 1] === "-") {
      const end2 = sql2.indexOf("\n", i);
      if (end2 < 0)
        return "";
      i = end2 + 1;
    } else
      break;
  }
  const m = /^[A-Za-z_]+/.exec(sql2.slice(i, i + 64));
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
function redactSql(sql2) {
  if (!/IDENTIFIED|PASSWORD/i.test(sql2))
    return sql2;
  let out = sql2;
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
      const sql2 = redactSql(queryText(b, caps));
      request.query = sql2;
      request.method = sqlKeyword(sql2) || "Query";
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
        const len2 = this.hdr[0] | this.hdr[1] << 8 | this.hdr[2] << 16;
        if (!this.continued)
          this.seq = this.hdr[3];
        this.length += len2;
        this.wire += 4;
        if (this.length > MAX_LOGICAL_PACKET) {
          this.reset();
          return "lost";
        }
        this.continued = len2 === MAX_PHYSICAL;
        this.need = len2;
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
      let at2 = 0;
      for (const p2 of this.parts) {
        payload.set(p2, at2);
        at2 += p2.length;
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
    const head2 = b.length > 0 ? b[0] : -1;
    if (this.packets === 0 && this.phase === "first" && head2 === 254 && p.length < 9 && p.seq !== this.expectSeq) {
      this.count("mysql.stray_eof");
      return false;
    }
    if (p.seq !== this.expectSeq && this.kind !== "stream")
      this.count("mysql.bad_sequence");
    this.expectSeq = p.seq + 1 & 255;
    this.packets++;
    if (head2 === 255 && this.phase !== "stream") {
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
        this.first(p, head2);
        break;
      case "columns":
        this.column(b);
        break;
      case "columnsEnd":
        if (head2 === 254 && p.length < 9 && !this.deprecateEof(p))
          this.phase = "rows";
        else if (head2 === 254 && this.isTerminator(p))
          this.endResult(p);
        else {
          this.phase = "rows";
          this.row(p);
        }
        break;
      case "rows":
        if (head2 === 254 && this.isTerminator(p))
          this.endResult(p);
        else
          this.row(p);
        break;
      case "prepDefs":
        this.prepDef(p, head2);
        break;
      case "fieldList":
        if (head2 === 254)
          this.phase = "done";
        else
          this.keepColumn(b);
        break;
      case "auth":
        this.auth(p, head2);
        break;
      case "stream":
        break;
    }
    return this.done;
  }
  first(p, head2) {
    const b = p.payload;
    if (this.kind === "statistics") {
      this.sum.info = clip(decodeUtf8(b), 1024);
      this.phase = "done";
      return;
    }
    if (head2 === 0 && this.kind === "prepare") {
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
    if (head2 === 254 && p.length < 9 && this.kind === "simple") {
      this.phase = "done";
      return;
    }
    if (head2 === 0 || head2 === 254 && this.kind === "simple") {
      this.ok(p);
      return;
    }
    if (this.kind === "simple" || this.kind === "prepare") {
      this.count("mysql.unexpected_reply");
      this.phase = "done";
      return;
    }
    if (head2 === 251) {
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
    const len2 = c.lenenc();
    return c.bad || len2 === null || len2 > p.length - 9;
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
  prepDef(p, head2) {
    if (head2 === 254 && p.length < 9) {
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
  auth(p, head2) {
    if (head2 === 0) {
      this.ok(p);
      this.phase = "done";
    } else if (head2 === 254) {
      this.sum.authSwitch = parseAuthSwitch(p.payload);
    }
  }
};

// packages/protocols/dist/mysql/resync.js
function isCommandStart(b) {
  if (b.length < 5 || b[3] !== 0)
    return false;
  const len2 = b[0] | b[1] << 8 | b[2] << 16;
  if (len2 === 0 || COMMANDS[b[4]] === void 0)
    return false;
  return b[4] === 3 || b[4] === 22 || b[4] === 23 || b[4] === 24 || len2 + 4 <= b.length;
}
function isReplyStart(b) {
  if (b.length < 5 || b[3] !== 1)
    return false;
  const len2 = b[0] | b[1] << 8 | b[2] << 16;
  const h = b[4];
  if (len2 === 0)
    return false;
  if (h === 0 || h === 255 || h === 254 || h === 251)
    return len2 + 4 <= b.length || len2 > 64;
  return len2 === 1 || h === 252 && len2 === 3;
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
      const last2 = this.pending.last();
      if (last2)
        addAnomaly(last2, why2);
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
  const len2 = b[0] | b[1] << 8 | b[2] << 16;
  if (len2 === 0)
    return false;
  if (dir === 0)
    return b[3] === 0 && COMMANDS[b[4]] !== void 0 || b[3] === 1;
  if (b[3] === 0)
    return b[4] === 10 || b[4] === 255;
  const h = b[4];
  return h === 0 || h === 255 || h === 254 || h === 251 || len2 <= 9;
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
    const len2 = c.i32();
    if (len2 === -1) {
      if (i < PG_LIMITS.maxParameters)
        parameters.push(null);
      continue;
    }
    const v = c.bytes(len2);
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
    const len2 = c.i32();
    const v = len2 === -1 ? null : c.bytes(len2);
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
  const len2 = u323(b, 0);
  if (len2 < 8 || len2 > 1e4)
    return "no";
  if (b.length < 8)
    return "more";
  const code = u323(b, 4);
  if (code === CODE.ssl || code === CODE.gssenc)
    return len2 === 8 ? "yes" : "no";
  if (code === CODE.cancel)
    return len2 === 16 ? "yes" : "no";
  if (code >>> 16 !== 3 || (code & 65535) > 2)
    return "no";
  const end2 = Math.min(b.length, len2);
  for (let i = 8; i < end2; i++)
    if (b[i] !== 0 && !(b[i] >= 32 && b[i] !== 127))
      return "no";
  if (b.length < len2)
    return len2 > MAX_DETECT_MESSAGE ? "no" : "more";
  if (b[len2 - 1] !== 0)
    return "no";
  const s = decodeStartup(b.subarray(4, len2));
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
      const len2 = c.i32();
      if (len2 !== -1)
        c.bytes(len2);
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
      const len2 = c.i32();
      if (len2 !== -1)
        c.bytes(len2);
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
function probeTyped(b, first3, types) {
  const check = first3[b[0]];
  if (!check)
    return "no";
  if (b.length < 5)
    return "more";
  const len2 = u323(b, 1);
  if (len2 < 4 || len2 > MAX_DETECT_MESSAGE)
    return "no";
  if (b.length < len2 + 1)
    return "more";
  if (!check(new Cursor2(b.subarray(5, len2 + 1))))
    return "no";
  let off = len2 + 1;
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
      const c = first3[b[off]];
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
  const last2 = all[all.length - 1];
  if (last2?.command !== void 0)
    out.command = last2.command;
  if (last2?.rows !== void 0)
    out.rows = last2.rows;
  else if (last2 && last2.counted > 0)
    out.rows = last2.counted;
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
    const len2 = (h[p] << 24 | h[p + 1] << 16 | h[p + 2] << 8 | h[p + 3]) >>> 0;
    if (!lengthOk(typed, len2)) {
      this.hooks.count("postgres.bad_length.error");
      this.reset();
      this.resync = true;
      this.hooks.lost("desync");
      return bytes.length;
    }
    this.type = typed ? h[0] : 0;
    this.wire = len2 + (typed ? 1 : 0);
    this.bodyLeft = len2 - 4;
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
  const at2 = KEY_AT[command];
  if (at2 !== void 0)
    return at2 < args.length ? at2 : -1;
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
  fail(code, at2) {
    this.reset();
    return { consumed: at2, error: { code, at: at2 } };
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
    const len2 = this.lineLen;
    this.lineLen = 0;
    const hasCr = len2 >= 2 && this.line[len2 - 2] === CR5;
    let body2 = this.line.subarray(0, len2 - (hasCr ? 2 : 1));
    if (this.line.length > 4096) {
      body2 = body2.slice();
      this.line = new Uint8Array(128);
    }
    const type = String.fromCharCode(body2[0] ?? 0);
    const typed = len2 > 1 && "+-:$*%~>|_#,(!=".includes(type) && body2.length > 0;
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
    const len2 = Number(rest);
    if (len2 === -1 && type === "$")
      return this.leaf(null);
    if (len2 < 0 || len2 > MAX_BULK_LENGTH)
      return ParseErrorCode.badLength;
    const keep = Math.min(len2, this.stringBudget);
    if (keep < len2)
      this.msg.truncated = true;
    this.stringBudget -= keep;
    this.bulk = { type, remaining: len2, kept: new Uint8Array(keep), keptLen: 0 };
    if (len2 === 0) {
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
  let first3 = null;
  const r = d.feed(bytes.subarray(offset), { ts: 0, offset: 0, peerAck: -1 }, (m) => first3 = m, true);
  if (r.error)
    return { error: r.error.code, at: r.error.at };
  if (first3)
    return { ok: true, message: first3, consumed: r.consumed };
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
  const len2 = number(b, i + 1);
  if (!Array.isArray(len2))
    return len2;
  if (len2[0] < 1 || len2[0] > MAX_NAME)
    return "no";
  i = len2[1];
  const end2 = i + len2[0];
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
var KNOWN_PREFIX = (word2) => word2.length <= 20 && /^[A-Z_]*$/.test(word2);
function probeInline(b) {
  let i = 0;
  while (i < b.length && (b[i] >= 65 && b[i] <= 90 || b[i] === 95))
    i++;
  const word2 = String.fromCharCode(...b.subarray(0, i));
  if (i === b.length)
    return KNOWN_PREFIX(word2) ? "more" : "no";
  if (i === 0 || !isKnownCommand(word2) || INLINE_AMBIGUOUS.has(word2))
    return "no";
  const needsArgument = keyIndex(word2, ["k"]) === 0;
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
  if (/ HTTP\/\d/.test(line) || line.startsWith(`${word2} /`))
    return "no";
  if (needsArgument && line.slice(word2.length).trim() === "")
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
  const first3 = ex.replies[0];
  const last2 = ex.replies[ex.replies.length - 1];
  const request = ex.cmd ? requestObject4(ex) : ex.push && first3 ? pushRequest(first3) : null;
  const entry = {
    timestamp: ex.req ? ex.req.firstTs : first3 ? first3.firstTs : 0,
    elapsedTime: ex.req && last2 ? last2.lastTs - ex.req.firstTs : null,
    protocol: { name: "redis", version, abbr: "REDIS" },
    request,
    response: first3 ? responseObject5(ex) : null,
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
    const head2 = this.queue[0];
    const confirmation = CONFIRMATIONS.has(kind) && (msg.type === ">" || msg.type === "*") && countOf(msg.value) >= 0 && msg.value.length === 3;
    if (confirmation)
      this.subscribed = countOf(msg.value) > 0;
    if (confirmation && head2 && head2.cmd && isSubscribeFamily(head2.cmd.name) && this.answers(head2, msg)) {
      head2.replies.push(msg);
      head2.anomalies.push(...anomalies);
      const n = countOf(msg.value);
      if (head2.expect >= 0 && head2.replies.length >= head2.expect || head2.expect < 0 && n <= 0)
        this.complete();
      return;
    }
    const pubsubMessage = msg.type === "*" && this.subscribed && MESSAGES.has(kind);
    if (msg.type === ">" || pubsubMessage || confirmation) {
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: true, anomalies }, this.version);
      return;
    }
    if (!head2 || !this.answers(head2, msg)) {
      this.count("redis.unpaired_reply");
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: false, anomalies: [...anomalies, "unpaired"] }, this.version);
      return;
    }
    head2.replies.push(msg);
    head2.anomalies.push(...anomalies);
    const name = head2.cmd?.name;
    if (name === "RESET")
      this.subscribed = false;
    if (name === "HELLO" && !msg.error)
      this.version = helloVersion(msg.value) ?? this.version;
    this.complete();
  }
  /** Could the server have sent `msg` in answer to `head`? (It must have read the whole command.) */
  answers(head2, msg) {
    if (head2.req && msg.firstTs < head2.req.firstTs)
      return false;
    return !(msg.peerAck >= 0 && head2.req && msg.peerAck < head2.reqEnd);
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
var import_node_zlib = require("node:zlib");
var nodeDecompress = (encoding, data, maxOutput) => {
  const opts = { maxOutputLength: Math.max(1, maxOutput) };
  switch (encoding) {
    case "gzip":
      return (0, import_node_zlib.gunzipSync)(data, opts);
    case "br":
      return (0, import_node_zlib.brotliDecompressSync)(data, opts);
    case "deflate":
      try {
        return (0, import_node_zlib.inflateSync)(data, opts);
      } catch {
        return (0, import_node_zlib.inflateRawSync)(data, opts);
      }
  }
};

// apps/cli/dist/commands/read.js
init_errors();

// apps/cli/dist/output/sink.js
var import_node_fs = require("node:fs");
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
        const n = (0, import_node_fs.writeSync)(1, buf);
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
var import_node_fs2 = require("node:fs");
function fingerprint(file) {
  let hash = 2166136261;
  try {
    const fd = (0, import_node_fs2.openSync)(file, "r");
    try {
      const size2 = String((0, import_node_fs2.fstatSync)(fd).size);
      for (let i = 0; i < size2.length; i++)
        hash = Math.imul(hash ^ size2.charCodeAt(i), 16777619) >>> 0;
      const buf = Buffer.alloc(65536);
      const n = (0, import_node_fs2.readSync)(fd, buf, 0, buf.length, 0);
      for (let i = 0; i < n; i++)
        hash = Math.imul(hash ^ buf[i], 16777619) >>> 0;
    } finally {
      (0, import_node_fs2.closeSync)(fd);
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
  const { values: values2, positionals } = (0, import_node_util.parseArgs)({
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
  if (values2.help) {
    process.stdout.write(READ_USAGE + "\n");
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError("trawl read needs at least one capture file\n" + READ_USAGE);
  const format = values2.format;
  if (format !== "ndjson" && format !== "table" && format !== "har")
    throw new UsageError(`--format must be ndjson, table or har, not "${format}"`);
  const limit = values2.limit === void 0 ? Infinity : positiveInt("--limit", values2.limit);
  const bodyLimit = values2["body-limit"] === void 0 ? void 0 : positiveInt("--body-limit", values2["body-limit"], true);
  if (values2.stats !== void 0 && values2.stats !== "json")
    throw new UsageError('--stats takes "json"');
  const grpcDescriptorSets = values2["grpc-descriptors"]?.split(",").map((f) => {
    try {
      return new Uint8Array((0, import_node_fs3.readFileSync)(f));
    } catch (e) {
      throw new UsageError(`--grpc-descriptors: cannot read ${f}: ${e.code ?? e.message}`);
    }
  });
  let keep = null;
  if (values2.filter !== void 0) {
    const [{ compile: compile2, KflError: KflError2 }, { kflMessage: kflMessage2 }] = await Promise.all([Promise.resolve().then(() => (init_dist(), dist_exports)), Promise.resolve().then(() => (init_kfl(), kfl_exports))]);
    try {
      keep = compile2(values2.filter).predicate;
    } catch (e) {
      if (e instanceof KflError2)
        throw new UsageError(kflMessage2(values2.filter, e));
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
    node: values2.node ?? "local",
    captureId: fingerprint(positionals[0]),
    decompress: nodeDecompress,
    redact: values2["no-redact"] ? false : {},
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
  if (values2.stats === "json") {
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
    fd = (0, import_node_fs3.openSync)(file, "r");
    if ((0, import_node_fs3.fstatSync)(fd).isDirectory()) {
      (0, import_node_fs3.closeSync)(fd);
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
        n = (0, import_node_fs3.readSync)(fd, buf, 0, CHUNK, null);
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
    (0, import_node_fs3.closeSync)(fd);
  }
  const error = pipeline.endFile();
  if (error)
    return `${file}: ${error.message}`;
  if (offset === 0)
    return `${file}: empty file (at byte offset 0)`;
  return null;
}

// apps/cli/dist/run.js
init_errors();
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

// apps/cli/dist/read-main.js
function startRead(argv) {
  return runCommand(() => readCommand2(argv));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startRead
});
/*! Bundled license information:

lodash-es/lodash.js:
  (**
   * @license
   * Lodash (Custom Build) <https://lodash.com/>
   * Build: `lodash modularize exports="es" -o ./`
   * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
   * Released under MIT license <https://lodash.com/license>
   * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
   * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
   *)
*/
//# sourceMappingURL=read.cjs.map
