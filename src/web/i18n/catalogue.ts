/**
 * The shape of a message catalogue. A message is a string with {placeholders}, or, where a
 * number decides the wording, one string per plural category of Intl.PluralRules (English and
 * Azerbaijani use one/other, Russian one/few/many/other); the category is chosen by {n}.
 */
import type { en } from "./en.js";
import type { enProblems } from "./en-problems.js";
import type { enViews } from "./en-views.js";

export interface PluralMessage {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;
/** Every key of every part of the English catalogue (see PARTS in i18n.ts). */
export type MessageKey = keyof typeof en | keyof typeof enViews | keyof typeof enProblems;

/**
 * A translation: every key of the English catalogue (the catalogue test fails on a missing or an
 * unused one). Partial in the type so that a key another change adds to `en` first shows as
 * English in the other languages, never as a broken build; the test still demands it.
 */
export type Catalogue = { readonly [K in MessageKey]?: Message };
