/**
 * A case in the shape of the HURIDOCS Events Standard Formats: one event record, act records (what
 * was done, to whom), person records for victims — a group with `counting_unit: "group"` for each
 * figure the sources give (its number as the spread of the claimed values, never one chosen
 * value), an individual for each person record of the case's lists — involvement records for the
 * perpetrators claims name, and information records tying every act to each source and claimant
 * that states it. Field names follow the formats' record fields in snake case. Only confirmed
 * claims count.
 */
import type { CaseData } from "../../core/case/index.js";
import type { ExportStamp } from "../../core/export/case-document.js";
import { PLACES } from "../../core/gazetteer/index.js";
import type { CaseTables, DumpRow } from "../../store/case-dump.repository.js";
import { claimLabel } from "./claim-label.js";
import { byId, currentGrades, field, num, obj, text } from "./dump-rows.js";

/** Figure measures that are acts against persons, with the type of act. */
const ACT_TYPES: Readonly<Record<string, string>> = {
  killed: "killing",
  died_of_exposure: "death from exposure while fleeing",
  wounded: "injury",
  mutilated: "mutilation",
  hostage: "hostage-taking",
  missing: "disappearance",
  displaced: "forced displacement",
  disabled: "injury causing lasting disability",
};

const placeName = (id: string) => PLACES.find((p) => p.id === id)?.name ?? id;

export function presentEvents(stamp: ExportStamp, tables: CaseTables) {
  const theCase = tables.cases[0] as DumpRow;
  const data = obj(theCase, "data") as unknown as CaseData;
  const eventId = `event:${text(theCase, "id")}`;
  const source = byId(tables.sources);
  const grades = currentGrades(tables.grades);
  const confirmed = tables.claims.filter((c) => text(c, "status") === "confirmed");
  const visibleClaimRefs = new Set(confirmed.map((c) => text(c, "case_ref")));
  const visibleSourceRefs = new Set(tables.sources.map((s) => text(s, "case_ref")));

  const groups = new Map<string, DumpRow[]>();
  for (const c of confirmed) {
    const act = ACT_TYPES[text(c, "measure") ?? ""];
    if (text(c, "kind") !== "figure" || !act) continue;
    const key = `${text(c, "measure")}:${text(c, "subgroup") ?? "all"}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const persons: object[] = [];
  const acts: object[] = [];
  const information: object[] = [];
  for (const [key, claims] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [measure, subgroup] = key.split(":") as [string, string];
    const values = claims.flatMap((c) => {
      const f = obj(c, "fields");
      return [field(f, "min"), field(f, "max")].filter((v): v is number => typeof v === "number");
    });
    const personId = `group:${key}`;
    const actId = `act:${key}`;
    persons.push({
      person_record_number: personId,
      counting_unit: "group",
      group_description: `people subjected to ${ACT_TYPES[measure]}${subgroup === "all" ? "" : ` (${subgroup})`}`,
      number_of_persons_in_group: values.length
        ? { min: Math.min(...values), max: Math.max(...values), claims: claims.length }
        : null,
    });
    acts.push({
      act_record_number: actId,
      event: eventId,
      victim: personId,
      type_of_act: ACT_TYPES[measure],
      initial_date: data.info?.timeSpan?.start ?? null,
      final_date: data.info?.timeSpan?.end ?? null,
    });
    for (const c of claims) {
      const s = source.get(text(c, "source_id") ?? "");
      information.push({
        information_record_number: `information:${text(c, "id")}`,
        event: eventId,
        act: actId,
        related_person: personId,
        source: s ? (text(s, "organisation") ?? text(s, "title")) : null,
        source_id: text(c, "source_id"),
        claim_id: text(c, "id"),
        claimant: text(c, "claimant_name"),
        source_connection_to_information: text(c, "basis"),
        date_of_source_material: s ? text(s, "published_date") : null,
        language_of_source_material: s ? text(s, "language") : null,
        reliability_of_source: grades.get(`source:${text(c, "source_id")}`) ?? null,
        information_given: claimLabel(c),
      });
    }
  }
  const lists = byId(tables.person_lists);
  for (const r of tables.person_records) {
    const f = obj(r, "fields");
    persons.push({
      person_record_number: `person:${text(r, "id")}`,
      counting_unit: "individual",
      person_name:
        field(f, "full_name") ??
        (["given", "patronymic", "surname"]
          .map((k) => field(f, k))
          .filter(Boolean)
          .join(" ") ||
          null),
      sex: field(f, "sex"),
      date_of_birth: field(f, "birth_date") ?? field(f, "birth_year"),
      list: text(lists.get(text(r, "list_id") ?? "") ?? {}, "name"),
      row_number: num(r, "row_number"),
    });
  }
  const involvements = confirmed
    .filter((c) => text(c, "kind") === "actor")
    .map((c) => ({
      involvement_record_number: `involvement:${text(c, "id")}`,
      event: eventId,
      perpetrator: field(obj(c, "fields"), "name") ?? text(c, "exact"),
      degree_of_involvement: `as stated by ${text(c, "claimant_name")}`,
      information: `claim:${text(c, "id")}`,
    }));
  return {
    standard: "HURIDOCS Events Standard Formats: event, act, person, involvement, information",
    exportedAt: stamp.exportedAt,
    casefileVersion: stamp.casefileVersion,
    logHead: stamp.logHead,
    events: [
      {
        event_record_number: eventId,
        event_title: text(theCase, "title"),
        initial_date: data.info?.timeSpan?.start ?? null,
        final_date: data.info?.timeSpan?.end ?? null,
        geographical_term: (data.info?.places ?? []).map(placeName),
        event_description: text(theCase, "summary"),
        number_of_acts: acts.length,
        chronology: (data.events ?? [])
          .filter(
            (e) =>
              e.claimIds.some((id) => visibleClaimRefs.has(id)) ||
              e.sourceIds.some((id) => visibleSourceRefs.has(id)),
          )
          .map((e) => ({
            initial_date: e.when.start,
            final_date: e.when.end,
            approximate: e.when.approximate,
            description: e.what,
            places: e.where.map(placeName),
          })),
      },
    ],
    acts,
    persons,
    involvements,
    information,
  };
}
