import { createRequire as __trawlCreateRequire } from 'node:module'; const require = __trawlCreateRequire(import.meta.url);

// apps/cli/dist/system/paths.js
import { fileURLToPath } from "node:url";
import { join, sep } from "node:path";
var here = fileURLToPath(import.meta.url);
var REPO_ROOT = here.slice(0, here.lastIndexOf(`${sep}apps${sep}cli${sep}`) + 1);
var HUB_MAIN = join(REPO_ROOT, "apps/hub/dist/main.js");
var WORKER_MAIN = join(REPO_ROOT, "apps/worker/dist/main.js");
var WEB_OUT = join(REPO_ROOT, "apps/web/out");
function defaultDataDir() {
  return process.env.TRAWL_DATA ?? join(REPO_ROOT, ".trawl");
}
var runDir = (data) => join(data, "run");

export {
  HUB_MAIN,
  WORKER_MAIN,
  WEB_OUT,
  defaultDataDir,
  runDir
};
//# sourceMappingURL=chunk-W3ZVECP4.js.map
