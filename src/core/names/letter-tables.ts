/**
 * Transliteration tables as data: how each letter of Russian Cyrillic and Azerbaijani Cyrillic
 * (1958–1991) is written in Latin, and how Azerbaijani Latin letters and the usual English and
 * Russian renderings collapse to one folded spelling. Source: ../shared/reference/*.csv.
 */

/**
 * Cyrillic → Latin, close to BGN/PCGN so that the output meets the English renderings half way.
 * Azerbaijani-only letters map to their Azerbaijani Latin twins, which the fold then reduces.
 * Ambiguous letters (г is q in Azerbaijani, g in Russian) take the reading that folds the same.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
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
  ы: "ı",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Azerbaijani Cyrillic letters absent from Russian.
  ә: "ə",
  ғ: "ğ",
  ҝ: "g",
  ө: "ö",
  ү: "ü",
  һ: "h",
  ҹ: "c",
  ј: "y",
  // Kazakh/Tatar-style variants that appear in Soviet-era typescripts for the same sounds.
  қ: "q",
  ң: "n",
  ұ: "u",
  і: "i",
};

/**
 * Latin spellings → folded letters, longest pattern first. The folded alphabet uses one letter per
 * sound: c = ç/ch/ч, w = ş/sh/ш, x = x/kh/х, j = c/j/dzh/дж/ж, g = g/q/ğ/gh.
 * Azerbaijani c (= English j, Russian дж) becomes j; q and ğ merge with g as Russian г does.
 */
export const LATIN_FOLD_RULES: ReadonlyArray<readonly [string, string]> = [
  ["shch", "w"],
  ["dzh", "j"],
  ["sch", "w"],
  ["tch", "c"],
  ["dj", "j"],
  ["zh", "j"],
  ["sh", "w"],
  ["ch", "c"],
  ["kh", "x"],
  ["gh", "g"],
  ["ph", "f"],
  ["ck", "k"],
  ["ə", "a"],
  ["ä", "a"],
  ["ı", "i"],
  ["i̇", "i"],
  ["ö", "o"],
  ["ü", "u"],
  ["ç", "c"],
  ["ş", "w"],
  ["ğ", "g"],
  ["q", "g"],
  ["c", "j"],
];

/** Vowels of the folded alphabet; y is a vowel only where the fold turned it into i. */
export const FOLDED_VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * Sound classes for the phonetic key. Vowels keep three classes (front/back/rounded) because
 * Azerbaijani names differ mainly in vowels; consonants merge where Russian and English
 * renderings of Azerbaijani disagree (h/x/q/g/k, b/p in Ələkbərov/Alekperov, d/t, v/f).
 */
export const PHONETIC_CLASS: Readonly<Record<string, string>> = {
  a: "A",
  e: "A",
  i: "I",
  y: "Y",
  o: "U",
  u: "U",
  b: "B",
  p: "B",
  v: "F",
  f: "F",
  g: "K",
  k: "K",
  h: "K",
  x: "K",
  d: "T",
  t: "T",
  j: "J",
  z: "Z",
  s: "S",
  w: "W",
  c: "C",
  l: "L",
  r: "R",
  m: "M",
  n: "N",
};
