/** Resolving the person lists a request names (by id or by name) among those the caller may see. */
import type { Queryable } from "../store/db.js";
import { grantsOn } from "../store/grants.repository.js";
import {
  findListByName,
  getPersonList,
  listPersonLists,
  type PersonListRecord,
} from "../store/person-lists.repository.js";
import type { Caller } from "./caller.js";
import { NotFoundError } from "./errors.js";
import { maySeeItem, visibilityKeys } from "./policies/access.policy.js";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One list by id or name; a list the caller may not see is "not found", like a missing one. */
export async function visibleList(
  db: Queryable,
  caller: Caller,
  idOrName: string,
): Promise<PersonListRecord> {
  const list = UUID.test(idOrName)
    ? await getPersonList(db, idOrName.toLowerCase())
    : await findListByName(db, idOrName);
  const guard = list && {
    access: list.access,
    grants: await grantsOn(db, "person_list", [list.id]),
    caseId: list.caseId,
  };
  if (!list || !guard || !maySeeItem(caller, guard))
    throw new NotFoundError(`person list ${idOrName}`, {
      code: "not-found.person-list",
      params: { id: idOrName },
    });
  return list;
}

/** The named lists (each once, in the order given), or every list the caller may see. */
export async function visibleLists(
  db: Queryable,
  caller: Caller,
  names?: readonly string[],
): Promise<PersonListRecord[]> {
  if (!names || names.length === 0) return listPersonLists(db, visibilityKeys(caller));
  const out: PersonListRecord[] = [];
  for (const name of names) {
    const list = await visibleList(db, caller, name.trim());
    if (!out.some((l) => l.id === list.id)) out.push(list);
  }
  return out;
}
