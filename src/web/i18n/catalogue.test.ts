/**
 * The catalogues against each other and against the code: every language has every key English
 * has (with the plural forms its language needs and the same placeholders), no catalogue has a
 * key that no source file uses, and every code of every translated vocabulary has its words.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROBLEM_CODES } from "../../core/problems/problem-codes.js";
import { BRIEF_WORDS } from "../../core/report/brief-words.js";
import { az } from "./az.js";
import type { Catalogue, Message } from "./catalogue.js";
import { en } from "./en.js";
import { INTL_TAG, type Locale } from "./locales.js";
import { ru } from "./ru.js";
import { TERM_GROUPS } from "./terms.js";

const CATALOGUES: Record<Locale, Catalogue> = { en, az, ru };
const WEB = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") && !/i18n\/(en|az|ru)\.ts$/.test(path)
      ? [path]
      : [];
  });
}

const placeholders = (m: Message) =>
  [...new Set((typeof m === "string" ? [m] : Object.values(m)).join(" ").match(/\{\w+\}/g))]
    .sort()
    .join(" ");

describe("message catalogues", () => {
  const keys = Object.keys(en);

  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has every key of en, the same placeholders and its plural forms`, () => {
      const missing = keys.filter((k) => !(k in catalogue));
      expect(missing).toEqual([]);
      const extra = Object.keys(catalogue).filter((k) => !(k in en));
      expect(extra).toEqual([]);
      const categories = new Intl.PluralRules(INTL_TAG[locale as Locale]).resolvedOptions()
        .pluralCategories;
      for (const [key, message] of Object.entries(catalogue) as [string, Message][]) {
        const english = en[key as keyof typeof en];
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
    // Keys built at run time: t(`cite.format.${f}`) uses every key under "cite.format.".
    const prefixes = [...code.matchAll(/[`"]([a-zA-Z]+(?:\.[a-zA-Z_-]+)*\.)\$\{/g)].map(
      (m) => m[1] as string,
    );
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
    const stray = Object.keys(en)
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
      codes.map((c) => `term.${g}.${c}`).filter((k) => !(k in en)),
    );
    expect(missing).toEqual([]);
  });
});
