// Builds dist/ when it is missing or older than the sources, so `npm start` always serves current code.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = existsSync("dist/bundle/casefile.js") && existsSync("dist/web/index.html");
if (!built || newest("src") > statSync("dist/bundle/casefile.js").mtimeMs) {
  process.stderr.write("casefile: building (dist/ is missing or older than src/)…\n");
  execSync("npm run build", { stdio: "inherit" });
}
