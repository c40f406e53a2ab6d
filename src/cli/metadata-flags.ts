/**
 * The flags that set a source's details, shared by every command that files or edits a source
 * (`ingest`, `capture`, `sources edit`): one set of parseArgs options, one help text, one patch.
 */
import type { SourceMetadataPatch } from "../core/source/source-metadata.js";

export const METADATA_OPTIONS = {
  kind: { type: "string" },
  title: { type: "string" },
  author: { type: "string", multiple: true },
  organisation: { type: "string" },
  published: { type: "string" },
  place: { type: "string" },
  language: { type: "string" },
  url: { type: "string" },
  case: { type: "string" },
  affiliation: { type: "string" },
  access: { type: "string" },
} as const;

/** What parseArgs gives for METADATA_OPTIONS. */
export interface MetadataFlagValues {
  readonly kind?: string | undefined;
  readonly title?: string | undefined;
  readonly author?: string[] | undefined;
  readonly organisation?: string | undefined;
  readonly published?: string | undefined;
  readonly place?: string | undefined;
  readonly language?: string | undefined;
  readonly url?: string | undefined;
  readonly case?: string | undefined;
  readonly affiliation?: string | undefined;
  readonly access?: string | undefined;
}

/** The help lines for METADATA_OPTIONS; `title` says what the title defaults to. */
export const metadataUsage = (
  title: string,
) => `  --kind KIND            source kind (press, ngo_report, testimony, scholarly, …)
  --title TEXT           title (${title})
  --author NAME          author; repeat for several
  --organisation NAME    outlet or organisation
  --published DATE       YYYY, YYYY-MM or YYYY-MM-DD
  --place TEXT           place of publication
  --language CODE        e.g. en, az, ru
  --url URL              where it was published
  --case ID              the case the source documents: its confirmed figures count there
  --affiliation CODE     who the publisher is (independent_ngo, press, azerbaijani_state, …)
  --access LEVEL         restricted (the default: signed-in accounts only), confidential,
                         sealed, or public (anyone, signed in or not): publishing is a
                         deliberate act, never the default`;

/** The details the flags set; a flag not given leaves its field as it is. */
export function metadataFromFlags(values: MetadataFlagValues): SourceMetadataPatch {
  return {
    kind: values.kind,
    title: values.title,
    authors: values.author,
    organisation: values.organisation,
    published: values.published,
    publishedPlace: values.place,
    language: values.language,
    url: values.url,
    access: values.access,
    caseId: values.case,
    affiliation: values.affiliation,
  };
}
