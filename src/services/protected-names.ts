/**
 * The names a caller may not see, as a redactor: read fresh from the store on every call (no
 * cache), so protecting a person or withdrawing a consent takes effect everywhere at once. Every
 * door that lets text out (the API's answers, search, sources' text, briefs, exports) asks here.
 */
import { makeRedactor, type Redactor } from "../core/protection/index.js";
import type { Queryable } from "../store/db.js";
import { grantsOn } from "../store/grants.repository.js";
import { type ConsentScope, unnamedPersons } from "../store/protection.repository.js";
import type { Caller } from "./caller.js";
import { maySeeProtectedNames } from "./policies/protection.policy.js";

/**
 * `scopes`: the consents that let a person be named in this answer — publication everywhere, and
 * also memorial in the memorial's own answers.
 */
export async function redactorFor(
  db: Queryable,
  caller: Caller,
  scopes: readonly ConsentScope[] = ["publication"],
): Promise<Redactor> {
  if (caller.kind === "operator") return makeRedactor([]);
  const unnamed = await unnamedPersons(db, scopes);
  if (unnamed.length === 0) return makeRedactor([]);
  const cases = [...new Set(unnamed.map((p) => p.caseId))];
  const grants = caller.kind === "user" ? await grantsOn(db, "case", cases) : [];
  const hidden = unnamed.filter(
    (p) =>
      !maySeeProtectedNames(
        caller,
        p.caseId,
        grants.filter((g) => g.targetId === p.caseId),
      ),
  );
  return makeRedactor(hidden.map((p) => ({ name: p.name, pseudonym: p.pseudonym })));
}
