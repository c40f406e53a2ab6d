import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";

const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));

/**
 * Each built script, style and data file also as .br and .gz, compressed once at the highest
 * levels: the server sends them as they are (@fastify/static's preCompressed). Brotli carries the
 * first view's script in ~13% fewer bytes than gzip on the fly (BENCHMARKS.md, first view on a
 * phone), and no request spends the server's time compressing a file that never changes.
 */
function precompress(): Plugin {
  return {
    name: "casefile-precompress",
    apply: "build",
    closeBundle() {
      const assets = join(outDir, "assets");
      for (const name of readdirSync(assets).filter((f) => /\.(js|css|json|svg)$/.test(f))) {
        const path = join(assets, name);
        const bytes = readFileSync(path);
        const quality = { [constants.BROTLI_PARAM_QUALITY]: 11 };
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: quality }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

// The web application is built into dist/web and served by the API server from the same port.
export default defineConfig({
  root: fileURLToPath(new URL("./src/web", import.meta.url)),
  base: "/",
  plugins: [precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // React Router's "use client" markers mean nothing in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
