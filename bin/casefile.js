#!/usr/bin/env node
// Runs the compiled CLI, bundled into a few files (scripts/bundle-cli.mjs); `npm run build` (run by
// `npm install`) produces dist/.
import module from "node:module";

// Node 22 and later keep the compiled code of loaded modules between starts (compiling the
// dependencies is about a third of a start); Node 20 has no such cache and starts as before.
module.enableCompileCache?.();
await import("../dist/bundle/casefile.js");
