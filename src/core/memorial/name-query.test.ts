import { describe, expect, it } from "vitest";
import { nameMatches, nameQueryPatterns, nameSearchKeys } from "./name-query.js";

/** SQL's LIKE (with backslash escapes), as the store runs it on the stored keys. */
function like(text: string, pattern: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\") source += (pattern[++i] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "%") source += "[\\s\\S]*";
    else if (c === "_") source += "[\\s\\S]";
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(text);
}

const inSql = (name: string, query: string) => {
  const keys = nameSearchKeys([name]);
  const words = nameQueryPatterns(query);
  return (
    words.length > 0 &&
    words.every((w) => like(keys, w.prefix) || (w.sound !== null && like(keys, w.sound)))
  );
};

describe("the name match in SQL keys", () => {
  const names = ["Həsənov Valeh", "Гасанов Валех", "Aysel Qəmbərova", "Зейналов Фамиль", "Abbasov"];
  const queries = [
    "Hasanov",
    "gasan",
    "Гамбарова",
    "Qəmb",
    "va",
    "Zeynalov",
    "abb%",
    "x_y",
    "",
    "Huseynov",
  ];

  it("finds exactly what nameMatches finds, for every name and query", () => {
    for (const name of names)
      for (const q of queries)
        expect(inSql(name, q), `${name} / ${q}`).toBe(nameMatches([name], q));
  });

  it("matches across scripts and by sound", () => {
    expect(inSql("Гасанов Валех", "Həsənov")).toBe(true);
    expect(inSql("Aysel Qəmbərova", "гамбар")).toBe(true);
    expect(inSql("Aysel Qəmbərova", "Aliyev")).toBe(false);
  });
});
