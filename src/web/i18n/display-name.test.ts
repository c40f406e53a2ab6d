import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countryName, languageName } from "./display-name.js";

describe("countries and languages in the reader's language", () => {
  it("names every country of the world map in Azerbaijani from the generated table", () => {
    const iso = readFileSync(join(import.meta.dirname, "../components/iso-numeric.ts"), "utf8");
    const codes = [...iso.matchAll(/\b([A-Z]{2})\d{3}\b/g)].map((m) => m[1] as string);
    expect(codes.length).toBeGreaterThan(240);
    expect(codes.filter((c) => countryName(c, "az") === null)).toEqual([]);
    expect(countryName("US-ID", "az")).toBe("Amerika Birləşmiş Ştatları");
    expect(countryName("PK", "ru")).toBe("Пакистан");
    expect(countryName("DJ", "en")).toBe("Djibouti");
  });

  it("names a source's language, and nothing for an unknown code", () => {
    expect(languageName("en", "az")).toBe("ingilis");
    expect(languageName("ru", "ru")).toBe("русский");
    expect(languageName("az", "en")).toBe("Azerbaijani");
    expect(languageName("qq", "az")).toBeNull();
  });
});
