/**
 * Which case a source documents: a case must exist to be named, and a source loaded from a
 * reference case stays in it (its claims and ids are that case's data).
 */
import type { SourceMetadata } from "../core/source/source-metadata.js";
import { caseExists } from "../store/cases.repository.js";
import type { Queryable } from "../store/db.js";
import { caseNotFound } from "./case-view.js";
import { InvalidInputError } from "./errors.js";

export async function assertCaseChoice(
  db: Queryable,
  metadata: SourceMetadata,
  before: { caseId: string | null; caseRef: string | null } | null,
): Promise<void> {
  if (before?.caseRef && metadata.caseId !== before.caseId)
    throw new InvalidInputError(
      `this source belongs to case ${before.caseId}'s own data and cannot be moved to another case`,
      "caseId",
      { code: "sources.case-fixed", params: { case: before.caseId ?? "" } },
    );
  if (metadata.caseId !== before?.caseId) await assertKnownCase(db, metadata.caseId);
}

/** A case named for a new or edited source must be in this archive: else the case's 404. */
export async function assertKnownCase(
  db: Queryable,
  caseId: string | null | undefined,
): Promise<void> {
  const id = caseId?.trim();
  if (id && !(await caseExists(db, id))) throw caseNotFound(id);
}
