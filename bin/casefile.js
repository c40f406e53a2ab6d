#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (run by `npm install`) produces dist/.
import "../dist/cli/main.js";
