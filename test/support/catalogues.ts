/**
 * The web application's message catalogues whole, every part of each language merged, for tests
 * that check what a page says (the application itself fetches the parts as it needs them).
 */
import { az } from "../../src/web/i18n/az.js";
import { azProblems } from "../../src/web/i18n/az-problems.js";
import { azViews } from "../../src/web/i18n/az-views.js";
import { en } from "../../src/web/i18n/en.js";
import { enProblems } from "../../src/web/i18n/en-problems.js";
import { enViews } from "../../src/web/i18n/en-views.js";
import { ru } from "../../src/web/i18n/ru.js";
import { ruProblems } from "../../src/web/i18n/ru-problems.js";
import { ruViews } from "../../src/web/i18n/ru-views.js";

/** Each language's parts, as i18n.ts loads them. */
export const CATALOGUE_PARTS = {
  en: { first: en, views: enViews, problems: enProblems },
  az: { first: az, views: azViews, problems: azProblems },
  ru: { first: ru, views: ruViews, problems: ruProblems },
} as const;

export const EN = { ...en, ...enViews, ...enProblems };
export const AZ = { ...az, ...azViews, ...azProblems };
export const RU = { ...ru, ...ruViews, ...ruProblems };
