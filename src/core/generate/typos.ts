/** Keying errors of the kind list keepers make: a letter dropped, doubled, swapped or mistyped. */
import type { Rng } from "../estimation/random.js";

/** Returns the word with one random keying error. Words of one letter are returned unchanged. */
export function addTypo(word: string, rng: Rng): string {
  const chars = [...word];
  if (chars.length < 2) return word;
  const i = 1 + rng.int(chars.length - 1);
  switch (rng.int(4)) {
    case 0:
      chars.splice(i, 1);
      break;
    case 1:
      chars.splice(i, 0, chars[i]!);
      break;
    case 2:
      [chars[i - 1], chars[i]] = [chars[i]!, chars[i - 1]!];
      break;
    default:
      chars[i] = chars[rng.int(chars.length)]!;
  }
  return chars.join("");
}
