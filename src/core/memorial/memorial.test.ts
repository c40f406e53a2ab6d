import { describe, expect, it } from "vitest";
import { nameForms } from "./name-forms.js";
import { nameMatches } from "./name-query.js";

describe("a memorial's names", () => {
  it("takes each script's form from a source where one spells it, else from the table", () => {
    expect(nameForms(["Aysel Qəmbərova"])).toEqual({
      az: { text: "Aysel Qəmbərova", fromSource: true },
      ru: { text: "Айсел Гамбарова", fromSource: false },
      en: { text: "Aysel Gambarova", fromSource: false },
    });
    expect(nameForms(["Aysel Qəmbərova", "Айсель Гамбарова"]).ru).toEqual({
      text: "Айсель Гамбарова",
      fromSource: true,
    });
    expect(nameForms(["Эльдар Ахмедов"]).az).toEqual({ text: "Eldar Akhmedov", fromSource: false });
  });

  it("finds a name by a spelling in another script, by a prefix, or by its sound", () => {
    const names = ["Aysel Qəmbərova", "Gambarova Aysel"];
    expect(nameMatches(names, "Гамбарова")).toBe(true);
    expect(nameMatches(names, "айсел гамб")).toBe(true);
    expect(nameMatches(names, "Qambarova")).toBe(true);
    expect(nameMatches(["Ələkbərov Vüqar"], "Alekperov")).toBe(true);
    expect(nameMatches(names, "Hüseynov")).toBe(false);
    expect(nameMatches(names, "  ")).toBe(false);
  });
});
