import { Link } from "react-router";
import { type MeasureFindings, spreadOfFindings } from "../../api/figures.js";
import { formatSpread } from "../../components/format.js";
import { count, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** The measures people ask about first; the rest follow in the API's order. */
const KEY_MEASURES = ["killed", "wounded", "hostage", "missing"];

function rank(measure: string): number {
  const i = KEY_MEASURES.indexOf(measure);
  return i === -1 ? KEY_MEASURES.length : i;
}

/** Each measure as the range of what is claimed and by how many independent claimants. */
export function MeasureCards({
  caseId,
  findings,
}: {
  caseId: string;
  findings: readonly MeasureFindings[];
}) {
  const sorted = [...findings]
    .filter((f) => f.claims.length > 0)
    .sort((a, b) => rank(a.measure) - rank(b.measure));
  return (
    <ul className="measure-cards">
      {sorted.map((f) => (
        <li key={f.measure} className={rank(f.measure) < KEY_MEASURES.length ? "key" : ""}>
          <Link to={`/cases/${caseId}/figures/${f.measure}`} className="measure-link">
            <span className="measure-name">{term("measure", f.measure)}</span>
            <span className="measure-range" data-testid={`range-${f.measure}`}>
              {formatSpread(spreadOfFindings(f))}
            </span>
          </Link>
          <span className="muted small">
            {t("overview.measure.origins", {
              origins: count("origins", f.independentOrigins),
              claims: count("claims", f.claims.length),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
