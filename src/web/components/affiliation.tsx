/**
 * Colours of claimant affiliations. Each hue is only a second cue: the affiliation is always
 * written out in the table and legend too. All hues hold 4.5:1 against white.
 */

import { AFFILIATIONS } from "../../core/case/vocabulary.js";
import { t } from "../i18n/i18n.js";
import { term } from "../i18n/terms.js";

const COLOURS: Record<string, string> = {
  independent_ngo: "#0b5cad",
  intergovernmental: "#5a3fa0",
  azerbaijani_state: "#b3261e",
  armenian_state: "#9a5b00",
  press: "#1f6f43",
  scholar: "#00677f",
  witness: "#a3207a",
  foreign_state: "#4d5b6a",
  foreign_legislature: "#5c6300",
  court: "#2b2b2b",
};

export function affiliationColour(affiliation: string | null): string {
  return (affiliation && COLOURS[affiliation]) || "#57606a";
}

export function AffiliationDot({ affiliation }: { affiliation: string | null }) {
  return (
    <span
      className="dot"
      aria-hidden="true"
      style={{ background: affiliationColour(affiliation) }}
    />
  );
}

/** The legend of a chart: only the affiliations that appear in it. */
export function AffiliationLegend({ present }: { present: ReadonlySet<string> }) {
  return (
    <ul className="legend" aria-label={t("figures.legend")}>
      {AFFILIATIONS.filter((a) => present.has(a)).map((a) => (
        <li key={a}>
          <AffiliationDot affiliation={a} /> {term("affiliation", a)}
        </li>
      ))}
    </ul>
  );
}
