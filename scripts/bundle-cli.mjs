// Bundles the compiled CLI (dist/cli/main.js, with the server it starts) and the worker threads'
// entry into dist/bundle/, so that a `casefile` process or a thread loads a few files instead of
// ~470 of ours and ~200 of small packages: `casefile sources list` on a stored case took ~1.9 CPU s
// and takes ~1.2 (Node 20). Run by `npm run build` after tsc; bin/casefile.js runs the bundle.
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { build } from "esbuild";

const OUT_DIR = resolve("dist/bundle");

/**
 * Packages loaded from node_modules as they are: those that find files of their own at run time
 * (PGlite's WebAssembly and extensions, pdf.js, pagedjs, the browser), the big ones loaded only
 * by some commands behind a dynamic import, and the server's framework with its plugins.
 */
const EXTERNAL = [
  "@electric-sql/pglite",
  "pg",
  "pg-boss",
  "@aws-sdk/*",
  "playwright-core",
  "pagedjs",
  "hash-wasm",
  "unpdf",
  "mammoth",
  "world-atlas",
  "react",
  "react-dom",
  "fastify",
  "@fastify/*",
];

/**
 * Our modules find the folders they ship with (migrations, law, cases, the web app, the thread
 * entry) relative to their own `import.meta.url`, and so may a package's. In the bundle each
 * module keeps the URL of its file: `import.meta.url` becomes that file's URL relative to the bundle's, so the
 * folders resolve as they do from dist/ wherever the package is installed.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "js" };
      const rel = relative(OUT_DIR, args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

// Chunks are named by their content: clear the last build's.
rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  // The worker threads' entry too (thread-pool.ts starts dist/bundle/thread-entry.js).
  entryPoints: {
    casefile: "dist/cli/main.js",
    "thread-entry": "dist/services/threads/thread-entry.js",
  },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: 'import { createRequire as __casefileRequire } from "node:module"; const require = __casefileRequire(import.meta.url);',
  },
  sourcemap: true,
  plugins: [keepModuleUrls],
  logLevel: "warning",
});
