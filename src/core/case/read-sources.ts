/** Reads sources.json and claimants.json. */
import { ACCESS_LEVELS, SOURCE_KINDS } from "../model/index.js";
import type { ClaimantRecord, SourceRecord } from "./case-types.js";
import {
  asArray,
  asObject,
  type Ctx,
  oneOf,
  partialDate,
  readList,
  str,
  strOrNull,
} from "./read-json.js";
import { readSpan } from "./read-locator.js";
import { readTranslations } from "./read-translations.js";
import { AFFILIATIONS, CLAIMANT_KINDS } from "./vocabulary.js";

function readSource(ctx: Ctx, value: unknown, path: string): SourceRecord {
  const o = asObject(ctx, value, path);
  const extra = o.extraSpans === undefined ? [] : asArray(ctx, o.extraSpans, `${path}.extraSpans`);
  return {
    id: str(ctx, o, "id", path),
    kind: oneOf(ctx, o, "kind", SOURCE_KINDS, path),
    title: str(ctx, o, "title", path),
    outlet: strOrNull(ctx, o, "outlet", path),
    author: strOrNull(ctx, o, "author", path),
    publishedPlace: strOrNull(ctx, o, "publishedPlace", path),
    published: partialDate(ctx, o, "published", path),
    notBefore: partialDate(ctx, o, "notBefore", path),
    language: str(ctx, o, "language", path),
    originalLanguage: strOrNull(ctx, o, "originalLanguage", path),
    parent: strOrNull(ctx, o, "parent", path),
    locator: readSpan(ctx, o.locator, `${path}.locator`),
    extraSpans: extra.map((s, i) => readSpan(ctx, s, `${path}.extraSpans[${i}]`)),
    access: oneOf(ctx, o, "access", ACCESS_LEVELS, path),
    affiliation: oneOf(ctx, o, "affiliation", AFFILIATIONS, path),
    publisherClaimant: str(ctx, o, "publisherClaimant", path),
    note: strOrNull(ctx, o, "note", path),
  };
}

export function readSources(ctx: Ctx, value: unknown): SourceRecord[] {
  return readList(ctx, value, readSource);
}

function readClaimant(ctx: Ctx, value: unknown, path: string): ClaimantRecord {
  const o = asObject(ctx, value, path);
  return {
    id: str(ctx, o, "id", path),
    name: str(ctx, o, "name", path),
    kind: oneOf(ctx, o, "kind", CLAIMANT_KINDS, path),
    affiliation: oneOf(ctx, o, "affiliation", AFFILIATIONS, path),
    note: strOrNull(ctx, o, "note", path),
    ...(o.translations === undefined
      ? {}
      : {
          translations: readTranslations(ctx, o, path, ["name"], (t, at) => ({
            name: str(ctx, t, "name", at),
          })),
        }),
  };
}

export function readClaimants(ctx: Ctx, value: unknown): ClaimantRecord[] {
  return readList(ctx, value, readClaimant);
}
