/**
 * The visibility test every query uses, as SQL: `casefile_may_see` (migration 0006b) given the
 * caller's visibility keys (made by the access policy) as parameter $n. A part is covered by the
 * grants of its compilation; a record by those of its list.
 *
 * What casefile_may_see answers at once for an item the caller sees by its level when the caller
 * is not held to one case, written out so that the function (a SQL function with a subquery,
 * which PostgreSQL cannot inline: about 10–20 µs a call) runs only for the items that need
 * grants or a case; a search over a thousand sources spent 10–30 ms in it. The same answer:
 * the function's own first test, with its case test vacuous. Each test is one parenthesised
 * expression, safe between ANDs.
 */
const byLevel = (n: number, x: string) =>
  `(('level:' || ${x}.access) = ANY ($${n}) AND NOT ('case-scoped' = ANY ($${n})))`;

export const sourceVisible = (n: number, s = "s") =>
  `(${byLevel(n, s)} OR casefile_may_see(${s}.access, 'source', ARRAY[${s}.id::text, ${s}.parent_id::text], ${s}.case_id, $${n}))`;

export const listVisible = (n: number, l = "l") =>
  `(${byLevel(n, l)} OR casefile_may_see(${l}.access, 'person_list', ARRAY[${l}.id::text], ${l}.case_id, $${n}))`;

/** A person record: its own level, with the grants and case of its list. */
export const recordVisible = (n: number, r: string, l: string) =>
  `(${byLevel(n, r)} OR casefile_may_see(${r}.access, 'person_list', ARRAY[${r}.list_id::text], ${l}.case_id, $${n}))`;
