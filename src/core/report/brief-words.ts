/**
 * The brief's own words in each language of the interface: headings, labels, the sentences that
 * frame the evidence, and the vocabularies (measures, subgroups, element kinds, discrepancies).
 * The vocabularies are the web catalogues' words (a test there checks they stay the same); the
 * sources' own texts and quotations are never translated.
 */
export const BRIEF_LANGUAGES = ["en", "az", "ru"] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

export interface BriefWords {
  readonly fixed: Readonly<Record<BriefPhrase, string>>;
  readonly measure: Readonly<Record<string, string>>;
  readonly subgroup: Readonly<Record<string, string>>;
  readonly kind: Readonly<Record<string, string>>;
  readonly flag: Readonly<Record<string, string>>;
  readonly claimKind: Readonly<Record<string, string>>;
  readonly qualification: Readonly<Record<string, string>>;
}

export type BriefPhrase =
  | "title"
  | "places"
  | "chronology"
  | "figures"
  | "matrix"
  | "notes"
  | "caseMeta"
  | "crimeMeta"
  | "emptyLog"
  | "neutral"
  | "spread"
  | "noSpread"
  | "discrepancies"
  | "supporting"
  | "contradicting"
  | "proposed"
  | "lawVersion"
  | "gapNoEvidence"
  | "gapOneOrigin"
  | "rowSummary"
  | "statedBy"
  | "publishedBy"
  | "entry"
  | "ungraded"
  | "approx"
  | "audiencePublic"
  | "audienceUser"
  | "outletUnstated"
  | "authorUnstated"
  | "dateUnstated"
  | "charsOfText"
  | "charsOf"
  | "ofCompilation"
  | "wholeSource"
  | "passage"
  | "archived"
  | "notArchived"
  | "source"
  | "artGenocideConvention"
  | "artRomeStatute"
  | "artArsiwa";

export const BRIEF_WORDS: Readonly<Record<BriefLanguage, BriefWords>> = {
  en: {
    fixed: {
      title: "Brief: {title}",
      places: "Places",
      chronology: "Chronology",
      figures: "Figures by measure",
      matrix: "Legal matrix",
      notes: "Notes",
      caseMeta:
        "Case {case} · made {made} by Casefile {version} · activity log head {head} · for {audience}",
      crimeMeta: " · crime {crime}",
      emptyLog: "(empty)",
      neutral:
        "Casefile states who claims what, when and on what basis; it does not say which figure is true. Every statement below is footnoted to the source that makes it.",
      spread:
        "Stated values span {spread}, from {origins} independent origin(s). Claimants: {claimants}.",
      noSpread: "no comparable whole-event values",
      discrepancies: "Discrepancies: {flags}",
      supporting: "Supporting evidence",
      contradicting: "Contradicting evidence",
      proposed: "{n} proposed link(s) await review and are not counted.",
      lawVersion: "law {version}",
      gapNoEvidence: "Gap: no reviewed evidence supports this element.",
      gapOneOrigin: "Gap: only one independent origin supports this element.",
      rowSummary:
        "For: {forLinks} reviewed link(s) from {forOrigins} independent origin(s), score {forScore}. Against: {againstLinks} link(s) from {againstOrigins} origin(s), score {againstScore}.",
      statedBy: "stated by {claimant}",
      publishedBy: "published by {publisher}",
      entry: "weight {weight}, source {grade}, origin {origin}",
      ungraded: "ungraded",
      approx: "(approx.)",
      audiencePublic: "the public (restricted material left out)",
      audienceUser: "{name} (may include restricted material)",
      outletUnstated: "outlet not stated",
      authorUnstated: "author not stated",
      dateUnstated: "date not stated",
      charsOfText: "characters {start}–{end} of its text",
      charsOf: "characters {start}–{end} of {title}",
      ofCompilation: "its compilation",
      wholeSource: "the whole source",
      passage: "a passage",
      archived: "archived file SHA-256 {sha}",
      notArchived: "not archived here (citation only)",
      source: "source {id}",
      artGenocideConvention: "Genocide Convention art. {article}",
      artRomeStatute: "Rome Statute art. {article}",
      artArsiwa: "ILC Articles on State Responsibility art. {article}",
    },
    measure: {
      killed: "killed",
      wounded: "wounded",
      hostage: "taken hostage",
      missing: "missing",
      displaced: "displaced",
      buried: "buried",
      bodies_recovered: "bodies recovered",
      forensic_examined: "forensically examined",
      mutilated: "mutilated",
      died_of_exposure: "died of exposure",
      orphaned_both: "lost both parents",
      orphaned_one: "lost one parent",
      families_destroyed: "families destroyed",
      disabled: "disabled",
      population: "population",
      detained: "detained",
      survivors: "survivors",
      participants: "participants",
      casualties: "casualties (killed and wounded)",
      other: "other",
    },
    subgroup: {
      all: "all",
      women: "women",
      children: "children",
      elderly: "elderly",
      men: "men",
      civilians: "civilians",
      combatants: "combatants",
      families: "families",
      other: "other",
    },
    kind: {
      conduct: "conduct",
      consequence: "consequence",
      circumstance: "circumstance",
      mental: "mental element",
      contextual: "contextual element",
    },
    flag: {
      value_conflict: "Different values for the same thing",
      changed_over_time: "One claimant's figure changed over time",
      cross_measure: "The same number under different measures",
    },
    claimKind: {
      figure: "figure",
      time: "time",
      place: "place",
      actor: "actor",
      qualification: "qualification",
      statement: "statement",
    },
    qualification: {
      massacre: "massacre",
      tragedy: "tragedy",
      war_crime: "war crime",
      crime_against_humanity: "crime against humanity",
      genocide: "genocide",
      ethnic_cleansing: "ethnic cleansing",
      ihl_violation: "violation of international humanitarian law",
    },
  },
  az: {
    fixed: {
      title: "Arayış: {title}",
      places: "Yerlər",
      chronology: "Xronologiya",
      figures: "Göstəricilər üzrə rəqəmlər",
      matrix: "Hüquqi matris",
      notes: "Qeydlər",
      caseMeta:
        "İş {case} · Casefile {version} tərəfindən {made} tarixində hazırlanıb · fəaliyyət jurnalının sonu {head} · kimin üçün: {audience}",
      crimeMeta: " · cinayət {crime}",
      emptyLog: "(boş)",
      neutral:
        "Casefile kimin nəyi, nə vaxt və hansı əsasla iddia etdiyini göstərir; hansı rəqəmin doğru olduğunu demir. Aşağıdakı hər bir müddəa onu irəli sürən mənbəyə istinad qeydi ilə təchiz olunub.",
      spread:
        "Bildirilən dəyərlər {spread} aralığındadır; müstəqil mənşələrin sayı: {origins}. İddia edənlər: {claimants}.",
      noSpread: "bütün hadisəyə aid müqayisə edilə bilən dəyər yoxdur",
      discrepancies: "Uyğunsuzluqlar: {flags}",
      supporting: "Təsdiqləyən sübutlar",
      contradicting: "Təkzib edən sübutlar",
      proposed: "Təklif edilmiş əlaqələr ({n}) yoxlanışı gözləyir və hesablanmır.",
      lawVersion: "hüquq {version}",
      gapNoEvidence: "Boşluq: bu elementi heç bir yoxlanılmış sübut təsdiqləmir.",
      gapOneOrigin: "Boşluq: bu elementi yalnız bir müstəqil mənşə təsdiqləyir.",
      rowSummary:
        "Lehinə: yoxlanılmış əlaqələr — {forLinks}, müstəqil mənşələr — {forOrigins}, bal {forScore}. Əleyhinə: əlaqələr — {againstLinks}, mənşələr — {againstOrigins}, bal {againstScore}.",
      statedBy: "bildirən: {claimant}",
      publishedBy: "dərc edən: {publisher}",
      entry: "çəki {weight}, mənbə {grade}, mənşə {origin}",
      ungraded: "qiymətləndirilməyib",
      approx: "(təqribən)",
      audiencePublic: "ictimaiyyət (məhdud materiallar daxil edilməyib)",
      audienceUser: "{name} (məhdud materiallar daxil ola bilər)",
      outletUnstated: "nəşr göstərilməyib",
      authorUnstated: "müəllif göstərilməyib",
      dateUnstated: "tarix göstərilməyib",
      charsOfText: "mətnin {start}–{end} simvolları",
      charsOf: "{title} mətninin {start}–{end} simvolları",
      ofCompilation: "toplu",
      wholeSource: "bütün mənbə",
      passage: "hissə",
      archived: "arxivləşdirilmiş faylın SHA-256-sı {sha}",
      notArchived: "burada arxivləşdirilməyib (yalnız istinad)",
      source: "mənbə {id}",
      artGenocideConvention: "Soyqırımı Konvensiyası, maddə {article}",
      artRomeStatute: "Roma Statutu, maddə {article}",
      artArsiwa: "BHK-nın Dövlət məsuliyyəti haqqında maddələri, maddə {article}",
    },
    measure: {
      killed: "öldürülənlər",
      wounded: "yaralananlar",
      hostage: "girov götürülənlər",
      missing: "itkin düşənlər",
      displaced: "didərgin düşənlər",
      buried: "dəfn edilənlər",
      bodies_recovered: "tapılan cəsədlər",
      forensic_examined: "məhkəmə-tibbi ekspertizadan keçənlər",
      mutilated: "eybəcər hala salınanlar",
      died_of_exposure: "soyuqdan ölənlər",
      orphaned_both: "hər iki valideynini itirənlər",
      orphaned_one: "bir valideynini itirənlər",
      families_destroyed: "tamamilə məhv edilmiş ailələr",
      disabled: "əlil olanlar",
      population: "əhali",
      detained: "saxlanılanlar",
      survivors: "sağ qalanlar",
      participants: "iştirakçılar",
      casualties: "itkilər (öldürülənlər və yaralananlar)",
      other: "digər",
    },
    subgroup: {
      all: "hamısı",
      women: "qadınlar",
      children: "uşaqlar",
      elderly: "yaşlılar",
      men: "kişilər",
      civilians: "dinc sakinlər",
      combatants: "döyüşçülər",
      families: "ailələr",
      other: "digər",
    },
    kind: {
      conduct: "əməl",
      consequence: "nəticə",
      circumstance: "şərait",
      mental: "subyektiv element",
      contextual: "kontekstual element",
    },
    flag: {
      value_conflict: "Eyni şey üçün fərqli qiymətlər",
      changed_over_time: "Bir iddiaçının rəqəmi zamanla dəyişib",
      cross_measure: "Eyni rəqəm fərqli göstəricilər altında",
    },
    claimKind: {
      figure: "rəqəm",
      time: "vaxt",
      place: "yer",
      actor: "iştirakçı",
      qualification: "hüquqi tövsif",
      statement: "bəyanat",
    },
    qualification: {
      massacre: "qırğın",
      tragedy: "faciə",
      war_crime: "müharibə cinayəti",
      crime_against_humanity: "insanlıq əleyhinə cinayət",
      genocide: "soyqırımı",
      ethnic_cleansing: "etnik təmizləmə",
      ihl_violation: "beynəlxalq humanitar hüququn pozulması",
    },
  },
  ru: {
    fixed: {
      title: "Справка: {title}",
      places: "Места",
      chronology: "Хронология",
      figures: "Цифры по показателям",
      matrix: "Правовая матрица",
      notes: "Примечания",
      caseMeta:
        "Дело {case} · составлено {made} программой Casefile {version} · последняя запись журнала действий {head} · для: {audience}",
      crimeMeta: " · преступление {crime}",
      emptyLog: "(пусто)",
      neutral:
        "Casefile показывает, кто что утверждает, когда и на каком основании; он не говорит, какая цифра верна. Каждое утверждение ниже снабжено сноской на источник, который его делает.",
      spread:
        "Названные значения лежат в пределах {spread}; независимых первоисточников: {origins}. Утверждают: {claimants}.",
      noSpread: "нет сопоставимых значений для события в целом",
      discrepancies: "Расхождения: {flags}",
      supporting: "Подтверждающие доказательства",
      contradicting: "Опровергающие доказательства",
      proposed: "Предложенных связей, ожидающих проверки и не учитываемых: {n}.",
      lawVersion: "право {version}",
      gapNoEvidence: "Пробел: ни одно проверенное доказательство не подтверждает этот элемент.",
      gapOneOrigin: "Пробел: этот элемент подтверждает лишь один независимый первоисточник.",
      rowSummary:
        "За: проверенных связей — {forLinks}, независимых первоисточников — {forOrigins}, балл {forScore}. Против: связей — {againstLinks}, первоисточников — {againstOrigins}, балл {againstScore}.",
      statedBy: "утверждает: {claimant}",
      publishedBy: "опубликовал: {publisher}",
      entry: "вес {weight}, источник {grade}, первоисточник {origin}",
      ungraded: "без оценки",
      approx: "(прибл.)",
      audiencePublic: "общественность (материалы с ограниченным доступом не включены)",
      audienceUser: "{name} (могут быть включены материалы с ограниченным доступом)",
      outletUnstated: "издание не указано",
      authorUnstated: "автор не указан",
      dateUnstated: "дата не указана",
      charsOfText: "символы {start}–{end} его текста",
      charsOf: "символы {start}–{end} текста {title}",
      ofCompilation: "сборника",
      wholeSource: "весь источник",
      passage: "фрагмент",
      archived: "SHA-256 архивного файла {sha}",
      notArchived: "здесь не архивирован (только ссылка)",
      source: "источник {id}",
      artGenocideConvention: "Конвенция о геноциде, ст. {article}",
      artRomeStatute: "Римский статут, ст. {article}",
      artArsiwa: "Статьи КМП об ответственности государств, ст. {article}",
    },
    measure: {
      killed: "убитые",
      wounded: "раненые",
      hostage: "взятые в заложники",
      missing: "пропавшие без вести",
      displaced: "перемещённые",
      buried: "похороненные",
      bodies_recovered: "найденные тела",
      forensic_examined: "прошедшие судебно-медицинскую экспертизу",
      mutilated: "изувеченные",
      died_of_exposure: "замёрзшие насмерть",
      orphaned_both: "потерявшие обоих родителей",
      orphaned_one: "потерявшие одного из родителей",
      families_destroyed: "полностью уничтоженные семьи",
      disabled: "ставшие инвалидами",
      population: "население",
      detained: "задержанные",
      survivors: "выжившие",
      participants: "участники",
      casualties: "потери (убитые и раненые)",
      other: "другое",
    },
    subgroup: {
      all: "все",
      women: "женщины",
      children: "дети",
      elderly: "пожилые",
      men: "мужчины",
      civilians: "мирные жители",
      combatants: "комбатанты",
      families: "семьи",
      other: "другие",
    },
    kind: {
      conduct: "деяние",
      consequence: "последствие",
      circumstance: "обстоятельство",
      mental: "субъективный элемент",
      contextual: "контекстуальный элемент",
    },
    flag: {
      value_conflict: "Разные значения одного и того же",
      changed_over_time: "Цифра одного заявителя менялась со временем",
      cross_measure: "Одно и то же число под разными показателями",
    },
    claimKind: {
      figure: "цифра",
      time: "время",
      place: "место",
      actor: "участник",
      qualification: "квалификация",
      statement: "высказывание",
    },
    qualification: {
      massacre: "массовое убийство",
      tragedy: "трагедия",
      war_crime: "военное преступление",
      crime_against_humanity: "преступление против человечности",
      genocide: "геноцид",
      ethnic_cleansing: "этническая чистка",
      ihl_violation: "нарушение международного гуманитарного права",
    },
  },
};

/** A phrase in the brief's language with its {placeholders} filled. */
export function phrase(
  words: BriefWords,
  key: BriefPhrase,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return words.fixed[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}

export function isBriefLanguage(value: unknown): value is BriefLanguage {
  return typeof value === "string" && (BRIEF_LANGUAGES as readonly string[]).includes(value);
}

const INTL: Readonly<Record<BriefLanguage, string>> = { en: "en-GB", az: "az-Latn", ru: "ru" };

/** A date as the language writes it: "26 February 1992", "26 fevral 1992", "26 февраля 1992 г."; a year or a month alone as such; anything else as given. */
export function briefDate(iso: string, lang: BriefLanguage): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const parts: Intl.DateTimeFormatOptions = mo
    ? d
      ? { day: "numeric", month: "long", year: "numeric" }
      : { month: "long", year: "numeric" }
    : { year: "numeric" };
  const day = new Intl.DateTimeFormat(INTL[lang], { ...parts, timeZone: "UTC" }).format(date);
  // A time of day after the date, in 24 hours; UTC named only when the value says it is UTC
  // (the case's event times are local times).
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  const utc = /(Z|[+-]00:?00)$/.test(iso) ? " UTC" : "";
  return time ? `${day}, ${time}${utc}` : day;
}

/** A number as the language writes it (613; 1 324 in Russian). */
export function briefNumber(n: number, lang: BriefLanguage): string {
  return new Intl.NumberFormat(INTL[lang]).format(n);
}
