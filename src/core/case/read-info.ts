/** Reads case.json: identity, summary, time span and the corpus files it draws on. */
import type { CaseInfo, CorpusFile } from "./case-types.js";
import { asArray, asObject, type Ctx, int, isoTime, type Obj, str, strList } from "./read-json.js";
import { optionalText, readPlaceNames, readTranslations } from "./read-translations.js";

function readCorpusFile(ctx: Ctx, value: unknown, path: string): CorpusFile {
  const o = asObject(ctx, value, path);
  return {
    name: str(ctx, o, "name", path),
    sha256: str(ctx, o, "sha256", path),
    length: int(ctx, o, "length", path),
    description: str(ctx, o, "description", path),
  };
}

function readSpan(ctx: Ctx, o: Obj, key: string) {
  const span = asObject(ctx, o[key], `$.${key}`);
  return {
    start: isoTime(ctx, span, "start", `$.${key}`, false) ?? "",
    end: isoTime(ctx, span, "end", `$.${key}`, false) ?? "",
  };
}

export function readInfo(ctx: Ctx, value: unknown): CaseInfo {
  const o = asObject(ctx, value, "$");
  const places = strList(ctx, o, "places", "$");
  return {
    id: str(ctx, o, "id", "$"),
    title: str(ctx, o, "title", "$"),
    summary: str(ctx, o, "summary", "$"),
    language: o.language === undefined ? "en" : str(ctx, o, "language", "$"),
    translations: readTranslations(ctx, o, "$", ["title", "summary", "places"], (t, at) => ({
      title: optionalText(ctx, t, "title", at),
      summary: optionalText(ctx, t, "summary", at),
      places: readPlaceNames(ctx, t, at, places),
    })),
    timeSpan: readSpan(ctx, o, "timeSpan"),
    chronologySpan: readSpan(ctx, o, "chronologySpan"),
    places,
    corpus: asArray(ctx, o.corpus, "$.corpus").map((f, i) =>
      readCorpusFile(ctx, f, `$.corpus[${i}]`),
    ),
  };
}
