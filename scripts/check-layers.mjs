// The layering rule, runnable: core is pure; inner layers never import outer ones; the web app
// talks to the server over HTTP only. Reads every import of every .ts/.tsx file under src/.
// (dependency-cruiser cannot parse TypeScript 7 sources, so the rule is checked here directly.)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const LAYERS = ["core", "ingest", "store", "services", "server", "cli", "web"];
/** What each layer may import from src/ (besides itself). */
const ALLOWED = {
  core: [],
  ingest: ["core"],
  store: ["core"],
  services: ["core", "ingest", "store"],
  server: ["core", "services", "store"],
  cli: ["core", "ingest", "services", "store", "server"],
  web: ["core"],
};
/** Node modules that do I/O, forbidden in core. */
const IO_MODULES =
  /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|worker_threads|dgram|tls|dns|os|process|readline|cluster)$/;
const IMPORT =
  /(?:^|\s)(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm;

const root = resolve("src");
const problems = [];
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.tsx?$/.test(entry.name)) check(path);
  }
}
function layerOf(path) {
  const top = relative(root, path).split(/[\\/]/)[0];
  return LAYERS.includes(top) ? top : null;
}
function check(file) {
  const from = layerOf(file);
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    // Tests may read fixtures; the shipped core may not.
    if (from === "core" && !/\.test\.tsx?$/.test(file) && IO_MODULES.test(spec))
      problems.push(`${relative(".", file)}: core must not import the I/O module "${spec}"`);
    if (!spec.startsWith(".")) continue;
    const to = layerOf(resolve(dirname(file), spec));
    if (!to || to === from) continue;
    if (!ALLOWED[from].includes(to))
      problems.push(`${relative(".", file)}: ${from} must not import ${to} ("${spec}")`);
  }
}
walk(root);
if (problems.length > 0) {
  process.stderr.write(`layering violations:\n${problems.join("\n")}\n`);
  process.exit(1);
}
process.stdout.write("layers: ok\n");
