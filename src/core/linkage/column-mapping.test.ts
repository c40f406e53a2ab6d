import { describe, expect, it } from "vitest";
import { fieldOfHeader, mapColumns } from "./column-mapping.js";

describe("column recognition", () => {
  it("recognises the natural Azerbaijani and Russian headings of a list of persons", () => {
    const expected = {
      surname: ["Soyadı", "Soyad", "Фамилия"],
      given: ["Adı", "Ad", "Имя"],
      patronymic: ["Atasının adı", "Ata adı", "Отчество"],
      birth_date: ["Doğum tarixi", "Дата рождения", "Date of birth"],
      birth_year: ["Doğum ili", "Год рождения"],
      sex: ["Cinsi", "Cins", "Пол"],
      place: ["Doğulduğu yer", "Место рождения", "Yaşayış yeri"],
      full_name: ["ФИО", "Ф.И.О.", "Soyadı, adı, atasının adı"],
      age: ["Yaşı", "Возраст"],
    } as const;
    for (const [field, headers] of Object.entries(expected))
      for (const header of headers) expect(fieldOfHeader(header), header).toBe(field);
  });

  it("ignores case, diacritics, alphabet, spacing and underscores", () => {
    for (const header of ["SOYADI", "soyadi", "Soyadi", "  Soyadı ", "Соядı", "СОЯДЫ"])
      expect(fieldOfHeader(header), header).toBe("surname");
    for (const header of [
      "DOĞUM TARIXI",
      "dogum tarixi",
      "Doğum  tarixi",
      "dogum_tarixi",
      "Doğumtarixi",
    ])
      expect(fieldOfHeader(header), header).toBe("birth_date");
    for (const header of ["ATASININ ADI", "atasinin adi", "Atasının_adı"])
      expect(fieldOfHeader(header), header).toBe("patronymic");
    for (const header of ["дата  рождения", "ДАТА РОЖДЕНИЯ", "Место_рождения"])
      expect(fieldOfHeader(header), header).not.toBeNull();
  });

  it("leaves headings it does not know unmapped", () => {
    for (const header of ["Qeyd", "Примечание", "notes", "№", "a"])
      expect(fieldOfHeader(header), header).toBeNull();
  });

  it("maps a whole Azerbaijani header row, and explicit choices win", () => {
    const header = ["№", "Soyadı", "Adı", "Atasının adı", "Doğum tarixi", "Cinsi", "Doğulduğu yer"];
    expect(mapColumns(header).fields).toEqual({
      surname: 1,
      given: 2,
      patronymic: 3,
      birth_date: 4,
      sex: 5,
      place: 6,
    });
    const chosen = mapColumns(header, { map: { full_name: "Soyadı" }, ignore: ["Cinsi"] });
    expect(chosen.fields).toMatchObject({ full_name: 1, given: 2 });
    expect(chosen.fields.surname).toBeUndefined();
    expect(chosen.fields.sex).toBeUndefined();
  });
});
