/**
 * A span of tokens made into a claimant: its words as a name (single spaces, no leading article,
 * the owner without its possessive ending) and its role, or — for "our", "my", "I", "we" — the
 * publisher or the speaker whose turn it is. Every stage that finds a claimant's phrase names it
 * here, so a name reads alike whichever rule found it.
 */
import type { Claimant } from "../model/claim.js";
import { startsUpper } from "../text/char-class.js";
import { isPossessive } from "../text/word-shapes.js";
import type { Attribution, AttributionContext } from "./attribution-context.js";
import { roleOf } from "./speaker-phrase.js";
import { turnAt } from "./speaker-turns.js";

const FIRST_PERSON_POSSESSIVES = new Set(["our", "my"]);
const OUR_MY_I_WE = new Set(["our", "my", "i", "we"]);
const LEADING_ARTICLE = /^(the|a|an)\s/i;
const PLURAL_POSSESSIVE = /s['’]$/;

/** White space other than single spaces, which a name is written without. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/**
 * A claimant's words as a name: white space as single spaces, without a leading article. Each
 * pattern runs only where it can change something (names are made for most claims).
 */
function nameText(words: string): string {
  const spaced = LOOSE_SPACE.test(words) ? words.replace(/\s+/g, " ") : words;
  const first = spaced.charCodeAt(0) | 32;
  return first === 116 || first === 97 ? spaced.replace(LEADING_ARTICLE, "") : spaced;
}

export function named(
  ctx: AttributionContext,
  span: [number, number] | null,
  role?: Claimant["role"],
): Attribution | null {
  if (!span) return null;
  // "our teams estimate", "our medical committee": the publisher speaking of its own (or, in a
  // speaker's turn or a witness's testimony, that speaker).
  // ("Our embassy in Belgrade reports": a body named by its place speaks for itself.)
  // (By index: a name is made for most claims, and a slice of its tokens was a copy each time.)
  let placed = false;
  for (let k = span[0] + 1; k < Math.min(span[1], ctx.tokens.length) && !placed; k++)
    placed = startsUpper(ctx.tokens[k]!.text) && ctx.tokens[k]!.kind === "word";
  if (FIRST_PERSON_POSSESSIVES.has(ctx.tokens[span[0]]!.lower) && placed && span[1] - span[0] >= 3)
    return named(ctx, [span[0] + 1, span[1]], role);
  // "Between March and October 2003 our field researchers": the speaker starts at "our".
  for (let k = span[0] + 1; k < span[1] - 1; k++)
    if (FIRST_PERSON_POSSESSIVES.has(ctx.tokens[k]!.lower)) return named(ctx, [k, span[1]], role);
  if (OUR_MY_I_WE.has(ctx.tokens[span[0]]!.lower)) {
    const turn = turnAt(ctx.turns, ctx.tokens[span[0]]!.start);
    return turn
      ? { name: turn.name, role: roleOf(turn.name), span: turn.span }
      : { name: ctx.publisher, role: "publisher", span: null };
  }
  const start = ctx.tokens[span[0]]!.start;
  const end = ctx.tokens[span[1] - 1]!.end;
  const name = nameText(ctx.text.slice(start, end));
  // "The administration's report": the owner, without the possessive ending.
  const owner = (isPossessive(name) ? name.slice(0, -2) : name).replace(PLURAL_POSSESSIVE, "s");
  const to = end - (name.length - owner.length);
  return { name: owner, role: role ?? roleOf(owner), span: { start, end: to } };
}
