import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);
import {
  defaultDataDir,
  runDir
} from "./chunk-W3ZVECP4.js";
import {
  EXIT_OK,
  RuntimeError,
  UsageError
} from "./chunk-437RTZJB.js";
import "./chunk-ODHDREY2.js";

// apps/cli/dist/commands/endpoints.js
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
var ENDPOINTS_USAGE = `usage: trawl endpoints <export|clear|list|openapi SERVICE> [options]

  export    write captured-endpoints.json (one request and one response record per endpoint)
  clear     forget every endpoint the hub has learnt
  list      the inventory as a table: service, method, template, count, statuses
  openapi   the OpenAPI 3.1 document inferred for SERVICE

  --hub URL                  the hub (default: $TRAWL_HUB, the local trawl start, http://127.0.0.1:8898)
  --service NAME             only this service (export, list)
  --include-health-checks    keep /health, /healthz, /ready, /metrics, \u2026 (export, list)
  --out FILE                 where export/openapi write (default captured-endpoints.json /
                             SERVICE.openapi.json; - for stdout)`;
function hubUrl(explicit) {
  if (explicit)
    return explicit.replace(/\/+$/, "");
  if (process.env.TRAWL_HUB)
    return process.env.TRAWL_HUB.replace(/\/+$/, "");
  const file = join(runDir(defaultDataDir()), "hub.url");
  if (existsSync(file))
    return readFileSync(file, "utf8").trim();
  return "http://127.0.0.1:8898";
}
async function call(hub, method, path) {
  const headers = {};
  if (process.env.TRAWL_TOKEN)
    headers.authorization = `Bearer ${process.env.TRAWL_TOKEN}`;
  let r;
  try {
    r = await fetch(hub + path, { method, headers, signal: AbortSignal.timeout(3e4) });
  } catch (e) {
    const err = e;
    throw new RuntimeError(`cannot reach the hub at ${hub}: ${err.cause?.code ?? err.message} (is trawl running? --hub URL)`);
  }
  const text = await r.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RuntimeError(`the hub at ${hub} answered ${r.status} with something that is not JSON`);
  }
  if (!r.ok)
    throw new RuntimeError(`the hub answered ${r.status}: ${body.message ?? text.slice(0, 200)}`);
  return body;
}
function write(out, data, what) {
  const text = JSON.stringify(data, null, 2) + "\n";
  if (out === "-")
    process.stdout.write(text);
  else {
    writeFileSync(out, text);
    process.stderr.write(`trawl: wrote ${what} to ${out}
`);
  }
}
async function endpointsCommand(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      hub: { type: "string" },
      service: { type: "string" },
      "include-health-checks": { type: "boolean", default: false },
      out: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const [verb, arg, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(ENDPOINTS_USAGE + "\n");
    return EXIT_OK;
  }
  const hub = hubUrl(values.hub);
  const q = new URLSearchParams();
  if (values.service)
    q.set("service", values.service);
  if (values["include-health-checks"])
    q.set("includeHealthChecks", "true");
  const qs = q.size > 0 ? `?${q}` : "";
  switch (verb) {
    case "export": {
      if (arg !== void 0)
        throw new UsageError(`export takes no argument ("${arg}")
${ENDPOINTS_USAGE}`);
      const records = await call(hub, "GET", `/api/endpoints/export${qs}`);
      write(values.out ?? "captured-endpoints.json", records, `${records.length} records`);
      return EXIT_OK;
    }
    case "clear": {
      const r = await call(hub, "DELETE", "/api/endpoints");
      process.stdout.write(`trawl: cleared ${r.cleared} endpoints
`);
      return EXIT_OK;
    }
    case "list": {
      const r = await call(hub, "GET", `/api/endpoints${qs}`);
      const rows = r.endpoints.map((e) => [e.service, e.method, e.template, String(e.count), Object.keys(e.statuses).join(",")]);
      const head = ["SERVICE", "METHOD", "TEMPLATE", "COUNT", "STATUSES"];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
      for (const row of [head, ...rows])
        process.stdout.write(row.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd() + "\n");
      return EXIT_OK;
    }
    case "openapi": {
      if (!arg || extra.length > 0)
        throw new UsageError(`openapi needs one SERVICE
${ENDPOINTS_USAGE}`);
      const doc = await call(hub, "GET", `/api/openapi/${encodeURIComponent(arg)}`);
      write(values.out ?? `${arg.replace(/[^\w.-]/g, "_")}.openapi.json`, doc, "the OpenAPI document");
      return EXIT_OK;
    }
    default:
      throw new UsageError(`${verb === void 0 ? "a verb is needed" : `unknown verb "${verb}"`}
${ENDPOINTS_USAGE}`);
  }
}
export {
  ENDPOINTS_USAGE,
  endpointsCommand
};
//# sourceMappingURL=endpoints-R4CC2MQI.js.map
