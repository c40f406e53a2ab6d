/**
 * The editable description of a source. Every edit makes a new version of it; earlier versions
 * stay readable. Validation refuses bad input with the field named.
 */
import { AFFILIATIONS, type Affiliation } from "../case/vocabulary.js";
import { type AccessLevel, isAccessLevel } from "../model/access.js";
import { type PartialDate, parsePartialDate } from "../model/partial-date.js";
import { isSourceKind, type SourceKind } from "../model/source-kind.js";
import type { CodedProblem } from "../problems/problem-codes.js";
import { type TextFieldRule, textFieldProblem } from "../problems/text-field.js";

export interface SourceMetadata {
  readonly kind: SourceKind;
  readonly title: string;
  readonly authors: readonly string[];
  readonly organisation: string | null;
  readonly publishedPlace: string | null;
  readonly published: PartialDate | null;
  readonly language: string | null;
  readonly url: string | null;
  readonly access: AccessLevel;
  /** Who the publisher is (independent_ngo, press, azerbaijani_state, …), when known. */
  readonly affiliation: Affiliation | null;
  /** The case the source documents, when it is attached to one. */
  readonly caseId: string | null;
}

/** A metadata change as a caller sends it: any subset of fields, dates as text. */
export interface SourceMetadataPatch {
  readonly kind?: string;
  readonly title?: string;
  readonly authors?: readonly string[];
  readonly organisation?: string | null;
  readonly publishedPlace?: string | null;
  readonly published?: string | null;
  readonly language?: string | null;
  readonly url?: string | null;
  readonly access?: string;
  readonly affiliation?: string | null;
  readonly caseId?: string | null;
}

/** A refusal naming the field, with the code and values the web application words it by. */
export class InvalidMetadataError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly coded: CodedProblem,
  ) {
    super(`${field}: ${message}`);
    this.name = "InvalidMetadataError";
  }
}

/** A field's text against its rule (core/problems/text-field.ts), refused as metadata. */
function checkText(field: string, value: string, rule: TextFieldRule): void {
  const problem = textFieldProblem(field, value, rule);
  if (problem) throw new InvalidMetadataError(field, problem.reason, problem.coded);
}

function optionalText(
  field: string,
  value: string | null | undefined,
  max = 500,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  checkText(field, trimmed, { max });
  return trimmed === "" ? null : trimmed;
}

/**
 * Applies a patch to metadata (or to defaults for a new source) and validates the result.
 * A source's reliability is a reviewer's grade of its own (services/grades.service.ts), not metadata.
 */
/**
 * The name a source speaks in: the claimant of whatever it states that it attributes to no one
 * else — its outlet or organisation, else its first author, else its title.
 */
export function publisherName(m: SourceMetadata): string {
  return m.organisation ?? m.authors[0] ?? m.title;
}

export function applyMetadataPatch(
  base: SourceMetadata,
  patch: SourceMetadataPatch,
): SourceMetadata {
  const kind = patch.kind ?? base.kind;
  if (!isSourceKind(kind))
    throw new InvalidMetadataError("kind", `unknown source kind "${kind}"`, {
      code: "invalid-input.unknown",
      params: { field: "kind", value: kind },
    });
  const access = patch.access ?? base.access;
  if (!isAccessLevel(access)) {
    throw new InvalidMetadataError(
      "access",
      `must be public, restricted or confidential, not "${access}"`,
      {
        code: "invalid-input.enum",
        params: { field: "access", allowed: "public, restricted, confidential" },
      },
    );
  }
  const title = (patch.title ?? base.title).trim();
  checkText("title", title, { required: true, max: 500 });
  let published = base.published;
  if (patch.published !== undefined) {
    try {
      published =
        patch.published === null || patch.published.trim() === ""
          ? null
          : parsePartialDate(patch.published);
    } catch (error) {
      throw new InvalidMetadataError("published", (error as Error).message, {
        code: "invalid-input.date",
        params: { field: "published", value: patch.published ?? "" },
      });
    }
  }
  const url = optionalText("url", patch.url, 2000);
  if (url && !/^https?:\/\/\S+$/.test(url))
    throw new InvalidMetadataError("url", `not an http(s) URL: "${url}"`, {
      code: "invalid-input.url",
      params: { field: "url" },
    });
  const affiliation = optionalText("affiliation", patch.affiliation, 40);
  if (affiliation && !(AFFILIATIONS as readonly string[]).includes(affiliation))
    throw new InvalidMetadataError(
      "affiliation",
      `unknown affiliation "${affiliation}" (one of ${AFFILIATIONS.join(", ")})`,
      {
        code: "invalid-input.enum",
        params: { field: "affiliation", allowed: AFFILIATIONS.join(", ") },
      },
    );
  const caseId = optionalText("caseId", patch.caseId, 100);
  const authors = patch.authors
    ? patch.authors.map((a) => a.trim()).filter((a) => a !== "")
    : base.authors;
  return Object.freeze({
    kind,
    title,
    authors: Object.freeze([...authors]),
    organisation: pick(optionalText("organisation", patch.organisation), base.organisation),
    publishedPlace: pick(optionalText("publishedPlace", patch.publishedPlace), base.publishedPlace),
    published,
    language: pick(optionalText("language", patch.language, 20), base.language),
    url: pick(url, base.url),
    access,
    affiliation: pick(affiliation as Affiliation | null | undefined, base.affiliation),
    caseId: pick(caseId, base.caseId),
  });
}

function pick<T>(patched: T | undefined, base: T): T {
  return patched === undefined ? base : patched;
}

/**
 * Defaults for a freshly ingested file before its patch is applied. A new upload is restricted
 * (signed-in readers only): making material public is a deliberate act, never an accident.
 */
export function defaultMetadata(title: string): SourceMetadata {
  return {
    kind: "other",
    title,
    authors: [],
    organisation: null,
    publishedPlace: null,
    published: null,
    language: null,
    url: null,
    access: "restricted",
    affiliation: null,
    caseId: null,
  };
}
