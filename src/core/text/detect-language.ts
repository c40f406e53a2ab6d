/**
 * The language a text is most likely written in, among those the project's cases use (English,
 * Azerbaijani, Russian) and a few it meets (Turkish, French, German), from its letters and most
 * common words. A suggestion for a person to check, never a decision: null when unsure.
 */
import { isLetterCode } from "./char-class.js";

const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 20;

const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "in", "was", "were", "that", "is", "for", "by", "with"],
  fr: ["le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "du", "sur"],
  de: ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "wurde", "von", "zu"],
  tr: ["ve", "bir", "bu", "için", "ile", "olarak", "da", "de", "çok", "olan", "gibi", "daha"],
  az: ["və", "bir", "bu", "üçün", "ilə", "olan", "da", "də", "isə", "kimi", "çox", "sonra"],
  ru: ["и", "в", "не", "на", "что", "с", "по", "как", "было", "были", "из", "к"],
};

/** Runs of letters, by char code (see char-class.ts). */
function wordsOf(sample: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const letter = i < sample.length && isLetterCode(sample.charCodeAt(i));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      words.push(sample.slice(start, i));
      start = -1;
    }
  }
  return words;
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const words = wordsOf(sample);
  if (words.length < MIN_WORDS) return null;
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [language, common] of Object.entries(COMMON_WORDS)) {
    let score = 0;
    for (const w of common) score += counts.get(w) ?? 0;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  // Azerbaijani and Turkish share words; the schwa is Azerbaijani's alone.
  if ((best === "tr" || best === "az") && sample.includes("ə")) best = "az";
  // Too few common words for any language: no suggestion.
  return bestScore / words.length >= 0.04 ? best : null;
}
