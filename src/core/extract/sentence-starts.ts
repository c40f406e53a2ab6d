/**
 * Where a token's sentence begins, and the sentence before it: tokens carry only their sentence's
 * number, and the figure rules ask how far back a count may look (a count given in this sentence
 * or the one before) and whether a line opens its sentence.
 */
import type { Token } from "./tokens.js";

export function startsSentence(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;
}

/** Where token k's sentence begins (its first character). */
export function sentenceStart(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && tokens[j - 1]!.sentence === tokens[k]!.sentence) j--;
  return tokens[j]!.start;
}

/** Where the sentence before token k's own begins (its first character). */
export function previousSentenceStart(tokens: readonly Token[], k: number): number {
  let j = k;
  for (let breaks = 0; j > 0; j--)
    if (tokens[j - 1]!.sentence !== tokens[j]!.sentence && ++breaks === 2) break;
  return tokens[j]!.start;
}
