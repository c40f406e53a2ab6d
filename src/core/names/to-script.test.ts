import { describe, expect, it } from "vitest";
import { pseudonymOf } from "../protection/pseudonym.js";
import { inReaderScript, latinToCyrillic, toEnglishLatin } from "./to-script.js";

describe("names in the reader's script", () => {
  it("writes Azerbaijani Latin names as Russian renders them", () => {
    expect(latinToCyrillic("Xocalı")).toBe("Ходжалы");
    expect(latinToCyrillic("Şuşa")).toBe("Шуша");
    expect(latinToCyrillic("Ağdam")).toBe("Агдам");
    expect(latinToCyrillic("Qasımov")).toBe("Гасымов");
  });

  it("reads English digraphs as one sound", () => {
    expect(latinToCyrillic("Shusha")).toBe("Шуша");
    expect(latinToCyrillic("Khojaly")).toBe("Ходжалы");
    expect(latinToCyrillic("Yusif")).toBe("Юсиф");
  });

  it("leaves a name already in the reader's script alone, and romanises Cyrillic for others", () => {
    expect(inReaderScript("Ходжалы", "ru")).toBe("Ходжалы");
    expect(inReaderScript("Xocalı", "az")).toBe("Xocalı");
    expect(inReaderScript("Шуша", "en")).toBe("Shusha");
    expect(inReaderScript("Shusha", "ru")).toBe("Шуша");
  });

  it("keeps a protected person's pseudonym as stored in every language", () => {
    const pseudonym = pseudonymOf("khojaly-1992", "Valeh Hüseynov");
    for (const language of ["ru", "az", "en"])
      expect(inReaderScript(pseudonym, language)).toBe(pseudonym);
    expect(inReaderScript("Personov", "ru")).toBe("Персонов");
  });

  it("leaves words about an unnamed person as written, and transliterates names with particles", () => {
    const about = "A French photographer quoted by the BBC (unnamed)";
    expect(inReaderScript(about, "ru")).toBe(about);
    expect(inReaderScript("Əliyev Vasif Məmməd oğlu", "ru")).toBe("Алиев Васиф Маммад оглу");
    expect(inReaderScript("Adila Ali Nacafova", "ru")).toMatch(/^Адила Али Н/);
  });

  it("writes Azerbaijani Latin and Cyrillic names in English letters", () => {
    expect(toEnglishLatin("Ələkbərov")).toBe("Alakbarov");
    expect(toEnglishLatin("Xocalı")).toBe("Khojali");
    expect(toEnglishLatin("Cəfərov Şahin")).toBe("Jafarov Shahin");
    expect(toEnglishLatin("Гусейнов")).toBe("Guseynov");
  });
});
