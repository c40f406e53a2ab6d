/**
 * Finding a record of one list by name in any script, to pick the partner of a manual link:
 * "Гасанов", "Həsənov" and "Hasanov" find each other through the same cross-script folding and
 * consonant skeleton the memorial's name search uses (core/memorial/name-query.ts). The match
 * runs in SQL on each record's stored name keys (migration 0024); only the matches are read.
 */
import { nameQueryPatterns } from "../core/memorial/name-query.js";
import { recordName } from "../core/memorial/record-name.js";
import { phoneticKey } from "../core/names/phonetic.js";
import type { Store } from "../store/open-store.js";
import { recordsOfListByName } from "../store/person-lists.repository.js";
import type { Caller } from "./caller.js";
import { checkTextField } from "./errors.js";
import { pageOf } from "./paging.js";
import { presentPersonRecord } from "./presenters/person-list.presenter.js";
import { redactorFor } from "./protected-names.js";
import { visibleList } from "./visible-lists.js";

/** Whether every word of the query begins a word of the name by the phonetic key. */
function soundsAlike(name: string, query: string): boolean {
  const keys = (text: string) =>
    text
      .split(/[\s,.-]+/)
      .filter(Boolean)
      .map(phoneticKey);
  const words = keys(name);
  return keys(query).every((q) => q !== "" && words.some((w) => w.startsWith(q)));
}

export interface RecordSearch {
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Records of a list whose name matches every word of the query, in file order. */
export async function searchListRecords(
  store: Store,
  caller: Caller,
  idOrName: string,
  search: RecordSearch,
) {
  const list = await visibleList(store.db, caller, idOrName);
  const q = search.q?.trim() ?? "";
  checkTextField("q", q, { required: true, max: 200 });
  const p = pageOf(search.limit, search.offset, 20, 100);
  // A query naming a protected person finds nothing for whoever may not see the name, and a
  // protected record is not found by part of its name either: as for an unknown name.
  const redactor = await redactorFor(store.db, caller);
  if (redactor.inQuery(q))
    return { list: { id: list.id, name: list.name }, items: [], total: 0, ...p };
  const found = (await recordsOfListByName(store.db, list.id, nameQueryPatterns(q)))
    .map((r) => ({ r, name: recordName(r.fields) }))
    .filter(({ name }) => !redactor.active || redactor.text(name) === name)
    // The skeleton is loose (Həsənov also finds Гусейнов): names that sound alike come first.
    .map(({ r, name }) => ({ r, rank: soundsAlike(name, q) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ r }) => r);
  return {
    list: { id: list.id, name: list.name },
    items: found.slice(p.offset, p.offset + p.limit).map(presentPersonRecord),
    total: found.length,
    ...p,
  };
}
