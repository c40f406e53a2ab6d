/**
 * The search bench's generated archive: passages of 15–45 words in sentences, words drawn from a
 * Zipf law (rank r has weight 1/r, as in natural text: the commonest word is in nearly every
 * passage, the 10,000th in a few hundred), English function and subject words at the top ranks
 * and made-up words below, and about 4 % names — places and people in Latin, Azerbaijani and
 * Cyrillic spellings. Loaded in bulk: one multi-row `unnest` insert per source, the search
 * indexes dropped for the load and built once after it.
 */
import { randomUUID } from "node:crypto";
import { searchTokenList } from "../src/core/search/fold.js";
import { searchVector } from "../src/core/search/search-vector.js";
import type { Store } from "../src/store/open-store.js";

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32: better spread than a bare LCG for sampling millions of words.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TOP_WORDS = (
  "the of and to in a was were by on that with as from at for is his their it had which were " +
  "they been not this after or an who are have also into its more than but some one two three " +
  "people village town residents killed wounded civilians report according said during february " +
  "march night attack fled forces soldiers bodies women children elderly hostages missing road " +
  "houses fire witnesses survivors number dead list city region war army military government " +
  "commission investigation evidence testimony official figures journalists hospital airport " +
  "corridor escape forest snow river mountains winter shelling troops regiment prisoners"
).split(" ");

/** Names: each a family of spellings of one place or person, in several alphabets. */
const NAME_FAMILIES: readonly (readonly string[])[] = [
  ["Khojaly", "Khojali", "Xocalı", "Ходжалы", "Khodjaly"],
  ["Aghdam", "Agdam", "Ağdam", "Агдам"],
  ["Askeran", "Əsgəran", "Аскеран"],
  ["Stepanakert", "Степанакерт"],
  ["Khankendi", "Xankəndi", "Ханкенди"],
  ["Shusha", "Şuşa", "Шуша"],
  ["Nakhchivanik", "Naxçıvanik", "Нахичеваник"],
  ["Karabakh", "Qarabağ", "Карабах"],
  ["Mammadov", "Məmmədov", "Мамедов", "Mamedov"],
  ["Huseynov", "Hüseynov", "Гусейнов"],
  ["Aliyev", "Əliyev", "Алиев"],
  ["Hasanov", "Həsənov", "Гасанов"],
  ["Ismayilov", "İsmayılov", "Исмаилов"],
  ["Guliyev", "Quliyev", "Кулиев"],
  ["Jafarov", "Cəfərov", "Джафаров"],
  ["Memorial", "Мемориал"],
  ["Helsinki", "Хельсинки"],
];

const CYRILLIC: Record<string, string> = {
  a: "а",
  b: "б",
  d: "д",
  e: "е",
  f: "ф",
  g: "г",
  h: "х",
  i: "и",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  v: "в",
  y: "ы",
  z: "з",
};

function madeUpWord(next: () => number): string {
  const c = "bdfghklmnprstvz";
  const v = "aeiouy";
  let w = "";
  const syllables = 1 + Math.floor(next() * 3.2);
  for (let i = 0; i < syllables; i++)
    w +=
      (c[Math.floor(next() * c.length)] as string) + (v[Math.floor(next() * v.length)] as string);
  return next() < 0.4 ? w + (c[Math.floor(next() * c.length)] as string) : w;
}

export interface Vocabulary {
  /** Words by rank (0 is the commonest). */
  readonly words: readonly string[];
  /** Name families by rank, each with its spellings. */
  readonly names: readonly (readonly string[])[];
  /** A word that is in no passage. */
  readonly absent: readonly string[];
}

export function vocabulary(size = 40_000, people = 3000): Vocabulary {
  const next = rng(1992);
  const seen = new Set<string>(TOP_WORDS);
  const words = [...new Set(TOP_WORDS)];
  while (words.length < size) {
    const w = madeUpWord(next);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const absent: string[] = [];
  while (absent.length < 8) {
    // Made-up words are of open syllables with at most one closing consonant: "zq" never occurs.
    const w = `${madeUpWord(next)}zq${madeUpWord(next)}`;
    if (!seen.has(w)) absent.push(w);
  }
  // Surnames past the known families: made up, in Latin and, for a third, also in Cyrillic.
  const names: (readonly string[])[] = [...NAME_FAMILIES];
  while (names.length < people) {
    const stem = madeUpWord(next);
    const latin = `${stem.charAt(0).toUpperCase()}${stem.slice(1)}ov`;
    const cyrillic = [...`${stem}ov`].map((ch) => CYRILLIC[ch] ?? ch).join("");
    names.push(
      next() < 0.33 ? [latin, `${cyrillic.charAt(0).toUpperCase()}${cyrillic.slice(1)}`] : [latin],
    );
  }
  return { words, names, absent };
}

/** Cumulative Zipf weights (1/rank) for sampling by binary search. */
function zipfSampler(n: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    sum += 1 / (r + 1);
    cumulative[r] = sum;
  }
  return () => {
    const x = next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const KINDS = ["press", "ngo_report", "testimony", "scholarly", "resolution"];
/** Every tenth source is restricted and every twentieth confidential: hidden from anonymous. */
export function accessOf(s: number): string {
  return s % 20 === 7 ? "confidential" : s % 10 === 3 ? "restricted" : "public";
}

/** Loads `passages` passages (1,000 per source) into an empty store, telling stderr where the time went. */
export async function fill(store: Store, passages: number): Promise<void> {
  const vocab = vocabulary();
  const next = rng(42);
  const word = zipfSampler(vocab.words.length, next);
  const name = zipfSampler(vocab.names.length, next);
  const tokensOf = new Map<string, string[]>();
  const tokens = (surface: string) => {
    let t = tokensOf.get(surface);
    if (t === undefined) {
      t = searchTokenList(surface);
      tokensOf.set(surface, t);
    }
    return t;
  };
  const perSource = 1000;
  const now = new Date();
  // The search indexes are built once after the load: updating a GIN index row by row is what
  // made the load take a quarter of an hour.
  const indexes = await store.db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
       AND tablename = 'passage_search' AND indexdef ILIKE '%using gin%'`,
  );
  for (const i of indexes) await store.db.exec(`DROP INDEX ${i.indexname}`);
  const sources = Math.ceil(passages / perSource);
  const sourceIds = Array.from({ length: sources }, () => randomUUID());
  await store.db.query(
    `INSERT INTO sources (id, format, version, kind, title, authors, access, published_date, published_precision, created_at, created_by)
     SELECT id, 'citation', 1, kind, 'Generated source ' || (n - 1), '{}', access, published, 'year', $5, 'bench'
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(id, kind, access, published, n)`,
    [
      sourceIds,
      sourceIds.map((_, s) => KINDS[s % KINDS.length] as string),
      sourceIds.map((_, s) => accessOf(s)),
      sourceIds.map((_, s) => String(1992 + (s % 30))),
      now,
    ],
  );
  let genMs = 0;
  let waitMs = 0;
  // One source's passages are generated while the store inserts the previous source's (on
  // PostgreSQL, which works in its own process; PGlite shares this thread).
  let inserting: Promise<unknown> = Promise.resolve();
  for (let s = 0; s < sources; s++) {
    const tg = performance.now();
    const texts: string[] = [];
    const keys: string[] = [];
    const vectors: string[] = [];
    const ends: number[] = [];
    let offset = 0;
    for (let i = 0; i < perSource; i++) {
      const length = 15 + Math.floor(next() * 31);
      const surface: string[] = [];
      const key: string[] = [];
      let sentenceStart = true;
      for (let k = 0; k < length; k++) {
        let w: string;
        if (next() < 0.04) {
          const family = vocab.names[name()] as readonly string[];
          w = family[Math.floor(next() * family.length)] as string;
        } else {
          w = vocab.words[word()] as string;
          if (sentenceStart) w = `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
        }
        sentenceStart = k > 3 && next() < 0.08;
        surface.push(sentenceStart ? `${w}.` : w);
        key.push(...tokens(w));
      }
      const text = `${surface.join(" ")}.`;
      texts.push(text);
      keys.push(key.join(" "));
      // The vector written out, as the ingest writes it (store/sources.repository.ts); where it
      // cannot be (""), the store computes it.
      vectors.push(searchVector(key) ?? "");
      offset += text.length + 2;
      ends.push(offset - 2);
    }
    const tq = performance.now();
    genMs += tq - tg;
    await inserting;
    waitMs += performance.now() - tq;
    inserting = store.db.query(
      `WITH input AS (
         SELECT gen_random_uuid() AS id, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])
           WITH ORDINALITY AS x(t, k, e, v, seq)
       ), written AS (
         INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens)
         SELECT id, $1, seq, e - length(t), e, t, k FROM input
       )
       INSERT INTO passage_search (passage_id, source_id, tsv)
       SELECT id, $1, COALESCE(NULLIF(v, '')::tsvector, strip(to_tsvector('simple', k))) FROM input`,
      [sourceIds[s] as string, texts, keys, ends, vectors],
    );
  }
  const tw = performance.now();
  await inserting;
  waitMs += performance.now() - tw;
  const ti = performance.now();
  await store.db.transaction(async (tx) => {
    await tx.exec("SET LOCAL maintenance_work_mem = '256MB'");
    for (const i of indexes) await tx.exec(i.indexdef);
  });
  const ta = performance.now();
  await store.db.exec("ANALYZE passages; ANALYZE passage_search; ANALYZE sources");
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  process.stderr.write(
    `  load: generating ${seconds(genMs)}, waiting for inserts ${seconds(waitMs)}, index ${seconds(ta - ti)}, analyze ${seconds(performance.now() - ta)}\n`,
  );
}
