/**
 * The catalogues against each other and against the code: every language has every key English
 * has (with the plural forms its language needs and the same placeholders), no catalogue has a
 * key that no source file uses, and every code of every translated vocabulary has its words.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_PARTS as PARTS } from "../../../test/support/catalogues.js";
import { PROBLEM_CODES } from "../../core/problems/problem-codes.js";
import { BRIEF_WORDS } from "../../core/report/brief-words.js";
import type { Catalogue, Message } from "./catalogue.js";
import type { CataloguePart } from "./i18n.js";
import { INTL_TAG, type Locale } from "./locales.js";
import { TERM_GROUPS } from "./term-groups.js";

// Each language's catalogue whole (i18n.ts fetches it in parts).
const whole = (parts: Record<CataloguePart, Catalogue>): Catalogue =>
  Object.assign({}, ...Object.values(parts));
const CATALOGUES: Record<Locale, Catalogue> = {
  en: whole(PARTS.en),
  az: whole(PARTS.az),
  ru: whole(PARTS.ru),
};
const EN = CATALOGUES.en as Record<string, Message>;
const WEB = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) &&
      !name.endsWith(".test.ts") &&
      !/i18n\/(en|az|ru)(-views|-problems)?\.ts$/.test(path)
      ? [path]
      : [];
  });
}

/** The web files in the first bundle: main.tsx and what it imports statically, not by import(). */
function firstViewFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export) (?!type )[^;]*? from "(\.[^"]+)\.js";/gm)) {
      const base = join(dirname(file), m[1] as string);
      const found = [`${base}.ts`, `${base}.tsx`].find((f) => existsSync(f));
      if (found) visit(found);
    }
  };
  visit(join(WEB, "main.tsx"));
  return [...seen].filter((f) => f.startsWith(WEB) && sourceFiles(dirname(f)).includes(f));
}

/** Keys built at run time: t(`cite.format.${f}`) uses every key under "cite.format.". */
const builtPrefixes = (code: string) =>
  [...code.matchAll(/[`"]([a-zA-Z]+(?:\.[a-zA-Z_-]+)*\.)\$\{/g)].map((m) => m[1] as string);

const placeholders = (m: Message) =>
  [...new Set((typeof m === "string" ? [m] : Object.values(m)).join(" ").match(/\{\w+\}/g))]
    .sort()
    .join(" ");

describe("message catalogues", () => {
  const keys = Object.keys(EN);

  it("keeps each key in the same part of the catalogue in every language", () => {
    // A word in a part the reader's language fetches later than English would show in English.
    for (const locale of ["az", "ru"] as const)
      for (const [part, words] of Object.entries(PARTS[locale]))
        for (const key of Object.keys(words))
          expect(key in PARTS.en[part as CataloguePart], `${locale} ${key} in part ${part}`).toBe(
            true,
          );
  });

  it("has every word the first view uses in the catalogue's first part", () => {
    // The overview and the frame of every page are in the first bundle; every other view waits
    // for the "views" part, and a problem for the "problems" part, before it says anything.
    const code = firstViewFiles()
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    // terms.ts builds `term.${group}.` for any group: the groups named where term() is called.
    const prefixes = [
      ...builtPrefixes(code).filter((p) => p !== "term."),
      ...[...code.matchAll(/\bterm\("(\w+)"/g)].map((m) => `term.${m[1]}.`),
    ];
    const used = keys.filter(
      (k) => code.includes(`"${k}"`) || prefixes.some((p) => k.startsWith(p)),
    );
    expect(used.length).toBeGreaterThan(100);
    const elsewhere = used.filter((k) => !(k in PARTS.en.first) && !(k in PARTS.en.problems));
    expect(elsewhere).toEqual([]);
  });

  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has every key of en, the same placeholders and its plural forms`, () => {
      const missing = keys.filter((k) => !(k in catalogue));
      expect(missing).toEqual([]);
      const extra = Object.keys(catalogue).filter((k) => !(k in EN));
      expect(extra).toEqual([]);
      const categories = new Intl.PluralRules(INTL_TAG[locale as Locale]).resolvedOptions()
        .pluralCategories;
      for (const [key, message] of Object.entries(catalogue) as [string, Message][]) {
        const english = EN[key] as Message;
        expect(placeholders(message), `${locale} ${key}`).toBe(placeholders(english));
        expect(typeof message, `${locale} ${key} is plural in en`).toBe(typeof english);
        if (typeof message !== "string")
          for (const c of categories)
            expect(message[c as keyof typeof message], `${locale} ${key} ${c}`).toBeTypeOf(
              "string",
            );
      }
    });
  }

  it("has no key that no code uses", () => {
    const code = sourceFiles(WEB)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const prefixes = builtPrefixes(code);
    const termKeys = new Set(
      Object.entries(TERM_GROUPS).flatMap(([g, codes]) => codes.map((c) => `term.${g}.${c}`)),
    );
    const unused = keys.filter(
      (k) =>
        !code.includes(`"${k}"`) &&
        !termKeys.has(k) &&
        !prefixes.some((p) => p !== "term." && k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it("words every problem the server can answer with, naming exactly the values it sends", () => {
    // The codes come from core/problems, which ServiceError and the schema failures are typed
    // by, so a code the server can emit is in this list or the build fails.
    for (const [locale, catalogue] of Object.entries(CATALOGUES))
      for (const [code, params] of Object.entries(PROBLEM_CODES)) {
        const message = (catalogue as Record<string, Message | undefined>)[`term.problem.${code}`];
        expect(message, `${locale} has no text for problem ${code}`).toBeDefined();
        const wanted = params.map((p) => `{${p}}`);
        const named = placeholders(message as Message)
          .split(" ")
          .filter(Boolean);
        expect(
          named.every((p) => wanted.includes(p)),
          `${locale} ${code} names ${named}`,
        ).toBe(true);
      }
  });

  it("has a problem text only for a code the server raises, and a raiser for every code", () => {
    // A `term.problem.*` key escapes the unused-key check above (the messages are looked up by a
    // built key), so it is held to the list of codes here; and a code in the list that no
    // service, route or error of the server names is a text no reader can ever meet.
    const stray = Object.keys(EN)
      .filter((k) => k.startsWith("term.problem."))
      .map((k) => k.slice("term.problem.".length))
      .filter((c) => !Object.hasOwn(PROBLEM_CODES, c));
    expect(stray).toEqual([]);
    // The raisers: services, server and core's validators, not the list of codes itself.
    const raisers = ["services", "server", "core"]
      .flatMap((dir) => sourceFiles(join(WEB, "..", dir)))
      .filter((f) => !f.includes(join("core", "problems")))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unraised = Object.keys(PROBLEM_CODES).filter((c) => !raisers.includes(`"${c}"`));
    expect(unraised).toEqual([]);
  });

  it("gives the brief the same words for measures, subgroups, element kinds, discrepancies, claim kinds and qualifications", () => {
    const groups = {
      measure: "term.measure.",
      subgroup: "term.subgroup.",
      kind: "matrix.kind.",
      flag: "figures.flag.",
      claimKind: "term.claimKind.",
      qualification: "term.qualification.",
    } as const;
    for (const [locale, catalogue] of Object.entries(CATALOGUES))
      for (const [group, prefix] of Object.entries(groups)) {
        const words = BRIEF_WORDS[locale as Locale][group as keyof typeof groups];
        for (const [code, word] of Object.entries(words))
          expect(word, `${locale} ${group} ${code}`).toBe(
            (catalogue as Record<string, Message | undefined>)[`${prefix}${code}`],
          );
        expect(Object.keys(words).length, `${locale} ${group}`).toBeGreaterThan(2);
      }
  });

  it("translates every code of every vocabulary", () => {
    const missing = Object.entries(TERM_GROUPS).flatMap(([g, codes]) =>
      codes.map((c) => `term.${g}.${c}`).filter((k) => !(k in EN)),
    );
    expect(missing).toEqual([]);
  });
});
