/**
 * A case's memorial of its victims, from the registry: one entry per person (a cluster of
 * confirmed links) whom the memorial policy lets it name, with the name in three scripts, every
 * spelling and the list that gives it, age and place, what the sources say of them and their
 * photographs from the chronicle; everyone else only in the totals. Publishing is an
 * administrator's deliberate, logged act. A person not named answers exactly as one that does
 * not exist, and searching, ordering and counting see only the named.
 */
import { connectedComponents } from "../core/linkage/clusters.js";
import { parseDate, parseInteger } from "../core/linkage/parse-values.js";
import { nameForms } from "../core/memorial/name-forms.js";
import { nameMatches } from "../core/memorial/name-query.js";
import { recordName } from "../core/memorial/record-name.js";
import { grantsOn } from "../store/grants.repository.js";
import { confirmedLinksAmong } from "../store/link-listing.repository.js";
import { appendLog } from "../store/log.repository.js";
import { memorialPublished, setMemorialPublished } from "../store/memorial.repository.js";
import type { Store } from "../store/open-store.js";
import { type CaseRecordRow, recordsOfCase } from "../store/person-lists.repository.js";
import { consentsOf, personsOfCase } from "../store/protection.repository.js";
import { actorName, type Caller } from "./caller.js";
import { caseNotFound, existingCase } from "./case-view.js";
import type { ChronicleService } from "./chronicle.service.js";
import { checkTextField, NotFoundError } from "./errors.js";
import { assertMayAdminister, maySeeItem } from "./policies/access.policy.js";
import {
  MEMORIAL_SCOPES,
  mayNameInMemorial,
  namedOutsideMemorial,
} from "./policies/memorial.policy.js";
import {
  type MemorialMention,
  type MemorialPersonSummary,
  presentMemorialList,
  presentMemorialPerson,
} from "./presenters/memorial.presenter.js";
import type { SearchService } from "./search.service.js";

interface Person {
  readonly summary: MemorialPersonSummary;
  readonly recordIds: ReadonlySet<string>;
  /** Also named outside the memorial (publication consent): other views may link to the entry. */
  readonly public: boolean;
}

/** A person's age and birth year from the first record that states them. */
function ageOf(records: readonly CaseRecordRow[]) {
  let age: number | null = null;
  let birthYear: number | null = null;
  for (const r of records) {
    age ??= parseInteger(r.fields.age, 0, 130) ?? null;
    birthYear ??=
      parseInteger(r.fields.birth_year, 1800, 2100) ?? parseDate(r.fields.birth_date)?.year ?? null;
  }
  return { age, birthYear };
}

function summaryOf(records: readonly CaseRecordRow[]): MemorialPersonSummary {
  const spellings = records
    .map((r) => ({
      name: recordName(r.fields),
      list: r.listName,
      recordId: r.id,
      line: r.rowNumber,
    }))
    .filter((s) => s.name !== "");
  const distinct = [...new Set(spellings.map((s) => s.name))];
  const places = [
    ...new Set(records.map((r) => r.fields.place?.trim() ?? "").filter((p) => p !== "")),
  ];
  return {
    id: [...records.map((r) => r.id)].sort()[0] ?? "",
    names: nameForms(distinct),
    spellings,
    ...ageOf(records),
    places,
  };
}

const searchable = (p: MemorialPersonSummary) => [
  ...p.spellings.map((s) => s.name),
  p.names.az.text,
  p.names.ru.text,
  p.names.en.text,
];

export function createMemorialService(
  store: Store,
  deps: { chronicle: ChronicleService; search: SearchService },
) {
  async function caseOf(caseId: string): Promise<boolean> {
    const published = await memorialPublished(store.db, caseId);
    if (published === null) throw caseNotFound(caseId);
    return published;
  }

  /** The named persons (the same for every caller) and the count of persons this caller may see. */
  async function build(caller: Caller, caseId: string) {
    const records = await recordsOfCase(store.db, caseId);
    const listIds = [...new Set(records.map((r) => r.listId))];
    const index = new Map(records.map((r, i) => [r.id, i]));
    const links = (await confirmedLinksAmong(store.db, listIds)).filter(
      (l) => index.has(l.left_record) && index.has(l.right_record),
    );
    const { clusterOf, count } = connectedComponents(
      records.length,
      Int32Array.from(links, (l) => index.get(l.left_record) ?? 0),
      Int32Array.from(links, (l) => index.get(l.right_record) ?? 0),
    );
    const clusters: CaseRecordRow[][] = Array.from({ length: count }, () => []);
    records.forEach((r, i) => {
      clusters[clusterOf[i] ?? 0]?.push(r);
    });

    const registered = await personsOfCase(store.db, caseId);
    const consents = await consentsOf(
      store.db,
      registered.map((p) => p.id),
    );
    const casePersons = registered.map((p) => ({
      nameKey: p.nameKey,
      protected: p.protected,
      scopes: consents
        .filter((c) => c.personId === p.id && c.withdrawnAt === null)
        .map((c) => c.scope),
    }));
    const views = (c: readonly CaseRecordRow[]) =>
      c.map((r) => ({ access: r.access, listAccess: r.listAccess, name: recordName(r.fields) }));
    const named: Person[] = clusters
      .filter((c) => mayNameInMemorial(views(c), casePersons))
      .map((c) => ({
        summary: summaryOf(c),
        recordIds: new Set(c.map((r) => r.id)),
        public: namedOutsideMemorial(views(c), casePersons),
      }))
      // In the order of the English form, which depends on nobody else.
      .sort((a, b) => a.summary.names.en.text.localeCompare(b.summary.names.en.text, "en"));

    // The total: persons among the records this caller may see (each level and grant checked).
    const grants = await grantsOn(store.db, "person_list", listIds);
    const seen = records.filter((r) =>
      [r.access, r.listAccess].every((access) =>
        maySeeItem(caller, {
          access,
          grants: grants.filter((g) => g.targetId === r.listId),
          caseId,
        }),
      ),
    );
    const seenIndex = new Map(seen.map((r, i) => [r.id, i]));
    const seenLinks = links.filter(
      (l) => seenIndex.has(l.left_record) && seenIndex.has(l.right_record),
    );
    const total = connectedComponents(
      seen.length,
      Int32Array.from(seenLinks, (l) => seenIndex.get(l.left_record) ?? 0),
      Int32Array.from(seenLinks, (l) => seenIndex.get(l.right_record) ?? 0),
    ).count;
    return { named, total };
  }

  return {
    async setting(_caller: Caller, caseId: string) {
      return { caseId, published: await caseOf(caseId) };
    },

    /** Publishes or withdraws the memorial: an administrator's act, logged with its reason. */
    async setPublished(caller: Caller, caseId: string, published: boolean, reason: string | null) {
      assertMayAdminister(caller);
      await existingCase(store, caseId);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        const before = await memorialPublished(tx, caseId);
        await setMemorialPublished(tx, caseId, published);
        await appendLog(
          tx,
          {
            actor: actorName(caller),
            action: "case.memorial",
            targetType: "case",
            targetId: caseId,
            reason: reason?.trim() || null,
            data: { from: before === true, to: published },
          },
          at,
        );
      });
      return { caseId, published };
    },

    /** The named persons, optionally those a query finds in any spelling, and the totals. */
    async list(caller: Caller, caseId: string, q?: string) {
      if (!(await caseOf(caseId)))
        throw new NotFoundError(`memorial of case ${caseId}`, {
          code: "not-found.memorial",
          params: { id: caseId },
        });
      checkTextField("q", q, { max: 200 });
      const { named, total } = await build(caller, caseId);
      const query = q?.trim() ?? "";
      const items = named
        .map((p) => p.summary)
        .filter((p) => query === "" || nameMatches(searchable(p), query));
      return presentMemorialList(caseId, items, { named: named.length, total });
    },

    /** One named person's page; anyone else (and any unknown id) is the same "not found". */
    async person(caller: Caller, caseId: string, id: string) {
      const missing = new NotFoundError(`memorial entry ${id}`, {
        code: "not-found.memorial-entry",
        params: { id },
      });
      if (!(await memorialPublished(store.db, caseId))) throw missing;
      const { named } = await build(caller, caseId);
      const person = named.find((p) => p.recordIds.has(id.toLowerCase()));
      if (!person) throw missing;
      const mentions = new Map<string, MemorialMention>();
      for (const spelling of new Set(person.summary.spellings.map((s) => s.name))) {
        const found = await deps.search.search(caller, {
          q: spelling,
          limit: 10,
          consentScopes: MEMORIAL_SCOPES,
        });
        for (const h of found.hits)
          if (!mentions.has(h.passageId))
            mentions.set(h.passageId, {
              sourceId: h.sourceId,
              sourceTitle: h.sourceTitle,
              seq: h.seq ?? null,
              snippet: h.snippet,
            });
      }
      const photos = (await deps.chronicle.list(caller, caseId)).items
        .filter((e) =>
          e.persons.some((p) => p.recordId !== null && person.recordIds.has(p.recordId)),
        )
        .map((e) => ({
          entryId: e.id,
          sourceId: e.sourceId,
          title: e.source.title,
          caption: e.caption,
          hasThumbnail: e.source.hasThumbnail,
          width: e.source.width,
          height: e.source.height,
        }));
      return presentMemorialPerson(
        caseId,
        person.summary,
        [...mentions.values()].slice(0, 20),
        photos,
      );
    },

    /**
     * The chronicle as readers see it: a person named in the published memorial and also named
     * publicly links to their entry (a pseudonym never does).
     */
    async chronicle(caller: Caller, caseId: string) {
      const chronicle = await deps.chronicle.list(caller, caseId);
      const named = (await memorialPublished(store.db, caseId))
        ? (await build(caller, caseId)).named
        : [];
      const memorialOf = (recordId: string | null) =>
        recordId === null
          ? null
          : (named.find((p) => p.public && p.recordIds.has(recordId))?.summary.id ?? null);
      return {
        ...chronicle,
        items: chronicle.items.map((e) => ({
          ...e,
          persons: e.persons.map((p) => ({ ...p, memorialId: memorialOf(p.recordId) })),
        })),
      };
    },
  };
}
export type MemorialService = ReturnType<typeof createMemorialService>;
