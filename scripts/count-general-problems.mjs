// Counts the failure sites in services and server that raise a problem with only its type's
// general code (the reader then gets a general sentence and the server's English detail), and
// those with a specific code. Reads the source text: every `new <Error>(…)` of the ServiceError
// family and every `problem(…)` call, and looks for the argument that carries the code.
// Usage: node scripts/count-general-problems.mjs [--list]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
/** The argument (0-based) that carries a specific code, per constructor or function. */
const CODED_ARG = {
  ServiceError: 4,
  InvalidInputError: 2,
  NotFoundError: 1,
  ForbiddenError: 1,
  UnauthorizedError: 1,
  problem: 4,
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The number of top-level arguments of the call whose "(" is at `open`. */
function argumentCount(text, open) {
  let depth = 0;
  let count = 0;
  let any = false;
  const quotes = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    const quote = quotes.at(-1);
    // Inside a template's ${…} (marked "}"), code again: quotes and braces nest.
    if (quote === "}") {
      if (c === "}") quotes.pop();
      else if (c === "{") quotes.push("}");
      else if (c === '"' || c === "'" || c === "`") quotes.push(c);
      continue;
    }
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quotes.pop();
      else if (quote === "`" && c === "$" && text[i + 1] === "{") {
        quotes.push("}");
        i++;
      }
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      quotes.push(c);
      any = true;
    } else if (c === "(" || c === "[" || c === "{") {
      depth++;
      if (depth > 1) any = true;
    } else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return any ? count + 1 : 0;
    } else if (c === "," && depth === 1) {
      // A trailing comma before ")" does not start an argument.
      if (/^\s*\)/.test(text.slice(i + 1, i + 40))) return count + 1;
      count++;
    } else if (!/\s/.test(c)) any = true;
  }
  return count;
}

const sites = [];
for (const dir of ["src/services", "src/server"])
  for (const file of files(join(ROOT, dir))) {
    const text = readFileSync(file, "utf8");
    const pattern =
      /(?:new (ServiceError|InvalidInputError|NotFoundError|ForbiddenError|UnauthorizedError)|\b(problem))\(/g;
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? match[2];
      if (name === "problem" && /function\s+$/.test(text.slice(match.index - 10, match.index)))
        continue;
      const args = argumentCount(text, match.index + match[0].length - 1);
      const line = text.slice(0, match.index).split("\n").length;
      sites.push({ where: `${relative(ROOT, file)}:${line}`, name, coded: args > CODED_ARG[name] });
    }
  }

const general = sites.filter((s) => !s.coded);
if (process.argv.includes("--list")) for (const s of general) console.log(`${s.where}\t${s.name}`);
console.log(
  `${sites.length} failure sites: ${sites.length - general.length} with a specific code, ${general.length} on their type's general code`,
);
