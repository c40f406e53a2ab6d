import { describe, expect, it } from "vitest";
import { foldForSearch, foldWord, phoneticKey, splitFullName } from "./index.js";

describe("foldWord", () => {
  it.each([
    [["Ələkbərov", "Alakbarov"], "alakbarov"],
    [["Əliyev", "Aliyev", "Aliev", "Алиев"], "aliev"],
    [["Qasımov", "Gasimov", "Gasymov", "Гасымов"], "gasimov"],
    [["Elçin", "Elchin", "Эльчин"], "elcin"],
    [["Cəfərov", "Jafarov", "Dzhafarov", "Джафаров"], "jafarov"],
    [["Rzayev", "Рзаев"], "rzaev"],
    [["Gülnarə", "Gulnara", "Гюльнара"], "gulnara"],
  ])("folds %j to %s", (spellings, key) => {
    for (const s of spellings) expect(foldWord(s)).toBe(key);
  });
});

describe("phoneticKey", () => {
  it("meets where Russian cannot write the Azerbaijani letter", () => {
    const groups = [
      ["Ələkbərov", "Alakbarov", "Alekperov", "Алекперов"],
      ["Həsənov", "Hasanov", "Gasanov", "Гасанов"],
      ["Hüseynov", "Huseynov", "Гусейнов"],
      ["Qurbanov", "Gurbanov", "Kurbanov", "Гурбанов"],
      ["Hacıyev", "Hajiyev", "Gadzhiyev", "Гаджиев"],
      ["Məmmədov", "Mammadov", "Mamedov", "Мамедов"],
      ["Şahbazov", "Shahbazov", "Шахбазов"],
    ];
    for (const g of groups) expect(new Set(g.map(phoneticKey)).size).toBe(1);
    expect(phoneticKey("Əliyev")).not.toBe(phoneticKey("Əliyeva"));
  });
});

describe("foldForSearch", () => {
  it("maps every spelling of Khojaly to one key", () => {
    const keys = ["Khojaly", "Khojali", "Khodjaly", "Xocalı", "Ходжалы"].map(foldForSearch);
    expect(new Set(keys)).toEqual(new Set(["xojali"]));
  });
  it("keeps words and numbers apart", () => {
    expect(foldForSearch("Ходжалы, 26 февраля 1992")).toBe("xojali 26 fevrala 1992");
  });
});

describe("splitFullName", () => {
  it("reads the Azerbaijani list order with oğlu", () => {
    expect(splitFullName("Əliyev Elçin Həsən oğlu")).toEqual({
      surname: "Əliyev",
      given: "Elçin",
      patronymic: "Həsən",
      sex: "M",
      order: "surname-first",
    });
  });
  it("reads given-first English order and Cyrillic kyzy", () => {
    expect(splitFullName("Elchin Hasan oglu Aliyev")).toMatchObject({
      surname: "Aliyev",
      given: "Elchin",
      patronymic: "Hasan",
    });
    expect(splitFullName("Гасанова Гюльнара Алекпер кызы")).toMatchObject({
      surname: "Гасанова",
      given: "Гюльнара",
      patronymic: "Алекпер",
      sex: "F",
    });
  });
  it("reads Russian patronymics and two-word names", () => {
    expect(splitFullName("Алиев Эльчин Гасанович")).toMatchObject({
      surname: "Алиев",
      given: "Эльчин",
      patronymic: "Гасан",
    });
    expect(splitFullName("Elchin Aliyev")).toMatchObject({
      surname: "Aliyev",
      given: "Elchin",
      order: "surname-last",
    });
  });
});
