/** Reads case.json: identity, summary, time span and the corpus files it draws on. */
import type { CaseInfo, CorpusFile } from "./case-types.js";
import { asArray, asObject, type Ctx, int, isoTime, type Obj, str, strList } from "./read-json.js";

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
  return {
    id: str(ctx, o, "id", "$"),
    title: str(ctx, o, "title", "$"),
    summary: str(ctx, o, "summary", "$"),
    timeSpan: readSpan(ctx, o, "timeSpan"),
    chronologySpan: readSpan(ctx, o, "chronologySpan"),
    places: strList(ctx, o, "places", "$"),
    corpus: asArray(ctx, o.corpus, "$.corpus").map((f, i) =>
      readCorpusFile(ctx, f, `$.corpus[${i}]`),
    ),
  };
}
