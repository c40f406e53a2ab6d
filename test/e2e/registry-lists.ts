/**
 * Three small person lists of the same people as three compilers might write them: Azerbaijani
 * Latin, an English romanisation and Russian Cyrillic (Ələkbərov / Alakbarov / Алекперов).
 */
const PEOPLE: readonly [string, string, string, string, string, string, number, "m" | "f"][] = [
  ["Ələkbərov", "Alakbarov", "Алекперов", "Elçin", "Elchin", "Эльчин", 1961, "m"],
  ["Əliyev", "Aliyev", "Алиев", "Rəşid", "Rashid", "Рашид", 1948, "m"],
  ["Hüseynov", "Huseynov", "Гусейнов", "Vüqar", "Vugar", "Вугар", 1970, "m"],
  ["Məmmədov", "Mammadov", "Мамедов", "Tofiq", "Tofig", "Тофик", 1955, "m"],
  ["Quliyev", "Guliyev", "Кулиев", "Nazim", "Nazim", "Назим", 1939, "m"],
  ["Həsənov", "Hasanov", "Гасанов", "Ramiz", "Ramiz", "Рамиз", 1966, "m"],
  ["İsmayılov", "Ismayilov", "Исмаилов", "Fuad", "Fuad", "Фуад", 1974, "m"],
  ["Abbasov", "Abbasov", "Аббасов", "Zaur", "Zaur", "Заур", 1969, "m"],
  ["Cəfərov", "Jafarov", "Джафаров", "Elşən", "Elshan", "Эльшан", 1972, "m"],
  ["Orucov", "Orujov", "Оруджев", "Şahin", "Shahin", "Шахин", 1958, "m"],
  ["Nəsirov", "Nasirov", "Насиров", "Fəxrəddin", "Fakhraddin", "Фахраддин", 1944, "m"],
  ["Qasımov", "Gasimov", "Касумов", "Rafiq", "Rafig", "Рафик", 1951, "m"],
  ["Babayeva", "Babayeva", "Бабаева", "Səbinə", "Sabina", "Сабина", 1980, "f"],
  ["Kərimova", "Karimova", "Керимова", "Gülnarə", "Gulnara", "Гюльнара", 1963, "f"],
  ["Sultanova", "Sultanova", "Султанова", "Xədicə", "Khadija", "Хадиджа", 1937, "f"],
  ["Mustafayev", "Mustafayev", "Мустафаев", "Elmar", "Elmar", "Эльмар", 1976, "m"],
  ["Rzayev", "Rzayev", "Рзаев", "Tahir", "Tahir", "Тахир", 1960, "m"],
  ["Səlimov", "Salimov", "Салимов", "Əli", "Ali", "Али", 1941, "m"],
  ["Novruzov", "Novruzov", "Новрузов", "Yaşar", "Yashar", "Яшар", 1967, "m"],
  ["Vəliyeva", "Valiyeva", "Велиева", "Zərifə", "Zarifa", "Зарифа", 1952, "f"],
  ["Bağırov", "Bagirov", "Багиров", "Mübariz", "Mubariz", "Мубариз", 1971, "m"],
  ["Eyvazova", "Eyvazova", "Эйвазова", "Səadət", "Saadat", "Саадат", 1946, "f"],
  ["Hacıyev", "Hajiyev", "Гаджиев", "Natiq", "Natig", "Натиг", 1964, "m"],
  ["Zeynalov", "Zeynalov", "Зейналов", "Famil", "Famil", "Фамиль", 1957, "m"],
  ["Şükürov", "Shukurov", "Шукюров", "İlham", "Ilham", "Ильхам", 1973, "m"],
  ["Rəhimova", "Rahimova", "Рагимова", "Aygün", "Aygun", "Айгюн", 1978, "f"],
  ["Musayev", "Musayev", "Мусаев", "Vaqif", "Vagif", "Вагиф", 1949, "m"],
  ["Tağıyev", "Taghiyev", "Тагиев", "Arif", "Arif", "Ариф", 1962, "m"],
  ["Əsgərov", "Asgarov", "Аскеров", "Kamran", "Kamran", "Камран", 1975, "m"],
  ["Paşayeva", "Pashayeva", "Пашаева", "Lalə", "Lala", "Лала", 1968, "f"],
];

/** Həsənov 1975 in the district register, Гасанов 1976 without a given name in the survey. */
const UNSURE: readonly (readonly string[] | undefined)[] = [
  ["Həsənov", "Elnur", "1975", "m"],
  undefined,
  ["Гасанов", "", "1976", "m"],
];

/** Which people each list holds, and in which spelling (0 Azerbaijani, 1 English, 2 Russian). */
const LISTS = [
  { name: "district-register", spelling: 0, people: (i: number) => i < 22 },
  { name: "hospital-records", spelling: 1, people: (i: number) => i >= 8 },
  { name: "refugee-survey", spelling: 2, people: (i: number) => i % 3 !== 1 },
] as const;

export interface CsvList {
  name: string;
  csv: string;
  records: number;
  /** Line numbers of the rows the importer should refuse. */
  badLines: number[];
}

export function registryLists(): CsvList[] {
  return LISTS.map(({ name, spelling, people }, k) => {
    const rows = PEOPLE.filter((_, i) => people(i)).map((p, i) =>
      [`${k + 1}-${i + 1}`, p[spelling], p[spelling + 3], p[6], p[7]].join(","),
    );
    // One true pair the model is unsure of: the refugee survey has no given name for him and
    // a birth year one off (issue 16): it must be a candidate and linkable by hand.
    const unsure = UNSURE[k];
    if (unsure) rows.push([`${k + 1}-${rows.length + 1}`, ...unsure].join(","));
    // The first list ends with a row cut short, to be reported by its line and skipped.
    const bad = k === 0 ? ["99,Qırxdayev"] : [];
    // The district register is headed as an Azerbaijani clerk would head it; its numbering column
    // is not recognised as the id, so the uploader picks it in the column preview.
    const header =
      k === 0 ? "Sıra,Soyadı,Adı,Doğum ili,Cinsi" : "id,surname,given name,birth year,sex";
    const lines = [header, ...rows, ...bad];
    return {
      name,
      csv: `${lines.join("\n")}\n`,
      records: rows.length,
      badLines: bad.length ? [lines.length] : [],
    };
  });
}
