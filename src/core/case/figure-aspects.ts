/**
 * What narrows a measure (cause of death, where bodies were counted, a count of one group) or, for
 * the catch-all measure "other", names what is counted at all. A closed vocabulary like the
 * others, so that every aspect a reader sees has words in every language (web/i18n/terms.ts).
 */
export const ASPECTS = [
  // How or from what people died, or what was done to them.
  "cause_gunshot",
  "cause_shrapnel",
  "cause_blunt_object",
  "from_wounds",
  "with_particular_cruelty",
  "scalped",
  "decapitated",
  "frostbite",
  "wounded_or_frostbite",
  // Measures counted together: the catch-all measure's quantities, and joint counts of one measure.
  "killed_or_missing",
  "killed_or_mutilated",
  "killed_or_hostage",
  "killed_wounded_or_hostage",
  "wounded_frozen_or_missing",
  "dead_and_wounded_seen_from_helicopter",
  "remained_in_town",
  "sheltered_in_school",
  // Where or how bodies and people were seen, counted or registered.
  "seen_by_reporter",
  "seen_by_witness",
  "seen_at_one_site",
  "seen_at_nakhchivanik",
  "seen_in_area",
  "seen_on_hillsides",
  "seen_on_film",
  "seen_from_helicopter",
  "helicopter_flight",
  "brought_to_aghdam",
  "reached_agdam",
  "received_at_agdam_mosque",
  "in_agdam_mosque",
  "in_agdam_morgue",
  "registered_at_morgue",
  "treated_in_agdam_hospital",
  "transported_for_burial",
  "unidentified",
  "names_registered",
  // Counts of one group, place or day.
  "one_family",
  "one_group",
  "one_truck",
  "one_cemetery",
  "one_day",
  "per_cell",
  "held_in_one_stable",
  "taken_together",
  "exchanged_together",
  "regiment_366_soldiers",
  // Population and displacement before the event.
  "before_conflict",
  "at_assault",
  "in_1988",
  "meskhetian_turks_settled",
  "surrounding_villages",
] as const;
export type Aspect = (typeof ASPECTS)[number];
