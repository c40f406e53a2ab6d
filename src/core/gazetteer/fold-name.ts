/**
 * Folds a place or person name to a spelling-independent key, so that English, Azerbaijani Latin
 * and Russian Cyrillic renderings meet: Khojaly, Khojali, Khodjaly, Xocalı and Ходжалы all fold
 * to "xojali". The letter correspondences follow the BGN/PCGN romanisation of Russian and the
 * 1991 Azerbaijani Latin alphabet.
 */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  ҝ: "g",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ҹ: "j",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ј: "y",
};

/** Azerbaijani letters that Unicode decomposition does not strip to a base letter. */
const AZERI: Record<string, string> = {
  ə: "a",
  ı: "i",
  ş: "sh",
  ç: "ch",
  ğ: "gh",
  x: "kh",
  c: "j",
  q: "g",
};

/** Digraph folding, longest first; applied left to right over the romanised name. */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ["dzh", "j"],
  ["dj", "j"],
  ["kh", "x"],
  ["gh", "g"],
  ["sh", "s"],
  ["ch", "c"],
  ["zh", "j"],
  ["y", "i"],
  ["e", "a"],
  ["k", "g"],
];

/** The spelling-independent key of a name; letters only, lower case. */
export function foldName(name: string): string {
  let roman = "";
  for (const ch of name.toLowerCase()) {
    const cyr = CYRILLIC[ch];
    if (cyr !== undefined) roman += cyr;
    else roman += AZERI[ch] ?? ch;
  }
  const base = roman.normalize("NFD").replace(/[^a-z]/g, "");
  let out = "";
  let i = 0;
  while (i < base.length) {
    const pair = DIGRAPHS.find(([from]) => base.startsWith(from, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += base[i];
      i += 1;
    }
  }
  // Doubled letters vary between transliterations (Shelli/Sheli); keep one.
  return out.replace(/(.)\1+/g, "$1");
}
