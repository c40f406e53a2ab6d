import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";

const repeat = (s: string) => `${s} `.repeat(6);

describe("detectLanguage", () => {
  it("suggests English, Russian and Azerbaijani from common words", () => {
    expect(
      detectLanguage(
        repeat("The town was shelled in the night and the people fled to the forest."),
      ),
    ).toBe("en");
    expect(
      detectLanguage(repeat("Город был обстрелян ночью, и жители бежали в лес по снегу.")),
    ).toBe("ru");
    expect(
      detectLanguage(
        repeat("Şəhər gecə atəşə tutuldu və sakinlər meşəyə qaçdılar, bu çox ağır idi."),
      ),
    ).toBe("az");
  });

  it("gives no suggestion for too little text or no common words", () => {
    expect(detectLanguage("Khojaly 1992")).toBeNull();
    expect(detectLanguage(repeat("xq zv wp rt kk ll mm nn oo pp"))).toBeNull();
  });
});
