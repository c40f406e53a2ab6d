/**
 * The visibility test every query uses, as SQL: `casefile_may_see` (migration 0006b) given the
 * caller's visibility keys (made by the access policy) as parameter $n. A part is covered by the
 * grants of its compilation; a record by those of its list.
 */
export const sourceVisible = (n: number, s = "s") =>
  `casefile_may_see(${s}.access, 'source', ARRAY[${s}.id::text, ${s}.parent_id::text], ${s}.case_id, $${n})`;

export const listVisible = (n: number, l = "l") =>
  `casefile_may_see(${l}.access, 'person_list', ARRAY[${l}.id::text], ${l}.case_id, $${n})`;

/** A person record: its own level, with the grants and case of its list. */
export const recordVisible = (n: number, r: string, l: string) =>
  `casefile_may_see(${r}.access, 'person_list', ARRAY[${r}.list_id::text], ${l}.case_id, $${n})`;
