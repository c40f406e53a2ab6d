/**
 * Who a memorial names: a registry person (a cluster of confirmed links) whose every record is
 * public, on a public list, and who bears a name for which a consent to publication or to the
 * memorial is in force — while no name they bear belongs to a protected person or to one without
 * such a consent. Everyone else is only counted. Decided from the data on every request.
 */
import type { AccessLevel } from "../../core/model/access.js";
import { nameKey } from "../../core/protection/index.js";

export const MEMORIAL_SCOPES = ["publication", "memorial"] as const;

export interface MemorialRecordView {
  readonly access: AccessLevel;
  readonly listAccess: AccessLevel;
  readonly name: string;
}

export interface MemorialCasePerson {
  readonly nameKey: string;
  readonly protected: boolean;
  /** The scopes of the consents in force. */
  readonly scopes: readonly string[];
}

/** Whether the registered person's name is one of the names (all their name parts among its parts). */
function bears(names: readonly string[], person: MemorialCasePerson): boolean {
  const parts = person.nameKey.split(" ");
  return names.some((n) => {
    const theirs = new Set(nameKey(n).split(" "));
    return parts.every((p) => theirs.has(p));
  });
}

/** The registered persons whose names the records bear, when the records may be named at all. */
function borneBy(
  records: readonly MemorialRecordView[],
  casePersons: readonly MemorialCasePerson[],
): MemorialCasePerson[] {
  if (records.some((r) => r.access !== "public" || r.listAccess !== "public")) return [];
  const names = records.map((r) => r.name).filter((n) => n !== "");
  return names.length === 0 ? [] : casePersons.filter((p) => bears(names, p));
}

const consented = (borne: readonly MemorialCasePerson[], scopes: readonly string[]) =>
  borne.length > 0 && borne.every((p) => !p.protected && p.scopes.some((s) => scopes.includes(s)));

export function mayNameInMemorial(
  records: readonly MemorialRecordView[],
  casePersons: readonly MemorialCasePerson[],
): boolean {
  return consented(borneBy(records, casePersons), MEMORIAL_SCOPES);
}

/**
 * Whether the person is also named outside the memorial (a consent to publication): only then may
 * other views (the chronicle) link a name to the memorial — a pseudonym linked to a memorial page
 * would tell whose pseudonym it is.
 */
export function namedOutsideMemorial(
  records: readonly MemorialRecordView[],
  casePersons: readonly MemorialCasePerson[],
): boolean {
  return consented(borneBy(records, casePersons), ["publication"]);
}
