/**
 * Folding for search: one key per word whatever the alphabet or romanisation. Khojaly, Khojali,
 * Khodjaly, Xocalı and Ходжалы all fold to the same skeleton; so do Aghdam/Agdam and
 * Nakhchivanik/Nakhichevanik. Plain words fold to a lowercase Latin form; names (capitalised
 * words) also get a consonant skeleton, prefixed so it never collides with a plain word.
 */

/** Russian and Azerbaijani Cyrillic to Latin, following the shared romanisation tables. */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "gh",
  ҹ: "j",
  һ: "h",
  ө: "o",
  ү: "u",
  ј: "y",
  ҝ: "g",
  і: "i",
  ї: "yi",
  є: "ye",
};

/** Azerbaijani Latin letters that carry sounds English spells with digraphs. */
const AZERBAIJANI: Record<string, string> = {
  ə: "a",
  ı: "i",
  ç: "ch",
  ş: "sh",
  ğ: "gh",
  ö: "o",
  ü: "u",
  x: "kh",
  q: "g",
};
/** Letters that mark a word as Azerbaijani Latin, where "c" is the sound English writes "j". */
const AZERBAIJANI_MARKERS = /[əıçşğöüxq]/;

export const SKELETON_PREFIX = "qq";

function transliterate(word: string): string {
  const lower = word.toLowerCase();
  const azerbaijani = AZERBAIJANI_MARKERS.test(lower);
  let out = "";
  for (const ch of lower)
    out += CYRILLIC[ch] ?? AZERBAIJANI[ch] ?? (azerbaijani && ch === "c" ? "j" : ch);
  return out.normalize("NFD").replace(/[^a-z0-9]/g, "");
}

/**
 * The plain key of a word: lowercase Latin letters and digits.
 * @example foldWord("Xocalı") // "khojali"
 */
export function foldWord(word: string): string {
  return transliterate(word);
}

/**
 * The consonant skeleton of a folded name: romanisation variants (dzh/dj/j, kh/x/h, gh/g, ts/c,
 * y/i, doubled letters, vowels, voicing after the first letter) fall away. Only names get one, so that common words keep exact matching.
 * @example nameSkeleton("khodzhaly") === nameSkeleton("khojali") // true
 */
export function nameSkeleton(folded: string): string {
  const s = folded
    .replace(/dzh|dj|zh/g, "j")
    .replace(/kh|x/g, "h")
    .replace(/gh|q/g, "g")
    .replace(/ts|tz/g, "c")
    .replace(/ch|tch/g, "c")
    .replace(/sch|sh/g, "s")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck/g, "k");
  const first = s.charAt(0);
  // Russian renderings devoice (Alakbarov → Alekperov): voiced and voiceless pairs count as one.
  const rest = s
    .slice(1)
    .replace(/[aeiouy]/g, "")
    .replace(/[ptkfs]/g, (c) => ({ p: "b", t: "d", k: "g", f: "v", s: "z" })[c] ?? c)
    .replace(/(.)\1+/g, "$1");
  return `${first}${rest}`;
}

const WORD = /[\p{L}\p{N}]+/gu;

export interface WordAt {
  readonly start: number;
  readonly end: number;
  readonly plain: string;
  readonly skeleton: string | null;
}

/** Every word of a text with its keys; names (initial capital, 3+ letters) carry a skeleton. */
export function foldedWords(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const plain = foldWord(raw);
    if (plain === "") continue;
    const first = raw.charAt(0);
    const isName = raw.length >= 3 && first !== first.toLowerCase() && !/\p{N}/u.test(first);
    words.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + raw.length,
      plain,
      skeleton: isName ? nameSkeleton(plain) : null,
    });
  }
  return words;
}

/** The tokens a passage is indexed under: plain keys, and prefixed skeletons of names. */
export function searchTokens(text: string): string {
  const tokens: string[] = [];
  for (const w of foldedWords(text)) {
    tokens.push(w.plain);
    if (w.skeleton) tokens.push(`${SKELETON_PREFIX}${w.skeleton}`);
  }
  return tokens.join(" ");
}
