import { Link } from "react-router";
import type { FigureCard } from "../../../core/figures/figure-cards.js";
import { formatSpread } from "../../components/format.js";
import { count, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** The measures people ask about first; the rest follow in the API's order. */
const KEY_MEASURES = ["killed", "wounded", "hostage", "missing"];

function rank(measure: string): number {
  const i = KEY_MEASURES.indexOf(measure);
  return i === -1 ? KEY_MEASURES.length : i;
}

function cardHref(caseId: string, c: FigureCard): string {
  const path = `/cases/${caseId}/figures/${c.measure}`;
  return c.aspect ? `${path}?aspect=${encodeURIComponent(c.aspect)}` : path;
}

/**
 * Each quantity as the range of what is claimed and by how many independent claimants; the
 * catch-all measure is split by what each of its claims counts (core/figures/figure-cards.ts, as
 * the API's figure-cards answer sends them).
 */
export function MeasureCards({ caseId, cards }: { caseId: string; cards: readonly FigureCard[] }) {
  const sorted = [...cards].sort((a, b) => rank(a.measure) - rank(b.measure));
  return (
    <ul className="measure-cards">
      {sorted.map((c) => {
        const key = c.aspect ? `${c.measure}-${c.aspect}` : c.measure;
        return (
          <li key={key} className={rank(c.measure) < KEY_MEASURES.length ? "key" : ""}>
            <Link to={cardHref(caseId, c)} className="measure-link">
              <span className="measure-name">
                {c.aspect ? term("aspect", c.aspect) : term("measure", c.measure)}
              </span>
              <span className="measure-range" data-testid={`range-${key}`}>
                {formatSpread(c.spread)}
              </span>
            </Link>
            <span className="muted small">
              {t("overview.measure.origins", {
                origins: count("origins", c.independentOrigins),
                claims: count("claims", c.claims),
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
