/**
 * What the system may propose from what it knows: a killed figure goes to the killing elements, a
 * hostage figure to hostage-taking, a time inside the event to the armed-conflict nexus, a
 * claimant's statement of intent to specific intent, a qualification to the element it asserts
 * (as context: calling an event genocide is not evidence of intent). Proposals only — a reviewer
 * confirms, corrects or rejects every one.
 */
import type { ClaimFields } from "../model/claim.js";
import type { Polarity } from "./evidence-link.js";
import type { Law } from "./law-types.js";

export interface ProposalInputClaim {
  readonly id: string;
  readonly fields: ClaimFields & { readonly scope?: unknown; readonly about?: unknown };
}

export interface LinkProposal {
  readonly claimId: string;
  readonly elementId: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
  /** Which rule proposed it, so a reviewer can judge the rule as well as the link. */
  readonly rule: string;
}

type Target = readonly [elementId: string, polarity: Polarity, weight: number];

const KILLING: readonly Target[] = [
  ["genocide-killing-1", "supports", 3],
  ["cah-murder-1", "supports", 3],
  ["cah-extermination-1-killing", "supports", 2],
  ["wc-iac-wilful-killing-1", "supports", 3],
  ["wc-niac-murder-1", "supports", 3],
];

const BY_MEASURE: Readonly<Record<string, readonly Target[]>> = {
  killed: KILLING,
  bodies_recovered: KILLING.map(([e]) => [e, "supports", 2] as const),
  buried: KILLING.map(([e]) => [e, "supports", 1] as const),
  forensic_examined: KILLING.map(([e]) => [e, "supports", 2] as const),
  hostage: [
    ["wc-iac-hostages-1", "supports", 3],
    ["wc-niac-hostages-1", "supports", 3],
    ["cah-imprisonment-1", "supports", 2],
  ],
  detained: [
    ["cah-imprisonment-1", "supports", 3],
    ["wc-iac-deportation-confinement-1-confinement", "supports", 2],
  ],
  wounded: [
    ["genocide-serious-harm-1-bodily", "supports", 2],
    ["wc-iac-great-suffering-1", "supports", 2],
    ["cah-other-inhumane-acts-1", "supports", 2],
  ],
  mutilated: [
    ["wc-iac-mutilation-1", "supports", 3],
    ["wc-niac-mutilation-1", "supports", 3],
    ["wc-niac-mutilation-adverse-party-1", "supports", 3],
    ["genocide-serious-harm-1-bodily", "supports", 2],
    ["wc-iac-outrages-dignity-1", "supports", 2],
    ["wc-niac-outrages-dignity-1", "supports", 2],
  ],
  missing: [["cah-enforced-disappearance-1", "context", 1]],
  displaced: [
    ["cah-deportation-1-transferred", "supports", 2],
    ["wc-niac-displacement-1", "supports", 2],
  ],
  died_of_exposure: [
    ["genocide-conditions-1", "context", 1],
    ["cah-extermination-1-conditions", "context", 1],
  ],
  population: [["cah-attack-civilians", "context", 1]],
};

const MEASURE_WHY: Readonly<Record<string, string>> = {
  killed: "a count of persons killed goes to the conduct of causing death",
  bodies_recovered: "a count of bodies recovered corroborates deaths",
  buried: "a count of burials corroborates deaths, weakly (burials are not causes of death)",
  forensic_examined: "a count of forensic examinations corroborates deaths and their causes",
  hostage: "a count of persons taken hostage goes to seizing or holding hostages",
  detained: "a count of persons detained goes to deprivation of liberty",
  wounded: "a count of wounded goes to serious bodily harm or great suffering",
  mutilated: "a count of mutilated persons or bodies goes to mutilation and outrages on dignity",
  missing:
    "a count of missing persons is context for enforced disappearance (missing is not disappeared)",
  displaced: "a count of displaced persons goes to forcible transfer or displacement",
  died_of_exposure:
    "deaths from exposure during flight are context for conditions of life (the cause is for the reviewer)",
  population: "a count of the population present is context for a civilian population",
};

/** Victim groups whose presence among the dead speaks to the civilian character of the victims. */
const CIVILIAN_SUBGROUPS = new Set(["civilians", "women", "children", "elderly"]);

const QUALIFICATION_TARGETS: Readonly<Record<string, string>> = {
  genocide: "gen-specific-intent",
  crime_against_humanity: "cah-attack",
  war_crime: "wc-no-active-part",
  ihl_violation: "wc-no-active-part",
  ethnic_cleansing: "cah-deportation-1",
};

/**
 * Every rule a proposal can name (`LinkProposal.rule`): the reader's interface words each one in
 * its language from this list, since a proposal's stored rationale is English.
 */
export const PROPOSAL_RULES: readonly string[] = [
  ...Object.keys(BY_MEASURE).map((m) => `measure:${m}`),
  "subgroup:civilian",
  "subgroup:combatants",
  "time:nexus",
  ...Object.keys(QUALIFICATION_TARGETS).map((q) => `qualification:${q}`),
  "statement:intent",
  "actor:attribution",
];

/** Words by which a claimant states an aim to destroy a group (English, Azerbaijani, Russian stems). */
const INTENT_WORDS =
  /\b(intent|intend|destroy|destruction|exterminat|annihilat|wipe (?:out|off)|eliminat|məhv|уничтож|истреб)/i;

function overlaps(startIso: string, endIso: string | null, span: EventSpan): boolean {
  const end = endIso ?? startIso;
  // Compare ISO prefixes: "1992-02" overlaps a span from 1992-02-25 to 1992-02-26.
  return startIso.slice(0, span.end.length) <= span.end && end >= span.start.slice(0, end.length);
}

export interface EventSpan {
  readonly start: string;
  readonly end: string;
}

function figureLabel(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `${min}` : `${min}–${max}`;
  return min !== null ? `at least ${min}` : `up to ${max}`;
}

/** Proposals for every claim a rule fits; elements the law does not know are skipped. */
export function proposeLinks(
  law: Law,
  claims: readonly ProposalInputClaim[],
  event: EventSpan,
): LinkProposal[] {
  const out: LinkProposal[] = [];
  const add = (
    claimId: string,
    [elementId, polarity, weight]: Target,
    why: string,
    rule: string,
  ) => {
    if (law.targets.has(elementId))
      out.push({ claimId, elementId, polarity, weight, rationale: why, rule });
  };
  for (const claim of claims) {
    const f = claim.fields;
    if (f.kind === "figure") {
      const value = figureLabel(f.min, f.max);
      const partial = f.scope === "partial" ? " (a partial count: one site, group or vehicle)" : "";
      for (const target of BY_MEASURE[f.measure] ?? [])
        add(
          claim.id,
          target,
          `Proposed: ${MEASURE_WHY[f.measure]}; the claim states ${value}${partial}.`,
          `measure:${f.measure}`,
        );
      if (f.measure === "killed" && f.subgroup && CIVILIAN_SUBGROUPS.has(f.subgroup)) {
        const why = `Proposed: ${f.subgroup} among the killed (${value}) speak to victims who took no part in hostilities.`;
        for (const e of [
          "cah-attack-civilians",
          "wc-no-active-part-civilians",
          "wc-civilian-object-of-attack",
        ])
          add(claim.id, [e, "supports", 2], why, "subgroup:civilian");
      }
      if (f.measure === "killed" && f.subgroup === "combatants")
        add(
          claim.id,
          ["wc-no-active-part-civilians", "contradicts", 2],
          `Proposed: combatants among the killed (${value}) cut against every victim being a civilian.`,
          "subgroup:combatants",
        );
    } else if (f.kind === "time") {
      if (!overlaps(f.startIso, f.endIso, event)) continue;
      const about = typeof f.about === "string" ? ` (${f.about.replaceAll("_", " ")})` : "";
      const why = `Proposed: a time inside the event${about} places the conduct during the hostilities.`;
      add(claim.id, ["wc-iac-nexus", "supports", 2], why, "time:nexus");
      add(claim.id, ["wc-niac-nexus", "supports", 2], why, "time:nexus");
    } else if (f.kind === "qualification") {
      const element = QUALIFICATION_TARGETS[f.qualification];
      if (element)
        add(
          claim.id,
          [element, "context", 1],
          `Proposed: the claimant qualifies the event as ${f.qualification.replaceAll("_", " ")}; an opinion, context rather than proof of this element.`,
          `qualification:${f.qualification}`,
        );
    } else if (f.kind === "statement" && INTENT_WORDS.test(f.summary)) {
      add(
        claim.id,
        ["gen-specific-intent", "supports", 2],
        "Proposed: the claimant states an aim to destroy; goes to specific intent if the speaker's role is established.",
        "statement:intent",
      );
    } else if (f.kind === "actor" && (f.actorType === "unit" || f.actorType === "state")) {
      const why = `Proposed: names ${f.name} as involved; whether it acted as a State organ or under State control is for the reviewer.`;
      add(claim.id, ["arsiwa-organ-2", "context", 1], why, "actor:attribution");
      add(claim.id, ["arsiwa-direction-control-2", "context", 1], why, "actor:attribution");
    }
  }
  return out;
}
