/** Renders a canonical name in a list keeper's alphabet and romanisation, with their variation. */
import type { Rng } from "../estimation/random.js";
import { AZ_TO_AZ_CYRILLIC, AZ_TO_EN, AZ_TO_RU, RU_TO_LATIN, type Style } from "./render-tables.js";

const RU_TO_AZ_LATIN: Readonly<Record<string, string>> = {
  х: "x",
  ч: "ç",
  ш: "ş",
  щ: "şç",
  ж: "j",
  й: "y",
  ы: "ı",
  ю: "yu",
  я: "ya",
  ё: "yo",
  ц: "ts",
  ь: "",
  ъ: "",
  г: "q",
};

function pick(options: readonly string[], rng: Rng, variation: number): string {
  if (options.length === 1 || rng.next() >= variation) return options[0]!;
  return options[rng.int(options.length)]!;
}

function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

/** y-combinations Russian writes with one letter: Əliyev → Алиев, Yusif → Юсиф. */
const AZ_RU_GLIDES: ReadonlyArray<readonly [RegExp, string]> = [
  [/iye/g, "ие"],
  [/ye/g, "е"],
  [/ya/g, "я"],
  [/yu/g, "ю"],
  [/yo/g, "ё"],
];

function azToRussian(word: string, rng: Rng, variation: number): string {
  let w = word;
  for (const [re, to] of AZ_RU_GLIDES) w = w.replace(re, to);
  let out = "";
  for (const ch of w) out += AZ_TO_RU[ch] ? pick(AZ_TO_RU[ch], rng, variation) : ch;
  return out;
}

function azToEnglish(word: string, rng: Rng, variation: number): string {
  const w = rng.next() < variation ? word.replace(/iye/g, "ie") : word;
  let out = "";
  for (const ch of w) out += AZ_TO_EN[ch] ? pick(AZ_TO_EN[ch], rng, variation) : ch;
  return out;
}

function ruToLatin(word: string, rng: Rng, variation: number, az: boolean): string {
  let out = "";
  for (const ch of word) {
    if (az) out += RU_TO_AZ_LATIN[ch] ?? RU_TO_LATIN[ch]?.[0] ?? ch;
    else out += RU_TO_LATIN[ch] ? pick(RU_TO_LATIN[ch], rng, variation) : ch;
  }
  return out;
}

/**
 * Renders one name word. `origin` says how the canonical form is written (Azerbaijani Latin for
 * Azerbaijani persons, Russian Cyrillic for Russian persons); `variation` is the chance of a
 * less usual variant per letter.
 */
export function renderWord(
  canonical: string,
  origin: "az" | "ru",
  style: Style,
  rng: Rng,
  variation: number,
): string {
  const word = canonical.toLocaleLowerCase(origin === "az" ? "az" : "ru");
  let out: string;
  if (origin === "az") {
    if (style === "az-latin") out = word;
    else if (style === "az-cyrillic")
      out = [...word].map((c) => AZ_TO_AZ_CYRILLIC[c] ?? c).join("");
    else if (style === "ru-cyrillic") out = azToRussian(word, rng, variation);
    else out = azToEnglish(word, rng, variation);
  } else if (style === "az-cyrillic" || style === "ru-cyrillic") out = word;
  else out = ruToLatin(word, rng, variation, style === "az-latin");
  return capitalise(out);
}
